/*
 * report: the commitments CSV, as checked by a clerk, rendered as a printed
 * A4 briefing (简报) with embedded Chinese fonts.
 *
 * The CSVs are read whole, the briefing typeset apart from libharu (a
 * layout that --dump-layout prints), then drawn by the PDF device into a
 * temporary file renamed into place.
 */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../common/decode.h"
#include "../common/diag.h"
#include "../common/outfile.h"
#include "../common/proc.h"
#include "../common/version.h"
#include "briefing.h"
#include "csv_read.h"
#include "fonts.h"
#include "layout.h"
#include "pdf_device.h"

static const char usage_text[] =
    "usage: report [OPTIONS] CSV... -o OUT.pdf\n"
    "Render a commitments CSV (written by extract, checked in a spreadsheet)\n"
    "as an A4 briefing (简报) with embedded Chinese fonts.\n"
    "\n"
    "  -o, --output FILE     write the PDF to FILE (required; - is stdout)\n"
    "      --title TEXT      the briefing's name (default 重点工作目标简报)\n"
    "      --issue N         the issue number, printed 第N期 (default 1)\n"
    "      --unit TEXT       the issuing unit, printed left of the date\n"
    "      --date YYYY-MM-DD the date (default SOURCE_DATE_EPOCH, else today)\n"
    "      --margins T,R,B,L margins in mm (default 37,26,35,28: GB/T 9704)\n"
    "      --report-to TEXT  recipients after 报: in the tail block\n"
    "      --send-to TEXT    recipients after 送:\n"
    "      --issue-to TEXT   recipients after 发:\n"
    "      --copies N        print run, printed （共印N份）\n"
    "      --total-issue N   the running number, printed （总第N期）\n"
    "      --classification TEXT  内部资料, 秘密★1年 …, top left of page 1\n"
    "      --editor NAME, --reviewer NAME, --signer NAME\n"
    "                        编辑, 审核 and 签发, printed in the tail\n"
    "      --page-numbers=outer|centre  odd right, even left (default), or centred\n"
    "      --font ROLE=FAMILY  the face of a role (fang, song, hei, kai, title,\n"
    "                        latin, fallback) by fontconfig family, or\n"
    "                        FILE[:INDEX]\n"
    "      --font-dir DIR    a directory of the office's fonts, searched too\n"
    "      --strict          write no PDF when any row has an error\n"
    "      --show-problems   mark rows with errors (※ and why, in red) for the\n"
    "                        clerk's proof; by default they are shown as\n"
    "                        written and the errors go to standard error only\n"
    "      --dump-layout     print the typeset pages as text instead of a PDF\n"
    "      --previous CSV    the rows of the previous briefing (repeatable):\n"
    "                        rows are marked 新增 or 已修改 against them, and\n"
    "                        those no longer there are listed at the end\n"
    "      --max-input=SIZE  skip a CSV larger than SIZE bytes (K, M, G\n"
    "                        allowed; default 256M)\n"
    "  -q, --quiet           do not print notes\n"
    "  -h, --help            print this help and exit\n"
    "  -V, --version         print the version and exit\n"
    "\n"
    "Exit status: 0 all rows rendered, 1 some rows had errors (shown as\n"
    "written), 2 usage or system error, or no CSV could be read (no\n"
    "PDF written; OUT.pdf is left as it was).\n";

enum {
	OPT_TITLE = 256, OPT_ISSUE, OPT_UNIT, OPT_DATE, OPT_MARGINS,
	OPT_REPORT_TO, OPT_SEND_TO, OPT_ISSUE_TO, OPT_COPIES, OPT_PAGE_NUMBERS,
	OPT_FONT_DIR, OPT_STRICT, OPT_DUMP, OPT_MAX_INPUT, OPT_PREVIOUS,
	OPT_SHOW_PROBLEMS, OPT_FONT, OPT_TOTAL_ISSUE, OPT_CLASSIFICATION,
	OPT_EDITOR, OPT_REVIEWER, OPT_SIGNER,
};

/* Reads the previous briefing's rows from the CSVs named by --previous,
 * quietly: their problems were reported the night they were briefed.
 * Returns 0, or -1 after a warning when one cannot be read. */
static int
read_previous(char **paths, size_t n, struct commitment_list *out)
{
	struct diag_state st;
	char *text = NULL;
	size_t len = 0;
	FILE *sink = open_memstream(&text, &len);
	int failed = sink == NULL;

	diag_save(&st);
	diag_capture(sink);
	for (size_t i = 0; i < n && !failed; i++)
		failed = csv_read_file(paths[i], out) < 0;
	diag_capture(NULL);
	diag_restore(&st);
	if (sink != NULL)
		fclose(sink);
	free(text);
	if (failed)
		diag(D_PREVIOUS, &(struct diag_loc){n > 0 ? paths[0] : NULL, 0, 0});
	return failed ? -1 : 0;
}

static int
usage_error(const char *what)
{
	diag(D_USAGE, NULL, what);
	return 2;
}

/* Parses YYYY-MM-DD as noon in China time (UTC+8), so that the date
 * printed is the date given. Returns 0, or -1. */
static int
parse_date(const char *s, long long *epoch)
{
	int y, m, d;
	char end;
	static const int month_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31};
	if (sscanf(s, "%d-%d-%d%c", &y, &m, &d, &end) != 3 || y < 1900 ||
	    y > 9999 || m < 1 || m > 12 || d < 1 || d > month_days[m - 1])
		return -1;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (m == 2 && d == 29 && !leap)
		return -1;
	/* Days since 1970-01-01 of the proleptic Gregorian calendar, with
	 * the year counted from March so that February comes last. */
	long long yy = m <= 2 ? y - 1 : y, era = yy / 400;
	long long yoe = yy - era * 400;
	long long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	long long days = era * 146097 + doe - 719468;
	*epoch = days * 86400 + (12 - 8) * 3600;
	return 0;
}

/* The last second of 9999-12-31: a date beyond is no date of a briefing. */
#define LAST_EPOCH 253402300799LL

/* The default date: SOURCE_DATE_EPOCH when set (reproducible builds), else
 * now. Returns 0, or -1 when SOURCE_DATE_EPOCH is not a number of seconds
 * up to the year 9999. */
static int
default_date(long long *epoch)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde == NULL || sde[0] == '\0') {
		*epoch = (long long)time(NULL);
		return 0;
	}
	char *end;
	errno = 0;
	long long v = strtoll(sde, &end, 10);
	if (errno || *end || v < 0 || v > LAST_EPOCH)
		return -1;
	*epoch = v;
	return 0;
}

static int
parse_margins(const char *s, struct briefing_options *o)
{
	double t, r, b, l;
	char end;
	/* Written so that NaN fails every test. */
	if (sscanf(s, "%lf,%lf,%lf,%lf%c", &t, &r, &b, &l, &end) != 4 ||
	    !(t >= 5 && r >= 5 && b >= 15 && l >= 5 && t + b <= 250 &&
	    l + r <= 150))
		return -1;
	o->margin_top = t * MM;
	o->margin_right = r * MM;
	o->margin_bottom = b * MM;
	o->margin_left = l * MM;
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"output", required_argument, NULL, 'o'},
		{"title", required_argument, NULL, OPT_TITLE},
		{"issue", required_argument, NULL, OPT_ISSUE},
		{"unit", required_argument, NULL, OPT_UNIT},
		{"date", required_argument, NULL, OPT_DATE},
		{"margins", required_argument, NULL, OPT_MARGINS},
		{"report-to", required_argument, NULL, OPT_REPORT_TO},
		{"send-to", required_argument, NULL, OPT_SEND_TO},
		{"issue-to", required_argument, NULL, OPT_ISSUE_TO},
		{"copies", required_argument, NULL, OPT_COPIES},
		{"total-issue", required_argument, NULL, OPT_TOTAL_ISSUE},
		{"classification", required_argument, NULL, OPT_CLASSIFICATION},
		{"editor", required_argument, NULL, OPT_EDITOR},
		{"reviewer", required_argument, NULL, OPT_REVIEWER},
		{"signer", required_argument, NULL, OPT_SIGNER},
		{"page-numbers", required_argument, NULL, OPT_PAGE_NUMBERS},
		{"font-dir", required_argument, NULL, OPT_FONT_DIR},
		{"font", required_argument, NULL, OPT_FONT},
		{"strict", no_argument, NULL, OPT_STRICT},
		{"show-problems", no_argument, NULL, OPT_SHOW_PROBLEMS},
		{"dump-layout", no_argument, NULL, OPT_DUMP},
		{"max-input", required_argument, NULL, OPT_MAX_INPUT},
		{"previous", required_argument, NULL, OPT_PREVIOUS},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	struct briefing_options o = {
		.title = "重点工作目标简报", .issue = "1", .unit = "",
		.margin_top = 37 * MM, .margin_right = 26 * MM,
		.margin_bottom = 35 * MM, .margin_left = 28 * MM,
	};
	const char *output = NULL, *font_dir = NULL, *date = NULL;
	const char *chosen_fonts[FONT_ROLES] = {NULL};
	int strict = 0, dump = 0, c;
	char **previous = NULL;
	size_t nprevious = 0;
	char *end;

	diag_set_program("report");
	if (proc_start() != 0) {
		diag(D_USAGE, NULL, "cannot open /dev/null for a closed standard descriptor");
		return 2;
	}
	while ((c = getopt_long(argc, argv, "o:qhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			if (optarg[0] == '\0') {
				diag(D_NO_NAME, NULL);
				return 2;
			}
			output = optarg;
			break;
		case OPT_TITLE:
			o.title = optarg;
			break;
		case OPT_ISSUE:
			if (strspn(optarg, "0123456789") != strlen(optarg) ||
			    strlen(optarg) == 0 || strlen(optarg) > 6)
				return usage_error("--issue takes a number of 1 to 6 digits");
			o.issue = optarg;
			break;
		case OPT_TOTAL_ISSUE:
			if (strspn(optarg, "0123456789") != strlen(optarg) ||
			    strlen(optarg) == 0 || strlen(optarg) > 6)
				return usage_error("--total-issue takes a number of 1 "
				    "to 6 digits");
			o.total_issue = optarg;
			break;
		case OPT_CLASSIFICATION:
			o.classification = optarg;
			break;
		case OPT_EDITOR:
			o.editor = optarg;
			break;
		case OPT_REVIEWER:
			o.reviewer = optarg;
			break;
		case OPT_SIGNER:
			o.signer = optarg;
			break;
		case OPT_UNIT:
			o.unit = optarg;
			break;
		case OPT_DATE:
			date = optarg;
			break;
		case OPT_MARGINS:
			if (parse_margins(optarg, &o) != 0)
				return usage_error("--margins takes T,R,B,L in mm, "
				    "e.g. 37,26,35,28");
			break;
		case OPT_REPORT_TO:
			o.report_to = optarg;
			break;
		case OPT_SEND_TO:
			o.send_to = optarg;
			break;
		case OPT_ISSUE_TO:
			o.issue_to = optarg;
			break;
		case OPT_COPIES:
			errno = 0;
			o.copies = strtol(optarg, &end, 10);
			if (errno || *end || o.copies < 0)
				return usage_error("--copies takes a number");
			break;
		case OPT_PAGE_NUMBERS:
			if (strcmp(optarg, "centre") == 0 ||
			    strcmp(optarg, "center") == 0)
				o.centre_page_numbers = 1;
			else if (strcmp(optarg, "outer") == 0)
				o.centre_page_numbers = 0;
			else
				return usage_error("--page-numbers takes outer or "
				    "centre");
			break;
		case OPT_FONT_DIR:
			font_dir = optarg;
			break;
		case OPT_FONT: {
			char *eq = strchr(optarg, '=');
			int role = -1;
			if (eq != NULL) {
				*eq = '\0';
				role = fonts_role_of(optarg);
			}
			if (role < 0 || eq[1] == '\0')
				return usage_error("--font takes ROLE=FAMILY, ROLE "
				    "one of fang song hei kai title latin fallback");
			chosen_fonts[role] = eq + 1;
			break;
		}
		case OPT_SHOW_PROBLEMS:
			o.show_problems = 1;
			break;
		case OPT_STRICT:
			strict = 1;
			break;
		case OPT_PREVIOUS: {
			char **p = realloc(previous, (nprevious + 1) * sizeof *p);
			if (p == NULL) {
				diag(D_NOMEM, NULL);
				return 2;
			}
			previous = p;
			previous[nprevious++] = optarg;
			break;
		}
		case OPT_MAX_INPUT: {
			size_t bytes;
			if (decode_parse_size(optarg, &bytes) != 0)
				return usage_error("--max-input takes a size such as 300M");
			decode_set_limit(bytes);
			break;
		}
		case OPT_DUMP:
			dump = 1;
			break;
		case 'q':
			diag_set_quiet_notes(1);
			break;
		case 'h':
			fputs(usage_text, stdout);
			return outfile_finish_stdout() == 0 ? 0 : 2;
		case 'V':
			printf("report %s\n", PROJECT_VERSION);
			return outfile_finish_stdout() == 0 ? 0 : 2;
		default:
			fputs(usage_text, stderr);
			return 2;
		}
	}
	if (optind >= argc) {
		diag(D_NO_INPUT, NULL);
		return 2;
	}
	if (output == NULL && !dump)
		return usage_error("no output file: give -o OUT.pdf");
	if (output != NULL && dump)
		return usage_error("--dump-layout prints on standard output; -o is for the PDF");
	if (date != NULL ? parse_date(date, &o.date) != 0 :
	    default_date(&o.date) != 0)
		return usage_error(date != NULL ? "--date takes YYYY-MM-DD" :
		    "SOURCE_DATE_EPOCH is not a number of seconds before the year 10000");

	/* Nothing an input is the same file as is written over. */
	for (int i = optind; i < argc && !dump; i++)
		if (outfile_same_file(output, argv[i])) {
			diag(D_SAME_FILE, &(struct diag_loc){outfile_name(output), 0, 0}, argv[i]);
			return diag_exit_status();
		}
	/* The output is opened first, so that a folder or a missing one is
	 * found before the work; the old file stays until the commit. */
	struct outfile out;
	struct diag_loc loc = {outfile_name(output), 0, 0};
	if (!dump && outfile_open(&out, output) != 0) {
		diag(D_OUTPUT, &loc, strerror(errno));
		return diag_exit_status();
	}
	struct commitment_list rows = {0};
	size_t read = 0;
	/* The files that could not be read are named in the briefing. */
	const char **rejected = calloc((size_t)argc, sizeof *rejected);
	if (rejected == NULL) {
		diag(D_NOMEM, NULL);
		if (!dump)
			outfile_abort(&out);
		return diag_exit_status();
	}
	for (int i = optind; i < argc; i++) {
		if (csv_read_file(argv[i], &rows) >= 0)
			read++;
		else
			rejected[o.nrejected++] = argv[i];
	}
	o.rejected = rejected;
	struct commitment_list before = {0};
	if (previous != NULL && read_previous(previous, nprevious, &before) == 0)
		o.previous = &before;
	struct font_set *fs = NULL;
	struct layout l;
	int failed = 0, laid_out = 0;
	if (diag_worst() >= DIAG_FATAL) {
		failed = 1; /* memory ran out */
	} else if (read == 0 && !dump) {
		/* No input could be read: the old briefing is left as it
		 * was. */
		diag(D_ALL_FAILED, &loc, out.tmp != NULL ? "left as it was" :
		    "nothing written");
		failed = 1;
	} else if (strict && diag_worst() >= DIAG_ERROR) {
		diag(D_STRICT, NULL, diag_count(DIAG_ERROR));
		failed = 1;
	} else {
		if (rows.n == 0)
			diag(D_CSV_NO_ROWS, NULL);
		failed = (fs = fonts_open(font_dir, chosen_fonts)) == NULL ||
		    briefing_layout(&rows, &o, fs, &l) != 0;
		laid_out = !failed;
	}
	if (!failed && dump) {
		layout_dump(&l, stdout);
		failed = outfile_finish_stdout() != 0;
	}
	else if (!failed)
		failed = pdf_render(&l, fs, out.fp, loc.file) != 0;
	if (!dump) {
		if (failed || diag_worst() >= DIAG_FATAL)
			outfile_abort(&out);
		else if (outfile_commit(&out) != 0)
			diag(D_OUTPUT, &loc, strerror(errno));
	}
	if (laid_out)
		layout_free(&l);
	if (fs != NULL)
		fonts_close(fs);
	commitment_list_free(&rows);
	commitment_list_free(&before);
	free(previous);
	free(rejected);
	if (failed && diag_worst() < DIAG_FATAL)
		return 2; /* --strict, or a failure already reported */
	return diag_exit_status();
}
