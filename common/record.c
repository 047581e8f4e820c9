#include "record.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const struct column record_columns[FIELD_COUNT] = {
	[FIELD_ID] = {"id", "编号"},
	[FIELD_SOURCE] = {"source", "来源"},
	[FIELD_LINE] = {"line", "行号"},
	[FIELD_ARTICLE] = {"article", "文章"},
	[FIELD_ORG] = {"org", "责任单位"},
	[FIELD_PERSON] = {"person", "责任人"},
	[FIELD_METRIC] = {"metric", "指标"},
	[FIELD_MODALITY] = {"modality", "措辞"},
	[FIELD_COMPARATOR] = {"comparator", "比较"},
	[FIELD_VALUE] = {"value", "目标值"},
	[FIELD_VALUE_MAX] = {"value_max", "上限"},
	[FIELD_UNIT] = {"unit", "单位"},
	[FIELD_PERIOD] = {"period", "时限"},
	[FIELD_QUOTE] = {"quote", "原文"},
	[FIELD_NOTE] = {"note", "备注"},
};

int
record_field_by_name(const char *name, size_t len)
{
	for (int f = 0; f < FIELD_COUNT; f++) {
		const struct column *c = &record_columns[f];
		if (strlen(c->label) == len && memcmp(c->label, name, len) == 0)
			return f;
		if (strlen(c->key) == len && strncasecmp(c->key, name, len) == 0)
			return f;
	}
	return -1;
}

int
record_reserve(struct record *r, size_t bytes)
{
	/* Offsets are unsigned: a record holds less than 4 GB. */
	if (bytes >= UINT_MAX - r->used - 1)
		return -1;
	size_t need = (r->used ? r->used : 1) + bytes;
	if (need <= r->cap)
		return 0;
	size_t cap = r->cap ? 2 * r->cap : 256;
	while (cap < need)
		cap *= 2;
	char *text = realloc(r->text, cap);
	if (text == NULL)
		return -1;
	if (r->used == 0) {
		text[0] = '\0';
		r->used = 1;
	}
	r->text = text;
	r->cap = cap;
	return 0;
}

int
record_set(struct record *r, enum field f, const char *s, size_t len)
{
	/* s may be another field of r, which growing would move. */
	size_t inside = r->text != NULL && s >= r->text &&
	    s < r->text + r->used ? (size_t)(s - r->text) : 0;
	if (record_reserve(r, len + 1) != 0)
		return -1;
	if (inside)
		s = r->text + inside;
	memcpy(r->text + r->used, s, len);
	r->text[r->used + len] = '\0';
	r->at[f] = (unsigned)r->used;
	r->used += len + 1;
	return 0;
}

int
record_set_str(struct record *r, enum field f, const char *s)
{
	if (s == NULL) {
		r->at[f] = 0;
		return 0;
	}
	return record_set(r, f, s, strlen(s));
}

const char *
record_get(const struct record *r, enum field f)
{
	return r->at[f] != 0 ? r->text + r->at[f] : "";
}

int
record_has(const struct record *r, enum field f)
{
	return r->at[f] != 0;
}

void
record_clear(struct record *r)
{
	free(r->text);
	memset(r, 0, sizeof *r);
}

struct record *
record_list_add(struct record_list *l)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		struct record *v = realloc(l->v, cap * sizeof *v);
		if (v == NULL)
			return NULL;
		l->v = v;
		l->cap = cap;
	}
	struct record *r = &l->v[l->n++];
	memset(r, 0, sizeof *r);
	return r;
}

void
record_list_pop(struct record_list *l)
{
	if (l->n > 0)
		record_clear(&l->v[--l->n]);
}

void
record_list_free(struct record_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		record_clear(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

int
cell_formula_lead(char c)
{
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' ||
	    c == '\r';
}

static const struct {
	const char *word;
	const char *sign;
} comparators[CMP_COUNT] = {
	[CMP_EQ] = {"达到", ""},
	[CMP_GE] = {"以上", "≥"},
	[CMP_GT] = {"超过", ">"},
	[CMP_APPROX] = {"左右", "约"},
	[CMP_LE] = {"以内", "≤"},
	[CMP_LT] = {"低于", "<"},
	[CMP_RANGE] = {"区间", ""},
};

const char *
comparator_word(enum comparator c)
{
	return comparators[c].word;
}

const char *
comparator_sign(enum comparator c)
{
	return comparators[c].sign;
}

int
comparator_parse(const char *s, size_t len)
{
	/* What a clerk may type besides the CSV words. */
	static const struct {
		const char *text;
		enum comparator c;
	} aliases[] = {
		{"=", CMP_EQ}, {"达", CMP_EQ}, {"为", CMP_EQ},
		{">=", CMP_GE}, {"≥", CMP_GE}, {"不低于", CMP_GE}, {"不少于", CMP_GE},
		{">", CMP_GT}, {"超", CMP_GT}, {"突破", CMP_GT},
		{"~", CMP_APPROX}, {"≈", CMP_APPROX}, {"约", CMP_APPROX},
		{"<=", CMP_LE}, {"≤", CMP_LE}, {"不超过", CMP_LE},
		{"<", CMP_LT},
		{"range", CMP_RANGE}, {"-", CMP_RANGE}, {"–", CMP_RANGE},
		{"eq", CMP_EQ}, {"ge", CMP_GE}, {"gt", CMP_GT}, {"approx", CMP_APPROX},
		{"le", CMP_LE}, {"lt", CMP_LT},
	};
	while (len > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len == 0)
		return CMP_EQ;
	for (int c = 0; c < CMP_COUNT; c++)
		if (strlen(comparators[c].word) == len &&
		    memcmp(comparators[c].word, s, len) == 0)
			return c;
	for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strlen(aliases[i].text) == len &&
		    strncasecmp(aliases[i].text, s, len) == 0)
			return aliases[i].c;
	return -1;
}
