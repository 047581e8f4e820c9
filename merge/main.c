/*
 * merge: a clerk's corrected CSV and a new extraction of the same text,
 * merged by row id so that none of the clerk's work is lost (merge.h says
 * how), written back in the clerk's encoding, line ends, columns and
 * header language.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "../common/decode.h"
#include "../common/diag.h"
#include "../common/outfile.h"
#include "../common/proc.h"
#include "../common/version.h"
#include "merge.h"

static const char usage_text[] =
    "usage: merge [--base LAST.csv] CLERK.csv NEW.csv -o OUT.csv\n"
    "Merge a clerk's corrected CSV with a new extraction of the same text by\n"
    "row id (编号): rows the clerk edited keep the clerk's cells, rows the\n"
    "clerk deleted stay deleted, rows the clerk added and the clerk's own\n"
    "columns stay, new rows are added, rows gone from the text are kept and\n"
    "flagged in 备注. OUT.csv has CLERK.csv's encoding, line ends and columns.\n"
    "\n"
    "      --base FILE   the extraction CLERK.csv started from (without it,\n"
    "                    every row of CLERK.csv counts as the clerk's)\n"
    "  -o, --output FILE write here (may be CLERK.csv itself)\n"
    "  -q, --quiet       do not print notes\n"
    "  -h, --help        print this help and exit\n"
    "  -V, --version     print the version and exit\n"
    "\n"
    "Exit status: 0 merged (conflicts are warnings, flagged in 备注), 2 usage\n"
    "or system error, or an input that cannot be read (OUT.csv is left as it\n"
    "was).\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"base", required_argument, NULL, 'b'},
		{"output", required_argument, NULL, 'o'},
		{"quiet", no_argument, NULL, 'q'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	const char *base_path = NULL, *output = NULL;
	int c;

	diag_set_program("merge");
	if (proc_start() != 0) {
		diag(D_USAGE, NULL, "cannot open /dev/null for a closed standard descriptor");
		return 2;
	}
	while ((c = getopt_long(argc, argv, "o:qhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'b':
			base_path = optarg;
			break;
		case 'o':
			if (optarg[0] == '\0') {
				diag(D_NO_NAME, NULL);
				return 2;
			}
			output = optarg;
			break;
		case 'q':
			diag_set_quiet_notes(1);
			break;
		case 'h':
			fputs(usage_text, stdout);
			return outfile_finish_stdout() == 0 ? 0 : 2;
		case 'V':
			printf("merge %s\n", PROJECT_VERSION);
			return outfile_finish_stdout() == 0 ? 0 : 2;
		default:
			fputs(usage_text, stderr);
			return 2;
		}
	}
	if (argc - optind != 2 || output == NULL) {
		fputs(usage_text, stderr);
		return 2;
	}
	const char *clerk_path = argv[optind], *fresh_path = argv[optind + 1];
	/* The clerk's file is the one output that may be an input: it is
	 * replaced whole, from what was read, or not at all. */
	if (outfile_same_file(output, fresh_path) ||
	    (base_path != NULL && outfile_same_file(output, base_path))) {
		diag(D_SAME_FILE, &(struct diag_loc){outfile_name(output), 0, 0},
		    outfile_same_file(output, fresh_path) ? fresh_path : base_path);
		return 2;
	}
	struct table base, clerk, fresh, out;
	int have_base = base_path != NULL;
	if (have_base && table_read(base_path, &base) != 0)
		return 2;
	if (table_read(clerk_path, &clerk) != 0) {
		if (have_base)
			table_free(&base);
		return 2;
	}
	if (table_read(fresh_path, &fresh) != 0) {
		if (have_base)
			table_free(&base);
		table_free(&clerk);
		return 2;
	}
	struct merge_stats st;
	int failed = merge_tables(have_base ? &base : NULL, &clerk, &fresh,
	    clerk_path, &out, &st) != 0;
	if (!failed) {
		diag(D_MERGE_SUMMARY, &(struct diag_loc){clerk_path, 0, 0},
		    st.updated, st.kept, st.conflicts, st.added, st.deleted,
		    st.vanished, st.own);
		struct outfile of;
		struct diag_loc loc = {outfile_name(output), 0, 0};
		if (outfile_open(&of, output) != 0) {
			diag(D_OUTPUT, &loc, strerror(errno));
		} else if (table_write(&out, of.fp) != 0) {
			diag(D_OUTPUT, &loc, strerror(errno));
			outfile_abort(&of);
		} else if (outfile_commit(&of) != 0)
			diag(D_OUTPUT, &loc, strerror(errno));
		table_free(&out);
	}
	if (have_base)
		table_free(&base);
	table_free(&clerk);
	table_free(&fresh);
	/* A merge is whole or not written: errors are fatal here. */
	return diag_worst() >= DIAG_ERROR ? 2 : 0;
}
