/*
 * The PDF device: notes every character the layout draws, embeds the font
 * subsets, draws the pages with libharu and writes the document info and
 * outline as UTF-16BE text strings.
 */
#include "pdf_device.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <hpdf.h>

#include "../common/diag.h"
#include "../common/utf8.h"
#include "pdf_fonts.h"

/* The first error libharu reported; later ones are its consequences. */
struct pdf_error {
	HPDF_STATUS error_no;
	HPDF_STATUS detail;
};

/* libharu's error handler: records the first error. */
static void
record_error(HPDF_STATUS error_no, HPDF_STATUS detail, void *data)
{
	struct pdf_error *e = data;

	if (e->error_no == HPDF_OK) {
		e->error_no = error_no;
		e->detail = detail;
	}
}

/* Records each character of text item it with the face that draws it and
 * warns about those none has (the layout should not produce them). */
static void
note_item(const struct item *it, struct font_set *fs)
{
	size_t len = strlen(it->text), pos = 0;

	while (pos < len) {
		size_t n;
		uint32_t cp = utf8_next(it->text, pos, len, &n);
		pos += n;
		int role = fonts_resolve(fs, it->font, cp);
		if (role < 0)
			diag(D_GLYPH, NULL, (unsigned)cp, "nothing");
		else
			fonts_note_use(fs, (enum font_role)role, cp);
	}
}

/* Records every character the layout draws, and nothing else. Returns the
 * length of the longest text. */
static size_t
note_text(const struct layout *l, struct font_set *fs)
{
	size_t longest = 0;

	fonts_clear_use(fs);
	for (size_t i = 0; i < l->npages; i++) {
		for (size_t k = 0; k < l->pages[i].nitems; k++) {
			const struct item *it = &l->pages[i].items[k];
			if (it->kind == ITEM_TEXT) {
				note_item(it, fs);
				if (strlen(it->text) > longest)
					longest = strlen(it->text);
			}
		}
	}
	return longest;
}

/* What the page's graphics state holds, so that an operator is written
 * only when it changes: a briefing repeats the same font, colour and rule
 * thousands of times. */
struct pen {
	int fill_set, stroke_set, width_set;
	struct rgb fill, stroke;
	double width;
	HPDF_Font font;
	double size;
	int in_text;        /* inside BT … ET */
	double tx, ty;      /* where the text line matrix was moved to */
	int path;           /* rules or rectangles wait to be stroked or filled */
};

/* Eighths of a point (0.04 mm): finer than a printer's dot, and exact in
 * the single-precision reals libharu writes, so that numbers stay short
 * (614.27 would print as 614.27002). */
static double
snap(double v)
{
	return round(v * 8) / 8;
}

static int
same_rgb(struct rgb a, struct rgb b)
{
	return a.r == b.r && a.g == b.g && a.b == b.b;
}

static void
set_fill(HPDF_Page page, struct pen *pen, struct rgb c)
{
	if (!pen->fill_set || !same_rgb(pen->fill, c)) {
		HPDF_Page_SetRGBFill(page, c.r, c.g, c.b);
		pen->fill = c;
		pen->fill_set = 1;
	}
}

/* Paints the waiting path: stroked rules or filled rectangles. */
static void
finish_path(HPDF_Page page, struct pen *pen)
{
	if (pen->path == ITEM_RULE + 1)
		HPDF_Page_Stroke(page);
	else if (pen->path == ITEM_RECT + 1)
		HPDF_Page_Fill(page);
	pen->path = 0;
}

static void
end_text(HPDF_Page page, struct pen *pen)
{
	if (pen->in_text) {
		HPDF_Page_EndText(page);
		pen->in_text = 0;
	}
}

/* Draws a text item as runs of characters that one face draws, each placed
 * by the HarfBuzz widths the layout used. run is scratch room for the
 * longest text. */
static void
draw_text(HPDF_Page page, struct pen *pen, const struct item *it,
    const struct font_set *fs, HPDF_Font fonts[FONT_ROLES], char *run)
{
	size_t len = strlen(it->text), pos = 0;
	double x = it->x;

	finish_path(page, pen);
	if (!pen->in_text) {
		HPDF_Page_BeginText(page);
		pen->in_text = 1;
		pen->tx = pen->ty = 0;
	}
	set_fill(page, pen, it->color);
	while (pos < len) {
		size_t start = pos;
		size_t n;
		uint32_t cp = utf8_next(it->text, pos, len, &n);
		pos += n;
		int role = fonts_resolve(fs, it->font, cp);
		if (role < 0)
			continue;
		int units = fonts_advance(fs, (enum font_role)role, cp);
		for (size_t next = pos, k; next < len; pos = next) {
			cp = utf8_next(it->text, next, len, &k);
			next += k;
			if (fonts_resolve(fs, it->font, cp) != role)
				break;
			units += fonts_advance(fs, (enum font_role)role, cp);
		}
		memcpy(run, it->text + start, pos - start);
		run[pos - start] = '\0';
		if (pen->font != fonts[role] || pen->size != it->size) {
			HPDF_Page_SetFontAndSize(page, fonts[role],
			    (HPDF_REAL)it->size);
			pen->font = fonts[role];
			pen->size = it->size;
		}
		/* Each run starts where the layout's widths put it, not where
		 * libharu's own would: a move relative to the last one. */
		double sx = snap(x), sy = snap(it->y);
		HPDF_Page_MoveTextPos(page, (HPDF_REAL)(sx - pen->tx),
		    (HPDF_REAL)(sy - pen->ty));
		pen->tx = sx;
		pen->ty = sy;
		HPDF_Page_ShowText(page, run);
		x += units * it->size / 1000;
	}
}

/* Adds a rule to the path, stroking what waits when the style changes. */
static void
draw_rule(HPDF_Page page, struct pen *pen, const struct item *it)
{
	end_text(page, pen);
	if (pen->path != ITEM_RULE + 1 || !same_rgb(pen->stroke, it->color) ||
	    pen->width != it->line_width)
		finish_path(page, pen);
	if (!pen->stroke_set || !same_rgb(pen->stroke, it->color)) {
		HPDF_Page_SetRGBStroke(page, it->color.r, it->color.g,
		    it->color.b);
		pen->stroke = it->color;
		pen->stroke_set = 1;
	}
	if (!pen->width_set || pen->width != it->line_width) {
		HPDF_Page_SetLineWidth(page, (HPDF_REAL)it->line_width);
		pen->width = it->line_width;
		pen->width_set = 1;
	}
	HPDF_Page_MoveTo(page, (HPDF_REAL)snap(it->x), (HPDF_REAL)snap(it->y));
	HPDF_Page_LineTo(page, (HPDF_REAL)snap(it->x + it->w),
	    (HPDF_REAL)snap(it->y + it->h));
	pen->path = ITEM_RULE + 1;
}

/* Adds a rectangle to the path, filling what waits when the colour
 * changes. */
static void
draw_rect(HPDF_Page page, struct pen *pen, const struct item *it)
{
	end_text(page, pen);
	if (pen->path != ITEM_RECT + 1 || !same_rgb(pen->fill, it->color))
		finish_path(page, pen);
	set_fill(page, pen, it->color);
	HPDF_Page_Rectangle(page, (HPDF_REAL)snap(it->x), (HPDF_REAL)snap(it->y),
	    (HPDF_REAL)snap(it->w), (HPDF_REAL)snap(it->h));
	pen->path = ITEM_RECT + 1;
}

/* Adds an A4 page and draws p's items on it, in order. Returns 0, or -1
 * with libharu's error set. */
static int
draw_page(HPDF_Doc pdf, const struct page *p, const struct font_set *fs,
    HPDF_Font fonts[FONT_ROLES], char *run)
{
	HPDF_Page page = HPDF_AddPage(pdf);
	struct pen pen = {0};

	if (page == NULL)
		return -1;
	HPDF_Page_SetWidth(page, (HPDF_REAL)A4_WIDTH);
	HPDF_Page_SetHeight(page, (HPDF_REAL)A4_HEIGHT);
	for (size_t k = 0; k < p->nitems; k++) {
		const struct item *it = &p->items[k];
		switch (it->kind) {
		case ITEM_TEXT:
			draw_text(page, &pen, it, fs, fonts, run);
			break;
		case ITEM_RULE:
			draw_rule(page, &pen, it);
			break;
		case ITEM_RECT:
			draw_rect(page, &pen, it);
			break;
		}
	}
	end_text(page, &pen);
	finish_path(page, &pen);
	return HPDF_GetError(pdf) == HPDF_OK ? 0 : -1;
}

/* Sets dict's key to utf8 as a PDF text string: UTF-16BE after a byte
 * order mark, written here because libharu 2.3.0's own conversion turns
 * characters beyond the BMP into spaces. Invalid bytes become U+FFFD.
 * Returns 0, or -1 after reporting (or with libharu's error set). */
static int
set_text_string(HPDF_Dict dict, const char *key, const char *utf8)
{
	size_t len = strlen(utf8), pos = 0, n = 0;
	/* At most two UTF-16 bytes per UTF-8 byte, plus the mark. */
	HPDF_BYTE *utf16 = malloc(2 * len + 2);

	if (utf16 == NULL) {
		diag(D_NOMEM, NULL);
		return -1;
	}
	utf16[n++] = 0xFE;
	utf16[n++] = 0xFF;
	while (pos < len) {
		size_t k;
		uint32_t cp = utf8_next(utf8, pos, len, &k);
		pos += k;
		if (cp >= 0x10000) {
			cp -= 0x10000;
			uint32_t high = 0xD800 | cp >> 10;
			utf16[n++] = (HPDF_BYTE)(high >> 8);
			utf16[n++] = (HPDF_BYTE)high;
			cp = 0xDC00 | (cp & 0x3FF);
		}
		utf16[n++] = (HPDF_BYTE)(cp >> 8);
		utf16[n++] = (HPDF_BYTE)cp;
	}
	HPDF_STATUS status = HPDF_Dict_Add(dict, key,
	    HPDF_Binary_New(dict->mmgr, utf16, (HPDF_UINT)n));
	free(utf16);
	return status == HPDF_OK ? 0 : -1;
}

/* Adds the bookmarks: level 0 under the root, level 1 under the latest
 * level 0. Returns 0, or -1 after reporting (or with libharu's error set). */
static int
add_outline(HPDF_Doc pdf, const struct layout *l)
{
	HPDF_Outline section = NULL;

	for (size_t i = 0; i < l->noutline; i++) {
		const struct outline_entry *o = &l->outline[i];
		HPDF_Outline entry = HPDF_CreateOutline(pdf,
		    o->level > 0 ? section : NULL, "", NULL);
		HPDF_Page page = HPDF_GetPageByIndex(pdf, (HPDF_UINT)o->page);
		HPDF_Destination dst = page != NULL ?
		    HPDF_Page_CreateDestination(page) : NULL;
		if (entry == NULL || dst == NULL ||
		    set_text_string(entry, "Title", o->title) != 0)
			return -1;
		if (o->level == 0) {
			section = entry;
			HPDF_Outline_SetOpened(entry, HPDF_TRUE);
		}
		HPDF_Destination_SetFitH(dst, (HPDF_REAL)o->y);
		HPDF_Outline_SetDestination(entry, dst);
	}
	return HPDF_GetError(pdf) == HPDF_OK ? 0 : -1;
}

/* Fills the document information from the layout; the dates come from
 * the layout, never the clock, so that the bytes are reproducible.
 * Returns 0, or -1 after reporting (or with libharu's error set). */
static int
set_info(HPDF_Doc pdf, const struct layout *l)
{
	const struct {
		const char *key, *value;
	} texts[] = {
		{"Title", l->title},
		{"Author", l->author},
		{"Subject", l->subject},
	};
	time_t seconds = (time_t)l->date;
	struct tm tm;

	/* HPDF_New made the info dictionary (it holds /Producer). */
	for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
		if (texts[i].value != NULL && set_text_string(pdf->info,
		    texts[i].key, texts[i].value) != 0)
			return -1;
	if (gmtime_r(&seconds, &tm) == NULL) {
		diag(D_PDF, NULL, (unsigned)HPDF_INVALID_DATE_TIME, 0u);
		return -1;
	}
	HPDF_Date date = {
		.year = tm.tm_year + 1900, .month = tm.tm_mon + 1,
		.day = tm.tm_mday, .hour = tm.tm_hour, .minutes = tm.tm_min,
		.seconds = tm.tm_sec, .ind = 'Z',
	};
	HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, "briefing report");
	HPDF_SetInfoDateAttr(pdf, HPDF_INFO_CREATION_DATE, date);
	HPDF_SetInfoDateAttr(pdf, HPDF_INFO_MOD_DATE, date);
	return HPDF_GetError(pdf) == HPDF_OK ? 0 : -1;
}

/* Copies the saved document to fp. Returns 0, or -1 after reporting (or
 * with libharu's error set). */
static int
write_pdf(HPDF_Doc pdf, FILE *fp)
{
	HPDF_BYTE buf[65536];

	if (HPDF_SaveToStream(pdf) != HPDF_OK)
		return -1;
	/* Never ask for more than is left: reading past the end is an
	 * error to libharu. */
	for (HPDF_UINT32 left = HPDF_GetStreamSize(pdf); left > 0;) {
		HPDF_UINT32 n = left < sizeof buf ? left : sizeof buf;
		if (HPDF_ReadFromStream(pdf, buf, &n) != HPDF_OK || n == 0)
			return -1;
		if (fwrite(buf, 1, n, fp) != n) {
			diag(D_OUTPUT, NULL, strerror(errno));
			return -1;
		}
		left -= n;
	}
	return 0;
}

int
pdf_render(const struct layout *l, struct font_set *fs, FILE *fp)
{
	struct pdf_error error = {HPDF_OK, 0};
	HPDF_Font fonts[FONT_ROLES];
	char *run = malloc(note_text(l, fs) + 1);
	HPDF_Doc pdf = run != NULL ? HPDF_New(record_error, &error) : NULL;
	int ok = pdf != NULL;

	if (run == NULL)
		diag(D_NOMEM, NULL);
	ok = ok && HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL) == HPDF_OK &&
	    HPDF_UseUTFEncodings(pdf) == HPDF_OK &&
	    pdf_embed_fonts(fs, pdf, fonts) == 0;
	for (size_t i = 0; ok && i < l->npages; i++)
		ok = draw_page(pdf, &l->pages[i], fs, fonts, run) == 0;
	ok = ok && add_outline(pdf, l) == 0 && set_info(pdf, l) == 0 &&
	    write_pdf(pdf, fp) == 0;
	if (!ok) {
		/* Internal calls set the error without calling the handler. */
		if (pdf != NULL)
			HPDF_CheckError(&pdf->error);
		if (error.error_no != HPDF_OK)
			diag(D_PDF, NULL, (unsigned)error.error_no,
			    (unsigned)error.detail);
	}
	HPDF_Free(pdf);
	free(run);
	return ok ? 0 : -1;
}
