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
#include <pthread.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../common/decode.h"
#include "../common/diag.h"
#include "../common/outfile.h"
#include "../common/parallel.h"
#include "../common/proc.h"
#include "../common/record.h"
#include "../common/version.h"
#include "csv_write.h"
#include "doc.h"
#include "explain.h"
#include "match.h"
#include "patterns.h"
#include "prepare.h"

static const char usage_text[] =
    "usage: extract [OPTIONS] FILE... [-o OUT.csv]\n"
    "Extract numeric commitments (确保全年新开工亿元以上项目8个) from Chinese\n"
    "official texts into a CSV that Excel, WPS and LibreOffice open.\n"
    "\n"
    "  -o, --output FILE  write the CSV to FILE (default: standard output)\n"
    "      --header=zh|en header of Chinese labels (default) or English keys\n"
    "      --no-bom       no UTF-8 byte order mark (for Unix pipelines)\n"
    "      --lf           end records with LF instead of CR LF\n"
    "      --each DIR     write each input's rows to DIR/NAME.csv (NAME.txt's\n"
    "                     name) and print a line per input: CSV, rows,\n"
    "                     warnings, errors, milliseconds, ok|skipped|failed\n"
    "  -j, --jobs N       files extracted at once (default: the CPUs, at most 8);\n"
    "                     the CSV is the same whatever N\n"
    "      --max-input=SIZE  skip an input larger than SIZE bytes (K, M, G\n"
    "                     allowed; default 256M)\n"
    "  -q, --quiet        do not print notes (warnings and errors still are)\n"
    "      --explain      print every number with the decision taken and why\n"
    "                     (row, past-cue, slogan …) instead of a CSV\n"
    "      --segments     print how each input was laid out instead of a CSV\n"
    "  -h, --help         print this help and exit\n"
    "  -V, --version      print the version and exit\n"
    "\n"
    "FILE may be - for standard input. Inputs may be UTF-8 (with or without\n"
    "BOM), UTF-16 or UTF-32 with BOM, GB18030/GBK, or lines of both.\n"
    "Exit status: 0 all inputs processed, 1 some input had errors (the rest\n"
    "is in the CSV), 2 usage or system error, or no input could be read\n"
    "(OUT.csv is left as it was).\n";

/* Prints how a document was laid out: one line per paragraph with its
 * source line, kind, prior, article and opening characters. */
static void
dump_segments(const struct doc *d)
{
	static const char *const kinds[] = {"body", "title", "heading",
	    "byline", "interview", "speaker", "editor", "meta", "glossary"};
	static const char *const tenses[] = {"neutral", "past", "future"};
	static const char *const genres[] = {"news", "report", "plan"};
	printf("%s: %s, year %d\n", d->file, genres[d->genre], d->year);
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
		printf("%s:%zu: %-9s %d %-7s a%-2d %.*s\n", d->file,
		    doc_line_of(d, p->start), kinds[p->kind], p->level,
		    tenses[p->prior], p->article, (int)n, d->buf + p->start);
	}
	for (size_t i = 0; i < d->narticles; i++)
		printf("%s: article a%zu: title=%s org=%s person=%s\n", d->file, i,
		    d->articles[i].title ? d->articles[i].title : "",
		    d->articles[i].org ? d->articles[i].org : "",
		    d->articles[i].person ? d->articles[i].person : "");
}

enum mode { MODE_CSV, MODE_SEGMENTS, MODE_EXPLAIN };
static enum mode mode = MODE_CSV;
static int jobs = 1;

/* Says where a section's prior changed (tense_priors' note). */
static void
note_section(const struct doc *d, size_t para, enum tense t, const char *why)
{
	static const char *const words[] = {"neutral", "past", "forward-looking"};
	const struct para *p = &d->paras[para];
	size_t n = 0, chars = 0;
	while (p->start + n < p->end && chars < 30) {
		n++;
		while (p->start + n < p->end &&
		    ((unsigned char)why[n] & 0xC0) == 0x80)
			n++;
		chars++;
	}
	diag(D_SECTION, &(struct diag_loc){d->file, doc_line_of(d, p->start), 0},
	    words[t], (int)n, why);
}

/* Extracts the commitments of one file: its rows go to the CSV writer w
 * (NULL unless writing a CSV) and are counted in *nrows, its messages go
 * where diag sends them. Returns 0; 1 when the input could not be read or
 * is no text (reported, skipped); -1 when memory ran out or a write
 * failed. */
static int
process(const char *path, struct csv_writer *w, size_t *nrows)
{
	char *raw;
	size_t n;
	struct diag_loc loc = {path, 0, 0};
	struct decoded dec;
	struct doc doc;
	struct record_list rows = {0};
	struct match_stats stats;
	int rc;

	if (read_file(path, &raw, &n) != 0) {
		decode_read_error(path);
		return 1;
	}
	if (decode_text(path, raw, n, &dec) != 0)
		return 1;
	memset(&doc, 0, sizeof doc);
	doc.file = path;
	rc = doc_build_text(&doc, dec.text, dec.len);
	if (rc == 0)
		rc = doc_prepare(&doc, note_section);
	if (rc == 0 && mode == MODE_SEGMENTS) {
		dump_segments(&doc);
		doc_free(&doc);
		return 0;
	}
	const char *source = strcmp(path, "-") == 0 ? "stdin" : path;
	if (rc == 0)
		rc = match_doc(&doc, source, &rows, &stats,
		    mode == MODE_EXPLAIN ? explain_decision : NULL, stdout);
	if (rc != 0)
		diag(D_NOMEM, &loc);
	else if (doc.len == 0)
		diag(D_EMPTY, &loc);
	else if (stats.rows == 0 && stats.past > 0)
		diag(D_NO_TARGETS, &loc, stats.past, stats.wording);
	if (rc == 0 && w != NULL && csv_write_rows(w, &rows) != 0) {
		/* The memory stream's write failed: no memory. */
		diag(D_NOMEM, &loc);
		rc = -1;
	}
	*nrows = rows.n;
	record_list_free(&rows);
	doc_free(&doc);
	return rc;
}

/* The inputs of a CSV run, extracted by a pool of threads, one file at a
 * time each, and written in the order of the inputs: each file's rows and
 * messages are kept in memory until its turn. At most WINDOW files are
 * ahead of the one being written, so that memory follows a few files,
 * not the night. */
enum { WINDOW = 16 };

struct job {
	const char *path;
	char *csv, *err;       /* what it wrote, in memory */
	size_t csv_len, err_len;
	int rc;                /* process's, or NO_STREAM */
	size_t rows;           /* rows it gave */
	double ms;             /* wall time it took */
	int done;
};

struct pool {
	struct job *job;
	size_t n, next, written;
	const struct csv_options *csv;
	int stop;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

/* A job's rc when its memory streams could not be made (not reported,
 * unlike process's -1). */
enum { NO_STREAM = -2 };

/* Extracts job k into memory. */
static void
run_job(struct pool *pl, size_t k)
{
	struct job *j = &pl->job[k];
	FILE *csv = open_memstream(&j->csv, &j->csv_len);
	FILE *err = open_memstream(&j->err, &j->err_len);
	if (csv == NULL || err == NULL)
		j->rc = NO_STREAM;
	else {
		struct csv_writer w;
		csv_writer_init(&w, csv, pl->csv);
		struct timespec t0, t1;
		clock_gettime(CLOCK_MONOTONIC, &t0);
		diag_capture(err);
		j->rc = process(j->path, &w, &j->rows);
		diag_capture(NULL);
		clock_gettime(CLOCK_MONOTONIC, &t1);
		j->ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 +
		    (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
		csv_writer_free(&w);
	}
	if (csv != NULL && fclose(csv) != 0)
		j->rc = NO_STREAM;
	if (err != NULL && fclose(err) != 0)
		j->rc = NO_STREAM;
}

/* Claims the next job within the window, or returns n. Called with mu. */
static size_t
claim(struct pool *pl)
{
	if (pl->stop || pl->next >= pl->n || pl->next >= pl->written + WINDOW)
		return pl->n;
	return pl->next++;
}

static void *
worker(void *arg)
{
	struct pool *pl = arg;
	pthread_mutex_lock(&pl->mu);
	for (;;) {
		size_t k = claim(pl);
		if (k < pl->n) {
			pthread_mutex_unlock(&pl->mu);
			run_job(pl, k);
			pthread_mutex_lock(&pl->mu);
			pl->job[k].done = 1;
			pthread_cond_broadcast(&pl->cv);
		} else if (pl->stop || pl->next >= pl->n)
			break;
		else
			pthread_cond_wait(&pl->cv, &pl->mu);
	}
	pthread_mutex_unlock(&pl->mu);
	patterns_thread_end();
	return NULL;
}

/* The CSV of input path in folder dir for --each: NAME.csv for NAME.txt
 * (or NAME for a name without .txt). Returns it malloc'd, or NULL. */
static char *
each_name(const char *dir, const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t len = strlen(base);
	if (len > 4 && strcmp(base + len - 4, ".txt") == 0)
		len -= 4;
	size_t size = strlen(dir) + len + 6;
	char *out = malloc(size);
	if (out != NULL)
		snprintf(out, size, "%s/%.*s.csv", dir, (int)len, base);
	return out;
}

/* Counts the lines of a job's messages at a level (": warning: "). */
static size_t
count_level(const char *err, size_t len, const char *level)
{
	size_t n = 0;
	for (const char *p = err; p != NULL && p < err + len;) {
		const char *nl = memchr(p, '\n', (size_t)(err + len - p));
		const char *end = nl ? nl : err + len;
		const char *hit = strstr(p, level);
		if (hit != NULL && hit < end)
			n++;
		p = nl ? nl + 1 : NULL;
	}
	return n;
}

/* Writes job j's own CSV into folder dir (--each) and prints its line on
 * standard output: CSV name, rows, warnings, errors, milliseconds and
 * "ok", "skipped" (the input was not read; its CSV is left as it was) or
 * "failed". Returns 0, or -1 when the CSV could not be written
 * (reported). */
static int
write_each(const char *dir, const struct job *j, int rc,
    const struct csv_options *csv)
{
	char *name = each_name(dir, j->path);
	struct outfile out;
	struct csv_writer w;
	int failed = 0;

	if (name == NULL) {
		diag(D_NOMEM, NULL);
		return -1;
	}
	struct diag_loc loc = {name, 0, 0};
	if (rc == 0 && outfile_same_file(name, j->path)) {
		diag(D_SAME_FILE, &loc, j->path);
		failed = 1;
	} else if (rc == 0 && outfile_open(&out, name) != 0) {
		diag(D_OUTPUT, &loc, strerror(errno));
		failed = 1;
	} else if (rc == 0) {
		failed = csv_write_header(&w, out.fp, csv) != 0 ||
		    (j->csv_len > 0 &&
		    fwrite(j->csv, 1, j->csv_len, out.fp) != j->csv_len);
		csv_writer_free(&w);
		if (failed) {
			diag(D_OUTPUT, &loc, strerror(errno ? errno : EIO));
			outfile_abort(&out);
		} else if (outfile_commit(&out) != 0) {
			diag(D_OUTPUT, &loc, strerror(errno));
			failed = 1;
		}
	}
	const char *base = strrchr(name, '/') + 1;
	printf("%s\t%zu\t%zu\t%zu\t%.1f\t%s\n", base, j->rows,
	    count_level(j->err, j->err_len, ": warning: "),
	    count_level(j->err, j->err_len, ": error: ") + (size_t)failed,
	    j->ms, failed ? "failed" : rc != 0 ? "skipped" : "ok");
	fflush(stdout);
	free(name);
	return failed ? -1 : 0;
}

/* Extracts the files into the CSV on out, or each into its own CSV in
 * folder each, with threads threads besides the caller's; counts in
 * *read the inputs that could be read. Returns 0, or -1 after reporting
 * what failed. */
static int
extract_all(char **paths, size_t n, FILE *out, const char *output,
    const char *each, const struct csv_options *csv, int threads,
    size_t *read)
{
	struct pool pl = {.n = n, .csv = csv};
	pthread_t tid[PARALLEL_MAX];
	int started = 0, rc = 0;

	pl.job = calloc(n + 1, sizeof *pl.job);
	if (pl.job == NULL) {
		diag(D_NOMEM, NULL);
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		pl.job[i].path = paths[i];
	pthread_mutex_init(&pl.mu, NULL);
	pthread_cond_init(&pl.cv, NULL);
	for (; started < threads && started < PARALLEL_MAX; started++)
		if (pthread_create(&tid[started], NULL, worker, &pl) != 0)
			break;
	for (size_t k = 0; k < n; k++) {
		struct job *j = &pl.job[k];
		pthread_mutex_lock(&pl.mu);
		/* Wait for job k, working on one of the next meanwhile. */
		while (!j->done) {
			size_t mine = claim(&pl);
			if (mine < n) {
				pthread_mutex_unlock(&pl.mu);
				run_job(&pl, mine);
				pthread_mutex_lock(&pl.mu);
				pl.job[mine].done = 1;
				pthread_cond_broadcast(&pl.cv);
			} else
				pthread_cond_wait(&pl.cv, &pl.mu);
		}
		pthread_mutex_unlock(&pl.mu);
		if (j->err_len > 0)
			fwrite(j->err, 1, j->err_len, stderr);
		int skipped = j->rc == 1;
		if (j->rc == 1)
			j->rc = 0; /* reported; the others go on */
		else if (j->rc == 0)
			(*read)++;
		if (each != NULL && j->rc == 0) {
			/* One document's CSV failing does not stop the
			 * others. */
			if (write_each(each, j, skipped, csv) != 0)
				(*read)--;
		} else if (j->rc != 0) {
			if (rc == 0 && j->rc == NO_STREAM)
				diag(D_NOMEM, &(struct diag_loc){j->path, 0, 0});
			rc = -1;
		} else if (rc == 0 && j->csv_len > 0 &&
		    fwrite(j->csv, 1, j->csv_len, out) != j->csv_len) {
			diag(D_OUTPUT, &(struct diag_loc){outfile_name(output),
			    0, 0}, strerror(errno ? errno : EIO));
			rc = -1;
		}
		free(j->csv);
		free(j->err);
		j->csv = j->err = NULL;
		pthread_mutex_lock(&pl.mu);
		pl.written = k + 1;
		if (rc != 0)
			pl.stop = 1;
		pthread_cond_broadcast(&pl.cv);
		pthread_mutex_unlock(&pl.mu);
		if (rc != 0)
			break;
	}
	pthread_mutex_lock(&pl.mu);
	pl.stop = 1;
	pthread_cond_broadcast(&pl.cv);
	pthread_mutex_unlock(&pl.mu);
	for (int t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
	for (size_t k = 0; k < n; k++) {
		free(pl.job[k].csv);
		free(pl.job[k].err);
	}
	free(pl.job);
	pthread_cond_destroy(&pl.cv);
	pthread_mutex_destroy(&pl.mu);
	return rc;
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
		{"explain", no_argument, NULL, 'E'},
		{"jobs", required_argument, NULL, 'j'},
		{"max-input", required_argument, NULL, 'M'},
		{"each", required_argument, NULL, 'D'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	struct csv_options csv = {1, 1, 0};
	const char *output = NULL, *each = NULL;
	int c;

	diag_set_program("extract");
	if (proc_start() != 0) {
		diag(D_USAGE, NULL, "cannot open /dev/null for a closed standard descriptor");
		return 2;
	}
	/* Options may follow the files (FILE... -o OUT.csv). */
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	jobs = cpus < 1 ? 1 : cpus > PARALLEL_MAX ? PARALLEL_MAX : (int)cpus;
	while ((c = getopt_long(argc, argv, "o:qhVj:", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			if (optarg[0] == '\0') {
				diag(D_NO_NAME, NULL);
				return 2;
			}
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
			mode = MODE_SEGMENTS;
			break;
		case 'E':
			mode = MODE_EXPLAIN;
			break;
		case 'D':
			each = optarg;
			break;
		case 'M': {
			size_t bytes;
			if (decode_parse_size(optarg, &bytes) != 0) {
				diag(D_USAGE, NULL, "--max-input takes a size such as 300M");
				return 2;
			}
			decode_set_limit(bytes);
			break;
		}
		case 'j': {
			char *end;
			long n = strtol(optarg, &end, 10);
			if (*end || n < 1 || n > PARALLEL_MAX) {
				diag(D_USAGE, NULL, "--jobs takes 1 to 8");
				return 2;
			}
			jobs = (int)n;
			break;
		}
		case 'h':
			fputs(usage_text, stdout);
			return outfile_finish_stdout() == 0 ? 0 : 2;
		case 'V':
			printf("extract %s\n", PROJECT_VERSION);
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
	if (each != NULL && output != NULL) {
		diag(D_USAGE, NULL, "--each and -o exclude each other");
		return 2;
	}
	if (mode != MODE_CSV && (output != NULL || each != NULL)) {
		diag(D_USAGE, NULL, "--explain and --segments print on standard output; -o and --each are for CSVs");
		return 2;
	}
	if (each != NULL) {
		struct stat st;
		if (stat(each, &st) != 0 || !S_ISDIR(st.st_mode)) {
			diag(D_USAGE, NULL, "--each takes an existing folder");
			return 2;
		}
		/* Two inputs of one name would write one CSV. */
		for (int i = optind; i < argc; i++)
			for (int k = optind; k < i; k++) {
				char *a = each_name("", argv[i]);
				char *b = each_name("", argv[k]);
				int same = a && b && strcmp(a, b) == 0;
				free(a);
				free(b);
				if (same) {
					diag(D_USAGE, &(struct diag_loc){argv[i], 0, 0},
					    "has the same name as another input; --each would write one CSV for both");
					return 2;
				}
			}
	}
	parallel_set_jobs(jobs);
	if (patterns_init() != 0)
		return 2;
	match_prepare();

	if (mode != MODE_CSV) {
		/* One file after another, so that what is printed stays in
		 * the order of the inputs. */
		for (int i = optind; i < argc; i++)
			if (process(argv[i], NULL, &(size_t){0}) != 0)
				break;
		outfile_finish_stdout();
		patterns_free();
		return diag_exit_status();
	}

	/* Nothing an input is the same file as is written over. */
	for (int i = optind; i < argc; i++)
		if (outfile_same_file(output, argv[i])) {
			diag(D_SAME_FILE, &(struct diag_loc){outfile_name(output), 0, 0}, argv[i]);
			patterns_free();
			return diag_exit_status();
		}
	if (each != NULL) {
		size_t read = 0;
		int failed = extract_all(argv + optind, (size_t)(argc - optind),
		    NULL, NULL, each, &csv, argc - optind > 1 ? jobs - 1 : 0,
		    &read) != 0;
		if (!failed && read == 0)
			diag(D_ALL_FAILED, &(struct diag_loc){each, 0, 0},
			    "no CSV written");
		patterns_free();
		return diag_exit_status();
	}
	struct outfile out;
	struct csv_writer writer;
	struct diag_loc loc = {outfile_name(output), 0, 0};
	if (outfile_open(&out, output) != 0) {
		diag(D_OUTPUT, &loc, strerror(errno));
		patterns_free();
		return diag_exit_status();
	}
	int failed = csv_write_header(&writer, out.fp, &csv) != 0;
	if (failed)
		diag(D_OUTPUT, &loc, strerror(errno ? errno : EIO));
	csv_writer_free(&writer);
	size_t read = 0;
	if (!failed)
		failed = extract_all(argv + optind, (size_t)(argc - optind),
		    out.fp, output, NULL, &csv, argc - optind > 1 ? jobs - 1 : 0,
		    &read) != 0;
	/* A fatal error (memory ran out) leaves the old output as it was,
	 * as does a run in which no input could be read. */
	if (!failed && diag_worst() >= DIAG_FATAL)
		failed = 1;
	if (!failed && read == 0) {
		diag(D_ALL_FAILED, &loc, out.tmp != NULL ? "left as it was" :
		    "only the header was written");
		failed = 1;
	}
	if (failed)
		outfile_abort(&out);
	else if (outfile_commit(&out) != 0)
		diag(D_OUTPUT, &loc, strerror(errno));
	patterns_free();
	return diag_exit_status();
}
