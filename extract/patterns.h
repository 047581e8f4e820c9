/*
 * The extractor's PCRE2 patterns: named, grouped by what they recognise,
 * compiled once with JIT, matched with limits so that no input can stall a
 * night's batch. Subjects are valid UTF-8 (checked once when decoded), so
 * matches pass PCRE2_NO_UTF_CHECK.
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
	/* What comes right before a number. */
	PAT_CMP_BEFORE,    /* 超过, 突破, 不低于, 控制在, 约 … */
	PAT_NOT_BEFORE,    /* 第, 届, letters: ordinals, names and codes */
	/* Sentence-level cues. */
	PAT_CUE,           /* 确保, 力争 …: the modality */
	PAT_FUTURE_CUE,    /* anything that makes a sentence forward-looking */
	PAT_PAST_CUE,      /* 去年, 已经 …: a result, not a target */
	PAT_CONTINUATION,  /* 其中, 同时 …: a sentence that goes on with the last */
	PAT_PERIOD,        /* 全年, 年内, 2026年, “十四五”期间 … */
	PAT_YEAR,          /* 2026 or 二〇二五 before 年 */
	PAT_STATE_BEFORE,  /* 有, 只有 … right before a number: a state */
	PAT_METRIC_TRIM_HEAD, /* connectors and cues that open a clause */
	PAT_METRIC_TRIM_TAIL, /* verbs of attainment that close a metric
	                       * (\G…\z: tried at the last few characters) */
	PAT_SIZE_CLASS,    /* what makes an amount a size class: 项目, 级 … */
	PAT_TIME_AFTER,    /* 月, 年, 日 right after a count: a duration */
	PAT_WORDING_AFTER, /* 方面, 工程, 举措 …: 七个方面 is wording, not a count */
	/* Paragraph kinds. */
	PAT_HEADING,       /* 一、 二、 第一部分 …, also "## 一、" */
	PAT_SUBHEADING,    /* （一）… */
	PAT_BYLINE,        /* 通讯员…记者… */
	PAT_INTERVIEW,     /* ——访 posts name */
	PAT_EDITOR,        /* 编者按 */
	PAT_CHROME,        /* page chrome of web copies: 打印, 首页 … */
	/* Tense of sections. */
	PAT_PAST_HEADING,   /* 回顾, 总结, 一年来 … in a heading */
	PAT_FUTURE_HEADING, /* 目标, 任务, 工作安排 … in a heading */
	PAT_PAST_OPENING,   /* a paragraph that opens a retrospective */
	PAT_FUTURE_OPENING, /* a paragraph that opens the plan */
	PAT_REPORT_MARK,    /* 各位代表 / 政府工作报告: a work report */
	/* Who committed. */
	PAT_REPORT_SPEAKER, /* 市长 谭仲池, 邢台市人民政府市长 刘文萍 */
	PAT_REPORT_ORG,     /* 在长沙市第十二届人民代表大会 */
	PAT_DELEGATE_ORG,   /* 我代表苏州市人民政府 */
	PAT_TITLE_ORG,      /* 天津市2008年政府工作报告 */
	PAT_TITLE_SPEAKER,  /* 白城市政府工作报告（2025年1月7日 杨大勇） */
	PAT_OFFICIAL,       /* 高邮镇党委书记张中斌 in running text */
	PAT_POST_ORG,       /* the organisation at the head of a post */
	PAT_COUNT
};

/* Compiles every pattern. Returns 0, or -1 after reporting the pattern
 * that failed (a defect of this program, never of the input). */
int patterns_init(void);

void patterns_free(void);

/* Frees what the calling thread has made for matching (its match block
 * and what it learnt); a thread that matched calls it before it ends. */
void patterns_thread_end(void);

/* The pattern's name, for diagnostics. */
const char *pattern_name(enum pattern_id id);

/* Matches pattern id against s[0..len) from start (patterns that begin
 * with \G match only there). Returns 1 on a match, 0 on none, -1 when a
 * limit was hit. */
int pat_match(enum pattern_id id, const char *s, size_t len, size_t start);

/* Whether a match of pattern id can begin with cp: a cheap test before the
 * pattern runs, learnt from the pattern itself and remembered. */
int pat_can_start(enum pattern_id id, uint32_t cp);

/* pat_can_start for the patterns of ids (bit id for pattern id) at once:
 * the bits of those whose match can begin with cp. */
uint64_t pat_starting(uint64_t ids, uint32_t cp);

/* Matches pattern id at exactly pos of s[0..len) (anchored there). Returns
 * as pat_match. */
int pat_match_at(enum pattern_id id, const char *s, size_t len, size_t pos);

/* Like pat_match, but tries the pattern only at the characters that can
 * start a match: faster on long subjects where matches are rare. Gives the
 * same leftmost match. s must be valid UTF-8. */
int pat_find(enum pattern_id id, const char *s, size_t len, size_t start);

/* Start and end of the whole match or of a named group (-1 when unset). */
void pat_span(int group, size_t *start, size_t *end);

/* The number of a named group of pattern id, looked up once at init. */
int pat_group(enum pattern_id id, const char *name);

/* Finds the last match of id that ends at or before limit in s[0..limit);
 * sets *mstart, *mend. Returns 1 when found. */
int pat_last(enum pattern_id id, const char *s, size_t limit,
    size_t *mstart, size_t *mend);

#endif
