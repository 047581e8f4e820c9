#include "table.h"

#include <csv.h>
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "utf8.h"

/* The table being read: libcsv hands over one cell at a time. */
struct reading {
	struct table *t;
	const char *path;
	char **cells;            /* the record being read */
	size_t ncells, cap;
	size_t line;             /* text line of the parser's position */
	size_t record_line;      /* where the record began */
	int failed;
};

static void
free_cells(char **cells, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(cells[i]);
	free(cells);
}

static void
on_cell(void *s, size_t len, void *data)
{
	struct reading *r = data;
	if (r->failed)
		return;
	if (r->ncells == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 16;
		char **c = realloc(r->cells, cap * sizeof *c);
		if (c == NULL) {
			r->failed = 1;
			return;
		}
		r->cells = c;
		r->cap = cap;
	}
	char *cell = malloc(len + 1);
	if (cell == NULL) {
		r->failed = 1;
		return;
	}
	memcpy(cell, s ? s : "", len);
	cell[len] = '\0';
	r->cells[r->ncells++] = cell;
}

static void
on_record(int c, void *data)
{
	struct reading *r = data;
	struct table *t = r->t;
	(void)c;
	if (r->failed)
		return;
	/* A blank line (one empty cell) is no record. */
	if (r->ncells == 0 || (r->ncells == 1 && r->cells[0][0] == '\0')) {
		free_cells(r->cells, r->ncells);
	} else if (t->header == NULL) {
		t->header = r->cells;
		t->ncols = r->ncells;
	} else {
		/* Rows as wide as the header: a short row is padded, a long
		 * row's extra cells are kept by widening the table. */
		while (r->ncells > t->ncols) {
			char **h = realloc(t->header, (t->ncols + 1) * sizeof *h);
			char *empty = h ? calloc(1, 1) : NULL;
			if (empty == NULL) {
				if (h != NULL)
					t->header = h;
				r->failed = 1;
				free_cells(r->cells, r->ncells);
				goto done;
			}
			t->header = h;
			t->header[t->ncols++] = empty;
			for (size_t i = 0; i < t->nrows; i++) {
				char **row = realloc(t->rows[i],
				    t->ncols * sizeof *row);
				char *e = row ? calloc(1, 1) : NULL;
				if (e == NULL) {
					if (row != NULL)
						t->rows[i] = row;
					r->failed = 1;
					free_cells(r->cells, r->ncells);
					goto done;
				}
				row[t->ncols - 1] = e;
				t->rows[i] = row;
			}
		}
		if (table_add_row(t, r->cells, r->ncells, r->record_line) != 0)
			r->failed = 1;
		free_cells(r->cells, r->ncells);
	}
done:
	r->cells = NULL;
	r->ncells = r->cap = 0;
}

char
table_delimiter(const char *text)
{
	size_t tabs = 0, commas = 0;
	int quoted = 0;
	for (const char *c = text; *c && (quoted || (*c != '\n' && *c != '\r'));
	     c++) {
		if (*c == '"')
			quoted = !quoted;
		else if (!quoted && *c == '\t')
			tabs++;
		else if (!quoted && *c == ',')
			commas++;
	}
	return tabs > 0 && commas == 0 ? '\t' : ',';
}

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

int
table_read(const char *path, struct table *t)
{
	struct decoded dec;
	char *raw;
	size_t n;

	memset(t, 0, sizeof *t);
	for (int f = 0; f < FIELD_COUNT; f++)
		t->field_col[f] = -1;
	if (read_file(path, &raw, &n) != 0) {
		decode_read_error(path);
		return -1;
	}
	if (decode_text(path, raw, n, &dec) != 0)
		return -1;
	size_t off = 0;
	/* A second byte order mark (saved twice) is no header text. */
	while (strncmp(dec.text + off, "\xEF\xBB\xBF", 3) == 0)
		off += 3;
	t->form.enc = dec.enc == ENC_MIXED ? ENC_UTF8 : dec.enc;
	t->form.bom = dec.had_bom;
	const char *nl = strchr(dec.text + off, '\n');
	t->form.crlf = nl != NULL ? nl > dec.text && nl[-1] == '\r' : 1;
	t->form.delim = table_delimiter(dec.text + off);

	struct reading r = {.t = t, .path = path, .line = 1, .record_line = 1};
	struct csv_parser p;
	csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
	csv_set_space_func(&p, no_space);
	csv_set_blk_size(&p, 1 << 20);
	csv_set_delim(&p, (unsigned char)t->form.delim);
	/* Fed line by line, so that rows know their line and an error its
	 * place. */
	while (off < dec.len && !r.failed) {
		const char *end = strchr(dec.text + off, '\n');
		size_t len = end ? (size_t)(end - dec.text) + 1 - off : dec.len - off;
		if (r.ncells == 0)
			r.record_line = r.line;
		size_t used = csv_parse(&p, dec.text + off, len, on_cell,
		    on_record, &r);
		if (used < len) {
			size_t line, col;
			utf8_line_col((const unsigned char *)dec.text, dec.len,
			    off + used, &line, &col);
			diag(D_CSV_SYNTAX, &(struct diag_loc){path, line, col},
			    csv_error(&p) == CSV_EPARSE ? "malformed quoting" :
			    "out of memory");
			r.failed = 2;
			break;
		}
		off += len;
		r.line++;
	}
	if (!r.failed && csv_fini(&p, on_cell, on_record, &r) != 0) {
		diag(D_CSV_SYNTAX, &(struct diag_loc){path, r.record_line, 0},
		    "unbalanced quote: the field opened here is never closed");
		r.failed = 2;
	}
	csv_free(&p);
	free_cells(r.cells, r.ncells);
	free(dec.text);
	if (r.failed == 1)
		diag(D_NOMEM, &(struct diag_loc){path, 0, 0});
	if (!r.failed && t->header == NULL) {
		diag(D_CSV_SYNTAX, &(struct diag_loc){path, 1, 0}, "no header");
		r.failed = 2;
	}
	if (r.failed) {
		table_free(t);
		return -1;
	}
	for (size_t c = 0; c < t->ncols; c++) {
		int f = record_field_by_name(t->header[c], strlen(t->header[c]));
		if (f >= 0 && t->field_col[f] < 0)
			t->field_col[f] = (int)c;
	}
	return 0;
}

int
table_add_row(struct table *t, char *const *cells, size_t ncells,
    size_t line)
{
	if ((t->nrows & (t->nrows - 1)) == 0) {
		size_t cap = t->nrows ? t->nrows * 2 : 16;
		char ***rows = realloc(t->rows, cap * sizeof *rows);
		size_t *lines = rows ? realloc(t->line, cap * sizeof *lines) : NULL;
		if (rows != NULL)
			t->rows = rows;
		if (lines == NULL)
			return -1;
		t->line = lines;
	}
	char **row = calloc(t->ncols ? t->ncols : 1, sizeof *row);
	if (row == NULL)
		return -1;
	for (size_t c = 0; c < t->ncols; c++) {
		const char *s = c < ncells && cells[c] != NULL ? cells[c] : "";
		if ((row[c] = strdup(s)) == NULL) {
			free_cells(row, c);
			return -1;
		}
	}
	t->line[t->nrows] = line;
	t->rows[t->nrows++] = row;
	return 0;
}

const char *
table_get(const struct table *t, size_t r, enum field f)
{
	int c = t->field_col[f];
	return c < 0 ? "" : t->rows[r][c];
}

/* Appends s[0..n) to *buf. Returns 0, or -1. */
static int
put_text(char **buf, size_t *used, size_t *cap, const char *s, size_t n)
{
	if (*used + n + 1 > *cap) {
		size_t grown = (*used + n + 1) * 2;
		char *b = realloc(*buf, grown);
		if (b == NULL)
			return -1;
		*buf = b;
		*cap = grown;
	}
	memcpy(*buf + *used, s, n);
	*used += n;
	return 0;
}

/* Appends a cell to *buf, quoted when it must be (the delimiter, a
 * quote, a line break, or blanks at its ends that a reader would trim).
 * Returns 0, or -1. */
static int
put_cell(char **buf, size_t *used, size_t *cap, const char *s, char delim,
    int first)
{
	size_t n = strlen(s);
	if (*used + 2 * n + 4 > *cap) {
		size_t grown = (*used + 2 * n + 4) * 2;
		char *b = realloc(*buf, grown);
		if (b == NULL)
			return -1;
		*buf = b;
		*cap = grown;
	}
	if (!first)
		(*buf)[(*used)++] = delim;
	int quote = n > 0 && (strchr(s, delim) || strpbrk(s, "\"\r\n") ||
	    s[0] == ' ' || s[n - 1] == ' ');
	if (!quote) {
		memcpy(*buf + *used, s, n);
		*used += n;
	} else
		*used += csv_write(*buf + *used, 2 * n + 3, s, n);
	return 0;
}

/* Converts UTF-8 text to charset. Returns a malloc'd buffer, or NULL
 * with errno set (EILSEQ: a character charset cannot hold). */
static char *
encode(const char *text, size_t len, const char *charset, size_t *outlen)
{
	iconv_t cd = iconv_open(charset, "UTF-8");
	if (cd == (iconv_t)-1)
		return NULL;
	size_t cap = len * 4 + 16, left = cap, inleft = len;
	char *out = malloc(cap), *o = out, *in = (char *)text;
	if (out == NULL || iconv(cd, &in, &inleft, &o, &left) == (size_t)-1) {
		int saved = errno;
		free(out);
		iconv_close(cd);
		errno = saved;
		return NULL;
	}
	iconv_close(cd);
	*outlen = cap - left;
	return out;
}

int
table_write(const struct table *t, FILE *fp)
{
	char *buf = NULL;
	size_t used = 0, cap = 0;
	const char *eol = t->form.crlf ? "\r\n" : "\n";
	int failed = 0;

	for (size_t r = 0; r <= t->nrows && !failed; r++) {
		char **cells = r == 0 ? t->header : t->rows[r - 1];
		for (size_t c = 0; c < t->ncols && !failed; c++)
			failed = put_cell(&buf, &used, &cap, cells[c], t->form.delim,
			    c == 0) != 0;
		if (!failed)
			failed = put_text(&buf, &used, &cap, eol, strlen(eol)) != 0;
	}
	if (failed) {
		free(buf);
		errno = ENOMEM;
		return -1;
	}
	const char *charset = NULL, *mark = "";
	size_t mark_len = 0;
	switch (t->form.enc) {
	case ENC_GB18030:
		charset = "GB18030";
		break;
	case ENC_UTF16LE:
		charset = "UTF-16LE", mark = "\xFF\xFE", mark_len = 2;
		break;
	case ENC_UTF16BE:
		charset = "UTF-16BE", mark = "\xFE\xFF", mark_len = 2;
		break;
	case ENC_UTF32LE:
		charset = "UTF-32LE", mark = "\xFF\xFE\0\0", mark_len = 4;
		break;
	case ENC_UTF32BE:
		charset = "UTF-32BE", mark = "\0\0\xFE\xFF", mark_len = 4;
		break;
	default:
		if (t->form.bom)
			mark = "\xEF\xBB\xBF", mark_len = 3;
		break;
	}
	char *bytes = buf;
	size_t n = used;
	if (charset != NULL && (bytes = encode(buf, used, charset, &n)) == NULL) {
		int saved = errno;
		free(buf);
		errno = saved;
		return -1;
	}
	int ok = fwrite(mark, 1, mark_len, fp) == mark_len &&
	    fwrite(bytes, 1, n, fp) == n;
	if (bytes != buf)
		free(bytes);
	free(buf);
	if (!ok && errno == 0)
		errno = EIO;
	return ok ? 0 : -1;
}

void
table_free(struct table *t)
{
	free_cells(t->header, t->ncols);
	for (size_t r = 0; r < t->nrows; r++)
		free_cells(t->rows[r], t->ncols);
	free(t->rows);
	free(t->line);
	memset(t, 0, sizeof *t);
	for (int f = 0; f < FIELD_COUNT; f++)
		t->field_col[f] = -1;
}
