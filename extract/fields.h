/*
 * The fields of a row, each decided in a file of its own: period.c (when
 * it is due), modality.c (the cue word that governs it), comparator.c
 * (达到, 以上, 超过 …), metric.c (what is measured) and lists.c (how a
 * 分别/各/均 list shares its items out among its values).
 *
 * Ownership: results are written into buffers the caller gives; nothing
 * is allocated.
 */
#ifndef EXTRACT_FIELDS_H
#define EXTRACT_FIELDS_H

#include <stddef.h>

#include "doc.h"
#include "sentence.h"

enum { FIELD_TEXT_MAX = 192 };

/* What a paragraph's sentences have named so far that later ones take
 * over: the period and the cue of a lead-in (主要预期目标是：). */
struct field_run {
	struct span period;  /* the last period named, or none */
	int five_year;
	struct span lead_cue; /* the modality of a lead-in colon, or none */
	const struct para *lead_para; /* a lead-in inside a sentence of this
	                        * paragraph governs its later sentences */
	char place[FIELD_TEXT_MAX]; /* in a story, the last place this
	                        * paragraph's sentences opened with */
};

/* Writes the period of quantity i of st into out: the nearest time its
 * clause, sentence, paragraph or section names, else the document's year
 * for a report's plan or a plan's own period; "" when nothing says. A
 * time meaning this year is written with the year (全年（2026年）). */
void period_of(const struct sentence *st, size_t i,
    const struct field_run *run, char *out, size_t cap);

/* Carries the periods and lead-in of sentence st into run. */
void fields_update(const struct sentence *st, struct field_run *run);

/* The cue word that governs quantity i: in its clause (、 does not end
 * one), or in a lead-in before a colon; sets *a, *b, or empties them. */
void modality_of(const struct sentence *st, size_t i,
    const struct field_run *run, size_t *a, size_t *b);

/* The comparator (enum comparator) of quantity i, from the words after
 * it, before it, or at the end of the list it is in (65%、60%以上). */
int comparator_of(const struct sentence *st, size_t i);

/* Writes the metric of quantity i into out: the noun phrase it measures,
 * from its clause after from (the end of the sentence's last target, or
 * its start), with a counted noun after it; when its clause names no
 * subject (增长15%, 比…降低16%), the subject of prev (the metric of the
 * sentence's last target, or "") or of the clause before. Returns where
 * the metric starts in the text (for the row's line). */
size_t metric_of(const struct sentence *st, size_t i, size_t from,
    const char *prev, char *out, size_t cap);

/* Whether metric m only points back at targets named before (这两项目标,
 * 上述指标, 以上三项): the number of them it names, SIZE_MAX when it
 * names none, 0 when m is no such pointer. */
size_t metric_anaphor(const char *m);

/* Trims [*a, *b) of st to what a metric keeps: openers, cues, times and
 * numbering off its head, verbs of attainment off its tail. */
void metric_trim(const struct sentence *st, size_t *a, size_t *b);

/* Appends [a, b) of st to out (capacity cap), leaving out the cue and
 * time words inside (能源消耗要下降: 能源消耗下降). */
void metric_words(const struct sentence *st, size_t a, size_t b, char *out,
    size_t cap);

/* The rows a list makes of quantity i: *n metrics written into
 * metric[0..*n) (each FIELD_TEXT_MAX), at most max; *n = 0 when it is in
 * no list. *mismatch is set when the list's items and values differ in
 * number (they are then paired in order as far as they go). */
void list_metrics(const struct sentence *st, size_t i,
    char metric[][FIELD_TEXT_MAX], size_t max, size_t *n, int *mismatch);

/* The places the clause of quantity i opens with, given its value by a
 * verb right before it (海南为9.5%左右, 江西、新疆均为7%): each one's
 * full name (海南省) written into out[0..n), at most max. Returns n, 0
 * when the clause opens otherwise. */
size_t clause_subjects(const struct sentence *st, size_t i,
    char out[][FIELD_TEXT_MAX], size_t max);

/* The place a story's sentence gives quantity i to: the last clause up
 * to the number's that opens with a place as its subject (卫辉市提出的
 * 目标是：…); its full name into out (cap bytes), "" when none. */
void sentence_place(const struct sentence *st, size_t i, char *out,
    size_t cap);

/* Who a story's sentence quotes before quantity i (据戴晓慧介绍，…): the
 * name into person, and the body the story named that person with
 * before (国家工业和信息化部科技司副司长戴晓慧) into org; both "" when
 * the sentence quotes no one. */
void sentence_speaker(const struct sentence *st, size_t i, char *org,
    size_t ocap, char *person, size_t pcap);

/* The measure a round-up of places' targets names with 目标 before
 * s[before] (从各地GDP目标来看 … 海南为9.5%左右: GDP), in its paragraph
 * or back to its section's heading; "" when none. */
void topic_metric(const struct sentence *st, size_t before, char *out,
    size_t cap);

#endif
