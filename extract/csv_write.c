#include "csv_write.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

/* Characters that make a spreadsheet read a cell as a formula. */
static int
formula_lead(const char *s)
{
	return s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
	    s[0] == '\t' || s[0] == '\r';
}

static int
write_field(FILE *fp, const char *s, int first)
{
	if (!first && fputc(',', fp) == EOF)
		return -1;
	if (formula_lead(s)) {
		size_t n = strlen(s);
		char *guarded = malloc(n + 2);
		if (guarded == NULL)
			return -1;
		guarded[0] = '\'';
		memcpy(guarded + 1, s, n + 1);
		int rc = csv_fwrite(fp, guarded, n + 1);
		free(guarded);
		return rc == 0 ? 0 : -1;
	}
	return csv_fwrite(fp, s, strlen(s)) == 0 ? 0 : -1;
}

int
csv_write_records(FILE *fp, const struct record_list *l,
    const struct csv_options *o)
{
	const char *eol = o->crlf ? "\r\n" : "\n";

	if (o->bom && fputs("\xEF\xBB\xBF", fp) == EOF)
		return -1;
	for (int f = 0; f < FIELD_COUNT; f++) {
		const struct column *c = &record_columns[f];
		if (write_field(fp, o->english ? c->key : c->label, f == 0) != 0)
			return -1;
	}
	if (fputs(eol, fp) == EOF)
		return -1;
	for (size_t i = 0; i < l->n; i++) {
		for (int f = 0; f < FIELD_COUNT; f++)
			if (write_field(fp, record_get(&l->v[i], (enum field)f),
			    f == 0) != 0)
				return -1;
		if (fputs(eol, fp) == EOF)
			return -1;
	}
	return ferror(fp) ? -1 : 0;
}
