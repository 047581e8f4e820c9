/*
 * The walk over a document: paragraph by paragraph, sentence by sentence,
 * number by number. What the sentences of a paragraph have said of their
 * time and period runs on to the next sentence, and to the next paragraph
 * after a lead-in that ends with a colon.
 */
#define _GNU_SOURCE /* memmem */
#include "match.h"

#include <stdio.h>
#include <string.h>

#include "../common/diag.h"
#include "../common/utf8.h"
#include "clauses.h"
#include "exclude.h"
#include "fields.h"
#include "ids.h"
#include "layout.h"
#include "lexicon.h"
#include "numerals.h"
#include "tables.h"
#include "tense.h"

/* Longest quote kept whole; a longer sentence is cut to the clauses
 * around the number. Most rows one list makes of a number. */
enum { QUOTE_MAX_CHARS = 100, LIST_ROWS_MAX = 16 };

void
match_prepare(void)
{
	sentence_prepare();
}

/* The quote: the sentence, cut to the clauses around the number when it is
 * longer than QUOTE_MAX_CHARS. */
static void
quote_span(const struct sentence *st, const struct quantity *q, size_t *qa,
    size_t *qb)
{
	const char *s = st->d->buf;
	size_t a = st->ss, b = st->se, len;
	while (a < b && s[a] == ' ')
		a++;
	size_t chars = utf8_count((const unsigned char *)s + a, b - a);
	if (chars <= QUOTE_MAX_CHARS) {
		*qa = a;
		*qb = b;
		return;
	}
	/* Grow from the number's clause outwards, a clause at a time. */
	size_t ca = clause_start(s, a, q->start, 0), cb = clause_end(s, q->end, b, 0);
	if (cb < b) {
		utf8_next(s, cb, b, &len);
		cb += len;
	}
	size_t n = utf8_count((const unsigned char *)s + ca, cb - ca);
	for (int turn = 0; turn < 40 && !(ca == a && cb == b); turn++) {
		size_t na = ca, nb = cb, at;
		if (turn % 2 == 0 && ca > a) {
			utf8_prev(s, a, ca, &at);
			na = clause_start(s, a, at, 0);
		} else if (cb < b) {
			nb = clause_end(s, cb, b, 0);
			if (nb < b) {
				utf8_next(s, nb, b, &len);
				nb += len;
			}
		} else
			continue;
		size_t grown = n + utf8_count((const unsigned char *)s + na,
		    ca - na) + utf8_count((const unsigned char *)s + cb, nb - cb);
		if (grown > QUOTE_MAX_CHARS)
			break;
		ca = na;
		cb = nb;
		n = grown;
	}
	*qa = ca;
	*qb = cb;
}

/* Sets a field from s[a..b) without its outer blanks. */
static int
set_text(struct record *r, enum field f, const char *s, size_t a, size_t b)
{
	while (a < b && s[a] == ' ')
		a++;
	while (b > a && s[b - 1] == ' ')
		b--;
	return record_set(r, f, s + a, b - a);
}

/* The note for the clerk: what was read from words rather than digits,
 * and what a list could not pair. */
static void
row_note(const struct sentence *st, const struct quantity *q, int mismatch,
    char *note, size_t cap)
{
	const char *s = st->d->buf;
	size_t n = 0;
	note[0] = '\0';
	if (q->lo.chinese || q->lo.kind != NUM_PLAIN || q->range)
		n += (size_t)snprintf(note + n, cap - n, "原文：%.*s",
		    (int)(q->end - q->start), s + q->start);
	if ((q->lo.approx || q->approx_more) && n < cap)
		n += (size_t)snprintf(note + n, cap - n, "%s约数",
		    n ? "；" : "");
	if (mismatch && n < cap)
		snprintf(note + n, cap - n, "%s分别所列项数与数值个数不同，按顺序配对",
		    n ? "；" : "");
}

/* Makes the rows of quantity i, a target: one, or one per item of the
 * list it is in. prev holds the metric of the sentence's last row and is
 * updated. Returns the first row, or NULL when memory runs out. */
static struct record *
make_rows(const struct sentence *st, size_t i, struct field_run *run,
    const char *source, size_t from, char *prev, struct record_list *rows)
{
	const struct doc *d = st->d;
	const struct para *p = st->p;
	const struct quantity *q = &st->q[i];
	const char *s = d->buf;
	char metric[LIST_ROWS_MAX][FIELD_TEXT_MAX];
	char period[FIELD_TEXT_MAX], num[64], line[24], note[256];
	size_t nmetric, ma, mb, qa, qb;
	int mismatch;

	char subject[LIST_ROWS_MAX][FIELD_TEXT_MAX];
	size_t nsubject = 0;
	size_t mstart = q->start;
	/* 江西、新疆为7%左右: a row for each place, its words are the
	 * places and the measure is the one the story named. */
	nsubject = clause_subjects(st, i, subject, LIST_ROWS_MAX);
	size_t ca, cb;
	sentence_q_clause(st, i, &ca, &cb);
	if (nsubject > 0) {
		topic_metric(st, ca, metric[0], FIELD_TEXT_MAX);
		for (size_t k = 1; k < nsubject; k++)
			memcpy(metric[k], metric[0], FIELD_TEXT_MAX);
		nmetric = nsubject;
		mismatch = 0;
		mstart = ca;
	} else {
		list_metrics(st, i, metric, LIST_ROWS_MAX, &nmetric, &mismatch);
		if (nmetric > 0)
			mstart = ca;
		else {
			mstart = metric_of(st, i, from, prev, metric[0],
			    FIELD_TEXT_MAX);
			nmetric = 1;
		}
	}
	/* In a story, a sentence whose clause opens with a place speaks of
	 * that place's targets (a report's districts are its own). */
	char place_of[FIELD_TEXT_MAX] = "";
	char speaker_org[FIELD_TEXT_MAX] = "", speaker[FIELD_TEXT_MAX] = "";
	if (d->genre == GENRE_NEWS && nsubject == 0)
		sentence_place(st, i, place_of, sizeof place_of);
	if (d->genre == GENRE_NEWS && nsubject == 0 && place_of[0] == '\0')
		sentence_speaker(st, i, speaker_org, sizeof speaker_org,
		    speaker, sizeof speaker);
	/* 河南省水利规划投资1497亿元。其中，…: the place a paragraph's
	 * sentence opened with holds for its later sentences. */
	if (place_of[0] != '\0')
		snprintf(run->place, sizeof run->place, "%s", place_of);
	else if (d->genre == GENRE_NEWS && nsubject == 0 &&
	    speaker[0] == '\0')
		snprintf(place_of, sizeof place_of, "%s", run->place);
	snprintf(prev, FIELD_TEXT_MAX, "%s", metric[0]);
	/* 力争将这两项目标提升至300家和30家: a pointer back at the targets
	 * named before gives each value the metric of the one it raises,
	 * in order: with n named, the k-th value's is n rows back. */
	size_t pointed = nsubject == 0 && nmetric == 1 ?
	    metric_anaphor(metric[0]) : 0;
	if (pointed > 0) {
		size_t values = 0, pos = 0;
		for (size_t j = 0; j < st->nq; j++)
			if (st->qca[j] == st->qca[i]) {
				values++;
				pos += j < i;
			}
		if (pointed == SIZE_MAX)
			pointed = values;
		if (values == pointed && rows->n >= pointed && pos < pointed &&
		    strcmp(record_get(&rows->v[rows->n - pointed],
		    FIELD_SOURCE), source) == 0)
			snprintf(metric[0], FIELD_TEXT_MAX, "%s", record_get(
			    &rows->v[rows->n - pointed], FIELD_METRIC));
	}
	period_of(st, i, run, period, sizeof period);
	modality_of(st, i, run, &ma, &mb);
	int cmp = comparator_of(st, i);
	quote_span(st, q, &qa, &qb);
	row_note(st, q, mismatch, note, sizeof note);
	snprintf(line, sizeof line, "%zu", doc_line_of(d, mstart));
	const struct article *art = p->article >= 0 ?
	    &d->articles[p->article] : NULL;

	struct record *first = NULL;
	size_t first_index = rows->n;
	for (size_t k = 0; k < nmetric; k++) {
		struct record *r = record_list_add(rows);
		if (r == NULL || record_reserve(r, qb - qa + 512) != 0)
			return NULL;
		int ok = 1;
		ok &= record_set_str(r, FIELD_SOURCE, source) == 0;
		ok &= record_set_str(r, FIELD_LINE, line) == 0;
		if (art != NULL) {
			ok &= record_set_str(r, FIELD_ARTICLE, art->title) == 0;
			ok &= record_set_str(r, FIELD_ORG, art->org) == 0;
			ok &= record_set_str(r, FIELD_PERSON, art->person) == 0;
		}
		/* The place the clause names is whose target it is; the
		 * article's official speaks for another body. */
		/* Whom the sentence quotes (据戴晓慧介绍，…) speaks for the
		 * body the story named with them. */
		if (speaker[0] != '\0') {
			ok &= record_set_str(r, FIELD_ORG, speaker_org) == 0;
			ok &= record_set_str(r, FIELD_PERSON, speaker) == 0;
		}
		const char *place = k < nsubject ? subject[k] : place_of;
		if (place[0] != '\0' && (art == NULL || art->org == NULL ||
		    (strstr(art->org, place) == NULL &&
		    strstr(place, art->org) == NULL))) {
			ok &= record_set_str(r, FIELD_ORG, place) == 0;
			ok &= record_set_str(r, FIELD_PERSON, "") == 0;
		}
		ok &= record_set_str(r, FIELD_METRIC, metric[k]) == 0;
		if (mb > ma)
			ok &= record_set(r, FIELD_MODALITY, s + ma, mb - ma) == 0;
		ok &= record_set_str(r, FIELD_COMPARATOR, comparator_word(cmp)) == 0;
		decimal_format(q->lo.value, num);
		ok &= record_set_str(r, FIELD_VALUE, num) == 0;
		if (q->range) {
			decimal_format(q->hi.value, num);
			ok &= record_set_str(r, FIELD_VALUE_MAX, num) == 0;
		}
		ok &= record_set_str(r, FIELD_UNIT, q->unit) == 0;
		ok &= record_set_str(r, FIELD_PERIOD, period) == 0;
		ok &= set_text(r, FIELD_QUOTE, s, qa, qb) == 0;
		if (note[0])
			ok &= record_set_str(r, FIELD_NOTE, note) == 0;
		if (!ok)
			return NULL;
	}
	first = &rows->v[first_index];
	return first;
}

/* Makes the row of an indicator table's line. Returns 0, or -1 when
 * memory runs out. */
static int
table_record(const struct doc *d, const struct para *p,
    const struct table_cells *c, const char *source, struct record_list *rows)
{
	const struct article *art = p->article >= 0 ?
	    &d->articles[p->article] : NULL;
	char line[24];
	struct record *r = record_list_add(rows);
	if (r == NULL)
		return -1;
	snprintf(line, sizeof line, "%zu", doc_line_of(d, c->quote_a));
	int ok = record_set_str(r, FIELD_SOURCE, source) == 0;
	ok &= record_set_str(r, FIELD_LINE, line) == 0;
	if (art != NULL) {
		ok &= record_set_str(r, FIELD_ARTICLE, art->title) == 0;
		ok &= record_set_str(r, FIELD_ORG, art->org) == 0;
		ok &= record_set_str(r, FIELD_PERSON, art->person) == 0;
	}
	ok &= record_set_str(r, FIELD_METRIC, c->metric) == 0;
	ok &= record_set_str(r, FIELD_COMPARATOR, comparator_word(c->cmp)) == 0;
	ok &= record_set_str(r, FIELD_VALUE, c->value) == 0;
	ok &= record_set_str(r, FIELD_UNIT, c->unit) == 0;
	ok &= record_set_str(r, FIELD_PERIOD, c->period) == 0;
	ok &= set_text(r, FIELD_QUOTE, d->buf, c->quote_a, c->quote_b) == 0;
	ok &= record_set_str(r, FIELD_NOTE, "指标表") == 0;
	return ok ? 0 : -1;
}

/* Makes the rows of cells[0..n), table lines of paragraph p (or of the
 * stacked table's row it ends), and tells seen of each. Returns 0, or -1
 * when memory runs out. */
static int
table_records(const struct doc *d, const struct para *p,
    const struct table_cells *cells, size_t n, const char *source,
    struct record_list *rows, struct match_stats *stats,
    void (*seen)(void *arg, const struct decision *dec), void *arg)
{
	for (size_t k = 0; k < n; k++) {
		if (table_record(d, p, &cells[k], source, rows) != 0)
			return -1;
		stats->numbers++;
		stats->rows++;
		if (seen != NULL) {
			struct decision dec = {NULL, 0, R_TABLE, 0, 0,
			    &rows->v[rows->n - 1], d, cells[k].value_a,
			    cells[k].value_b};
			seen(arg, &dec);
		}
	}
	return 0;
}

/* The longest head of a bulleted part, in characters; how far before its
 * colon a lead-in's count of parts (三大领域) may start. */
enum { BULLET_HEAD_MAX = 30, LEAD_COUNT_REACH = 8 };

/* Whether the paragraph is the head of a bulleted part of a list
 * (● 利用外资实现新增长): a mark and a few words, no sentence. */
static int
bullet_head(const struct doc *d, const struct para *p)
{
	size_t a = p->start, b = p->end;
	while (a < b && (d->buf[a] == ' ' || d->buf[a] == '\t'))
		a++;
	return lex_prefix(LEX_BULLET, d->buf + a, b - a) > 0 &&
	    para_chars(d, p) <= BULLET_HEAD_MAX &&
	    memmem(d->buf + a, b - a, "。", 3) == NULL;
}

/* How many parts a lead-in that ends with its colon announces, one a
 * paragraph (…重点安排于现代产业、基础设施、民生改善三大领域：): 2 to 9
 * from a numeral and a counter among its last characters, else 0. */
static size_t
announced_parts(const struct doc *d, const struct para *p)
{
	const char *s = d->buf;
	size_t end = p->end - 3, a = end;
	for (int k = 0; k < LEAD_COUNT_REACH && a > p->start; k++) {
		utf8_prev(s, p->start, a, &a);
		struct numeral num;
		size_t len = numeral_parse(s + a, end - a, &num);
		if (len > 0 && num.kind == NUM_PLAIN && num.value.scale == 0 &&
		    num.prefix[0] == '\0' && num.value.mant >= 2 &&
		    num.value.mant <= 9 &&
		    lex_prefix(LEX_PART_COUNTER, s + a + len, end - a - len) > 0)
			return (size_t)num.value.mant;
	}
	return 0;
}

/* Whether the paragraph ends with a mark (3 bytes: ：, ；). */
static int
ends_with(const struct doc *d, const struct para *p, const char *mark)
{
	return p->end - p->start >= 3 &&
	    memcmp(d->buf + p->end - 3, mark, 3) == 0;
}

int
match_doc(const struct doc *d, const char *source, struct record_list *rows,
    struct match_stats *stats, void (*seen)(void *arg,
    const struct decision *dec), void *arg)
{
	struct tense_run run = {TENSE_NEUTRAL, 0, 0, 0, TENSE_NEUTRAL};
	struct field_run frun = {{0, 0}, 0, {0, 0}, NULL};
	struct sentence st;
	struct ids ids = {0};
	struct table_run table = {0, 0, 0, ""};
	size_t first_row = rows->n;
	int carry = 0, after_head = 0;
	size_t parts_left = 0; /* paragraphs a lead-in's count still covers */

	memset(stats, 0, sizeof *stats);
	for (size_t pi = 0; pi < d->nparas; pi++) {
		const struct para *p = &d->paras[pi];
		run.counted = 0;
		if (!carry) {
			run = (struct tense_run){TENSE_NEUTRAL, 0, 0, 0,
			    TENSE_NEUTRAL};
			frun = (struct field_run){{0, 0}, 0, {0, 0}, NULL};
		}
		int readable = p->kind == PARA_BODY || p->kind == PARA_HEADING;
		/* A line of an indicator table is read by its columns. */
		struct table_cells cells[TABLE_STACK_LABELS];
		size_t ncells;
		int in_table = table_row(d, p, &table, cells,
		    TABLE_STACK_LABELS, &ncells);
		if (table_records(d, p, cells, ncells, source, rows, stats,
		    seen, arg) != 0) {
			ids_free(&ids);
			return -1;
		}
		if (in_table > 0)
			continue;
		if (readable || p->kind == PARA_TITLE)
			table_header(d, p, &table);
		for (size_t ss = p->start; ss < p->end;) {
			size_t se = sentence_read(&st, d, p, ss, p->end, readable);
			if (st.more_q)
				diag(D_SENTENCE_PARTS, &(struct diag_loc){d->file,
				    doc_line_of(d, ss), doc_col_of(d, ss)},
				    SENTENCE_MAX_Q);
			char prev[FIELD_TEXT_MAX] = "";
			size_t from = st.ss;
			for (size_t i = 0; i < st.nq; i++) {
				struct decision dec = {&st, i, R_ROW, 0, 0, NULL, d, 0, 0};
				/* A row passes both tests, in either order.
				 * --explain names what a number is first
				 * (inside a word, a slogan …); a CSV run asks
				 * the cheaper question first: most numbers of
				 * a report are its review's. */
				if (seen != NULL) {
					dec.reason = exclude_check(&st, i);
					if (dec.reason == R_ROW)
						dec.reason = tense_decide(&st, i,
						    &run, &dec.why_a, &dec.why_b);
				} else {
					dec.reason = tense_decide(&st, i, &run,
					    &dec.why_a, &dec.why_b);
					if (dec.reason == R_ROW)
						dec.reason = exclude_check(&st, i);
				}
				stats->numbers++;
				if (dec.reason == R_ROW) {
					size_t before = rows->n;
					dec.row = make_rows(&st, i, &frun, source,
					    from, prev, rows);
					if (dec.row == NULL) {
						ids_free(&ids);
						return -1;
					}
					stats->rows += rows->n - before;
					from = st.q[i].end;
				} else if (reason_is_wording(dec.reason))
					stats->wording++;
				else
					stats->past++;
				if (seen != NULL)
					seen(arg, &dec);
			}
			if (readable) {
				tense_update(&st, &run);
				fields_update(&st, &frun);
			}
			ss = se > ss ? se : p->end;
		}
		/* A lead-in (主要预期目标是：) speaks for the lines after it,
		 * one item a line while each ends in ；, or one bulleted part
		 * a head and its paragraph (● 利用外资实现新增长⏎“十四五”
		 * 期间，…). */
		int head = bullet_head(d, p);
		/* The parts are paragraphs; a report's parts under headings
		 * ((一)…) have their own. */
		if (p->kind == PARA_HEADING || p->kind == PARA_TITLE ||
		    p->level > 0)
			parts_left = 0;
		else if (p->kind != PARA_META && parts_left > 0)
			parts_left--;
		carry = p->kind != PARA_META && (ends_with(d, p, "：") ||
		    (carry && (ends_with(d, p, "；") || head || after_head ||
		    parts_left > 0)));
		after_head = head;
		if (p->kind != PARA_META && ends_with(d, p, "："))
			parts_left = announced_parts(d, p);
	}
	if (d->nparas > 0) {
		struct table_cells cells[TABLE_STACK_LABELS];
		size_t ncells;
		table_finish(d, &table, cells, TABLE_STACK_LABELS, &ncells);
		if (table_records(d, &d->paras[d->nparas - 1], cells, ncells,
		    source, rows, stats, seen, arg) != 0) {
			ids_free(&ids);
			return -1;
		}
	}
	/* No rows at all leaves v NULL, and NULL + 0 is undefined. */
	struct record_list mine = {rows->v ? rows->v + first_row : NULL,
	    rows->n - first_row, 0};
	int rc = ids_assign(&ids, &mine, source);
	ids_free(&ids);
	return rc;
}
