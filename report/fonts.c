/*
 * Fonts by role: HarfBuzz faces answer coverage and widths, a bitmap per
 * face records the code points drawn, and a HarfBuzz subset of each face
 * holds exactly those (the PDF device embeds it).
 */
#include "fonts.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include "../common/diag.h"

/* libharu 2.3.0 draws only the Basic Multilingual Plane. */

static const char *const role_keys[FONT_ROLES] = {
	[FONT_SONG] = "song", [FONT_HEI] = "hei", [FONT_KAI] = "kai",
	[FONT_FALLBACK] = "fallback",
};

/* The faces of the Debian packages; a font directory is searched for the
 * same file names. */
#define FONT_TREE "/usr/share/fonts/truetype/"
static const struct {
	const char *path;
	unsigned index;
} debian_faces[FONT_ROLES] = {
	[FONT_SONG] = {FONT_TREE "arphic-gbsn00lp/gbsn00lp.ttf", 0},
	[FONT_HEI] = {FONT_TREE "wqy/wqy-microhei.ttc", 0},
	[FONT_KAI] = {FONT_TREE "arphic-gkai00mp/gkai00mp.ttf", 0},
	[FONT_FALLBACK] = {FONT_TREE "arphic/uming.ttc", 0},
};

struct face {
	char *path;
	unsigned index;
	hb_face_t *hb;
	hb_font_t *font;          /* at scale = units per em */
	unsigned upem;
	char name[128];           /* family name, for messages */
	uint32_t used[FONTS_NONE / 32];
};

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

/* Returns dir/name (name itself when absolute) in new memory, or NULL. */
static char *
join_path(const char *dir, const char *name)
{
	if (name[0] == '/')
		return strdup(name);
	size_t n = strlen(dir) + strlen(name) + 2;
	char *path = malloc(n);
	if (path != NULL)
		snprintf(path, n, "%s/%s", dir, name);
	return path;
}

/* Returns, in new memory, where role's face is looked for: font_dir's file
 * of the Debian name when font_dir has it, else the Debian path; NULL when
 * memory runs out. */
static char *
default_path(const char *font_dir, enum font_role role)
{
	const char *debian = debian_faces[role].path;

	if (font_dir != NULL) {
		char *path = join_path(font_dir, strrchr(debian, '/') + 1);
		if (path == NULL || access(path, R_OK) == 0)
			return path;
		free(path);
	}
	return strdup(debian);
}

/* Splits a fonts.conf line "ROLE FILE [INDEX]" (# starts a comment); a
 * blank line gives *role -1. Returns 0, or -1 when the line is malformed. */
static int
split_conf_line(char *line, int *role, char **file, unsigned *index)
{
	const char *blank = " \t\r\n";
	char *save, *end;

	line[strcspn(line, "#")] = '\0';
	char *key = strtok_r(line, blank, &save);
	*role = -1;
	if (key == NULL)
		return 0;
	*file = strtok_r(NULL, blank, &save);
	char *number = strtok_r(NULL, blank, &save);
	if (*file == NULL || strtok_r(NULL, blank, &save) != NULL)
		return -1;
	*index = 0;
	if (number != NULL) {
		errno = 0;
		unsigned long n = strtoul(number, &end, 10);
		if (*end != '\0' || errno != 0 || n > UINT_MAX)
			return -1;
		*index = (unsigned)n;
	}
	for (int r = 0; r < FONT_ROLES; r++)
		if (strcmp(key, role_keys[r]) == 0)
			*role = r;
	return *role < 0 ? -1 : 0;
}

/* Applies font_dir/fonts.conf, when there is one, to paths and indexes.
 * Returns 0, or -1 after reporting. */
static int
read_conf(const char *font_dir, char *paths[FONT_ROLES],
    unsigned indexes[FONT_ROLES])
{
	char *conf = join_path(font_dir, "fonts.conf");
	if (conf == NULL) {
		diag(D_NOMEM, NULL);
		return -1;
	}
	FILE *fp = fopen(conf, "r");
	if (fp == NULL) {
		int missing = errno == ENOENT;
		if (!missing)
			diag(D_FONT, NULL, conf, strerror(errno));
		free(conf);
		return missing ? 0 : -1;
	}

	char *line = NULL, *file;
	size_t cap = 0, lineno = 0;
	int rc = 0, role;
	unsigned index;
	while (rc == 0 && getline(&line, &cap, fp) != -1) {
		lineno++;
		if (split_conf_line(line, &role, &file, &index) != 0) {
			diag(D_FONT_CONF, &(struct diag_loc){conf, lineno, 0});
			rc = -1;
		} else if (role >= 0) {
			char *path = join_path(font_dir, file);
			if (path == NULL) {
				diag(D_NOMEM, NULL);
				rc = -1;
			}
			free(paths[role]);
			paths[role] = path;
			indexes[role] = index;
		}
	}
	if (rc == 0 && ferror(fp)) {
		diag(D_FONT, NULL, conf, strerror(errno));
		rc = -1;
	}
	free(line);
	fclose(fp);
	free(conf);
	return rc;
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
fonts_open(const char *font_dir)
{
	char *paths[FONT_ROLES] = {NULL};
	unsigned indexes[FONT_ROLES];
	struct font_set *fs = calloc(1, sizeof *fs);
	int ok = fs != NULL;

	for (int r = 0; ok && r < FONT_ROLES; r++) {
		paths[r] = default_path(font_dir, (enum font_role)r);
		indexes[r] = debian_faces[r].index;
		ok = paths[r] != NULL;
	}
	if (!ok)
		diag(D_NOMEM, NULL);
	if (ok && font_dir != NULL)
		ok = read_conf(font_dir, paths, indexes) == 0;
	for (int r = 0; ok && r < FONT_ROLES; r++)
		ok = assign_face(fs, (enum font_role)r, &paths[r],
		    indexes[r]) == 0;
	for (int r = 0; r < FONT_ROLES; r++)
		free(paths[r]);
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
	}
	free(fs);
}

/* Whether f maps cp to a real glyph (not .notdef) that libharu can draw. */
static int
has_glyph(const struct face *f, uint32_t cp)
{
	hb_codepoint_t gid = 0;

	return cp < FONTS_NONE && hb_font_get_nominal_glyph(f->font, cp, &gid) &&
	    gid != 0;
}

int
fonts_resolve(const struct font_set *fs, enum font_role role, uint32_t cp)
{
	if (has_glyph(face_for(fs, role), cp))
		return (int)role;
	if (has_glyph(face_for(fs, FONT_FALLBACK), cp))
		return FONT_FALLBACK;
	return -1;
}

int
fonts_advance(const struct font_set *fs, enum font_role role, uint32_t cp)
{
	const struct face *f = face_for(fs, role);
	hb_codepoint_t gid = 0;

	hb_font_get_nominal_glyph(f->font, cp, &gid);
	/* Truncated as libharu truncates the /W widths, so that a run ends
	 * exactly where the viewer puts the next glyph. */
	return (int)(hb_font_get_glyph_h_advance(f->font, gid) * 1000 /
	    (hb_position_t)f->upem);
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

/* Subsets f to the code points it draws. Returns the font file's bytes,
 * or NULL after reporting. */
static hb_blob_t *
make_subset(const struct face *f)
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
		blob = hb_face_reference_blob(subset);
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
write_temp(const struct face *f, hb_blob_t *blob, char *path, size_t size)
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
	FILE *fp = fdopen(fd, "wb");
	if (fp == NULL)
		close(fd);
	int ok = fp != NULL && fwrite(data, 1, length, fp) == length;
	if (fp != NULL && fclose(fp) != 0)
		ok = 0;
	if (!ok) {
		diag(D_FONT_TEMP, NULL, f->name, path, strerror(errno));
		unlink(path);
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

int
fonts_write_subset(const struct font_set *fs, size_t face, char *path,
    size_t size)
{
	const struct face *f = &fs->faces[face];
	hb_blob_t *subset = make_subset(f);

	if (subset == NULL)
		return -1;
	int written = write_temp(f, subset, path, size);
	hb_blob_destroy(subset);
	return written;
}
