/*
 * The typeset briefing, device-independent: pages of positioned items
 * (single lines of text already broken and measured, rules, filled
 * rectangles), an outline and document information. layout.c makes it from
 * the records; pdf_device.c draws it with libharu; layout_dump prints it as
 * plain text for golden tests.
 *
 * Coordinates are PDF points with the origin at the bottom left of an A4
 * page (595.276 × 841.89). A text item's y is its baseline.
 *
 * Ownership: a struct layout owns its pages, items, strings and outline;
 * layout_free releases them.
 */
#ifndef REPORT_LAYOUT_H
#define REPORT_LAYOUT_H

#include <stddef.h>
#include <stdio.h>

#include "fonts.h"

#define A4_WIDTH 595.276
#define A4_HEIGHT 841.89
#define MM (72.0 / 25.4)

/* A colour as process inks, 0..1 each: what a print shop's plates take
 * (the red of a 简报 is C0 M80 Y80 K0, black is K alone). */
struct ink {
	float c, m, y, k;
};

enum item_kind {
	ITEM_TEXT, /* text in font at size, left end of baseline at (x, y) */
	ITEM_RULE, /* a line from (x, y) to (x + w, y + h), width line_width */
	ITEM_RECT, /* a filled rectangle, lower left (x, y), size w × h */
};

struct item {
	enum item_kind kind;
	double x, y, w, h;
	double line_width;
	struct ink color;
	enum font_role font;
	double size;
	char *text;      /* UTF-8; every character resolves in font */
};

struct page {
	struct item *items;
	size_t nitems, cap;
};

struct outline_entry {
	char *title;
	size_t page;     /* 0-based */
	double y;        /* top of the destination */
	int level;       /* 0 top level, 1 under it */
};

struct layout {
	struct page *pages;
	size_t npages;
	struct outline_entry *outline;
	size_t noutline;
	char *title;     /* document information */
	char *author;
	char *subject;
	long long date;  /* seconds since the epoch, for /CreationDate */
};

void layout_free(struct layout *l);

/* Prints the layout as text, one item a line, for golden tests. */
void layout_dump(const struct layout *l, FILE *fp);

#endif
