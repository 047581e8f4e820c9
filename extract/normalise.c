/*
 * Normalisation and joining: full-width digits, letters, ％ and ． become
 * ASCII, CR and ideographic spaces go, and the soft line breaks of a
 * column-wrapped page are removed so that 突破700⏎亿元 reads as one phrase.
 */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/parallel.h"
#include "../common/utf8.h"
#include "doc.h"
#include "patterns.h"

/* Lines longer than this many bytes are wider than any column (256
 * display units): they are paragraphs, not column lines. */
enum { LONG_LINE = 768 };

struct line {
	size_t start, end;     /* source bytes without the line end or outer
	                        * blanks */
	uint16_t width;        /* display width: 1 per ASCII character, 2
	                        * else; LONG_LINE for a long line */
	uint16_t chars;        /* characters; LONG_LINE for a long line */
	unsigned char blank;
	unsigned char joins;   /* the break before it is soft: no newline */
};

/* Length of the whitespace character at s (ASCII blank, U+3000, U+00A0),
 * or 0. */
static size_t
blank_at(const unsigned char *s, const unsigned char *end)
{
	if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\f' || *s == '\v')
		return 1;
	if (end - s >= 3 && s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 3;
	if (end - s >= 2 && s[0] == 0xC2 && s[1] == 0xA0)
		return 2;
	return 0;
}

/* Splits text[0..len) into lines, trimming blanks at both ends of each;
 * offsets count from text + base. Returns a malloc'd array of *nlines,
 * or NULL when memory runs out. */
static struct line *
split_range(const char *text, size_t base, size_t len, size_t *nlines)
{
	size_t cap = 64, n = 0;
	struct line *lines = malloc(cap * sizeof *lines);
	const unsigned char *s = (const unsigned char *)text + base;
	size_t pos = 0;

	if (lines == NULL)
		return NULL;
	while (pos < len || (pos == len && n == 0 && len > 0)) {
		const unsigned char *nl = memchr(s + pos, '\n', len - pos);
		size_t stop = nl ? (size_t)(nl - s) : len;
		size_t a = pos, b = stop, k;
		if (n == cap) {
			struct line *bigger = realloc(lines, 2 * cap * sizeof *lines);
			if (bigger == NULL) {
				free(lines);
				return NULL;
			}
			lines = bigger;
			cap *= 2;
		}
		while (a < b && (k = blank_at(s + a, s + b)) > 0)
			a += k;
		/* Trailing blanks: step back over ASCII ones and U+3000. */
		for (;;) {
			if (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' ||
			    s[b - 1] == '\r' || s[b - 1] == '\f'))
				b--;
			else if (b >= a + 3 && s[b - 3] == 0xE3 &&
			    s[b - 2] == 0x80 && s[b - 1] == 0x80)
				b -= 3;
			else
				break;
		}
		size_t width = 0, chars = 0;
		if (b - a > LONG_LINE) {
			/* Wider than any column: no need to count. */
			width = chars = LONG_LINE;
		} else {
			width = utf8_width(s + a, b - a, &chars);
		}
		lines[n].start = base + a;
		lines[n].end = base + b;
		lines[n].width = (uint16_t)width;
		lines[n].chars = (uint16_t)chars;
		lines[n].blank = a == b;
		lines[n].joins = 0;
		n++;
		if (nl == NULL)
			break;
		pos = stop + 1;
	}
	*nlines = n;
	return lines;
}

/* The arrays part[0..parts) of n[k] elements of size bytes, one after
 * another: the first grows to take the others' (on success part[0] is
 * gone; the caller frees the others). Returns it, or NULL when memory runs
 * out. */
static void *
join_parts(void *const *part, const size_t *n, int parts, size_t size)
{
	size_t total = 0;
	for (int k = 0; k < parts; k++)
		total += n[k];
	char *all = realloc(part[0], (total + 1) * size);
	if (all == NULL)
		return NULL;
	size_t at = n[0];
	for (int k = 1; k < parts; k++) {
		memcpy(all + at * size, part[k], n[k] * size);
		at += n[k];
	}
	return all;
}

/* The text being split in parts, each cut just after a line end. */
struct split_parts {
	const char *text;
	int parts;
	size_t from[PARALLEL_MAX + 1];
	struct line *lines[PARALLEL_MAX];
	size_t n[PARALLEL_MAX];
};

static void
split_part(void *arg, int k)
{
	struct split_parts *p = arg;
	p->lines[k] = split_range(p->text, p->from[k], p->from[k + 1] - p->from[k],
	    &p->n[k]);
}

/* Splits text into lines, trimming blanks at both ends of each; a large
 * text in parts, by several threads. Returns a malloc'd array of *nlines,
 * or NULL when memory runs out. */
static struct line *
split_lines(const char *text, size_t len, size_t *nlines)
{
	struct split_parts p = {.text = text, .parts = 1};
	int want = parallel_parts(len);

	for (int k = 1; k < want; k++) {
		size_t at = parallel_cut(len, k, want);
		const char *nl = memchr(text + at, '\n', len - at);
		if (nl == NULL || (size_t)(nl + 1 - text) >= len)
			break;
		if ((size_t)(nl + 1 - text) > p.from[p.parts - 1])
			p.from[p.parts++] = (size_t)(nl + 1 - text);
	}
	p.from[p.parts] = len;
	parallel_run(p.parts, split_part, &p);

	size_t total = 0;
	int failed = 0;
	for (int k = 0; k < p.parts; k++) {
		failed |= p.lines[k] == NULL;
		total += p.n[k];
	}
	void *part[PARALLEL_MAX];
	for (int k = 0; k < p.parts; k++)
		part[k] = p.lines[k];
	struct line *lines = failed ? NULL : join_parts(part, p.n, p.parts,
	    sizeof *lines);
	for (int k = lines != NULL; k < p.parts; k++)
		free(p.lines[k]);
	*nlines = total;
	return lines;
}

/* The page's column width, by display width (a printed column: digits
 * are half as wide) or by characters (text wrapped by a program): the most
 * common value among lines of at least min, when at least a third of the
 * non-blank lines lie within spread of it and most of those run straight
 * on into a next line (three headings of equal length make no column);
 * otherwise 0 (not wrapped). *near counts the lines within spread. */
static size_t
column_width(const struct line *lines, size_t n, int by_chars, size_t *near_out)
{
	size_t counts[256] = {0}, nonblank = 0, best = 0;
	size_t min = by_chars ? 8 : 16, spread = by_chars ? 2 : 4;

	for (size_t i = 0; i < n; i++) {
		if (lines[i].blank)
			continue;
		nonblank++;
		size_t w = by_chars ? lines[i].chars : lines[i].width;
		if (w >= min && w < 256)
			counts[w]++;
	}
	for (size_t w = min; w < 256; w++)
		if (counts[w] > counts[best])
			best = w;
	if (best == 0 || nonblank < 8)
		return 0;
	size_t near = 0, run_on = 0;
	for (size_t i = 0; i < n; i++) {
		size_t w = by_chars ? lines[i].chars : lines[i].width;
		if (lines[i].blank || w + spread < best || w > best + spread)
			continue;
		near++;
		run_on += i + 1 < n && !lines[i + 1].blank;
	}
	*near_out = near;
	return near * 3 >= nonblank && run_on * 2 > near ? best : 0;
}

/* Whether a line is as long as the column: then even a heading-like line
 * may run on. */
static int
is_full_exact(const struct line *l, size_t width, size_t chars)
{
	return (width > 0 && (size_t)l->width + 1 >= width) ||
	    (chars > 0 && l->chars >= chars);
}

/* Whether a wrapped line runs to the column's edge: within 6 display
 * units of the width or 2 characters of the character count. */
static int
is_full(const struct line *l, size_t width, size_t chars)
{
	return (width > 0 && (size_t)l->width + 6 >= width) ||
	    (chars > 0 && (size_t)l->chars + 2 >= chars);
}

static int
has_prefix(const char *s, size_t len, const char *lit)
{
	size_t n = strlen(lit);
	return len >= n && memcmp(s, lit, n) == 0;
}

/* Lines that stand alone on a page however wide they are: interview
 * lines (——访…) and bylines. */
static int
is_standalone(const char *s, size_t len)
{
	return has_prefix(s, len, "—") || has_prefix(s, len, "通讯员") ||
	    has_prefix(s, len, "记者") || has_prefix(s, len, "本报记者");
}

/* An interview line (——访 posts name): it stands alone even when it
 * fills the column. */
static int
is_interview(const char *s, size_t len)
{
	return has_prefix(s, len, "——访") || has_prefix(s, len, "——专访") ||
	    has_prefix(s, len, "——对话") || has_prefix(s, len, "—访");
}

/* Lines that begin a new block: the above, the editor's note and a news
 * item's dateline. */
static int
starts_block(const char *s, size_t len)
{
	return is_standalone(s, len) || has_prefix(s, len, "编者按") ||
	    has_prefix(s, len, "本报讯") || has_prefix(s, len, "【");
}

/* Whether a line ends a sentence: 。！？；… possibly inside closing quotes. */
static int
ends_sentence(const char *s, size_t len)
{
	static const char *const closers[] = {"”", "’", "」", "』", "）", ")", "\"", "》"};
	static const char *const enders[] = {"。", "！", "？", "；", "…", "!", "?", ";", "："};
	int stripped = 1;

	while (stripped && len > 0) {
		stripped = 0;
		for (size_t i = 0; i < sizeof closers / sizeof closers[0]; i++) {
			size_t n = strlen(closers[i]);
			if (len >= n && memcmp(s + len - n, closers[i], n) == 0) {
				len -= n;
				stripped = 1;
				break;
			}
		}
	}
	for (size_t i = 0; i < sizeof enders / sizeof enders[0]; i++) {
		size_t n = strlen(enders[i]);
		if (len >= n && memcmp(s + len - n, enders[i], n) == 0)
			return 1;
	}
	return 0;
}

/* Whether byte c may begin something fold changes: CR, tab, FF or VT
 * (\n never occurs within a line), or the lead byte of U+00A0 (C2),
 * U+2000..200B and U+202F (E2), U+3000 (E3), U+FE6A and U+FF01..FF5E
 * (EF). None of these is a continuation byte, so bytes can be tested
 * without decoding. */
static inline int
may_fold(unsigned char c)
{
	return (unsigned char)(c - 0x09) < 5 || c == 0xC2 || c == 0xE2 ||
	    c == 0xE3 || c == 0xEF;
}

/* The offset of the first of the 16 bytes p[0..16) that begins something
 * fold changes, or 16: with the compiler's vector extension (SSE2 on
 * x86-64), testing lead bytes together with the bytes after them, since
 * the full-width comma and quotes share lead bytes with what folds and
 * come every few characters; a comma only after a digit (16，770, a
 * thousands comma of old typeset texts). Reads p[0..19). */
typedef unsigned char bytes16 __attribute__((vector_size(16)));

static inline unsigned
first_fold(const unsigned char *p)
{
	bytes16 v0, v1, v2, v3;
	uint64_t w[2];

	memcpy(&v0, p, sizeof v0);
	memcpy(&v1, p + 1, sizeof v1);
	memcpy(&v2, p + 2, sizeof v2);
	memcpy(&v3, p + 3, sizeof v3);
	bytes16 ef_bc = (v2 == 0x85) | (v2 == 0x8E) |
	    ((bytes16)(v2 - 0x90) < 10) | ((bytes16)(v2 - 0xA1) < 26);
	bytes16 ef = ((v1 == 0xBC) & ef_bc) |
	    ((v1 == 0xBD) & ((bytes16)(v2 - 0x81) < 26)) |
	    ((v1 == 0xB9) & (v2 == 0xAA));
	bytes16 hit = ((bytes16)(v0 - 0x09) < 5) |
	    ((v0 == 0xC2) & (v1 == 0xA0)) |
	    ((v0 == 0xE2) & (v1 == 0x80) & ((v2 <= 0x8B) | (v2 == 0xAF))) |
	    ((v0 == 0xE3) & (v1 == 0x80) & (v2 == 0x80)) |
	    ((v0 == 0xEF) & ef) |
	    (((bytes16)(v0 - '0') < 10) & (v1 == 0xEF) & (v2 == 0xBC) &
	    (v3 == 0x8C));
	memcpy(w, &hit, sizeof w);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	if (w[0] != 0)
		return (unsigned)__builtin_ctzll(w[0]) / 8;
	if (w[1] != 0)
		return 8 + (unsigned)__builtin_ctzll(w[1]) / 8;
	return 16;
#else
	return (w[0] | w[1]) != 0 ? 0 : 16;
#endif
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Whether a full-width comma between out[0..o) and next[0..n) separates
 * thousands, as old typeset texts write 16，770亿元: one to three digits
 * (or a group after another such comma) before it, exactly three after,
 * no decimal point before. */
static int
thousands_comma(const char *out, size_t o, const unsigned char *next,
    size_t n)
{
	if (n < 3 || !is_digit(next[0]) || !is_digit(next[1]) ||
	    !is_digit(next[2]) || (n > 3 && (is_digit(next[3]) ||
	    (next[3] == '.' && n > 4 && is_digit(next[4])))))
		return 0;
	size_t k = o;
	while (k > 0 && o - k < 4 && is_digit((unsigned char)out[k - 1]))
		k--;
	size_t run = o - k;
	if (run == 0 || run > 3)
		return 0;
	if (k == 0)
		return 1;
	if (out[k - 1] == ',')
		return run == 3;
	return out[k - 1] != '.';
}

/* Copies src[0..n) folded into out: full-width digits, letters, ％ and ．
 * become ASCII; U+3000, U+00A0, U+2000..200A, tabs and CR become a space,
 * a zero width space vanishes.
 * Returns the bytes written (never more than n). */
static size_t
fold(const unsigned char *src, size_t n, char *out)
{
	size_t o = 0, i = 0;

	while (i < n) {
		size_t run = i;
		unsigned skip = 16;
		while (run + 19 <= n && (skip = first_fold(src + run)) == 16)
			run += 16;
		if (skip < 16)
			run += skip;
		while (run < n && !may_fold(src[run]))
			run++;
		if (out + o != (const char *)src + i)
			memmove(out + o, src + i, run - i); /* in place: out <= src */
		o += run - i;
		if ((i = run) >= n)
			break;
		unsigned char c = src[i];
		if (c < 0x80) {
			if (c == '\r')
				i++;
			else {
				out[o++] = c == '\t' || c == '\f' || c == '\v' ? ' ' : (char)c;
				i++;
			}
			continue;
		}
		if (c == 0xEF && i + 2 < n && src[i + 1] == 0xBC &&
		    src[i + 2] == 0x8C && thousands_comma(out, o, src + i + 3,
		    n - i - 3)) {
			out[o++] = ',';
			i += 3;
			continue;
		}
		if (c == 0xEF && i + 2 < n && (src[i + 1] == 0xBC || src[i + 1] == 0xBD)) {
			/* U+FF00..U+FF7F: full-width ASCII. */
			unsigned cp = 0xFF00u | ((unsigned)(src[i + 1] & 0x03) << 6) |
			    (src[i + 2] & 0x3F);
			unsigned ascii = cp - 0xFF00u + 0x20u;
			if ((cp >= 0xFF10 && cp <= 0xFF19) ||
			    (cp >= 0xFF21 && cp <= 0xFF3A) ||
			    (cp >= 0xFF41 && cp <= 0xFF5A) ||
			    cp == 0xFF05 || cp == 0xFF0E) {
				out[o++] = (char)ascii;
				i += 3;
				continue;
			}
		} else if (c == 0xE3 && i + 2 < n && src[i + 1] == 0x80 &&
		    src[i + 2] == 0x80) {
			out[o++] = ' ';
			i += 3;
			continue;
		} else if (c == 0xC2 && i + 1 < n && src[i + 1] == 0xA0) {
			out[o++] = ' ';
			i += 2;
			continue;
		} else if (c == 0xE2 && i + 2 < n && src[i + 1] == 0x80 &&
		    (src[i + 2] <= 0x8B || src[i + 2] == 0xAF)) {
			/* U+2000..200A spaces and U+202F become a space; the
			 * zero width space U+200B goes. */
			if (src[i + 2] != 0x8B)
				out[o++] = ' ';
			i += 3;
			continue;
		} else if (c == 0xEF && i + 2 < n && src[i + 1] == 0xB9 &&
		    src[i + 2] == 0xAA) {
			out[o++] = '%'; /* U+FE6A small percent */
			i += 3;
			continue;
		}
		out[o++] = (char)c;
		i++;
	}
	return o;
}

/* A numbered heading at the start of s (一、, （一）, 第一部分) with no
 * sentence in it. */
static int
is_heading(const char *s, size_t n)
{
	if (pat_match(PAT_HEADING, s, n, 0) != 1 &&
	    pat_match(PAT_SUBHEADING, s, n, 0) != 1)
		return 0;
	return memmem(s, n, "。", 3) == NULL && memmem(s, n, "，", 3) == NULL &&
	    memmem(s, n, "；", 3) == NULL;
}

/* A line of a table as text gives it: cells set apart inside it by two
 * blanks or more (ASCII or ideographic) or a tab. */
static int
is_table_line(const char *s, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c > ' ' && c != 0xE3)
			continue;
		if (c == '\t' || (c == ' ' && s[i + 1] == ' '))
			return 1;
		if (c == 0xE3 && i + 6 <= n &&
		    memcmp(s + i, "\xe3\x80\x80\xe3\x80\x80", 6) == 0)
			return 1;
	}
	return 0;
}

/* A number cut from its unit at a line end (项目 8⏎个, 突破700⏎亿元): the
 * line ends with a digit and the next begins with a unit. */
static int
number_cut_from_unit(const char *ps, size_t pn, const char *s, size_t n)
{
	if (pn == 0 || ps[pn - 1] < '0' || ps[pn - 1] > '9')
		return 0;
	return has_prefix(s, n, "％") || pat_match(PAT_UNIT, s, n, 0) == 1;
}

/* Lines being folded in parts: part k folds lines [first k, first k+1)
 * into text from out_start k, up to out_end k. A part begins at a line
 * with text that starts a paragraph, so no part joins onto another. */
struct fold_parts {
	char *text;
	const struct line *lines;
	size_t *line_off;
	int parts;
	size_t first[PARALLEL_MAX + 1];
	size_t out_start[PARALLEL_MAX], out_end[PARALLEL_MAX];
	int blank_all; /* no line has text */
	/* The paragraphs each part wrote (what lies between its line
	 * ends), or failed when memory ran out. */
	struct para *paras[PARALLEL_MAX];
	size_t nparas[PARALLEL_MAX], cap[PARALLEL_MAX];
	int failed[PARALLEL_MAX];
};

/* Notes that part k wrote a paragraph at [start, end) unless it is empty
 * (a line of zero width spaces). */
static void
add_para(struct fold_parts *f, int k, size_t start, size_t end)
{
	if (end == start || f->failed[k])
		return;
	if (f->nparas[k] == f->cap[k]) {
		size_t cap = f->cap[k] ? 2 * f->cap[k] : 256;
		struct para *v = realloc(f->paras[k], cap * sizeof *v);
		if (v == NULL) {
			f->failed[k] = 1;
			return;
		}
		f->paras[k] = v;
		f->cap[k] = cap;
	}
	f->paras[k][f->nparas[k]++] = (struct para){.start = start,
	    .end = end, .kind = PARA_BODY, .head_end = start,
	    .article = -1};
}

/* Cuts the nlines lines of f into up to want parts of about equal bytes. */
static void
cut_fold_parts(struct fold_parts *f, size_t nlines, int want)
{
	const struct line *l = f->lines;
	size_t i = 0;

	while (i < nlines && l[i].blank)
		i++;
	f->blank_all = i == nlines;
	f->parts = 1;
	f->first[0] = 0;
	/* Part 0 holds the first line with text; no other part is cut
	 * before one, so each begins with a paragraph break. */
	i++;
	for (int k = 1; k < want && i < nlines; k++) {
		size_t goal = parallel_cut(l[nlines - 1].end, k, want);
		if (l[i].start < goal) {
			/* Binary search for the first line at or past goal. */
			size_t lo = i + 1, hi = nlines;
			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;
				if (l[mid].start < goal)
					lo = mid + 1;
				else
					hi = mid;
			}
			i = lo;
		}
		while (i < nlines && (l[i].blank || l[i].joins))
			i++;
		if (i >= nlines)
			break;
		f->first[f->parts] = i;
		/* The paragraph break before it goes just before it. */
		f->out_start[f->parts++] = l[i].start - 1;
		i++;
	}
	f->first[f->parts] = nlines;
}

static void
fold_part(void *arg, int k)
{
	struct fold_parts *f = arg;
	size_t o = f->out_start[k], para = (size_t)-1;
	int any = k > 0;

	for (size_t i = f->first[k]; i < f->first[k + 1]; i++) {
		const struct line *l = &f->lines[i];
		if (l->blank) {
			f->line_off[i] = o;
			continue;
		}
		if (any && !l->joins) {
			if (para != (size_t)-1)
				add_para(f, k, para, o);
			f->text[o++] = '\n';
		}
		if (!any || !l->joins)
			para = o;
		f->line_off[i] = o;
		o += fold((const unsigned char *)f->text + l->start,
		    l->end - l->start, f->text + o);
		any = 1;
	}
	if (para != (size_t)-1)
		add_para(f, k, para, o);
	f->out_end[k] = o;
}

int
doc_build_text(struct doc *d, char *text, size_t len)
{
	size_t nlines;

	/* A lone CR ends a line (old Mac files, some exports): counted as
	 * one, so that line numbers are those an editor shows. */
	for (char *cr = memchr(text, '\r', len); cr != NULL;
	     cr = memchr(cr + 1, '\r', len - (size_t)(cr + 1 - text)))
		if ((size_t)(cr + 1 - text) == len || cr[1] != '\n')
			*cr = '\n';
	struct line *lines = split_lines(text, len, &nlines);
	/* Folded and joined text is never longer than its source but for
	 * a last newline: it is written over it. */
	char *room = lines ? realloc(text, len + 2) : NULL;

	if (room == NULL) {
		free(lines);
		free(text);
		return -1;
	}
	text = room;
	d->line_off = malloc((nlines + 1) * sizeof *d->line_off);
	if (d->line_off == NULL) {
		free(lines);
		free(text);
		return -1;
	}
	d->nlines = nlines;
	/* Measure lines the way the page was wrapped: whichever measure
	 * gathers more lines around its mode. */
	size_t near_width = 0, near_chars = 0;
	size_t width = column_width(lines, nlines, 0, &near_width);
	size_t chars = column_width(lines, nlines, 1, &near_chars);
	if (near_chars > near_width)
		width = 0;
	else
		chars = 0;
	d->wrapped = width > 0 || chars > 0;

	/* Which breaks are soft, decided while the source is whole. */
	size_t prev = (size_t)-1; /* last non-blank line */
	int prev_opens = 1; /* the last line began a paragraph */
	int prev_table = 0; /* the last line was a table's */
	for (size_t i = 0; i < nlines; i++) {
		struct line *l = &lines[i];
		if (l->blank)
			continue;
		const char *s = text + l->start;
		size_t n = l->end - l->start;
		int table = is_table_line(s, n);
		if (prev != (size_t)-1) {
			const struct line *p = &lines[prev];
			const char *ps = text + p->start;
			size_t pn = p->end - p->start;
			/* A break is soft when the page is column-wrapped, the
			 * line before it is full and ends no sentence, and
			 * neither side is a line that stands alone (one that
			 * fills the column runs on: ——2023年2月7日在红河哈
			 * 尼族彝族自⏎治州第十三届…). A heading
			 * that opens a paragraph ends with it, and a numbered
			 * heading (二、, （一）) opens one. */
			/* A table's line (cells set apart by runs of blanks)
			 * stands alone, however full. */
			l->joins = !prev_table && !table &&
			    ((d->wrapped && is_full(p, width, chars) &&
			    !ends_sentence(ps, pn) &&
			    !(is_standalone(ps, pn) && (is_interview(ps, pn) ||
			    !is_full_exact(p, width, chars))) &&
			    !starts_block(s, n) &&
			    !(prev_opens && is_heading(ps, pn) &&
			    !is_full_exact(p, width, chars)) && !is_heading(s, n)) ||
			    number_cut_from_unit(ps, pn, s, n));
			prev_opens = !l->joins;
		}
		prev = i;
		prev_table = table;
	}

	/* Copy, fold and join, in place: the output never overtakes the
	 * line being read. A large text is folded in parts by several
	 * threads, each in place from where its part starts. */
	struct fold_parts f = {.text = text, .lines = lines,
	    .line_off = d->line_off};
	cut_fold_parts(&f, nlines, parallel_parts(len));
	parallel_run(f.parts, fold_part, &f);
	/* The parts stay where they were folded; what lies between them
	 * becomes line ends, which no paragraph holds. */
	size_t o = f.out_end[0], nparas = f.nparas[0];
	int failed = f.failed[0];
	for (int k = 1; k < f.parts; k++) {
		memset(text + o, '\n', f.out_start[k] - o);
		o = f.out_end[k];
		nparas += f.nparas[k];
		failed |= f.failed[k];
	}
	void *part[PARALLEL_MAX];
	for (int k = 0; k < f.parts; k++)
		part[k] = f.paras[k];
	struct para *paras = failed ? NULL : join_parts(part, f.nparas,
	    f.parts, sizeof *paras);
	for (int k = paras != NULL; k < f.parts; k++)
		free(f.paras[k]);
	if (paras == NULL) {
		free(lines);
		free(text);
		free(d->line_off);
		d->line_off = NULL;
		d->nlines = 0;
		return -1;
	}
	d->paras = paras;
	d->nparas = nparas;
	if (!f.blank_all)
		text[o++] = '\n';
	text[o] = '\0';
	d->buf = text;
	d->len = o;
	d->line_off[nlines] = o;
	free(lines);
	return 0;
}

size_t
doc_line_of(const struct doc *d, size_t off)
{
	/* The last line that starts at or before off; blank lines start
	 * where the next text does, so prefer the later non-empty one. */
	size_t lo = 0, hi = d->nlines;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (d->line_off[mid] <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? 1 : lo;
}

size_t
doc_col_of(const struct doc *d, size_t off)
{
	size_t line = doc_line_of(d, off);
	size_t start = d->line_off[line - 1], col = 1;
	for (size_t i = start; i < off && i < d->len; i++)
		if (((unsigned char)d->buf[i] & 0xC0) != 0x80)
			col++;
	return col;
}

void
doc_free(struct doc *d)
{
	free(d->buf);
	free(d->line_off);
	free(d->paras);
	for (size_t i = 0; i < d->narticles; i++) {
		free(d->articles[i].title);
		free(d->articles[i].org);
		free(d->articles[i].person);
	}
	free(d->articles);
	memset(d, 0, sizeof *d);
}
