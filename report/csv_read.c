/*
 * Reading the commitments CSV back: decode, parse strictly with libcsv,
 * map the header to fields and check each row's numbers.
 *
 * Positions: the text is fed to libcsv in chunks that end just after each
 * comma, CR or LF, so every callback fires on the last byte of a chunk and
 * the byte offsets where the current record and field began are known.
 * Records are counted as a spreadsheet numbers its rows: the header is 1,
 * blank lines count, line breaks inside quotes do not.
 *
 * Syntax errors reject the whole file, as the header promises: the usual
 * cause is an unbalanced quote, which swallows the rows after it, so the
 * rows around the error cannot be trusted, and a briefing that silently
 * lacks the rest of a table would look complete to its readers.
 */
#include "csv_read.h"

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../common/decode.h"
#include "../common/table.h"
#include "../common/diag.h"
#include "../common/utf8.h"

/* Longest number cell parsed, in characters; bytes of the header shown
 * when a column is missing. */
enum { NUMBER_MAX = 64, HEADER_SHOWN = 200 };
/* What a double holds exactly, and so prints back as written: every
 * integer below 2^53, and any number of up to 15 significant digits
 * (DBL_DIG); a number so small that printing it needs more than 24
 * decimals is refused too. */
#define NUMBER_INTEGER_LIMIT 9007199254740992.0 /* 2^53 */
#define NUMBER_SMALLEST 1e-9
enum { NUMBER_DIGITS = 15 };

static const char byte_order_mark[] = "\xEF\xBB\xBF";

/* The state of one file being read. */
struct reader {
	const char *path;
	const char *text;         /* decoded, NUL-terminated */
	size_t len;
	size_t chunk_end;         /* offset just after the chunk being parsed */
	size_t record;            /* the record being parsed, from 1 */
	size_t field;             /* fields of that record seen so far */
	size_t record_start;      /* byte offsets where they began */
	size_t field_start;
	int after_cr;             /* the last record ended with CR */
	int nonblank;             /* the record has a cell that is not blank */
	int have_header;
	size_t ncols;             /* cells in the header */
	size_t col_of[FIELD_COUNT]; /* 1-based column of each field, or 0 */
	struct record header;     /* header cells of the known columns */
	struct commitment_list *out;
	size_t first;             /* out->n when the file began */
	long problems;
	int failed;               /* the file is rejected */
};

/* Adds an empty commitment to l; returns it, or NULL when memory runs
 * out. */
static struct commitment *
commitment_list_add(struct commitment_list *l)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		struct commitment *v = realloc(l->v, cap * sizeof *v);
		if (v == NULL)
			return NULL;
		l->v = v;
		l->cap = cap;
	}
	struct commitment *c = &l->v[l->n++];
	memset(c, 0, sizeof *c);
	return c;
}

/* Frees the commitments from index from on and shortens the list. */
static void
commitment_list_truncate(struct commitment_list *l, size_t from)
{
	while (l->n > from) {
		struct commitment *c = &l->v[--l->n];
		record_clear(&c->rec);
		free(c->problem);
	}
}

void
commitment_list_free(struct commitment_list *l)
{
	commitment_list_truncate(l, 0);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Whether cp is white space a cell may carry around its text (a stray byte
 * order mark included). */
static int
is_blank_char(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' ||
	    cp == 0xA0 || cp == 0x3000 || cp == 0xFEFF;
}

/* Narrows s[*lo..*hi) to the text between surrounding blanks. */
static void
trim(const char *s, size_t *lo, size_t *hi)
{
	size_t len, at;

	while (*lo < *hi && is_blank_char(utf8_next(s, *lo, *hi, &len)))
		*lo += len;
	while (*hi > *lo && is_blank_char(utf8_prev(s, *lo, *hi, &at)))
		*hi = at;
}

/* The significant digits of a number as written (num holds only digits,
 * a sign, a point and an exponent): from the first non-zero digit to the
 * last, so 1500000000000000 has 2 and 0.001250 has 3. */
static int
significant_digits(const char *num)
{
	int first = -1, last = -1, k = 0;
	for (const char *p = num; *p && *p != 'e' && *p != 'E'; p++) {
		if (*p < '0' || *p > '9')
			continue;
		if (*p != '0') {
			if (first < 0)
				first = k;
			last = k;
		}
		k++;
	}
	return first < 0 ? 0 : last - first + 1;
}

/* Parses a number as a spreadsheet writes it back (700, 700.0, 1,200,
 * 7E+10), with blanks around, full-width forms and a trailing percent sign
 * allowed (*percent is then set: a percent-formatted cell). Returns 0 and
 * sets *value (-0 read as 0), -1 when s is not a number, or -2 when a
 * double cannot hold it exactly, so that it would not print as written
 * (1234567890.1234567, 7E+300). */
static int
parse_number(const char *s, double *value, int *percent)
{
	char num[NUMBER_MAX + 1];
	size_t lo = 0, hi = strlen(s), len = 0, step, i = 0, w = 0, run = 0;
	int grouped = 0;

	trim(s, &lo, &hi);
	for (size_t at = lo; at < hi; at += step) {
		uint32_t cp = utf8_next(s, at, hi, &step);
		if (cp >= 0xFF01 && cp <= 0xFF5E) /* full-width ASCII */
			cp -= 0xFEE0;
		if (cp >= 0x80 || len == NUMBER_MAX)
			return -1;
		num[len++] = (char)cp;
	}
	*percent = len > 0 && num[len - 1] == '%';
	if (*percent)
		len--;
	/* Thousands commas: groups of three after the first; drop them. */
	if (len > 0 && (num[0] == '+' || num[0] == '-'))
		num[w++] = num[i++];
	for (; i < len && ((num[i] >= '0' && num[i] <= '9') || num[i] == ',');
	     i++) {
		if (num[i] != ',') {
			num[w++] = num[i];
			run++;
			continue;
		}
		if (run == 0 || run > 3 || (grouped && run != 3))
			return -1;
		grouped = 1;
		run = 0;
	}
	if (grouped && run != 3)
		return -1;
	while (i < len)
		num[w++] = num[i++];
	num[w] = '\0';
	/* strtod would also take hex, inf and nan. */
	if (strspn(num, "0123456789+-.eE") != w)
		return -1;
	char *end;
	double v = strtod(num, &end);
	if (end == num || *end != '\0')
		return -1;
	if (!isfinite(v) || fabs(v) >= NUMBER_INTEGER_LIMIT ||
	    (v != 0 && fabs(v) < NUMBER_SMALLEST) ||
	    (significant_digits(num) > NUMBER_DIGITS && v != floor(v)))
		return -2;
	*value = v == 0 ? 0 : v; /* no "-0" in print */
	return 0;
}

/* Reports that memory ran out (once) and rejects the file. */
static void
out_of_memory(struct reader *r)
{
	if (!r->failed)
		diag(D_NOMEM, &(struct diag_loc){r->path, 0, 0});
	r->failed = 1;
}

/* The row being read. */
static struct commitment *
current_row(struct reader *r)
{
	return &r->out->v[r->out->n - 1];
}

/* Appends a reason (a short Chinese text for the briefing) to the current
 * row's problem, after "；" when it has one already. */
static void
add_problem(struct reader *r, const char *fmt, ...)
{
	static const char sep[] = "；";
	struct commitment *c = current_row(r);
	size_t have = c->problem != NULL ? strlen(c->problem) : 0;
	size_t seplen = have > 0 ? strlen(sep) : 0;
	va_list ap;

	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *p = n < 0 ? NULL :
	    realloc(c->problem, have + seplen + (size_t)n + 1);
	if (p == NULL) {
		out_of_memory(r);
		return;
	}
	memcpy(p + have, sep, seplen);
	va_start(ap, fmt);
	vsnprintf(p + have + seplen, (size_t)n + 1, fmt, ap);
	va_end(ap);
	c->problem = p;
}

/* The field of 0-based column col, or -1 when it is not read. */
static int
field_at(const struct reader *r, size_t col)
{
	for (int f = 0; f < FIELD_COUNT; f++)
		if (r->col_of[f] == col + 1)
			return f;
	return -1;
}

/* Takes header cell col: a known column is mapped (the first of
 * duplicates wins), a named unknown one noted. */
static void
header_cell(struct reader *r, size_t col, char *cell, size_t len)
{
	struct diag_loc loc = {r->path, r->record, col + 1};
	size_t lo = 0, hi = len;

	trim(cell, &lo, &hi);
	if (lo == hi)
		return; /* an unnamed column, e.g. a trailing comma */
	cell[hi] = '\0';
	int f = record_field_by_name(cell + lo, hi - lo);
	if (f < 0)
		diag(D_CSV_UNKNOWN, &loc, cell + lo);
	else if (r->col_of[f] != 0)
		diag(D_CSV_DUP_COLUMN, &loc, cell + lo);
	else if (record_set(&r->header, (enum field)f, cell + lo, hi - lo) != 0)
		out_of_memory(r);
	else
		r->col_of[f] = col + 1;
}

/* Turns CR LF inside a quoted cell into LF, as a spreadsheet writes a
 * line break in a cell; returns the new length. */
static size_t
crlf_to_lf(char *s, size_t len)
{
	size_t w = 0;

	for (size_t i = 0; i < len; i++)
		if (s[i] != '\r' || i + 1 == len || s[i + 1] != '\n')
			s[w++] = s[i];
	return w;
}

/* Stores cell col of a row in its field, without the formula guard. */
static void
row_cell(struct reader *r, size_t col, char *cell, size_t len)
{
	if (col == 0) {
		struct commitment *c = commitment_list_add(r->out);
		if (c == NULL) {
			out_of_memory(r);
			return;
		}
		c->file = r->path;
		c->row = r->record;
	}
	int f = field_at(r, col);
	if (f < 0)
		return;
	if (len >= 2 && cell[0] == '\'' && cell_formula_lead(cell[1])) {
		cell++;
		len--;
	}
	len = crlf_to_lf(cell, len);
	if (record_set(&current_row(r)->rec, (enum field)f, cell, len) != 0)
		out_of_memory(r);
}

/* libcsv's field callback. */
static void
on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;
	char *cell = s;
	size_t col = r->field++, lo = 0, hi = len;

	r->field_start = r->chunk_end;
	if (r->failed)
		return;
	trim(cell, &lo, &hi);
	if (lo < hi)
		r->nonblank = 1;
	if (r->have_header)
		row_cell(r, col, cell, len);
	else
		header_cell(r, col, cell, len);
}

/* Writes "header: " and the header record as written into buf, cut at a
 * character boundary when it is long. */
static void
show_header(const struct reader *r, char *buf, size_t size)
{
	const char *h = r->text + r->record_start;
	size_t n = r->chunk_end - r->record_start, cut, at;

	while (n > 0 && (h[n - 1] == '\r' || h[n - 1] == '\n'))
		n--;
	cut = n;
	if (cut > HEADER_SHOWN) {
		utf8_prev(h, 0, HEADER_SHOWN + 1, &at);
		cut = at;
	}
	snprintf(buf, size, "header: %.*s%s", (int)cut, h, cut < n ? "…" : "");
}

/* Ends the header: rejects the file when a required column is missing,
 * naming it and showing the header. Blank records before it are skipped. */
static void
end_header(struct reader *r)
{
	static const enum field required[] = {
		FIELD_METRIC, FIELD_VALUE, FIELD_UNIT,
	};
	char name[64], shown[HEADER_SHOWN + 32];

	if (!r->nonblank)
		return;
	r->have_header = 1;
	r->ncols = r->field;
	for (size_t i = 0; i < sizeof required / sizeof required[0]; i++) {
		const struct column *c = &record_columns[required[i]];
		if (r->col_of[required[i]] != 0)
			continue;
		snprintf(name, sizeof name, "%s/%s", c->label, c->key);
		show_header(r, shown, sizeof shown);
		diag(D_CSV_NO_COLUMN, &(struct diag_loc){r->path, r->record, 0},
		    name, shown);
		r->failed = 1;
	}
}

/* Checks number cell f of the current row. Returns 0 with *value set, 1
 * when the cell is blank or missing, or -1 after reporting that it is not
 * a number and marking the row. */
static int
check_number(struct reader *r, enum field f, double *value)
{
	struct commitment *c = current_row(r);
	const char *s = record_get(&c->rec, f);
	size_t col = r->col_of[f], lo = 0, hi = strlen(s);

	trim(s, &lo, &hi);
	if (col == 0 || col > r->field || lo == hi)
		return 1;
	int percent;
	int parsed = parse_number(s, value, &percent);
	const char *unit = record_get(&c->rec, FIELD_UNIT);
	if (parsed == 0 && percent && unit[0] == '\0' &&
	    record_set_str(&c->rec, FIELD_UNIT, "%") != 0) {
		out_of_memory(r);
		return -1;
	}
	if (parsed == 0 && percent && strcmp(record_get(&c->rec, FIELD_UNIT),
	    "%") != 0) {
		/* 5% beside 人: which of them the clerk meant is theirs
		 * to say. */
		diag(D_CSV_PERCENT, &(struct diag_loc){r->path, r->record, col},
		    record_get(&r->header, f), s, unit);
		add_problem(r, "%s“%s”带百分号，单位却是“%s”",
		    record_columns[f].label, s, unit);
		*value = 0;
		return -1;
	}
	if (parsed == 0)
		return 0;
	if (parsed == -2) {
		diag(D_CSV_INEXACT, &(struct diag_loc){r->path, r->record, col},
		    record_get(&r->header, f), s);
		add_problem(r, "%s“%s”无法精确表示", record_columns[f].label, s);
	} else {
		diag(D_CSV_NUMBER, &(struct diag_loc){r->path, r->record, col},
		    record_get(&r->header, f), s);
		add_problem(r, "%s“%s”不是数字", record_columns[f].label, s);
	}
	*value = 0;
	return -1;
}

/* Ends a row: drops it when blank, else checks its shape, numbers and
 * comparator and marks it when something is wrong. */
static void
end_row(struct reader *r)
{
	struct commitment *c = current_row(r);
	size_t value_col = r->col_of[FIELD_VALUE];
	size_t cmp_col = r->col_of[FIELD_COMPARATOR];

	if (!r->nonblank) {
		commitment_list_truncate(r->out, r->out->n - 1);
		return;
	}
	if (r->field != r->ncols) {
		size_t first_odd = r->field < r->ncols ? r->field : r->ncols;
		diag(D_CSV_RAGGED,
		    &(struct diag_loc){r->path, r->record, first_odd + 1},
		    r->field, r->ncols);
		add_problem(r, "本行有%zu列，表头有%zu列", r->field, r->ncols);
	}
	/* A value cell cut off by a short row is not reported twice. */
	if (check_number(r, FIELD_VALUE, &c->value) == 1 &&
	    value_col <= r->field) {
		diag(D_CSV_EMPTY_CELL,
		    &(struct diag_loc){r->path, r->record, value_col},
		    record_get(&r->header, FIELD_VALUE));
		add_problem(r, "%s为空", record_columns[FIELD_VALUE].label);
	}
	int max_state = check_number(r, FIELD_VALUE_MAX, &c->value_max);
	if (max_state == 1)
		c->value_max = c->value;
	else if (max_state == 0 && c->problem == NULL &&
	    c->value_max < c->value) {
		/* 9～5: shown as written, said here. */
		diag(D_CSV_RANGE, &(struct diag_loc){r->path, r->record,
		    r->col_of[FIELD_VALUE_MAX]},
		    record_get(&c->rec, FIELD_VALUE_MAX),
		    record_get(&c->rec, FIELD_VALUE));
	}
	const char *cmp = record_get(&c->rec, FIELD_COMPARATOR);
	int parsed = comparator_parse(cmp, strlen(cmp));
	if (parsed < 0) {
		diag(D_CSV_COMPARATOR,
		    &(struct diag_loc){r->path, r->record, cmp_col}, cmp);
		add_problem(r, "%s“%s”无法识别",
		    record_columns[FIELD_COMPARATOR].label, cmp);
		parsed = CMP_EQ;
	}
	c->cmp = parsed;
	if (c->problem != NULL) {
		c->value = c->value_max = 0;
		r->problems++;
	}
}

/* libcsv's record callback; c is the CR or LF that ended the record, or
 * -1 at the end of the file. */
static void
on_row(int c, void *data)
{
	struct reader *r = data;
	/* CSV_REPALL_NL reports the LF of a CR LF as an empty record. */
	int crlf_tail = r->field == 0 && c == '\n' && r->after_cr;

	r->after_cr = c == '\r';
	if (crlf_tail)
		return;
	if (!r->failed) {
		if (!r->have_header)
			end_header(r);
		else if (r->field > 0)
			end_row(r);
	}
	r->record++;
	r->field = 0;
	r->nonblank = 0;
	r->record_start = r->field_start = r->chunk_end;
}

/* Reports the strict-mode error libcsv stopped at, byte at, saying what
 * is wrong in the field being read, and rejects the file. */
static void
syntax_error(struct reader *r, struct csv_parser *p, size_t at)
{
	struct diag_loc loc = {r->path, r->record, r->field + 1};
	const char *field = r->text + r->field_start;
	size_t before = at - r->field_start;
	char msg[160];

	r->failed = 1;
	if (csv_error(p) != CSV_EPARSE) {
		diag(D_NOMEM, &loc);
		return;
	}
	if (r->text[at] == '"' && strspn(field, " \t") == before)
		snprintf(msg, sizeof msg, "space before an opening quote");
	else if (r->text[at] == '"')
		snprintf(msg, sizeof msg, "quote inside an unquoted field "
		    "(quote the whole field and double the quote: \"\")");
	else if (strcspn(field, "\r\n") < before) {
		size_t line, col;
		utf8_line_col((const unsigned char *)r->text, r->len, at, &line,
		    &col);
		snprintf(msg, sizeof msg, "unbalanced quote: the field opened "
		    "here runs on past its line, to a quote followed by text "
		    "on text line %zu", line);
	} else if (r->text[at] == ' ' || r->text[at] == '\t')
		snprintf(msg, sizeof msg, "space after a closing quote");
	else
		snprintf(msg, sizeof msg, "text after the closing quote "
		    "(a quote inside a quoted field is doubled: \"\")");
	diag(D_CSV_SYNTAX, &loc, msg);
}

/* Spaces are data (RFC 4180): libcsv would trim unquoted cells. */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Parses r->text, filling r->out, until the end or a rejecting error. */
static void
parse(struct reader *r)
{
	struct csv_parser p;
	size_t off = 0;

	csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL |
	    CSV_REPALL_NL);
	csv_set_space_func(&p, no_space);
	/* libcsv grows a cell's buffer by this much at a time; its default
	 * of 128 bytes makes a long cell quadratic to read. */
	csv_set_blk_size(&p, 1 << 20);
	/* decode_text drops one byte order mark; a doubled one would make a
	 * quoted first cell a syntax error. */
	while (strncmp(r->text + off, byte_order_mark, 3) == 0)
		off += 3;
	char delim = table_delimiter(r->text + off);
	const char stops[] = {delim, '\r', '\n', '\0'};
	csv_set_delim(&p, (unsigned char)delim);
	r->record_start = r->field_start = off;
	while (off < r->len && !r->failed) {
		size_t end = off + strcspn(r->text + off, stops);
		if (end < r->len)
			end++;
		r->chunk_end = end;
		size_t used = csv_parse(&p, r->text + off, end - off, on_field,
		    on_row, r);
		if (used < end - off)
			syntax_error(r, &p, off + used);
		off = end;
	}
	r->chunk_end = r->len;
	if (!r->failed && csv_fini(&p, on_field, on_row, r) != 0) {
		diag(D_CSV_SYNTAX,
		    &(struct diag_loc){r->path, r->record, r->field + 1},
		    "unbalanced quote: the field opened here is never closed");
		r->failed = 1;
	}
	csv_free(&p);
}

long
csv_read_file(const char *path, struct commitment_list *out)
{
	struct reader r = {.path = path, .record = 1, .out = out,
	    .first = out->n};
	struct decoded dec;
	char *raw;
	size_t n;

	if (read_file(path, &raw, &n) != 0) {
		decode_read_error(path);
		return -1;
	}
	if (decode_text(path, raw, n, &dec) != 0)
		return -1;
	r.text = dec.text;
	r.len = dec.len;
	parse(&r);
	free(dec.text);
	record_clear(&r.header);
	if (r.failed) {
		commitment_list_truncate(out, r.first);
		return -1;
	}
	/* A header without rows is left to the caller, which warns when the
	 * briefing as a whole has none. */
	if (!r.have_header)
		diag(D_EMPTY, &(struct diag_loc){path, 0, 0});
	return r.problems;
}
