#include "decode.h"

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdio.h>
#include <stdint.h>
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

/* The size of the head that tells a binary file from a text. */
enum { HEAD = 65536 };

static size_t read_limit = DECODE_DEFAULT_LIMIT;

void
decode_set_limit(size_t bytes)
{
	read_limit = bytes;
}

size_t
decode_limit(void)
{
	return read_limit;
}

int
decode_parse_size(const char *s, size_t *bytes)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	int shift = 0;
	if (end == s || *s == '-' || errno != 0)
		return -1;
	switch (*end) {
	case 'K': case 'k': shift = 10; end++; break;
	case 'M': case 'm': shift = 20; end++; break;
	case 'G': case 'g': shift = 30; end++; break;
	}
	if (*end != '\0' || v == 0 || v > (SIZE_MAX >> shift) / 2)
		return -1;
	*bytes = (size_t)v << shift;
	return 0;
}

static int looks_binary(const unsigned char *raw, size_t n, size_t *where);
static size_t wide_bom(const unsigned char *u, size_t n, const char **charset,
    size_t *width, enum text_encoding *enc);

/* Whether the first bytes of a file already show it to be binary, so that
 * the rest need not be read. */
static int
binary_head(const char *b, size_t n)
{
	const unsigned char *u = (const unsigned char *)b;
	const char *charset;
	size_t width, where;
	enum text_encoding enc;
	return wide_bom(u, n, &charset, &width, &enc) == 0 &&
	    looks_binary(u, n < HEAD ? n : HEAD, &where);
}

/* Reads the rest of fd into *b (capacity *cap, *n read so far), growing
 * it as needed, up to the limit. Stops early at a binary head. Returns 0,
 * or -1 with errno set (EFBIG past the limit). */
static int
read_rest(int fd, char **b, size_t *cap, size_t *n)
{
	int checked = *n >= HEAD;
	for (;;) {
		if (*n > read_limit) {
			errno = EFBIG;
			return -1;
		}
		if (!checked && *n >= HEAD) {
			checked = 1;
			if (binary_head(*b, *n))
				return 0;
		}
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
		if ((unsigned long long)st.st_size > read_limit) {
			errno = EFBIG;
			goto fail;
		}
		size = (size_t)st.st_size;
		cap = size + 1; /* + 1: EOF is read, not assumed */
	}
	if ((b = malloc(cap + 1)) == NULL)
		goto fail;
	if (size > HEAD) {
		/* A large binary file is refused on its head alone. */
		ssize_t got = pread(fd, b, HEAD, 0);
		if (got == HEAD && binary_head(b, HEAD)) {
			n = HEAD;
			goto done;
		}
	}
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
done:
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

void
decode_read_error(const char *path)
{
	struct diag_loc loc = {path, 0, 0};
	if (errno == EFBIG)
		diag(D_TOO_LARGE, &loc, read_limit);
	else if (errno == ENOMEM)
		diag(D_NOMEM, &loc);
	else if (errno == EMFILE || errno == ENFILE)
		diag(D_SYSTEM, &loc, strerror(errno));
	else
		diag(D_OPEN, &loc, strerror(errno));
}

static void
report_offset(enum diag_id id, const char *file, size_t base,
    const unsigned char *raw, size_t n, size_t off, unsigned byte)
{
	struct diag_loc loc = {file, 0, 0};
	/* Lines and columns of UTF-16 bytes would mislead: offset only. */
	if (id != D_BAD_UTF16)
		utf8_line_col(raw, n, off, &loc.line, &loc.col);
	if (id == D_BAD_UTF8 || id == D_BAD_GB18030 || id == D_BINARY)
		diag(id, &loc, byte, base + off);
	else
		diag(id, &loc, base + off);
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
	size_t sample = n < 65536 ? n : 65536, bad = 0, first = n, i = 0;
	const uint64_t ones = ~(uint64_t)0 / 255, highs = ones * 128;

	while (i < sample) {
		/* Eight bytes at a time while none is below 0x20: a text's
		 * control characters are its line ends, one in dozens. */
		if (i + 8 <= sample) {
			uint64_t x;
			memcpy(&x, raw + i, 8);
			if (((x - ones * 0x20) & ~x & highs) == 0) {
				i += 8;
				continue;
			}
		}
		size_t stop = i + 8 < sample ? i + 8 : sample;
		for (; i < stop; i++) {
			unsigned char c = raw[i];
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' &&
			    c != '\f' && c != 0x1A) {
				bad++;
				if (first == n)
					first = i;
			}
		}
	}
	*where = first;
	return bad * 10 > sample || (bad >= 16 && bad * 100 > sample);
}

/* Decodes raw as UTF-8, replacing invalid bytes and NULs; counts the
 * replacements in *errors and reports them when report is set. Returns a
 * malloc'd buffer, or NULL. */
static char *
repair_utf8(const char *file, size_t base, const unsigned char *raw, size_t n,
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
				report_offset(D_NUL, file, base, raw, n, i, 0);
			nul++;
			*o++ = ' ';
			i++;
			continue;
		}
		size_t len = utf8_decode(raw + i, n - i, &cp);
		if (len == 0) {
			if (report && bad < LISTED_ERRORS)
				report_offset(D_BAD_UTF8, file, base, raw, n, i, raw[i]);
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
convert(const char *file, size_t base, const char *charset, enum diag_id bad_id,
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
			report_offset(bad_id, file, base, raw, n, off, raw[off]);
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

/* A line of a text that is not all UTF-8, sorted by how it can be read. */
enum line_kind {
	LINE_ASCII, /* the same in both encodings */
	LINE_UTF8,  /* valid UTF-8 with enough non-ASCII bytes to tell */
	LINE_OTHER, /* anything else: GB18030, or damaged UTF-8 */
};

/* A valid UTF-8 line of fewer non-ASCII bytes than this may be GB18030
 * that happens to be valid UTF-8 (about one in six Chinese characters in
 * GB18030 is); twelve bytes in a row make that chance negligible. */
enum { UTF8_EVIDENCE = 12 };

static enum line_kind
line_kind(const unsigned char *s, size_t n)
{
	size_t high = 0;
	for (size_t i = 0; i < n; i++)
		high += s[i] >= 0x80;
	if (high == 0)
		return memchr(s, 0, n) ? LINE_OTHER : LINE_ASCII;
	if (high < UTF8_EVIDENCE || utf8_validate(s, n) != n)
		return LINE_OTHER;
	return LINE_UTF8;
}

/* Appends len bytes to the buffer being built. Returns 0, or -1. */
static int
append(char **out, size_t *used, size_t *cap, const char *s, size_t len)
{
	if (*used + len + 1 > *cap) {
		size_t ncap = (*used + len + 1) * 2;
		char *nb = realloc(*out, ncap);
		if (nb == NULL)
			return -1;
		*out = nb;
		*cap = ncap;
	}
	memcpy(*out + *used, s, len);
	*used += len;
	(*out)[*used] = '\0';
	return 0;
}

/* A text pasted together from two encodings (a GB18030 file with a part
 * in UTF-8, or the other way round): valid UTF-8 lines are kept, every
 * other run of lines is read as GB18030 or, where that replaces more
 * bytes, as damaged UTF-8. Returns a malloc'd buffer and sets *first_gb
 * to the byte offset of the first part read as GB18030 (n when none), or
 * returns NULL when memory ran out. */
static char *
decode_lines(const unsigned char *u, size_t n, size_t *outlen,
    size_t *errors, size_t *first_gb, size_t *first_utf8, size_t *first_bad)
{
	char *out = NULL;
	size_t used = 0, cap = 0, bad = 0;

	*first_gb = *first_utf8 = *first_bad = n;
	for (size_t a = 0; a < n;) {
		/* A run of lines of one kind (ASCII lines join either). */
		enum line_kind run = LINE_ASCII;
		size_t b = a;
		while (b < n) {
			const unsigned char *nl = memchr(u + b, '\n', n - b);
			size_t e = nl ? (size_t)(nl - u) + 1 : n;
			enum line_kind k = line_kind(u + b, e - b);
			if (k != LINE_ASCII) {
				if (run != LINE_ASCII && k != run)
					break;
				run = k;
			}
			b = e;
		}
		if (run != LINE_OTHER) {
			if (run == LINE_UTF8 && *first_utf8 == n)
				*first_utf8 = a;
			if (append(&out, &used, &cap, (const char *)u + a, b - a))
				goto nomem;
		} else {
			size_t gl, ge, ul, ue;
			char *gb = convert(NULL, 0, "GB18030", D_BAD_GB18030, u + a,
			    b - a, 1, 0, &gl, &ge);
			char *u8 = repair_utf8(NULL, 0, u + a, b - a, &ul, &ue, 0);
			int ok = gb != NULL && u8 != NULL;
			if (ok && ge < ue) {
				if (*first_gb == n)
					*first_gb = a;
				ok = append(&out, &used, &cap, gb, gl) == 0;
				bad += ge;
				if (ge > 0 && *first_bad == n)
					*first_bad = a; /* somewhere in this part */
			} else if (ok) {
				ok = append(&out, &used, &cap, u8, ul) == 0;
				bad += ue;
				if (ue > 0 && *first_bad == n)
					*first_bad = a + utf8_validate(u + a, b - a);
			}
			free(gb);
			free(u8);
			if (!ok)
				goto nomem;
		}
		a = b;
	}
	if (out == NULL && append(&out, &used, &cap, "", 0) != 0)
		return NULL;
	*outlen = used;
	*errors = bad + blank_nuls(out, used);
	return out;
nomem:
	free(out);
	return NULL;
}

/* Reads a byte order mark of UTF-32 or UTF-16: sets *charset and *width
 * and returns the mark's length, or returns 0. */
static size_t
wide_bom(const unsigned char *u, size_t n, const char **charset,
    size_t *width, enum text_encoding *enc)
{
	/* UTF-32LE's mark begins with UTF-16LE's: test it first. */
	if (n >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0) {
		*charset = "UTF-32LE", *width = 4, *enc = ENC_UTF32LE;
		return 4;
	}
	if (n >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF) {
		*charset = "UTF-32BE", *width = 4, *enc = ENC_UTF32BE;
		return 4;
	}
	if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
		*charset = "UTF-16LE", *width = 2, *enc = ENC_UTF16LE;
		return 2;
	}
	if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
		*charset = "UTF-16BE", *width = 2, *enc = ENC_UTF16BE;
		return 2;
	}
	return 0;
}

int
decode_text(const char *file, char *raw, size_t n, struct decoded *out)
{
	const unsigned char *u = (const unsigned char *)raw;
	size_t errors = 0, where, mark, width;
	const char *charset;
	enum text_encoding enc;
	char *text;

	memset(out, 0, sizeof *out);
	if ((mark = wide_bom(u, n, &charset, &width, &enc)) > 0) {
		diag(D_WIDE, &(struct diag_loc){file, 0, 0}, charset);
		text = convert(file, mark, charset, D_BAD_UTF16, u + mark, n - mark,
		    width, 0, &out->len, &errors);
		free(raw);
		if (text == NULL) {
			diag(D_NOMEM, &(struct diag_loc){file, 0, 0});
			return -1;
		}
		out->text = text;
		out->enc = enc;
		out->had_bom = 1;
		out->repaired = errors + blank_nuls(text, out->len);
		return 0;
	}
	if (looks_binary(u, n, &where)) {
		report_offset(D_BINARY, file, 0, u, n, where, u[where]);
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
	if (bad == n) {
		/* Valid UTF-8 but for NULs. */
		text = repair_utf8(file, skip, u + skip, n - skip, &out->len,
		    &out->repaired, 1);
		out->enc = ENC_UTF8;
	} else {
		const unsigned char *t = u + skip;
		size_t tn = n - skip;
		size_t gb_len, gb_errors, u8_len, u8_errors;
		size_t mix_len, mix_errors, first_gb, first_utf8, first_bad;
		char *gb = convert(NULL, 0, "GB18030", D_BAD_GB18030, t, tn, 1, 0,
		    &gb_len, &gb_errors);
		char *u8 = repair_utf8(file, skip, t, tn, &u8_len, &u8_errors, 0);
		char *mix = decode_lines(t, tn, &mix_len, &mix_errors,
		    &first_gb, &first_utf8, &first_bad);
		if (gb == NULL || u8 == NULL || mix == NULL) {
			free(gb);
			free(u8);
			free(mix);
			free(raw);
			diag(D_NOMEM, &(struct diag_loc){file, 0, 0});
			return -1;
		}
		/* GB18030 reads most byte pairs, UTF-8 text included: a file
		 * that says it is UTF-8 by its mark needs far fewer errors as
		 * GB18030 to be read so. */
		int gb_wins = skip ? gb_errors * 10 < u8_errors :
		    gb_errors < u8_errors;
		int mixed = first_gb < tn && first_utf8 < tn &&
		    mix_errors < (gb_wins ? gb_errors : u8_errors);
		if (mixed) {
			free(gb);
			free(u8);
			diag(D_MIXED, &(struct diag_loc){file, 0, 0},
			    first_gb + skip, first_utf8 + skip);
			if (mix_errors > 0)
				diag(D_MIXED_BAD, &(struct diag_loc){file, 0, 0},
				    mix_errors, first_bad + skip);
			text = mix;
			out->len = mix_len;
			out->enc = ENC_MIXED;
			out->repaired = mix_errors;
		} else if (gb_wins) {
			free(u8);
			free(mix);
			if (gb_errors > 0) {
				/* Convert again to report where it failed. */
				free(gb);
				gb = convert(file, skip, "GB18030", D_BAD_GB18030, t, tn,
				    1, 0, &gb_len, &gb_errors);
			} else
				diag(skip ? D_BOM_GB18030 : D_GB18030,
				    &(struct diag_loc){file, 0, 0});
			text = gb;
			out->len = gb_len;
			out->enc = ENC_GB18030;
			out->repaired = gb_errors;
			if (text != NULL)
				out->repaired += blank_nuls(text, gb_len);
		} else {
			free(gb);
			free(u8);
			free(mix);
			text = repair_utf8(file, skip, t, tn, &out->len,
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
