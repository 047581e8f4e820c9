/*
 * Tests for the fonts and the PDF device: coverage, widths and fallback;
 * --font choices; and a two-page briefing read back with poppler and qpdf
 * (text and its extent, fonts, structure, information, bookmarks,
 * reproducibility, clean-up). Run from the top of the tree.
 */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "../../common/diag.h"
#include "../../common/utf8.h"
#include "../../report/fonts.h"
#include "../../report/layout.h"
#include "../../report/layout_model.h"
#include "../../report/pdf_device.h"
#include "check.h"

#define TMP "tests/tmp/pdf"
#define FONT_TMP TMP "/fonttmp"
#define BRIEFING TMP "/briefing.pdf"

#define TITLE "经济运行简报（第3期）"
#define AUTHOR "市发展和改革委员会"
#define SUBJECT "主要经济指标完成情况"
#define DATE "2026-08-22T09:00:00Z"
#define OUTLINE1 "一、主要经济指标"
#define OUTLINE2 "（一）工业生产"
#define KUN 0x5803 /* 堃: GBK, not GB2312 */

/* The text lines of the briefing: every role, and a character (堃) that
 * only the fallback face has. */
static const struct line {
	size_t page;
	enum font_role font;
	double size, x, y;
	const char *text;
} lines[] = {
	{0, FONT_HEI, 22, 79.4, 740, "一、主要经济指标"},
	{0, FONT_SONG, 16, 79.4, 690,
	    "“十四五”期间，全市GDP增长6.5％，完成投资1200亿元。"},
	{0, FONT_KAI, 16, 79.4, 660, "（本期编发：综合处）"},
	{0, FONT_SONG, 16, 79.4, 630, "联系人：张堃，电话：12345678。"},
	{1, FONT_SONG, 16, 79.4, 760, "（一）工业生产：规上工业增加值增长8.2％。"},
};

#define NLINES (sizeof lines / sizeof lines[0])

/* Output of a command (stdout and stderr) and its exit status. */
struct run {
	char *out;
	int status;
};

/* Runs cmd through the shell, capturing both streams. The caller frees
 * out. */
static struct run
run(const char *cmd)
{
	struct run r = {NULL, -1};
	char wrapped[1024], buf[4096];
	size_t len = 0, cap = 0, n;

	snprintf(wrapped, sizeof wrapped, "%s 2>&1", cmd);
	FILE *p = popen(wrapped, "r");
	if (p == NULL)
		return r;
	while ((n = fread(buf, 1, sizeof buf, p)) > 0) {
		if (len + n + 1 > cap) {
			cap = (len + n + 1) * 2;
			r.out = realloc(r.out, cap);
		}
		memcpy(r.out + len, buf, n);
		len += n;
	}
	if (r.out == NULL)
		r.out = calloc(1, 1);
	else
		r.out[len] = '\0';
	int status = pclose(p);
	r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	return r;
}

/* Runs a command made from fmt and path; see run. */
static struct run
run_on(const char *fmt, const char *path)
{
	char cmd[512];

	snprintf(cmd, sizeof cmd, fmt, path, path);
	return run(cmd);
}

/* Reads a whole file; returns its bytes (NUL-terminated) or NULL. */
static char *
slurp(const char *path, size_t *size)
{
	FILE *fp = fopen(path, "rb");
	char *data = NULL;
	long n;

	*size = 0;
	if (fp == NULL)
		return NULL;
	if (fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0 &&
	    fseek(fp, 0, SEEK_SET) == 0 &&
	    (data = malloc((size_t)n + 1)) != NULL) {
		*size = fread(data, 1, (size_t)n, fp);
		data[*size] = '\0';
	}
	fclose(fp);
	return data;
}

/* Appends a text item to p. */
static void
add_text(struct page *p, enum font_role font, double size, double x, double y,
    const char *text)
{
	struct item *it = page_add_item(p, ITEM_TEXT);

	it->font = font;
	it->size = size;
	it->x = x;
	it->y = y;
	it->text = strdup(text);
}

/* The two-page briefing: lines, a red band, a red rule and two bookmarks. */
static void
build_briefing(struct layout *l)
{
	const struct ink red = {0, 0.8f, 0.8f, 0};

	memset(l, 0, sizeof *l);
	l->title = strdup(TITLE);
	l->author = strdup(AUTHOR);
	l->subject = strdup(SUBJECT);
	l->date = 1787389200; /* 2026-08-22 09:00:00 UTC */

	struct page *p = layout_add_page(l);
	struct item *it = page_add_item(p, ITEM_RECT);
	*it = (struct item){.kind = ITEM_RECT, .x = 79.4, .y = 790, .w = 442.2,
	    .h = 6, .color = red};
	it = page_add_item(p, ITEM_RULE);
	*it = (struct item){.kind = ITEM_RULE, .x = 79.4, .y = 728, .w = 442.2,
	    .line_width = 1.5, .color = red};
	layout_add_page(l);
	for (size_t i = 0; i < NLINES; i++)
		add_text(&l->pages[lines[i].page], lines[i].font, lines[i].size,
		    lines[i].x, lines[i].y, lines[i].text);

	layout_add_outline(l, OUTLINE1, 0, 760, 0);
	layout_add_outline(l, OUTLINE2, 1, 780, 1);
}

/* One page of 12 pt Song text with the first 300 hanzi the face has: a
 * sample for the size of a subset. */
static void
build_sample(struct layout *l, const struct font_set *fs)
{
	char line[31 * 4];
	size_t len = 0;
	int count = 0;

	memset(l, 0, sizeof *l);
	struct page *p = layout_add_page(l);
	for (uint32_t cp = 0x4E00; count < 300; cp++) {
		if (fonts_resolve(fs, FONT_SONG, cp) != FONT_SONG)
			continue;
		len += utf8_encode(cp, line + len);
		if (++count % 30 == 0) {
			line[len] = '\0';
			add_text(p, FONT_SONG, 12, 79.4, 780 - count / 30 * 20.0,
			    line);
			len = 0;
		}
	}
}

/* Renders l to path. Returns pdf_render's result, or -1. */
static int
render(const struct layout *l, struct font_set *fs, const char *path)
{
	FILE *fp = fopen(path, "wb");

	if (fp == NULL)
		return -1;
	int rc = pdf_render(l, fs, fp, path);
	return fclose(fp) == 0 ? rc : -1;
}

/* Counts the entries of a directory other than . and .., or -1. */
static int
count_files(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

/* The width of text in points by the layout's widths (fonts_advance). */
static double
layout_width(const struct font_set *fs, const struct line *ln)
{
	const unsigned char *s = (const unsigned char *)ln->text;
	size_t len = strlen(ln->text), pos = 0;
	int units = 0;
	uint32_t cp;

	while (pos < len) {
		pos += utf8_decode(s + pos, len - pos, &cp);
		units += fonts_advance(fs, fonts_resolve(fs, ln->font, cp), cp);
	}
	return units * ln->size / 1000;
}

/* Decodes a PDF hex string "<FEFF...>" (UTF-16BE) at s into UTF-8 in out. */
static void
decode_utf16_hex(const char *s, char *out, size_t size)
{
	uint32_t units[256];
	size_t n = 0, len = 0;
	unsigned v;

	for (s++; *s != '>' && n < 256 && sscanf(s, "%4x", &v) == 1; s += 4)
		units[n++] = v;
	for (size_t i = n > 0 && units[0] == 0xFEFF; i < n && len + 5 < size; i++) {
		uint32_t cp = units[i];
		if (cp >= 0xD800 && cp < 0xDC00 && i + 1 < n)
			cp = 0x10000 + ((cp - 0xD800) << 10) + (units[++i] - 0xDC00);
		len += utf8_encode(cp, out + len);
	}
	out[len] = '\0';
}

/* The value of pdfinfo's field in its output, or "" (in static memory). */
static const char *
info_field(const char *out, const char *field)
{
	static char value[256];
	char label[64];
	const char *s = out;

	snprintf(label, sizeof label, "%s:", field);
	while ((s = strstr(s, label)) != NULL && s != out && s[-1] != '\n')
		s++;
	value[0] = '\0';
	if (s != NULL) {
		s += strlen(label);
		s += strspn(s, " ");
		snprintf(value, sizeof value, "%.*s", (int)strcspn(s, "\n"), s);
	}
	return value;
}

/* Where a /Title of the qdf text decodes to want, or NULL. */
static const char *
find_title(const char *qdf, const char *want)
{
	char title[1024];

	for (const char *s = qdf; (s = strstr(s, "/Title <")) != NULL; s++) {
		decode_utf16_hex(s + strlen("/Title "), title, sizeof title);
		if (strcmp(title, want) == 0)
			return s;
	}
	return NULL;
}

/* The number of the qdf object around position at. */
static int
qdf_enclosing(const char *qdf, const char *at)
{
	while (at > qdf && strncmp(at, " 0 obj\n", 7) != 0)
		at--;
	while (at > qdf && at[-1] != '\n')
		at--;
	return atoi(at);
}

/* Where qdf object num starts, or NULL. */
static const char *
qdf_object(const char *qdf, int num)
{
	char head[32];

	snprintf(head, sizeof head, "\n%d 0 obj\n", num);
	const char *s = strstr(qdf, head);
	return s != NULL ? s + 1 : NULL;
}

/* The object number after key in object num ("/Parent 5 0 R"), or -1. */
static int
qdf_ref(const char *qdf, int num, const char *key)
{
	const char *obj = qdf_object(qdf, num);
	const char *end = obj != NULL ? strstr(obj, "endobj") : NULL;
	const char *at = obj != NULL ? strstr(obj, key) : NULL;

	return at != NULL && at < end ? atoi(at + strlen(key)) : -1;
}

/* The object number of page k (from 1) in qdf, or -1. */
static int
qdf_page(const char *qdf, int k)
{
	char mark[32];

	snprintf(mark, sizeof mark, "%%%% Page %d\n", k);
	const char *s = strstr(qdf, mark);
	s = s != NULL ? strstr(s, " 0 obj\n") : NULL;
	return s != NULL ? qdf_enclosing(qdf, s) : -1;
}

/* Whether bookmark object num leads to page k (from 1) at top. */
static int
leads_to(const char *qdf, int num, int k, double top)
{
	const char *dest = qdf_object(qdf, qdf_ref(qdf, num, "/Dest "));
	int page;
	double y;

	return dest != NULL &&
	    sscanf(dest, "%*d 0 obj [ %d 0 R /FitH %lf", &page, &y) == 2 &&
	    page == qdf_page(qdf, k) && y == top;
}

static void
test_fonts(const struct font_set *fs)
{
	CHECK(fonts_resolve(fs, FONT_SONG, 0x4E2D) == FONT_SONG, "中 in Song");
	CHECK(fonts_advance(fs, FONT_SONG, 0x4E2D) == 1000, "中 is 1000 in Song");
	CHECK(fonts_advance(fs, FONT_SONG, '7') == 500, "7 is 500 in Song");
	CHECK(fonts_advance(fs, FONT_SONG, 0xFF05) == 1000, "％ is 1000 in Song");
	CHECK(fonts_resolve(fs, FONT_HEI, 0x4E2D) == FONT_HEI, "中 in Hei");
	CHECK(fonts_resolve(fs, FONT_KAI, 0x201C) == FONT_KAI, "“ in Kai");
	CHECK(fonts_resolve(fs, FONT_SONG, KUN) == FONT_FALLBACK,
	    "堃 falls back from Song");
	CHECK(fonts_resolve(fs, FONT_SONG, 0x20000) == -1, "U+20000: -1");
	CHECK(fonts_resolve(fs, FONT_FALLBACK, 0x1F600) == -1, "U+1F600: -1");
	CHECK(fonts_resolve(fs, FONT_SONG, 0xE000) == -1, "U+E000 in no face");
	CHECK_STR(fonts_face_name(fs, FONT_SONG), "AR PL SungtiL GB", "Song");
	CHECK_STR(fonts_face_name(fs, FONT_HEI), "WenQuanYi Micro Hei", "Hei");
	CHECK_STR(fonts_face_name(fs, FONT_KAI), "AR PL KaitiM GB", "Kai");
	CHECK_STR(fonts_face_name(fs, FONT_FALLBACK), "AR PL UMing CN",
	    "fallback");
	/* ASCII in the serif roles comes from the proportional Latin face;
	 * the Hei headings keep their own, and full-width signs stay. */
	CHECK(fonts_resolve(fs, FONT_SONG, '7') == FONT_LATIN &&
	    fonts_resolve(fs, FONT_FANG, 'a') == FONT_LATIN &&
	    fonts_resolve(fs, FONT_KAI, '%') == FONT_LATIN,
	    "ASCII in Song, 仿宋 and Kai is drawn by the Latin face");
	CHECK(fonts_resolve(fs, FONT_HEI, 'a') == FONT_HEI, "a in Hei stays");
	CHECK(fonts_resolve(fs, FONT_SONG, 0xFF05) == FONT_SONG, "％ stays");
	CHECK(fonts_advance(fs, FONT_LATIN, 'i') <
	    fonts_advance(fs, FONT_LATIN, 'm'), "the Latin face is proportional");
}

static void
test_font_choice(void)
{
	const char *chosen[FONT_ROLES] = {NULL};
	struct font_set *fs;

	/* By family through fontconfig, and by file with a face index. */
	chosen[FONT_KAI] = "AR PL SungtiL GB";
	chosen[FONT_FALLBACK] = "/usr/share/fonts/truetype/arphic/uming.ttc:1";
	fs = fonts_open(NULL, chosen);
	CHECK(fs != NULL, "chosen faces open");
	if (fs != NULL) {
		CHECK_STR(fonts_face_name(fs, FONT_KAI), "AR PL SungtiL GB",
		    "a family chosen for Kai");
		CHECK_STR(fonts_face_name(fs, FONT_FALLBACK), "AR PL UMing HK",
		    "a file and face index chosen");
		CHECK_STR(fonts_face_name(fs, FONT_HEI), "WenQuanYi Micro Hei",
		    "roles not chosen keep their faces");
		CHECK(fonts_face_of(fs, FONT_KAI) == fonts_face_of(fs, FONT_SONG),
		    "a face two roles use is opened once");
	}
	fonts_close(fs);
	chosen[FONT_KAI] = NULL;

	chosen[FONT_SONG] = "No Such Family 无此字体";
	CHECK(fonts_open(NULL, chosen) == NULL, "a family not installed fails");
	chosen[FONT_SONG] = "/nonexistent/missing.ttf";
	CHECK(fonts_open(NULL, chosen) == NULL, "a missing font file fails");
	chosen[FONT_SONG] = NULL;
	chosen[FONT_FALLBACK] = "/usr/share/fonts/truetype/arphic/uming.ttc:9";
	CHECK(fonts_open(NULL, chosen) == NULL, "a missing face index fails");
	chosen[FONT_FALLBACK] = NULL;
	CHECK(fonts_role_of("fang") == FONT_FANG && fonts_role_of("title") ==
	    FONT_TITLE && fonts_role_of("latin") == FONT_LATIN &&
	    fonts_role_of("heading") == -1, "role names");

	/* A family's regular face, not the first of its files by name
	 * (LiberationSerif-Bold.ttf sorts before -Regular.ttf): the bold
	 * 'a' is 500/1000 wide, the regular one 444. */
	chosen[FONT_LATIN] = "Liberation Serif";
	fs = fonts_open(NULL, chosen);
	CHECK(fs != NULL && fonts_advance(fs, FONT_LATIN, 'a') < 480,
	    "a family gives its upright regular face");
	fonts_close(fs);
	chosen[FONT_LATIN] = NULL;

	/* No 仿宋 or 小标宋 installed: the Song and the Hei stand in, and
	 * each says so with a warning; installed ones serve themselves. */
	size_t before = diag_count(DIAG_WARNING);
	fs = fonts_open(NULL, NULL);
	CHECK(fs != NULL, "default faces open");
	if (fs != NULL) {
		const char *fang = fonts_face_name(fs, FONT_FANG);
		const char *title = fonts_face_name(fs, FONT_TITLE);
		size_t stand_ins = (strcmp(fang, "AR PL SungtiL GB") == 0) +
		    (strcmp(title, "WenQuanYi Micro Hei") == 0);
		CHECK(diag_count(DIAG_WARNING) - before == stand_ins,
		    "one warning per role stood in for");
	}
	fonts_close(fs);
}

/* The text, its extent and no complaint from poppler. */
static void
check_text(const struct font_set *fs)
{
	struct run text = run_on("pdftotext -layout %s -", BRIEFING);
	struct run bbox = run_on("pdftotext -bbox %s -", BRIEFING);
	struct run quiet = run_on("pdftotext %s /dev/null", BRIEFING);
	char tail[256];
	double x0, x1;

	CHECK(text.status == 0, "pdftotext exit 0");
	CHECK_STR(quiet.out, "", "pdftotext prints no warning");
	for (size_t i = 0; i < NLINES; i++) {
		const struct line *ln = &lines[i];
		CHECK(strstr(text.out, ln->text) != NULL, "pdftotext: %s",
		    ln->text);
		/* poppler makes each line one word; its ends must be where
		 * the layout's widths put them. */
		snprintf(tail, sizeof tail, ">%s</word>", ln->text);
		const char *word = strstr(bbox.out, tail);
		while (word != NULL && word > bbox.out && word[-1] != '\n')
			word--;
		double right = ln->x + layout_width(fs, ln);
		CHECK(word != NULL && sscanf(word, " <word xMin=\"%lf\" "
		    "yMin=\"%*f\" xMax=\"%lf\"", &x0, &x1) == 2 &&
		    fabs(x0 - ln->x) < 0.07 && fabs(x1 - right) < 0.07,
		    "line %zu spans %.2f to %.2f", i + 1, ln->x, right);
	}
	free(text.out);
	free(bbox.out);
	free(quiet.out);
}

/* Every font embedded, subset and with a ToUnicode map. */
static void
check_fonts(void)
{
	struct run r = run_on("pdffonts %s", BRIEFING);
	const char *faces[] = {"BousungEG-Light-GB", "WenQuanYiMicroHei",
	    "GBZenKai-Medium", "UMingCN"};
	char type[16], subtype[16], encoding[16], emb[4], sub[4], uni[4];
	int rows = 0, good = 0, table = 0;
	char *save;

	for (size_t i = 0; i < sizeof faces / sizeof faces[0]; i++)
		CHECK(strstr(r.out, faces[i]) != NULL, "pdffonts: %s", faces[i]);
	/* Rows after the dashes: name, CID TrueType, encoding, emb sub uni. */
	for (char *row = strtok_r(r.out, "\n", &save); row != NULL;
	    row = strtok_r(NULL, "\n", &save)) {
		if (table) {
			rows++;
			good += sscanf(row, "%*s %15s %15s %15s %3s %3s %3s",
			    type, subtype, encoding, emb, sub, uni) == 6 &&
			    strcmp(type, "CID") == 0 &&
			    strcmp(subtype, "TrueType") == 0 &&
			    strcmp(encoding, "Identity-H") == 0 &&
			    strcmp(emb, "yes") == 0 && strcmp(sub, "yes") == 0 &&
			    strcmp(uni, "yes") == 0;
		}
		table = table || strncmp(row, "---", 3) == 0;
	}
	/* 仿宋 and Song share a face, as do Hei and the title; Kai, Latin
	 * and the fallback have theirs. */
	CHECK(rows == 5 && good == 5, "pdffonts: %d of 5 fonts CID TrueType "
	    "Identity-H, emb sub uni yes", good);
	free(r.out);
}

/* qpdf's structure check and pdfinfo's document information. */
static void
check_structure(void)
{
	struct run r = run_on("qpdf --check %s", BRIEFING);

	CHECK(r.status == 0, "qpdf --check exit 0");
	CHECK(strstr(r.out, "No syntax or stream encoding errors found") != NULL,
	    "qpdf: no syntax or stream encoding errors");
	free(r.out);

	r = run_on("pdfinfo -isodates %s", BRIEFING);
	CHECK_STR(info_field(r.out, "Title"), TITLE, "pdfinfo title");
	CHECK_STR(info_field(r.out, "Author"), AUTHOR, "pdfinfo author");
	CHECK_STR(info_field(r.out, "Subject"), SUBJECT, "pdfinfo subject");
	CHECK_STR(info_field(r.out, "Creator"), "briefing report",
	    "pdfinfo creator");
	CHECK_STR(info_field(r.out, "CreationDate"), DATE, "creation date");
	CHECK_STR(info_field(r.out, "ModDate"), DATE, "modification date");
	CHECK_STR(info_field(r.out, "Pages"), "2", "pdfinfo: 2 pages");
	CHECK_STR(info_field(r.out, "Page size"), "595.276 x 841.89 pts (A4)",
	    "pdfinfo: A4");
	free(r.out);
}

/* Bookmarks, text strings and ToUnicode maps in qpdf's uncompressed form. */
static void
check_objects(void)
{
	struct run r = run_on("qpdf --qdf --object-streams=disable %s %s.qdf",
	    BRIEFING);
	size_t size;
	char *qdf = slurp(BRIEFING ".qdf", &size);

	free(r.out);
	CHECK(qdf != NULL, "qpdf --qdf wrote the uncompressed PDF");
	if (qdf == NULL)
		return;
	const char *t1 = find_title(qdf, OUTLINE1);
	const char *t2 = find_title(qdf, OUTLINE2);
	CHECK(t1 != NULL && t2 != NULL, "bookmark titles are UTF-16BE");
	int b1 = t1 != NULL ? qdf_enclosing(qdf, t1) : -1;
	int b2 = t2 != NULL ? qdf_enclosing(qdf, t2) : -1;
	CHECK(b1 > 0 && qdf_ref(qdf, b2, "/Parent ") == b1,
	    "bookmark 2 is under bookmark 1");
	CHECK(leads_to(qdf, b1, 1, 760), "bookmark 1: page 1 at 760");
	CHECK(leads_to(qdf, b2, 2, 780), "bookmark 2: page 2 at 780");
	CHECK(find_title(qdf, TITLE) != NULL, "document title is UTF-16BE");
	CHECK(strstr(qdf, "begincidrange") == NULL &&
	    strstr(qdf, "beginbfchar") != NULL, "ToUnicode maps are bfchar");
	CHECK(strstr(qdf, "<5803> <5803>") != NULL, "ToUnicode maps 堃");
	CHECK(strstr(qdf, "fonttmp") == NULL &&
	    strstr(qdf, "briefing-font") == NULL, "no temporary name in the PDF");
	free(qdf);
}

static void
test_briefing(struct font_set *fs)
{
	struct layout l;
	size_t size, again_size;

	build_briefing(&l);
	CHECK(render(&l, fs, BRIEFING) == 0, "briefing rendered");
	CHECK(render(&l, fs, TMP "/again.pdf") == 0, "briefing rendered again");
	char *bytes = slurp(BRIEFING, &size);
	char *again = slurp(TMP "/again.pdf", &again_size);
	CHECK(bytes != NULL && again != NULL && size == again_size &&
	    memcmp(bytes, again, size) == 0, "same layout, same bytes");
	CHECK(size > 0 && size < 100000, "briefing: %zu bytes", size);
	free(bytes);
	free(again);
	CHECK(count_files(FONT_TMP) == 0, "no temporary font file left");
	check_text(fs);
	check_fonts();
	check_structure();
	check_objects();

	/* Failures: a bookmark to a missing page, then no temporary dir. */
	layout_add_outline(&l, "缺页", 7, 100, 0);
	CHECK(render(&l, fs, TMP "/bad.pdf") == -1, "bookmark to page 8 fails");
	CHECK(count_files(FONT_TMP) == 0, "no temporary font file after it");
	setenv("TMPDIR", TMP "/missing", 1);
	CHECK(render(&l, fs, TMP "/bad.pdf") == -1, "no temporary dir fails");
	setenv("TMPDIR", FONT_TMP, 1);
	layout_free(&l);
}

static void
test_sample(struct font_set *fs)
{
	struct layout l;
	size_t size;

	build_sample(&l, fs);
	CHECK(render(&l, fs, TMP "/sample.pdf") == 0, "one-page sample rendered");
	free(slurp(TMP "/sample.pdf", &size));
	CHECK(size > 0 && size < 100000, "300 hanzi in Song: %zu bytes", size);
	struct run r = run_on("pdffonts %s", TMP "/sample.pdf");
	CHECK(strstr(r.out, "BousungEG-Light-GB") != NULL &&
	    strstr(r.out, "UMingCN") == NULL, "only the face used is embedded");
	free(r.out);
	layout_free(&l);
}

int
main(void)
{
	mkdir("tests/tmp", 0777);
	mkdir(TMP, 0777);
	mkdir(FONT_TMP, 0777);
	/* A private temporary directory shows the device cleans up. */
	setenv("TMPDIR", FONT_TMP, 1);
	diag_set_program("test_pdf");

	struct font_set *fs = fonts_open(NULL, NULL);
	CHECK(fs != NULL, "Debian fonts open");
	if (fs == NULL)
		return CHECK_DONE();
	test_fonts(fs);
	test_font_choice();
	test_briefing(fs);
	test_sample(fs);
	fonts_close(fs);
	return CHECK_DONE();
}
