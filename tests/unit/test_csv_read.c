/*
 * Tests for reading the commitments CSV back (report/csv_read.c): the
 * fixtures in tests/data/csv, as extract writes them and as spreadsheets
 * save them, and small files written to tests/tmp for the corner cases.
 * Checks values, row numbers, problems and the diagnostics printed. Run
 * from the top of the tree.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../../common/diag.h"
#include "../../report/csv_read.h"
#include "check.h"

#define DATA "tests/data/csv/"
#define TMP "tests/tmp/csv_read"
#define STDERR_FILE TMP "/stderr.txt"
#define INLINE TMP "/inline.csv"

/* What the last read printed on stderr. */
static char printed[16384];

/* Reads path into l with stderr captured in printed; returns what
 * csv_read_file returned. */
static long
read_csv(const char *path, struct commitment_list *l)
{
	fflush(stderr);
	if (freopen(STDERR_FILE, "w", stderr) == NULL) {
		perror(STDERR_FILE);
		exit(2);
	}
	diag_reset();
	long rc = csv_read_file(path, l);
	fflush(stderr);
	FILE *fp = fopen(STDERR_FILE, "rb");
	size_t n = fp != NULL ? fread(printed, 1, sizeof printed - 1, fp) : 0;
	printed[n] = '\0';
	if (fp != NULL)
		fclose(fp);
	return rc;
}

/* Writes len bytes of text to a scratch file. */
static void
write_file(const char *path, const char *text, size_t len)
{
	FILE *fp = fopen(path, "wb");
	if (fp == NULL || fwrite(text, 1, len, fp) != len || fclose(fp) != 0) {
		perror(path);
		exit(2);
	}
}

/* Writes text to the scratch CSV and reads it into l. */
static long
read_text(const char *text, struct commitment_list *l)
{
	write_file(INLINE, text, strlen(text));
	return read_csv(INLINE, l);
}

/* Checks that the last read printed line, as a whole line. */
static void
expect_diag(const char *line)
{
	size_t n = strlen(line);
	const char *p = printed;
	int found = 0;

	while (!found && *p != '\0') {
		found = strncmp(p, line, n) == 0 && p[n] == '\n';
		const char *nl = strchr(p, '\n');
		p = nl != NULL ? nl + 1 : "";
	}
	CHECK(found, "prints %s", line);
	if (!found)
		printf("#   printed:\n%s", printed);
}

/* Checks how many errors and warnings the last read printed. */
static void
expect_counts(size_t errors, size_t warnings, const char *what)
{
	CHECK(diag_count(DIAG_ERROR) == errors &&
	    diag_count(DIAG_WARNING) == warnings,
	    "%s: %zu error(s), %zu warning(s)", what, errors, warnings);
	if (diag_count(DIAG_ERROR) != errors ||
	    diag_count(DIAG_WARNING) != warnings)
		printf("#   printed:\n%s", printed);
}

/* The first row whose metric is metric, or NULL. */
static const struct commitment *
find(const struct commitment_list *l, const char *metric)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(record_get(&l->v[i].rec, FIELD_METRIC), metric) == 0)
			return &l->v[i];
	return NULL;
}

/* Checks a row's record number, value, upper bound, unit and comparator,
 * and that it has no problem. */
static void
expect_row(const struct commitment *c, const char *metric, size_t row,
    double value, double value_max, const char *unit, enum comparator cmp)
{
	if (c == NULL) {
		CHECK(0, "row %s found", metric);
		return;
	}
	CHECK(c->row == row, "%s: row %zu (got %zu)", metric, row, c->row);
	CHECK(c->value == value && c->value_max == value_max,
	    "%s: value %g–%g (got %g–%g)", metric, value, value_max, c->value,
	    c->value_max);
	CHECK_STR(record_get(&c->rec, FIELD_UNIT), unit, "%s: unit", metric);
	CHECK(c->cmp == (int)cmp, "%s: comparator %s (got %d)", metric,
	    comparator_word(cmp), c->cmp);
	CHECK(c->problem == NULL, "%s: no problem (%s)", metric,
	    c->problem != NULL ? c->problem : "");
}

/* Checks that a row read with a problem says why. */
static void
expect_problem(const struct commitment *c, size_t row, const char *problem)
{
	CHECK(c != NULL && c->row == row, "row %zu read", row);
	if (c != NULL)
		CHECK_STR(c->problem != NULL ? c->problem : "(none)", problem,
		    "row %zu: problem", row);
}

/* The file bin/extract writes by default: BOM, CRLF, Chinese header, every
 * field quoted. */
static void
test_extract_default(void)
{
	struct commitment_list l = {0};
	long rc = read_csv(DATA "extract-default.csv", &l);
	CHECK(rc == 0 && l.n == 18, "extract-default: 18 rows, 0 problems "
	    "(rc %ld, %zu rows)", rc, l.n);
	expect_counts(0, 0, "extract-default");
	const struct commitment *c = find(&l, "新开工亿元以上项目");
	expect_row(c, "新开工亿元以上项目", 3, 8, 8, "个", CMP_EQ);
	if (c != NULL) {
		CHECK_STR(record_get(&c->rec, FIELD_ORG), "卸甲镇", "org");
		CHECK_STR(record_get(&c->rec, FIELD_PERSON), "周伟", "person");
		CHECK_STR(record_get(&c->rec, FIELD_ID), "c603480fd57e1", "id");
		CHECK_STR(record_get(&c->rec, FIELD_SOURCE),
		    "samples/000_7983defb64ef797f.txt", "source");
		CHECK_STR(record_get(&c->rec, FIELD_LINE), "118", "line");
		CHECK_STR(record_get(&c->rec, FIELD_MODALITY), "确保", "modality");
		CHECK_STR(record_get(&c->rec, FIELD_PERIOD), "全年", "period");
		CHECK(strncmp(record_get(&c->rec, FIELD_QUOTE), "加快推进氢蓝时代",
		    strlen("加快推进氢蓝时代")) == 0, "quote");
		CHECK_STR(c->file, DATA "extract-default.csv", "file");
	}
	expect_row(find(&l, "工业开票销售"), "工业开票销售", 6, 700, 700, "亿元",
	    CMP_GT);
	commitment_list_free(&l);
	CHECK(l.v == NULL && l.n == 0 && l.cap == 0, "list freed and empty");
}

/* --header=en --no-bom --lf, from a file and from standard input. */
static void
test_english_lf(void)
{
	struct commitment_list l = {0};
	long rc = read_csv(DATA "english-lf.csv", &l);
	CHECK(rc == 0 && l.n == 40, "english-lf: 40 rows (rc %ld, %zu rows)",
	    rc, l.n);
	expect_counts(0, 0, "english-lf");
	expect_row(find(&l, "地区生产总值增长"), "地区生产总值增长", 2, 5, 5, "%",
	    CMP_GE);
	expect_row(find(&l, "新能源装机"), "新能源装机", 29, 1200, 1200, "万千瓦",
	    CMP_GE);
	expect_row(find(&l, "城镇新增就业"), "城镇新增就业", 40, 6.72, 6.72,
	    "万人", CMP_EQ);
	commitment_list_free(&l);

	if (freopen(DATA "english-lf.csv", "rb", stdin) == NULL) {
		CHECK(0, "stdin opened");
		return;
	}
	rc = read_csv("-", &l);
	CHECK(rc == 0 && l.n == 40, "stdin: 40 rows (rc %ld, %zu rows)", rc,
	    l.n);
	CHECK(l.n > 0 && strcmp(l.v[0].file, "-") == 0, "stdin: file is -");
	commitment_list_free(&l);
}

/* Excel's "CSV (逗号分隔)" on Chinese Windows: GB18030, CRLF, quotes only
 * where needed, numbers as 7E+10, 1,200 and " 700 ". */
static void
test_excel_gb18030(void)
{
	struct commitment_list l = {0};
	long rc = read_csv(DATA "excel-gb18030.csv", &l);
	CHECK(rc == 0 && l.n == 4, "excel-gb18030: 4 rows (rc %ld, %zu rows)",
	    rc, l.n);
	expect_counts(0, 0, "excel-gb18030");
	expect_diag(DATA "excel-gb18030.csv: note: not UTF-8; read as GB18030");
	const struct commitment *c = find(&l, "固定资产投资");
	expect_row(c, "固定资产投资", 2, 70000000000.0, 70000000000.0, "元",
	    CMP_EQ);
	if (c != NULL) {
		CHECK_STR(record_get(&c->rec, FIELD_PERSON), "张堃", "GBK name");
		CHECK_STR(record_get(&c->rec, FIELD_VALUE), "7E+10",
		    "value cell kept as written");
	}
	c = find(&l, "新能源装机");
	expect_row(c, "新能源装机", 3, 1200, 1200, "万千瓦", CMP_GE);
	if (c != NULL)
		CHECK_STR(record_get(&c->rec, FIELD_QUOTE),
		    "新能源装机达到1,200万千瓦以上，风电、光伏并进。",
		    "quoted cell with a comma");
	c = find(&l, "工业开票销售");
	expect_row(c, "工业开票销售", 4, 700, 700, "亿元", CMP_GT);
	if (c != NULL)
		CHECK_STR(record_get(&c->rec, FIELD_VALUE), " 700 ",
		    "unquoted spaces kept in the cell");
	c = find(&l, "城镇新增就业");
	expect_row(c, "城镇新增就业", 5, 6, 7, "万人", CMP_RANGE);
	if (c != NULL)
		CHECK_STR(record_get(&c->rec, FIELD_NOTE), "已核", "last cell");
	commitment_list_free(&l);
}

/* BOM, columns in another order, an unknown column, a blank line, an
 * empty spreadsheet row and a row added by hand. */
static void
test_bom_reordered_extra(void)
{
	struct commitment_list l = {0};
	long rc = read_csv(DATA "bom-reordered-extra.csv", &l);
	CHECK(rc == 0 && l.n == 3, "bom-reordered-extra: 3 rows (rc %ld, "
	    "%zu rows)", rc, l.n);
	expect_counts(0, 0, "bom-reordered-extra");
	expect_diag(DATA "bom-reordered-extra.csv:1:7: note: unknown column "
	    "\"审核意见\" ignored");
	CHECK(diag_count(DIAG_NOTE) == 1, "one note");
	const struct commitment *c = find(&l, "新开工亿元以上项目");
	expect_row(c, "新开工亿元以上项目", 2, 8, 8, "个", CMP_GE);
	if (c != NULL) {
		CHECK_STR(record_get(&c->rec, FIELD_ORG), "卸甲镇", "org");
		CHECK_STR(record_get(&c->rec, FIELD_ID), "c603480fd57e1", "id");
	}
	expect_row(find(&l, "城镇新增就业"), "城镇新增就业", 4, 6, 7, "万人",
	    CMP_RANGE);
	c = find(&l, "改造农村公路");
	expect_row(c, "改造农村公路", 6, 420, 420, "公里", CMP_EQ);
	if (c != NULL)
		CHECK(record_has(&c->rec, FIELD_ID) &&
		    !record_has(&c->rec, FIELD_SOURCE) &&
		    !record_has(&c->rec, FIELD_LINE),
		    "row added by hand: empty id, no source or line column");
	commitment_list_free(&l);
}

static void
test_bad_number(void)
{
	struct commitment_list l = {0};
	long rc = read_csv(DATA "bad-number.csv", &l);
	CHECK(rc == 1 && l.n == 3, "bad-number: 1 problem, 3 rows (rc %ld, "
	    "%zu rows)", rc, l.n);
	expect_counts(1, 0, "bad-number");
	expect_diag(DATA "bad-number.csv:3:2: error: 目标值 \"七百\" is not a "
	    "number");
	const struct commitment *c = find(&l, "完成投资");
	expect_problem(c, 3, "目标值“七百”不是数字");
	if (c != NULL) {
		CHECK(c->value == 0 && c->value_max == 0, "problem row: value 0");
		CHECK_STR(record_get(&c->rec, FIELD_VALUE), "七百", "cell kept");
		CHECK(c->cmp == CMP_GE, "problem row: comparator still read");
	}
	expect_row(find(&l, "城镇新增就业"), "城镇新增就业", 4, 6.72, 6.72,
	    "万人", CMP_APPROX);
	commitment_list_free(&l);
}

static void
test_ragged(void)
{
	struct commitment_list l = {0};
	long rc = read_csv(DATA "ragged.csv", &l);
	CHECK(rc == 2 && l.n == 3, "ragged: 2 problems, 3 rows (rc %ld, "
	    "%zu rows)", rc, l.n);
	expect_counts(2, 0, "ragged");
	expect_diag(DATA "ragged.csv:2:4: error: row has 3 fields, the header "
	    "has 4");
	expect_diag(DATA "ragged.csv:3:5: error: row has 5 fields, the header "
	    "has 4");
	const struct commitment *c = find(&l, "新开工项目");
	expect_problem(c, 2, "本行有3列，表头有4列");
	if (c != NULL)
		CHECK_STR(record_get(&c->rec, FIELD_UNIT), "个", "short row read");
	c = find(&l, "完成投资");
	expect_problem(c, 3, "本行有5列，表头有4列");
	if (c != NULL)
		CHECK(strcmp(record_get(&c->rec, FIELD_VALUE), "300") == 0 &&
		    c->cmp == CMP_GE, "long row read");
	expect_row(find(&l, "城镇新增就业"), "城镇新增就业", 4, 6.72, 6.72,
	    "万人", CMP_APPROX);
	commitment_list_free(&l);
}

/* A file that fails leaves the list as it was. */
static void
test_rejected_files(void)
{
	struct commitment_list l = {0};
	read_csv(DATA "bad-number.csv", &l);
	size_t before = l.n;

	long rc = read_csv(DATA "unbalanced-quote.csv", &l);
	CHECK(rc == -1 && l.n == before, "unbalanced-quote: rejected, nothing "
	    "appended (rc %ld, %zu rows)", rc, l.n);
	expect_diag(DATA "unbalanced-quote.csv:3:4: error: unbalanced quote: "
	    "the field opened here is never closed");
	expect_counts(1, 0, "unbalanced-quote");

	rc = read_csv(DATA "missing-column.csv", &l);
	CHECK(rc == -1 && l.n == before, "missing-column: rejected (rc %ld)",
	    rc);
	expect_diag(DATA "missing-column.csv:1: error: no 单位/unit column "
	    "(header: 编号,指标,目标值,比较); file skipped");
	expect_counts(1, 0, "missing-column");

	rc = read_csv(DATA "no-such-file.csv", &l);
	CHECK(rc == -1 && l.n == before, "missing file: rejected");
	expect_diag(DATA "no-such-file.csv: error: cannot read: No such file "
	    "or directory");

	static const char binary[] = "\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"
	    "\x03\0\x3E\0\x01\0\0\0\x10\x10\0\0\0\0\0\0";
	write_file(INLINE, binary, sizeof binary - 1);
	rc = read_csv(INLINE, &l);
	CHECK(rc == -1 && l.n == before, "binary file: rejected");
	CHECK(strstr(printed, "error: not a text file") != NULL,
	    "binary file: reported");

	rc = read_text("value,备注\n1,x\n", &l);
	CHECK(rc == -1 && diag_count(DIAG_ERROR) == 2,
	    "two required columns missing: both reported");
	expect_diag(INLINE ":1: error: no 指标/metric column (header: "
	    "value,备注); file skipped");
	expect_diag(INLINE ":1: error: no 单位/unit column (header: "
	    "value,备注); file skipped");

	char header[1024] = "x,";
	for (int i = 0; i < 60; i++)
		strcat(header, "其他列,");
	strcat(header, "指标,目标值\n");
	rc = read_text(header, &l);
	CHECK(rc == -1 && strstr(printed, ",其他…); file skipped\n") !=
	    NULL, "a long header is shown cut at a character");

	CHECK(before == 3 && strcmp(record_get(&l.v[2].rec, FIELD_METRIC),
	    "城镇新增就业") == 0, "earlier rows intact");
	commitment_list_free(&l);
}

static void
test_formula_guard(void)
{
	struct commitment_list l = {0};
	long rc = read_csv(DATA "formula-guard.csv", &l);
	CHECK(rc == 0 && l.n == 2, "formula-guard: 2 rows (rc %ld, %zu rows)",
	    rc, l.n);
	expect_counts(0, 0, "formula-guard");
	const struct commitment *c = find(&l, "=SUM(A1)");
	CHECK(c != NULL, "'=SUM(A1) read as =SUM(A1)");
	if (c != NULL) {
		CHECK(c->value == -5, "'-5 read as the number -5");
		CHECK_STR(record_get(&c->rec, FIELD_VALUE), "-5", "value cell");
		CHECK_STR(record_get(&c->rec, FIELD_QUOTE), "+5%以上", "'+");
		CHECK_STR(record_get(&c->rec, FIELD_NOTE), "'abc", "'abc kept");
	}
	c = find(&l, "@提及");
	CHECK(c != NULL, "'@ read as @");
	if (c != NULL) {
		CHECK_STR(record_get(&c->rec, FIELD_QUOTE), "''=x",
		    "only a guard apostrophe is removed");
		CHECK_STR(record_get(&c->rec, FIELD_NOTE), "\tTab", "'tab");
	}
	commitment_list_free(&l);
}

static void
test_crlf_quoted_newline(void)
{
	struct commitment_list l = {0};
	long rc = read_csv(DATA "crlf-quoted-newline.csv", &l);
	CHECK(rc == 0 && l.n == 2, "crlf-quoted-newline: 2 rows (rc %ld, "
	    "%zu rows)", rc, l.n);
	const struct commitment *c = find(&l, "新开工项目");
	expect_row(c, "新开工项目", 2, 8, 8, "个", CMP_EQ);
	if (c != NULL)
		CHECK_STR(record_get(&c->rec, FIELD_QUOTE),
		    "第一行,含逗号\n第二行说\"好\"。",
		    "line break, comma and doubled quotes in a cell");
	expect_row(find(&l, "完成投资"), "完成投资", 3, 300, 300, "亿元",
	    CMP_EQ);
	commitment_list_free(&l);
}

/* Number cells as spreadsheets and clerks write them. */
static void
test_numbers(void)
{
	static const struct {
		const char *cell; /* as written in the CSV */
		int ok;
		double value;
	} cases[] = {
		{"700", 1, 700}, {"700.0", 1, 700}, {" 700 ", 1, 700},
		{"\" 700 \"", 1, 700}, {"\"1,200\"", 1, 1200},
		{"\"1,200,000.5\"", 1, 1200000.5}, {"7E+10", 1, 7e10},
		{"1.5E+3", 1, 1500}, {"7e10", 1, 7e10}, {"７００", 1, 700},
		{"5.5%", 1, 5.5}, {"5.5％", 1, 5.5}, {"-3", 1, -3},
		{"'-3", 1, -3}, {"　８　", 1, 8}, {".5", 1, 0.5},
		{"七百", 0, 0}, {"700亿", 0, 0}, {"\"1,20\"", 0, 0},
		{"\"12,3456\"", 0, 0}, {"\"1234,567\"", 0, 0}, {"0x10", 0, 0},
		{"inf", 0, 0}, {"nan", 0, 0}, {"1e999", 0, 0}, {"1e", 0, 0},
		{"--1", 0, 0}, {"5%%", 0, 0}, {"1 200", 0, 0},
		{"5%", 0, 0}, /* beside 个: which did the clerk mean? */
	};
	enum { NCASES = sizeof cases / sizeof cases[0] };
	char text[4096];
	size_t len = (size_t)snprintf(text, sizeof text, "metric,value,unit\n");
	/* A percent cell goes with the unit %, but for the last case. */
	for (size_t i = 0; i < NCASES; i++)
		len += (size_t)snprintf(text + len, sizeof text - len,
		    "m%zu,%s,%s\n", i, cases[i].cell, i + 1 < NCASES &&
		    (strchr(cases[i].cell, '%') || strstr(cases[i].cell, "％")) ?
		    "%" : "个");

	struct commitment_list l = {0};
	long bad = 0;
	for (size_t i = 0; i < NCASES; i++)
		bad += !cases[i].ok;
	long rc = read_text(text, &l);
	CHECK(rc == bad && l.n == NCASES, "numbers: %ld problems in %d rows "
	    "(rc %ld, %zu rows)", bad, NCASES, rc, l.n);
	for (size_t i = 0; i < l.n && i < NCASES; i++) {
		const struct commitment *c = &l.v[i];
		if (cases[i].ok)
			CHECK(c->problem == NULL && c->value == cases[i].value,
			    "%s is %g (got %g)", cases[i].cell, cases[i].value,
			    c->value);
		else
			CHECK(c->problem != NULL && c->value == 0,
			    "%s is not a number", cases[i].cell);
	}
	expect_diag(INLINE ":18:2: error: value \"七百\" is not a number");
	commitment_list_free(&l);

	rc = read_text("指标,目标值,单位\n空,,个\n空白,\"  \",个\n", &l);
	CHECK(rc == 2, "empty value cells: 2 problems (rc %ld)", rc);
	expect_diag(INLINE ":2:2: error: 目标值 is empty");
	expect_diag(INLINE ":3:2: error: 目标值 is empty");
	expect_problem(find(&l, "空"), 2, "目标值为空");
	commitment_list_free(&l);
}

/* Upper bounds and comparators, as written or typed by a clerk. */
static void
test_bounds_and_comparators(void)
{
	struct commitment_list l = {0};
	long rc = read_text("metric,value,value_max,unit,comparator\n"
	    "a,6,7,万人,区间\n"
	    "b,5,,%,>=\n"
	    "c,5,9,%,以上\n"
	    "d,5,,%,多于\n"
	    "e,5,abc,%,\n"
	    "f,5,,%, ≤ \n", &l);
	CHECK(rc == 2 && l.n == 6, "bounds: 2 problems in 6 rows (rc %ld, "
	    "%zu rows)", rc, l.n);
	expect_counts(2, 0, "bounds");
	expect_row(find(&l, "a"), "a", 2, 6, 7, "万人", CMP_RANGE);
	expect_row(find(&l, "b"), "b", 3, 5, 5, "%", CMP_GE);
	expect_row(find(&l, "c"), "c", 4, 5, 9, "%", CMP_GE);
	expect_problem(find(&l, "d"), 5, "比较“多于”无法识别");
	expect_diag(INLINE ":5:5: error: comparator \"多于\" is not one of 达到 "
	    "以上 超过 左右 以内 低于 区间");
	const struct commitment *c = find(&l, "d");
	CHECK(c != NULL && c->cmp == CMP_EQ, "unknown comparator: 达到");
	expect_problem(find(&l, "e"), 6, "上限“abc”不是数字");
	expect_diag(INLINE ":6:3: error: value_max \"abc\" is not a number");
	expect_row(find(&l, "f"), "f", 7, 5, 5, "%", CMP_LE);
	commitment_list_free(&l);

	rc = read_text("指标,目标值,单位,比较\na,1,个,多于,\n", &l);
	CHECK(rc == 1 && l.n == 1, "ragged and bad comparator: one row with "
	    "a problem");
	expect_problem(find(&l, "a"), 2,
	    "本行有5列，表头有4列；比较“多于”无法识别");
	commitment_list_free(&l);
}

/* Each strict-mode error, where it happened and what it says. */
static void
test_syntax_errors(void)
{
	static const struct {
		const char *text, *diag;
	} cases[] = {
		{"指标,目标值,单位,原文\n完成投资,300,亿元,\"年内完成\n"
		    "城镇新增就业,6.72,万人,\"城镇\"\n",
		    ":2:4: error: unbalanced quote: the field opened here runs on "
		    "past its line, to a quote followed by text on text line 3"},
		{"指标,目标值,单位\n他说\"好\",8,个\n",
		    ":2:1: error: quote inside an unquoted field (quote the whole "
		    "field and double the quote: \"\")"},
		{"指标,目标值,单位\n\"好\"的,8,个\n",
		    ":2:1: error: text after the closing quote (a quote inside a "
		    "quoted field is doubled: \"\")"},
		{"指标,目标值,单位\n新开工, \"8\",个\n",
		    ":2:2: error: space before an opening quote"},
		{"指标,目标值,单位\n新开工,\"8\" ,个\n",
		    ":2:2: error: space after a closing quote"},
		{"\"指标\"x,目标值,单位\n",
		    ":1:1: error: text after the closing quote (a quote inside a "
		    "quoted field is doubled: \"\")"},
		{"指标,目标值,单位\r\n\r\na,1,个\r\nb,2,\"个\r\n",
		    ":4:3: error: unbalanced quote: the field opened here is never "
		    "closed"},
	};
	char want[512];

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		struct commitment_list l = {0};
		long rc = read_text(cases[i].text, &l);
		CHECK(rc == -1 && l.n == 0, "syntax error %zu: rejected", i);
		snprintf(want, sizeof want, "%s%s", INLINE, cases[i].diag);
		expect_diag(want);
		commitment_list_free(&l);
	}
}

/* Record numbers as a spreadsheet shows them: blank lines count, line
 * breaks inside quotes do not; CR, LF and CR LF all end records. */
static void
test_record_numbers(void)
{
	struct commitment_list l = {0};
	long rc = read_text("指标,目标值,单位\r\ra,1,个\rb,2,个", &l);
	CHECK(rc == 0 && l.n == 2 && l.v[0].row == 3 && l.v[1].row == 4,
	    "CR only, blank line, no final newline");

	commitment_list_free(&l);
	rc = read_text("指标,目标值,单位,原文\r\n\"a\",1,个,\"x\r\ny\"\r\n\r\n"
	    "b,2,个,z\r\n", &l);
	CHECK(rc == 0 && l.n == 2 && l.v[0].row == 2 && l.v[1].row == 4,
	    "CR LF, quoted line break, blank line");
	if (l.n > 0)
		CHECK_STR(record_get(&l.v[0].rec, FIELD_QUOTE), "x\ny",
		    "CR LF in a cell read as LF");

	commitment_list_free(&l);
	rc = read_text("\n\n指标,目标值,单位\n \t\n,,\na,1,个\n", &l);
	CHECK(rc == 0 && l.n == 1 && l.v[0].row == 6,
	    "blank lines before the header and blank rows skipped");
	expect_counts(0, 0, "blank rows");
	commitment_list_free(&l);
}

/* Headers as clerks leave them. */
static void
test_headers(void)
{
	struct commitment_list l = {0};
	long rc = read_text("\xEF\xBB\xBF\xEF\xBB\xBF\"指标\",\"目标值\",\"单位\""
	    "\r\n\"a\",\"1\",\"个\"\r\n", &l);
	CHECK(rc == 0 && l.n == 1, "doubled BOM before a quoted header");
	commitment_list_free(&l);

	rc = read_text("Metric, VALUE ,Unit,指标,,\na,1,个,b,,\n", &l);
	CHECK(rc == 0 && l.n == 1, "English keys in any case, spaces, "
	    "unnamed columns");
	expect_diag(INLINE ":1:4: warning: column \"指标\" appears twice; the "
	    "first is used");
	expect_counts(0, 1, "duplicate column");
	CHECK(diag_count(DIAG_NOTE) == 0, "unnamed columns ignored silently");
	if (l.n > 0)
		CHECK_STR(record_get(&l.v[0].rec, FIELD_METRIC), "a",
		    "the first of duplicates is used");
	commitment_list_free(&l);

	rc = read_text("", &l);
	CHECK(rc == 0 && l.n == 0, "empty file: no rows");
	expect_diag(INLINE ": warning: empty input: no rows");

	rc = read_text("指标,目标值,单位\r\n", &l);
	CHECK(rc == 0 && l.n == 0, "header only: no rows");
	expect_counts(0, 0, "header only: left to the caller");
}

/* Thousands of rows, appended to a list that has some already. */
static void
test_many_rows(void)
{
	enum { ROWS = 3000 };
	struct commitment_list l = {0};
	FILE *fp = fopen(INLINE, "wb");
	if (fp == NULL) {
		CHECK(0, "%s opened", INLINE);
		return;
	}
	fputs("\xEF\xBB\xBF\"指标\",\"目标值\",\"单位\",\"原文\"\r\n", fp);
	for (int i = 0; i < ROWS; i++)
		fprintf(fp, "\"指标%d\",\"%d\",\"个\",\"第%d条，\"\"引文\"\"。\"\r\n",
		    i, i, i);
	fclose(fp);
	read_csv(DATA "bad-number.csv", &l);
	long rc = read_csv(INLINE, &l);
	CHECK(rc == 0 && l.n == ROWS + 3, "%d rows appended (rc %ld, %zu rows)",
	    ROWS, rc, l.n);
	const struct commitment *c = &l.v[l.n - 1];
	CHECK(c->row == ROWS + 1 && c->value == ROWS - 1,
	    "last row: record %d, value %d", ROWS + 1, ROWS - 1);
	CHECK_STR(record_get(&c->rec, FIELD_QUOTE), "第2999条，\"引文\"。",
	    "last row: quote");
	commitment_list_free(&l);
}

int
main(void)
{
	mkdir("tests/tmp", 0777);
	if (mkdir(TMP, 0777) != 0 && errno != EEXIST) {
		perror(TMP);
		return 2;
	}
	test_extract_default();
	test_english_lf();
	test_excel_gb18030();
	test_bom_reordered_extra();
	test_bad_number();
	test_ragged();
	test_rejected_files();
	test_formula_guard();
	test_crlf_quoted_newline();
	test_numbers();
	test_bounds_and_comparators();
	test_syntax_errors();
	test_record_numbers();
	test_headers();
	test_many_rows();
	return CHECK_DONE();
}
