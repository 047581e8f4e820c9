/*
 * One input document as the extractor sees it: normalised text with soft
 * line breaks joined, the map back to source lines, its paragraphs (with
 * their kind and tense) and its articles (with who committed).
 *
 * Ownership: a struct doc owns buf, line_off, paras and articles and every
 * string in them; doc_free releases all of it. file is borrowed.
 */
#ifndef EXTRACT_DOC_H
#define EXTRACT_DOC_H

#include <stddef.h>

enum para_kind {
	PARA_BODY,
	PARA_TITLE,      /* the document's or an article's headline */
	PARA_HEADING,    /* 一、… or an unnumbered section heading */
	PARA_SUBHEADING, /* （一）… */
	PARA_BYLINE,     /* 通讯员…记者… */
	PARA_INTERVIEW,  /* ——访… naming the interviewee and posts */
	PARA_EDITOR,     /* 编者按 */
	PARA_META,       /* page chrome, series lines, dates, sources */
};

enum tense {
	TENSE_NEUTRAL, /* no section says: a sentence needs its own cue */
	TENSE_PAST,    /* a retrospective: nothing here is a commitment */
	TENSE_FUTURE,  /* a plan: targets need no cue word */
};

struct para {
	size_t start, end;   /* bytes of buf, end excluded, no '\n' */
	enum para_kind kind;
	enum tense tense;
	int article;         /* index into articles, or -1 */
	int period_para;     /* the heading whose period applies here, or -1 */
};

struct article {
	char *title;  /* headline, or the report's title; may be NULL */
	char *org;    /* who committed; may be NULL */
	char *person; /* may be NULL */
};

/* How far segmenting has gone, and what it carries from one paragraph to
 * the next. */
struct segment_state {
	size_t done;        /* paragraphs [0, done) have their kind and tense */
	int seen_body;      /* body text came before */
	int report;         /* the document is a government work report */
	enum tense tense;   /* of the section being read */
	int period_para;    /* the heading naming its period, or -1 */
};

struct doc {
	const char *file;  /* as named on the command line */
	char *buf;         /* normalised UTF-8, paragraphs end with '\n' (and
	                    * empty lines are left where a large text was
	                    * cut into parts to fold) */
	size_t len;
	size_t *line_off;  /* line_off[i]: where source line i+1 starts in buf */
	size_t nlines;
	int wrapped;       /* column-wrapped: soft breaks were joined */
	struct para *paras;
	size_t nparas;
	struct article *articles;
	size_t narticles;
	int year;          /* the year a report is for (its title's), or 0 */
	struct segment_state seg;
};

/* Builds the normalised, joined text of utf8[0..len) (valid UTF-8, malloc'd
 * with a byte to spare) into d, taking the buffer: it becomes d->buf, or is
 * freed on failure. Its paragraphs, the lines of d->buf with text, go to
 * d->paras, all body text until segmented. Returns 0, or -1 when memory
 * runs out. */
int doc_build_text(struct doc *d, char *utf8, size_t len);

/* The 1-based source line of buf offset off. */
size_t doc_line_of(const struct doc *d, size_t off);

/* The 1-based source column (in characters) of buf offset off. */
size_t doc_col_of(const struct doc *d, size_t off);

/* Frees everything d owns and zeroes it. */
void doc_free(struct doc *d);

#endif
