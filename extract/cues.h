/*
 * The cue words of one sentence, each kind looked for once, when first
 * asked: modality (确保, 力争 …), forward cues (全年, 将 …), past cues (去年,
 * 已经 …), periods (全年, 2026年 …) and years. Whether a number reads as a
 * target, which cue and period it takes, and which words a metric leaves
 * out all come from here.
 *
 * Ownership: a struct cues borrows the text it was started on.
 */
#ifndef EXTRACT_CUES_H
#define EXTRACT_CUES_H

#include <stddef.h>

enum cue_kind {
	CUE_MODALITY, /* PAT_CUE */
	CUE_FUTURE,   /* PAT_FUTURE_CUE */
	CUE_PAST,     /* PAT_PAST_CUE */
	CUE_PERIOD,   /* PAT_PERIOD */
	CUE_OLD_YEAR, /* a year before the report's own, not a baseline */
	CUE_KINDS
};

enum { CUES_MAX = 48 };

struct cue {
	size_t a, b; /* bytes of the buffer */
	enum cue_kind kind;
};

struct cues {
	const char *s;
	size_t ss, se;       /* the sentence */
	size_t limit;        /* only forward cues are looked for past here */
	int doc_year;        /* decides which years are old; 0 unknown */
	unsigned scanned;    /* kinds looked for so far, one bit each */
	size_t n;
	struct cue v[CUES_MAX]; /* ordered by start */
};

/* Starts on sentence s[ss..se); nothing is looked for yet. Cues other than
 * forward ones will be asked for only before limit (the last number). */
void cues_init(struct cues *c, const char *s, size_t ss, size_t se,
    size_t limit, int doc_year);

/* The last cue of kind that ends at or before pos; NULL when none. */
const struct cue *cues_last(struct cues *c, enum cue_kind kind, size_t pos);

/* Whether a cue of kind starts in [from, to). */
int cues_any(struct cues *c, enum cue_kind kind, size_t from, size_t to);

/* Whether the number at pos reads as a result: a past cue or an old year
 * before it, with no forward cue after that. */
int cues_past_at(struct cues *c, size_t pos);

/* The first modality or period cue starting in [from, to), for a metric to
 * leave out; NULL when none. */
const struct cue *cues_wording(struct cues *c, size_t from, size_t to);

#endif
