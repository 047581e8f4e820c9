/*
 * Unit tests for each pattern family, and for the matcher on single
 * sentences: what is a commitment, with which value, unit and comparator,
 * and what is not (dates, sessions, slogans, size classes, past results).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../common/record.h"
#include "../../extract/doc.h"
#include "../../extract/lexicon.h"
#include "../../extract/match.h"
#include "../../extract/patterns.h"
#include "../../extract/prepare.h"
#include "check.h"

/* The text of group name of the last match of id on s, or "". */
static const char *
group_text(enum pattern_id id, const char *s, const char *name)
{
	static char buf[256];
	size_t a, b;
	int g = name ? pat_group(id, name) : 0;
	buf[0] = '\0';
	if (name && g <= 0)
		return "(no such group)";
	pat_span(g, &a, &b);
	if (a != (size_t)-1 && b - a < sizeof buf) {
		memcpy(buf, s + a, b - a);
		buf[b - a] = '\0';
	}
	return buf;
}

static void
expect_group(enum pattern_id id, const char *s, const char *name,
    const char *want)
{
	int rc = pat_match(id, s, strlen(s), 0);
	if (rc != 1) {
		CHECK(0, "%s matches \"%s\"", pattern_name(id), s);
		return;
	}
	CHECK_STR(group_text(id, s, name), want, "%s on \"%s\": %s",
	    pattern_name(id), s, name ? name : "match");
}

static void
expect_no_match(enum pattern_id id, const char *s)
{
	CHECK(pat_match(id, s, strlen(s), 0) == 0,
	    "%s does not match \"%s\"", pattern_name(id), s);
}

/* Expects the first cue word the lexicon finds in s to be want ("" for
 * none). */
static void
expect_cue(const char *s, const char *want)
{
	struct lex_hit hit[8];
	size_t n = lex_scan(LEX_CUE, s, 0, 0, strlen(s), strlen(s), hit, 8);
	char got[64] = "";
	if (n > 0 && hit[0].b - hit[0].a < sizeof got) {
		memcpy(got, s + hit[0].a, hit[0].b - hit[0].a);
		got[hit[0].b - hit[0].a] = '\0';
	}
	CHECK_STR(got, want, "cue in \"%s\"", s);
}

/* Runs the whole extractor on text; returns the rows in *l. */
static void
extract(const char *text, struct record_list *l)
{
	struct doc d;
	memset(&d, 0, sizeof d);
	memset(l, 0, sizeof *l);
	d.file = "t.txt";
	struct match_stats stats;
	if (doc_build_text(&d, strdup(text), strlen(text)) != 0 ||
	    doc_prepare(&d, NULL) != 0 ||
	    match_doc(&d, "t.txt", l, &stats, NULL, NULL) != 0)
		CHECK(0, "extraction ran on \"%s\"", text);
	doc_free(&d);
}

/* Expects exactly one row with value, value_max, unit and comparator. */
static void
expect_row(const char *text, const char *value, const char *value_max,
    const char *unit, const char *comparator)
{
	struct record_list l;
	extract(text, &l);
	CHECK(l.n == 1, "one row from \"%s\" (got %zu)", text, l.n);
	if (l.n >= 1) {
		const struct record *r = &l.v[0];
		CHECK_STR(record_get(r, FIELD_VALUE), value, "%s: value", text);
		CHECK_STR(record_get(r, FIELD_VALUE_MAX), value_max, "%s: value_max", text);
		CHECK_STR(record_get(r, FIELD_UNIT), unit, "%s: unit", text);
		CHECK_STR(record_get(r, FIELD_COMPARATOR), comparator, "%s: comparator", text);
	}
	record_list_free(&l);
}

/* Expects no row at all. */
static void
expect_none(const char *text)
{
	struct record_list l;
	extract(text, &l);
	CHECK(l.n == 0, "no row from \"%s\" (got %zu%s%s)", text, l.n,
	    l.n ? ": " : "", l.n ? record_get(&l.v[0], FIELD_VALUE) : "");
	record_list_free(&l);
}

/* Expects n rows and checks field f of row i. */
static void
expect_field(const char *text, size_t n, size_t i, enum field f,
    const char *want)
{
	struct record_list l;
	extract(text, &l);
	CHECK(l.n == n, "%zu rows from \"%s\" (got %zu)", n, text, l.n);
	if (l.n > i)
		CHECK_STR(record_get(&l.v[i], f), want, "%s: row %zu %s", text, i,
		    record_columns[f].key);
	record_list_free(&l);
}

int
main(void)
{
	if (patterns_init() != 0) {
		CHECK(0, "patterns compile");
		return CHECK_DONE();
	}
	match_prepare();

	/* Units after a number. */
	expect_group(PAT_UNIT, "亿元以上", "money", "元");
	expect_group(PAT_UNIT, "亿元以上", "scale", "亿");
	expect_group(PAT_UNIT, "亿元以上", "sge", "以上");
	expect_group(PAT_UNIT, " 万元项目", "money", "元");
	expect_group(PAT_UNIT, "个百分点", "pct", "个百分点");
	expect_group(PAT_UNIT, "万千瓦以上", "measure", "千瓦");
	expect_group(PAT_UNIT, "家以上", "count", "家");
	expect_group(PAT_UNIT, "多万人", "approx", "多");
	expect_no_match(PAT_UNIT, "个月");
	expect_no_match(PAT_UNIT, "项目");
	expect_no_match(PAT_UNIT, "年");
	expect_no_match(PAT_UNIT, "台阶");

	/* Cues, periods and comparators. */
	expect_cue("力争全年", "力争");
	expect_cue("社会消费品零售额要达到", "要");
	expect_cue("主要任务和重要举措", "");
	expect_group(PAT_PERIOD, "到2025年底", NULL, "到2025年底");
	expect_group(PAT_PERIOD, "“十四五”期间", NULL, "“十四五”期间");
	expect_group(PAT_CMP_BEFORE, "开票销售突破", "gt", "突破");
	expect_group(PAT_CMP_BEFORE, "控制在", "le", "控制在");
	expect_group(PAT_CMP_BEFORE, "不低于", "ge", "不低于");
	expect_no_match(PAT_CMP_BEFORE, "通过");
	expect_cue("去年全市完成", "去年");
	expect_cue("比去年增长", "");

	/* Paragraph kinds and who committed. */
	expect_group(PAT_HEADING, "一、2025年工作回顾", NULL, "一、");
	expect_group(PAT_HEADING, "## 三、2016年重点工作", NULL, "## 三、");
	expect_group(PAT_SUBHEADING, "（一）聚力扩大有效需求", NULL, "（一）");
	expect_group(PAT_INTERVIEW, "——访市委常委、卸甲镇党委书记 周伟", "name", "周伟");
	expect_group(PAT_INTERVIEW, "——访高邮镇党委书记张中斌", "name", "张中斌");
	expect_group(PAT_REPORT_SPEAKER, "邢台市人民政府市长 刘文萍", "name", "刘文萍");
	expect_group(PAT_REPORT_SPEAKER, "邢台市人民政府市长 刘文萍", "org", "邢台市");
	expect_group(PAT_REPORT_SPEAKER, "市长伊力哈木·沙比尔", "name", "伊力哈木·沙比尔");
	expect_group(PAT_REPORT_ORG, "2004年1月3日在长沙市第十二届人民代表大会", "org", "长沙市");
	expect_group(PAT_TITLE_SPEAKER, "白城市政府工作报告（2025年1月7日 杨大勇）", "name", "杨大勇");
	expect_group(PAT_OFFICIAL, "近日，市委常委、卸甲镇党委书记周伟在接受记者采访时说", "name", "周伟");
	expect_group(PAT_POST_ORG, "高新区党工委书记", "org", "高新区");
	expect_group(PAT_PAST_HEADING, "一、“十四五”时期经济社会发展回顾", NULL, "回顾");
	expect_group(PAT_FUTURE_HEADING, "三、2026年工作安排", NULL, "工作安排");

	/* Commitments: value, value_max, unit, comparator. */
	expect_row("力争全年工业开票销售突破700亿元。", "700", "", "亿元", "超过");
	expect_row("确保全年新开工亿元以上项目8个。", "8", "", "个", "达到");
	expect_row("全年实际利用外资2000万美元。", "2000", "", "万美元", "达到");
	expect_row("全年新招引科技型企业7家以上。", "7", "", "家", "以上");
	expect_row("确保全年新开工亿元以上项目 8\n个。", "8", "", "个", "达到");
	expect_row("力争全年新增就业二百二十七万人。", "227", "", "万人", "达到");
	expect_row("力争粮食产量二百九十亿到三百亿斤。", "290", "300", "亿斤", "区间");
	expect_row("预期地区生产总值增长6%—7%。", "6", "7", "%", "区间");
	expect_row("预期地区生产总值增长7%～7.5%。", "7", "7.5", "%", "区间");
	expect_row("预期地区生产总值增长8.5%-8.7%。", "8.5", "8.7", "%", "区间");
	expect_row("预期地区生产总值增长6~7%。", "6", "7", "%", "区间");
	expect_row("预期居民收入增长百分之五以上。", "5", "", "%", "以上");
	expect_row("今年城镇登记失业率控制在４．５％以内。", "4.5", "", "%", "以内");
	expect_row("今年城镇调查失业率控制在5.5%左右。", "5.5", "", "%", "左右");
	expect_row("今年人口自然增长率控制在5‰以内。", "5", "", "‰", "以内");
	expect_row("今年单位能耗降低3个百分点。", "3", "", "个百分点", "达到");
	expect_row("今年农业税税率降低一个百分点。", "1", "", "个百分点", "达到");
	expect_row("力争全年研发投入增长1.2万元。", "1.2", "", "万元", "达到");
	expect_row("今年力争引进资金3千万元。", "3000", "", "万元", "达到");
	expect_row("确保年内完成投资五二九点零七亿元。", "529.07", "", "亿元", "达到");
	expect_row("力争年度完成投资超70亿元。", "70", "", "亿元", "超过");
	expect_row("今年要使贫困人口减少6800多万。", "6800", "", "万", "超过");
	expect_row("力争全年保六争八。", "6", "8", "%", "区间");
	expect_row("确保覆盖率不低于三分之一。", "33.33", "", "%", "以上");
	expect_row("今年人均补助提高到一百十一元五角。", "111.5", "", "元", "达到");
	expect_row("今年人均补助提高到12元5角6分。", "12.56", "", "元", "达到");

	/* Not commitments. */
	expect_none("2022年12月29日上午，中共高邮市委十二届四次全会胜利召开。");
	expect_none("市委明确了2023 年要以“发力奋进年”为总抓手，实现“七个更”的突破。");
	expect_none("要努力抓好“四个第一”。");
	expect_none("今年要扎实开展产业提升“三大行动”，重点实施“企业培育2218计划”。");
	expect_none("今年要研究出台“1+2”重点产业链智改数转指导性意见。");
	expect_none("今年要跻身世界500强。");
	expect_none("要构建“一园一地三中心”科技创新孵化链条。");
	expect_none("今年重点聚力七个方面工作，深化十项重点治理举措。");
	expect_none("今年要新改建G234国道。");
	expect_none("去年全市完成地区生产总值928亿元。");
	expect_none("全市地区生产总值达到928亿元。"); /* no cue: a fact */
	expect_none("确保用三年时间建成。");

	/* Chinese numerals: counts of concrete things stay, wording goes. */
	expect_row("要求年内有十个项目建成投产。", "10", "", "个", "达到");
	expect_field("全年新签约项目八个，其中十亿元以上项目一个。", 2, 1,
	    FIELD_VALUE, "1");
	expect_none("今年要打造一批特色街区。");
	expect_none("今年要着力构筑以高新区、经开区两个国家级工业园区为龙头的产业带。");
	expect_none("今年要实施‘头雁效应’提升行动、‘三项推选’示范行动。");
	expect_none("今年要严格落实中央八项规定精神。");
	expect_none("今年要扶优扶强一批，改造提升一批，淘汰出清一批。");
	expect_field("2025年政府工作报告\n\n各位代表：\n\n二、2025年重点工作\n\n"
	    "新建学校3所。\n\n名词解释\n\n1.“三个一批”：到2025年建设5个园区。",
	    1, 0, FIELD_VALUE, "3");
	expect_field("今年8.建设农村公路1200公里。", 1, 0, FIELD_METRIC, "建设农村公路");
	expect_field("1982年政府工作报告\n\n各位代表：\n\n二、今后一年的主要任务\n\n"
	    "到一九八一年底，全省工业固定资产原值七十五亿元。今年粮食产量要达到"
	    "三百亿斤。", 1, 0, FIELD_VALUE, "300");
	expect_none("今年要求抓好，目前全省正在试点的企业有三百二十二个。");

	/* Who, what and where. */
	expect_field("其中，今年全年新签约亿元以上制造业项目8个，其中10亿元以上项目1个。",
	    2, 1, FIELD_VALUE, "1");
	expect_field("确保全年新开工亿元以上项目 8 个、5000 万元项目 5 个。",
	    2, 1, FIELD_METRIC, "新开工5000 万元项目");
	expect_field("力争全年工业开票销售突破700亿元。", 1, 0, FIELD_METRIC, "工业开票销售");
	expect_field("力争全年工业开票销售突破700亿元。", 1, 0, FIELD_MODALITY, "力争");
	expect_field("力争全年工业开票销售突破700亿元。", 1, 0, FIELD_PERIOD, "全年");
	expect_field("今年完成农业总产值、乡镇企业产值１４３亿元和９５８亿元。",
	    2, 1, FIELD_VALUE, "958");
	expect_field("力争全年工业开票销售突破700\n亿元。", 1, 0, FIELD_LINE, "1");


	patterns_free();
	return CHECK_DONE();
}
