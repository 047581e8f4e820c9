/*
 * The extractor's PCRE2 patterns: named, grouped by what they recognise,
 * built from the lexicon's tables ({cue} in a pattern stands for the
 * alternation of the cue table's words, longest first, each with its
 * context), compiled once with JIT, matched with limits so that no input
 * can stall a night's batch. Subjects are valid UTF-8 (checked once when
 * decoded), so matches pass PCRE2_NO_UTF_CHECK.
 *
 * Ownership: patterns_init compiles into static storage that patterns_free
 * releases. Compiled patterns are shared by threads; each thread has its
 * own match block, so a result is valid until the thread's next pat_*
 * call.
 */
#ifndef EXTRACT_PATTERNS_H
#define EXTRACT_PATTERNS_H

#include <stddef.h>
#include <stdint.h>

enum pattern_id {
	/* Quantities: what follows a number. */
	PAT_UNIT,          /* scale, unit word and comparator suffix */
	PAT_RANGE_JOIN,    /* the dash, wave or 至/到 between two numbers */
	PAT_BARE_SUFFIX,   /* 以上/左右… after a number with only a scale */
	PAT_JIAO_FEN,      /* 五角, 五角六分 after 元: tenths and hundredths */
	PAT_TIME_AFTER,    /* 年, 月, 天 right after a count: a duration */
	PAT_SIZE_CLASS,    /* 级, 规模 after an amount: a size class */
	/* Words around a number. */
	PAT_CMP_BEFORE,    /* 超过, 突破, 不低于, 控制在, 约 … before it */
	PAT_NOT_BEFORE,    /* 第, 届, letters: ordinals, names and codes */
	PAT_CAPACITY,      /* 年产, 装机 … before it: a plant's size */
	PAT_WORD_NUMERAL,  /* 零部件, 一体化: a numeral inside a word */
	PAT_SLOGAN_AFTER,  /* 大局, 方面 … after a small count: a name */
	/* Sentence cues and times. */
	PAT_PERIOD,        /* 全年, 年内, 2026年, “十四五”期间 … */
	PAT_YEAR,          /* 2026 or 二〇二五 before 年 */
	PAT_FIVE_YEAR,     /* 十四五: a five-year plan's name */
	PAT_MONTHS_TO_DATE, /* 1至6月, 前三季度的 前两个月: months counted so far */
	/* Paragraph kinds. */
	PAT_HEADING,       /* 一、 二、 第一部分 …, also "## 一、" */
	PAT_SUBHEADING,    /* （一）… */
	PAT_MINOR_HEADING, /* 1. 1、 (1): numbered items */
	PAT_BYLINE,        /* 通讯员…记者… */
	PAT_INTERVIEW,     /* ——访 posts name */
	PAT_EDITOR,        /* 编者按 */
	PAT_CHROME,        /* page chrome of web copies: 打印, 首页 … */
	PAT_PAST_HEADING,   /* 回顾, 总结, 一年来 … in a heading */
	PAT_FUTURE_HEADING, /* 目标, 任务, 工作安排 … in a heading */
	PAT_GLOSSARY,       /* 名词解释: the rest explains terms */
	PAT_PLAN_TITLE,     /* 规划, 实施方案: the title of a plan */
	PAT_PLAN_OPENING,   /* a paragraph that opens the year's plan */
	PAT_REPORT_MARK,    /* 各位代表 opening a paragraph: a work report */
	/* Who committed. */
	PAT_REPORT_SPEAKER, /* 市长 谭仲池, 邢台市人民政府市长 刘文萍 */
	PAT_REPORT_ORG,     /* 在长沙市第十二届人民代表大会 */
	PAT_SESSION_ORG,   /* 浙江省第五届人民代表大会 opening a sentence */
	PAT_DELEGATE_ORG,   /* 我代表苏州市人民政府 */
	PAT_TITLE_ORG,      /* 天津市2008年政府工作报告 */
	PAT_TITLE_SPEAKER,  /* 白城市政府工作报告（2025年1月7日 杨大勇） */
	PAT_OFFICIAL,       /* 高邮镇党委书记张中斌 in running text */
	PAT_POST_ORG,       /* the organisation at the head of a post */
	PAT_SPEAKER_HEAD,   /* 工业和信息化部部长 肖亚庆：opening a section */
	PAT_PLACE_HEAD,     /* 长沙：opening a paragraph of one place's news */
	PAT_ISSUER,        /* 浙江省住房和城乡建设厅网站公布《: who issued it */
	PAT_TOLD_BY,       /* 记者从青岛市交通运输委了解到: who told the story */
	PAT_ENTRUSTED,     /* 受国务院委托，财政部: who reports for another */
	PAT_BODY_LINE,     /* 国家发展和改革委员会 alone on a report's line */
	PAT_PLACE_NAME,    /* 光明区, 江口县 after a boundary: a place named */
	PAT_COMPANY,        /* a company's name: …公司, …集团 */
	PAT_SPEECH,         /* 表示, 指出 …: the speaker's verb */
	PAT_DAY,            /* 2025年03月07日, 1月2日上午: a day written out */
	PAT_COUNT
};

/* Compiles every pattern. Returns 0, or -1 after reporting the pattern
 * that failed (a defect of this program, never of the input). */
int patterns_init(void);

void patterns_free(void);

/* Frees what the calling thread has made for matching (its match block);
 * a thread that matched calls it before it ends. */
void patterns_thread_end(void);

/* The pattern's name, for diagnostics. */
const char *pattern_name(enum pattern_id id);

/* The pattern's source after the lexicon's tables were put in (for the
 * tests and --help of developers); NULL before patterns_init. */
const char *pattern_source(enum pattern_id id);

/* Matches pattern id against s[0..len) from start (patterns that begin
 * with \G match only there). Returns 1 on a match, 0 on none, -1 when a
 * limit was hit. */
int pat_match(enum pattern_id id, const char *s, size_t len, size_t start);

/* Whether a match of pattern id can begin with cp: a cheap test before the
 * pattern runs, learnt from the pattern itself and remembered. */
int pat_can_start(enum pattern_id id, uint32_t cp);

/* Matches pattern id at exactly pos of s[0..len) (anchored there). Returns
 * as pat_match. */
int pat_match_at(enum pattern_id id, const char *s, size_t len, size_t pos);

/* Like pat_match, but tries the pattern only at the characters that can
 * start a match: faster on long subjects where matches are rare. Gives the
 * same leftmost match. s must be valid UTF-8. */
int pat_find(enum pattern_id id, const char *s, size_t len, size_t start);

/* Start and end of the whole match (group 0) or of a group (-1 when
 * unset). */
void pat_span(int group, size_t *start, size_t *end);

/* The number of a named group of pattern id, looked up once at init;
 * every name a caller asks for must exist (a defect otherwise). */
int pat_group(enum pattern_id id, const char *name);

#endif
