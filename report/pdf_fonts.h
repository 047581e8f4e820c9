/*
 * Embedding the fonts of a briefing in a libharu document (used by the PDF
 * device only).
 *
 * Ownership: the HPDF_Font handles belong to the HPDF_Doc.
 */
#ifndef REPORT_PDF_FONTS_H
#define REPORT_PDF_FONTS_H

#include <hpdf.h>

#include "fonts.h"

/* Embeds in pdf (which must use libharu's UTF-8 encoder) one subset per face
 * that has recorded uses, holding exactly those code points, with a valid
 * ToUnicode map. Sets fonts[role] to the font of role's face, or NULL when
 * that face draws nothing. Returns 0, or -1: a subsetting failure has been
 * reported, a libharu one is left to pdf's error handler. */
int pdf_embed_fonts(const struct font_set *fs, HPDF_Doc pdf,
    HPDF_Font fonts[FONT_ROLES]);

#endif
