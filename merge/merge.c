#include "merge.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../common/diag.h"
#include "../common/strindex.h"

/* The flag put in 备注 of a row gone from the text. */
static const char vanished_flag[] = "原文中已无此条";

/* s without blanks at its ends and without the apostrophe a spreadsheet
 * cell may keep before a formula character: bounds in *a, *b. */
static void
plain(const char *s, size_t *a, size_t *b)
{
	*a = 0;
	*b = strlen(s);
	while (*a < *b && (s[*a] == ' ' || s[*a] == '\t'))
		(*a)++;
	while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\t'))
		(*b)--;
	if (*b - *a >= 2 && s[*a] == '\'' && cell_formula_lead(s[*a + 1]))
		(*a)++;
}

/* Reads a number as a spreadsheet may have rewritten it (7E+10,
 * 1,200); returns 0 and sets *v, or -1. */
static int
number_of(const char *s, size_t a, size_t b, double *v)
{
	char buf[64];
	size_t n = 0;
	for (size_t i = a; i < b; i++)
		if (s[i] != ',' && n + 1 < sizeof buf)
			buf[n++] = s[i];
	buf[n] = '\0';
	if (n == 0 || strspn(buf, "0123456789+-.eE") != n)
		return -1;
	char *end;
	*v = strtod(buf, &end);
	return *end == '\0' && isfinite(*v) ? 0 : -1;
}

/* Whether two cells of field f say the same, as a spreadsheet's save
 * would leave a cell nobody touched: blanks at the ends, a formula guard,
 * and numbers in another form do not count. */
static int
same_cell(enum field f, const char *x, const char *y)
{
	size_t xa, xb, ya, yb;
	plain(x, &xa, &xb);
	plain(y, &ya, &yb);
	if (xb - xa == yb - ya && memcmp(x + xa, y + ya, xb - xa) == 0)
		return 1;
	double u, v;
	if ((f == FIELD_LINE || f == FIELD_VALUE || f == FIELD_VALUE_MAX) &&
	    number_of(x, xa, xb, &u) == 0 && number_of(y, ya, yb, &v) == 0)
		return u == v || fabs(u - v) <= 1e-9 * fabs(u);
	return 0;
}

/* Whether row i of x and row j of y agree on every field the clerk's
 * table has (a column the clerk removed cannot have been edited), 备注
 * aside: the tool writes notes there. */
static int
same_row(const struct table *clerk, const struct table *x, size_t i,
    const struct table *y, size_t j)
{
	for (int f = 0; f < FIELD_COUNT; f++) {
		if (f == FIELD_NOTE || clerk->field_col[f] < 0)
			continue;
		if (!same_cell((enum field)f, table_get(x, i, (enum field)f),
		    table_get(y, j, (enum field)f)))
			return 0;
	}
	return 1;
}

/* The merged rows, built before they become a table. */
struct out_rows {
	char ***row;    /* each ncols cells, malloc'd */
	size_t *line;
	size_t n, cap, ncols;
};

static int
push(struct out_rows *o, size_t at, char **cells, size_t line)
{
	if (o->n == o->cap) {
		size_t cap = o->cap ? o->cap * 2 : 32;
		char ***r = realloc(o->row, cap * sizeof *r);
		size_t *l = r ? realloc(o->line, cap * sizeof *l) : NULL;
		if (r != NULL)
			o->row = r;
		if (l == NULL)
			return -1;
		o->line = l;
		o->cap = cap;
	}
	memmove(o->row + at + 1, o->row + at, (o->n - at) * sizeof *o->row);
	memmove(o->line + at + 1, o->line + at, (o->n - at) * sizeof *o->line);
	o->row[at] = cells;
	o->line[at] = line;
	o->n++;
	return 0;
}

static void
free_row(char **cells, size_t n)
{
	if (cells == NULL)
		return;
	for (size_t c = 0; c < n; c++)
		free(cells[c]);
	free(cells);
}

/* A copy of clerk row r. */
static char **
clerk_copy(const struct table *clerk, size_t r)
{
	char **cells = calloc(clerk->ncols, sizeof *cells);
	for (size_t c = 0; cells != NULL && c < clerk->ncols; c++)
		if ((cells[c] = strdup(clerk->rows[r][c])) == NULL) {
			free_row(cells, c);
			return NULL;
		}
	return cells;
}

/* Row r of fresh in the clerk's columns; the clerk's own columns from
 * clerk row own (or empty when own is STRINDEX_NONE). */
static char **
fresh_copy(const struct table *clerk, const struct table *fresh, size_t r,
    size_t own)
{
	char **cells = calloc(clerk->ncols, sizeof *cells);
	for (size_t c = 0; cells != NULL && c < clerk->ncols; c++) {
		int f = record_field_by_name(clerk->header[c],
		    strlen(clerk->header[c]));
		const char *s;
		/* The text's cells; the clerk's own columns and 备注 stay
		 * the clerk's. */
		if (f >= 0 && clerk->field_col[f] == (int)c &&
		    (f != FIELD_NOTE || own == STRINDEX_NONE))
			s = table_get(fresh, r, (enum field)f);
		else
			s = own == STRINDEX_NONE ? "" : clerk->rows[own][c];
		if ((cells[c] = strdup(s)) == NULL) {
			free_row(cells, c);
			return NULL;
		}
	}
	return cells;
}

/* Appends text to the 备注 cell of cells (column col) unless it is there
 * already. Returns 0, or -1. */
static int
add_note(char **cells, int col, const char *text)
{
	if (col < 0 || strstr(cells[col], text) != NULL)
		return 0;
	size_t n = strlen(cells[col]);
	char *s = malloc(n + strlen(text) + 4);
	if (s == NULL)
		return -1;
	sprintf(s, "%s%s%s", cells[col], n ? "；" : "", text);
	free(cells[col]);
	cells[col] = s;
	return 0;
}

/* Builds the indexes of the ids of t (rows without an id are left out).
 * Returns 0, or -1. */
static int
index_ids(const struct table *t, struct strindex *x)
{
	if (strindex_init(x, t ? t->nrows : 0) != 0)
		return -1;
	for (size_t r = 0; t != NULL && r < t->nrows; r++) {
		const char *id = table_get(t, r, FIELD_ID);
		if (id[0] != '\0')
			strindex_add(x, id, r);
	}
	return 0;
}

int
merge_tables(const struct table *base, const struct table *clerk,
    const struct table *fresh, const char *clerk_path, struct table *out,
    struct merge_stats *st)
{
	struct strindex in_base = {0}, in_clerk = {0}, in_fresh = {0};
	struct out_rows o = {0};
	int failed = 0;

	memset(st, 0, sizeof *st);
	if (clerk->field_col[FIELD_ID] < 0) {
		diag(D_MERGE_NO_ID, &(struct diag_loc){clerk_path, 1, 0});
		return -1;
	}
	if (index_ids(base, &in_base) != 0 || index_ids(clerk, &in_clerk) != 0 ||
	    index_ids(fresh, &in_fresh) != 0)
		goto nomem;

	/* The clerk's columns, and 备注 at the end if the clerk has none:
	 * a flag needs somewhere to go. */
	*out = (struct table){0};
	out->form = clerk->form;
	out->ncols = clerk->ncols;
	int note_col = clerk->field_col[FIELD_NOTE];
	int english = strcmp(clerk->header[clerk->field_col[FIELD_ID]],
	    record_columns[FIELD_ID].key) == 0;
	int add_note_col = note_col < 0;
	if (add_note_col)
		note_col = (int)out->ncols++;
	o.ncols = out->ncols;
	out->header = calloc(out->ncols, sizeof *out->header);
	if (out->header == NULL)
		goto nomem;
	for (size_t c = 0; c < out->ncols; c++) {
		const char *h = (int)c == note_col && add_note_col ?
		    (english ? record_columns[FIELD_NOTE].key :
		    record_columns[FIELD_NOTE].label) : clerk->header[c];
		if ((out->header[c] = strdup(h)) == NULL)
			goto nomem;
	}
	for (int f = 0; f < FIELD_COUNT; f++)
		out->field_col[f] = clerk->field_col[f];
	out->field_col[FIELD_NOTE] = note_col;

	/* The clerk's rows, in the clerk's order. */
	for (size_t r = 0; r < clerk->nrows; r++) {
		const char *id = table_get(clerk, r, FIELD_ID);
		size_t b = id[0] ? strindex_get(&in_base, id) : STRINDEX_NONE;
		size_t n = id[0] ? strindex_get(&in_fresh, id) : STRINDEX_NONE;
		char **cells;
		if (id[0] != '\0' && strindex_get(&in_clerk, id) != r) {
			/* A second row of one id (copied by the clerk) is
			 * the clerk's own. */
			b = n = STRINDEX_NONE;
		}
		if (n != STRINDEX_NONE && b != STRINDEX_NONE &&
		    same_row(clerk, clerk, r, base, b)) {
			cells = fresh_copy(clerk, fresh, n, r);
			if (cells != NULL && !same_row(clerk, base, b, fresh, n))
				st->updated++;
		} else {
			cells = clerk_copy(clerk, r);
			if (n != STRINDEX_NONE)
				st->kept++;
			else if (b == STRINDEX_NONE && base != NULL)
				st->own++;
		}
		if (cells != NULL && add_note_col) {
			char **w = realloc(cells, out->ncols * sizeof *w);
			if (w == NULL || (w[note_col] = calloc(1, 1)) == NULL) {
				free_row(w ? w : cells, clerk->ncols);
				cells = NULL;
			} else
				cells = w;
		}
		if (cells == NULL)
			goto nomem;
		if (n != STRINDEX_NONE && b != STRINDEX_NONE &&
		    !same_row(clerk, clerk, r, base, b) &&
		    !same_row(clerk, base, b, fresh, n)) {
			/* Edited by the clerk and changed in the text: the
			 * clerk's stays, the text's is shown beside it. */
			char note[1024];
			snprintf(note, sizeof note, "原文已改为：%s %s%s",
			    table_get(fresh, n, FIELD_METRIC),
			    table_get(fresh, n, FIELD_VALUE),
			    table_get(fresh, n, FIELD_UNIT));
			if (add_note(cells, note_col, note) != 0) {
				free_row(cells, out->ncols);
				goto nomem;
			}
			st->conflicts++;
			diag(D_MERGE_CONFLICT, &(struct diag_loc){clerk_path,
			    clerk->line[r], 0}, id);
		}
		if (id[0] != '\0' && n == STRINDEX_NONE &&
		    (b != STRINDEX_NONE || base == NULL) &&
		    strindex_get(&in_clerk, id) == r) {
			if (add_note(cells, note_col, vanished_flag) != 0) {
				free_row(cells, out->ncols);
				goto nomem;
			}
			st->vanished++;
			diag(D_MERGE_VANISHED, &(struct diag_loc){clerk_path,
			    clerk->line[r], 0}, id);
		}
		if (push(&o, o.n, cells, clerk->line[r]) != 0) {
			free_row(cells, out->ncols);
			goto nomem;
		}
	}

	/* Rows new in the text: after the row before them in the text. */
	size_t after = 0; /* where the next new row goes */
	for (size_t r = 0; r < fresh->nrows; r++) {
		const char *id = table_get(fresh, r, FIELD_ID);
		if (id[0] == '\0')
			continue;
		if (strindex_get(&in_clerk, id) != STRINDEX_NONE) {
			/* Where this row now is: the next new row follows. */
			for (size_t k = 0; k < o.n; k++)
				if (strcmp(o.row[k][clerk->field_col[FIELD_ID]], id) == 0) {
					after = k + 1;
					break;
				}
			continue;
		}
		if (strindex_get(&in_base, id) != STRINDEX_NONE) {
			st->deleted++; /* the clerk deleted it */
			continue;
		}
		char **cells = fresh_copy(clerk, fresh, r, STRINDEX_NONE);
		if (cells != NULL && add_note_col) {
			char **w = realloc(cells, out->ncols * sizeof *w);
			if (w == NULL || (w[note_col] = strdup(
			    table_get(fresh, r, FIELD_NOTE))) == NULL) {
				free_row(w ? w : cells, clerk->ncols);
				cells = NULL;
			} else
				cells = w;
		}
		if (cells == NULL || push(&o, after, cells, fresh->line[r]) != 0) {
			free_row(cells, out->ncols);
			goto nomem;
		}
		after++;
		st->added++;
	}

	out->rows = o.row;
	out->line = o.line;
	out->nrows = o.n;
	o.row = NULL;
	o.line = NULL;
	goto done;
nomem:
	diag(D_NOMEM, &(struct diag_loc){clerk_path, 0, 0});
	failed = 1;
	for (size_t k = 0; k < o.n; k++)
		free_row(o.row[k], o.ncols);
	free(o.row);
	free(o.line);
	if (out->header != NULL)
		table_free(out);
done:
	strindex_free(&in_base);
	strindex_free(&in_clerk);
	strindex_free(&in_fresh);
	return failed ? -1 : 0;
}
