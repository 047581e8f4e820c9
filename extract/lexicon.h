/*
 * The words of the extractor's rules, one table per kind of word. The
 * PCRE2 patterns (patterns.c) are built from these tables, and the code
 * that decides asks them what a word it met means: adding a cue word, a
 * unit or a post is one line in lexicon.c.
 *
 * Ownership: the tables are static and never freed.
 */
#ifndef EXTRACT_LEXICON_H
#define EXTRACT_LEXICON_H

#include <stddef.h>
#include <stdint.h>

/* What a cue word says about the clause it stands in (flags of
 * LEX_CUE entries). */
enum cue_flag {
	CUE_MODAL = 1 << 0,     /* written as the row's 措辞: 确保, 力争 */
	CUE_FUTURE = 1 << 1,    /* the clause plans ahead: 将, 今年 */
	CUE_PAST = 1 << 2,      /* the clause reports a result: 去年, 已 */
	CUE_STATE = 1 << 3,     /* the number after it is a present state: 现有 */
	CUE_FORECAST = 1 << 4,  /* an estimate, not a commitment: 预计 */
	CUE_CONDITION = 1 << 5, /* a conditional: 如果 */
	CUE_RULE = 1 << 6,      /* a standard or rule: 标准, 按…执行 */
	CUE_LEAD = 1 << 7,      /* opens a list of targets: 目标是, 任务是 */
	CUE_WEAK = 1 << 8,      /* 年内, 全年: a time, not a tense */
	CUE_TIME = 1 << 9,      /* a time word (今年, 去年), which speaks for
	                         * its whole sentence; a verb speaks for its
	                         * clause */
	CUE_SINCE = 1 << 10,    /* a span up to now (今年以来, 截至): what is
	                         * still to be done may follow */
	CUE_MEASURED = 1 << 11, /* 同比: a figure measured against last year,
	                         * a result unless its clause plans it */
};

/* Flags of LEX_PAST_HEADING and LEX_FUTURE_HEADING entries. */
enum { HEADING_STRONG = 1 }; /* switches a subheading's prior too */

/* The tables. Each entry is a word; the patterns match it only where the
 * character before it is not in not_before and the one after it not in
 * not_after (both lists of characters; NULL for none). */
enum lex_table {
	LEX_CUE,             /* sentence cues, with enum cue_flag flags */
	LEX_PERIOD,          /* time words that name a row's period */
	LEX_SCALE,           /* 万, 亿 … before a unit */
	LEX_UNIT_PERCENT,    /* %, ‰, 个百分点 */
	LEX_UNIT_MONEY,      /* currencies (common/currency.c) with 元 */
	LEX_UNIT_MEASURE,    /* 公里, 亩, 吨 … */
	LEX_UNIT_COUNT,      /* 个, 家, 人 … */
	LEX_UNIT_TIME,       /* 年, 月, 天 …: a duration or date, no target */
	LEX_UNIT_PER,        /* 人, 亩, 吨 … after a slash: 万元/人 */
	LEX_CMP_GE,          /* comparators before a number: 不低于 */
	LEX_CMP_LE,          /* 控制在, 不超过 */
	LEX_CMP_GT,          /* 超过, 突破 */
	LEX_CMP_LT,          /* 低于 */
	LEX_CMP_APPROX,      /* 约, 接近 */
	LEX_CMP_EQ,          /* 达到, 为 */
	LEX_SUFFIX_GE,       /* comparators after a number: 以上 */
	LEX_SUFFIX_LE,       /* 以内, 以下 */
	LEX_SUFFIX_APPROX,   /* 左右 */
	LEX_GROWTH,          /* verbs of change kept in a metric: 增长, 下降 */
	LEX_ATTAIN,          /* verbs of attainment a metric leaves out */
	LEX_OPENER,          /* connectors and subjects that open a clause */
	LEX_POST,            /* posts of officials: 市长, 党委书记 */
	LEX_PLACE_SUFFIX,    /* 省, 市, 自治州 … ending a place name */
	LEX_PLACE_KIND,      /* 大城市, 城区, 社区 …: a kind of place, no name */
	LEX_CENTRAL_BODY,    /* 财政部, 国家发展改革委 …: who a story's sentence
	                      * may open with */
	LEX_BODY_SUFFIX,     /* 部, 委员会, 公司 … ending a body's name */
	LEX_COMPANY_SUFFIX,  /* 公司, 集团 …: a company, not a government */
	LEX_SPEECH,          /* 表示, 指出 …: who says it */
	LEX_BYLINE,          /* 记者, 通讯员 */
	LEX_CHROME,          /* web page furniture: 打印, 首页 */
	LEX_PAST_HEADING,    /* a heading that looks back: 回顾 */
	LEX_FUTURE_HEADING,  /* a heading that plans: 目标, 安排 */
	LEX_GLOSSARY,        /* 名词解释: explanations follow */
	LEX_PLAN_TITLE,      /* 规划, 实施方案: a plan document */
	LEX_SLOGAN_NOUN,     /* 大局, 方面 …: 两个大局 is a name, not a count */
	LEX_MEASURE_NOUN,    /* 总量, 比重 …: what a list's items share */
	LEX_QUALIFIER,       /* 城镇, 农村 …: an item that shares the rest */
	LEX_ACTION,          /* 加快, 建成 …: a verb that delivers what it names */
	LEX_SET_NOUN,        /* 政策, 措施, 领域 …: what a count of a named set
	                      * or of areas counts (18条政策措施, 8个领域) */
	LEX_CREATE,          /* 建立, 打造, 培育 …: right before a count of a
	                      * set, it makes the set (建立18条产业链) */
	LEX_CAPACITY,        /* 年产, 装机 …: a project's size, not a target */
	LEX_FACILITY,        /* 项目, 电站 …: what a capacity names */
	LEX_FUND,            /* 基金, 资金: a fund whose size is a target */
	LEX_WORD_NUMERAL,    /* words holding a numeral: 零部件, 一体化 */
	LEX_ANNUAL_AVERAGE,  /* 年均, 平均每年: a rate over a plan's years */
	LEX_ASSIGN,          /* 为, 均为, 锚定: a place's target is set to */
	LEX_TOPIC_OPENER,    /* 各地, 多数省份: who a round-up's 目标 are of */
	LEX_RATIO_NOUN,      /* 系数, 指数: measured by a bare number (0.6) */
	LEX_RELEASE,         /* 出炉, 发布: a headline reports a plan's release */
	LEX_LEAD_VERB,       /* 围绕, 抢抓, 为: a clause that opens with its verb */
	LEX_ADOPT,           /* 通过了, 提出了: who set the target went before */
	LEX_INTERVIEW_ROLE,  /* 主持人, 问: who asks or answers in an interview */
	LEX_PAPER_NAME,      /* 人民, 光明 …: papers (人民日报) named for no place */
	LEX_BULLET,          /* ●, ■ …: marks that open a list's parts */
	LEX_PART_COUNTER,    /* 大, 个, 方面 …: 三大领域： counts the parts
	                      * that follow */
	LEX_DESIGN,          /* 全长, 设计时速 …: a project's design figure */
	LEX_COUNT
};

struct lex_entry {
	const char *word;
	unsigned flags;
	const char *not_before;
	const char *not_after;
};

/* The entries of table t, *n of them, in no particular order. */
const struct lex_entry *lex_entries(enum lex_table t, size_t *n);

/* The table's name, as patterns refer to it: {cue}, {unit_money} … */
const char *lex_name(enum lex_table t);

/* The entry of table t whose word is s[0..len), or NULL. */
const struct lex_entry *lex_lookup(enum lex_table t, const char *s,
    size_t len);

/* Whether s[0..len) ends with a word of table t; returns the word's
 * length in bytes, the longest that fits, or 0. Contexts are ignored. */
size_t lex_suffix(enum lex_table t, const char *s, size_t len);

/* Whether s[0..len) begins with a word of table t; returns the longest
 * such word's length in bytes, or 0. Contexts are ignored. */
size_t lex_prefix(enum lex_table t, const char *s, size_t len);

/* A word of a table found in a text: s[a..b). */
struct lex_hit {
	size_t a, b;
	const struct lex_entry *e;
};

/* Whether a word of table t starts with code point cp. */
int lex_starts(enum lex_table t, uint32_t cp);

/* The entry of table t whose word starts at pos of s and whose context
 * allows it there (the longest such), with its length in *len; NULL. */
const struct lex_entry *lex_match_at(enum lex_table t, const char *s,
    size_t lo, size_t pos, size_t hi, size_t *len);

/* Finds the words of table t in s[from..to), leftmost and longest first,
 * one after another without overlap, each where its context allows (the
 * characters before it are read back to lo, after it up to hi). Writes
 * at most max hits to out; returns their number. */
size_t lex_scan(enum lex_table t, const char *s, size_t lo, size_t from,
    size_t to, size_t hi, struct lex_hit *out, size_t max);

/* The provincial-level division whose name (海南, 海南省, 内蒙古自治区)
 * begins s[0..len): its full name, with the bytes matched in *used; NULL
 * when none does. */
const char *lex_province(const char *s, size_t len, size_t *used);

/* Indexes the tables for lookups and scans; called once by
 * patterns_init, before any thread uses them. */
void lexicon_init(void);

#endif
