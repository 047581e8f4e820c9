/*
 * Layout: the kind of each paragraph, from its shape (length, punctuation,
 * numbering) and a few words (编者按, 记者, 名词解释).
 */
#define _GNU_SOURCE /* memmem */
#include "layout.h"

#include <string.h>

#include "../common/utf8.h"
#include "lexicon.h"
#include "patterns.h"

/* Headings and headlines are short; a paragraph longer than this is body
 * text even when it opens with 一、. */
enum { HEADING_MAX_CHARS = 48, TITLE_MAX_CHARS = 40, HEAD_SENTENCE_MAX = 50 };

static int
contains(const char *s, size_t len, const char *lit)
{
	return memmem(s, len, lit, strlen(lit)) != NULL;
}

int
has_sentence_punct(const char *s, size_t len)
{
	return contains(s, len, "。") || contains(s, len, "！") ||
	    contains(s, len, "？") || contains(s, len, "；") ||
	    contains(s, len, "，");
}

/* Whether s[0..len) ends as a sentence or a list's item does (。；): a
 * line led by a dash that so ends (——粮食产量1.4万亿斤左右。) is an item
 * of a list of targets, not a speech's subtitle or a series line. */
static int
ends_item(const char *s, size_t len)
{
	return len >= 3 && (memcmp(s + len - 3, "。", 3) == 0 ||
	    memcmp(s + len - 3, "；", 3) == 0);
}

size_t
para_chars(const struct doc *d, const struct para *p)
{
	return utf8_count((const unsigned char *)d->buf + p->start,
	    p->end - p->start);
}

/* A line that leads into the lines after it with a cue of targets and a
 * colon (全县经济社会发展主要预期目标是：): text, however short. */
static int
lead_in(const char *s, size_t len)
{
	struct lex_hit hit[8];
	if (len < 3 || memcmp(s + len - 3, "：", 3) != 0)
		return 0;
	size_t n = lex_scan(LEX_CUE, s, 0, 0, len, len, hit, 8);
	for (size_t k = 0; k < n; k++)
		if (hit[k].e->flags & CUE_LEAD)
			return 1;
	return 0;
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

/* The level of the numbered heading s opens with: 1 for 一、 and 第一部分,
 * 2 for （一）, 3 for 1． and (1); 0 for none. */
static int
numbered_level(const char *s, size_t len)
{
	if (matches(PAT_HEADING, s, len))
		return 1;
	if (matches(PAT_SUBHEADING, s, len))
		return 2;
	if (matches(PAT_MINOR_HEADING, s, len))
		return 3;
	return 0;
}

/* The end of the first sentence of s when it is short enough to be a
 * heading run into its paragraph (（一）突出发展产业集群，…进程。要继续…),
 * or 0. */
static size_t
head_sentence_end(const char *s, size_t len)
{
	const char *stop = memmem(s, len, "。", 3);
	if (stop == NULL)
		return 0;
	size_t end = (size_t)(stop - s) + 3;
	return utf8_count((const unsigned char *)s, end) <= HEAD_SENTENCE_MAX ?
	    end : 0;
}

/* Gives paragraph i its kind; *seen_body says whether body text came
 * before it, and is updated. */
static void
classify(struct doc *d, size_t i, int *seen_body)
{
	struct para *p = &d->paras[i];
	size_t len = p->end - p->start;
	const char *s = d->buf + p->start;

	p->level = 0;
	p->head_end = p->start;
	/* Past 60 characters only body text and an editor's note are left;
	 * a report is mostly such paragraphs. */
	size_t chars = len > 4 * 60 ? 61 : para_chars(d, p);
	if (chars > 60) {
		p->kind = matches(PAT_EDITOR, s, len) ? PARA_EDITOR : PARA_BODY;
		if (p->kind == PARA_BODY) {
			size_t h;
			int level = numbered_level(s, len);
			if (level > 0 && (h = head_sentence_end(s, len)) > 0) {
				p->level = level;
				p->head_end = p->start + h;
			}
		}
		*seen_body |= p->kind == PARA_BODY;
		return;
	}
	int sentence = has_sentence_punct(s, len) || lead_in(s, len);
	int level = numbered_level(s, len);

	if (matches(PAT_CHROME, s, len) && chars <= 20)
		p->kind = PARA_META;
	else if (matches(PAT_EDITOR, s, len))
		p->kind = PARA_EDITOR;
	else if (matches(PAT_REPORT_MARK, s, len) && chars <= 8)
		p->kind = PARA_META; /* 各位代表： */
	else if (matches(PAT_INTERVIEW, s, len))
		p->kind = PARA_INTERVIEW;
	else if (strncmp(s, "—", strlen("—")) == 0 && !ends_item(s, len))
		p->kind = PARA_META; /* ——在…大会上, series lines */
	else if (chars <= 40 && matches(PAT_BYLINE, s, len) &&
	    !contains(s, len, "。") && !contains(s, len, "？") &&
	    !contains(s, len, "?")) /* 记者：…？ asks, in an interview */
		p->kind = PARA_BYLINE; /* 本报讯 …。 is the lead itself */
	else if (matches(PAT_SPEAKER_HEAD, s, len))
		p->kind = PARA_SPEAKER;
	else if (level > 0 && chars <= HEADING_MAX_CHARS &&
	    !inner_stop(s, len) && (level < 3 || !sentence)) {
		p->kind = PARA_HEADING;
		p->level = level;
	} else if (chars <= TITLE_MAX_CHARS && !sentence) {
		/* A short line that is no sentence: a title before the body
		 * starts; after it, a section heading when it names one
		 * (2022年工作回顾) on a page that is not column-wrapped,
		 * otherwise a headline, speaker or date line. */
		if (!*seen_body || d->wrapped)
			p->kind = PARA_TITLE;
		else if (matches(PAT_PAST_HEADING, s, len) ||
		    matches(PAT_FUTURE_HEADING, s, len) ||
		    matches(PAT_GLOSSARY, s, len) ||
		    pat_find(PAT_YEAR, s, len, 0) == 1) {
			p->kind = PARA_HEADING;
			p->level = 1;
		} else
			p->kind = PARA_TITLE;
	} else {
		p->kind = PARA_BODY;
		size_t h;
		if (level > 0 && (h = head_sentence_end(s, len)) > 0) {
			p->level = level;
			p->head_end = p->start + h;
		}
		*seen_body = 1;
	}
}

void
layout_paragraphs(struct doc *d)
{
	int seen_body = 0, glossary = 0;

	for (size_t i = 0; i < d->nparas; i++) {
		struct para *p = &d->paras[i];
		classify(d, i, &seen_body);
		size_t len = p->end - p->start;
		const char *s = d->buf + p->start;
		/* A glossary runs from its heading to the next heading of
		 * its level or above. */
		if (p->kind == PARA_HEADING || p->kind == PARA_TITLE ||
		    (p->kind == PARA_BODY && len < 4 * 20)) {
			if (matches(PAT_GLOSSARY, s, len)) {
				glossary = p->level ? p->level : 1;
				continue;
			}
			if (p->kind == PARA_HEADING && p->level <= glossary)
				glossary = 0;
		}
		if (glossary && p->kind == PARA_BODY)
			p->kind = PARA_GLOSSARY;
	}
}
