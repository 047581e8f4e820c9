/*
 * The metric of a target: what its number measures. The clause before the
 * number, less what opens a clause (其中, 全市, 一是), the cue and time
 * words in it (确保, 全年) and the verb of attainment before the number
 * (达到, 突破, 控制在); a verb of change stays (工业增加值增长). A count
 * takes the noun after it (8家亿元企业); a clause with no subject of its
 * own takes the subject of the clause before (实现工业增加值320亿元，增长
 * 15%: 工业增加值增长).
 */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <string.h>

#include "../common/utf8.h"
#include "clauses.h"
#include "fields.h"
#include "lexicon.h"
#include "patterns.h"

enum { METRIC_MAX_CHARS = 30, SUBJECT_MAX_CHARS = 24, NOUN_MAX_CHARS = 16,
    TOPIC_MAX_CHARS = 5 };

/* Appends s[a..b) to out (capacity cap) unless it would overflow. */
static void
append(char *out, size_t cap, const char *s, size_t a, size_t b)
{
	size_t n = strlen(out);
	if (b > a && n + (b - a) < cap) {
		memcpy(out + n, s + a, b - a);
		out[n + b - a] = '\0';
	}
}

/* Whether the opener s[a..a+k) begins a noun instead (基本建设投资,
 * 主要污染物): its entry's not_after holds the character after it. */
static int
opener_in_noun(const char *s, size_t a, size_t k, size_t b)
{
	const struct lex_entry *e = lex_lookup(LEX_OPENER, s + a, k);
	size_t n;
	if (e == NULL || e->not_after == NULL || a + k >= b)
		return 0;
	uint32_t next = utf8_next(s, a + k, b, &n);
	char buf[5];
	size_t len = utf8_encode(next, buf);
	buf[len] = '\0';
	return len > 0 && strstr(e->not_after, buf) != NULL;
}

/* Whether a cue or time phrase of st starts at pos; sets *end. */
static int
word_at(const struct sentence *st, size_t pos, size_t *end)
{
	const char *s = st->d->buf;
	for (size_t k = 0; k < st->ncue; k++)
		if (st->cue[k].a == pos && (st->cue[k].flags & (CUE_MODAL |
		    CUE_FUTURE | CUE_WEAK | CUE_FORECAST)) &&
		    /* 《纲要》提出: the title keeps its bracket. */
		    memcmp(s + pos, "》", 3) != 0) {
			*end = st->cue[k].b;
			return 1;
		}
	/* Not a baseline: 比1980年增长 keeps what it compares with. A time
	 * goes with the 在 or 于 before it (在一季度完成投资). */
	size_t at_time = pos + 3 <= st->se && (memcmp(s + pos, "在", 3) == 0 ||
	    memcmp(s + pos, "于", 3) == 0) ? pos + 3 : pos;
	for (size_t k = 0; k < st->ntime; k++)
		if ((st->time[k].a == pos || st->time[k].a == at_time) &&
		    st->time[k].role != TIME_BASELINE) {
			*end = st->time[k].b;
			return 1;
		}
	return 0;
}

/* The start of a cue or time word of st ending at b after a, or 0. */
static size_t
word_ending(const struct sentence *st, size_t a, size_t b)
{
	for (size_t k = 0; k < st->ncue; k++)
		if (st->cue[k].b == b && st->cue[k].a > a && (st->cue[k].flags &
		    (CUE_MODAL | CUE_FUTURE | CUE_WEAK | CUE_FORECAST)))
			return st->cue[k].a;
	for (size_t k = 0; k < st->ntime; k++)
		if (st->time[k].b == b && st->time[k].a > a &&
		    st->time[k].role != TIME_BASELINE)
			return st->time[k].a;
	return 0;
}

/* Where a baseline ending at b starts with its 从 or 由 (人均居住面积从
 * 七点九平方米⏎增加到九平方米, 由一九九五年的二点二吨): what is measured
 * ends before it. 0 when no quantity ends at b. */
static size_t
baseline_ending(const struct sentence *st, size_t a, size_t b)
{
	const char *s = st->d->buf;
	for (size_t i = 0; i < st->nq; i++) {
		if (st->q[i].end != b)
			continue;
		size_t from = chars_before(s, a, st->q[i].start, 10), p, at;
		for (p = st->q[i].start; p > from; p = at) {
			uint32_t cp = utf8_prev(s, from, p, &at);
			if ((cp == 0x4ECE /* 从 */ || cp == 0x7531 /* 由 */) &&
			    at > a)
				return at;
		}
	}
	return 0;
}

void
metric_trim(const struct sentence *st, size_t *a, size_t *b)
{
	const char *s = st->d->buf;
	size_t end, k;
	for (int guard = 0; guard < 12 && *a < *b; guard++) {
		if (strchr(" =+@#*-\"'", s[*a]) != NULL && s[*a] != '\0') {
			(*a)++;
			continue;
		}
		/* ——地区生产总值增长: the dash that leads a list's item. */
		if (*b - *a >= 3 && memcmp(s + *a, "—", 3) == 0) {
			*a += 3;
			continue;
		}
		if ((k = lex_prefix(LEX_OPENER, s + *a, *b - *a)) > 0 &&
		    !opener_in_noun(s, *a, k, *b)) {
			*a += k;
			continue;
		}
		if (word_at(st, *a, &end) && end <= *b) {
			*a = end;
			continue;
		}
		struct lex_hit set;
		if (lex_scan(LEX_ADOPT, s, *a, *a, *b, *b, &set, 1) == 1 &&
		    set.b < *b) {
			*a = set.b;
			continue;
		}
		if ((pat_match(PAT_SUBHEADING, s, *b, *a) == 1 ||
		    pat_match(PAT_MINOR_HEADING, s, *b, *a) == 1 ||
		    pat_match(PAT_HEADING, s, *b, *a) == 1)) {
			size_t ma, mb;
			pat_span(0, &ma, &mb);
			if (mb > *a && mb <= *b) {
				*a = mb;
				continue;
			}
		}
		/* （其中1990年425万吨）: a bracket that is no item's number
		 * opens no name. */
		if (*b - *a >= 3 && memcmp(s + *a, "（", 3) == 0 &&
		    memmem(s + *a, *b - *a, "）", 3) == NULL) {
			*a += 3;
			continue;
		}
		break;
	}
	for (int guard = 0; guard < 8 && *b > *a; guard++) {
		if (s[*b - 1] == ' ') {
			(*b)--;
			continue;
		}
		/* 控制在年均千分之十: the rate is averaged, the verb still
		 * ends what is measured. */
		if ((k = lex_suffix(LEX_ANNUAL_AVERAGE, s + *a, *b - *a)) > 0 &&
		    *b - k > *a) {
			*b -= k;
			continue;
		}
		if ((k = lex_suffix(LEX_ATTAIN, s + *a, *b - *a)) > 0) {
			*b -= k;
			continue;
		}
		if ((k = word_ending(st, *a, *b)) > 0) {
			*b = k;
			continue;
		}
		if ((k = baseline_ending(st, *a, *b)) > 0) {
			*b = k;
			continue;
		}
		break;
	}
	/* 提出“增长5%以上”, 落实“金融支持房地产16条”: a quote left open
	 * before the number holds the target's words, and what is measured
	 * is in it. */
	for (size_t p = *b; p >= *a + 3; p--) {
		if (memcmp(s + p - 3, "”", 3) == 0 || memcmp(s + p - 3, "’", 3) == 0)
			break;
		if (memcmp(s + p - 3, "“", 3) == 0 || memcmp(s + p - 3, "‘", 3) == 0) {
			if (p < *b)
				*a = p;
			break;
		}
	}
}

void
metric_words(const struct sentence *st, size_t a, size_t b, char *out,
    size_t cap)
{
	const char *s = st->d->buf;
	size_t p = a, end, len;
	while (p < b) {
		if (p > a && word_at(st, p, &end) && end <= b) {
			append(out, cap, s, a, p);
			a = p = end;
			continue;
		}
		/* 地区生产总值按增长5%安排, 赤字率按4%左右安排: the plan's 按
		 * is no part of what is measured; 减按15% (a tax cut to
		 * 15%) keeps it. */
		if (p + 3 <= b && memcmp(s + p, "按", 3) == 0 &&
		    !(p >= a + 3 && memcmp(s + p - 3, "减", 3) == 0) &&
		    (p + 3 == b || lex_prefix(LEX_GROWTH, s + p + 3, b - p - 3) > 0 ||
		    memcmp(s + p + 3, "比", 3) == 0)) {
			append(out, cap, s, a, p);
			a = p = p + 3;
			continue;
		}
		utf8_next(s, p, b, &len);
		p += len ? len : 1;
	}
	append(out, cap, s, a, b);
}

/* Where a from-to phrase starts (财政补助由380元提高到420元): the 从 or 由
 * before an earlier number of the clause, or 0. */
static size_t
from_word(const char *s, size_t cs, size_t pos)
{
	size_t p = pos, at;
	int number_seen = 0;
	while (p > cs) {
		uint32_t cp = utf8_prev(s, cs, p, &at);
		if (cp >= '0' && cp <= '9')
			number_seen = 1;
		if ((cp == 0x4ECE /* 从 */ || cp == 0x7531 /* 由 */) && number_seen)
			return at;
		p = at;
	}
	return 0;
}

/* For a count followed by its noun (8家亿元企业, 12个老旧小区改造), the
 * noun up to the end of the clause, at most NOUN_MAX_CHARS, not into a
 * number or an opening quote. */
static void
counted_noun(const struct sentence *st, const struct quantity *q, char *out,
    size_t cap)
{
	const char *s = st->d->buf;
	/* The clause, 、 going on: 10个核燃料、核装备项目 counts both. */
	size_t ce = clause_end(s, q->end, st->se, 1), len, w = q->end, at;
	uint32_t cp = utf8_next(s, q->end, ce, &len);
	out[0] = '\0';
	/* 20家的目标: what follows names the target, not what is counted. */
	if (cp == 0x7684 /* 的 */ && (lex_prefix(LEX_MEASURE_NOUN, s + q->end +
	    len, ce - q->end - len) > 0 || strncmp(s + q->end + len, "目标",
	    6) == 0 || strncmp(s + q->end + len, "任务", 6) == 0))
		return;
	/* 16个和…: the noun was named before the number. */
	if ((!is_han(cp) && cp != 0x201C && !(cp >= '0' && cp <= '9')) ||
	    is_conjunction(cp))
		return;
	size_t item_end = clause_end(s, q->end, ce, 0);
	for (int n = 0; w < ce && n < NOUN_MAX_CHARS; n++) {
		cp = utf8_next(s, w, ce, &len);
		if (cp == 0xFF08 || cp == '(')
			break;
		if (cp == 0x3001 /* 、 */) {
			/* The noun goes on past 、 only to the noun it shares
			 * (核燃料、核装备项目), not to the next number. */
			size_t e = clause_end(s, w + len, ce, 0);
			int number = 0;
			for (size_t k = w + len; k < e && !number; k++)
				number = s[k] >= '0' && s[k] <= '9';
			if (number || lex_suffix(LEX_FACILITY, s + w + len,
			    e - w - len) == 0)
				break;
			item_end = e;
		}
		if (cp >= '0' && cp <= '9') {
			/* 100个10亿元以上项目: a size class inside the noun,
			 * when what follows up to the next mark names what is
			 * counted. */
			size_t e = item_end;
			if (lex_suffix(LEX_FACILITY, s + w, e - w) == 0 &&
			    lex_suffix(LEX_COMPANY_SUFFIX, s + w, e - w) == 0)
				break;
			if (utf8_count((const unsigned char *)s + q->end,
			    e - q->end) > NOUN_MAX_CHARS)
				break;
			w = e;
			break;
		}
		w += len;
	}
	while (w > q->end && ((cp = utf8_prev(s, q->end, w, &at)) == 0x201C ||
	    cp == 0x2018 || cp == 0xFF08 || cp == 0x300A || cp == '(' ||
	    cp == 0x3001))
		w = at;
	append(out, cap, s, q->end, w);
	/* 6个世界级、7个国家级、9个区域级产业集群: a grade alone counts what
	 * the list's last item names after its grade. */
	size_t n = strlen(out);
	if (n >= 6 && n <= 12 && strcmp(out + n - 3, "级") == 0 &&
	    w + 3 <= ce && memcmp(s + w, "、", 3) == 0) {
		/* Up to another list joined by 和 (…产业集群和10个百亿级
		 * 企业). */
		static const char *const joins[] = {"和", "及", "与"};
		for (size_t k = 0; k < sizeof joins / sizeof joins[0]; k++) {
			const char *j = memmem(s + w, ce - w, joins[k], 3);
			if (j != NULL)
				ce = (size_t)(j - s);
		}
		const char *last = NULL;
		for (const char *x = s + w; (x = memmem(x, (size_t)(s + ce - x),
		    "级", 3)) != NULL; x += 3)
			last = x;
		size_t from = last != NULL ? (size_t)(last + 3 - s) : ce;
		if (from < ce && utf8_count((const unsigned char *)s + from,
		    ce - from) <= NOUN_MAX_CHARS && !has_digit(s + from,
		    ce - from))
			append(out, cap, s, from, ce);
	}
}

/* For a number followed by the task it sizes (完成6.9万亩市级蔬菜基地
 *规划建设任务, 7353户改厕任务), the task's words without 任务 into out;
 * returns whether there was one. */
static int
task_noun(const struct sentence *st, const struct quantity *q, char *out,
    size_t cap)
{
	const char *s = st->d->buf;
	size_t ce = clause_end(s, q->end, st->se, 1), a = q->end;
	if (a + 3 <= ce && memcmp(s + a, "的", 3) == 0)
		a += 3;
	const char *t = memmem(s + a, ce - a, "任务", strlen("任务"));
	if (t == NULL || t == s + a)
		return 0;
	size_t b = (size_t)(t - s);
	if (utf8_count((const unsigned char *)s + a, b - a) > NOUN_MAX_CHARS + 4)
		return 0;
	for (size_t k = a; k < b; k++)
		if ((s[k] >= '0' && s[k] <= '9') || memcmp(s + k, "、", 3) == 0 ||
		    memcmp(s + k, "和", 3) == 0)
			return 0;
	if (b - a > 6 && memcmp(s + b - 6, "工作", 6) == 0)
		b -= 6;
	if (b - a >= 6 && memcmp(s + b - 6, "年度", 6) == 0)
		b -= 6; /* 民生实事年度任务: the year's share is no noun */
	if (b - a > 3 && memcmp(s + b - 3, "的", 3) == 0)
		b -= 3;
	out[0] = '\0';
	append(out, cap, s, a, b);
	return out[0] != '\0';
}

/* Whether out is no subject: empty, a bare verb of change (增长), or a
 * comparison that names none (比“十一五”末降低). */
static int
lacks_subject(const char *m)
{
	size_t n = strlen(m);
	if (n == 0)
		return 1;
	/* 比…降低16%, 总投资60亿元: a comparison or a total of what the
	 * clause before named. */
	if (strncmp(m, "比", 3) == 0 || strncmp(m, "较", 3) == 0 ||
	    strncmp(m, "同比", 6) == 0 || strncmp(m, "总投资", 9) == 0 ||
	    strncmp(m, "总额", 6) == 0 || strncmp(m, "总规模", 9) == 0)
		return 1;
	/* 由1985年的12.9吨标准煤下降: a baseline (a value, or one's 的)
	 * names no subject; 从业人员 does. */
	if ((strncmp(m, "由", 3) == 0 || strncmp(m, "从", 3) == 0) &&
	    (strpbrk(m, "0123456789") != NULL || strstr(m, "的") != NULL))
		return 1;
	/* 平均每年增长6.7%: an average, of the subject before. */
	size_t avg = lex_prefix(LEX_ANNUAL_AVERAGE, m, n);
	m += avg;
	n -= avg;
	size_t k = lex_prefix(LEX_GROWTH, m, n);
	return k == n;
}

/* Whether s[a..b) only says how a value is reckoned (按照1980年不变价格
 * 计算, 按可比价计): no subject, the one before it is. */
static int
reckoning(const char *s, size_t a, size_t b)
{
	return (b - a >= 6 && memcmp(s + a, "按", 3) == 0) &&
	    ((b - a >= 6 && memcmp(s + b - 6, "计算", 6) == 0) ||
	    memcmp(s + b - 3, "计", 3) == 0);
}

/* The subject of the clause before the one starting at cs, when it holds
 * no number: 单位工业增加值能耗（含二氧化碳排放量），要比…降低16%. */
static void
previous_clause_subject(const struct sentence *st, size_t cs, char *out,
    size_t cap)
{
	const char *s = st->d->buf;
	size_t at;
	out[0] = '\0';
	if (cs <= st->ss)
		return;
	utf8_prev(s, st->ss, cs, &at);
	size_t pa = clause_start(s, st->ss, at, 0), pb = at;
	/* 工农业总产值，按照1980年不变价格计算，达到…: past the reckoning. */
	if (reckoning(s, pa, pb) && pa > st->ss) {
		utf8_prev(s, st->ss, pa, &at);
		pa = clause_start(s, st->ss, at, 0);
		pb = at;
	}
	for (size_t k = 0; k < st->nq; k++)
		if (st->q[k].start >= pa && st->q[k].start < pb)
			return;
	metric_trim(st, &pa, &pb);
	if (pb > pa && utf8_count((const unsigned char *)s + pa, pb - pa) <=
	    SUBJECT_MAX_CHARS)
		metric_words(st, pa, pb, out, cap);
}

/* Whether the clause before the one at cs opens its sentence. */
static int
topic_first(const struct sentence *st, size_t cs)
{
	const char *s = st->d->buf;
	size_t at;
	utf8_prev(s, st->ss, cs, &at);
	return clause_start(s, st->ss, at, 0) == st->ss;
}

/* Whether m is a measure and nothing else (产量, 平均每年产量, 比重). */
static int
measure_alone(const char *m)
{
	size_t n = strlen(m);
	size_t avg = lex_prefix(LEX_ANNUAL_AVERAGE, m, n);
	return n > avg && lex_lookup(LEX_MEASURE_NOUN, m + avg, n - avg) != NULL;
}

/* The subject a metric passes on: the metric less a verb of change at its
 * end (工业增加值增长: 工业增加值). */
static void
subject_of(const char *metric, char *out, size_t cap)
{
	size_t n = strlen(metric), k;
	out[0] = '\0';
	if ((k = lex_suffix(LEX_GROWTH, metric, n)) > 0)
		n -= k;
	/* 工农业总产值比1985年增长: the subject is before its comparison. */
	for (size_t i = 3, len; i + 3 <= n; i += len) {
		utf8_next(metric, i, n, &len);
		if (compares_at(metric, i, n)) {
			n = i;
			break;
		}
	}
	if (n < cap) {
		memcpy(out, metric, n);
		out[n] = '\0';
	}
}

/* The noun that directly follows quantity j (新建4万亩、改造提升8万亩高标准
 * 农田: 高标准农田), up to the end of its clause. */
static void
noun_after(const struct sentence *st, size_t j, char *out, size_t cap)
{
	const char *s = st->d->buf;
	size_t e = clause_end(s, st->q[j].end, st->se, 0), len;
	uint32_t cp = utf8_next(s, st->q[j].end, e, &len);
	out[0] = '\0';
	if (!is_han(cp) || is_conjunction(cp) ||
	    utf8_count((const unsigned char *)s + st->q[j].end,
	    e - st->q[j].end) > NOUN_MAX_CHARS)
		return;
	append(out, cap, s, st->q[j].end, e);
}

/* Where what the sum or share q is for ends, when 支持, 用于 or 作为
 * follows it (of a share: 用于 or 作为) and the rest of its clause is
 * short (…8000亿元支持“两重”建设, 60%以上用于产业发展); else 0. */
static size_t
purpose_end(const struct sentence *st, const struct quantity *q)
{
	const char *s = st->d->buf;
	size_t e = clause_end(s, q->end, st->se, 0);
	if ((q->kind != U_MONEY && q->kind != U_PERCENT) || e < q->end + 9 ||
	    ((q->kind != U_MONEY || memcmp(s + q->end, "支持", 6) != 0) &&
	    memcmp(s + q->end, "用于", 6) != 0 &&
	    memcmp(s + q->end, "作为", 6) != 0) ||
	    utf8_count((const unsigned char *)s + q->end, e - q->end) >
	    NOUN_MAX_CHARS)
		return 0;
	return e;
}

/* The metric of a number in a list whose items and values alternate
 * (新增省级精品示范村20个以上、省级中心村50个左右; 签约亿元以上项目600个、
 * 开工500个、投产400个以上; 新建4万亩、改造提升8万亩高标准农田): what the
 * item lacks, the list's first item or last value supplies — the verb
 * that heads it, the noun that names what is counted, the noun after the
 * last value. left is the item's own words, and is completed in place. */
static void
complete_item(const struct sentence *st, size_t i, size_t chain, char *left,
    size_t cap, const char *noun)
{
	const char *s = st->d->buf;
	size_t a = chain, b = st->q[i].start, n = strlen(left);
	/* The list's first item: from the clause start to its first
	 * number. */
	size_t first = i;
	for (size_t j = 0; j < i; j++)
		if (st->q[j].start >= chain) {
			first = j;
			break;
		}
	b = st->q[first].start;
	metric_trim(st, &a, &b);
	if (b <= a)
		return;
	size_t verb = lex_prefix(LEX_ACTION, s + a, b - a);
	size_t own = lex_prefix(LEX_ACTION, left, n);
	char head[FIELD_TEXT_MAX] = "", rest[FIELD_TEXT_MAX] = "";
	if (verb > 0 && own == 0 && (n > 0 || noun[0]) && first != i) {
		/* 省级中心村 takes 新增, unless it says it already
		 * (城区新增公共绿地). */
		append(head, sizeof head, s, a, a + verb);
		if (strstr(left, head) != NULL)
			return;
		/* All or nothing, so that no character is cut. */
		append(rest, sizeof rest, head, 0, strlen(head));
		append(rest, sizeof rest, left, 0, strlen(left));
		if (strlen(rest) == strlen(head) + n && strlen(rest) < cap)
			memcpy(left, rest, strlen(rest) + 1);
		return;
	}
	if (own > 0 && own == n && noun[0] == '\0') {
		/* 投产 takes 亿元以上项目; 新建 takes 高标准农田. */
		char tail[FIELD_TEXT_MAX] = "";
		size_t last = i;
		for (size_t j = i + 1; j < st->nq && st->q[j].start < st->qcb[i]; j++)
			last = j;
		noun_after(st, last, tail, sizeof tail);
		if (tail[0] == '\0' && b - a > verb)
			append(tail, sizeof tail, s, a + verb, b);
		if (n + strlen(tail) < cap)
			strcat(left, tail);
	}
}

size_t
metric_of(const struct sentence *st, size_t i, size_t from, const char *prev,
    char *out, size_t cap)
{
	const struct quantity *q = &st->q[i];
	const char *s = st->d->buf;
	size_t cs = clause_start(s, st->ss, q->start, 0);
	size_t chain = st->qca[i]; /* the clause, 、 going on */
	size_t a = from > cs && from <= q->start ? from : cs, b = q->start;
	size_t f = from_word(s, a, q->start);
	char left[FIELD_TEXT_MAX] = "", noun[FIELD_TEXT_MAX] = "";

	out[0] = '\0';
	/* 新增取得职业资格证书、职业技能等级证书8000人次: a list with no
	 * number before this one is all of what is measured. */
	int alone = cs > chain && !(from > chain && from <= q->start);
	for (size_t j = 0; j < i && alone; j++)
		alone = st->q[j].start < chain;
	if (alone)
		a = chain;
	size_t clause_from = a; /* before the cue words are trimmed off */
	if (f > a)
		b = f;
	/* Only the end of a long clause can be kept. */
	size_t w = chars_before(s, a, b, METRIC_MAX_CHARS + 10);
	a = w > a ? w : a;
	metric_trim(st, &a, &b);
	size_t start = a < b ? a : q->start;
	if (b > a)
		metric_words(st, a, b, left, sizeof left);
	int task = (q->kind == U_COUNT || q->kind == U_MEASURE) &&
	    task_noun(st, q, noun, sizeof noun);
	if (q->kind == U_COUNT && !task) {
		counted_noun(st, q, noun, sizeof noun);
		size_t ll = strlen(left);
		/* 新培育A、B、C等8家亿元企业: the list's names are no part of
		 * what is counted. */
		if (noun[0] && ll >= 3 && strcmp(left + ll - 3, "等") == 0)
			left[0] = '\0';
	}
	/* 开工筹集4000套公共住房，供应6000套: a verb alone and a count that
	 * ends its clause, in the unit of the clause before, count that
	 * clause's noun. */
	if (q->kind == U_COUNT && noun[0] == '\0' && i > 0 && left[0] &&
	    lex_prefix(LEX_ACTION, left, strlen(left)) == strlen(left) &&
	    strcmp(st->q[i - 1].unit, q->unit) == 0 &&
	    st->q[i - 1].end < chain && clause_end(s, q->end, st->se, 0) ==
	    clause_end(s, q->end, st->se, 1) &&
	    clause_end(s, q->end, st->se, 0) <= q->end + 3)
		noun_after(st, i - 1, noun, sizeof noun);
	if (!alone)
		complete_item(st, i, chain, left, sizeof left, noun);
	/* 培育亿元级企业82户，其中十亿元级企业11户: a part named after 其中
	 * takes the verb of the whole. */
	if (strncmp(s + chain, "其中", 6) == 0 && chain > st->ss &&
	    lex_prefix(LEX_ACTION, left, strlen(left)) == 0) {
		size_t at, pa, pb;
		utf8_prev(s, st->ss, chain, &at);
		sentence_clause(st, at, &pa, &pb);
		metric_trim(st, &pa, &pb);
		size_t verb = lex_prefix(LEX_ACTION, s + pa, pb - pa);
		char with[FIELD_TEXT_MAX] = "";
		if (verb > 0) {
			append(with, sizeof with, s, pa, pa + verb);
			if (strlen(with) + strlen(left) < sizeof with) {
				strcat(with, left);
				snprintf(left, sizeof left, "%s", with);
			}
		}
	}
	/* 确保全区90%的化工园区达到…、90%的煤矿达到…: a share of what
	 * reaches the state its clause names, each share its own. */
	/* Before it, nothing or only where (西部地区75%的村…). */
	size_t ll = strlen(left);
	int only_where = ll == 0 || (utf8_count((const unsigned char *)left,
	    ll) <= 4 && lex_suffix(LEX_PLACE_SUFFIX, left, ll) > 0);
	/* What follows the number in its clause, read once for the two
	 * rules below that need it. */
	char after_noun[FIELD_TEXT_MAX] = "";
	int after_read = 0;
	if (q->kind == U_PERCENT && only_where) {
		noun_after(st, i, after_noun, sizeof after_noun);
		after_read = 1;
		if (strncmp(after_noun, "的", 3) == 0 && after_noun[3] != '\0') {
			snprintf(out, cap, "%s", after_noun + 3);
			return start;
		}
	}
	/* 棉花，平均每年产量425万吨: a measure alone after a clause that is
	 * only a noun measures that noun. */
	if (measure_alone(left) && cs == clause_from && cs > st->ss &&
	    topic_first(st, cs)) {
		char subject[FIELD_TEXT_MAX];
		previous_clause_subject(st, cs, subject, sizeof subject);
		size_t sl = strlen(subject);
		/* A topic is a short noun (棉花, 农业总产值), no clause
		 * of action (加快…建设, 做强…链条). */
		if (utf8_count((const unsigned char *)subject, sl) > TOPIC_MAX_CHARS ||
		    lex_prefix(LEX_ACTION, subject, sl) > 0 ||
		    lex_prefix(LEX_LEAD_VERB, subject, sl) > 0)
			subject[0] = '\0';
		if (subject[0] != '\0' && strlen(subject) + ll < sizeof left) {
			memmove(left + strlen(subject), left, ll + 1);
			memcpy(left, subject, strlen(subject));
		}
	}
	if (lacks_subject(left) && !((q->kind == U_COUNT || task) && noun[0])) {
		char subject[FIELD_TEXT_MAX];
		if (left[0] == '\0' && prev[0] != '\0' && cs == clause_from) {
			/* 分别增长4.2%、5.9%, 增长8%，力争10%: a value whose
			 * clause says nothing but a cue has the metric of
			 * the value before it. */
			snprintf(out, cap, "%s", prev);
			/* …8000亿元支持“两重”建设，2000亿元支持设备更新:
			 * the same fund, its own purpose. */
			size_t e = purpose_end(st, q);
			if (e > 0) {
				static const char *const verbs[] = {"支持",
				    "用于", "作为"};
				for (size_t k = 0; k < 3; k++) {
					char *own = strstr(out, verbs[k]);
					if (own != NULL) {
						*own = '\0';
						break;
					}
				}
				append(out, cap, s, q->end, e);
			}
			return start;
		}
		if (prev[0] != '\0')
			subject_of(prev, subject, sizeof subject);
		else
			previous_clause_subject(st, cs, subject, sizeof subject);
		snprintf(out, cap, "%s%s", subject, left);
	} else
		snprintf(out, cap, "%s", left);
	size_t n = strlen(out);
	if (noun[0] && n + strlen(noun) < cap)
		strcat(out, noun);
	/* 完成130公里架空线入地和杆箱整治, 实现95%申请材料只提交一次: with
	 * nothing before the number but its verb, what is measured is the
	 * verb and the noun after the number. */
	if (out[0] == '\0') {
		if (!after_read)
			noun_after(st, i, after_noun, sizeof after_noun);
		/* The verb, perhaps before a comparator (完成不少于60万
		 * 平方米的…). */
		size_t end = q->start, k;
		static const enum lex_table cmp[] = {LEX_CMP_GE, LEX_CMP_LE,
		    LEX_CMP_GT, LEX_CMP_LT, LEX_CMP_APPROX};
		for (size_t c = 0; c < sizeof cmp / sizeof cmp[0]; c++)
			if ((k = lex_suffix(cmp[c], s + cs, end - cs)) > 0) {
				end -= k;
				break;
			}
		k = lex_suffix(LEX_ACTION, s + cs, end - cs);
		const char *noun_text = after_noun;
		if (strncmp(noun_text, "的", 3) == 0)
			noun_text += 3;
		if (k > 0 && noun_text[0] != '\0') {
			append(out, cap, s, end - k, end);
			if (strlen(out) + strlen(noun_text) < cap)
				strcat(out, noun_text);
		} else if (noun_text[0] != '\0') {
			/* 确保44亿元国家政策性资金落地见效, 为2500名…居民
			 * 免费开展筛查: no verb before it, the words after it
			 * say what it is. */
			snprintf(out, cap, "%s", noun_text);
		}
	}
	/* 安排超长期特别国债8000亿元支持“两重”建设、2000亿元支持设备更新:
	 * what a sum funds tells the sums of one fund apart. */
	size_t purpose = out[0] != '\0' ? purpose_end(st, q) : 0;
	if (purpose > 0)
		append(out, cap, s, q->end, purpose);
	/* At most METRIC_MAX_CHARS, keeping the end. */
	n = strlen(out);
	size_t keep = chars_before(out, 0, n, METRIC_MAX_CHARS);
	if (keep > 0)
		memmove(out, out + keep, n - keep + 1);
	return start;
}

size_t
metric_anaphor(const char *m)
{
	static const char *const pointer[] = {"这", "上述", "以上", "前述",
	    "前面", "这些"};
	static const char *const noun[] = {"目标", "指标", "任务"};
	static const char *const count[] = {"两", "三", "四", "五", "六",
	    "七", "八", "九"};
	size_t k, len = strlen(m), at = 0, n = SIZE_MAX;
	/* 力争把上述指标提高到… */
	if (strncmp(m, "把", strlen("把")) == 0 || strncmp(m, "将", strlen("将")) == 0) {
		m += strlen("把");
		len -= strlen("把");
	}
	for (k = 0; k < sizeof pointer / sizeof pointer[0]; k++)
		if (strncmp(m, pointer[k], strlen(pointer[k])) == 0) {
			at = strlen(pointer[k]);
			break;
		}
	if (k == sizeof pointer / sizeof pointer[0])
		return 0;
	for (k = 0; k < sizeof count / sizeof count[0]; k++)
		if (strncmp(m + at, count[k], strlen(count[k])) == 0) {
			at += strlen(count[k]);
			n = k + 2;
			break;
		}
	if (strncmp(m + at, "项", strlen("项")) == 0 ||
	    strncmp(m + at, "个", strlen("个")) == 0)
		at += 3;
	if (at == len)
		return n;
	for (k = 0; k < sizeof noun / sizeof noun[0]; k++)
		if (strcmp(m + at, noun[k]) == 0)
			return n;
	return 0;
}
