#include "prepare.h"

#include "attribution.h"
#include "docinfo.h"
#include "layout.h"
#include "tense.h"

int
doc_prepare(struct doc *d, void (*note)(const struct doc *d, size_t para,
    enum tense t, const char *why))
{
	layout_paragraphs(d);
	if (docinfo_read(d) != 0)
		return -1;
	if (d->genre == GENRE_NEWS && attribution_read(d) != 0)
		return -1;
	tense_priors(d, note);
	return 0;
}
