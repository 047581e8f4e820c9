#include "csv_write.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

/* Makes room for need more bytes after used in *buf (capacity *cap).
 * Returns 0, or -1. */
static int
reserve(char **buf, size_t *cap, size_t used, size_t need)
{
	if (used + need <= *cap)
		return 0;
	size_t grown = *cap ? *cap : 1024;
	while (grown < used + need)
		grown *= 2;
	char *b = realloc(*buf, grown);
	if (b == NULL)
		return -1;
	*buf = b;
	*cap = grown;
	return 0;
}

/* Appends field s, quoted by libcsv and after a comma unless first, to
 * *buf at *used. Returns 0, or -1 when memory ran out. */
static int
put_field(char **buf, size_t *cap, size_t *used, const char *s, int first)
{
	size_t n = strlen(s), guard = cell_formula_lead(s[0]);
	/* Quoted, every quote doubled, an apostrophe and a comma: at most
	 * 2n + 4 bytes. */
	if (reserve(buf, cap, *used, 2 * n + 4) != 0)
		return -1;
	char *line = *buf;
	if (!first)
		line[(*used)++] = ',';
	if (guard) {
		/* csv_write quotes what it is given; the apostrophe goes
		 * inside the quotes. */
		size_t k = csv_write(line + *used, 2 * n + 3, s, n);
		memmove(line + *used + 2, line + *used + 1, k - 1);
		line[*used + 1] = '\'';
		*used += k + 1;
	} else if (memchr(s, '"', n) == NULL) {
		/* Nothing to double (most cells): quoted as libcsv would,
		 * a copy instead of a byte at a time. */
		line[(*used)++] = '"';
		memcpy(line + *used, s, n);
		*used += n;
		line[(*used)++] = '"';
	} else
		*used += csv_write(line + *used, 2 * n + 3, s, n);
	return 0;
}

static int
add_field(struct csv_writer *w, size_t *used, const char *s, int first)
{
	return put_field(&w->line, &w->cap, used, s, first);
}

static int
write_line(struct csv_writer *w, size_t used)
{
	const char *eol = w->opt.crlf ? "\r\n" : "\n";
	return fwrite(w->line, 1, used, w->fp) == used &&
	    fputs(eol, w->fp) != EOF ? 0 : -1;
}

void
csv_writer_init(struct csv_writer *w, FILE *fp, const struct csv_options *o)
{
	memset(w, 0, sizeof *w);
	w->fp = fp;
	w->opt = *o;
}

int
csv_write_header(struct csv_writer *w, FILE *fp, const struct csv_options *o)
{
	size_t used = 0;

	csv_writer_init(w, fp, o);
	if (o->bom && fputs("\xEF\xBB\xBF", fp) == EOF)
		return -1;
	for (int f = 0; f < FIELD_COUNT; f++) {
		const struct column *c = &record_columns[f];
		if (add_field(w, &used, o->english ? c->key : c->label,
		    f == 0) != 0)
			return -1;
	}
	return write_line(w, used);
}

int
csv_write_rows(struct csv_writer *w, const struct record_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		size_t used = 0;
		for (int f = 0; f < FIELD_COUNT; f++)
			if (add_field(w, &used, record_get(&l->v[i], (enum field)f),
			    f == 0) != 0)
				return -1;
		if (write_line(w, used) != 0)
			return -1;
	}
	return ferror(w->fp) ? -1 : 0;
}

void
csv_writer_free(struct csv_writer *w)
{
	free(w->line);
	w->line = NULL;
	w->cap = 0;
}
