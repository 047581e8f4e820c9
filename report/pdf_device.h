/*
 * The PDF device: draws a struct layout with libharu 2.3.0. Fonts are
 * embedded as HarfBuzz subsets of the code points the layout draws (one
 * subset per face per document), the ToUnicode maps libharu writes are
 * replaced by valid ones, streams are compressed, and with the same layout
 * the bytes are the same.
 *
 * Ownership: nothing is kept after pdf_render returns.
 */
#ifndef REPORT_PDF_DEVICE_H
#define REPORT_PDF_DEVICE_H

#include <stdio.h>

#include "fonts.h"
#include "layout.h"

/* Writes layout l as a PDF to fp, named name in messages (the caller puts
 * it into place). Returns 0, or -1 after reporting the error. */
int pdf_render(const struct layout *l, struct font_set *fs, FILE *fp,
    const char *name);

#endif
