/*
 * Layout: what each paragraph of a built document is — body text, a
 * title, a heading and its level, a byline, an interview or speaker line,
 * page chrome, or a glossary's explanation.
 *
 * Ownership: fills in the kind and level of d->paras; allocates nothing.
 */
#ifndef EXTRACT_LAYOUT_H
#define EXTRACT_LAYOUT_H

#include <stddef.h>

#include "doc.h"

/* Gives every paragraph of d its kind and heading level. */
void layout_paragraphs(struct doc *d);

/* Whether s[0..len) holds a sentence mark (。！？；，), which no heading
 * or headline has. */
int has_sentence_punct(const char *s, size_t len);

/* The characters of paragraph p. */
size_t para_chars(const struct doc *d, const struct para *p);

#endif
