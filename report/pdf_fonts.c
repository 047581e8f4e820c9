/*
 * Fonts in the PDF: each face's HarfBuzz subset loaded into libharu, with
 * the ToUnicode map libharu 2.3.0 gets wrong (begincidrange, which a
 * ToUnicode map may not use) replaced by a valid one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <hpdf.h>

#include "../common/diag.h"
#include "../common/utf8.h"
#include "pdf_fonts.h"

#include "../common/proc.h"

/* ToUnicode blocks may hold at most 100 entries. */
#define BFCHAR_BLOCK 100

/* Prints a ToUnicode CMap for f's code points: in libharu's UTF-8 mode a
 * character's code is its BMP code point, so each maps to itself. bfchar,
 * not bfrange: Ghostscript misreads identity ranges. Returns 0, or -1
 * when a write failed (memory ran out). */
static int
print_to_unicode(FILE *fp, const struct font_set *fs, size_t face)
{
	size_t count = 0, done = 0;
	int ok = 1;

	for (uint32_t cp = fonts_next_used(fs, face, 0); cp < FONTS_NONE;
	    cp = fonts_next_used(fs, face, cp + 1))
		count++;
	ok &= fputs("/CIDInit /ProcSet findresource begin\n"
	    "12 dict begin\n"
	    "begincmap\n"
	    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) "
	    "/Supplement 0 >> def\n"
	    "/CMapName /Adobe-Identity-UCS def\n"
	    "/CMapType 2 def\n"
	    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n", fp) != EOF;
	for (uint32_t cp = fonts_next_used(fs, face, 0); cp < FONTS_NONE;
	    cp = fonts_next_used(fs, face, cp + 1)) {
		if (done % BFCHAR_BLOCK == 0) {
			size_t left = count - done;
			ok &= fprintf(fp, "%s%zu beginbfchar\n",
			    done > 0 ? "endbfchar\n" : "",
			    left < BFCHAR_BLOCK ? left : BFCHAR_BLOCK) > 0;
		}
		ok &= fprintf(fp, "<%04X> <%04X>\n", (unsigned)cp,
		    (unsigned)cp) > 0;
		done++;
	}
	ok &= fputs("endbfchar\n"
	    "endcmap\n"
	    "CMapName currentdict /CMap defineresource pop\n"
	    "end\n"
	    "end\n", fp) != EOF;
	return ok && !ferror(fp) ? 0 : -1;
}

/* Replaces font's ToUnicode stream, which libharu 2.3.0 fills with its
 * encoding CMap (begincidrange, invalid there), by a map of f's code
 * points. Returns 0, or -1 after reporting (or with libharu's error set). */
static int
replace_to_unicode(HPDF_Font font, const struct font_set *fs, size_t face)
{
	/* The encoding CMap's keys, which do not belong to a ToUnicode. */
	static const char *const cmap_keys[] = {
		"Type", "CMapName", "CIDSystemInfo", "WMode",
	};
	HPDF_Dict to_unicode = HPDF_Dict_GetItem(font, "ToUnicode",
	    HPDF_OCLASS_DICT);
	char *cmap = NULL;
	size_t length = 0;

	if (to_unicode == NULL || to_unicode->stream == NULL) {
		diag(D_FONT, NULL, fonts_face_label(fs, face),
		    "the PDF library wrote no ToUnicode map");
		return -1;
	}
	FILE *fp = open_memstream(&cmap, &length);
	int printed = fp != NULL && print_to_unicode(fp, fs, face) == 0;
	if (fp != NULL && fclose(fp) != 0)
		printed = 0;
	if (!printed) {
		free(cmap);
		diag(D_NOMEM, NULL);
		return -1;
	}
	HPDF_MemStream_FreeData(to_unicode->stream);
	HPDF_STATUS status = HPDF_Stream_Write(to_unicode->stream,
	    (const HPDF_BYTE *)cmap, (HPDF_UINT)length);
	free(cmap);
	for (size_t i = 0; i < sizeof cmap_keys / sizeof cmap_keys[0]; i++)
		HPDF_Dict_RemoveElement(to_unicode, cmap_keys[i]);
	return status == HPDF_OK ? 0 : -1;
}

/* Loads into pdf a subset of f holding the code points f draws. Returns
 * the font, or NULL (reported, or with libharu's error set). */
static HPDF_Font
embed_face(const struct font_set *fs, size_t face, HPDF_Doc pdf)
{
	char path[4096];
	int slot = -1;

	if (fonts_write_subset(fs, face, path, sizeof path, &slot) != 0)
		return NULL;
	const char *name = HPDF_LoadTTFontFromFile(pdf, path, HPDF_TRUE);
	/* libharu keeps the file open and reads it again when saving; the
	 * open descriptor keeps the data alive once the name is gone. */
	unlink(path);
	proc_temp_remove(slot);
	HPDF_Font font = name != NULL ? HPDF_GetFont(pdf, name, "UTF-8") : NULL;
	if (font == NULL || replace_to_unicode(font, fs, face) != 0)
		return NULL;
	/* libharu embeds only the glyphs it has measured; the device writes
	 * text itself, so measure each drawn character once here. */
	for (uint32_t cp = fonts_next_used(fs, face, 0); cp < FONTS_NONE;
	    cp = fonts_next_used(fs, face, cp + 1)) {
		char utf8[4];
		size_t n = utf8_encode(cp, utf8);
		HPDF_Font_TextWidth(font, (const HPDF_BYTE *)utf8, (HPDF_UINT)n);
	}
	return font;
}

int
pdf_embed_fonts(const struct font_set *fs, HPDF_Doc pdf,
    HPDF_Font fonts[FONT_ROLES])
{
	HPDF_Font by_face[FONT_ROLES] = {NULL};

	for (size_t i = 0; i < fonts_faces(fs); i++) {
		/* A face that draws nothing stays out of the document. */
		if (fonts_next_used(fs, i, 0) == FONTS_NONE)
			continue;
		by_face[i] = embed_face(fs, i, pdf);
		if (by_face[i] == NULL)
			return -1;
	}
	for (int r = 0; r < FONT_ROLES; r++)
		fonts[r] = by_face[fonts_face_of(fs, (enum font_role)r)];
	return 0;
}
