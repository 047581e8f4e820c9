/*
 * extract: numeric commitments of Chinese official texts, as a CSV.
 *
 * Each input is read whole, decoded, normalised and segmented; its rows are
 * written a stretch at a time as they are matched, and everything is freed
 * before the next input, so memory follows the largest input, not their
 * number. The CSV is written to a temporary file
 * and renamed into place only when all of it was written.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../common/decode.h"
#include "../common/diag.h"
#include "../common/outfile.h"
#include "../common/parallel.h"
#include "../common/record.h"
#include "../common/version.h"
#include "csv_write.h"
#include "doc.h"
#include "match.h"
#include "patterns.h"
#include "segment.h"

static const char usage_text[] =
    "usage: extract [OPTIONS] FILE... [-o OUT.csv]\n"
    "Extract numeric commitments (确保全年新开工亿元以上项目8个) from Chinese\n"
    "official texts into a CSV that Excel, WPS and LibreOffice open.\n"
    "\n"
    "  -o, --output FILE  write the CSV to FILE (default: standard output)\n"
    "      --header=zh|en header of Chinese labels (default) or English keys\n"
    "      --no-bom       no UTF-8 byte order mark (for Unix pipelines)\n"
    "      --lf           end records with LF instead of CR LF\n"
    "  -j, --jobs N       threads for a large input (default: the CPUs, at most 4)\n"
    "  -q, --quiet        do not print notes (warnings and errors still are)\n"
    "      --segments     print how each input was segmented instead of a CSV\n"
    "  -h, --help         print this help and exit\n"
    "  -V, --version      print the version and exit\n"
    "\n"
    "FILE may be - for standard input. Inputs may be UTF-8 (with or without\n"
    "BOM), UTF-16 with BOM, or GB18030/GBK.\n"
    "Exit status: 0 all inputs processed, 1 some input had errors (the rest\n"
    "is in the CSV), 2 usage or system error (no CSV written).\n";

/* Prints how a document was segmented: one line per paragraph with its
 * source line, kind, tense, article and opening characters. */
static void
dump_segments(const struct doc *d)
{
	static const char *const kinds[] = {"body", "title", "heading",
	    "subheading", "byline", "interview", "editor", "meta"};
	static const char *const tenses[] = {"neutral", "past", "future"};
	for (size_t i = 0; i < d->nparas; i++) {
		const struct para *p = &d->paras[i];
		size_t n = 0, chars = 0;
		while (p->start + n < p->end && chars < 24) {
			n++;
			while (p->start + n < p->end &&
			    ((unsigned char)d->buf[p->start + n] & 0xC0) == 0x80)
				n++;
			chars++;
		}
		printf("%s:%zu: %-10s %-7s a%-2d %.*s\n", d->file,
		    doc_line_of(d, p->start), kinds[p->kind], tenses[p->tense],
		    p->article, (int)n, d->buf + p->start);
	}
	for (size_t i = 0; i < d->narticles; i++)
		printf("%s: article a%zu: title=%s org=%s person=%s\n", d->file, i,
		    d->articles[i].title ? d->articles[i].title : "",
		    d->articles[i].org ? d->articles[i].org : "",
		    d->articles[i].person ? d->articles[i].person : "");
}

static int dump_only;
static int jobs = 1;

/* Where the rows of the inputs go: the CSV being written. */
struct csv_sink {
	struct csv_writer *writer;
	const char *output;    /* for messages; NULL for standard output */
};

/* The format of the CSV output, run by the thread that matched rows: their
 * cells but the ids, into *made. Returns 0, or -1 when memory runs out. */
static int
format_rows(void *arg, const struct record_list *rows, void **made)
{
	struct csv_cells *cells = calloc(1, sizeof *cells);

	(void)arg;
	if (cells == NULL)
		return -1;
	if (csv_cells_add(cells, rows) != 0) {
		csv_cells_free(cells);
		free(cells);
		return -1;
	}
	*made = cells;
	return 0;
}

static void
discard_cells(void *made)
{
	csv_cells_free(made);
	free(made);
}

/* The sink of the CSV output: writes the rows, ids first. Returns 0, or
 * -1 after reporting a failed write. */
static int
write_rows(void *arg, struct record_list *rows, void *made)
{
	struct csv_sink *sink = arg;
	int rc = csv_write_cells(sink->writer, rows, made);
	discard_cells(made);
	if (rc == 0)
		return 0;
	diag(D_OUTPUT, &(struct diag_loc){sink->output, 0, 0},
	    strerror(errno ? errno : EIO));
	return -1;
}

/* The preparer of match_doc_stream: segments the document doc up to a
 * paragraph. */
static void
segment_upto(void *doc, size_t upto)
{
	doc_segment_upto(doc, upto);
}

/* Extracts the commitments of one file into the CSV of sink (NULL with
 * --segments). Returns 0, or -1 when memory ran out or a write failed
 * (reported). Unreadable or binary inputs are reported and skipped. */
static int
process(const char *path, struct csv_sink *sink)
{
	char *raw;
	size_t n;
	struct diag_loc loc = {path, 0, 0};
	struct decoded dec;
	struct doc doc;

	if (read_file(path, &raw, &n) != 0) {
		diag(D_OPEN, &loc, strerror(errno));
		return 0;
	}
	if (decode_text(path, raw, n, &dec) != 0)
		return 0;
	memset(&doc, 0, sizeof doc);
	doc.file = path;
	int rc = doc_build_text(&doc, dec.text, dec.len);
	if (rc == 0 && dump_only) {
		if (doc_segment(&doc) == 0)
			dump_segments(&doc);
		else
			diag(D_NOMEM, &loc);
		doc_free(&doc);
		return 0;
	}
	/* The rest of a report is segmented while its start is matched. */
	if (rc == 0)
		rc = doc_segment_start(&doc);
	const struct match_output csv = {format_rows, write_rows, discard_cells,
	    sink};
	long found = rc == 0 ? match_doc_stream(&doc, strcmp(path, "-") == 0 ?
	    "stdin" : path, jobs, segment_upto, &doc, &csv) : MATCH_NOMEM;
	if (found == MATCH_NOMEM)
		diag(D_NOMEM, &loc);
	else if (found >= 0 && doc.len == 0)
		diag(D_EMPTY, &loc);
	doc_free(&doc);
	return found < 0 ? -1 : 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{"output", required_argument, NULL, 'o'},
		{"header", required_argument, NULL, 'H'},
		{"no-bom", no_argument, NULL, 'B'},
		{"lf", no_argument, NULL, 'L'},
		{"quiet", no_argument, NULL, 'q'},
		{"segments", no_argument, NULL, 'S'},
		{"jobs", required_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	struct csv_options csv = {1, 1, 0};
	const char *output = NULL;
	int c;

	diag_set_program("extract");
	/* Options may follow the files (FILE... -o OUT.csv). */
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	jobs = cpus < 1 ? 1 : cpus > 4 ? 4 : (int)cpus;
	while ((c = getopt_long(argc, argv, "o:qhVj:", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			output = optarg;
			break;
		case 'H':
			if (strcmp(optarg, "en") == 0)
				csv.english = 1;
			else if (strcmp(optarg, "zh") == 0)
				csv.english = 0;
			else {
				diag(D_USAGE, NULL, "--header takes zh or en");
				return 2;
			}
			break;
		case 'B':
			csv.bom = 0;
			break;
		case 'L':
			csv.crlf = 0;
			break;
		case 'q':
			diag_set_quiet_notes(1);
			break;
		case 'S':
			dump_only = 1;
			break;
		case 'j': {
			char *end;
			long n = strtol(optarg, &end, 10);
			if (*end || n < 1 || n > MAX_JOBS) {
				diag(D_USAGE, NULL, "--jobs takes 1 to 8");
				return 2;
			}
			jobs = (int)n;
			break;
		}
		case 'h':
			fputs(usage_text, stdout);
			return 0;
		case 'V':
			printf("extract %s\n", PROJECT_VERSION);
			return 0;
		default:
			fputs(usage_text, stderr);
			return 2;
		}
	}
	if (optind >= argc) {
		diag(D_NO_INPUT, NULL);
		return 2;
	}
	parallel_set_jobs(jobs);
	if (patterns_init() != 0)
		return 2;

	if (dump_only) {
		for (int i = optind; i < argc; i++)
			if (process(argv[i], NULL) != 0)
				break;
		patterns_free();
		return diag_exit_status();
	}

	struct outfile out;
	struct csv_writer writer;
	struct diag_loc loc = {output, 0, 0};
	if (outfile_open(&out, output) != 0) {
		diag(D_OUTPUT, &loc, strerror(errno));
		patterns_free();
		return diag_exit_status();
	}
	int failed = csv_write_header(&writer, out.fp, &csv) != 0;
	if (failed)
		diag(D_OUTPUT, &loc, strerror(errno ? errno : EIO));
	struct csv_sink sink = {&writer, output};
	for (int i = optind; i < argc && !failed; i++)
		failed = process(argv[i], &sink) != 0;
	csv_writer_free(&writer);
	if (failed)
		outfile_abort(&out);
	else if (outfile_commit(&out) != 0)
		diag(D_OUTPUT, &loc, strerror(errno));
	patterns_free();
	return diag_exit_status();
}
