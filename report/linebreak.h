/*
 * Breaking Chinese text into lines: widths from the fonts (per code point,
 * after fallback), breaks between any two ideographs, but never before
 * ，。、；：！？）》”’…％ and the like, never after （《“‘ and the like, and
 * never inside a number with its unit (700亿元, 20%, 5.5%). A span of text
 * keeps its style across the break.
 *
 * Ownership: a struct lines owns its arrays (lines_free); it points into
 * the caller's span texts, which must outlive it.
 */
#ifndef REPORT_LINEBREAK_H
#define REPORT_LINEBREAK_H

#include <stddef.h>

#include "fonts.h"
#include "layout.h"

/* A run of text in one style. */
struct span {
	const char *text;
	size_t len;
	enum font_role font;
	double size;
	struct ink color;
	int underline;        /* emphasis that survives greyscale printing */
};

/* A piece of a span placed on a line, x from the line's start. */
struct piece {
	size_t span;     /* index into the spans */
	size_t start, end; /* bytes of that span's text */
	double x, width;
};

struct line {
	size_t first, count; /* pieces */
	double width;        /* natural width */
	double height;       /* the largest size on the line */
	int last;            /* ends the paragraph: not to be justified */
};

struct lines {
	struct piece *pieces;
	size_t npieces, cap;
	struct line *v;
	size_t n, lcap;
};

/* Breaks spans[0..nspans) into lines no wider than width (the first line
 * indent less). A character no face has is reported by the caller's
 * fonts (fonts_resolve < 0) and measured as one em. Returns 0, or -1 when
 * memory runs out. */
int break_lines(struct font_set *fs, const struct span *spans, size_t nspans,
    double width, double indent, struct lines *out);

/* Width of s[0..len) in role at size, as break_lines measures it. */
double text_width(const struct font_set *fs, enum font_role role,
    double size, const char *s, size_t len);

void lines_free(struct lines *l);

/* Whether a line may not start with cp (closing punctuation). */
int no_line_start(unsigned cp);

/* Whether a line may not end with cp (opening punctuation). */
int no_line_end(unsigned cp);

#endif
