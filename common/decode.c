#include "decode.h"

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "parallel.h"
#include "utf8.h"

/* How many individual bad bytes are listed before a summary line. */
enum { LISTED_ERRORS = 5 };

static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* Reads the rest of fd into *b (capacity *cap, *n read so far), growing
 * it as needed. Returns 0, or -1 with errno set. */
static int
read_rest(int fd, char **b, size_t *cap, size_t *n)
{
	for (;;) {
		if (*n == *cap) {
			char *nb = realloc(*b, *cap * 2 + 1);
			if (nb == NULL)
				return -1;
			*b = nb;
			*cap *= 2;
		}
		ssize_t got = read(fd, *b + *n, *cap - *n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return -1;
		if (got == 0)
			return 0;
		*n += (size_t)got;
	}
}

/* A file being read in parts: part k reads bytes [cut k, cut k+1) and
 * notes where it stopped short (the file shrank) or failed. */
struct read_parts {
	int fd;
	char *buf;
	size_t size;
	int parts;
	size_t got[PARALLEL_MAX]; /* where part k stopped */
	int err[PARALLEL_MAX];    /* errno of part k, or 0 */
};

static void
read_part(void *arg, int k)
{
	struct read_parts *r = arg;
	size_t at = parallel_cut(r->size, k, r->parts);
	size_t end = parallel_cut(r->size, k + 1, r->parts);

	r->err[k] = 0;
	while (at < end) {
		ssize_t got = pread(r->fd, r->buf + at, end - at, (off_t)at);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0) {
			r->err[k] = got < 0 ? errno : 0;
			break;
		}
		at += (size_t)got;
	}
	r->got[k] = at;
}

int
read_file(const char *path, char **buf, size_t *len)
{
	int from_stdin = strcmp(path, "-") == 0;
	int fd = from_stdin ? STDIN_FILENO : open(path, O_RDONLY);
	size_t cap = 1 << 16, n = 0, size = 0;
	struct stat st;
	char *b = NULL;

	if (fd < 0)
		return -1;
	if (!from_stdin && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_size > 0) {
		size = (size_t)st.st_size;
		cap = size + 1; /* + 1: EOF is read, not assumed */
	}
	if ((b = malloc(cap + 1)) == NULL)
		goto fail;
	if (size > 0) {
		/* A regular file: its parts are read at once, each by the
		 * thread that also faults in its pages. */
		struct read_parts r = {fd, b, size, parallel_parts(size), {0},
		    {0}};
		parallel_run(r.parts, read_part, &r);
		n = size;
		for (int k = 0; k < r.parts; k++) {
			if (r.err[k] != 0) {
				errno = r.err[k];
				goto fail;
			}
			if (r.got[k] < parallel_cut(size, k + 1, r.parts)) {
				n = r.got[k]; /* the file shrank meanwhile */
				break;
			}
		}
		if (lseek(fd, (off_t)n, SEEK_SET) < 0)
			goto fail;
	}
	/* Standard input, or whatever a file grew by meanwhile. */
	if (read_rest(fd, &b, &cap, &n) != 0)
		goto fail;
	if (!from_stdin && close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	b[n] = '\0';
	*buf = b;
	*len = n;
	return 0;
fail:;
	int saved = errno ? errno : EIO;
	free(b);
	if (fd >= 0 && !from_stdin)
		close(fd);
	errno = saved;
	return -1;
}

static void
report_offset(enum diag_id id, const char *file, const unsigned char *raw,
    size_t n, size_t off, unsigned byte)
{
	struct diag_loc loc = {file, 0, 0};
	/* Lines and columns of UTF-16 bytes would mislead: offset only. */
	if (id != D_BAD_UTF16)
		utf8_line_col(raw, n, off, &loc.line, &loc.col);
	if (id == D_BAD_UTF8 || id == D_BAD_GB18030 || id == D_BINARY)
		diag(id, &loc, byte, off);
	else
		diag(id, &loc, off);
}

/* Text checked in parts: part k looks at [from k, from k+1), cut where no
 * character is, and notes its first invalid byte and whether it holds a
 * NUL. */
struct check_parts {
	const unsigned char *u;
	size_t n;
	int parts;
	size_t from[PARALLEL_MAX + 1];
	size_t bad[PARALLEL_MAX]; /* first invalid byte of part k, or n */
	int nul[PARALLEL_MAX];
};

static void
check_part(void *arg, int k)
{
	struct check_parts *c = arg;
	size_t a = c->from[k], b = c->from[k + 1];
	size_t bad = a + utf8_validate(c->u + a, b - a);

	c->bad[k] = bad == b ? c->n : bad;
	c->nul[k] = memchr(c->u + a, 0, b - a) != NULL;
}

/* The offset of the first invalid UTF-8 byte of u[0..n), or n; sets *nul
 * when u holds a NUL byte. Large texts are checked by several threads. */
static size_t
check_utf8(const unsigned char *u, size_t n, int *nul)
{
	struct check_parts c = {u, n, parallel_parts(n), {0}, {0}, {0}};

	for (int k = 1; k < c.parts; k++) {
		/* Back to a byte that starts a character (at most three
		 * steps in valid text); invalid text is found either way. */
		size_t at = parallel_cut(n, k, c.parts);
		for (int i = 0; i < 3 && at > c.from[k - 1] &&
		    (u[at] & 0xC0) == 0x80; i++)
			at--;
		c.from[k] = at;
	}
	c.from[c.parts] = n;
	parallel_run(c.parts, check_part, &c);
	size_t bad = n;
	*nul = 0;
	for (int k = 0; k < c.parts; k++) {
		*nul |= c.nul[k];
		if (bad == n)
			bad = c.bad[k];
	}
	return bad;
}

/* A file is binary when NUL and other control bytes are more than 1 in 10
 * of its first 64 KiB, or more than 1 in 100 and at least 16: a text file
 * with a stray NUL is repaired instead. */
static int
looks_binary(const unsigned char *raw, size_t n, size_t *where)
{
	size_t sample = n < 65536 ? n : 65536, bad = 0, first = n;

	for (size_t i = 0; i < sample; i++) {
		unsigned char c = raw[i];
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' &&
		    c != '\f' && c != 0x1A) {
			bad++;
			if (first == n)
				first = i;
		}
	}
	*where = first;
	return bad * 10 > sample || (bad >= 16 && bad * 100 > sample);
}

/* Decodes raw as UTF-8, replacing invalid bytes and NULs; counts the
 * replacements in *errors and reports them when report is set. Returns a
 * malloc'd buffer, or NULL. */
static char *
repair_utf8(const char *file, const unsigned char *raw, size_t n,
    size_t *outlen, size_t *errors, int report)
{
	char *out = malloc(n * 3 + 1), *o = out;
	size_t bad = 0, nul = 0, i = 0;
	uint32_t cp;

	if (out == NULL)
		return NULL;
	while (i < n) {
		if (raw[i] == 0) {
			if (report && nul < LISTED_ERRORS)
				report_offset(D_NUL, file, raw, n, i, 0);
			nul++;
			*o++ = ' ';
			i++;
			continue;
		}
		size_t len = utf8_decode(raw + i, n - i, &cp);
		if (len == 0) {
			if (report && bad < LISTED_ERRORS)
				report_offset(D_BAD_UTF8, file, raw, n, i, raw[i]);
			bad++;
			memcpy(o, replacement, 3);
			o += 3;
			i++;
			continue;
		}
		memcpy(o, raw + i, len);
		o += len;
		i += len;
	}
	if (report && bad > LISTED_ERRORS)
		diag(D_BAD_BYTES_MORE, &(struct diag_loc){file, 0, 0},
		    bad - LISTED_ERRORS);
	if (report && nul > LISTED_ERRORS)
		diag(D_NUL_MORE, &(struct diag_loc){file, 0, 0},
		    nul - LISTED_ERRORS);
	*o = '\0';
	*outlen = (size_t)(o - out);
	*errors = bad + nul;
	return out;
}

/* Doubles the output buffer of convert, keeping the write position.
 * Returns 0, or -1 when memory ran out (the old buffer is left alone). */
static int
grow_output(char **out, char **o, size_t *cap, size_t *outleft)
{
	size_t used = (size_t)(*o - *out);
	char *nb = realloc(*out, *cap * 2 + 1);

	if (nb == NULL)
		return -1;
	*out = nb;
	*o = nb + used;
	*outleft += *cap;
	*cap *= 2;
	return 0;
}

/* Converts raw with iconv from charset; unit is the width of a code unit to
 * skip over a bad sequence. Returns a malloc'd UTF-8 buffer, or NULL (errno
 * ENOMEM, or EILSEQ when strict and the input is not in charset). */
static char *
convert(const char *file, const char *charset, enum diag_id bad_id,
    const unsigned char *raw, size_t n, size_t unit, int strict,
    size_t *outlen, size_t *errors)
{
	iconv_t cd = iconv_open("UTF-8", charset);
	size_t cap = n * 2 + 16, bad = 0;
	char *out, *in = (char *)raw, *o;
	size_t inleft = n, outleft;

	if (cd == (iconv_t)-1)
		return NULL;
	if ((out = malloc(cap + 1)) == NULL) {
		iconv_close(cd);
		return NULL;
	}
	o = out;
	outleft = cap;
	while (inleft > 0) {
		if (iconv(cd, &in, &inleft, &o, &outleft) != (size_t)-1)
			break;
		if (errno == E2BIG) {
			if (grow_output(&out, &o, &cap, &outleft) != 0)
				goto nomem;
			continue;
		}
		/* EILSEQ or EINVAL (a sequence cut off at the end). */
		if (strict) {
			free(out);
			iconv_close(cd);
			errno = EILSEQ;
			return NULL;
		}
		size_t off = (size_t)(in - (char *)raw);
		if (bad < LISTED_ERRORS && file != NULL)
			report_offset(bad_id, file, raw, n, off, raw[off]);
		bad++;
		/* Room for the replacement must be made here: going round the
		 * loop would meet the same bad sequence again. */
		if (outleft < sizeof replacement - 1 &&
		    grow_output(&out, &o, &cap, &outleft) != 0)
			goto nomem;
		memcpy(o, replacement, sizeof replacement - 1);
		o += sizeof replacement - 1;
		outleft -= sizeof replacement - 1;
		size_t skip = inleft < unit ? inleft : unit;
		in += skip;
		inleft -= skip;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	iconv_close(cd);
	if (file != NULL && bad > LISTED_ERRORS)
		diag(D_BAD_BYTES_MORE, &(struct diag_loc){file, 0, 0},
		    bad - LISTED_ERRORS);
	*o = '\0';
	*outlen = (size_t)(o - out);
	*errors = bad;
	return out;
nomem:
	free(out);
	iconv_close(cd);
	errno = ENOMEM;
	return NULL;
}

/* Replaces NULs that a converter passed through by spaces. */
static size_t
blank_nuls(char *s, size_t n)
{
	size_t count = 0;
	for (char *p = memchr(s, 0, n); p != NULL;
	     p = memchr(p, 0, n - (size_t)(p - s))) {
		*p = ' ';
		count++;
	}
	return count;
}

int
decode_text(const char *file, char *raw, size_t n, struct decoded *out)
{
	const unsigned char *u = (const unsigned char *)raw;
	size_t errors = 0, where;
	char *text;

	memset(out, 0, sizeof *out);
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
	    (u[0] == 0xFE && u[1] == 0xFF))) {
		int le = u[0] == 0xFF;
		diag(D_UTF16, &(struct diag_loc){file, 0, 0});
		text = convert(file, le ? "UTF-16LE" : "UTF-16BE", D_BAD_UTF16, u + 2,
		    n - 2, 2, 0, &out->len, &errors);
		free(raw);
		if (text == NULL) {
			diag(D_NOMEM, &(struct diag_loc){file, 0, 0});
			return -1;
		}
		out->text = text;
		out->enc = le ? ENC_UTF16LE : ENC_UTF16BE;
		out->had_bom = 1;
		out->repaired = errors + blank_nuls(text, out->len);
		return 0;
	}
	if (looks_binary(u, n, &where)) {
		report_offset(D_BINARY, file, u, n, where, u[where]);
		free(raw);
		return -1;
	}
	size_t skip = 0;
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		skip = 3;
		out->had_bom = 1;
	}
	int nul;
	size_t bad = check_utf8(u + skip, n - skip, &nul) + skip;
	if (bad == n && !nul) {
		/* The common case: keep the buffer, drop the BOM in place. */
		if (skip)
			memmove(raw, raw + skip, n - skip + 1);
		out->text = raw;
		out->len = n - skip;
		out->enc = ENC_UTF8;
		raw[out->len] = '\0';
		return 0;
	}
	if (bad == n || skip) {
		/* Valid UTF-8 but for NULs, or declared UTF-8 by its BOM. */
		text = repair_utf8(file, u + skip, n - skip, &out->len,
		    &out->repaired, 1);
		out->enc = ENC_UTF8;
	} else {
		size_t gb_len, gb_errors, u8_len, u8_errors;
		char *gb = convert(NULL, "GB18030", D_BAD_GB18030, u, n, 1, 0, &gb_len,
		    &gb_errors);
		char *u8 = repair_utf8(file, u, n, &u8_len, &u8_errors, 0);
		if (gb == NULL || u8 == NULL) {
			free(gb);
			free(u8);
			free(raw);
			diag(D_NOMEM, &(struct diag_loc){file, 0, 0});
			return -1;
		}
		if (gb_errors < u8_errors) {
			free(u8);
			if (gb_errors > 0) {
				/* Convert again to report where it failed. */
				free(gb);
				gb = convert(file, "GB18030", D_BAD_GB18030, u, n, 1, 0,
				    &gb_len, &gb_errors);
			} else
				diag(D_GB18030, &(struct diag_loc){file, 0, 0});
			text = gb;
			out->len = gb_len;
			out->enc = ENC_GB18030;
			out->repaired = gb_errors;
			if (text != NULL)
				out->repaired += blank_nuls(text, gb_len);
		} else {
			free(gb);
			free(u8);
			text = repair_utf8(file, u, n, &out->len,
			    &out->repaired, 1);
			out->enc = ENC_UTF8;
		}
	}
	free(raw);
	if (text == NULL) {
		diag(D_NOMEM, &(struct diag_loc){file, 0, 0});
		return -1;
	}
	out->text = text;
	return 0;
}
