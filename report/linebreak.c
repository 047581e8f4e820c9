/*
 * Line breaking. Text is cut into atoms — an ideograph, a punctuation mark,
 * an ASCII word, a number with its unit — and atoms fill lines greedily; a
 * break is allowed between two atoms unless the kinsoku rules forbid it.
 */
#include "linebreak.h"

#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"

int
no_line_start(unsigned cp)
{
	switch (cp) {
	case 0xFF0C: case 0x3002: case 0x3001: case 0xFF1B: case 0xFF1A: /* ，。、；： */
	case 0xFF01: case 0xFF1F: case 0xFF09: case 0x300B: case 0x300D: /* ！？）》」 */
	case 0x300F: case 0x3011: case 0x3015: case 0x3009: case 0x201D: /* 』】〕〉” */
	case 0x2019: case 0x2026: case 0xFF05: case 0x2030: case 0x2014: /* ’…％‰— */
	case 0xFF5E: case 0x301C: case 0x00B7: case 0x30FB: case 0xFF0E: /* ～〜·・． */
	case ',': case '.': case ';': case ':': case '!': case '?': case ')':
	case ']': case '}': case '%':
		return 1;
	}
	return 0;
}

int
no_line_end(unsigned cp)
{
	switch (cp) {
	case 0xFF08: case 0x300A: case 0x300C: case 0x300E: case 0x3010: /* （《「『【 */
	case 0x3014: case 0x3008: case 0x201C: case 0x2018: case 0xFF5E: /* 〔〈“‘～ */
	case 0x301C: case '(': case '[': case '{':
		return 1;
	}
	return 0;
}

/* A comparison sign stays with the number after it, across a space:
 * ≥ 7 家, 约 5.5%. */
static int
keeps_next(uint32_t cp)
{
	return cp == 0x2265 /* ≥ */ || cp == 0x2264 /* ≤ */ || cp == '>' ||
	    cp == '<' || cp == 0x2248 /* ≈ */ || cp == 0x7EA6 /* 约 */;
}

/* Characters of a unit that stays with the number before it (700亿元, 8个,
 * 20%): scales, currencies, counters, measures. */
static int
unit_char(uint32_t cp)
{
	static const char units[] =
	    "万亿千百元美欧日港英镑个家人项件座所条套台辆张间处批场名位栋户"
	    "公里米亩顷吨瓦斤克方平立箱倍次％‰%";
	char buf[4];
	size_t n = utf8_encode(cp, buf);
	if (n == 1)
		return cp == '%';
	for (size_t i = 0; i + n <= sizeof units - 1; i += 3)
		if (memcmp(units + i, buf, n) == 0)
			return 1;
	return 0;
}

double
text_width(const struct font_set *fs, enum font_role role, double size,
    const char *s, size_t len)
{
	double units = 0;
	size_t n;
	for (size_t pos = 0; pos < len; pos += n) {
		uint32_t cp = utf8_next(s, pos, len, &n);
		int drawn_by = fonts_resolve(fs, role, cp);
		units += drawn_by < 0 ? 1000 :
		    fonts_advance(fs, (enum font_role)drawn_by, cp);
	}
	return units * size / 1000;
}

struct atom {
	size_t span, start, end;
	double width;
	int breakable;   /* a line may end just before this atom */
	int space;       /* an ASCII space: dropped at a line's start */
};

struct atoms {
	struct atom *v;
	size_t n, cap;
};

static int
add_atom(struct atoms *a, struct atom at)
{
	if (a->n == a->cap) {
		size_t cap = a->cap ? 2 * a->cap : 64;
		struct atom *v = realloc(a->v, cap * sizeof *v);
		if (v == NULL)
			return -1;
		a->v = v;
		a->cap = cap;
	}
	a->v[a->n++] = at;
	return 0;
}

static int
is_ascii_word(uint32_t cp)
{
	return cp > ' ' && cp < 0x7F;
}

/* Cuts the spans into atoms with their widths and break opportunities. */
static int
make_atoms(const struct font_set *fs, const struct span *spans,
    size_t nspans, struct atoms *out)
{
	uint32_t prev_last = 0; /* last character of the atom before */
	uint32_t prev_word = 0; /* … and of the last one not a space */

	for (size_t k = 0; k < nspans; k++) {
		const struct span *sp = &spans[k];
		size_t pos = 0, n;
		while (pos < sp->len) {
			size_t start = pos;
			uint32_t cp = utf8_next(sp->text, pos, sp->len, &n), last;
			pos += n;
			last = cp;
			if (is_ascii_word(cp)) {
				/* An ASCII word or number; a number takes its
				 * unit along (700亿元, 项目 8 个, 5.5%). */
				int digits = cp >= '0' && cp <= '9';
				for (;;) {
					while (pos < sp->len &&
					    is_ascii_word((unsigned char)sp->text[pos]))
						last = (unsigned char)sp->text[pos++];
					/* A span of numbers stays whole:
					 * 1998—2002, 6～7. */
					size_t dn;
					uint32_t dash = pos < sp->len ?
					    utf8_next(sp->text, pos, sp->len, &dn) : 0;
					if (!digits || !(dash == 0x2014 ||
					    dash == 0x2013 || dash == 0xFF5E ||
					    dash == 0xFF0D) || pos + dn >= sp->len ||
					    sp->text[pos + dn] < '0' ||
					    sp->text[pos + dn] > '9')
						break;
					pos += dn;
				}
				size_t p2 = pos, units = 0;
				if (digits && p2 < sp->len && sp->text[p2] == ' ')
					p2++;
				while (digits && p2 < sp->len && units < 4) {
					uint32_t u = utf8_next(sp->text, p2, sp->len, &n);
					if (!unit_char(u))
						break;
					p2 += n;
					last = u;
					units++;
				}
				if (units > 0)
					pos = p2;
			}
			struct atom at = {k, start, pos,
			    text_width(fs, sp->font, sp->size, sp->text + start,
				pos - start),
			    !no_line_start(cp) && !no_line_end(prev_last) &&
			    !keeps_next(prev_word), cp == ' '};
			/* Two ASCII words meet only across a space. */
			if (is_ascii_word(cp) && is_ascii_word(prev_last))
				at.breakable = 0;
			if (add_atom(out, at) != 0)
				return -1;
			prev_last = last;
			if (cp != ' ')
				prev_word = last;
		}
	}
	return 0;
}

/* Cuts atoms wider than limit (a file name in a narrow column) into their
 * characters, which may then break anywhere. */
static int
split_wide(const struct font_set *fs, const struct span *spans,
    struct atoms *a, double limit)
{
	struct atoms out = {0};
	for (size_t i = 0; i < a->n; i++) {
		struct atom at = a->v[i];
		const struct span *sp = &spans[at.span];
		if (at.width <= limit || at.end - at.start <= 1) {
			if (add_atom(&out, at) != 0)
				goto fail;
			continue;
		}
		size_t n;
		uint32_t prev = 0;
		for (size_t pos = at.start; pos < at.end; pos += n) {
			uint32_t cp = utf8_next(sp->text, pos, at.end, &n);
			/* The pieces still keep the rules of what may start
			 * or end a line. */
			struct atom piece = {at.span, pos, pos + n,
			    text_width(fs, sp->font, sp->size, sp->text + pos, n),
			    pos == at.start ? at.breakable :
			    !no_line_start(cp) && !no_line_end(prev), 0};
			prev = cp;
			if (add_atom(&out, piece) != 0)
				goto fail;
		}
	}
	free(a->v);
	*a = out;
	return 0;
fail:
	free(out.v);
	return -1;
}

static int
add_piece(struct lines *l, struct piece p)
{
	if (l->npieces == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 32;
		struct piece *v = realloc(l->pieces, cap * sizeof *v);
		if (v == NULL)
			return -1;
		l->pieces = v;
		l->cap = cap;
	}
	l->pieces[l->npieces++] = p;
	return 0;
}

/* Adds a line of atoms [from, to), dropping spaces at its ends. */
static int
add_line(struct lines *l, const struct span *spans, const struct atom *atoms,
    size_t from, size_t to, double x0, int last)
{
	while (from < to && atoms[from].space)
		from++;
	while (to > from && atoms[to - 1].space)
		to--;
	if (l->n == l->lcap) {
		size_t cap = l->lcap ? 2 * l->lcap : 16;
		struct line *v = realloc(l->v, cap * sizeof *v);
		if (v == NULL)
			return -1;
		l->v = v;
		l->lcap = cap;
	}
	struct line *ln = &l->v[l->n++];
	*ln = (struct line){l->npieces, 0, 0, 0, last};
	double x = x0;
	for (size_t i = from; i < to; i++) {
		const struct atom *a = &atoms[i];
		if (spans[a->span].size > ln->height)
			ln->height = spans[a->span].size;
		struct piece *prev = ln->count ? &l->pieces[l->npieces - 1] : NULL;
		if (prev != NULL && prev->span == a->span && prev->end == a->start) {
			prev->end = a->end;
			prev->width += a->width;
		} else {
			if (add_piece(l, (struct piece){a->span, a->start, a->end,
			    x, a->width}) != 0)
				return -1;
			ln->count++;
		}
		x += a->width;
	}
	ln->width = x - x0;
	return 0;
}

int
break_lines(struct font_set *fs, const struct span *spans, size_t nspans,
    double width, double indent, struct lines *out)
{
	struct atoms a = {0};
	int rc = 0;

	memset(out, 0, sizeof *out);
	if (make_atoms(fs, spans, nspans, &a) != 0 ||
	    split_wide(fs, spans, &a, width - indent) != 0) {
		free(a.v);
		return -1;
	}
	size_t start = 0;
	while (rc == 0 && start < a.n) {
		double avail = out->n == 0 ? width - indent : width;
		double used = 0;
		size_t i = start, cut = 0;
		while (i < a.n && (used + a.v[i].width <= avail + 1e-6 ||
		    i == start)) {
			used += a.v[i].width;
			i++;
		}
		if (i < a.n) {
			/* Break before the last atom that allows it; a line
			 * that allows none breaks where it is full. */
			for (size_t k = i; k > start; k--)
				if (a.v[k].breakable) {
					cut = k;
					break;
				}
			if (cut == 0)
				cut = i;
		} else
			cut = a.n;
		rc = add_line(out, spans, a.v, start, cut,
		    out->n == 0 ? indent : 0, cut == a.n);
		start = cut;
	}
	free(a.v);
	return rc;
}

void
lines_free(struct lines *l)
{
	free(l->pieces);
	free(l->v);
	memset(l, 0, sizeof *l);
}
