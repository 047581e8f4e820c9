/*
 * Articles of a story or page and who committed in each: the interviewee
 * of an interview line, an official the text names, a speaker line, a
 * place's part of a story, or the body its headline opens with.
 */
#define _GNU_SOURCE /* memmem */
#include "attribution.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"
#include "layout.h"
#include "lexicon.h"
#include "patterns.h"

static const char *
ptext(const struct doc *d, const struct para *p, size_t *len)
{
	*len = p->end - p->start;
	return d->buf + p->start;
}

static char *
dup_span(const char *s, size_t a, size_t b)
{
	if (a == (size_t)-1 || b <= a)
		return NULL;
	return strndup(s + a, b - a);
}

/* Appends an article, taking the strings; returns its index or -1 when
 * memory runs out (the strings are freed). */
static int
add_article(struct doc *d, char *title, char *org, char *person)
{
	struct article *bigger = realloc(d->articles,
	    (d->narticles + 1) * sizeof *bigger);
	if (bigger == NULL) {
		free(title);
		free(org);
		free(person);
		return -1;
	}
	d->articles = bigger;
	int company = org != NULL &&
	    lex_suffix(LEX_COMPANY_SUFFIX, org, strlen(org)) > 0;
	d->articles[d->narticles++] = (struct article){title, org, person,
	    company};
	return (int)d->narticles - 1;
}

/* How far from a name, in paragraphs, its fuller form or its article is
 * looked for: a page or a report is 40 to 260 paragraphs. Bounded, so that
 * an input of hundreds of pages is read in time linear in its size; in
 * paragraphs, not bytes, so that the answer is the same whether the text
 * was folded by one thread or in parts. */
#define NEAR_PARAS ((size_t)256)

/* Mentions of name in the paragraphs [first, last]. */
static size_t
mentions(const struct doc *d, size_t first, size_t last, const char *name)
{
	size_t n = 0, k = strlen(name);
	if (k == 0)
		return 0;
	for (size_t i = first; i <= last && i < d->nparas; i++) {
		const struct para *p = &d->paras[i];
		const char *s = d->buf + p->start, *end = d->buf + p->end, *hit;
		while ((hit = memmem(s, (size_t)(end - s), name, k)) != NULL) {
			n++;
			s = hit + k;
		}
	}
	return n;
}

/* Organisations that a post names but that are memberships, not the unit
 * the official runs (市委常委). */
static int
is_membership(const char *org)
{
	static const char *const list[] = {"市委", "县委", "区委", "省委",
	    "州委", "市政府", "县政府", "区政府"};
	for (size_t i = 0; i < sizeof list / sizeof list[0]; i++)
		if (strcmp(org, list[i]) == 0)
			return 1;
	return 0;
}

/* Picks the organisation from the posts of an interview line
 * (市委常委、高新区党工委书记、送桥镇党委书记): the one the article names
 * most, the first on a tie. */
static char *
org_from_posts(const struct doc *d, const char *posts, size_t plen,
    size_t first, size_t last)
{
	char *best = NULL;
	size_t best_count = 0;
	int gorg = pat_group(PAT_POST_ORG, "org");
	size_t pos = 0;

	while (pos < plen) {
		const char *sep = memmem(posts + pos, plen - pos, "、", 3);
		size_t end = sep ? (size_t)(sep - posts) : plen;
		size_t a, b;
		if (pat_match(PAT_POST_ORG, posts + pos, end - pos, 0) == 1) {
			pat_span(gorg, &a, &b);
			char *org = dup_span(posts + pos, a, b);
			if (org != NULL && !is_membership(org)) {
				size_t count = last >= first ?
				    mentions(d, first, last, org) : 0;
				if (best == NULL || count > best_count) {
					free(best);
					best = org;
					best_count = count;
					org = NULL;
				}
			}
			free(org);
		}
		pos = end + (sep ? 3 : 0);
	}
	return best;
}

size_t
place_suffix_near(const struct doc *d, size_t para, const char *s,
    size_t len, const char *const *suffixes, size_t nsuffixes)
{
	size_t first = para > NEAR_PARAS ? para - NEAR_PARAS : 0;
	size_t last = d->nparas - 1 - para > NEAR_PARAS ? para + NEAR_PARAS :
	    d->nparas - 1;
	const char *lo = d->buf + d->paras[first].start;
	const char *hi = d->buf + d->paras[last].end;
	char name[64];
	for (size_t i = 0; i < nsuffixes; i++) {
		size_t k = strlen(suffixes[i]);
		if (len + k >= sizeof name)
			continue;
		memcpy(name, s, len);
		memcpy(name + len, suffixes[i], k);
		for (const char *hit = lo; (hit = memmem(hit, (size_t)(hi - hit),
		    name, len + k)) != NULL; hit++) {
			const char *suffix = hit + len;
			if (lex_prefix(LEX_PLACE_KIND, suffix,
			    (size_t)(d->buf + d->len - suffix)) <= k)
				return i + 1;
		}
	}
	return 0;
}

/* The place a story names in full: 长沙市 when it writes 长沙 and also
 * 长沙市 near it. Returns a malloc'd name. */
static char *
full_place(const struct doc *d, size_t para, const char *s, size_t len)
{
	static const char *const suffixes[] = {"市", "省", "县", "区", "州",
	    "自治区", "自治州"};
	size_t n = sizeof suffixes / sizeof suffixes[0], i = 0;
	if (lex_suffix(LEX_PLACE_SUFFIX, s, len) == 0)
		i = place_suffix_near(d, para, s, len, suffixes, n);
	if (i == 0)
		return strndup(s, len);
	char *name = malloc(len + strlen(suffixes[i - 1]) + 1);
	if (name != NULL)
		sprintf(name, "%.*s%s", (int)len, s, suffixes[i - 1]);
	return name;
}

/* The first place (last, when last is set) of one level (level: 3
 * bytes, 省 or 市 …) named in s[0..len), as a malloc'd name, or NULL. */
static char *
place_in(const char *s, size_t len, const char *level, int last)
{
	int gname = pat_group(PAT_PLACE_NAME, "name");
	char *found = NULL;
	size_t a, b, pos = 0;
	while (pos < len && pat_find(PAT_PLACE_NAME, s, len, pos) == 1) {
		pat_span(gname, &a, &b);
		pos = b;
		if (memcmp(s + b - 3, level, 3) == 0) {
			free(found);
			found = dup_span(s, a, b);
			if (!last)
				break;
		}
	}
	return found;
}

/* The place of one level (level: 3 bytes, 省 or 市 …) that a post alone
 * (江西省委常委、常务副省长凌成兴, 市长龚正) serves: the last such place
 * named before it in its paragraph (s, the post at s[at]), else the
 * first in the headline. A malloc'd name, or NULL. */
static char *
place_of_level(const struct doc *d, const char *s, size_t at,
    const char *level)
{
	char *found = place_in(s, at, level, 1);
	for (size_t i = 0; i < d->nparas && found == NULL; i++) {
		size_t len;
		const char *t = ptext(d, &d->paras[i], &len);
		if (d->paras[i].kind == PARA_TITLE) {
			found = place_in(t, len, level, 0);
			break;
		}
	}
	return found;
}

/* The official first named in paragraphs [first, last]
 * (高邮镇党委书记张中斌), as *org and *person; a post alone (县长陈建国)
 * names its level of government. */
static void
first_official(const struct doc *d, size_t first, size_t last, char **org,
    char **person)
{
	int gorg = pat_group(PAT_OFFICIAL, "org");
	int gname = pat_group(PAT_OFFICIAL, "name");
	int gtitle = pat_group(PAT_OFFICIAL, "title");

	*org = *person = NULL;
	for (size_t i = first; i <= last && i < d->nparas && !*person; i++) {
		size_t len, a, b;
		const char *s = ptext(d, &d->paras[i], &len);
		int kind = d->paras[i].kind;
		if ((kind != PARA_BODY && kind != PARA_TITLE) ||
		    pat_match(PAT_OFFICIAL, s, len, 0) != 1)
			continue;
		/* A line that is nothing but an official (云浮市云城区委书记
		 * 叶伟光) introduces the one who speaks below it. */
		pat_span(0, &a, &b);
		if (kind == PARA_TITLE && b != len)
			continue;
		pat_span(gorg, &a, &b);
		if (a != (size_t)-1)
			*org = full_place(d, i, s + a, b - a);
		pat_span(gname, &a, &b);
		*person = dup_span(s, a, b);
		pat_span(gtitle, &a, &b);
		if (*org == NULL && b - a == 6 &&
		    memcmp(s + a + 3, "长", 3) == 0 &&
		    memmem("市县区镇乡省州", strlen("市县区镇乡省州"), s + a, 3) != NULL) {
			size_t at;
			pat_span(0, &at, &b);
			*org = place_of_level(d, s, at, s + a);
			if (*org == NULL) {
				char gov[16];
				memcpy(gov, s + a, 3);
				memcpy(gov + 3, "政府", sizeof "政府");
				*org = strdup(gov);
			}
		}
	}
}

/* Whether the document writes name (s[0..len)) with a place suffix
 * somewhere: 黔东南 as 黔东南州. */
static int
suffixed_anywhere(const struct doc *d, const char *s, size_t len)
{
	const char *hay = d->buf, *end = d->buf + d->len;
	while (hay < end) {
		const char *hit = memmem(hay, (size_t)(end - hay), s, len);
		if (hit == NULL)
			return 0;
		size_t rest = (size_t)(end - hit) - len;
		size_t k = lex_prefix(LEX_PLACE_SUFFIX, hit + len, rest);
		if (k > 0)
			return 1;
		hay = hit + len;
	}
	return 0;
}

/* The body that issued the document paragraphs [first, last] report on
 * (XX厅网站公布《…》), or else the one that told the story (记者从青岛市
 * 交通运输委了解到), as a malloc'd name, or NULL. */
static char *
first_issuer(const struct doc *d, size_t first, size_t last)
{
	static const enum pattern_id pats[] = {PAT_ISSUER, PAT_ENTRUSTED,
	    PAT_TOLD_BY};
	for (size_t k = 0; k < sizeof pats / sizeof pats[0]; k++) {
		int gorg = pat_group(pats[k], "org");
		for (size_t i = first; i <= last && i < d->nparas; i++) {
			size_t len, a, b;
			const char *s = ptext(d, &d->paras[i], &len);
			if (d->paras[i].kind == PARA_BODY &&
			    pat_find(pats[k], s, len, 0) == 1) {
				pat_span(gorg, &a, &b);
				return full_place(d, i, s + a, b - a);
			}
		}
	}
	return NULL;
}

/* The place a story names most often in paragraphs [first, last], three
 * times at least and more often than any other (光明区 of a story on
 * 深圳市光明区's half year), as a malloc'd name, or NULL. A name found
 * after a verb (走进江口县) counts with each of its shorter ends
 * (江口县, 进江口县 …); of ends named as often, the longest wins
 * (乌鲁木齐市 over 木齐市). */
static char *
most_named_place(const struct doc *d, size_t first, size_t last)
{
	enum { MAX_NAMES = 48 };
	struct named { const char *s; size_t len, count; } seen[MAX_NAMES];
	size_t nseen = 0;
	int gname = pat_group(PAT_PLACE_NAME, "name");
	for (size_t i = first; i <= last && i < d->nparas; i++) {
		size_t len, a, b, pos = 0;
		const char *s = ptext(d, &d->paras[i], &len);
		if (d->paras[i].kind != PARA_BODY)
			continue;
		while (pos < len && pat_find(PAT_PLACE_NAME, s, len, pos) == 1) {
			pat_span(gname, &a, &b);
			pos = b;
			/* Ideographs are 3 bytes: ends of 2 characters and the
			 * suffix or more; none inside a kind of place that
			 * ends the name (分地区 of 部分地区). */
			size_t kind = lex_suffix(LEX_PLACE_KIND, s + a, b - a);
			for (size_t e = a; e + 9 <= b; e += 3) {
				if (b - e <= kind ||
				    lex_suffix(LEX_PLACE_KIND, s + e, b - e) > 0)
					continue;
				size_t k = 0;
				while (k < nseen && !(seen[k].len == b - e &&
				    memcmp(seen[k].s, s + e, b - e) == 0))
					k++;
				if (k == nseen && nseen < MAX_NAMES)
					seen[nseen++] = (struct named){s + e, b - e, 0};
				if (k < nseen)
					seen[k].count++;
			}
		}
	}
	size_t at = 0;
	for (size_t k = 1; k < nseen; k++)
		if (seen[k].count > seen[at].count || (seen[k].count ==
		    seen[at].count && seen[k].len > seen[at].len))
			at = k;
	if (nseen == 0 || seen[at].count < 3)
		return NULL;
	/* Another place named as often: the story is on neither. */
	for (size_t k = 0; k < nseen; k++) {
		const struct named *o = &seen[k];
		int nested = o->len < seen[at].len ? memcmp(seen[at].s +
		    seen[at].len - o->len, o->s, o->len) == 0 :
		    memcmp(o->s + o->len - seen[at].len, seen[at].s,
		    seen[at].len) == 0;
		if (k != at && !nested && o->count >= seen[at].count)
			return NULL;
	}
	return strndup(seen[at].s, seen[at].len);
}

/* Whether paragraphs [first, last] speak of their city as their own
 * (我市, 全市, 市政府, 市委). */
static int
speaks_as_city(const struct doc *d, size_t first, size_t last)
{
	static const char *const own[] = {"我市", "全市", "市政府", "市委"};
	const char *lo = d->buf + d->paras[first].start;
	size_t n = d->paras[last].end - d->paras[first].start;
	for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
		if (memmem(lo, n, own[i], strlen(own[i])) != NULL)
			return 1;
	return 0;
}

/* The city of the daily a story appeared in (新乡市 of "新乡日报记者",
 * "据《淮南日报》"), named in paragraphs [0, last], when the story in
 * [first, last] speaks of its city as its own; a malloc'd name, or NULL.
 * A city paper's story names its city no more than its readers do. */
static char *
paper_city(const struct doc *d, size_t first, size_t last)
{
	static const char paper[] = "日报";
	if (!speaks_as_city(d, first, last))
		return NULL;
	const char *lo = d->buf, *end = d->buf + d->paras[last].end;
	for (const char *hit = lo; (hit = memmem(hit, (size_t)(end - hit),
	    paper, sizeof paper - 1)) != NULL; hit += sizeof paper - 1) {
		size_t pos = (size_t)(hit - lo), at = pos, prev, chars = 0;
		uint32_t cp;
		while (chars < 5 && (cp = utf8_prev(lo, 0, at, &prev)) >= 0x4E00 &&
		    cp <= 0x9FFF) {
			at = prev;
			chars++;
		}
		size_t name = pos - at;
		if (chars < 2 || chars > 4 || name != chars * 3 ||
		    lex_lookup(LEX_PAPER_NAME, lo + at, name) != NULL ||
		    lex_prefix(LEX_LEAD_VERB, lo + at, name) > 0 || /* 据 */
		    lex_province(lo + at, name, &(size_t){0}) != NULL)
			continue;
		char *city = malloc(name + sizeof "市");
		if (city == NULL)
			return NULL;
		memcpy(city, lo + at, name);
		memcpy(city + name, "市", sizeof "市");
		return city;
	}
	return NULL;
}

/* Whether the name s[0..end) is, or runs on into, a kind of place
 * (大城市, 中心 of 中心城区, 山乡). */
static int
kind_of_place(const char *s, size_t end, size_t len)
{
	for (size_t more = 0; more <= 6 && end + more <= len; more += 3)
		if (lex_suffix(LEX_PLACE_KIND, s, end + more) > 0)
			return 1;
	return 0;
}

/* Whether s[0..end) ends in a part of the country by its quarter (东部,
 * 中西部, 东中西部): a region, not a ministry's 部. */
static int
region(const char *s, size_t end)
{
	size_t at;
	if (end < 6 || memcmp(s + end - 3, "部", 3) != 0)
		return 0;
	uint32_t cp = utf8_prev(s, 0, end - 3, &at);
	return cp == 0x4E1C /* 东 */ || cp == 0x897F /* 西 */ ||
	    cp == 0x5357 /* 南 */ || cp == 0x5317 /* 北 */ ||
	    cp == 0x4E2D /* 中 */;
}

/* The body a headline opens with: 南方电网 of 南方电网物资管理目标, 深圳
 * of 深圳如何实现…; NULL when it opens with none. */
static char *
headline_body(const struct doc *d, size_t para, const char *s, size_t len)
{
	size_t pos = 0, n, best = 0;
	/* 落实政府过紧日子要求 opens with a verb, not a body. */
	if (lex_prefix(LEX_ACTION, s, len) > 0 ||
	    lex_prefix(LEX_LEAD_VERB, s, len) > 0)
		return NULL;
	for (int k = 0; k < 12 && pos < len; k++) {
		uint32_t cp = utf8_next(s, pos, len, &n);
		if (cp < 0x4E00 || cp > 0x9FFF)
			break;
		pos += n;
		/* Not into a post: 河川县 of 河川县县长, not 河川县县. */
		if (k >= 1 && (lex_suffix(LEX_BODY_SUFFIX, s, pos) > 0 ||
		    lex_suffix(LEX_PLACE_SUFFIX, s, pos) > 0) &&
		    !kind_of_place(s, pos, len) && !region(s, pos) &&
		    lex_prefix(LEX_POST, s + pos - n, len - pos + n) == 0)
			best = pos;
	}
	return best > 0 ? full_place(d, para, s, best) : NULL;
}

/* Whether the story names s[0..len) right after an official's post
 * (江宁区区长严应骏): then it is a person, whose answers in an interview
 * open with the name and a colon like a place's part does. */
static int
named_after_post(const struct doc *d, const char *s, size_t len)
{
	const char *hay = d->buf, *end = d->buf + d->len;
	for (const char *hit; (hit = memmem(hay, (size_t)(end - hay), s,
	    len)) != NULL; hay = hit + len)
		if (lex_suffix(LEX_POST, d->buf, (size_t)(hit - d->buf)) > 0)
			return 1;
	return 0;
}

/* Whether a paragraph opens one place's part of a story (长沙：…, or a
 * heading that is a place: （二）武汉市); sets *a, *b to the place. A
 * place without a suffix counts only when the story has several. */
static int
place_head(const struct doc *d, const struct para *p, int several,
    size_t *a, size_t *b)
{
	size_t len;
	const char *s = ptext(d, p, &len);
	int gplace = pat_group(PAT_PLACE_HEAD, "place");
	if (p->kind == PARA_META || p->kind == PARA_BYLINE ||
	    p->kind == PARA_SPEAKER || pat_match(PAT_PLACE_HEAD, s, len, 0) != 1)
		return 0;
	pat_span(gplace, a, b);
	size_t n = *b - *a;
	if (lex_suffix(LEX_PLACE_KIND, s + *a, n) > 0 ||
	    lex_prefix(LEX_CHROME, s + *a, len - *a) > 0 ||
	    lex_suffix(LEX_SPEECH, s + *a, n) > 0 ||
	    pat_find(PAT_BYLINE, s + *a, n, 0) == 1 ||
	    memmem(s + *a, n, "部", 3) != NULL ||
	    lex_suffix(LEX_POST, s + *a, n) > 0 ||
	    lex_lookup(LEX_INTERVIEW_ROLE, s + *a, n) != NULL ||
	    named_after_post(d, s + *a, n))
		return 0;
	/* 长沙：… names a place with its colon; a heading that is only a
	 * place (（二）武汉市) with its suffix. Without a suffix, among
	 * several heads, a name of two or three characters (长沙, 石家庄)
	 * or one the story also writes with a suffix: 土地政策：, 项目审批：
	 * are topics. */
	int colon = *b < len && (memcmp(s + *b, "：", 3) == 0 || s[*b] == ':');
	if (colon && lex_suffix(LEX_PLACE_SUFFIX, s + *a, n) > 0)
		return 1;
	if (colon)
		return several && (utf8_count((const unsigned char *)s + *a, n) <= 3 ||
		    suffixed_anywhere(d, s + *a, n));
	return lex_suffix(LEX_PLACE_SUFFIX, s + *a, n) > 0 &&
	    p->kind != PARA_BODY;
}

/* Articles of the place heads of a story, when it has two or more:
 * each place's part runs to the next. Returns 0, or -1 when memory runs
 * out. */
static int
place_articles(struct doc *d)
{
	size_t heads = 0, a, b;
	for (size_t i = 0; i < d->nparas; i++)
		heads += place_head(d, &d->paras[i], 0, &a, &b) ||
		    (d->paras[i].kind != PARA_BODY &&
		    place_head(d, &d->paras[i], 1, &a, &b));
	if (heads < 2)
		return 0;
	int art = -1;
	for (size_t i = 0; i < d->nparas; i++) {
		struct para *p = &d->paras[i];
		if (place_head(d, p, 1, &a, &b)) {
			art = add_article(d, NULL, full_place(d, i,
			    d->buf + p->start + a, b - a), NULL);
			if (art < 0)
				return -1;
		}
		if (art >= 0)
			p->article = art;
	}
	return 0;
}

/* A speaker line opens what one official says, up to the next speaker
 * line or headline. Returns 0, or -1 when memory runs out. */
static int
speaker_articles(struct doc *d)
{
	int gname = pat_group(PAT_SPEAKER_HEAD, "name");
	int gorg = pat_group(PAT_SPEAKER_HEAD, "org");
	int art = -1;
	for (size_t i = 0; i < d->nparas; i++) {
		struct para *p = &d->paras[i];
		size_t len, a, b;
		const char *s = ptext(d, p, &len);
		if (p->kind == PARA_SPEAKER && pat_match(PAT_SPEAKER_HEAD, s,
		    len, 0) == 1) {
			pat_span(gname, &a, &b);
			char *person = dup_span(s, a, b);
			pat_span(gorg, &a, &b);
			char *org = dup_span(s, a, b);
			art = add_article(d, NULL, org, person);
			if (art < 0)
				return -1;
		} else if (p->kind == PARA_TITLE || p->kind == PARA_INTERVIEW)
			art = -1;
		if (art >= 0)
			p->article = art;
	}
	return 0;
}

struct block {
	size_t first, last; /* body paragraphs */
};

/* Whether a byline or interview line stands between paragraphs a and b:
 * then what follows is another story. */
static int
bylined(const struct doc *d, size_t a, size_t b)
{
	for (size_t i = a + 1; i < b; i++)
		if (d->paras[i].kind == PARA_BYLINE ||
		    d->paras[i].kind == PARA_INTERVIEW)
			return 1;
	return 0;
}

/* Whether block b lies more than NEAR_PARAS paragraphs from paragraph i. */
static int
far_apart(const struct block *b, size_t i)
{
	return (b->last < i && i - b->last > NEAR_PARAS) ||
	    (b->first > i && b->first - i > NEAR_PARAS);
}

/* Articles of a page: bodies, bylines, headlines and ——访 lines. A body
 * belongs to the interviewee it names most; a body that names none goes
 * with the nearest interview line after it (the seed's paper prints the
 * headline under the article), or before it. Bodies left get the first
 * official they name, or the body their headline opens with. */
static int
page_articles(struct doc *d)
{
	size_t nblocks = 0;
	struct block *blocks = malloc((d->nparas + 1) * sizeof *blocks);
	int *block_article = malloc((d->nparas + 1) * sizeof *block_article);
	int gname = pat_group(PAT_INTERVIEW, "name");
	int gposts = pat_group(PAT_INTERVIEW, "posts");
	int rc = -1;

	if (blocks == NULL || block_article == NULL)
		goto out;
	for (size_t i = 0; i < d->nparas; i++) {
		enum para_kind k = d->paras[i].kind;
		if (k != PARA_BODY && k != PARA_HEADING && k != PARA_GLOSSARY)
			continue;
		if (nblocks > 0 && blocks[nblocks - 1].last + 1 == i)
			blocks[nblocks - 1].last = i;
		else
			blocks[nblocks++] = (struct block){i, i};
	}
	for (size_t b = 0; b < nblocks; b++)
		block_article[b] = -1;

	/* One article per interview line. */
	for (size_t i = 0; i < d->nparas; i++) {
		struct para *p = &d->paras[i];
		if (p->kind != PARA_INTERVIEW)
			continue;
		size_t len, a, b;
		const char *s = ptext(d, p, &len);
		if (pat_match(PAT_INTERVIEW, s, len, 0) != 1)
			continue;
		pat_span(gname, &a, &b);
		char *person = dup_span(s, a, b);
		size_t pa, pb;
		pat_span(gposts, &pa, &pb);
		if (person == NULL)
			continue;
		size_t best = (size_t)-1, best_count = 0;
		for (size_t k = 0; k < nblocks; k++) {
			/* The bodies of its page: within NEAR_PARAS. */
			if (far_apart(&blocks[k], i))
				continue;
			size_t c = mentions(d, blocks[k].first, blocks[k].last,
			    person);
			if (c > best_count) {
				best_count = c;
				best = k;
			}
		}
		if (best == (size_t)-1) {
			for (size_t k = nblocks; k-- > 0;)
				if (blocks[k].last < i && block_article[k] < 0) {
					best = k;
					break;
				}
			for (size_t k = 0; best == (size_t)-1 && k < nblocks; k++)
				if (blocks[k].first > i && block_article[k] < 0)
					best = k;
		}
		char *org = NULL;
		if (pa != (size_t)-1)
			org = best != (size_t)-1 ?
			    org_from_posts(d, s + pa, pb - pa, blocks[best].first,
				blocks[best].last) :
			    org_from_posts(d, s + pa, pb - pa, 1, 0);
		char *title = NULL;
		if (i > 0 && d->paras[i - 1].kind == PARA_TITLE) {
			size_t tl;
			const char *ts = ptext(d, &d->paras[i - 1], &tl);
			title = strndup(ts, tl);
		}
		int art = add_article(d, title, org, person);
		if (art < 0)
			goto out;
		p->article = art;
		if (best != (size_t)-1)
			block_article[best] = art;
	}

	for (size_t k = 0; k < nblocks; k++) {
		if (block_article[k] >= 0)
			continue;
		/* A continuation of the article before it when no headline,
		 * byline or interview line separates them. */
		if (k > 0 && block_article[k - 1] >= 0) {
			int separated = 0;
			for (size_t i = blocks[k - 1].last + 1; i < blocks[k].first; i++)
				if (d->paras[i].kind != PARA_META &&
				    d->paras[i].kind != PARA_SPEAKER)
					separated = 1;
			if (!separated) {
				block_article[k] = block_article[k - 1];
				continue;
			}
		}
		char *org, *person, *title = NULL;
		first_official(d, blocks[k].first, blocks[k].last, &org, &person);
		size_t head = (size_t)-1;
		for (size_t i = blocks[k].first; i-- > 0;) {
			if (d->paras[i].kind == PARA_TITLE) {
				head = i;
				break;
			}
			if (d->paras[i].kind == PARA_BODY)
				break;
		}
		if (head == (size_t)-1 && k == 0 && d->nparas > 0 &&
		    d->paras[0].kind == PARA_TITLE)
			head = 0;
		if (head != (size_t)-1) {
			size_t tl;
			const char *ts = ptext(d, &d->paras[head], &tl);
			title = strndup(ts, tl);
			/* A headline line that is nothing but an official (of
			 * the few before the text) names who speaks in it. */
			for (size_t i = blocks[k].first, n = 0; person == NULL &&
			    i-- > 0 && n < 3 && d->paras[i].kind == PARA_TITLE; n++) {
				char *horg;
				first_official(d, i, i, &horg, &person);
				if (org == NULL)
					org = horg;
				else
					free(horg);
			}
			if (org == NULL)
				org = headline_body(d, head, ts, tl);
		}
		/* A part under a subheading of the same story (no byline or
		 * interview line between) names no one new: it is still the
		 * story before. */
		if (org == NULL && person == NULL && k > 0 &&
		    block_article[k - 1] >= 0 && !bylined(d, blocks[k - 1].last,
		    blocks[k].first)) {
			free(title);
			block_article[k] = block_article[k - 1];
			continue;
		}
		int art = add_article(d, title, org, person);
		if (art < 0)
			goto out;
		block_article[k] = art;
	}
	for (size_t k = 0; k < nblocks; k++)
		for (size_t i = blocks[k].first; i <= blocks[k].last; i++)
			d->paras[i].article = block_article[k];
	/* A story that names no official: a story on a document is its
	 * issuer's; a story on one place is the place it names most. */
	for (size_t k = 0; k < nblocks; k++) {
		if (block_article[k] < 0)
			continue;
		struct article *a = &d->articles[block_article[k]];
		if (a->org != NULL || a->person != NULL || (k > 0 &&
		    block_article[k - 1] == block_article[k]))
			continue;
		size_t last = blocks[k].last;
		for (size_t j = k + 1; j < nblocks &&
		    block_article[j] == block_article[k]; j++)
			last = blocks[j].last;
		a->org = first_issuer(d, blocks[k].first, last);
		if (a->org == NULL)
			a->org = most_named_place(d, blocks[k].first, last);
		if (a->org == NULL)
			a->org = paper_city(d, blocks[k].first, last);
		a->company = a->org != NULL && lex_suffix(LEX_COMPANY_SUFFIX,
		    a->org, strlen(a->org)) > 0;
	}
	rc = 0;
out:
	free(blocks);
	free(block_article);
	return rc;
}

int
attribution_read(struct doc *d)
{
	if (page_articles(d) != 0 || speaker_articles(d) != 0 ||
	    place_articles(d) != 0)
		return -1;
	return 0;
}
