/*
 * The briefing's typesetter: places blocks on pages, top to bottom, and
 * leaves drawing to a device. Sizes follow the 号 of Chinese print: 初号 42,
 * 三号 16, 四号 14, 小四 12, 五号 10.5, 小五 9.
 */
#include "briefing.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../common/diag.h"
#include "../common/utf8.h"
#include "changes.h"
#include "layout_model.h"
#include "linebreak.h"
#include "summary.h"

enum {
	MISSING_GLYPH = 0x3013, /* 〓, the printer's mark for a missing type */
};

static const struct ink BLACK = {0, 0, 0, 1};
static const struct ink RED = {0, 0.8f, 0.8f, 0}; /* 套红: M80 Y80 */
static const struct ink DARK_RED = {0, 0.9f, 0.9f, 0.35f};
static const struct ink GREY = {0, 0, 0, 0.55f};
static const struct ink HEADER_FILL = {0, 0, 0, 0.10f};
static const struct ink BAR_FILL = {0, 0.75f, 0.75f, 0.2f};

#define TITLE_SIZE 36.0    /* masthead: between 小初 and 初号 */
#define CLASS_SIZE 16.0    /* 密级, 内部资料: 三号 */
#define ISSUE_SIZE 16.0    /* 三号 */
#define MAST_SIZE 14.0     /* 四号: issuing unit and date */
#define H1_SIZE 16.0       /* 三号 黑体: 一、 */
#define H2_SIZE 14.0       /* 四号 楷体: （一） */
#define BODY_SIZE 16.0     /* 三号 仿宋 */
#define GRID_LINES 22      /* body lines a page: the 22-line grid of 公文 */
#define CELL_SIZE 9.0      /* 小五 宋体 in the summary's table and chart */
#define ROW_SIZE 12.0      /* 小四: the tables of targets hold sentences */
#define PAGE_NO_SIZE 14.0  /* 四号 */
#define TAIL_SIZE 12.0
#define LEADING 1.5        /* line pitch as a multiple of the size */
#define CELL_LEADING 1.4
#define CELL_PAD 3.0

/* Columns of an organisation's table: each as wide as its longest text
 * needs, at most its share of the type width; 原文 takes what is left,
 * and never less than its share. */
static const struct {
	const char *label;
	double share;
} columns[] = {
	{"指标", 0.18}, {"目标", 0.16}, {"时限", 0.13}, {"原文", 0.40},
	{"来源", 0.18},
};
enum { COL_METRIC, COL_TARGET, COL_PERIOD, COL_QUOTE, COL_SOURCE,
    NCOLS };

struct typesetter {
	struct layout *l;
	struct font_set *fs;
	const struct briefing_options *o;
	struct page *page;
	double left, right, top, bottom; /* the type area */
	double y;                        /* top of the free space */
	char **pool;                     /* strings the items borrow */
	size_t npool;
	uint32_t warned[64];             /* missing characters reported */
	size_t nwarned;
	size_t unlisted;                 /* missing ones past those 64 */
	struct changes ch;               /* against o->previous, when given */
	double colw[NCOLS];              /* the row tables' column widths */
	int source_named;                /* the table's document said above */
	const char *source_line;         /* that "来源：…" line, for every
	                                  * page the table goes on to */
	struct {                         /* recent vertical rules, to be */
		size_t page, item;       /* lengthened by the next row's */
	} uprights[8];
	size_t nuprights;
	int failed;
};

/* Keeps a copy of s for the layout's lifetime; returns it, or NULL. */
static char *
keep(struct typesetter *t, const char *s, size_t len)
{
	char **pool = realloc(t->pool, (t->npool + 1) * sizeof *pool);
	char *copy = malloc(len + 1);
	if (pool == NULL || copy == NULL) {
		free(copy);
		if (pool != NULL)
			t->pool = pool;
		t->failed = 1;
		return NULL;
	}
	t->pool = pool;
	memcpy(copy, s, len);
	copy[len] = '\0';
	t->pool[t->npool++] = copy;
	return copy;
}

/* s with every character no font has replaced by 〓 (each reported once),
 * kept for the layout's lifetime; NULL when memory ran out. */
static const char *
drawable(struct typesetter *t, const char *s)
{
	size_t len = strlen(s), n, out = 0;
	char *buf = malloc(len * 3 + 1);

	if (buf == NULL) {
		t->failed = 1;
		return NULL;
	}
	for (size_t pos = 0; pos < len; pos += n) {
		uint32_t cp = utf8_next(s, pos, len, &n);
		if (fonts_resolve(t->fs, FONT_SONG, cp) < 0 &&
		    fonts_resolve(t->fs, FONT_HEI, cp) < 0) {
			size_t k;
			for (k = 0; k < t->nwarned && t->warned[k] != cp; k++)
				;
			if (k < t->nwarned)
				;
			else if (t->nwarned < sizeof t->warned / sizeof t->warned[0]) {
				diag(D_GLYPH, NULL, (unsigned)cp, "〓");
				t->warned[t->nwarned++] = cp;
			} else
				t->unlisted++; /* summed up at the end */
			cp = MISSING_GLYPH;
		}
		out += utf8_encode(cp, buf + out);
	}
	const char *kept = keep(t, buf, out);
	free(buf);
	return kept;
}

static struct item *
add_item(struct typesetter *t, enum item_kind kind)
{
	struct item *it = page_add_item(t->page, kind);
	if (it == NULL)
		t->failed = 1;
	return it;
}

/* Places text (already drawable) with its baseline's left end at (x, y). */
static void
put_text(struct typesetter *t, double x, double y, enum font_role font,
    double size, struct ink color, const char *text, size_t len)
{
	if (len == 0)
		return;
	struct item *it = add_item(t, ITEM_TEXT);
	if (it == NULL)
		return;
	it->x = x;
	it->y = y;
	it->font = font;
	it->size = size;
	it->color = color;
	/* The item owns its text: layout_free frees it. */
	if ((it->text = strndup(text, len)) == NULL)
		t->failed = 1;
}

static void
put_rule(struct typesetter *t, double x, double y, double w, double h,
    double line_width, struct ink color)
{
	const size_t n = sizeof t->uprights / sizeof t->uprights[0];
	/* A column's rule under the same one of the row above lengthens
	 * it: one stroke a column a page instead of one a row. */
	for (size_t i = 0; w == 0 && i < n && i < t->nuprights; i++) {
		if (t->uprights[i].page != t->l->npages)
			continue;
		struct item *up = &t->page->items[t->uprights[i].item];
		if (up->x == x && up->line_width == line_width &&
		    memcmp(&up->color, &color, sizeof color) == 0 &&
		    fabs(up->y - (y + h)) < 0.01) {
			up->h += up->y - y;
			up->y = y;
			return;
		}
	}
	struct item *it = add_item(t, ITEM_RULE);
	if (it == NULL)
		return;
	*it = (struct item){ITEM_RULE, x, y, w, h, line_width, color, FONT_SONG,
	    0, NULL};
	if (w == 0) {
		size_t i = t->nuprights++ % n;
		t->uprights[i].page = t->l->npages;
		t->uprights[i].item = t->page->nitems - 1;
	}
}

static void
put_rect(struct typesetter *t, double x, double y, double w, double h,
    struct ink color)
{
	struct item *it = add_item(t, ITEM_RECT);
	if (it == NULL)
		return;
	*it = (struct item){ITEM_RECT, x, y, w, h, 0, color, FONT_SONG, 0, NULL};
}

static void
new_page(struct typesetter *t)
{
	t->page = layout_add_page(t->l);
	if (t->page == NULL) {
		t->failed = 1;
		return;
	}
	t->y = t->top;
}

/* Makes room for h points, on a new page when this one is too full. */
static void
need(struct typesetter *t, double h)
{
	if (t->y - h < t->bottom && t->y < t->top)
		new_page(t);
}

/* The lines of one style of text in width; 0 lines on failure. */
static void
break_text(struct typesetter *t, const struct span *spans, size_t n,
    double width, double indent, struct lines *out)
{
	if (break_lines(t->fs, spans, n, width, indent, out) != 0) {
		t->failed = 1;
		lines_free(out);
	}
}

/* Draws line ln of ls at (x, baseline), spread to width when justify. */
static void
draw_line(struct typesetter *t, const struct span *spans,
    const struct lines *ls, const struct line *ln, double x,
    double baseline)
{
	for (size_t i = 0; i < ln->count; i++) {
		const struct piece *p = &ls->pieces[ln->first + i];
		const struct span *sp = &spans[p->span];
		put_text(t, x + p->x, baseline, sp->font, sp->size, sp->color,
		    sp->text + p->start, p->end - p->start);
		if (sp->underline)
			put_rule(t, x + p->x, baseline - sp->size * 0.18,
			    text_width(t->fs, sp->font, sp->size,
			    sp->text + p->start, p->end - p->start), 0, 0.6,
			    sp->color);
	}
}

/* The pitch of body text: the type area's height in GRID_LINES lines. */
static double
grid_pitch(const struct typesetter *t)
{
	return (t->top - t->bottom) / GRID_LINES;
}

/* Sets a paragraph of body text on the grid: spans broken to the type
 * width, first line indented two characters; lines may go on to the next
 * page. */
static void
paragraph(struct typesetter *t, const struct span *spans, size_t n,
    double size, double space_after)
{
	struct lines ls;
	double pitch = grid_pitch(t);

	break_text(t, spans, n, t->right - t->left, 2 * size, &ls);
	for (size_t i = 0; i < ls.n; i++) {
		need(t, pitch);
		draw_line(t, spans, &ls, &ls.v[i], t->left, t->y - size);
		t->y -= pitch;
	}
	t->y -= space_after;
	lines_free(&ls);
}

/* Sets a heading, wrapped to the type width, kept with keep_with points
 * of what follows. Returns the y of its top, on the page it is on. */
static double
heading(struct typesetter *t, const char *text, enum font_role font,
    double size, double keep_with)
{
	const char *s = drawable(t, text);
	if (s == NULL)
		return t->y;
	struct span sp = {s, strlen(s), font, size, BLACK};
	struct lines ls;
	const double pitch = size * 1.4;
	break_text(t, &sp, 1, t->right - t->left, 0, &ls);
	size_t n = ls.n > 0 ? ls.n : 1;
	/* A heading is never left alone at the foot of a page. */
	need(t, size * 2 + (double)(n - 1) * pitch + keep_with);
	double top = t->y;
	t->y -= size * 0.6;
	for (size_t i = 0; i < ls.n; i++) {
		draw_line(t, &sp, &ls, &ls.v[i], t->left, t->y - size);
		t->y -= i + 1 < ls.n ? pitch : size * 1.6;
	}
	lines_free(&ls);
	return top;
}

/* The date in China Standard Time (UTC+8), as 2026年11月26日. */
static void
format_date(long long epoch, char *buf, size_t size)
{
	time_t shifted = (time_t)(epoch + 8 * 3600);
	struct tm tm;
	if (gmtime_r(&shifted, &tm) == NULL) {
		/* main.c allows no date past 9999; nothing to print else. */
		snprintf(buf, size, "%s", "");
		return;
	}
	snprintf(buf, size, "%d年%d月%d日", tm.tm_year + 1900, tm.tm_mon + 1,
	    tm.tm_mday);
}

/* The 报头: name in red, 第N期, issuing unit and date, red rule. */
static void
masthead(struct typesetter *t)
{
	const struct briefing_options *o = t->o;
	const char *title = drawable(t, o->title);
	char issue[64], date[64];
	double w = t->right - t->left;

	if (title == NULL)
		return;
	if (o->total_issue != NULL)
		snprintf(issue, sizeof issue, "第%s期（总第%s期）", o->issue,
		    o->total_issue);
	else
		snprintf(issue, sizeof issue, "第%s期", o->issue);
	format_date(o->date, date, sizeof date);

	/* 内部资料 or 密级 and its term: 黑体 三号 at the top left. */
	if (o->classification != NULL && o->classification[0] != '\0') {
		const char *cl = drawable(t, o->classification);
		if (cl == NULL)
			return;
		struct span sp = {cl, strlen(cl), FONT_HEI, CLASS_SIZE, BLACK};
		struct lines ls;
		break_text(t, &sp, 1, w, 0, &ls);
		for (size_t i = 0; i < ls.n; i++) {
			draw_line(t, &sp, &ls, &ls.v[i], t->left, t->y - CLASS_SIZE);
			t->y -= CLASS_SIZE * 1.4;
		}
		lines_free(&ls);
	}

	double tw = text_width(t->fs, FONT_TITLE, TITLE_SIZE, title, strlen(title));
	double size = tw > w ? TITLE_SIZE * w / tw : TITLE_SIZE;
	tw = text_width(t->fs, FONT_TITLE, size, title, strlen(title));
	t->y -= size * 0.2;
	put_text(t, t->left + (w - tw) / 2, t->y - size, FONT_TITLE, size, RED,
	    title, strlen(title));
	t->y -= size * 1.5;

	const char *is = drawable(t, issue);
	if (is == NULL)
		return;
	double iw = text_width(t->fs, FONT_KAI, ISSUE_SIZE, is, strlen(is));
	put_text(t, t->left + (w - iw) / 2, t->y - ISSUE_SIZE, FONT_KAI,
	    ISSUE_SIZE, BLACK, is, strlen(is));
	t->y -= ISSUE_SIZE * 2;

	/* Unit and date 空一字 in from the edges of the type area. */
	const char *unit = drawable(t, o->unit);
	const char *ds = drawable(t, date);
	if (unit == NULL || ds == NULL)
		return;
	double dw = text_width(t->fs, FONT_FANG, MAST_SIZE, ds, strlen(ds));
	double uw = text_width(t->fs, FONT_FANG, MAST_SIZE, unit, strlen(unit));
	if (uw + dw + 3 * MAST_SIZE > w) {
		/* A unit too long to share the line: its own lines, wrapped,
		 * and the date under them. */
		struct span sp = {unit, strlen(unit), FONT_FANG, MAST_SIZE, BLACK};
		struct lines ls;
		break_text(t, &sp, 1, w - 2 * MAST_SIZE, 0, &ls);
		for (size_t i = 0; i < ls.n; i++) {
			draw_line(t, &sp, &ls, &ls.v[i], t->left + MAST_SIZE,
			    t->y - MAST_SIZE);
			t->y -= MAST_SIZE * 1.5;
		}
		lines_free(&ls);
	} else
		put_text(t, t->left + MAST_SIZE, t->y - MAST_SIZE, FONT_FANG,
		    MAST_SIZE, BLACK, unit, strlen(unit));
	put_text(t, t->right - MAST_SIZE - dw, t->y - MAST_SIZE, FONT_FANG,
	    MAST_SIZE, BLACK, ds, strlen(ds));
	t->y -= MAST_SIZE * 1.3 + 4 * MM;
	put_rule(t, t->left, t->y, w, 0, 2.0, RED);
	t->y -= 8 * MM;
}

/* Appends to buf (size cap) printf-style. */
static void
add(char *buf, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
add(char *buf, size_t cap, const char *fmt, ...)
{
	size_t n = strlen(buf);
	va_list ap;
	if (n + 1 >= cap)
		return;
	va_start(ap, fmt);
	vsnprintf(buf + n, cap - n, fmt, ap);
	va_end(ap);
}

/* The summary paragraph: counts by organisation and cue, money totals. */
static void
summary_text(struct typesetter *t, const struct summary *s)
{
	size_t cap = 1024;
	for (size_t i = 0; i < s->norgs; i++)
		cap += strlen(s->orgs[i].org) + 32;
	for (size_t i = 0; i < s->nmodality; i++)
		cap += strlen(s->modality[i].word) + 32;
	for (size_t i = 0; i < t->o->nrejected; i++)
		cap += strlen(t->o->rejected[i]) + 8;
	for (size_t i = 0; i < s->nmoney; i++)
		cap += 128 + strlen(s->money[i].metric);
	char *buf = calloc(1, cap);
	if (buf == NULL) {
		t->failed = 1;
		return;
	}
	if (s->rows == 0)
		add(buf, cap, "本期没有量化目标。");
	else {
		/* Each organisation's count while the sentence stays a
		 * sentence; beyond that the tables below say it. */
		enum { LISTED_ORGS = 8 };
		if (s->norgs <= LISTED_ORGS) {
			add(buf, cap, "本期共汇总量化目标%zu项，涉及%zu个单位：",
			    s->rows, s->norgs);
			for (size_t i = 0; i < s->norgs; i++)
				add(buf, cap, "%s%s%zu项", i ? "，" : "",
				    s->orgs[i].org, s->orgs[i].rows);
		} else
			add(buf, cap, "本期共汇总量化目标%zu项，涉及%zu个单位，"
			    "各单位数目见下表", s->rows, s->norgs);
		/* The cue words said; rows that say none are not counted
		 * as a kind of their own. */
		int said = 0;
		for (size_t i = 0; i < s->nmodality; i++) {
			if (s->modality[i].word[0] == '\0')
				continue;
			add(buf, cap, "%s%s%zu项", said ? "，" : "。其中",
			    s->modality[i].word, s->modality[i].n);
			said = 1;
		}
		add(buf, cap, "。");
	}
	if (s->nmoney > 0) {
		/* A sum only of one measure: 开票销售 and 投资 do not add. */
		add(buf, cap, "资金类目标");
		for (size_t i = 0; i < s->nmoney; i++) {
			const struct money *m = &s->money[i];
			const char *rmb = strcmp(m->currency, "元") == 0 ? "人民币" : "";
			if (m->one_metric && m->rows > 1) {
				char amount[64];
				format_money(m->amount, m->currency, amount,
				    sizeof amount);
				add(buf, cap, "%s%s%zu项，均为%s，合计%s", i ? "；" : "",
				    rmb[0] ? rmb : m->currency, m->rows, m->metric,
				    amount);
			} else
				add(buf, cap, "%s%s%zu项%s", i ? "；" : "",
				    rmb[0] ? rmb : m->currency, m->rows,
				    m->rows > 1 ? "（指标不同，不作加总）" : "");
		}
		add(buf, cap, "。");
	}
	if (s->problems > 0 && t->o->show_problems)
		add(buf, cap, "另有%zu项数据有误，已在表中以“※”标出，请核对。",
		    s->problems);
	if (t->o->previous != NULL)
		add(buf, cap, "与上期相比，新增%zu项，修改%zu项，不再出现%zu项%s。",
		    t->ch.nnew, t->ch.nchanged, t->ch.ngone,
		    t->ch.ngone > 0 ? "（列于文末）" : "");
	if (t->o->nrejected > 0) {
		/* The totals above lack these files: said where they are. */
		add(buf, cap, "※另有%zu个文件未能读取（", t->o->nrejected);
		for (size_t i = 0; i < t->o->nrejected; i++)
			add(buf, cap, "%s%s", i ? "、" : "", t->o->rejected[i]);
		add(buf, cap, "），其内容未计入以上统计，请核对。");
	}
	const char *text = drawable(t, buf);
	free(buf);
	if (text == NULL)
		return;
	struct span sp = {text, strlen(text), FONT_FANG, BODY_SIZE, BLACK};
	paragraph(t, &sp, 1, BODY_SIZE, BODY_SIZE * 0.5);
}

/* A bar chart of the number of targets by organisation, drawn with rules
 * and filled rectangles. Counts, because they add up whatever the targets
 * measure; sums of 开票销售 and 投资 would not. */
static void
count_chart(struct typesetter *t, const struct summary *s)
{
	size_t bars = 0;
	size_t *order = calloc(s->norgs + 1, sizeof *order);
	if (order == NULL) {
		t->failed = 1;
		return;
	}
	for (size_t i = 0; i < s->norgs; i++)
		order[bars++] = i;
	/* Largest first (insertion sort: stable, and bars are few). */
	for (size_t i = 1; i < bars; i++)
		for (size_t k = i; k > 0 && s->orgs[order[k]].rows >
		    s->orgs[order[k - 1]].rows; k--) {
			size_t tmp = order[k];
			order[k] = order[k - 1];
			order[k - 1] = tmp;
		}
	size_t most = bars > 0 ? s->orgs[order[0]].rows : 0;
	if (bars < 2 || most == 0) {
		free(order);
		return;
	}

	const double label_w = 7 * CELL_SIZE * 1.1, bar_h = CELL_SIZE * 1.3;
	const double gap = CELL_SIZE * 0.8, value_w = 9 * CELL_SIZE;
	double w = t->right - t->left;
	double plot_x = t->left + label_w + CELL_SIZE;
	double plot_w = w - label_w - CELL_SIZE - value_w;
	/* As many bars as half a page holds, or as the rest of this page
	 * holds when that is four or more (a chart moved whole to the next
	 * page would leave this one part blank); the rest summed in one
	 * line. */
	size_t fit = (size_t)(((t->top - t->bottom) / 2 - CELL_SIZE * 4) /
	    (bar_h + gap));
	double left_here = t->y - t->bottom - CELL_SIZE * 4;
	size_t fit_here = left_here > 0 ? (size_t)(left_here / (bar_h + gap)) : 0;
	if (fit_here >= 4 && fit_here < fit)
		fit = fit_here;
	size_t shown = bars <= fit ? bars : fit > 1 ? fit - 1 : 1;
	size_t rest = 0;
	for (size_t k = shown; k < bars; k++)
		rest += s->orgs[order[k]].rows;
	double height = CELL_SIZE * 3 + (double)(shown + (shown < bars)) *
	    (bar_h + gap);
	if (rest > most)
		most = rest; /* the bars keep one scale */

	need(t, height);
	const char *caption = drawable(t, "各单位量化目标数");
	if (caption == NULL) {
		free(order);
		return;
	}
	double cw = text_width(t->fs, FONT_HEI, CELL_SIZE + 1, caption,
	    strlen(caption));
	put_text(t, t->left + (w - cw) / 2, t->y - CELL_SIZE - 1, FONT_HEI,
	    CELL_SIZE + 1, BLACK, caption, strlen(caption));
	t->y -= CELL_SIZE * 2.4;
	double axis_top = t->y;
	for (size_t k = 0; k <= shown && k < bars; k++) {
		char value[64], others[64];
		size_t amount = k < shown ? s->orgs[order[k]].rows : rest;
		const char *name = k < shown ? s->orgs[order[k]].org : others;
		if (k == shown)
			snprintf(others, sizeof others, "其他%zu个单位", bars - shown);
		const char *label = drawable(t, name);
		if (label == NULL)
			break;
		/* A long name is cut to the label column, and says so; the
		 * tables below give it whole. */
		size_t len = strlen(label);
		int cut = 0;
		while (len > 0 && text_width(t->fs, FONT_SONG, CELL_SIZE, label,
		    len) + (cut ? CELL_SIZE : 0) > label_w) {
			cut = 1;
			do
				len--;
			while (len > 0 && (label[len] & 0xC0) == 0x80);
		}
		double mid = t->y - bar_h / 2;
		put_text(t, t->left, mid - CELL_SIZE * 0.35, FONT_SONG, CELL_SIZE,
		    BLACK, label, len);
		if (cut)
			put_text(t, t->left + text_width(t->fs, FONT_SONG,
			    CELL_SIZE, label, len), mid - CELL_SIZE * 0.35,
			    FONT_SONG, CELL_SIZE, BLACK, "…", strlen("…"));
		double bw = (double)amount / (double)most * plot_w;
		put_rect(t, plot_x, t->y - bar_h, bw > 0.5 ? bw : 0.5, bar_h,
		    BAR_FILL);
		snprintf(value, sizeof value, "%zu项", amount);
		put_text(t, plot_x + bw + CELL_SIZE * 0.4, mid - CELL_SIZE * 0.35,
		    FONT_SONG, CELL_SIZE, BLACK, value, strlen(value));
		t->y -= bar_h + gap;
	}
	put_rule(t, plot_x, t->y + gap / 2, 0, axis_top - t->y - gap / 2, 0.6,
	    GREY);
	t->y -= CELL_SIZE;
	free(order);
}

/* The 按单位汇总表: per organisation, its targets by the cue word that
 * governs them, and how many are money targets — counts, which add up
 * whatever the targets measure. A page break repeats the header row. */
static void
org_table(struct typesetter *t, const struct commitment_list *l,
    const struct summary *s)
{
	static const char *const label[] = {"单位", "目标数", "确保", "力争",
	    "预期", "其他措辞", "未注明", "资金类"};
	static const double share[] = {0.30, 0.10, 0.09, 0.09, 0.09, 0.11,
	    0.10, 0.12};
	enum { COLS = 8 };
	const double pitch = CELL_SIZE * CELL_LEADING;
	double w = t->right - t->left, x[COLS + 1];
	size_t total[COLS] = {0};

	if (s->norgs < 2)
		return;
	x[0] = t->left;
	for (int c = 0; c < COLS; c++)
		x[c + 1] = x[c] + share[c] * w;
	const char *caption = drawable(t, "按单位汇总");
	if (caption == NULL)
		return;
	need(t, CELL_SIZE * 3 + 3 * (pitch + 2 * CELL_PAD));
	double cw = text_width(t->fs, FONT_HEI, CELL_SIZE + 1, caption,
	    strlen(caption));
	put_text(t, t->left + (w - cw) / 2, t->y - CELL_SIZE - 1, FONT_HEI,
	    CELL_SIZE + 1, BLACK, caption, strlen(caption));
	t->y -= CELL_SIZE * 2.2;
	for (size_t i = 0; i <= s->norgs && !t->failed; i++) {
		/* Each organisation's row, then the total. */
		size_t n[COLS] = {0};
		const char *name = "合计";
		if (i < s->norgs) {
			const struct org_summary *o = &s->orgs[i];
			name = o->org;
			n[1] = o->rows;
			for (size_t k = 0; k < o->rows; k++) {
				const struct commitment *c =
				    &l->v[s->order[o->first + k]];
				const char *m = record_get(&c->rec, FIELD_MODALITY);
				char currency[16];
				int col = m[0] == '\0' ? 6 : strcmp(m, "确保") == 0 ?
				    2 : strcmp(m, "力争") == 0 ? 3 :
				    strcmp(m, "预期") == 0 ? 4 : 5;
				n[col]++;
				n[7] += money_scale(record_get(&c->rec,
				    FIELD_UNIT), currency) > 0;
			}
			for (int c = 1; c < COLS; c++)
				total[c] += n[c];
		} else
			memcpy(n, total, sizeof n);
		const char *nm = drawable(t, name);
		if (nm == NULL)
			return;
		struct span sp = {nm, strlen(nm), i < s->norgs ? FONT_SONG :
		    FONT_HEI, CELL_SIZE, BLACK};
		struct lines ls;
		break_text(t, &sp, 1, x[1] - x[0] - 2 * CELL_PAD, 0, &ls);
		size_t nl = ls.n > 0 ? ls.n : 1;
		double h = (double)nl * pitch + 2 * CELL_PAD;
		double header_h = pitch + 2 * CELL_PAD;
		/* The header on the first row of each page. */
		int header = i == 0;
		if (t->y - h - (header ? header_h : 0) < t->bottom) {
			new_page(t);
			header = 1;
		}
		if (header) {
			put_rect(t, t->left, t->y - header_h, w, header_h,
			    HEADER_FILL);
			for (int c = 0; c < COLS; c++) {
				double lw = text_width(t->fs, FONT_HEI, CELL_SIZE,
				    label[c], strlen(label[c]));
				put_text(t, x[c] + (x[c + 1] - x[c] - lw) / 2,
				    t->y - CELL_PAD - CELL_SIZE, FONT_HEI,
				    CELL_SIZE, BLACK, label[c], strlen(label[c]));
			}
			put_rule(t, t->left, t->y, w, 0, 0.8, BLACK);
			t->y -= header_h;
			put_rule(t, t->left, t->y, w, 0, 0.5, BLACK);
		}
		for (size_t k = 0; k < ls.n; k++)
			draw_line(t, &sp, &ls, &ls.v[k], x[0] + CELL_PAD,
			    t->y - CELL_PAD - CELL_SIZE - (double)k * pitch);
		lines_free(&ls);
		for (int c = 1; c < COLS; c++) {
			char num[24];
			snprintf(num, sizeof num, "%zu", n[c]);
			double nw = text_width(t->fs, FONT_SONG, CELL_SIZE, num,
			    strlen(num));
			put_text(t, x[c] + (x[c + 1] - x[c] - nw) / 2,
			    t->y - CELL_PAD - CELL_SIZE, FONT_SONG, CELL_SIZE,
			    BLACK, num, strlen(num));
		}
		for (int c = 0; c <= COLS; c++)
			put_rule(t, x[c], t->y - h, 0, h, c == 0 || c == COLS ?
			    0.5 : 0.3, c == 0 || c == COLS ? BLACK : GREY);
		t->y -= h;
		put_rule(t, t->left, t->y, w, 0, i + 1 >= s->norgs ? 0.8 : 0.3,
		    i + 1 >= s->norgs ? BLACK : GREY);
	}
	t->y -= CELL_SIZE;
}

/* A number as a plain decimal: 70000000000, 1200, 6.72, 0.1234567 (no
 * exponent, no thousands commas): the fewest decimals that read back as
 * the same double, so the clerk's digits come out as written. The reader
 * keeps values below 2^53 and not below 1E-9, which need at most 24
 * decimals and 44 bytes. */
static void
plain_number(double v, char *buf, size_t size)
{
	for (int decimals = 0; decimals <= 24; decimals++) {
		int n = snprintf(buf, size, "%.*f", decimals, v);
		if (n < 0 || (size_t)n >= size)
			break;
		if (strtod(buf, NULL) == v)
			return;
	}
	snprintf(buf, size, "%.24f", v);
}

/* The value and unit as a reader takes them in: a bare currency amount
 * that a spreadsheet turned into 7E+10 元 reads 700 亿元; others as plain
 * decimals in their own unit. */
static void
value_text(double v, const char *unit, char *num, size_t nsize, char *u,
    size_t usize)
{
	char currency[16];
	if (money_scale(unit, currency) == 1 && v >= 1e8 &&
	    fmod(v, 1e4) == 0) {
		plain_number(v / 1e8, num, nsize);
		snprintf(u, usize, "亿%s", currency);
		return;
	}
	plain_number(v, num, nsize);
	snprintf(u, usize, "%s", unit);
}

/* The 目标 cell as officials write it: 700亿元, 7家以上, 超过700亿元, 6%左右,
 * 4%以内, 低于4%, 3000～5000套; an upper bound given beside another
 * comparator is shown too: 3000套以上（上限5000套）. A row with a problem
 * shows its cells as written. */
static void
target_text(const struct commitment *c, char *buf, size_t size)
{
	const char *unit = record_get(&c->rec, FIELD_UNIT);
	char value[64], max[64], u[64], umax[64];

	if (c->problem != NULL) {
		snprintf(buf, size, "%s%s", record_get(&c->rec, FIELD_VALUE),
		    unit);
		return;
	}
	value_text(c->value, unit, value, sizeof value, u, sizeof u);
	int ranged = c->value_max != c->value;
	if (ranged) {
		value_text(c->value_max, unit, max, sizeof max, umax,
		    sizeof umax);
		if (strcmp(u, umax) != 0) {
			/* Not both in 亿元: both as written. */
			plain_number(c->value, value, sizeof value);
			plain_number(c->value_max, max, sizeof max);
			snprintf(u, sizeof u, "%s", unit);
		}
	}
	switch (c->cmp) {
	case CMP_RANGE:
		if (ranged)
			snprintf(buf, size, "%s～%s%s", value, max, u);
		else
			snprintf(buf, size, "%s%s", value, u);
		return;
	case CMP_GE:
		snprintf(buf, size, "%s%s以上", value, u);
		break;
	case CMP_GT:
		snprintf(buf, size, "超过%s%s", value, u);
		break;
	case CMP_APPROX:
		snprintf(buf, size, "%s%s左右", value, u);
		break;
	case CMP_LE:
		snprintf(buf, size, "%s%s以内", value, u);
		break;
	case CMP_LT:
		snprintf(buf, size, "低于%s%s", value, u);
		break;
	default:
		snprintf(buf, size, "%s%s", value, u);
		break;
	}
	if (ranged) {
		size_t n = strlen(buf);
		snprintf(buf + n, size - n, "（上限%s%s）", max, u);
	}
}

/* The period as a reader says it: the year the extractor read a time
 * word as, with the word where it says more (全年（2023年） → 2023年,
 * 年底前（2024年） → 2024年底前, 10月底前（2023年） → 2023年10月底前). */
static void
period_text(const struct commitment *c, char *buf, size_t size)
{
	static const char *const whole[] = {"全年", "今年", "本年", "当年",
	    "年度", "本年度"};
	const char *p = record_get(&c->rec, FIELD_PERIOD);
	const char *open = strstr(p, "（");
	size_t n = strlen(p);
	if (open == NULL || n < 6 || strcmp(p + n - 3, "）") != 0) {
		snprintf(buf, size, "%s", p);
		return;
	}
	int word = (int)(open - p);
	const char *year = open + 3;
	int ylen = (int)(p + n - 3 - year);
	for (size_t k = 0; k < sizeof whole / sizeof whole[0]; k++)
		if ((size_t)word == strlen(whole[k]) &&
		    strncmp(p, whole[k], (size_t)word) == 0) {
			snprintf(buf, size, "%.*s", ylen, year);
			return;
		}
	/* 年底前 after 2024年: one 年. */
	if (strncmp(p, "年", 3) == 0 && ylen >= 3 &&
	    strncmp(year + ylen - 3, "年", 3) == 0) {
		snprintf(buf, size, "%.*s%.*s", ylen - 3, year, word, p);
		return;
	}
	/* A part of the year (上半年, 三季度, 6月底前) follows it; a span
	 * (今后一年, 用三年时间) is the years it stands for. */
	int part = 0;
	static const char *const parts[] = {"半年", "季度", "月"};
	char w[96];
	snprintf(w, sizeof w, "%.*s", word, p);
	for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
		if (strstr(w, parts[k]) != NULL)
			part = 1;
	if (part)
		snprintf(buf, size, "%.*s%.*s", ylen, year, word, p);
	else
		snprintf(buf, size, "%.*s", ylen, year);
}

/* The target as the text commits to it: the cue word before it
 * (力争超过700亿元, 确保8家), as a reader says it. */
static void
worded_target(const struct commitment *c, char *buf, size_t size)
{
	const char *cue = record_get(&c->rec, FIELD_MODALITY);
	size_t n = strlen(cue);
	if (n + 1 >= size)
		n = 0;
	memcpy(buf, cue, n);
	target_text(c, buf + n, size - n);
}

/* Where the quote states the value, to be emphasised: the note's 原文
 * span when the number was written in words, else the value's digits with
 * the unit after them. Sets [*a, *b); 0 when it is not found. */
static int
find_number(const struct commitment *c, const char *quote, size_t *a,
    size_t *b)
{
	const char *note = record_get(&c->rec, FIELD_NOTE);
	const char *value = record_get(&c->rec, FIELD_VALUE);
	const char *unit = record_get(&c->rec, FIELD_UNIT);
	const char *prefix = "原文：", *hit;
	char written[128];

	if (strncmp(note, prefix, strlen(prefix)) == 0) {
		const char *w = note + strlen(prefix), *end = strstr(w, "（");
		size_t n = end ? (size_t)(end - w) : strlen(w);
		if (n > 0 && n < sizeof written) {
			memcpy(written, w, n);
			written[n] = '\0';
			if ((hit = strstr(quote, written)) != NULL) {
				*a = (size_t)(hit - quote);
				*b = *a + n;
				return 1;
			}
		}
	}
	if (value[0] == '\0')
		return 0;
	for (hit = strstr(quote, value); hit; hit = strstr(hit + 1, value)) {
		size_t start = (size_t)(hit - quote), end = start + strlen(value);
		/* Not the 20 of 2020 nor the 5 of 5.5. */
		if ((start > 0 && ((quote[start - 1] >= '0' && quote[start - 1] <= '9') ||
		    quote[start - 1] == '.')) ||
		    (quote[end] >= '0' && quote[end] <= '9') ||
		    (quote[end] == '.' && quote[end + 1] >= '0' && quote[end + 1] <= '9'))
			continue;
		size_t after = end + (quote[end] == ' ');
		if (unit[0] && strncmp(quote + after, unit, strlen(unit)) == 0)
			end = after + strlen(unit);
		*a = start;
		*b = end;
		return 1;
	}
	return 0;
}

/* Whether s[0..n) is a run of hexadecimal digits long enough to be a
 * hash (a crawler's 7983defb64ef797f), which tells a reader nothing. */
static int
is_hash(const char *s, size_t n)
{
	return n >= 12 && strspn(s, "0123456789abcdefABCDEF") >= n;
}

/* The document a row comes from, as a reader can use it: the article's
 * title in 《》 when the CSV names one, else the file's name without its
 * extension and without a hash; 手工添加 for a row a clerk added. Returns
 * a malloc'd string, or NULL when memory runs out. */
static char *
source_name(const struct commitment *c)
{
	const char *src = record_get(&c->rec, FIELD_SOURCE);
	const char *article = record_get(&c->rec, FIELD_ARTICLE);
	const char *base = strrchr(src, '/');
	size_t size = strlen(src) + strlen(article) + 16;
	char *buf = malloc(size);
	if (buf == NULL)
		return NULL;
	if (src[0] == '\0') {
		snprintf(buf, size, "手工添加");
		return buf;
	}
	base = base ? base + 1 : src;
	const char *dot = strrchr(base, '.');
	size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
	/* 000_7983defb64ef797f: the number before the hash is kept. */
	const char *us = memchr(base, '_', n);
	if (us != NULL && is_hash(us + 1, n - (size_t)(us + 1 - base)))
		n = (size_t)(us - base);
	else if (is_hash(base, n))
		n = 0;
	if (article[0] != '\0')
		snprintf(buf, size, "《%s》", article);
	else
		snprintf(buf, size, "%.*s", (int)n, base);
	return buf;
}

/* The 来源 cell: the document and the line (第119行), or only the line
 * when the table has said the document above it (named). */
static void
source_text(const struct commitment *c, int named, char *buf, size_t size)
{
	const char *line = record_get(&c->rec, FIELD_LINE);
	size_t n = 0;
	if (!named || record_get(&c->rec, FIELD_SOURCE)[0] == '\0') {
		char *name = source_name(c);
		snprintf(buf, size, "%s", name ? name : "");
		free(name);
		n = strlen(buf);
	}
	if (record_get(&c->rec, FIELD_SOURCE)[0] != '\0' && line[0] != '\0')
		snprintf(buf + n, size - n, "第%s行", line);
	else if (n == 0 && size > 0)
		buf[0] = '\0';
}

/* The most numbers marked in one quote: its row's and those of the rows
 * below that share its sentence. */
enum { MARKED_MAX = 8 };

struct cell {
	struct span spans[2 * MARKED_MAX + 1];
	size_t nspans;
	struct lines lines;
};

struct row {
	struct cell cells[NCOLS];
	struct lines problem;  /* the red note of a marked row */
	struct span problem_span;
	double height;
};

static double
column_x(const struct typesetter *t, int col)
{
	double x = t->left;
	for (int i = 0; i < col; i++)
		x += t->colw[i];
	return x;
}

static double
column_w(const struct typesetter *t, int col)
{
	return t->colw[col];
}

/* The width of one line of s in a row's face, padded. */
static double
cell_width(const struct typesetter *t, const char *s)
{
	return text_width(t->fs, FONT_SONG, ROW_SIZE, s, strlen(s)) +
	    2 * CELL_PAD + 1;
}

/* Sizes the columns of the row tables to their texts over all rows:
 * each to its longest text on one line, between its label's width and
 * its share; 原文 gets the rest. */
static void
size_columns(struct typesetter *t, const struct commitment_list *l)
{
	const double width = t->right - t->left;
	double need[NCOLS];
	char buf[1024];
	for (int i = 0; i < NCOLS; i++)
		need[i] = text_width(t->fs, FONT_HEI, ROW_SIZE, columns[i].label,
		    strlen(columns[i].label)) + 2 * CELL_PAD + 1;
	for (size_t k = 0; k < l->n; k++) {
		const struct commitment *c = &l->v[k];
		double w[NCOLS] = {0};
		snprintf(buf, sizeof buf, "%s%s", c->problem ? "※" : "",
		    record_get(&c->rec, FIELD_METRIC));
		w[COL_METRIC] = cell_width(t, buf);
		worded_target(c, buf, sizeof buf);
		w[COL_TARGET] = cell_width(t, buf);
		period_text(c, buf, sizeof buf);
		w[COL_PERIOD] = cell_width(t, buf);
		source_text(c, 1, buf, sizeof buf);
		w[COL_SOURCE] = cell_width(t, buf);
		for (int i = 0; i < NCOLS; i++)
			if (i != COL_QUOTE && w[i] > need[i])
				need[i] = w[i];
	}
	double used = 0, spare = 0, least[NCOLS];
	for (int i = 0; i < NCOLS; i++) {
		double most = columns[i].share * width;
		least[i] = text_width(t->fs, FONT_HEI, ROW_SIZE, columns[i].label,
		    strlen(columns[i].label)) + 2 * CELL_PAD + 1;
		t->colw[i] = need[i] < most ? need[i] : most;
		if (i != COL_QUOTE) {
			used += t->colw[i];
			spare += t->colw[i] - least[i];
		}
	}
	/* Too little left for the sentences: the others give up the same
	 * part of what they have beyond their labels. */
	double short_by = columns[COL_QUOTE].share * width - (width - used);
	if (short_by > 0 && spare > 0) {
		double keep = short_by < spare ? 1 - short_by / spare : 0;
		used = 0;
		for (int i = 0; i < NCOLS; i++)
			if (i != COL_QUOTE) {
				t->colw[i] = least[i] + (t->colw[i] - least[i]) * keep;
				used += t->colw[i];
			}
	}
	t->colw[COL_QUOTE] = width - used;
}

/* Sets one cell's text in plain Song. */
static void
plain_cell(struct typesetter *t, struct cell *cell, int col, const char *text)
{
	const char *s = drawable(t, text);
	cell->nspans = 1;
	cell->spans[0] = (struct span){s ? s : "", s ? strlen(s) : 0, FONT_SONG,
	    ROW_SIZE, BLACK};
	break_text(t, cell->spans, 1, column_w(t, col) - 2 * CELL_PAD, 0,
	    &cell->lines);
}

/* Typesets the cells of row c; its height is the tallest cell. */
static void
make_row(struct typesetter *t, const struct commitment *c, const char *mark,
    int quote_above, const struct commitment *const *also, size_t nalso,
    struct row *r)
{
	const double pitch = ROW_SIZE * CELL_LEADING;

	memset(r, 0, sizeof *r);
	/* Room for the longest of the texts made below, whole: a cell is
	 * never cut in the middle of a character. */
	size_t size = 256 + strlen(record_get(&c->rec, FIELD_METRIC)) +
	    strlen(record_get(&c->rec, FIELD_ARTICLE)) +
	    strlen(record_get(&c->rec, FIELD_VALUE)) +
	    strlen(record_get(&c->rec, FIELD_UNIT)) +
	    strlen(record_get(&c->rec, FIELD_SOURCE)) +
	    strlen(record_get(&c->rec, FIELD_LINE)) +
	    (c->problem ? strlen(c->problem) : 0) +
	    (c->file ? strlen(c->file) : 0);
	char *buf = malloc(size);
	if (buf == NULL) {
		t->failed = 1;
		return;
	}
	int marked = c->problem != NULL && t->o->show_problems;
	snprintf(buf, size, "%s%s%s%s%s", marked ? "※" : "",
	    mark ? "【" : "", mark ? mark : "", mark ? "】" : "",
	    record_get(&c->rec, FIELD_METRIC));
	plain_cell(t, &r->cells[COL_METRIC], COL_METRIC, buf);
	worded_target(c, buf, size);
	plain_cell(t, &r->cells[COL_TARGET], COL_TARGET, buf);
	period_text(c, buf, size);
	plain_cell(t, &r->cells[COL_PERIOD], COL_PERIOD, buf);
	source_text(c, t->source_named, buf, size);
	plain_cell(t, &r->cells[COL_SOURCE], COL_SOURCE, buf);

	/* The quote, its number in dark red. The same face as the rest: a
	 * face of other metrics on the line would not sit on its baseline
	 * for text extractors. */
	struct cell *q = &r->cells[COL_QUOTE];
	/* The sentence of the row above, said once: 同上. */
	const char *quote = drawable(t, quote_above ? "同上" :
	    record_get(&c->rec, FIELD_QUOTE));
	/* Each number the sentence commits to in this row and the rows
	 * below that share it (同上): dark red, and underlined, since red
	 * prints as black on a greyscale printer. */
	size_t ra[MARKED_MAX], rb[MARKED_MAX], nr = 0, a, b;
	for (size_t k = 0; quote != NULL && !quote_above && k <= nalso &&
	     nr < MARKED_MAX; k++) {
		if (!find_number(k == 0 ? c : also[k - 1], quote, &a, &b))
			continue;
		size_t at = nr;
		while (at > 0 && ra[at - 1] > a)
			at--;
		/* Two rows may name one number: marked once. */
		if ((at > 0 && rb[at - 1] > a) || (at < nr && ra[at] < b))
			continue;
		memmove(ra + at + 1, ra + at, (nr - at) * sizeof *ra);
		memmove(rb + at + 1, rb + at, (nr - at) * sizeof *rb);
		ra[at] = a;
		rb[at] = b;
		nr++;
	}
	const char *qs = quote ? quote : "";
	size_t pos = 0;
	q->nspans = 0;
	for (size_t k = 0; k < nr; k++) {
		if (ra[k] > pos)
			q->spans[q->nspans++] = (struct span){qs + pos, ra[k] - pos,
			    FONT_SONG, ROW_SIZE, BLACK};
		q->spans[q->nspans++] = (struct span){qs + ra[k], rb[k] - ra[k],
		    FONT_SONG, ROW_SIZE, DARK_RED, 1};
		pos = rb[k];
	}
	if (pos < strlen(qs) || q->nspans == 0)
		q->spans[q->nspans++] = (struct span){qs + pos, strlen(qs) - pos,
		    FONT_SONG, ROW_SIZE, BLACK};
	break_text(t, q->spans, q->nspans, column_w(t, COL_QUOTE) - 2 * CELL_PAD,
	    0, &q->lines);

	size_t most = 1;
	for (int i = 0; i < NCOLS; i++)
		if (r->cells[i].lines.n > most)
			most = r->cells[i].lines.n;
	r->height = most * pitch + 2 * CELL_PAD;
	if (marked) {
		const char *base = c->file ? strrchr(c->file, '/') : NULL;
		snprintf(buf, size, "※ %s第%zu行：%s",
		    base ? base + 1 : c->file ? c->file : "", c->row, c->problem);
		const char *p = drawable(t, buf);
		r->problem_span = (struct span){p ? p : "", p ? strlen(p) : 0,
		    FONT_SONG, ROW_SIZE, RED};
		break_text(t, &r->problem_span, 1, t->right - t->left -
		    2 * CELL_PAD, 0, &r->problem);
		r->height += r->problem.n * pitch + 2 * CELL_PAD;
	}
	free(buf);
}

static void
free_row(struct row *r)
{
	for (int i = 0; i < NCOLS; i++)
		lines_free(&r->cells[i].lines);
	lines_free(&r->problem);
}

/* The table's header row, on grey. */
static void
header_row(struct typesetter *t)
{
	const double h = ROW_SIZE * CELL_LEADING + 2 * CELL_PAD;
	double w = t->right - t->left;

	put_rect(t, t->left, t->y - h, w, h, HEADER_FILL);
	for (int i = 0; i < NCOLS; i++) {
		double cw = text_width(t->fs, FONT_HEI, ROW_SIZE, columns[i].label,
		    strlen(columns[i].label));
		put_text(t, column_x(t, i) + (column_w(t, i) - cw) / 2,
		    t->y - CELL_PAD - ROW_SIZE, FONT_HEI, ROW_SIZE, BLACK,
		    columns[i].label, strlen(columns[i].label));
	}
	put_rule(t, t->left, t->y, w, 0, 0.8, BLACK);
	put_rule(t, t->left, t->y - h, w, 0, 0.5, BLACK);
	t->y -= h;
}

/* The most lines of any cell of r. */
static size_t
row_lines(const struct row *r)
{
	size_t most = 1;
	for (int i = 0; i < NCOLS; i++)
		if (r->cells[i].lines.n > most)
			most = r->cells[i].lines.n;
	return most;
}

/* Draws lines [from, to) of row r's cells at the cursor, with their grid
 * lines, and the note of a marked row when to is its last line. */
static void
draw_row_part(struct typesetter *t, struct row *r, size_t from, size_t to)
{
	const double pitch = ROW_SIZE * CELL_LEADING;
	double top = t->y, w = t->right - t->left;
	size_t most = row_lines(r);
	int last = to >= most;

	for (int i = 0; i < NCOLS; i++) {
		struct cell *c = &r->cells[i];
		for (size_t k = from; k < to && k < c->lines.n; k++)
			draw_line(t, c->spans, &c->lines, &c->lines.v[k],
			    column_x(t, i) + CELL_PAD,
			    top - CELL_PAD - ROW_SIZE - (double)(k - from) * pitch);
	}
	double cells_bottom = top - (double)(to - from) * pitch - 2 * CELL_PAD;
	double bottom = cells_bottom;
	if (last && r->problem.n > 0) {
		for (size_t k = 0; k < r->problem.n; k++)
			draw_line(t, &r->problem_span, &r->problem,
			    &r->problem.v[k], t->left + CELL_PAD,
			    cells_bottom - CELL_PAD - ROW_SIZE - (double)k * pitch);
		bottom -= (double)r->problem.n * pitch + 2 * CELL_PAD;
		/* Column rules stop above the note, which runs the width of
		 * the table. */
		put_rule(t, t->left, cells_bottom, w, 0, 0.3, GREY);
	}
	for (int i = 1; i < NCOLS; i++)
		put_rule(t, column_x(t, i), cells_bottom, 0, top - cells_bottom,
		    0.3, GREY);
	put_rule(t, t->left, bottom, 0, top - bottom, 0.5, BLACK);
	put_rule(t, t->right, bottom, 0, top - bottom, 0.5, BLACK);
	put_rule(t, t->left, bottom, w, 0, 0.3, GREY);
	t->y = bottom;
}

/* Draws row r at the cursor, whole. */
static void
draw_row(struct typesetter *t, struct row *r)
{
	draw_row_part(t, r, 0, row_lines(r));
}

/* Sets the "来源：…" line (drawable) above a table, in 楷体, wrapped; when
 * draw is 0, only measures it. Returns the height it takes. */
static double
source_line(struct typesetter *t, const char *text, int draw)
{
	const double pitch = ROW_SIZE * CELL_LEADING;
	struct span sp = {text, strlen(text), FONT_KAI, ROW_SIZE, BLACK};
	struct lines ls;
	break_text(t, &sp, 1, t->right - t->left, 0, &ls);
	for (size_t i = 0; draw && i < ls.n; i++) {
		need(t, pitch);
		draw_line(t, &sp, &ls, &ls.v[i], t->left, t->y - ROW_SIZE);
		t->y -= pitch;
	}
	double h = (double)ls.n * pitch + CELL_PAD;
	lines_free(&ls);
	if (draw)
		t->y -= CELL_PAD;
	return h;
}

/* Starts a page of a table that goes on from the page before: whose
 * targets it shows (the heading and （续）), its document, then the header
 * row. */
static void
table_page(struct typesetter *t, const char *whose)
{
	new_page(t);
	if (whose != NULL) {
		size_t n = strlen(whose) + sizeof "（续）";
		char *text = malloc(n);
		if (text == NULL) {
			t->failed = 1;
			return;
		}
		snprintf(text, n, "%s（续）", whose);
		heading(t, text, FONT_KAI, H2_SIZE, 0);
		free(text);
	}
	/* The cells say only a line: the page says of which document. */
	if (t->source_named && t->source_line != NULL)
		source_line(t, t->source_line, 1);
	header_row(t);
}

/* A table of the rows idx[0..n) of l, under the heading whose (repeated
 * with （续） on every page it goes on to, with the header row). A row
 * goes whole to the next page when it does not fit; one taller than a
 * page is split between pages by lines. Each row is marked by
 * marks[row] when marks is given, or by its organisation when by_org is
 * set (a table under no organisation heading). */
/* The "来源：…" line (drawable, kept for the layout's lifetime) of the
 * document row c comes from, or NULL when it has none to name (手工添加). */
static const char *
source_said(struct typesetter *t, const struct commitment *c)
{
	char *name = source_name(c);
	const char *d = NULL;
	if (name != NULL && name[0] != '\0' && strcmp(name, "手工添加") != 0) {
		size_t size = strlen(name) + 16;
		char *said = malloc(size);
		if (said != NULL) {
			snprintf(said, size, "来源：%s", name);
			d = drawable(t, said);
			free(said);
		}
	}
	free(name);
	return d;
}

/* Whether row k of idx opens a run of another document than row k - 1's
 * (or memory ran out naming them). */
static int
opens_run(const struct commitment_list *l, const size_t *idx, size_t k)
{
	if (k == 0)
		return 1;
	char *a = source_name(&l->v[idx[k - 1]]);
	char *b = source_name(&l->v[idx[k]]);
	int other = a == NULL || b == NULL || strcmp(a, b) != 0;
	free(a);
	free(b);
	return other;
}

/* Whether the rows idx[0..n) of l are set in runs by document, each run
 * under its own "来源：…" line and its cells giving only the line: when
 * they come from one document, or the runs are two rows long or more on
 * average. Otherwise each cell names its document. */
static int
in_runs(const struct commitment_list *l, const size_t *idx, size_t n)
{
	size_t runs = 0;
	for (size_t k = 0; k < n; k++)
		runs += opens_run(l, idx, k);
	return runs == 1 || 2 * runs <= n;
}

/* The fewest lines of a row that are set on a page when it is split. */
enum { SPLIT_LINES = 2 };

/* The least of row r that a page must hold to start it: its first lines
 * when it is long enough to be split, else all of it. */
static double
row_start_height(const struct row *r)
{
	if (row_lines(r) >= 2 * SPLIT_LINES && r->problem.n == 0)
		return SPLIT_LINES * ROW_SIZE * CELL_LEADING + 2 * CELL_PAD;
	return r->height;
}

static void
rows_table(struct typesetter *t, const struct commitment_list *l,
    const size_t *idx, size_t n, const char *const *marks, int by_org,
    const char *whose)
{
	const double pitch = ROW_SIZE * CELL_LEADING;
	const double header_h = pitch + 2 * CELL_PAD;
	int header_drawn = 0;

	/* Each document's rows under one line that names it, in 楷体, and
	 * each row gives only its line: a column wide enough for the names
	 * made every row five lines tall. */
	int runs = !by_org && in_runs(l, idx, n);
	t->source_line = NULL;
	t->source_named = 0;

	const char *quote_above = NULL;
	for (size_t k = 0; k < n && !t->failed; k++) {
		struct row r;
		const struct commitment *c = &l->v[idx[k]];
		const char *quote = record_get(&c->rec, FIELD_QUOTE);
		int new_run = runs && opens_run(l, idx, k);
		if (new_run) {
			t->source_line = source_said(t, c);
			t->source_named = t->source_line != NULL;
			if (k == 0 && t->source_named)
				source_line(t, t->source_line, 1);
		}
		/* Rows of one sentence print it once, on the same page. */
		int same = quote_above != NULL && quote[0] != '\0' &&
		    strcmp(quote, quote_above) == 0;
		/* The rows below of the same sentence: their numbers are
		 * marked in it here. */
		const struct commitment *also[MARKED_MAX];
		size_t nalso = 0;
		for (size_t j = k + 1; j < n && nalso < MARKED_MAX &&
		     strcmp(record_get(&l->v[idx[j]].rec, FIELD_QUOTE),
		     quote) == 0; j++)
			also[nalso++] = &l->v[idx[j]];
		const char *mark = by_org ? row_org(c) : marks ? marks[idx[k]] :
		    NULL;
		make_row(t, c, mark, same, also, same ? 0 : nalso, &r);
		if (same && r.height > t->y - t->bottom) {
			/* It goes to the next page: the sentence again. */
			free_row(&r);
			make_row(t, c, mark, 0, also, nalso, &r);
		}
		quote_above = quote;
		double room = t->y - t->bottom;
		if (new_run && k > 0) {
			/* The next document's line and header stay with the
			 * first lines of its first row. */
			double said = t->source_named ?
			    source_line(t, t->source_line, 0) : 0;
			if (said + header_h + row_start_height(&r) > room) {
				table_page(t, whose);
			} else {
				t->y -= ROW_SIZE / 2;
				if (t->source_named)
					source_line(t, t->source_line, 1);
				header_row(t);
			}
			room = t->y - t->bottom;
		}
		if (!header_drawn) {
			/* The heading was kept with the first row. */
			header_row(t);
			header_drawn = 1;
			room = t->y - t->bottom;
		}
		if (r.height <= room) {
			draw_row(t, &r);
			free_row(&r);
			continue;
		}
		/* What a fresh page holds below its heading and header. */
		double page = t->top - t->bottom - header_h - H2_SIZE * 3.6;
		size_t most = row_lines(&r), from = 0;
		/* A row taller than the room left is split there when at
		 * least two of its lines stay on this page and two go on;
		 * moved whole, it left up to a third of a page blank. */
		size_t here = room > 2 * CELL_PAD ?
		    (size_t)((room - 2 * CELL_PAD) / pitch) : 0;
		int split = here >= SPLIT_LINES && most >= 2 * SPLIT_LINES &&
		    r.problem.n == 0;
		if (r.height <= page && !split) {
			table_page(t, whose);
			draw_row(t, &r);
			free_row(&r);
			continue;
		}
		/* Split: as many lines as fit on each page, then on. */
		while (from < most && !t->failed) {
			room = t->y - t->bottom;
			size_t fit = room > 2 * CELL_PAD ?
			    (size_t)((room - 2 * CELL_PAD) / pitch) : 0;
			if (fit >= most - from) {
				double note = r.problem.n > 0 ?
				    (double)r.problem.n * pitch + 2 * CELL_PAD : 0;
				if ((double)(most - from) * pitch + 2 * CELL_PAD +
				    note <= room) {
					draw_row_part(t, &r, from, most);
					break;
				}
				/* The note does not fit after the last line:
				 * the last line goes with it. */
				fit = most - from - 1;
			}
			/* Never fewer than SPLIT_LINES of a row on the next
			 * page. */
			if (most - from - fit < SPLIT_LINES)
				fit = most - from > SPLIT_LINES ?
				    most - from - SPLIT_LINES : 0;
			if (fit > 0) {
				draw_row_part(t, &r, from, from + fit);
				from += fit;
			}
			table_page(t, whose);
		}
		free_row(&r);
	}
	t->y -= ROW_SIZE;
}

/* The rows of the previous briefing that this one no longer has, under
 * a heading numbered number. */
static void
gone_table(struct typesetter *t, const struct commitment_list *before,
    const char *number)
{
	const double header_h = ROW_SIZE * CELL_LEADING + 2 * CELL_PAD;
	const struct commitment *first = &before->v[t->ch.gone[0]];
	char title[64];
	struct row r;

	snprintf(title, sizeof title, "%s、不再出现的目标", number);
	make_row(t, first, row_org(first), 0, NULL, 0, &r);
	double first_h = r.height;
	free_row(&r);
	if (layout_add_outline(t->l, title, t->l->npages - 1, t->y, 0) != 0)
		t->failed = 1;
	heading(t, title, FONT_HEI, H1_SIZE, header_h + first_h);
	rows_table(t, before, t->ch.gone, t->ch.ngone, NULL, 1, title);
}

/* The first row of org, for keeping a heading with it. */
static double
first_row_height(struct typesetter *t, const struct commitment_list *rows,
    const struct summary *s, const struct org_summary *org)
{
	if (org->rows == 0)
		return 0;
	struct row r;
	size_t i = s->order[org->first];
	/* The line above the table that names its first document; the
	 * row's cell then gives only the line. */
	const char *said = in_runs(rows, s->order + org->first, org->rows) ?
	    source_said(t, &rows->v[i]) : NULL;
	t->source_named = said != NULL;
	make_row(t, &rows->v[i], t->ch.mark ? t->ch.mark[i] : NULL, 0, NULL, 0,
	    &r);
	/* A long row is split between pages: its first lines are enough
	 * to keep the heading company. */
	double h = row_start_height(&r);
	free_row(&r);
	if (said != NULL)
		h += source_line(t, said, 0);
	return h;
}

/* Chinese ordinal of n (1-based) for headings: 一 … 九十九. */
static void
ordinal(size_t n, char *buf, size_t size)
{
	static const char *const digit[] = {"", "一", "二", "三", "四", "五",
	    "六", "七", "八", "九"};
	if (n < 10)
		snprintf(buf, size, "%s", digit[n]);
	else if (n < 20)
		snprintf(buf, size, "十%s", digit[n % 10]);
	else if (n < 100)
		snprintf(buf, size, "%s十%s", digit[n / 10], digit[n % 10]);
	else
		snprintf(buf, size, "%zu", n);
}

/* The 报尾 at the foot of the last page: 报/送/发 lines between rules, a
 * line of 编辑/审核/签发 with the print run, and the issuing unit with
 * the 印发 date. */
static void
tail_block(struct typesetter *t)
{
	const struct briefing_options *o = t->o;
	const char *who[3] = {o->report_to, o->send_to, o->issue_to};
	const char *label[3] = {"报：", "送：", "发："};
	const double pitch = TAIL_SIZE * 1.9;
	double w = t->right - t->left;
	struct span sp[3];
	struct lines ls[3], tl[2];
	char staff[512] = "", copies[64] = "", date[64], issued[96];
	int any = o->copies > 0;

	/* 编辑：甲　审核：乙　签发：丙 — those given. */
	const char *names[3] = {o->editor, o->reviewer, o->signer};
	const char *roles[3] = {"编辑：", "审核：", "签发："};
	for (int i = 0; i < 3; i++)
		if (names[i] != NULL && names[i][0] != '\0') {
			add(staff, sizeof staff, "%s%s%s", staff[0] ? "　　" : "",
			    roles[i], names[i]);
			any = 1;
		}
	if (o->copies > 0)
		snprintf(copies, sizeof copies, "（共印%ld份）", o->copies);
	format_date(o->date, date, sizeof date);
	snprintf(issued, sizeof issued, "%s印发", date);

	/* Each list of recipients wrapped after its label, so that a long
	 * one takes more lines instead of running off the paper. */
	double lw = text_width(t->fs, FONT_FANG, TAIL_SIZE, "报：",
	    strlen("报："));
	size_t lines = 0;
	memset(tl, 0, sizeof tl);
	for (int i = 0; i < 3; i++) {
		memset(&ls[i], 0, sizeof ls[i]);
		if (who[i] == NULL || who[i][0] == '\0')
			continue;
		size_t n = strlen(who[i]) + 4;
		char *text = malloc(n);
		if (text == NULL) {
			t->failed = 1;
			return;
		}
		snprintf(text, n, "%s。", who[i]);
		const char *d = drawable(t, text);
		free(text);
		if (d == NULL)
			return;
		sp[i] = (struct span){d, strlen(d), FONT_FANG, TAIL_SIZE, BLACK};
		break_text(t, &sp[i], 1, w - 2 * TAIL_SIZE - lw, 0, &ls[i]);
		lines += ls[i].n;
		any = 1;
	}
	if (!any)
		goto done;
	/* Two lines below them, each with text on the left (wrapped when
	 * long) and a note on the right: staff and print run, unit and
	 * date. */
	int staff_line = staff[0] != '\0' || copies[0] != '\0';
	const char *left[2] = {staff, o->unit}, *right[2] = {copies, issued};
	struct span lsp[2];
	double rw[2];
	for (int k = 0; k < 2; k++) {
		const char *l = drawable(t, left[k]), *r = drawable(t, right[k]);
		if (l == NULL || r == NULL)
			goto done;
		right[k] = r;
		rw[k] = text_width(t->fs, FONT_FANG, TAIL_SIZE, r, strlen(r));
		lsp[k] = (struct span){l, strlen(l), FONT_FANG, TAIL_SIZE, BLACK};
		break_text(t, &lsp[k], 1, w - 3 * TAIL_SIZE - rw[k], 0, &tl[k]);
		if (k == 1 || staff_line)
			lines += tl[k].n > 0 ? tl[k].n : 1;
	}
	need(t, (double)lines * pitch + 2 * MM);
	/* The last rule sits on the bottom edge of the type area. */
	double y = t->bottom + (double)lines * pitch;
	put_rule(t, t->left, y, w, 0, 1.0, BLACK);
	for (int i = 0; i < 3; i++) {
		for (size_t k = 0; k < ls[i].n; k++) {
			y -= pitch;
			if (k == 0)
				put_text(t, t->left + TAIL_SIZE, y + pitch * 0.32,
				    FONT_FANG, TAIL_SIZE, BLACK, label[i],
				    strlen(label[i]));
			draw_line(t, &sp[i], &ls[i], &ls[i].v[k],
			    t->left + TAIL_SIZE + lw, y + pitch * 0.32);
		}
		if (ls[i].n > 0)
			put_rule(t, t->left, y, w, 0, 0.7, BLACK);
	}
	for (int k = staff_line ? 0 : 1; k < 2; k++) {
		size_t n = tl[k].n > 0 ? tl[k].n : 1;
		for (size_t i = 0; i < n; i++) {
			y -= pitch;
			if (i < tl[k].n)
				draw_line(t, &lsp[k], &tl[k], &tl[k].v[i],
				    t->left + TAIL_SIZE, y + pitch * 0.32);
			if (i == 0)
				put_text(t, t->right - TAIL_SIZE - rw[k],
				    y + pitch * 0.32, FONT_FANG, TAIL_SIZE, BLACK,
				    right[k], strlen(right[k]));
		}
		if (k == 0)
			put_rule(t, t->left, y, w, 0, 0.7, BLACK);
	}
	put_rule(t, t->left, t->bottom, w, 0, 1.0, BLACK);
	t->y = t->bottom;
done:
	for (int i = 0; i < 3; i++)
		lines_free(&ls[i]);
	for (int k = 0; k < 2; k++)
		lines_free(&tl[k]);
}

/* Page numbers — N — 7 mm below the type area: odd pages right and even
 * pages left, 空一字 from the edge, or all centred. The dashes stand half
 * an em from the number whatever the width of a space in the Latin face. */
static void
page_numbers(struct typesetter *t)
{
	static const char dash[] = "—";
	double dash_w = text_width(t->fs, FONT_FANG, PAGE_NO_SIZE, dash,
	    strlen(dash)), gap = PAGE_NO_SIZE / 2;

	for (size_t i = 0; i < t->l->npages; i++) {
		char num[24];
		snprintf(num, sizeof num, "%zu", i + 1);
		t->page = &t->l->pages[i];
		double num_w = text_width(t->fs, FONT_FANG, PAGE_NO_SIZE, num,
		    strlen(num));
		double w = 2 * dash_w + 2 * gap + num_w, x;
		if (t->o->centre_page_numbers)
			x = t->left + (t->right - t->left - w) / 2;
		else if (i % 2 == 0)
			x = t->right - PAGE_NO_SIZE - w;
		else
			x = t->left + PAGE_NO_SIZE;
		double y = t->bottom - 7 * MM - PAGE_NO_SIZE * 0.8;
		put_text(t, x, y, FONT_FANG, PAGE_NO_SIZE, BLACK, dash,
		    strlen(dash));
		put_text(t, x + dash_w + gap, y, FONT_FANG, PAGE_NO_SIZE, BLACK,
		    num, strlen(num));
		put_text(t, x + dash_w + 2 * gap + num_w, y, FONT_FANG,
		    PAGE_NO_SIZE, BLACK, dash, strlen(dash));
	}
}

/* The heading of organisation org, the n-th (1-based): （一）卸甲镇（周伟）,
 * malloc'd and sized to the name (a long one is wrapped, never cut);
 * NULL when memory runs out. */
static char *
org_heading(size_t n, const struct org_summary *org)
{
	char num[32];
	ordinal(n, num, sizeof num);
	size_t size = strlen(org->org) + strlen(org->person) + 64;
	char *head = malloc(size);
	if (head != NULL)
		snprintf(head, size, "（%s）%s%s%s%s", num, org->org,
		    org->person[0] ? "（" : "", org->person,
		    org->person[0] ? "）" : "");
	return head;
}

/* A line of the 目录: its page number item, set once the pages are
 * known, and the outline entry whose page it gives. */
struct contents_line {
	size_t page, item;
	size_t entry;
};

/* Briefings of more pages than this open with a 目录. */
#define CONTENTS_MIN_PAGES 5

/* The 目录: one line per section and organisation, in the order of the
 * outline entries the briefing adds after it, each with its page number
 * at the right (a placeholder until contents_numbers sets it). Lines of
 * organisations are indented two characters; a long name wraps. Returns
 * the lines set in *out (NULL on failure), their number in *n. */
static void
contents(struct typesetter *t, const struct summary *s, int gone,
    struct contents_line **out, size_t *n)
{
	const double size = BODY_SIZE, pitch = grid_pitch(t);
	const double number_w = 4 * size * 0.6; /* up to four digits */
	size_t cap = s->norgs + 3, entry = 0;
	char *text = NULL;

	*n = 0;
	*out = calloc(cap, sizeof **out);
	if (*out == NULL) {
		t->failed = 1;
		return;
	}
	heading(t, "目　　录", FONT_HEI, H1_SIZE, pitch * 2);
	for (size_t k = 0; k < cap && !t->failed; k++) {
		int indent = 0;
		free(text);
		text = NULL;
		if (k == 0) {
			text = strdup("一、总体情况");
		} else if (k == 1 && s->norgs > 0) {
			text = strdup("二、分单位目标");
			entry = 1; /* the page of its first organisation */
		} else if (k >= 2 && k - 2 < s->norgs) {
			text = org_heading(k - 1, &s->orgs[k - 2]);
			indent = 1;
			entry = k - 1;
		} else if (k == s->norgs + 2 && gone) {
			text = strdup(s->norgs > 0 ? "三、不再出现的目标" :
			    "二、不再出现的目标");
			entry = s->norgs + 1;
		} else
			continue;
		const char *d = text ? drawable(t, text) : NULL;
		if (d == NULL) {
			t->failed = 1;
			break;
		}
		struct span sp = {d, strlen(d), FONT_FANG, size, BLACK};
		struct lines ls;
		double x = t->left + (indent ? 2 * size : 0);
		double w = t->right - x - number_w - size;
		break_text(t, &sp, 1, w, 0, &ls);
		for (size_t i = 0; i < ls.n; i++) {
			need(t, pitch);
			draw_line(t, &sp, &ls, &ls.v[i], x, t->y - size);
			if (i + 1 == ls.n) {
				/* A leader of dots from the text to the number. */
				double end = x + ls.v[i].width + size * 0.5;
				double stop = t->right - number_w - size * 0.5;
				double dot_w = text_width(t->fs, FONT_FANG, size,
				    "…", strlen("…"));
				char leader[3 * 64 + 1] = "";
				for (int dots = 0; dots < 64 && dot_w > 0 &&
				    end + (dots + 1) * dot_w <= stop; dots++)
					strcat(leader, "…");
				if (leader[0] != '\0')
					put_text(t, stop - (double)(strlen(leader) / 3) *
					    dot_w, t->y - size, FONT_FANG, size, GREY,
					    leader, strlen(leader));
				put_text(t, t->right - size * 0.6, t->y - size,
				    FONT_FANG, size, BLACK, "0", 1);
				(*out)[(*n)++] = (struct contents_line){
				    (size_t)(t->page - t->l->pages),
				    t->page->nitems - 1, entry};
			}
			t->y -= pitch;
		}
		lines_free(&ls);
	}
	free(text);
	t->y -= size;
}

/* Sets each 目录 line's number to the printed page of its entry, right
 * aligned. */
static void
contents_numbers(struct typesetter *t, const struct contents_line *v,
    size_t n)
{
	for (size_t k = 0; k < n; k++) {
		if (v[k].entry >= t->l->noutline)
			continue;
		char num[24];
		snprintf(num, sizeof num, "%zu", t->l->outline[v[k].entry].page + 1);
		struct item *it = &t->l->pages[v[k].page].items[v[k].item];
		char *copy = strdup(num);
		if (copy == NULL) {
			t->failed = 1;
			return;
		}
		free(it->text);
		it->text = copy;
		it->x = t->right - text_width(t->fs, it->font, it->size, num,
		    strlen(num));
	}
}

static int layout_pass(const struct commitment_list *rows,
    const struct briefing_options *o, struct font_set *fs, int with_contents,
    struct layout *out);

int
briefing_layout(const struct commitment_list *rows,
    const struct briefing_options *o, struct font_set *fs,
    struct layout *out)
{
	/* A long briefing is laid out again with its 目录 (a second pass:
	 * the contents move what follows them). Rows more than that many
	 * pages can hold at one line each need no first pass to know. */
	const double row_least = ROW_SIZE * CELL_LEADING + 2 * CELL_PAD;
	const double type_h = A4_HEIGHT - o->margin_top - o->margin_bottom;
	if (type_h > 0 && (double)rows->n > CONTENTS_MIN_PAGES *
	    (type_h / row_least + 1))
		return layout_pass(rows, o, fs, 1, out);
	if (layout_pass(rows, o, fs, 0, out) != 0)
		return -1;
	if (out->npages <= CONTENTS_MIN_PAGES)
		return 0;
	layout_free(out);
	return layout_pass(rows, o, fs, 1, out);
}

/* Lays out the briefing, with a 目录 after the masthead when
 * with_contents. Returns 0, or -1 (out freed) when memory runs out. */
static int
layout_pass(const struct commitment_list *rows,
    const struct briefing_options *o, struct font_set *fs, int with_contents,
    struct layout *out)
{
	struct typesetter t = {0};
	struct summary s;
	char buf[512];

	memset(out, 0, sizeof *out);
	if (summary_make(rows, &s) != 0) {
		diag(D_NOMEM, NULL);
		return -1;
	}
	t.l = out;
	t.fs = fs;
	t.o = o;
	if (o->previous != NULL && changes_find(rows, o->previous, &t.ch) != 0) {
		summary_free(&s);
		diag(D_NOMEM, NULL);
		return -1;
	}
	t.left = o->margin_left;
	t.right = A4_WIDTH - o->margin_right;
	t.top = A4_HEIGHT - o->margin_top;
	t.bottom = o->margin_bottom;

	snprintf(buf, sizeof buf, "%s 第%s期", o->title, o->issue);
	out->title = strdup(buf);
	out->author = strdup(o->unit);
	snprintf(buf, sizeof buf, "量化目标%zu项", s.rows);
	out->subject = strdup(buf);
	out->date = o->date;
	if (out->title == NULL || out->author == NULL || out->subject == NULL)
		t.failed = 1;

	size_columns(&t, rows);
	new_page(&t);
	masthead(&t);
	struct contents_line *toc = NULL;
	size_t ntoc = 0;
	if (with_contents)
		contents(&t, &s, o->previous != NULL && t.ch.ngone > 0, &toc,
		    &ntoc);
	if (layout_add_outline(out, "一、总体情况", out->npages - 1, t.y, 0) != 0)
		t.failed = 1;
	heading(&t, "一、总体情况", FONT_HEI, H1_SIZE, BODY_SIZE * 2);
	summary_text(&t, &s);
	org_table(&t, rows, &s);
	count_chart(&t, &s);

	if (s.norgs > 0) {
		double first = first_row_height(&t, rows, &s, &s.orgs[0]);
		heading(&t, "二、分单位目标", FONT_HEI, H1_SIZE,
		    H2_SIZE * 2 + ROW_SIZE * 3 + first);
	}
	for (size_t i = 0; i < s.norgs && !t.failed; i++) {
		const struct org_summary *org = &s.orgs[i];
		char *head = org_heading(i + 1, org);
		if (head == NULL) {
			t.failed = 1;
			break;
		}
		double keep_with = ROW_SIZE * 3 + first_row_height(&t, rows,
		    &s, org);
		double top = heading(&t, head, FONT_KAI, H2_SIZE, keep_with);
		/* The bookmark, without the ordinal, points at the heading
		 * just set. */
		if (layout_add_outline(out, strstr(head, "）") + strlen("）"),
		    out->npages - 1, top, 0) != 0)
			t.failed = 1;
		rows_table(&t, rows, s.order + org->first, org->rows, t.ch.mark,
		    0, head);
		free(head);
	}
	if (t.ch.ngone > 0 && !t.failed)
		gone_table(&t, o->previous, s.norgs > 0 ? "三" : "二");
	tail_block(&t);
	page_numbers(&t);
	contents_numbers(&t, toc, ntoc);
	free(toc);

	for (size_t i = 0; i < t.npool; i++)
		free(t.pool[i]);
	free(t.pool);
	summary_free(&s);
	changes_free(&t.ch);
	if (t.unlisted > 0)
		diag(D_GLYPH_MORE, NULL, t.unlisted);
	if (t.failed) {
		diag(D_NOMEM, NULL);
		layout_free(out);
		return -1;
	}
	return 0;
}
