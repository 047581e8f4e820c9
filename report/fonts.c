/*
 * Fonts by role: HarfBuzz faces answer coverage and widths, a bitmap per
 * face records the code points drawn, and a HarfBuzz subset of each face
 * holds exactly those (the PDF device embeds it).
 */
#define _DEFAULT_SOURCE /* madvise */
#include "fonts.h"

#include "../common/proc.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <fontconfig/fontconfig.h>
#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include "../common/diag.h"

/* libharu 2.3.0 draws only the Basic Multilingual Plane. */

static const char *const role_keys[FONT_ROLES] = {
	[FONT_FANG] = "fang", [FONT_SONG] = "song", [FONT_HEI] = "hei",
	[FONT_KAI] = "kai", [FONT_TITLE] = "title", [FONT_LATIN] = "latin",
	[FONT_FALLBACK] = "fallback",
};

/* Each role's kind of face, as a message names it, and the families of
 * that kind an office may have installed, in order of preference. */
static const struct {
	const char *kind;
	const char *const families[10];
} office_faces[FONT_ROLES] = {
	[FONT_FANG] = {"仿宋", {"仿宋_GB2312", "FangSong_GB2312", "仿宋",
	    "FangSong", "方正仿宋_GBK", "FZFangSong-Z02", "华文仿宋",
	    "STFangsong", NULL}},
	[FONT_SONG] = {"宋体", {"宋体", "SimSun", "方正书宋_GBK",
	    "FZShuSong-Z01", "华文宋体", "STSong", NULL}},
	[FONT_HEI] = {"黑体", {"黑体", "SimHei", "方正黑体_GBK", "FZHei-B01",
	    "华文黑体", "STHeiti", NULL}},
	[FONT_KAI] = {"楷体", {"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi",
	    "方正楷体_GBK", "FZKai-Z03", "华文楷体", "STKaiti", NULL}},
	[FONT_TITLE] = {"小标宋", {"方正小标宋简体", "方正小标宋_GBK",
	    "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "小标宋", "华文中宋",
	    "STZhongsong", NULL}},
	[FONT_LATIN] = {NULL, {"Times New Roman", NULL}},
	[FONT_FALLBACK] = {NULL, {NULL}},
};

/* The faces of the Debian packages that make deps installs: each role's
 * family, and its file for a system whose fontconfig does not list it.
 * 仿宋 and 小标宋 have no packaged TrueType face: the Song and a bold Hei
 * stand in (Fandol's are CFF, which libharu 2.3.0 cannot embed). */
#define FONT_TREE "/usr/share/fonts/truetype/"
static const struct {
	const char *family;
	const char *path;
	unsigned index;
} debian_faces[FONT_ROLES] = {
	[FONT_FANG] = {"AR PL SungtiL GB", FONT_TREE "arphic-gbsn00lp/gbsn00lp.ttf", 0},
	[FONT_SONG] = {"AR PL SungtiL GB", FONT_TREE "arphic-gbsn00lp/gbsn00lp.ttf", 0},
	[FONT_HEI] = {"WenQuanYi Micro Hei", FONT_TREE "wqy/wqy-microhei.ttc", 0},
	[FONT_KAI] = {"AR PL KaitiM GB", FONT_TREE "arphic-gkai00mp/gkai00mp.ttf", 0},
	[FONT_TITLE] = {"WenQuanYi Micro Hei", FONT_TREE "wqy/wqy-microhei.ttc", 0},
	[FONT_LATIN] = {"Liberation Serif",
	    FONT_TREE "liberation2/LiberationSerif-Regular.ttf", 0},
	[FONT_FALLBACK] = {"AR PL UMing CN", FONT_TREE "arphic/uming.ttc", 0},
};

struct face {
	char *path;
	unsigned index;
	hb_face_t *hb;
	hb_font_t *font;          /* at scale = units per em */
	unsigned upem;
	char name[128];           /* family name, for messages */
	uint32_t used[FONTS_NONE / 32];
	/* Per BMP code point, filled on first use: its advance in 1/1000 em
	 * plus one (0: not known yet), or NO_GLYPH. Every character of a
	 * briefing is measured twice or more. */
	int32_t *metrics;
};

#define NO_GLYPH (-1)

/* Roles that name the same file and face share one struct face, so that
 * the document gets one subset of it. */
struct font_set {
	struct face faces[FONT_ROLES];
	size_t nfaces;
	size_t face_of[FONT_ROLES];
};

/* The face serving role. */
static const struct face *
face_for(const struct font_set *fs, enum font_role role)
{
	return &fs->faces[fs->face_of[role]];
}

const char *
fonts_role_key(enum font_role role)
{
	return role_keys[role];
}

int
fonts_role_of(const char *key)
{
	for (int r = 0; r < FONT_ROLES; r++)
		if (strcmp(key, role_keys[r]) == 0)
			return r;
	return -1;
}

/* How far a face's style is from upright regular: a family installs its
 * bold and italic files beside the regular one. */
static int
style_distance(FcPattern *face)
{
	int slant = FC_SLANT_ROMAN, weight = FC_WEIGHT_REGULAR;
	FcPatternGetInteger(face, FC_SLANT, 0, &slant);
	FcPatternGetInteger(face, FC_WEIGHT, 0, &weight);
	return (slant != FC_SLANT_ROMAN) * 1000 + abs(weight - FC_WEIGHT_REGULAR);
}

/* Finds an installed face of family (any of its names) with TrueType
 * outlines: sets *path (new memory) and *index. Of several, the one
 * nearest upright regular, then the first by file name and index, so that
 * every run picks the same. Returns 1 when found, 0 when not, -1 when
 * memory runs out. */
static int
find_family(const char *family, char **path, unsigned *index)
{
	FcPattern *pat = FcPatternCreate();
	FcObjectSet *os = FcObjectSetBuild(FC_FILE, FC_INDEX, FC_FONTFORMAT,
	    FC_SLANT, FC_WEIGHT, (char *)NULL);
	FcFontSet *set = NULL;
	int found = 0, best_style = 0;

	if (pat == NULL || os == NULL ||
	    !FcPatternAddString(pat, FC_FAMILY, (const FcChar8 *)family))
		found = -1;
	else
		set = FcFontList(NULL, pat, os);
	for (int i = 0; set != NULL && i < set->nfont; i++) {
		FcChar8 *file, *format;
		int idx = 0;
		if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) !=
		    FcResultMatch)
			continue;
		/* CFF-flavoured OpenType cannot be embedded by libharu. */
		if (FcPatternGetString(set->fonts[i], FC_FONTFORMAT, 0,
		    &format) == FcResultMatch &&
		    strcmp((const char *)format, "TrueType") != 0)
			continue;
		FcPatternGetInteger(set->fonts[i], FC_INDEX, 0, &idx);
		int style = style_distance(set->fonts[i]);
		if (found == 1 && (style > best_style || (style == best_style &&
		    (strcmp((const char *)file, *path) > 0 ||
		    (strcmp((const char *)file, *path) == 0 &&
		    (unsigned)idx >= *index)))))
			continue;
		char *copy = strdup((const char *)file);
		if (copy == NULL) {
			found = -1;
			break;
		}
		if (found == 1)
			free(*path);
		*path = copy;
		*index = (unsigned)idx;
		best_style = style;
		found = 1;
	}
	if (found < 0 && *path != NULL) {
		free(*path);
		*path = NULL;
	}
	if (set != NULL)
		FcFontSetDestroy(set);
	if (os != NULL)
		FcObjectSetDestroy(os);
	if (pat != NULL)
		FcPatternDestroy(pat);
	return found;
}

/* Reads a chosen face: FILE or FILE:INDEX when it holds a '/', else a
 * family. Sets *path (new memory) and *index. Returns 0, or -1 after
 * reporting. */
static int
chosen_face(const char *chosen, char **path, unsigned *index)
{
	if (strchr(chosen, '/') != NULL) {
		const char *colon = strrchr(chosen, ':');
		char *end;
		*index = 0;
		if (colon != NULL && colon[1] >= '0' && colon[1] <= '9') {
			errno = 0;
			unsigned long n = strtoul(colon + 1, &end, 10);
			if (*end != '\0' || errno != 0 || n > UINT_MAX) {
				diag(D_FONT, NULL, chosen, "bad face index");
				return -1;
			}
			*index = (unsigned)n;
			*path = strndup(chosen, (size_t)(colon - chosen));
		} else
			*path = strdup(chosen);
		if (*path == NULL) {
			diag(D_NOMEM, NULL);
			return -1;
		}
		return 0;
	}
	int found = find_family(chosen, path, index);
	if (found < 0)
		diag(D_NOMEM, NULL);
	else if (found == 0)
		diag(D_FONT, NULL, chosen, "no such family is installed with "
		    "TrueType outlines (fc-list lists what is)");
	return found == 1 ? 0 : -1;
}

/* Finds role's face when none was chosen: an office face of its kind, else
 * the Debian one (by family, else by path), saying so when the Debian one
 * only stands in for the kind. Returns 0, or -1 when memory runs out. */
static int
default_face(enum font_role role, char **path, unsigned *index,
    int *stand_in)
{
	int found = 0;
	*stand_in = 0;
	for (size_t k = 0; found == 0 && office_faces[role].families[k]; k++)
		found = find_family(office_faces[role].families[k], path,
		    index);
	if (found != 0)
		return found < 0 ? -1 : 0;
	*stand_in = office_faces[role].kind != NULL &&
	    (role == FONT_FANG || role == FONT_TITLE);
	found = find_family(debian_faces[role].family, path, index);
	if (found != 0)
		return found < 0 ? -1 : 0;
	*index = debian_faces[role].index;
	return (*path = strdup(debian_faces[role].path)) == NULL ? -1 : 0;
}

/* Opens f->path's face f->index with HarfBuzz. Returns 0, or -1 after
 * reporting why the face cannot serve. */
static int
open_face(struct face *f)
{
	errno = 0;
	hb_blob_t *blob = hb_blob_create_from_file_or_fail(f->path);
	if (blob == NULL) {
		diag(D_FONT, NULL, f->path,
		    errno != 0 ? strerror(errno) : "cannot read");
		return -1;
	}
	/* Large and zeroed: pages come in as characters are measured. */
	if ((f->metrics = calloc(FONTS_NONE, sizeof *f->metrics)) == NULL) {
		hb_blob_destroy(blob);
		diag(D_NOMEM, NULL);
		return -1;
	}
	f->hb = hb_face_create(blob, f->index);
	hb_blob_destroy(blob);
	f->font = hb_font_create(f->hb);
	f->upem = hb_face_get_upem(f->hb);

	/* libharu embeds only TrueType outlines: catch CFF fonts here. */
	hb_blob_t *glyf = hb_face_reference_table(f->hb,
	    HB_TAG('g', 'l', 'y', 'f'));
	unsigned glyf_length = hb_blob_get_length(glyf);
	hb_blob_destroy(glyf);
	if (hb_face_get_glyph_count(f->hb) == 0) {
		diag(D_FONT, NULL, f->path,
		    "not a font, or no face of that index");
		return -1;
	}
	if (glyf_length == 0) {
		diag(D_FONT, NULL, f->path,
		    "no TrueType (glyf) outlines, which the PDF library needs");
		return -1;
	}

	unsigned size = sizeof f->name;
	if (hb_ot_name_get_utf8(f->hb, HB_OT_NAME_ID_FONT_FAMILY,
	    hb_language_from_string("en", -1), &size, f->name) == 0)
		snprintf(f->name, sizeof f->name, "%s", f->path);
	return 0;
}

/* Gives role the face at *path (taking the string) and index, opening it
 * unless another role has it. Returns 0, or -1 after reporting. */
static int
assign_face(struct font_set *fs, enum font_role role, char **path,
    unsigned index)
{
	for (size_t i = 0; i < fs->nfaces; i++) {
		if (fs->faces[i].index == index &&
		    strcmp(fs->faces[i].path, *path) == 0) {
			fs->face_of[role] = i;
			return 0;
		}
	}
	struct face *f = &fs->faces[fs->nfaces];
	fs->face_of[role] = fs->nfaces++;
	f->path = *path;
	f->index = index;
	*path = NULL;
	return open_face(f);
}

struct font_set *
fonts_open(const char *font_dir, const char *const chosen[FONT_ROLES])
{
	struct font_set *fs = calloc(1, sizeof *fs);
	int ok = fs != NULL && FcInit();
	int stand_in[FONT_ROLES] = {0};

	if (!ok)
		diag(D_NOMEM, NULL);
	/* An office's directory: its families are found like installed
	 * ones. */
	if (ok && font_dir != NULL &&
	    !FcConfigAppFontAddDir(NULL, (const FcChar8 *)font_dir)) {
		diag(D_FONT, NULL, font_dir, "not a directory of fonts");
		ok = 0;
	}
	for (int r = 0; ok && r < FONT_ROLES; r++) {
		char *path = NULL;
		unsigned index = 0;
		if (chosen != NULL && chosen[r] != NULL)
			ok = chosen_face(chosen[r], &path, &index) == 0;
		else if (default_face((enum font_role)r, &path, &index,
		    &stand_in[r]) != 0) {
			diag(D_NOMEM, NULL);
			ok = 0;
		}
		if (ok)
			ok = assign_face(fs, (enum font_role)r, &path, index) == 0;
		free(path);
	}
	/* Every face is found: fontconfig's caches go now rather than at
	 * exit, where LeakSanitizer counts what it keeps. */
	if (fs != NULL)
		FcFini();
	for (int r = 0; ok && r < FONT_ROLES; r++)
		if (stand_in[r])
			diag(D_FONT_STAND_IN, NULL, office_faces[r].kind,
			    office_faces[r].families[0], office_faces[r].families[1],
			    fonts_face_name(fs, (enum font_role)r), role_keys[r]);
	if (!ok) {
		fonts_close(fs);
		return NULL;
	}
	return fs;
}

/* Frees the set and its faces; NULL is allowed. */
void
fonts_close(struct font_set *fs)
{
	if (fs == NULL)
		return;
	for (size_t i = 0; i < fs->nfaces; i++) {
		hb_font_destroy(fs->faces[i].font);
		hb_face_destroy(fs->faces[i].hb);
		free(fs->faces[i].path);
		free(fs->faces[i].metrics);
	}
	free(fs);
}

/* cp's advance in f, in 1/1000 em, or NO_GLYPH when f has no real glyph
 * for it (only .notdef) or libharu cannot draw it (beyond the BMP). */
static int32_t
metric(const struct face *f, uint32_t cp)
{
	hb_codepoint_t gid = 0;

	if (cp >= FONTS_NONE)
		return NO_GLYPH;
	if (f->metrics[cp] != 0)
		return f->metrics[cp] - (f->metrics[cp] > 0);
	int32_t m = NO_GLYPH;
	if (hb_font_get_nominal_glyph(f->font, cp, &gid) && gid != 0)
		/* Truncated as libharu truncates the /W widths, so that a
		 * run ends exactly where the viewer puts the next glyph. */
		m = (int32_t)(hb_font_get_glyph_h_advance(f->font, gid) * 1000 /
		    (hb_position_t)f->upem);
	f->metrics[cp] = m == NO_GLYPH ? NO_GLYPH : m + 1;
	return m;
}

int
fonts_resolve(const struct font_set *fs, enum font_role role, uint32_t cp)
{
	/* A CJK face's own Latin is monospaced ("on1y"). */
	if (cp >= 0x20 && cp < 0x7f &&
	    (role == FONT_FANG || role == FONT_SONG || role == FONT_KAI) &&
	    metric(face_for(fs, FONT_LATIN), cp) != NO_GLYPH)
		return FONT_LATIN;
	if (metric(face_for(fs, role), cp) != NO_GLYPH)
		return (int)role;
	if (metric(face_for(fs, FONT_FALLBACK), cp) != NO_GLYPH)
		return FONT_FALLBACK;
	return -1;
}

int
fonts_advance(const struct font_set *fs, enum font_role role, uint32_t cp)
{
	int32_t m = metric(face_for(fs, role), cp);
	return m == NO_GLYPH ? 0 : m;
}

void
fonts_note_use(struct font_set *fs, enum font_role role, uint32_t cp)
{
	if (cp < FONTS_NONE)
		fs->faces[fs->face_of[role]].used[cp / 32] |=
		    UINT32_C(1) << (cp % 32);
}

const char *
fonts_face_name(const struct font_set *fs, enum font_role role)
{
	return face_for(fs, role)->name;
}

void
fonts_clear_use(struct font_set *fs)
{
	for (size_t i = 0; i < fs->nfaces; i++)
		memset(fs->faces[i].used, 0, sizeof fs->faces[i].used);
}

/* Returns the first code point at or after from that f draws, or
 * FONTS_NONE when there is none. */
static uint32_t
next_used(const struct face *f, uint32_t from)
{
	for (uint32_t cp = from; cp < FONTS_NONE; cp++)
		if (f->used[cp / 32] >> (cp % 32) & 1)
			return cp;
	return FONTS_NONE;
}

/* Code points of a cmap segment: runs of drawn characters closer than this
 * share one segment with a glyph array. */
#define CMAP_GAP 64

static void
put16(unsigned char *p, unsigned v)
{
	p[0] = (unsigned char)(v >> 8);
	p[1] = (unsigned char)v;
}

/* A cmap table (3,1) format 4 for face that libharu 2.3.0 reads fast: it
 * looks a character up by walking the segments one by one, for every
 * character drawn and for every BMP code point when it builds a font's
 * CIDToGIDMap. HarfBuzz writes a segment per run of consecutive code
 * points, about one per character of Chinese text; here nearby runs share a
 * segment with a glyph array, so a few dozen cover a briefing. Returns the
 * table, or NULL when memory runs out. */
static hb_blob_t *
dense_cmap(hb_face_t *face)
{
	hb_set_t *cps = hb_set_create();
	hb_font_t *font = hb_font_create(face);
	hb_codepoint_t cp = HB_SET_VALUE_INVALID, gid;
	uint16_t *start = NULL, *end = NULL;
	size_t nseg = 0, slots = 0;

	hb_face_collect_unicodes(face, cps);
	unsigned count = hb_set_get_population(cps);
	start = malloc((count + 1) * sizeof *start);
	end = malloc((count + 1) * sizeof *end);
	if (start == NULL || end == NULL || !hb_set_allocation_successful(cps))
		goto fail;
	while (hb_set_next(cps, &cp) && cp < 0xFFFF) {
		if (nseg > 0 && cp - end[nseg - 1] <= CMAP_GAP) {
			end[nseg - 1] = (uint16_t)cp;
			continue;
		}
		start[nseg] = end[nseg] = (uint16_t)cp;
		nseg++;
	}
	start[nseg] = end[nseg] = 0xFFFF; /* the required last segment */
	nseg++;
	for (size_t i = 0; i + 1 < nseg; i++)
		slots += (size_t)(end[i] - start[i]) + 1;

	size_t length = 16 + 8 * nseg + 2 * slots, total = 4 + 8 + length;
	if (length > 0xFFFF)
		goto fail; /* cannot happen below CMAP_GAP × BMP / 65536 */
	unsigned char *t = calloc(1, total);
	if (t == NULL)
		goto fail;
	put16(t, 0);             /* cmap version */
	put16(t + 2, 1);         /* one encoding record: */
	put16(t + 4, 3);         /* Windows */
	put16(t + 6, 1);         /* Unicode BMP */
	t[8] = t[9] = 0;
	put16(t + 10, 12);       /* offset of the subtable */
	unsigned char *sub = t + 12;
	unsigned search = 1, selector = 0;
	while (search * 2 <= nseg) {
		search *= 2;
		selector++;
	}
	put16(sub, 4);
	put16(sub + 2, (unsigned)length);
	put16(sub + 4, 0);
	put16(sub + 6, (unsigned)(2 * nseg));
	put16(sub + 8, 2 * search);
	put16(sub + 10, selector);
	put16(sub + 12, (unsigned)(2 * nseg - 2 * search));
	unsigned char *ends = sub + 14, *starts = ends + 2 * nseg + 2;
	unsigned char *deltas = starts + 2 * nseg, *offsets = deltas + 2 * nseg;
	unsigned char *glyphs = offsets + 2 * nseg;
	size_t slot = 0;
	for (size_t i = 0; i < nseg; i++) {
		put16(ends + 2 * i, end[i]);
		put16(starts + 2 * i, start[i]);
		if (i + 1 == nseg) {
			put16(deltas + 2 * i, 1); /* 0xFFFF maps to glyph 0 */
			put16(offsets + 2 * i, 0);
			break;
		}
		/* Offsets count from this segment's own offset field. */
		put16(offsets + 2 * i, (unsigned)(2 * (nseg - i) + 2 * slot));
		for (unsigned c = start[i]; c <= end[i]; c++, slot++)
			if (hb_font_get_nominal_glyph(font, c, &gid))
				put16(glyphs + 2 * slot, gid);
	}
	free(start);
	free(end);
	hb_font_destroy(font);
	hb_set_destroy(cps);
	return hb_blob_create((const char *)t, (unsigned)total,
	    HB_MEMORY_MODE_WRITABLE, t, free);
fail:
	free(start);
	free(end);
	hb_font_destroy(font);
	hb_set_destroy(cps);
	return NULL;
}

/* The font file of face with the tables tags[0..n-1] replaced by
 * tables[0..n-1]. */
static hb_blob_t *
with_tables(hb_face_t *face, size_t n, const hb_tag_t *tags,
    hb_blob_t *const *tables)
{
	hb_face_t *builder = hb_face_builder_create();
	hb_tag_t have[64];
	unsigned count = sizeof have / sizeof have[0];

	hb_face_get_table_tags(face, 0, &count, have);
	for (unsigned i = 0; i < count; i++) {
		hb_blob_t *blob = NULL;
		for (size_t k = 0; k < n && blob == NULL; k++)
			if (have[i] == tags[k])
				blob = hb_blob_reference(tables[k]);
		if (blob == NULL)
			blob = hb_face_reference_table(face, have[i]);
		hb_face_builder_add_table(builder, have[i], blob);
		hb_blob_destroy(blob);
	}
	hb_blob_t *font = hb_face_reference_blob(builder);
	hb_face_destroy(builder);
	return font;
}

/* Face's hhea with the ascender and descender of body, in face's units:
 * libharu writes them as the PDF's Ascent and Descent, and text extraction
 * puts glyphs on one line by that box, so a Latin or fallback face set
 * inside Chinese lines must share the body's. NULL when memory runs out. */
static hb_blob_t *
hhea_with_line_box(hb_face_t *face, const struct face *body)
{
	hb_blob_t *mine = hb_face_reference_table(face, HB_TAG('h', 'h', 'e', 'a'));
	hb_blob_t *theirs = hb_face_reference_table(body->hb,
	    HB_TAG('h', 'h', 'e', 'a'));
	unsigned length, body_length;
	const unsigned char *src = (const unsigned char *)hb_blob_get_data(mine,
	    &length);
	const unsigned char *ref = (const unsigned char *)hb_blob_get_data(
	    theirs, &body_length);
	unsigned char *copy = NULL;
	unsigned upem = hb_face_get_upem(face);

	if (length >= 36 && body_length >= 36 && body->upem > 0 &&
	    (copy = malloc(length)) != NULL) {
		memcpy(copy, src, length);
		for (unsigned off = 4; off <= 6; off += 2) {
			long v = (int16_t)(ref[off] << 8 | ref[off + 1]);
			put16(copy + off, (unsigned)(v * (long)upem /
			    (long)body->upem) & 0xFFFF);
		}
	}
	hb_blob_destroy(mine);
	hb_blob_destroy(theirs);
	if (copy == NULL)
		return NULL;
	return hb_blob_create((const char *)copy, length,
	    HB_MEMORY_MODE_WRITABLE, copy, free);
}

/* Subsets f to the code points it draws, on body's line box unless f is
 * body. Returns the font file's bytes, or NULL after reporting. */
static hb_blob_t *
make_subset(const struct face *f, const struct face *body)
{
	hb_subset_input_t *input = hb_subset_input_create_or_fail();
	hb_face_t *subset = NULL;
	hb_blob_t *blob = hb_blob_get_empty();

	if (input != NULL) {
		hb_set_t *unicodes = hb_subset_input_unicode_set(input);
		for (uint32_t cp = next_used(f, 0); cp < FONTS_NONE;
		    cp = next_used(f, cp + 1))
			hb_set_add(unicodes, cp);
		/* Never HB_SUBSET_FLAGS_RETAIN_GIDS: renumbering the glyphs
		 * below 32768 is what keeps libharu 2.3.0 from dropping
		 * composite parts (Micro Hei). Print needs no hinting. */
		hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
		if (hb_set_allocation_successful(unicodes))
			subset = hb_subset_or_fail(f->hb, input);
		hb_subset_input_destroy(input);
	}
	if (subset != NULL) {
		/* The subset as a plain face again: one that lists its tables. */
		hb_blob_t *file = hb_face_reference_blob(subset);
		hb_face_t *plain = hb_face_create(file, 0);
		const hb_tag_t tags[] = {HB_TAG('c', 'm', 'a', 'p'),
		    HB_TAG('h', 'h', 'e', 'a')};
		hb_blob_t *tables[] = {dense_cmap(plain), f == body ?
		    hb_face_reference_table(plain, tags[1]) :
		    hhea_with_line_box(plain, body)};
		if (tables[0] != NULL && tables[1] != NULL)
			blob = with_tables(plain, 2, tags, tables);
		hb_blob_destroy(tables[0]);
		hb_blob_destroy(tables[1]);
		hb_face_destroy(plain);
		hb_blob_destroy(file);
		hb_face_destroy(subset);
	}
	if (hb_blob_get_length(blob) == 0) {
		hb_blob_destroy(blob);
		diag(D_FONT, NULL, f->name, "HarfBuzz cannot subset it");
		return NULL;
	}
	return blob;
}

/* Writes blob to a new temporary file and puts its name in path. Returns
 * 0, or -1 after reporting, with no file left behind. */
static int
write_temp(const struct face *f, hb_blob_t *blob, char *path, size_t size,
    int *slot)
{
	const char *dir = getenv("TMPDIR");
	unsigned length;
	const char *data = hb_blob_get_data(blob, &length);

	if (dir == NULL || dir[0] == '\0')
		dir = "/tmp";
	int n = snprintf(path, size, "%s/briefing-font-XXXXXX", dir);
	if (n < 0 || (size_t)n >= size) {
		diag(D_FONT_TEMP, NULL, f->name, dir, strerror(ENAMETOOLONG));
		return -1;
	}
	int fd = mkstemp(path);
	if (fd < 0) {
		diag(D_FONT_TEMP, NULL, f->name, dir, strerror(errno));
		return -1;
	}
	/* Removed if a signal ends the run before the caller does. */
	*slot = proc_temp_add(path);
	FILE *fp = fdopen(fd, "wb");
	if (fp == NULL)
		close(fd);
	int ok = fp != NULL && fwrite(data, 1, length, fp) == length;
	if (fp != NULL && fclose(fp) != 0)
		ok = 0;
	if (!ok) {
		diag(D_FONT_TEMP, NULL, f->name, path, strerror(errno));
		unlink(path);
		proc_temp_remove(*slot);
		*slot = -1;
		return -1;
	}
	return 0;
}

size_t
fonts_faces(const struct font_set *fs)
{
	return fs->nfaces;
}

size_t
fonts_face_of(const struct font_set *fs, enum font_role role)
{
	return fs->face_of[role];
}

uint32_t
fonts_next_used(const struct font_set *fs, size_t face, uint32_t from)
{
	return next_used(&fs->faces[face], from);
}

const char *
fonts_face_label(const struct font_set *fs, size_t face)
{
	return fs->faces[face].name;
}

/* Gives the pages of f's file back to the kernel: HarfBuzz reads (and
 * checks) whole tables of the mapped file when it subsets, which would
 * keep megabytes of a font resident for a few dozen glyphs. The mapping
 * stays valid; a later read brings a page back in. */
static void
release_pages(const struct face *f)
{
	hb_blob_t *file = hb_face_reference_blob(f->hb);
	unsigned length;
	const char *data = hb_blob_get_data(file, &length);
	long page = sysconf(_SC_PAGESIZE);
	if (data != NULL && page > 0) {
		uintptr_t start = (uintptr_t)data & ~((uintptr_t)page - 1);
		madvise((void *)start, (uintptr_t)data + length - start,
		    MADV_DONTNEED);
	}
	hb_blob_destroy(file);
}

int
fonts_write_subset(const struct font_set *fs, size_t face, char *path,
    size_t size, int *slot)
{
	const struct face *f = &fs->faces[face];
	hb_blob_t *subset = make_subset(f, face_for(fs, FONT_FANG));

	release_pages(f);
	if (subset == NULL)
		return -1;
	int written = write_temp(f, subset, path, size, slot);
	hb_blob_destroy(subset);
	return written;
}
