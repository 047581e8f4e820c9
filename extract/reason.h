/*
 * Why a number was or was not made a row: one code per decision, named
 * the same in --explain, in the tests and in the man page.
 *
 * Ownership: the names are static.
 */
#ifndef EXTRACT_REASON_H
#define EXTRACT_REASON_H

/* X(code, name, what it means) */
#define REASON_TABLE \
	X(R_ROW,          "row",          "a commitment") \
	X(R_TABLE,        "table-row",    "a commitment in the target column of an indicator table (专栏 主要指标)") \
	X(R_NOT_BODY,     "not-body",     "in a headline, byline or page chrome") \
	X(R_GLOSSARY,     "glossary",     "in the explanation of a term") \
	X(R_IN_WORD,      "in-word",      "a numeral inside a word (零部件, 七台河)") \
	X(R_SLOGAN,       "slogan",       "a slogan or named list (两个大局, “3815”)") \
	X(R_LIST_COUNT,   "list-count",   "the count of things listed before or right after it (甲、乙、丙三条铁路; 41个⒈…)") \
	X(R_CODE,         "code",         "an ordinal, name or code (第3, G228, PM2.5)") \
	X(R_TIME,         "time",         "a duration or date (5年, 3月)") \
	X(R_SIZE_CLASS,   "size-class",   "the size class of what is counted (亿元以上项目)") \
	X(R_CAPACITY,     "capacity",     "the size of a plant or project in its name, or its design figure (年产50万吨…项目, 全长约165公里)") \
	X(R_WORDING,      "wording",      "a Chinese numeral in a text that writes its numbers in digits") \
	X(R_SHARE,        "share",        "a share that does something (百分之十销售国际市场)") \
	X(R_BASELINE,     "baseline",     "what a change is measured from (比2010年的1.034吨, 从61亿元)") \
	X(R_STATE,        "state",        "a present state (现有3120个)") \
	X(R_RANKING,      "ranking",      "a rank among others (以54家位居首位, 进入前30位)") \
	X(R_FORECAST,     "forecast",     "an estimate (预计, 有望)") \
	X(R_CONDITION,    "condition",    "a conditional (如果…)") \
	X(R_RULE,         "rule",         "a rule or standard (补贴标准, 不得超过)") \
	X(R_COMPANY,      "company",      "a company's own plan in a story of a government") \
	X(R_PAST_CUE,     "past-cue",     "a word of a result before it (去年, 已, 实现了)") \
	X(R_PAST_YEAR,    "past-year",    "a year before the document's") \
	X(R_SO_FAR,       "so-far",       "counted so far this year (1至6月, 今年以来)") \
	X(R_PAST_CONTEXT, "past-context", "the sentences before it in the paragraph report results") \
	X(R_PAST_SECTION, "past-section", "a retrospective section and no forward cue of its own") \
	X(R_NO_CUE,       "no-cue",       "a story's sentence with no forward cue")

enum reason {
#define X(code, name, what) code,
	REASON_TABLE
#undef X
	R_COUNT
};

/* The reason's name (row, past-cue …) and what it means. */
const char *reason_name(enum reason r);
const char *reason_text(enum reason r);

/* Whether a number given this reason is no number of a commitment at all
 * (a word, a code, a date) rather than a number that commits nothing. */
int reason_is_wording(enum reason r);

#endif
