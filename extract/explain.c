#include "explain.h"

#include "../common/utf8.h"
#include "clauses.h"

/* Characters of context on each side of the number. */
enum { CONTEXT_CHARS = 16 };

void
explain_decision(void *arg, const struct decision *dec)
{
	FILE *fp = arg;
	const struct sentence *st = dec->st;
	if (st == NULL) {
		/* A line of an indicator table, read by its columns. */
		const struct doc *td = dec->d;
		const struct record *r = dec->row;
		fprintf(fp, "%s:%zu:%zu: %s: %.*s → %s %s %s%s %s\n", td->file,
		    doc_line_of(td, dec->cell_a), doc_col_of(td, dec->cell_a),
		    reason_name(dec->reason), (int)(dec->cell_b - dec->cell_a),
		    td->buf + dec->cell_a, record_get(r, FIELD_METRIC),
		    record_get(r, FIELD_COMPARATOR), record_get(r, FIELD_VALUE),
		    record_get(r, FIELD_UNIT), record_get(r, FIELD_PERIOD));
		return;
	}
	const struct doc *d = st->d;
	const struct quantity *q = &st->q[dec->i];
	const char *s = d->buf;

	fprintf(fp, "%s:%zu:%zu: %s", d->file, doc_line_of(d, q->start),
	    doc_col_of(d, q->start), reason_name(dec->reason));
	if (dec->why_b > dec->why_a)
		fprintf(fp, " %.*s", (int)(dec->why_b - dec->why_a),
		    s + dec->why_a);
	fprintf(fp, ": %.*s", (int)(q->end - q->start), s + q->start);
	if (dec->row != NULL) {
		const struct record *r = dec->row;
		fprintf(fp, " → %s %s %s%s %s", record_get(r, FIELD_METRIC),
		    record_get(r, FIELD_COMPARATOR), record_get(r, FIELD_VALUE),
		    record_get(r, FIELD_UNIT), record_get(r, FIELD_PERIOD));
		if (record_get(r, FIELD_MODALITY)[0])
			fprintf(fp, " [%s]", record_get(r, FIELD_MODALITY));
	}
	size_t a = chars_before(s, st->ss, q->start, CONTEXT_CHARS), b = q->end;
	for (int n = 0; n < CONTEXT_CHARS && b < st->se; n++) {
		size_t len;
		utf8_next(s, b, st->se, &len);
		b += len ? len : 1;
	}
	fprintf(fp, " 「%.*s」\n", (int)(b - a), s + a);
}
