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

/* Records every character the layout draws, and nothing else. */
static void
note_text(const struct layout *l, struct font_set *fs)
{
	fonts_clear_use(fs);
	for (size_t i = 0; i < l->npages; i++)
		for (size_t k = 0; k < l->pages[i].nitems; k++)
			if (l->pages[i].items[k].kind == ITEM_TEXT)
				note_item(&l->pages[i].items[k], fs);
}

/* Where a page's operators go and what its graphics state holds, so that
 * an operator is written only when it changes: a briefing repeats the same
 * font, colour and rule thousands of times. Operators are written straight
 * into libharu's content stream (its internal page attributes): libharu's
 * own ShowText measures every character again and writes four hex digits
 * for each, and its number formatting is slow; fonts still go through
 * HPDF_Page_SetFontAndSize, which lists them in the page's resources. */
struct pen {
	HPDF_Page page;
	HPDF_Stream out;
	int fill_set, stroke_set, width_set;
	struct ink fill, stroke;
	double width;
	HPDF_Font font;
	double size;
	int in_text;        /* inside BT … ET */
	double tx, ty;      /* where the text line matrix was moved to */
	double cx, cy;      /* where the last run ended (the current point) */
	int path;           /* rules or rectangles wait to be stroked or filled */
	char buf[512];      /* an operator being written */
	size_t n;
};

/* Eighths of a point (0.04 mm): finer than a printer's dot, and short to
 * write. */
static double
snap(double v)
{
	return round(v * 8) / 8;
}

static void
flush(struct pen *pen)
{
	HPDF_Stream_Write(pen->out, (const HPDF_BYTE *)pen->buf,
	    (HPDF_UINT)pen->n);
	pen->n = 0;
}

static void
put(struct pen *pen, const char *s)
{
	size_t len = strlen(s);
	if (pen->n + len > sizeof pen->buf)
		flush(pen);
	memcpy(pen->buf + pen->n, s, len);
	pen->n += len;
}

/* Writes v, a multiple of 1/8, and a space: 79.375, -12.5, 0. */
static void
put_num(struct pen *pen, double v)
{
	static const char *const eighths[] = {" ", ".125 ", ".25 ", ".375 ",
	    ".5 ", ".625 ", ".75 ", ".875 "};
	char digits[24], *d = digits + sizeof digits;
	long long k = llround(v * 8);
	unsigned long long whole = (unsigned long long)(k < 0 ? -k : k) / 8;

	/* By hand: printf costs more than the rest of a page's text. */
	*--d = '\0';
	do {
		*--d = (char)('0' + whole % 10);
		whole /= 10;
	} while (whole > 0);
	if (k < 0)
		*--d = '-';
	put(pen, d);
	put(pen, eighths[(k < 0 ? -k : k) % 8]);
}

/* Writes a colour component 0..1 with three decimals at most. */
static void
put_component(struct pen *pen, float c)
{
	/* By hand, as put_num: thousands of colour changes a briefing. */
	long k = lround((double)c * 1000);
	char num[8], *d = num;
	if (k <= 0)
		*d++ = '0';
	else if (k >= 1000)
		*d++ = '1';
	else {
		*d++ = '0';
		*d++ = '.';
		for (long div = 100; div > 0 && k > 0; div /= 10) {
			*d++ = (char)('0' + k / div);
			k %= div;
		}
	}
	*d++ = ' ';
	*d = '\0';
	put(pen, num);
}

/* Sets a colour in DeviceCMYK: op is "k" to fill, "K" to stroke. */
static void
put_ink(struct pen *pen, struct ink c, const char *op)
{
	put_component(pen, c.c);
	put_component(pen, c.m);
	put_component(pen, c.y);
	put_component(pen, c.k);
	put(pen, op);
}

static int
same_ink(struct ink a, struct ink b)
{
	return a.c == b.c && a.m == b.m && a.y == b.y && a.k == b.k;
}

static void
set_fill(struct pen *pen, struct ink c)
{
	if (!pen->fill_set || !same_ink(pen->fill, c)) {
		put_ink(pen, c, "k\n");
		pen->fill = c;
		pen->fill_set = 1;
	}
}

/* Paints the waiting path: stroked rules or filled rectangles. */
static void
finish_path(struct pen *pen)
{
	if (pen->path == ITEM_RULE + 1)
		put(pen, "S\n");
	else if (pen->path == ITEM_RECT + 1)
		put(pen, "f\n");
	pen->path = 0;
}

static void
end_text(struct pen *pen)
{
	if (pen->in_text) {
		put(pen, "ET\n");
		pen->in_text = 0;
	}
}

/* Writes one character's code as a literal string's bytes: in libharu's
 * UTF-8 mode with Identity-H a character's code is its BMP code point, two
 * bytes; parentheses, backslash and line ends are escaped. */
static void
put_code(struct pen *pen, uint32_t cp)
{
	unsigned char bytes[2] = {(unsigned char)(cp >> 8), (unsigned char)cp};
	char esc[8];
	size_t n = 0;
	for (int i = 0; i < 2; i++) {
		unsigned char b = bytes[i];
		if (b == '(' || b == ')' || b == '\\')
			esc[n++] = '\\', esc[n++] = (char)b;
		else if (b == '\r')
			esc[n++] = '\\', esc[n++] = 'r';
		else if (b == '\n')
			esc[n++] = '\\', esc[n++] = 'n';
		else
			esc[n++] = (char)b;
	}
	if (pen->n + n > sizeof pen->buf)
		flush(pen);
	memcpy(pen->buf + pen->n, esc, n);
	pen->n += n;
}

/* Draws a text item as runs of characters that one face draws, each placed
 * by the HarfBuzz widths the layout used. */
static void
draw_text(struct pen *pen, const struct item *it, const struct font_set *fs,
    HPDF_Font fonts[FONT_ROLES])
{
	size_t len = strlen(it->text), pos = 0;
	double x = it->x;

	finish_path(pen);
	if (!pen->in_text) {
		put(pen, "BT\n");
		pen->in_text = 1;
		pen->tx = pen->ty = pen->cx = pen->cy = 0;
	}
	set_fill(pen, it->color);
	while (pos < len) {
		size_t n;
		uint32_t cp = utf8_next(it->text, pos, len, &n);
		int role = fonts_resolve(fs, it->font, cp);
		if (role < 0) {
			pos += n;
			continue;
		}
		if (pen->font != fonts[role] || pen->size != it->size) {
			flush(pen);
			HPDF_Page_SetFontAndSize(pen->page, fonts[role],
			    (HPDF_REAL)it->size);
			pen->font = fonts[role];
			pen->size = it->size;
		}
		/* Each run starts where the layout's widths put it: a move
		 * relative to the last one, or none when the run before ended
		 * there (the widths are the PDF's own, truncated alike). */
		double sx = snap(x), sy = snap(it->y);
		if (pen->cy == sy && fabs(pen->cx - sx) < 1.0 / 16) {
			put(pen, "(");
		} else {
			put_num(pen, sx - pen->tx);
			put_num(pen, sy - pen->ty);
			put(pen, "Td\n(");
			pen->tx = pen->cx = sx;
			pen->ty = pen->cy = sy;
		}
		int units = 0;
		while (pos < len) {
			cp = utf8_next(it->text, pos, len, &n);
			if (fonts_resolve(fs, it->font, cp) != role)
				break;
			put_code(pen, cp);
			units += fonts_advance(fs, (enum font_role)role, cp);
			pos += n;
		}
		put(pen, ") Tj\n");
		x += units * it->size / 1000;
		pen->cx += units * it->size / 1000;
	}
}

/* Adds a rule to the path, stroking what waits when the style changes. */
static void
draw_rule(struct pen *pen, const struct item *it)
{
	end_text(pen);
	if (pen->path != ITEM_RULE + 1 || !same_ink(pen->stroke, it->color) ||
	    pen->width != it->line_width)
		finish_path(pen);
	if (!pen->stroke_set || !same_ink(pen->stroke, it->color)) {
		put_ink(pen, it->color, "K\n");
		pen->stroke = it->color;
		pen->stroke_set = 1;
	}
	if (!pen->width_set || pen->width != it->line_width) {
		char w[32];
		snprintf(w, sizeof w, "%g w\n", it->line_width);
		put(pen, w);
		pen->width = it->line_width;
		pen->width_set = 1;
	}
	put_num(pen, snap(it->x));
	put_num(pen, snap(it->y));
	put(pen, "m ");
	put_num(pen, snap(it->x + it->w));
	put_num(pen, snap(it->y + it->h));
	put(pen, "l\n");
	pen->path = ITEM_RULE + 1;
}

/* Adds a rectangle to the path, filling what waits when the colour
 * changes. */
static void
draw_rect(struct pen *pen, const struct item *it)
{
	end_text(pen);
	if (pen->path != ITEM_RECT + 1 || !same_ink(pen->fill, it->color))
		finish_path(pen);
	set_fill(pen, it->color);
	put_num(pen, snap(it->x));
	put_num(pen, snap(it->y));
	put_num(pen, snap(it->w));
	put_num(pen, snap(it->h));
	put(pen, "re\n");
	pen->path = ITEM_RECT + 1;
}

/* Adds an A4 page and draws p's items on it, in order. Returns 0, or -1
 * with libharu's error set. */
static int
draw_page(HPDF_Doc pdf, const struct page *p, const struct font_set *fs,
    HPDF_Font fonts[FONT_ROLES])
{
	HPDF_Page page = HPDF_AddPage(pdf);
	struct pen pen = {0};

	if (page == NULL)
		return -1;
	HPDF_Page_SetWidth(page, (HPDF_REAL)A4_WIDTH);
	HPDF_Page_SetHeight(page, (HPDF_REAL)A4_HEIGHT);
	pen.page = page;
	pen.out = ((HPDF_PageAttr)page->attr)->stream;
	for (size_t k = 0; k < p->nitems; k++) {
		const struct item *it = &p->items[k];
		switch (it->kind) {
		case ITEM_TEXT:
			draw_text(&pen, it, fs, fonts);
			break;
		case ITEM_RULE:
			draw_rule(&pen, it);
			break;
		case ITEM_RECT:
			draw_rect(&pen, it);
			break;
		}
	}
	end_text(&pen);
	finish_path(&pen);
	flush(&pen);
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
write_pdf(HPDF_Doc pdf, FILE *fp, const char *name)
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
			diag(D_OUTPUT, &(struct diag_loc){name, 0, 0},
			    strerror(errno ? errno : EIO));
			return -1;
		}
		left -= n;
	}
	return 0;
}

int
pdf_render(const struct layout *l, struct font_set *fs, FILE *fp,
    const char *name)
{
	struct diag_loc loc = {name, 0, 0};
	struct pdf_error error = {HPDF_OK, 0};
	HPDF_Font fonts[FONT_ROLES];
	HPDF_Doc pdf = HPDF_New(record_error, &error);
	int ok = pdf != NULL;

	if (pdf == NULL)
		diag(D_NOMEM, &loc);
	note_text(l, fs);
	ok = ok && HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL) == HPDF_OK &&
	    HPDF_UseUTFEncodings(pdf) == HPDF_OK &&
	    pdf_embed_fonts(fs, pdf, fonts) == 0;
	for (size_t i = 0; ok && i < l->npages; i++)
		ok = draw_page(pdf, &l->pages[i], fs, fonts) == 0;
	ok = ok && add_outline(pdf, l) == 0 && set_info(pdf, l) == 0 &&
	    write_pdf(pdf, fp, name) == 0;
	if (!ok) {
		/* Internal calls set the error without calling the handler. */
		if (pdf != NULL)
			HPDF_CheckError(&pdf->error);
		if (error.error_no != HPDF_OK)
			diag(D_PDF, &loc, (unsigned)error.error_no,
			    (unsigned)error.detail);
	}
	HPDF_Free(pdf);
	return ok ? 0 : -1;
}
