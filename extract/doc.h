/*
 * One input document as the extractor sees it: normalised text with soft
 * line breaks joined, the map back to source lines, its paragraphs (with
 * their kind, heading level, tense prior and period) and its articles
 * (who committed), and what the document as a whole is (genre, year).
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
	PARA_HEADING,    /* 一、…, （一）… or an unnumbered section heading */
	PARA_BYLINE,     /* 通讯员…记者… */
	PARA_INTERVIEW,  /* ——访… naming the interviewee and posts */
	PARA_SPEAKER,    /* 工业和信息化部部长肖亚庆：opening what one says */
	PARA_EDITOR,     /* 编者按 */
	PARA_META,       /* page chrome, session and date lines, sources */
	PARA_GLOSSARY,   /* explanations of terms after 名词解释 */
};

enum tense {
	TENSE_NEUTRAL, /* nothing says: a sentence needs its own cue */
	TENSE_PAST,    /* a retrospective: a number needs a future cue */
	TENSE_FUTURE,  /* a plan: a number needs no cue word */
};

enum genre {
	GENRE_NEWS,    /* stories, interviews, pages: neutral unless said */
	GENRE_REPORT,  /* a government work report: review, then plan */
	GENRE_PLAN,    /* a plan or programme: forward-looking throughout */
};

struct span {
	size_t a, b;   /* bytes of buf; a == b for none */
};

struct para {
	size_t start, end;   /* bytes of buf, end excluded, no '\n' */
	enum para_kind kind;
	int level;           /* a heading's level: 1 一、 2 （一） 3 1．;
	                      * for a body that opens with a numbered
	                      * heading sentence, that level; else 0 */
	size_t head_end;     /* end of that heading sentence, or start */
	enum tense prior;    /* what its section says of its numbers */
	int article;         /* index into articles, or -1 */
	struct span period;  /* the time its section names, or none */
	int five_year;       /* that time spans several years */
};

struct article {
	char *title;  /* headline, or the report's title; may be NULL */
	char *org;    /* who committed; may be NULL */
	char *person; /* may be NULL */
	int company;  /* org is a company (its plans are not a
	               * government's) */
};

struct doc {
	const char *file;  /* as named on the command line */
	char *buf;         /* normalised UTF-8, paragraphs end with '\n' */
	size_t len;
	size_t *line_off;  /* line_off[i]: where source line i+1 starts in buf */
	size_t nlines;
	int wrapped;       /* column-wrapped: soft breaks were joined */
	struct para *paras;
	size_t nparas;
	struct article *articles;
	size_t narticles;
	enum genre genre;
	int year;          /* the year the document speaks in, or 0 */
	int year_stated;   /* the year is written in its front matter or
	                    * dateline, not inferred from the years it names */
	int digits;        /* numbers are mostly written in Arabic digits */
	int report_story;  /* a story of a government work report */
	char plan_period[64]; /* a plan's own time (“十四五”时期), or "" */
	int plan_first, plan_last; /* its years, when a five-year plan's */
};

/* Builds the normalised, joined text of utf8[0..len) (valid UTF-8, malloc'd
 * with a byte to spare) into d, taking the buffer: it becomes d->buf, or is
 * freed on failure. Its paragraphs, the lines of d->buf with text, go to
 * d->paras, all body text until laid out. Returns 0, or -1 when memory
 * runs out. */
int doc_build_text(struct doc *d, char *utf8, size_t len);

/* The 1-based source line of buf offset off. */
size_t doc_line_of(const struct doc *d, size_t off);

/* The 1-based source column (in characters) of buf offset off. */
size_t doc_col_of(const struct doc *d, size_t off);

/* Frees everything d owns and zeroes it. */
void doc_free(struct doc *d);

#endif
