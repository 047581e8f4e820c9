/*
 * Fonts of the briefing, by role: where each face comes from, how wide each
 * character is (for the layout, without libharu), which face draws a
 * character the preferred one lacks, and embedding in a libharu document as
 * subsets built with HarfBuzz from exactly the code points drawn.
 *
 * Ownership: fonts_open returns a set that fonts_close frees (it owns the
 * HarfBuzz faces and the record of used code points). HPDF_Font handles
 * returned by fonts_embed belong to the HPDF_Doc.
 */
#ifndef REPORT_FONTS_H
#define REPORT_FONTS_H

#include <stddef.h>
#include <stdint.h>

enum font_role {
	FONT_FANG,     /* body text, masthead lines, 版记: 仿宋 */
	FONT_SONG,     /* tables: 宋体 */
	FONT_HEI,      /* headings, table headers: 黑体 */
	FONT_KAI,      /* the issue line, organisation headings: 楷体 */
	FONT_TITLE,    /* the masthead's name: 小标宋 */
	FONT_LATIN,    /* ASCII in the 仿宋, 宋 and 楷 roles: a proportional
	                * serif (Times New Roman), as offices set digits */
	FONT_FALLBACK, /* what the others lack (GBK names): a wide-coverage Ming */
	FONT_ROLES
};

struct font_set;

/* Opens the face of every role, each found through fontconfig by family
 * name: the family named for it in chosen[role] (NULL: none; a name with a
 * '/' is a file, FILE or FILE:INDEX), else the first installed of the
 * office faces of its kind (仿宋_GB2312, FangSong, 方正小标宋简体 …), else
 * the Debian-packaged face; a role whose kind is not installed says with a
 * warning what stands in for it. font_dir, when given, is searched too.
 * Returns NULL after reporting which font could not be found or read. */
struct font_set *fonts_open(const char *font_dir,
    const char *const chosen[FONT_ROLES]);

/* The key naming role in --font and in a dumped layout ("fang"). */
const char *fonts_role_key(enum font_role role);

/* The role named key (fang, song, hei, kai, title, latin, fallback), or
 * -1. */
int fonts_role_of(const char *key);

void fonts_close(struct font_set *fs);

/* The role that will draw cp when role is asked for: FONT_LATIN for
 * printable ASCII in a serif role (仿宋, 宋, 楷) when its face has it, else
 * role itself when its face has the glyph, else FONT_FALLBACK, else -1 (no
 * face has it). */
int fonts_resolve(const struct font_set *fs, enum font_role role, uint32_t cp);

/* Advance width of cp in role's own face, in 1/1000 em; callers resolve
 * first (fonts_resolve) for the face that will draw it. */
int fonts_advance(const struct font_set *fs, enum font_role role, uint32_t cp);

/* Records that cp will be drawn with role (after resolution), so that the
 * subset embedded for that face contains it. */
void fonts_note_use(struct font_set *fs, enum font_role role, uint32_t cp);

/* A human name of the face serving role, for messages ("AR PL SungtiL GB"). */
const char *fonts_face_name(const struct font_set *fs, enum font_role role);

/* Forgets every recorded use, so that the next document's subsets hold only
 * what that document draws. */
void fonts_clear_use(struct font_set *fs);

/* Faces are the distinct font files behind the roles (two roles may share
 * one); each gets one subset. */
size_t fonts_faces(const struct font_set *fs);

/* The face serving role. */
size_t fonts_face_of(const struct font_set *fs, enum font_role role);

/* No more code points: libharu 2.3.0 draws only the BMP. */
#define FONTS_NONE 0x10000

/* The first code point at or after from that face draws, or FONTS_NONE. */
uint32_t fonts_next_used(const struct font_set *fs, size_t face,
    uint32_t from);

/* The face's family name, for messages. */
const char *fonts_face_label(const struct font_set *fs, size_t face);

/* Writes a subset of face holding exactly the code points it draws to a new
 * temporary file, whose name goes into path (size bytes) and which a
 * signal ending the run removes (its slot of common/proc.c goes into
 * *slot). Returns 0, or -1 after reporting, with no file left behind. The
 * caller unlinks it and gives the slot back. */
int fonts_write_subset(const struct font_set *fs, size_t face, char *path,
    size_t size, int *slot);

#endif
