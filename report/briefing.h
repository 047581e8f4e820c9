/*
 * The briefing (简报) typeset from commitments: masthead, summary with a bar
 * chart, a table per organisation, the recipients' block and page numbers,
 * after the conventions of GB/T 9704 for margins and page numbers.
 *
 * Ownership: briefing_layout fills a struct layout that the caller frees
 * with layout_free; the options and rows are only read.
 */
#ifndef REPORT_BRIEFING_H
#define REPORT_BRIEFING_H

#include "csv_read.h"
#include "fonts.h"
#include "layout.h"

struct briefing_options {
	const char *title;      /* the briefing's name, printed large and red */
	const char *issue;      /* the issue number, printed 第N期 */
	const char *total_issue; /* 总第N期 after it; NULL for none */
	const char *classification; /* 内部资料, 秘密★1年 … at the top left
	                        * of the first page; NULL for none */
	const char *editor, *reviewer, *signer; /* 编辑/审核/签发 in the tail;
	                        * NULL for none */
	const char *unit;       /* issuing unit, left of the date; may be "" */
	long long date;         /* seconds since the epoch; printed in China time */
	double margin_top, margin_right, margin_bottom, margin_left; /* points */
	const char *report_to;  /* 报: superior bodies; NULL for none */
	const char *send_to;    /* 送: peer bodies */
	const char *issue_to;   /* 发: subordinate bodies */
	long copies;            /* 共印N份; 0 leaves it out */
	int centre_page_numbers; /* else odd pages right, even pages left */
	int show_problems;      /* mark rows with problems (※ and a red note)
	                         * and count them in the summary; else they
	                         * are shown as written, the problems on stderr */
	const struct commitment_list *previous; /* the last briefing's rows:
	                        * marks 新增/已修改 and the rows gone; or NULL */
	const char *const *rejected; /* CSV files that could not be read */
	size_t nrejected;       /* named in the summary: its totals lack them */
};

/* Typesets rows into out. Characters no font has are drawn as 〓 and
 * reported once each. Returns 0, or -1 when memory runs out (reported). */
int briefing_layout(const struct commitment_list *rows,
    const struct briefing_options *o, struct font_set *fs,
    struct layout *out);

#endif
