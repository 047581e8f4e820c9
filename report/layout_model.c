/*
 * The layout model's housekeeping: adding items, freeing, and the plain-text
 * dump that golden tests compare.
 */
#include <stdlib.h>
#include <string.h>

#include "layout.h"
#include "layout_model.h"

struct page *
layout_add_page(struct layout *l)
{
	struct page *pages = realloc(l->pages, (l->npages + 1) * sizeof *pages);
	if (pages == NULL)
		return NULL;
	l->pages = pages;
	memset(&pages[l->npages], 0, sizeof pages[0]);
	return &pages[l->npages++];
}

struct item *
page_add_item(struct page *p, enum item_kind kind)
{
	if (p->nitems == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 64;
		struct item *items = realloc(p->items, cap * sizeof *items);
		if (items == NULL)
			return NULL;
		p->items = items;
		p->cap = cap;
	}
	struct item *it = &p->items[p->nitems++];
	memset(it, 0, sizeof *it);
	it->kind = kind;
	return it;
}

int
layout_add_outline(struct layout *l, const char *title, size_t page,
    double y, int level)
{
	struct outline_entry *o = realloc(l->outline,
	    (l->noutline + 1) * sizeof *o);
	if (o == NULL)
		return -1;
	l->outline = o;
	char *copy = strdup(title);
	if (copy == NULL)
		return -1;
	o[l->noutline++] = (struct outline_entry){copy, page, y, level};
	return 0;
}

void
layout_free(struct layout *l)
{
	for (size_t i = 0; i < l->npages; i++) {
		for (size_t k = 0; k < l->pages[i].nitems; k++)
			free(l->pages[i].items[k].text);
		free(l->pages[i].items);
	}
	free(l->pages);
	for (size_t i = 0; i < l->noutline; i++)
		free(l->outline[i].title);
	free(l->outline);
	free(l->title);
	free(l->author);
	free(l->subject);
	memset(l, 0, sizeof *l);
}

void
layout_dump(const struct layout *l, FILE *fp)
{
	fprintf(fp, "document title=%s author=%s pages=%zu\n",
	    l->title ? l->title : "", l->author ? l->author : "", l->npages);
	for (size_t i = 0; i < l->noutline; i++)
		fprintf(fp, "outline %d page %zu y %.1f %s\n", l->outline[i].level,
		    l->outline[i].page + 1, l->outline[i].y, l->outline[i].title);
	for (size_t i = 0; i < l->npages; i++) {
		fprintf(fp, "page %zu\n", i + 1);
		for (size_t k = 0; k < l->pages[i].nitems; k++) {
			const struct item *it = &l->pages[i].items[k];
			switch (it->kind) {
			case ITEM_TEXT:
				fprintf(fp, "  text %6.1f %6.1f %-8s %4.1f %s\n",
				    it->x, it->y, fonts_role_key(it->font), it->size,
				    it->text);
				break;
			case ITEM_RULE:
				fprintf(fp, "  rule %6.1f %6.1f %6.1f %6.1f w%.2f\n",
				    it->x, it->y, it->w, it->h, it->line_width);
				break;
			case ITEM_RECT:
				fprintf(fp, "  rect %6.1f %6.1f %6.1f %6.1f\n",
				    it->x, it->y, it->w, it->h);
				break;
			}
		}
	}
}
