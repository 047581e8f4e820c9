/*
 * Segmentation: what each paragraph is, which sections look back and which
 * plan ahead, and who speaks in each article.
 */
#define _GNU_SOURCE /* memmem */
#include "segment.h"

#include <stdlib.h>
#include <string.h>

#include "../common/utf8.h"
#include "numerals.h"
#include "patterns.h"

/* Headings and headlines are short; a paragraph longer than this is body
 * text even when it opens with 一、. */
enum { HEADING_MAX_CHARS = 48, TITLE_MAX_CHARS = 40, FRONT_MATTER = 14 };

static const char *
ptext(const struct doc *d, const struct para *p, size_t *len)
{
	*len = p->end - p->start;
	return d->buf + p->start;
}

static size_t
pchars(const struct doc *d, const struct para *p)
{
	return utf8_count((const unsigned char *)d->buf + p->start,
	    p->end - p->start);
}

static int
contains(const char *s, size_t len, const char *lit)
{
	return memmem(s, len, lit, strlen(lit)) != NULL;
}

/* A sentence has a full stop, question or exclamation mark, or semicolon
 * inside or at the end; a heading or headline has none of these. */
static int
has_sentence_punct(const char *s, size_t len)
{
	return contains(s, len, "。") || contains(s, len, "！") ||
	    contains(s, len, "？") || contains(s, len, "；") ||
	    contains(s, len, "，");
}

/* A full stop before the last character: a heading followed by text. */
static int
inner_stop(const char *s, size_t len)
{
	return len > 3 && contains(s, len - 3, "。");
}

static int
matches(enum pattern_id id, const char *s, size_t len)
{
	return pat_match(id, s, len, 0) == 1;
}

/* Gives paragraph i its kind; *seen_body says whether body text came
 * before it, and is updated. */
static void
classify(struct doc *d, size_t i, int *seen_body)
{
	struct para *p = &d->paras[i];
	size_t len;
	const char *s = ptext(d, p, &len);
	/* Past 60 characters only body text and an editor's note are left;
	 * a report is mostly such paragraphs. */
	if (len > 4 * 60) {
		p->kind = matches(PAT_EDITOR, s, len) ? PARA_EDITOR : PARA_BODY;
		*seen_body |= p->kind == PARA_BODY;
		return;
	}
	size_t chars = pchars(d, p);
	int sentence = has_sentence_punct(s, len);

	if (matches(PAT_CHROME, s, len) && chars <= 20)
		p->kind = PARA_META;
	else if (matches(PAT_EDITOR, s, len))
		p->kind = PARA_EDITOR;
	else if (matches(PAT_INTERVIEW, s, len))
		p->kind = PARA_INTERVIEW;
	else if (strncmp(s, "—", strlen("—")) == 0 && chars <= 60)
		p->kind = PARA_META; /* ——在…大会上, series lines */
	else if (chars <= 40 && matches(PAT_BYLINE, s, len))
		p->kind = PARA_BYLINE;
	else if (chars <= HEADING_MAX_CHARS &&
	    matches(PAT_SUBHEADING, s, len) && !inner_stop(s, len))
		p->kind = PARA_SUBHEADING;
	else if (chars <= HEADING_MAX_CHARS &&
	    matches(PAT_HEADING, s, len) && !inner_stop(s, len))
		p->kind = PARA_HEADING;
	else if (chars <= TITLE_MAX_CHARS && !sentence) {
		/* A short line that is no sentence: a title before the body
		 * starts, a section heading when it names one, otherwise a
		 * headline, speaker or date line. */
		if (!*seen_body)
			p->kind = PARA_TITLE;
		else if (matches(PAT_PAST_HEADING, s, len) ||
		    matches(PAT_FUTURE_HEADING, s, len))
			p->kind = d->wrapped ? PARA_TITLE : PARA_HEADING;
		else
			p->kind = PARA_TITLE;
	} else {
		p->kind = PARA_BODY;
		*seen_body = 1;
	}
}

static int
is_report(const struct doc *d)
{
	for (size_t i = 0; i < d->nparas && i < FRONT_MATTER; i++) {
		size_t len;
		const char *s = ptext(d, &d->paras[i], &len);
		if (matches(PAT_REPORT_MARK, s, len))
			return 1;
	}
	return 0;
}

/* Marks paragraph i past, future or neutral. A report opens with its
 * retrospective; headings switch the state; a paragraph that opens the
 * plan (今年政府工作的总体要求是) switches it for good, one that looks back
 * inside a plan only for itself. */
static void
assign_tense(struct doc *d, size_t i)
{
	struct segment_state *st = &d->seg;
	struct para *p = &d->paras[i];
	size_t len;
	const char *s = ptext(d, p, &len);
	enum tense here;

	switch (p->kind) {
	case PARA_HEADING:
	case PARA_SUBHEADING:
		if (matches(PAT_PAST_HEADING, s, len))
			st->tense = TENSE_PAST;
		else if (matches(PAT_FUTURE_HEADING, s, len))
			st->tense = TENSE_FUTURE;
		/* 三、2026年主要工作 names the period of what follows; a
		 * subheading keeps its section's. */
		if (p->kind == PARA_HEADING)
			st->period_para = st->tense == TENSE_FUTURE &&
			    matches(PAT_PERIOD, s, len) ? (int)i : -1;
		here = st->tense;
		break;
	case PARA_BODY:
		if (st->tense != TENSE_FUTURE &&
		    matches(PAT_FUTURE_OPENING, s, len) &&
		    (st->report || st->tense == TENSE_PAST)) {
			st->tense = TENSE_FUTURE;
			here = st->tense;
		} else if (matches(PAT_PAST_OPENING, s, len))
			here = TENSE_PAST;
		else
			here = st->tense;
		break;
	default:
		here = st->tense;
	}
	p->tense = here;
	p->period_para = here == TENSE_FUTURE ? st->period_para : -1;
}

void
doc_segment_upto(struct doc *d, size_t to)
{
	if (to > d->nparas)
		to = d->nparas;
	for (size_t i = d->seg.done; i < to; i++) {
		classify(d, i, &d->seg.seen_body);
		assign_tense(d, i);
	}
	if (to > d->seg.done)
		d->seg.done = to;
}

/* The year of a report: the first year written in its front matter
 * (2004年政府工作报告, 二〇二五年一月五日在…), or 0. */
static int
report_year(const struct doc *d)
{
	for (size_t i = 0; i < d->nparas && i < FRONT_MATTER; i++) {
		size_t len;
		const char *s = ptext(d, &d->paras[i], &len);
		if (pat_match(PAT_YEAR, s, len, 0) == 1) {
			size_t a, b;
			pat_span(0, &a, &b);
			int y = numeral_year(s + a, b - a);
			if (y > 0)
				return y;
		}
	}
	return 0;
}

static char *
dup_span(const char *s, size_t a, size_t b)
{
	if (a == (size_t)-1 || b <= a)
		return NULL;
	return strndup(s + a, b - a);
}

/* Like dup_span, without the spaces that pad a short name (龚  正). */
static char *
dup_name(const char *s, size_t a, size_t b)
{
	char *name = dup_span(s, a, b), *o = name;
	if (name == NULL)
		return NULL;
	for (const char *c = name; *c != '\0'; c++)
		if (*c != ' ')
			*o++ = *c;
	*o = '\0';
	return name;
}

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
	d->articles[d->narticles++] = (struct article){title, org, person};
	return (int)d->narticles - 1;
}

/* Whether s ends with the post of a government's head (…市长, …省长). */
static int
ends_with_post(const char *s, size_t len)
{
	static const char *const posts[] = {"市长", "省长", "县长", "区长",
	    "州长", "盟长", "旗长", "主席", "总理"};
	for (size_t i = 0; i < sizeof posts / sizeof posts[0]; i++) {
		size_t n = strlen(posts[i]);
		if (len >= n && memcmp(s + len - n, posts[i], n) == 0)
			return 1;
	}
	return 0;
}

/* Frees and clears *org when it names no place: 自治区 from
 * 在自治区第十三届人民代表大会, 省人民政府 from 我代表省人民政府. */
static void
drop_if_no_place(char **org)
{
	static const char *const bare[] = {"自治区", "自治州", "省", "市", "县",
	    "区", "州", "盟", "旗"};
	size_t n;

	if (*org == NULL)
		return;
	n = strlen(*org);
	if (n > strlen("人民政府") &&
	    strcmp(*org + n - strlen("人民政府"), "人民政府") == 0)
		n -= strlen("人民政府");
	for (size_t i = 0; i < sizeof bare / sizeof bare[0]; i++)
		if (strlen(bare[i]) == n && memcmp(*org, bare[i], n) == 0) {
			free(*org);
			*org = NULL;
			return;
		}
}

/* The government that reports: 长沙市人民政府 from 在长沙市第十二届人民代表大会,
 * else from the title or the speaker's line, else from 我代表…人民政府;
 * the speaker from 市长 谭仲池. */
static int
report_article(struct doc *d)
{
	char *title = NULL, *org = NULL, *person = NULL, *speaker_org = NULL;
	char *delegate_org = NULL;
	int gdorg = pat_group(PAT_DELEGATE_ORG, "org");
	int gorg = pat_group(PAT_REPORT_ORG, "org");
	int gsorg = pat_group(PAT_REPORT_SPEAKER, "org");
	int gname = pat_group(PAT_REPORT_SPEAKER, "name");
	int gtitle = pat_group(PAT_REPORT_SPEAKER, "title");
	int gtorg = pat_group(PAT_TITLE_SPEAKER, "org");
	int gtitle_org = pat_group(PAT_TITLE_ORG, "org");
	int gtname = pat_group(PAT_TITLE_SPEAKER, "name");
	size_t a, b;

	for (size_t i = 0; i < d->nparas && i < FRONT_MATTER + 6; i++) {
		struct para *p = &d->paras[i];
		size_t len;
		const char *s = ptext(d, p, &len);
		/* The title names the report: 2004年政府工作报告, or the
		 * part before —— of 政府工作报告——2026年2月4日在…. */
		if (title == NULL && contains(s, len, "报告") &&
		    (p->kind == PARA_TITLE || i == 0)) {
			const char *dash = memmem(s, len, "——", 6);
			size_t tl = dash && dash > s ? (size_t)(dash - s) : len;
			if (pchars(d, p) <= TITLE_MAX_CHARS || dash)
				title = strndup(s, tl);
		}
		if (org == NULL && matches(PAT_REPORT_ORG, s, len)) {
			pat_span(gorg, &a, &b);
			org = dup_span(s, a, b);
		}
		if (delegate_org == NULL && matches(PAT_DELEGATE_ORG, s, len)) {
			pat_span(gdorg, &a, &b);
			delegate_org = dup_span(s, a, b);
		}
		if (speaker_org == NULL && p->kind == PARA_TITLE &&
		    matches(PAT_TITLE_ORG, s, len)) {
			pat_span(gtitle_org, &a, &b);
			speaker_org = dup_span(s, a, b);
		}
		if (matches(PAT_TITLE_SPEAKER, s, len)) {
			if (speaker_org == NULL) {
				pat_span(gtorg, &a, &b);
				speaker_org = dup_span(s, a, b);
			}
			if (person == NULL) {
				pat_span(gtname, &a, &b);
				person = dup_span(s, a, b);
			}
		}
		if (person == NULL && pchars(d, p) <= 30 &&
		    matches(PAT_REPORT_SPEAKER, s, len)) {
			pat_span(gname, &a, &b);
			person = dup_name(s, a, b);
			pat_span(gsorg, &a, &b);
			char *o = dup_span(s, a, b);
			size_t ta, tb;
			pat_span(gtitle, &ta, &tb);
			if (o == NULL && tb - ta == strlen("总理") &&
			    memcmp(s + ta, "总理", tb - ta) == 0)
				o = strdup("国务院");
			if (o != NULL && speaker_org == NULL)
				speaker_org = o;
			else
				free(o);
		}
		/* A name alone on its line right under the session line
		 * (七台河: 李兵) or the post (东莞市人民政府市长⏎吕成蹊). */
		const struct para *before = i > 0 ? &d->paras[i - 1] : NULL;
		if (person == NULL && p->kind == PARA_TITLE && before != NULL &&
		    pchars(d, p) >= 2 && pchars(d, p) <= 4 &&
		    (contains(d->buf + before->start, before->end - before->start,
		    "会议") || ends_with_post(d->buf + before->start,
		    before->end - before->start))) {
			int han = 1;
			for (size_t k = 0; k < len; k++)
				if ((unsigned char)s[k] < 0x80)
					han = 0;
			if (han && !contains(s, len, "报告") &&
			    !contains(s, len, "代表"))
				person = strndup(s, len);
		}
	}
	drop_if_no_place(&org);
	drop_if_no_place(&speaker_org);
	drop_if_no_place(&delegate_org);
	if (org == NULL) {
		org = speaker_org;
		speaker_org = NULL;
	}
	if (org == NULL) {
		org = delegate_org;
		delegate_org = NULL;
	}
	free(speaker_org);
	free(delegate_org);
	if (org != NULL && strcmp(org, "国务院") != 0 &&
	    !contains(org, strlen(org), "政府")) {
		/* The government of the place, as the issue asks. */
		size_t n = strlen(org);
		char *full = malloc(n + sizeof "人民政府");
		if (full == NULL) {
			free(org);
			free(title);
			free(person);
			return -1;
		}
		memcpy(full, org, n);
		memcpy(full + n, "人民政府", sizeof "人民政府");
		free(org);
		org = full;
	}
	if (title == NULL)
		title = strdup("政府工作报告");
	int a_idx = add_article(d, title, org, person);
	if (a_idx < 0)
		return -1;
	for (size_t i = 0; i < d->nparas; i++)
		d->paras[i].article = a_idx;
	return 0;
}

/* Mentions of name in the body paragraphs [first, last]. */
static size_t
mentions(const struct doc *d, size_t first, size_t last, const char *name)
{
	size_t n = 0, k = strlen(name);
	if (k == 0)
		return 0;
	for (size_t i = first; i <= last; i++) {
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

struct block {
	size_t first, last; /* body paragraphs */
};

/* Articles of a newspaper page: bodies, bylines, headlines and ——访 lines.
 * A body belongs to the interviewee it names most; a body that names none
 * goes with the nearest interview line after it (this paper prints the
 * headline under the article), or before it. */
static int
news_articles(struct doc *d)
{
	size_t nblocks = 0;
	struct block *blocks = malloc((d->nparas + 1) * sizeof *blocks);
	int gname = pat_group(PAT_INTERVIEW, "name");
	int gposts = pat_group(PAT_INTERVIEW, "posts");

	if (blocks == NULL)
		return -1;
	for (size_t i = 0; i < d->nparas; i++) {
		if (d->paras[i].kind != PARA_BODY)
			continue;
		if (nblocks > 0 && blocks[nblocks - 1].last + 1 == i)
			blocks[nblocks - 1].last = i;
		else
			blocks[nblocks++] = (struct block){i, i};
	}

	/* One article per interview line. */
	size_t ninterviews = 0;
	for (size_t i = 0; i < d->nparas; i++)
		if (d->paras[i].kind == PARA_INTERVIEW)
			ninterviews++;
	int *block_article = malloc((nblocks + 1) * sizeof *block_article);
	if (block_article == NULL) {
		free(blocks);
		return -1;
	}
	for (size_t b = 0; b < nblocks; b++)
		block_article[b] = -1;

	for (size_t i = 0; i < d->nparas && ninterviews > 0; i++) {
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
		/* The block this interviewee speaks in. */
		size_t best = (size_t)-1, best_count = 0;
		for (size_t k = 0; k < nblocks; k++) {
			size_t c = mentions(d, blocks[k].first, blocks[k].last,
			    person);
			if (c > best_count) {
				best_count = c;
				best = k;
			}
		}
		if (best == (size_t)-1) {
			/* Nearest body before the line, else after it. */
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
		if (art < 0) {
			free(blocks);
			free(block_article);
			return -1;
		}
		p->article = art;
		if (best != (size_t)-1)
			block_article[best] = art;
	}

	/* Blocks no interview line claimed: an article of their own, with the
	 * first official the text names (高邮镇党委书记张中斌). */
	int gorg = pat_group(PAT_OFFICIAL, "org");
	int goname = pat_group(PAT_OFFICIAL, "name");
	int gtitle = pat_group(PAT_OFFICIAL, "title");
	for (size_t k = 0; k < nblocks; k++) {
		if (block_article[k] >= 0)
			continue;
		/* A continuation of the article before it when no headline,
		 * byline or interview line separates them. */
		if (k > 0 && block_article[k - 1] >= 0) {
			int separated = 0;
			for (size_t i = blocks[k - 1].last + 1; i < blocks[k].first; i++)
				if (d->paras[i].kind != PARA_SUBHEADING &&
				    d->paras[i].kind != PARA_HEADING &&
				    d->paras[i].kind != PARA_META)
					separated = 1;
			if (!separated) {
				block_article[k] = block_article[k - 1];
				continue;
			}
		}
		char *org = NULL, *person = NULL, *title = NULL;
		for (size_t i = blocks[k].first; i <= blocks[k].last && !person; i++) {
			size_t len, a, b;
			const char *s = ptext(d, &d->paras[i], &len);
			if (pat_match(PAT_OFFICIAL, s, len, 0) == 1) {
				pat_span(gorg, &a, &b);
				org = dup_span(s, a, b);
				pat_span(goname, &a, &b);
				person = dup_span(s, a, b);
				/* 县长陈建国: the post names the level of government. */
				pat_span(gtitle, &a, &b);
				if (org == NULL && b - a == 6 &&
				    memcmp(s + a + 3, "长", 3) == 0 &&
				    memmem("市县区镇乡省州", strlen("市县区镇乡省州"),
				    s + a, 3) != NULL) {
					char gov[16];
					memcpy(gov, s + a, 3);
					memcpy(gov + 3, "政府", sizeof "政府");
					org = strdup(gov);
				}
			}
		}
		for (size_t i = blocks[k].first; i-- > 0;) {
			if (d->paras[i].kind == PARA_TITLE) {
				size_t tl;
				const char *ts = ptext(d, &d->paras[i], &tl);
				title = strndup(ts, tl);
				break;
			}
			if (d->paras[i].kind == PARA_BODY)
				break;
		}
		int art = add_article(d, title, org, person);
		if (art < 0) {
			free(blocks);
			free(block_article);
			return -1;
		}
		block_article[k] = art;
	}
	for (size_t k = 0; k < nblocks; k++)
		for (size_t i = blocks[k].first; i <= blocks[k].last; i++)
			d->paras[i].article = block_article[k];
	free(blocks);
	free(block_article);
	return 0;
}

int
doc_segment_start(struct doc *d)
{
	int report = is_report(d);
	d->seg = (struct segment_state){0, 0, report,
	    report ? TENSE_PAST : TENSE_NEUTRAL, -1};
	if (!report) {
		/* A page's articles are found from all its paragraphs. */
		doc_segment_upto(d, d->nparas);
		return news_articles(d);
	}
	/* A report's article is its front matter's. */
	doc_segment_upto(d, FRONT_MATTER + 6);
	d->year = report_year(d);
	return report_article(d);
}

int
doc_segment(struct doc *d)
{
	if (doc_segment_start(d) != 0)
		return -1;
	doc_segment_upto(d, d->nparas);
	return 0;
}
