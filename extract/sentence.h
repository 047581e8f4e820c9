/*
 * A sentence of a paragraph as the deciders see it: its quantities, the
 * cue words in it (lexicon.h, LEX_CUE) and its time phrases (years,
 * 全年, 到2025年, “十四五”期间), each found once.
 *
 * Ownership: a struct sentence holds no pointers but to the document it
 * was read from, which must outlive it; nothing is allocated.
 */
#ifndef EXTRACT_SENTENCE_H
#define EXTRACT_SENTENCE_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "quantity.h"

/* The most quantities, cues and time phrases kept of one sentence; a
 * sentence with more quantities is read in parts of this many (a note
 * says so), cues and times beyond these are not looked for. */
enum { SENTENCE_MAX_Q = 96, SENTENCE_MAX_CUES = 64, SENTENCE_MAX_TIMES = 32,
	SENTENCE_MAX_STARTS = 192, SENTENCE_MAX_QUOTES = 64 };

struct quote_mark {
	size_t at;        /* byte of the buffer */
	uint32_t cp;      /* “ ” ‘ ’ 「 」 or " */
};

struct cue_hit {
	size_t a, b;      /* bytes of the buffer */
	unsigned flags;   /* enum cue_flag */
};

enum time_role {
	TIME_PERIOD,      /* names when a target is due: 全年, 到2025年 */
	TIME_BASELINE,    /* what a change is measured from: 比2010年 */
	TIME_SINCE,       /* a result's span: 2020年以来, 今年以来 */
	TIME_DATE,        /* a day: 2023年1月4日 */
};

struct time_hit {
	size_t a, b;
	enum time_role role;
	int first, last;  /* the years it spans, 0 when it names none */
	int this_year;    /* 今年, 全年, 年内 …: the document's year */
	int five_year;    /* spans several years (十四五, 今后五年) */
	int relative;     /* names no year: counted from the document's
	                   * (两年内, 明年, 全年) */
};

struct sentence {
	const struct doc *d;
	const struct para *p;
	size_t ss, se;      /* the sentence, bytes of d->buf */
	size_t colon;       /* end of a lead-in up to ：, or ss */
	struct quantity q[SENTENCE_MAX_Q];
	size_t qca[SENTENCE_MAX_Q], qcb[SENTENCE_MAX_Q]; /* each one's clause */
	size_t nq;
	int more_q;         /* full: the sentence was cut before its next number */
	/* Where a cue word can start, found while the sentence was read;
	 * starts_full when there were more than could be kept. */
	size_t starts[SENTENCE_MAX_STARTS];
	size_t nstarts;
	int starts_full;
	int time_mark;      /* it holds 年, 月, 季 or 五: it may name a time */
	/* Its quotation marks in order, up to its last quantity's cut;
	 * quotes_full when there were more than could be kept. */
	struct quote_mark quote[SENTENCE_MAX_QUOTES];
	size_t nquote;
	int quotes_full;
	struct cue_hit cue[SENTENCE_MAX_CUES];
	size_t ncue;
	struct time_hit time[SENTENCE_MAX_TIMES];
	size_t ntime;
};

/* Prepares the tables sentence_read uses; call once before threads read
 * sentences. */
void sentence_prepare(void);

/* Reads the sentence that starts at ss of paragraph p, ending by hi:
 * its end, its quantities and (with cues set, or when it has a
 * quantity) its cue words and times. Returns the sentence's end. */
size_t sentence_read(struct sentence *st, const struct doc *d,
    const struct para *p, size_t ss, size_t hi, int cues);

/* Describes the time phrase at s[a..b) of the sentence s[ss..se) for a
 * document of year: the years it spans and what it is for. */
void time_classify(const char *s, size_t ss, size_t se, size_t a, size_t b,
    int year, struct time_hit *t);

/* The clause of the sentence holding pos: [*ca, *cb), bounded by ，；：
 * and the sentence (、 does not end a clause). */
void sentence_clause(const struct sentence *st, size_t pos, size_t *ca,
    size_t *cb);

/* Where the clause of quantity q starts (a 、 list goes on): the one
 * noted when the sentence was read, for its own quantities. */
size_t sentence_clause_of(const struct sentence *st,
    const struct quantity *q);

/* The clause of quantity i, found once when the sentence was read. */
static inline void
sentence_q_clause(const struct sentence *st, size_t i, size_t *ca, size_t *cb)
{
	*ca = st->qca[i];
	*cb = st->qcb[i];
}

/* The last cue with any of flags that ends at or before pos and starts
 * at or after from; NULL when none. */
const struct cue_hit *sentence_cue_before(const struct sentence *st,
    unsigned flags, size_t from, size_t pos);

/* The first cue with any of flags that starts in [from, to); NULL. */
const struct cue_hit *sentence_cue_in(const struct sentence *st,
    unsigned flags, size_t from, size_t to);

#endif
