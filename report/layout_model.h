/*
 * Building a struct layout: pages, items and outline entries. The layout
 * owns what these add.
 */
#ifndef REPORT_LAYOUT_MODEL_H
#define REPORT_LAYOUT_MODEL_H

#include "layout.h"

/* Appends an empty page; returns it, or NULL when memory runs out. The
 * pointer is valid until the next layout_add_page. */
struct page *layout_add_page(struct layout *l);

/* Appends a zeroed item of kind to p; returns it, or NULL. The pointer is
 * valid until the next page_add_item on p. */
struct item *page_add_item(struct page *p, enum item_kind kind);

/* Appends an outline entry (title copied). Returns 0, or -1. */
int layout_add_outline(struct layout *l, const char *title, size_t page,
    double y, int level);

#endif
