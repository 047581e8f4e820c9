/*
 * The extractor's rules, one class of sentences at a time: for each class
 * at least two texts of this project's own making, each with the rows
 * it must give (and the fields that say what the rule decides). A rule
 * that only fits one line of one text would fail its second variant.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../common/record.h"
#include "../../extract/doc.h"
#include "../../extract/match.h"
#include "../../extract/patterns.h"
#include "../../extract/prepare.h"
#include "check.h"

/* The front of a work report of 2025 and its two sections. */
#define REPORT(review, plan) \
	"2025年江城市政府工作报告\n\n" \
	"——2025年1月10日在江城市第十届人民代表大会第四次会议上\n\n" \
	"市长 王明\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作。\n\n" \
	"一、2024年工作回顾\n\n" review "\n\n二、2025年工作安排\n\n" plan "\n"

/* A report dated in December of 2024: it plans 2025. */
#define DECEMBER_REPORT(review, plan) \
	"江城市政府工作报告（2024年12月20日 王明）\n\n" \
	"——2024年12月20日在江城市第十届人民代表大会第四次会议上\n\n" \
	"市长 王明\n\n各位代表：\n\n" review "\n\n" plan "\n"

/* One expectation: text gives rows rows; when field < FIELD_COUNT, row
 * row's field is want. */
struct rule {
	const char *class;
	const char *text;
	size_t rows;
	size_t row;
	enum field field;
	const char *want;
};

static const struct rule rules[] = {
	/* Time per clause: a number's own evidence wins over its section. */
	{"a review's number with no cue of its own is a result",
	    REPORT("全年新开工项目120个，地区生产总值增长5.2%。",
	    "确保新开工项目150个。"), 1, 0, FIELD_VALUE, "150"},
	{"a review's number with no cue of its own is a result",
	    REPORT("全市完成固定资产投资860亿元。", "完成固定资产投资900亿元。"),
	    1, 0, FIELD_VALUE, "900"},
	{"a future cue in a review's own clause still commits",
	    REPORT("去年新建学校8所，今年力争新建学校12所。", "新建公园3个。"),
	    2, 0, FIELD_VALUE, "12"},
	{"a future cue in a review's own clause still commits",
	    REPORT("全市新增就业1万人，明年要新增就业2万人。",
	    "新增就业3万人。"), 2, 0, FIELD_VALUE, "2"},
	{"a plan's sentence that says 去年 is a result",
	    REPORT("地区生产总值增长5%。",
	    "去年新开工项目120个，今年新开工项目150个。"), 1, 0, FIELD_VALUE, "150"},
	{"a plan's sentence that says 去年 is a result",
	    REPORT("地区生产总值增长5%。",
	    "上年完成投资860亿元。今年完成投资900亿元以上。"), 1, 0, FIELD_VALUE,
	    "900"},
	{"a year before the document's is a result",
	    "新闻：今年全市力争引进项目50个。2023年全市引进项目42个。\n",
	    1, 0, FIELD_VALUE, "50"},
	{"a year before the document's is a result",
	    "2024年全县实现地区生产总值320亿元。2025年，全县力争实现地区生产总值"
	    "350亿元。\n", 1, 0, FIELD_VALUE, "350"},
	{"a verb with 了 before a number reports a result",
	    "今年以来，我们组织了一万五千名干部下乡，全年要培训干部二千人。\n",
	    1, 0, FIELD_VALUE, "2000"},
	{"a verb with 了 before a number reports a result",
	    "全县建成了标准化厂房30万平方米，力争新建厂房20万平方米。\n",
	    1, 0, FIELD_VALUE, "20"},
	{"a report dated in its last quarter plans the next year",
	    DECEMBER_REPORT("2024年工作回顾\n\n2024年全市新增就业1.5万人。",
	    "2025年工作安排\n\n新增就业1.8万人。"), 1, 0, FIELD_PERIOD, "2025年"},
	{"a report dated in its last quarter plans the next year",
	    DECEMBER_REPORT("2024年工作回顾\n\n全年建成公园5个。",
	    "2025年政府工作\n\n建成公园8个。"), 1, 0, FIELD_VALUE, "8"},
	{"a heading that names nothing is judged by what its section says",
	    REPORT("地区生产总值增长5%。", "") "三、鼓足干劲开新局\n\n"
	    "2025年是关键之年。力争新开工项目60个，确保新增就业1万人，"
	    "要建成公园4个。\n", 3, 0, FIELD_VALUE, "60"},
	{"a heading that names nothing is judged by what its section says",
	    REPORT("地区生产总值增长5%。", "") "三、踔厉奋发\n\n"
	    "今年要建成学校5所，力争引进企业20家，确保投资增长8%。\n",
	    3, 2, FIELD_VALUE, "8"},
	{"a heading's five-year horizon is its section's period",
	    REPORT("全市新增就业1.5万人。", "新增就业1.8万人。")
	    "三、今后五年的主要目标\n\n全市城镇新增就业累计达到10万人。\n",
	    2, 1, FIELD_PERIOD, "今后五年（2025—2029年）"},
	{"a heading's five-year horizon is its section's period",
	    REPORT("全市新增就业1.5万人。", "")
	    "三、今后五年目标任务和2025年工作安排\n\n全市新建学校8所。\n",
	    1, 0, FIELD_PERIOD, "2025年"},
	{"a review that says 今年是 keeps its section",
	    REPORT("今年是关键一年。全市新增就业1.5万人，建成学校6所。",
	    "新增就业1.8万人。"), 1, 0, FIELD_VALUE, "1.8"},
	{"a review that says 今年是 keeps its section",
	    REPORT("今年是攻坚之年。我们完成投资500亿元。", "完成投资600亿元。"),
	    1, 0, FIELD_VALUE, "600"},

	/* Stories: each sentence speaks for itself, and for the ones after. */
	{"a weak cue sets the time of a story's next sentences",
	    "全市还将全力推动工业项目落地。开工建设重大工业项目15个。\n",
	    1, 0, FIELD_VALUE, "15"},
	{"a weak cue sets the time of a story's next sentences",
	    "该区将着力扩大有效投资。新开工项目30个，竣工项目20个。\n",
	    2, 1, FIELD_VALUE, "20"},
	{"a story's sentence with no cue and a past paragraph gives nothing",
	    "全市地区生产总值增长6.2%。工业增加值增长7.1%。\n", 0, 0,
	    FIELD_COUNT, NULL},
	{"a story's sentence with no cue and a past paragraph gives nothing",
	    "去年全县粮食总产量达到52万吨。农民人均收入增长7%。\n", 0, 0,
	    FIELD_COUNT, NULL},

	/* Lists. */
	{"a 分别 list pairs its items with its values in order",
	    "今年资产、净资产、营业收入分别超过2400亿元、1000亿元和160亿元。\n",
	    3, 2, FIELD_METRIC, "营业收入"},
	{"a 分别 list pairs its items with its values in order",
	    "今年力争工业投资、技改投资分别增长12%和15%。\n", 2, 1,
	    FIELD_METRIC, "技改投资增长"},
	{"one value under 各 or 均 holds for every item",
	    "今年新增城镇就业、转移农村劳动力就业各1万人。\n", 2, 1,
	    FIELD_METRIC, "转移农村劳动力就业"},
	{"one value under 各 or 均 holds for every item",
	    "今年化肥、农药使用量均减少2%以上。\n", 2, 0, FIELD_COMPARATOR, "以上"},
	{"the last item's measure noun belongs to every item",
	    "到2025年，全国化学需氧量和二氧化硫排放总量分别控制在2300万吨、"
	    "2000万吨。\n", 2, 0, FIELD_METRIC, "化学需氧量排放总量"},
	{"the last item's measure and comparison belong to every item (…排放总量比2020年)",
	    "到2025年，全市化学需氧量、氨氮排放总量比2020年分别下降8%、10%。\n", 2, 0,
	    FIELD_METRIC, "化学需氧量排放总量比2020年下降"},
	{"the last item's measure and comparison belong to every item (…排放总量比2020年)",
	    "今年，全县二氧化硫、氮氧化物排放总量比上年分别下降3%和4%。\n", 2, 0,
	    FIELD_METRIC, "二氧化硫排放总量比上年下降"},
	{"the last item's measure noun belongs to every item",
	    "今年城镇和农村居民人均可支配收入分别增长5%和7%。\n", 2, 0,
	    FIELD_METRIC, "城镇居民人均可支配收入增长"},
	{"a comma between digits (11,194亿元) groups thousands, it ends no clause",
	    "今年全市财政收入达到2,567亿元，五年合计为11,194亿元，比上个五年增加4,376亿元。\n",
	    3, 2, FIELD_METRIC, "五年合计比上个五年增加"},
	{"a comma between digits (11,194亿元) groups thousands, it ends no clause",
	    "今年全市一般公共预算收入、税收收入分别达到1,200亿元和1,050亿元。\n", 2, 1,
	    FIELD_VALUE, "1050"},
	{"a plan's sum over its years (合计) is one of its targets, no tally of what is",
	    "今后五年，全市城镇新增就业合计30万人，农村劳动力转移就业合计20万人。\n",
	    2, 1, FIELD_VALUE, "20"},
	{"a plan's sum over its years (合计) is one of its targets, no tally of what is",
	    "今年全市财政收入达到2,567亿元，五年合计为11,194亿元。\n", 2, 1,
	    FIELD_VALUE, "11194"},
	{"a year between a plan's average and the number is the number's period",
	    "江城市国民经济和社会发展第十四个五年规划纲要\n\n粮食，平均每年产量41,500万吨"
	    "（其中2025年42,500万吨）。\n", 2, 1, FIELD_PERIOD, "2025年"},
	{"a year between a plan's average and the number is the number's period",
	    "江城市国民经济和社会发展第十四个五年规划纲要\n\n棉花，平均每年产量42万吨"
	    "（其中2025年45万吨）。\n", 2, 1, FIELD_PERIOD, "2025年"},
	{"a grade alone in a list of counts (6个世界级、7个国家级…产业集群) counts what the last item names",
	    "今年培育6个世界级、7个国家级、9个区域级产业集群。\n", 3, 1, FIELD_METRIC,
	    "培育国家级产业集群"},
	{"a grade alone in a list of counts (6个世界级、7个国家级…产业集群) counts what the last item names",
	    "今年创建2家省级、10家市级放心消费示范单位。\n", 2, 0, FIELD_METRIC,
	    "创建省级放心消费示范单位"},
	{"a number with no verb before it measures the words after it",
	    "今年确保44亿元国家政策性资金落地见效。\n", 1, 0, FIELD_METRIC,
	    "国家政策性资金落地见效"},
	{"a number with no verb before it measures the words after it",
	    "今年力争60%以上项目达到可研深度。\n", 1, 0, FIELD_METRIC,
	    "项目达到可研深度"},
	{"the part of a year's plan done (完成年度计划119%) is a result",
	    REPORT("城镇新增就业4.4万人，完成年度计划119%。",
	    "城镇新增就业5万人。"), 1, 0, FIELD_VALUE, "5"},
	{"the part of a year's plan done (完成年度计划119%) is a result",
	    REPORT("实施重点项目876个，完成年度计划投资的116.2%。",
	    "实施重点项目900个。"), 1, 0, FIELD_VALUE, "900"},
	{"a count unit with the other thing it may count in brackets (套（间）) is one unit",
	    "今年新增保障性租赁住房47万套（间）以上。\n", 1, 0, FIELD_UNIT, "万套（间）"},
	{"a count unit with the other thing it may count in brackets (套（间）) is one unit",
	    "今年新增保障性租赁住房47万套（间）以上。\n", 1, 0, FIELD_COMPARATOR, "以上"},
	{"a count unit with the other thing it may count in brackets (套（间）) is one unit",
	    "今年全市生猪出栏达到120万头（只）。\n", 1, 0, FIELD_UNIT, "万头（只）"},
	{"a clause that says how a value is reckoned (按…计算) is no subject: the one before is",
	    "今年工业总产值，按照2020年不变价格计算，达到1200亿元。\n", 1, 0,
	    FIELD_METRIC, "工业总产值"},
	{"a clause that says how a value is reckoned (按…计算) is no subject: the one before is",
	    "今年全市地区生产总值，按可比价计算，达到520亿元，比上年增长6%。\n", 2, 0,
	    FIELD_METRIC, "地区生产总值"},
	{"an average after a comparison (比上年增长6%，平均每年增长5.5%) keeps the subject",
	    "今年全市地区生产总值，按可比价计算，达到520亿元，比上年增长6%，"
	    "平均每年增长5.5%。\n", 3, 2, FIELD_METRIC, "地区生产总值平均每年增长"},
	{"an average after a comparison (比上年增长6%，平均每年增长5.5%) keeps the subject",
	    "今年农业总产值达到80亿元，比上年增长4%，年均增长3%。\n", 3, 2,
	    FIELD_METRIC, "农业总产值年均增长"},
	{"a topic that opens its sentence (棉花，平均每年产量…) is what a bare measure measures",
	    "今年粮食，平均每年产量52万吨。\n", 1, 0, FIELD_METRIC,
	    "粮食平均每年产量"},
	{"a topic that opens its sentence (棉花，平均每年产量…) is what a bare measure measures",
	    "今年蔬菜，平均每年产量80万吨（其中露地蔬菜50万吨）。\n", 2, 0,
	    FIELD_METRIC, "蔬菜平均每年产量"},
	{"a bracket that opens a part (（其中…）) opens no name",
	    "今年蔬菜，平均每年产量80万吨（其中露地蔬菜50万吨）。\n", 2, 1,
	    FIELD_METRIC, "露地蔬菜"},
	{"a bracket that opens a part (（其中…）) opens no name",
	    "今年新建学校12所（其中高中3所）。\n", 2, 1, FIELD_METRIC, "新建高中"},
	{"a value whose clause says only a cue has the metric before it",
	    "今年地区生产总值增长6%，力争7%。\n", 2, 1, FIELD_METRIC,
	    "地区生产总值增长"},
	{"a value whose clause says only a cue has the metric before it",
	    "全年固定资产投资增长8%以上，争取10%。\n", 2, 1, FIELD_METRIC,
	    "固定资产投资增长"},
	{"a 分别 without items takes those of the clause before",
	    "今年完成农业总产值、工业总产值140亿元和900亿元，分别增长5%和14%。\n",
	    4, 3, FIELD_METRIC, "工业总产值增长"},
	{"a 分别 without items takes those of the clause before",
	    "今年粮食和油料产量分别达到300万吨、20万吨，分别增长2%和3%。\n",
	    4, 2, FIELD_METRIC, "粮食产量增长"},
	{"a list's trailing 以上 covers values with none of their own",
	    "今年可办率、使用率分别达65%、60%以上。\n", 2, 0, FIELD_COMPARATOR,
	    "以上"},
	{"a list's trailing 以上 covers values with none of their own",
	    "今年新建平台15个、工厂10家、企业30家以上、园区5个以上。\n", 4, 0,
	    FIELD_COMPARATOR, "达到"},
	{"a trailing 以上 after items of their own is the last value's",
	    "今年新增家庭农场60家、农民合作社40家、农业企业20家以上。\n", 3, 0,
	    FIELD_COMPARATOR, "达到"},
	{"a trailing 以上 after items of their own is the last value's",
	    "全年培育高新技术企业5家、科技型企业20家以上。\n", 2, 1,
	    FIELD_COMPARATOR, "以上"},

	/* Metrics. */
	{"a clause with no subject takes the one before",
	    "今年力争实现工业增加值320亿元，增长15%。\n", 2, 1, FIELD_METRIC,
	    "工业增加值增长"},
	{"a clause with no subject takes the one before",
	    "全年实现旅游总收入510亿元，增长19%。\n", 2, 1, FIELD_METRIC,
	    "旅游总收入增长"},
	{"a list's items share its head verb and what it counts",
	    "今年新增省级示范村20个以上、省级中心村50个左右。\n", 2, 1,
	    FIELD_METRIC, "新增省级中心村"},
	{"a list's items share its head verb and what it counts",
	    "今年签约亿元以上项目600个、开工500个、投产400个以上。\n", 3, 2,
	    FIELD_METRIC, "投产亿元以上项目"},
	{"a value before a shared noun takes the noun",
	    "今年新建4万亩、改造提升8万亩高标准农田。\n", 2, 0, FIELD_METRIC,
	    "新建高标准农田"},
	{"a value before a shared noun takes the noun",
	    "今年新建2个、改扩建3个污水处理厂。\n", 2, 0, FIELD_METRIC,
	    "新建污水处理厂"},
	{"a part after 其中 takes the verb of the whole",
	    "今年培育亿元级企业80户，其中十亿元级企业11户、百亿元级企业2户。\n",
	    3, 2, FIELD_METRIC, "培育百亿元级企业"},
	{"a part after 其中 takes the verb of the whole",
	    "全年新签约项目80个，其中10亿元以上项目12个。\n", 2, 1,
	    FIELD_METRIC, "新签约10亿元以上项目"},

	/* Modality. */
	{"a cue before a comma does not reach the next clause",
	    "今年力争在重大项目上寻求新突破，全年实际利用外资2000万美元。\n",
	    1, 0, FIELD_MODALITY, ""},
	{"a cue before a comma does not reach the next clause",
	    "确保粮食安全，全年粮食产量稳定在300万吨以上。\n", 1, 0,
	    FIELD_MODALITY, ""},
	{"a lead-in before a colon governs its list",
	    "今年主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业1.2万人。\n",
	    2, 1, FIELD_MODALITY, "预期"},
	{"a lead-in before a colon governs its list",
	    "2025年主要预期目标是:地区生产总值增长6%，一般公共预算收入增长3%。\n",
	    2, 1, FIELD_MODALITY, "预期"},
	{"a noun is no cue",
	    "今年实施中小企业成长计划，新增规上企业30家。\n", 1, 0,
	    FIELD_MODALITY, ""},
	{"a noun is no cue",
	    "今年人均预期寿命达到80岁。\n", 1, 0, FIELD_MODALITY, ""},

	/* Periods. */
	{"a report's annual plan is for the report's year",
	    REPORT("地区生产总值增长5%。", "新建学校5所。"), 1, 0, FIELD_PERIOD,
	    "2025年"},
	{"a report's annual plan is for the report's year",
	    REPORT("新增就业1万人。", "全年新增就业1.2万人。"), 1, 0,
	    FIELD_PERIOD, "全年（2025年）"},
	{"a five-year horizon does not run on into the year's plan",
	    REPORT("地区生产总值增长5%。", "今后五年，地区生产总值年均增长6%左右。") "\n"
	    "2025年是开局之年。新建学校5所。\n", 2, 1, FIELD_PERIOD, "2025年"},
	{"a five-year horizon does not run on into the year's plan",
	    REPORT("地区生产总值增长5%。", "居民收入增长5%。")
	    "三、“十五五”时期主要目标\n\n居民收入年均增长6%。\n\n"
	    "四、2025年重点工作\n\n新增就业2万人。\n", 3, 2, FIELD_PERIOD,
	    "2025年"},
	{"a baseline year is no period",
	    "到2025年，万元生产总值能耗比2020年下降13.5%。\n", 1, 0,
	    FIELD_PERIOD, "到2025年"},
	{"a baseline year is no period",
	    "今年要在2024年基础上新增就业5000人。\n", 1, 0, FIELD_VALUE, "5000"},

	/* Numbers that commit nothing. */
	{"a numeral inside a word is no number",
	    "今年要发展汽车零部件产业，新建工厂3个。\n", 1, 0, FIELD_VALUE, "3"},
	{"a numeral inside a word is no number",
	    "今年力争七台河至哈尔滨客运增长5%。\n", 1, 0, FIELD_VALUE, "5"},
	{"a slogan's count is no target",
	    "今年要统筹“两个大局”，全年新增企业100家。\n", 1, 0, FIELD_VALUE,
	    "100"},
	{"a slogan's count is no target",
	    "要重点抓好三件事：一是新建学校5所。\n", 1, 0, FIELD_VALUE, "5"},
	{"the count of a list it follows is no target",
	    "沪杭、浙赣、萧甬三条铁路的改造工程要抓紧施工。\n", 0, 0, FIELD_COUNT,
	    NULL},
	{"the count of a list it follows is no target",
	    "甲县、乙县两个园区要加快建设。\n", 0, 0, FIELD_COUNT, NULL},
	{"a list a verb delivers is counted",
	    "年内完成甲市、乙市、丙市3个试点单位的体系建设。\n", 1, 0,
	    FIELD_VALUE, "3"},
	{"a list a verb delivers is counted",
	    "今年加快甲至乙、丙至丁2条高速公路建设。\n", 1, 0, FIELD_VALUE, "2"},
	{"a plant's capacity in its name is no target",
	    "今年要加快年产50万吨氨基酸项目建设。\n", 0, 0, FIELD_COUNT, NULL},
	{"a plant's capacity in its name is no target",
	    "今年推动百万吨乙烯、热塑性弹性体等10个项目建成投产。\n", 1, 0,
	    FIELD_VALUE, "10"},
	{"a share that does something is no target",
	    "我省日用消费品有百分之三十销售省外市场，百分之十销售国际市场。\n", 0, 0,
	    FIELD_COUNT, NULL},
	{"a share that does something is no target",
	    "今年开展1%人口抽样调查。\n", 0, 0, FIELD_COUNT, NULL},
	{"a share to be reached is a target",
	    "今年尽快实现制造业企业100%使用清洁能源。\n", 1, 0, FIELD_VALUE,
	    "100"},
	{"a share to be reached is a target",
	    "今年力争行政村80%通公交。\n", 1, 0, FIELD_VALUE, "80"},
	{"a baseline is no target",
	    "今年财政补助由380元提高到420元。\n", 1, 0, FIELD_VALUE, "420"},
	{"a baseline is no target",
	    "今年总库存要从去年的61亿元降低到45亿元。\n", 1, 0, FIELD_VALUE, "45"},
	{"a present state is no target",
	    "今年要整合现有的3120个仓库，新建仓库100个。\n", 1, 0, FIELD_VALUE,
	    "100"},
	{"a present state is no target",
	    "目前全市共有企业322个，今年新增企业50个。\n", 1, 0, FIELD_VALUE, "50"},
	{"an estimate or a condition commits nothing",
	    "预计全年地区生产总值增长6%。\n", 0, 0, FIELD_COUNT, NULL},
	{"an estimate or a condition commits nothing",
	    "如果政策到位，碳排放将减少50%以上。\n", 0, 0, FIELD_COUNT, NULL},
	{"an amount spent on an action (投资1.5亿元新建3所幼儿园) is a target, not a class",
	    "今年计划投资1.5亿元新建3所幼儿园。\n", 2, 0, FIELD_VALUE, "1.5"},
	{"an amount spent on an action (投资1.5亿元新建3所幼儿园) is a target, not a class",
	    "今年投入125亿元办好40件民生实事。\n", 2, 0, FIELD_VALUE, "125"},
	{"an amount with a bound before what it classes stays a class (投资10亿元以上签约项目)",
	    "今年力争投资10亿元以上签约项目占比达到15%。\n", 1, 0, FIELD_VALUE, "15"},
	{"a plant's yearly output in its name (年产6000万台空调压缩机项目) is no target, in any unit",
	    "今年加快推进年产6000万台空调压缩机项目建设。\n", 0, 0, FIELD_COUNT, NULL},
	{"a plant's yearly output in its name (年产6000万台空调压缩机项目) is no target, in any unit",
	    "今年加快万方精密年产200台精密数控机床项目建设，新建标准厂房10万平方米。\n", 1, 0,
	    FIELD_VALUE, "10"},
	{"a plant's size before a name in Latin letters (年产2×10万吨PBT项目) is no target",
	    "今年推动开祥化工年产2×10万吨PBT项目二期加快实施。\n", 0, 0, FIELD_COUNT, NULL},
	{"a plant's size before a name in Latin letters (年产2×10万吨PBT项目) is no target",
	    "今年推动乌石化年产200万吨PTA装置扩能，新建标准厂房10万平方米。\n", 1, 0,
	    FIELD_VALUE, "10"},
	{"a project's design figure (全长约120公里, 设计时速100公里) is no target",
	    "今年开工建设江城至河口高速公路，全长约120公里，设计时速100公里。\n", 0, 0,
	    FIELD_COUNT, NULL},
	{"a project's design figure (全长约120公里, 设计时速100公里) is no target",
	    "今年新建城际铁路1条，线路长约60公里，建成公路50公里。\n", 2, 1, FIELD_VALUE,
	    "50"},
	{"what a plan the paragraph presents expects (《…》提出，…。预计到2025年…) is its target",
	    "江城数字经济提速\n\n《江城市数字经济三年行动计划》提出，推动全市数字化转型。"
	    "预计到2025年，全市数字经济增加值达到400亿元。\n", 1, 0, FIELD_VALUE, "400"},
	{"what a plan the paragraph presents expects (《…》提出，…。预计到2025年…) is its target",
	    "河口农业提质增效\n\n市政府印发的《关于加快发展现代农业的意见》提出，要加快农业"
	    "现代化。预计到2025年，全市农业总产值达到300亿元。\n", 1, 0, FIELD_VALUE, "300"},
	{"what is expected by a time still to come (预计到2025年…) is a plan, not an estimate",
	    "江城新能源发展提速\n\n发布时间：2021-03-10\n\n市发改委表示，预计到2025年，全市新能源"
	    "装机规模将达到150万千瓦。\n", 1, 0, FIELD_VALUE, "150"},
	{"what is expected by a time still to come (预计到2025年…) is a plan, not an estimate",
	    "河口公路建设提速\n\n发布时间：2011-03-10\n\n据介绍，预计“十二五”期间开工建设高速"
	    "公路3条。\n", 1, 0, FIELD_VALUE, "3"},
	{"pairs are counted in 对 (开行4对客运列车), not in 1对1 or before a quoted slogan",
	    "今年每天开行4对客运列车。\n", 1, 0, FIELD_UNIT, "对"},
	{"pairs are counted in 对 (开行4对客运列车), not in 1对1 or before a quoted slogan",
	    "今年新增结对学校10对，开展1对1帮扶。\n", 1, 0, FIELD_VALUE, "10"},
	{"a road's sections are counted in 段 (3条（段）, 开工建设3段)",
	    "今年开工建设高速公路3段。\n", 1, 0, FIELD_UNIT, "段"},
	{"a road's sections are counted in 段 (3条（段）, 开工建设3段)",
	    "今年建设幸福河湖10条（段）。\n", 1, 0, FIELD_UNIT, "条（段）"},
	{"an estimate of the year going on (预计全年增长6%) is no target",
	    REPORT("预计全年地区生产总值增长6%。", "新建公园3个。"), 1, 0, FIELD_VALUE, "3"},
	{"an estimate of the year going on in a story that presents no plan is no target",
	    "江城数字经济提速\n\n记者了解到，预计全年全市数字经济增加值达到400亿元。\n",
	    0, 0, FIELD_COUNT, NULL},
	{"a count whose items are named right after it (10个站点分别是…) counts a list",
	    "今年全市设4个考点分别为一中、二中、三中和四中。\n", 0, 0, FIELD_COUNT, NULL},
	{"a count whose items are named right after it (10个站点分别是…) counts a list",
	    "城际铁路今年开工\n\n发布时间：2011-05-10\n\n今年开工，10个站点分别是江城、东山、"
	    "西河、南湾、河口等。今年将建成3座公园，分别是东湖公园、西山公园和滨江公园。\n",
	    1, 0, FIELD_VALUE, "3"},
	{"a number right after 每 is the population a rate is counted per (每10万人)",
	    "今年重症床位数提高到每10万人12张以上。\n", 1, 0, FIELD_VALUE, "12"},
	{"a number right after 每 is the population a rate is counted per (每10万人)",
	    "今年配置AED达每10万人45台。\n", 1, 0, FIELD_METRIC, "配置AED达每10万人"},
	{"a duration written with 个多 (1个多小时) is no count",
	    "今年通车后，两地通行时间将缩短1个多小时。\n", 0, 0, FIELD_COUNT, NULL},
	{"a duration written with 个多 (1个多小时) is no count",
	    "今年通车后，两地通行时间缩短1个多小时，新建公路50公里。\n", 1, 0, FIELD_VALUE, "50"},
	{"a rate per a scaled unit (151公里/百平方公里) keeps it in its unit",
	    "到2025年，全市公路密度达到151公里/百平方公里。\n", 1, 0, FIELD_UNIT,
	    "公里/百平方公里"},
	{"a rate per a scaled unit (151公里/百平方公里) keeps it in its unit",
	    "今年全县农村公路密度达到98公里/百平方公里。\n", 1, 0, FIELD_UNIT,
	    "公里/百平方公里"},
	{"a count of campaigns named elsewhere (8个标志性战役, 15个专项行动) is no target",
	    "今年深入实施健康江城15个专项行动。\n", 0, 0, FIELD_COUNT, NULL},
	{"a count of campaigns named elsewhere (8个标志性战役, 15个专项行动) is no target",
	    "今年持续打好蓝天、碧水、净土保卫战和8个标志性战役，新建公园3个。\n", 1, 0,
	    FIELD_VALUE, "3"},
	{"a count of a named set is no target",
	    "今年深入落实促进民营经济发展18条、小微企业帮扶13条等政策措施。\n",
	    0, 0, FIELD_COUNT, NULL},
	{"a count of a named set is no target",
	    "今年重点推进8个领域、173个重大项目建设。\n", 1, 0, FIELD_VALUE, "173"},
	{"a rate's unit is no target",
	    "今年每销售一斤粮食要补贴一角钱。\n", 0, 0, FIELD_COUNT, NULL},
	{"a rate's unit is no target",
	    "今年对每一户困难家庭要发放补助500元。\n", 1, 0, FIELD_VALUE, "500"},
	{"a number read as a measure of years",
	    "今年劳动年龄人口平均受教育年限提高到11.3年。\n", 1, 0, FIELD_UNIT,
	    "年"},
	{"a number read as a measure of years",
	    "今年要使人均预期寿命提高1岁。\n", 1, 0, FIELD_UNIT, "岁"},
	{"a million written in words",
	    "“十四五”期间，将孵化培育百万家创新型中小企业。\n", 1, 0, FIELD_UNIT,
	    "万家"},
	{"a million written in words",
	    "今年力争新增百万人次游客。\n", 1, 0, FIELD_VALUE, "100"},
	{"点 before digits is no decimal point",
	    "今年新建寺庙示范点17个。\n", 1, 0, FIELD_VALUE, "17"},
	{"点 before digits is no decimal point",
	    "今年建成地震预警站点180个。\n", 1, 0, FIELD_VALUE, "180"},

	{"a company's own plan in a government's story is the company's",
	    "区长谈发展\n\n区长王五表示，今年全区新增就业5000人。华兴公司总经理李六"
	    "表示，公司今年将实现产值10亿元。\n", 1, 0, FIELD_VALUE, "5000"},
	{"a company's own plan in a government's story is the company's",
	    "全县推进会\n\n会议提出，全县今年新建农田3万亩。县电力公司计划今年投资2亿元"
	    "改造电网。\n", 1, 0, FIELD_VALUE, "3"},
	{"a story about a company keeps the company's targets",
	    "南方电网物资管理目标\n\n南方电网提出，今年要实现集中采购率达到60%。\n",
	    1, 0, FIELD_ORG, "南方电网"},
	{"a story about a company keeps the company's targets",
	    "国家电网公司年度会议\n\n国家电网公司提出，今年力争完成投资5000亿元。\n",
	    1, 0, FIELD_VALUE, "5000"},

	/* Who committed. */
	{"a story's part for one place is that place's",
	    "中部城市竞逐新赛道\n\n长沙：数字经济提速\n\n长沙市提出，到2025年数字经济"
	    "规模达到5000亿元。\n\n武汉：建设一线城市\n\n到2025年，武汉数字经济占比超过"
	    "50%。\n", 2, 1, FIELD_ORG, "武汉"},
	{"a story's part for one place is that place's",
	    "各地目标\n\n合肥：\n\n到2025年，数字经济占比达到50%以上。\n\n南昌：\n\n"
	    "南昌市提出，到2023年营收突破1000亿元。\n", 2, 1, FIELD_ORG, "南昌市"},
	{"an interview's turns (主持人：, the official's name：) are no places",
	    "访谈\n\n江城区区长王明\n\n主持人：今年有何打算？\n\n王明：今年力争新增"
	    "就业2万人。\n\n主持人：还有呢？\n\n王明：全区确保新开工项目120个。\n",
	    2, 1, FIELD_PERSON, "王明"},
	{"an interview's turns (主持人：, the official's name：) are no places",
	    "访谈\n\n河川县县长李四\n\n记者：今年的目标是什么？\n\n李四：今年力争"
	    "新增就业2万人。\n\n记者：项目呢？\n\n李四：确保开工项目80个。\n",
	    2, 1, FIELD_ORG, "河川县"},
	{"a city daily's story on 我市 is its city's",
	    "跳起来摘桃子\n\n本报讯（江城日报记者 王五）今年，我市地区生产总值预期"
	    "增长8%以上。\n", 1, 0, FIELD_ORG, "江城市"},
	{"a city daily's story on 我市 is its city's",
	    "项目建设再提速\n\n据《河川日报》报道，全市今年力争新开工项目120个。\n",
	    1, 0, FIELD_ORG, "河川市"},
	{"a national or provincial daily names no city",
	    "各地拼经济\n\n本报讯（人民日报记者 王五）今年，全市新开工项目120个。\n",
	    1, 0, FIELD_ORG, ""},
	{"a national or provincial daily names no city",
	    "各地拼经济\n\n本报讯（河南日报记者 王五）今年，全市新开工项目120个。\n",
	    1, 0, FIELD_ORG, ""},
	{"a speaker line names the body and the official",
	    "部委谈目标\n\n工业和信息化部部长张三：\n\n“十四五”期间，要培育专精特新企业"
	    "10万家。\n", 1, 0, FIELD_PERSON, "张三"},
	{"a speaker line names the body and the official",
	    "部委谈目标\n\n交通运输部部长李四：\n\n今年要新改建农村公路10万公里。\n",
	    1, 0, FIELD_ORG, "交通运输部"},
	{"an official named in the story commits for it",
	    "开幕\n\n4月11日，江城市市长王明代表市政府作政府工作报告。\n\n"
	    "今年力争新增就业2万人。\n", 1, 0, FIELD_ORG, "江城市"},
	{"an official named in the story commits for it",
	    "会议\n\n县委副书记、县长陈建国出席会议并讲话。今年，全县新建农田3万亩。\n",
	    1, 0, FIELD_PERSON, "陈建国"},
	/* Statistics of the months gone by are results. */
	{"a count of the months so far is a result",
	    "旅游升温\n\n今年1至6月共接待游客12.62万人次。全年力争接待游客30万人次。\n",
	    1, 0, FIELD_VALUE, "30"},
	{"a count of the months so far is a result",
	    "经济运行\n\n1—10月，全区规上工业增加值增长6.1%，前两个月新开工项目8个。"
	    "今年要新开工项目20个。\n", 1, 0, FIELD_VALUE, "20"},
	{"a part of the document's year gone by is a result",
	    "光明区经济\n\n近日，江城市光明区发布2022年上半年经济数据。\n\n"
	    "2022年上半年，光明区GDP为614.71亿元。光明区今年将新建学校5所。\n",
	    1, 0, FIELD_VALUE, "5"},
	{"a part of the document's year gone by is a result",
	    "江城经济\n\n2023年一季度，江城市完成固定资产投资120亿元。"
	    "2023年，江城市力争完成固定资产投资600亿元。\n", 1, 0, FIELD_VALUE, "600"},
	{"a figure measured against last year is a result unless planned",
	    "半年成绩单\n\n光明区规模以上工业增加值同比增长7.5%，政府投资同比增长35.9%。"
	    "光明区今年力争同比增长10%。\n", 1, 0, FIELD_VALUE, "10"},
	{"a figure measured against last year is a result unless planned",
	    "江城新闻\n\n江城市社会消费品零售总额同比增长8%。江城市要确保全年新增就业2万人。\n",
	    1, 0, FIELD_VALUE, "2"},
	{"a figure measured against last year in a plan section is a target",
	    REPORT("地区生产总值增长5%。", "从业人员持证率同比提高3个百分点。"),
	    1, 0, FIELD_VALUE, "3"},
	{"a figure measured against last year in a plan section is a target",
	    REPORT("地区生产总值增长5%。", "年度计划完成投资200亿元，同比增长6.3%。"),
	    2, 1, FIELD_VALUE, "6.3"},
	/* Present states and ranks. */
	{"items joined to a stated number are stated too",
	    "名单\n\n今年江城市有521家试点企业和500家协同企业。江城市今年要新增试点企业50家。\n",
	    1, 0, FIELD_VALUE, "50"},
	{"items joined to a stated number are stated too",
	    "概况\n\n全市现有12座博物馆和8座图书馆。全市年内要新建博物馆3座。\n",
	    1, 0, FIELD_VALUE, "3"},
	{"a rank said with the number it ranks by is no target",
	    "遴选结果\n\n松山湖以54家企业数量位居首位。江城市今年力争新增企业100家。\n",
	    1, 0, FIELD_VALUE, "100"},
	{"a rank said with the number it ranks by is no target",
	    "排行\n\n高新区以1200亿元产值排名全市第一。高新区今年要实现产值1500亿元。\n",
	    1, 0, FIELD_VALUE, "1500"},
	/* Who commits in a story that names no official. */
	{"a story on a document is its issuer's",
	    "方案出炉\n\n9月10日，江南省住房和城乡建设厅网站公布《关于发展租赁住房的指导意见》。\n\n"
	    "《指导意见》提出，“十四五”期间，新增租赁住房占比力争达到30%以上。\n",
	    1, 0, FIELD_ORG, "江南省住房和城乡建设厅"},
	{"a story on a document is its issuer's",
	    "扶持企业\n\n根据江城市工业和信息化局发布的《2022年专项资金目录》，"
	    "2022年将为企业提供扶持资金约2.5亿元。\n", 1, 0, FIELD_ORG,
	    "江城市工业和信息化局"},
	{"a story on one place is the place it names most",
	    "半年成绩单\n\n近日，江城市光明区发布上半年经济数据。光明区工业稳中向好。\n\n"
	    "光明区交通继续完善。光明区今年将开工筹集不少于4000套公共住房。\n",
	    1, 0, FIELD_ORG, "光明区"},
	{"a story on one place is the place it names most",
	    "山乡巨变\n\n走进江口县，处处是新气象。江口县的茶园连片。\n\n"
	    "在江口县，年内要新建茶园2万亩。\n", 1, 0, FIELD_ORG, "江口县"},
	{"a kind of place is no place",
	    "保障房方案\n\n江南省住房和城乡建设厅公布《保障性租赁住房指导意见》。\n\n"
	    "人口流入大城市新增保障房占比力争达30%以上\n\n"
	    "人口净流入的大城市，新增保障性租赁住房占比力争达到30%以上。\n",
	    1, 0, FIELD_ORG, "江南省住房和城乡建设厅"},
	{"a kind of place is no place",
	    "旧改\n\n中心城区：\n\n江城市提出，中心城区年内要改造老旧小区20个。"
	    "江城市的老旧小区多，江城市已改造50个。\n",
	    1, 0, FIELD_ORG, "江城市"},
	{"topic heads with colons are no places",
	    "支持政策\n\n江南省自然资源厅印发《用地保障方案》。\n\n土地政策：\n\n"
	    "年内力争供应租赁住房用地50公顷。\n\n项目审批：\n\n年内要审批项目30个。\n",
	    2, 1, FIELD_ORG, "江南省自然资源厅"},
	{"topic heads with colons are no places",
	    "各项举措\n\n江城市政府印发《稳增长方案》。\n\n财税金融：\n\n"
	    "年内新增贷款100亿元。\n\n人才引进：\n\n年内引进人才2000人。\n",
	    2, 0, FIELD_ORG, "江城市政府"},
	{"a report names its government by its session",
	    "1982年政府工作报告\n\n各位代表:\n\n江南省第五届人民代表大会第三次会议是一九八一年举行的。"
	    "\n\n一、今年的任务\n\n今年全省粮食总产量要求达到三百亿斤。\n",
	    1, 0, FIELD_ORG, "江南省人民政府"},
	{"a report names its government by its session",
	    "政府工作报告\n\n各位代表：\n\n江城市第十届人民代表大会第二次会议以来，"
	    "我们做了大量工作。\n\n二、2024年工作安排\n\n2024年要新建学校10所。\n",
	    1, 0, FIELD_ORG, "江城市人民政府"},
	{"a story on last year's whole results speaks in the year after",
	    "晋级四万亿\n\n全国31个省份的2021年经济数据已全部出炉。2021年江南GDP达到42959.2亿元，"
	    "同比增长8.3%。\n\n江南省今年要新增就业60万人。\n", 1, 0, FIELD_PERIOD,
	    "今年（2022年）"},
	{"a story on last year's whole results speaks in the year after",
	    "成绩单\n\n2023年江城市地区生产总值为3200亿元，同比增长6.1%。"
	    "2023年江城市进入全国百强寄予厚望。\n\n今年江城市力争地区生产总值增长6.5%。\n",
	    1, 0, FIELD_PERIOD, "今年（2024年）"},
	{"a year in Chinese numerals is given in digits too",
	    "报告\n\n“七五”计划草案规定，一九九〇年工农业总产值要达到一万六千七百七十亿元。\n",
	    1, 0, FIELD_PERIOD, "一九九〇年（1990年）"},
	{"a year in Chinese numerals is given in digits too",
	    "规划\n\n到二〇三五年，全市森林覆盖率要达到百分之四十五。\n",
	    1, 0, FIELD_PERIOD, "到二〇三五年（2035年）"},
	{"a count's size class after 超 is no target",
	    "报告\n\n今年要加快打造4个万亿级、4个超5000亿、3个超3000亿产业。\n",
	    3, 1, FIELD_VALUE, "4"},
	{"a count's size class after 超 is no target",
	    "报告\n\n全市力争新增2家超50亿元企业、3家超过10亿元企业。\n",
	    2, 1, FIELD_VALUE, "3"},
	{"a sentence that opens with its subject and 将 plans",
	    "专访\n\n去年，全省规模以上工业增加值增长9%。我们将加快打造4个万亿级产业集群。\n",
	    1, 0, FIELD_VALUE, "4"},
	{"a sentence that opens with its subject and 将 plans",
	    "访谈\n\n去年全市新建学校10所。全市将新建学校12所，新增学位2万个。\n",
	    2, 0, FIELD_VALUE, "12"},
	{"a verb alone with a count takes the noun of the clause before",
	    "报告\n\n今年将开工筹集不少于4000套公共住房，供应6000套。\n",
	    2, 1, FIELD_METRIC, "供应公共住房"},
	{"a verb alone with a count takes the noun of the clause before",
	    "报告\n\n年内要新建5所学校，建成3所。\n",
	    2, 1, FIELD_METRIC, "建成学校"},
	{"这两项目标 points back at the targets before it, in order",
	    "报告\n\n今年新增高新技术企业200家、新型研发机构20家，力争将这两项目标提升至"
	    "300家和30家。\n", 4, 3, FIELD_METRIC, "新增新型研发机构"},
	{"这两项目标 points back at the targets before it, in order",
	    "报告\n\n今年新建学校5所、幼儿园8所，并力争把上述指标提高到6所和10所。\n",
	    4, 2, FIELD_METRIC, "新建学校"},
	{"who adopted a target (我们通过了) is no part of its metric",
	    "访谈\n\n区人代会时我们通过了全年新增高新技术企业200家的目标。\n",
	    1, 0, FIELD_METRIC, "新增高新技术企业"},
	{"who adopted a target (我们通过了) is no part of its metric",
	    "报告\n\n年初，市委提出了今年新增城镇就业5万人的任务。\n",
	    1, 0, FIELD_METRIC, "新增城镇就业"},
	{"a number sizing a task (N户改造任务) counts it, its words the metric",
	    REPORT("地区生产总值增长5%。", "全力完成今年8008户棚户区改造任务。"),
	    1, 0, FIELD_METRIC, "棚户区改造"},
	{"a number sizing a task (N户改造任务) counts it, its words the metric",
	    REPORT("地区生产总值增长5%。",
	    "严格落实责任制，完成6.9万亩市级蔬菜基地规划建设任务。"),
	    1, 0, FIELD_METRIC, "市级蔬菜基地规划建设"},
	{"a project's size names no target, a task's size does",
	    REPORT("地区生产总值增长5%。", "完成3万亩退耕还林工程的补植、管护任务。"),
	    1, 0, FIELD_VALUE, "3"},
	{"a project's size names no target, a task's size does",
	    REPORT("地区生产总值增长5%。", "年内完成2000亩防护林工程的抚育任务。"),
	    1, 0, FIELD_UNIT, "亩"},
	{"年度 inside a term (牧业年度, 财政年度) is no period",
	    REPORT("牧业年度牲畜头数16.4万头，蔬菜产量10.2万吨。",
	    "新增就业3000人。"), 1, 0, FIELD_VALUE, "3000"},
	{"年度 inside a term (牧业年度, 财政年度) is no period",
	    REPORT("财政年度预算执行率98%。", "新增就业3000人。"),
	    1, 0, FIELD_VALUE, "3000"},
	{"a table with one cell per line is read a row at a time",
	    "江城市“十四五”规划纲要\n\n主要指标\n\n指  标\n\n2020年\n\n2025年\n\n属性\n\n"
	    "一、经济发展\n\n1.地区生产总值增长(%)\n\n6.5%\n\n7%左右\n\n预期性\n\n"
	    "2.城镇调查失业率(%)\n\n4.8\n\n5.5以内\n\n约束性\n",
	    2, 1, FIELD_VALUE, "5.5"},
	{"a table with one cell per line is read a row at a time",
	    "河川县“十四五”教育规划\n\n指标名称\n\n单位\n\n基期值\n\n2025年目标值\n\n"
	    "学前教育毛入园率\n\n%\n\n90\n\n95以上\n\n义务教育标准班额比例\n\n"
	    "其中：小学\n\n初中\n\n%\n\n70\n\n60\n\n90\n\n85\n",
	    3, 2, FIELD_METRIC, "义务教育标准班额比例（初中）"},
	{"items joined by 、 before one verb of change share its value",
	    REPORT("地区生产总值增长5%。", "力争全年旅游接待总人数、旅游总收入增长15%以上。"),
	    2, 1, FIELD_METRIC, "旅游总收入增长"},
	{"items joined by 、 before one verb of change share its value",
	    REPORT("地区生产总值增长5%。", "全年生猪、肉牛、肉羊屠宰量增长5%。"),
	    3, 0, FIELD_METRIC, "生猪屠宰量增长"},
	{"a standard raised is a target, a standard stated a rule",
	    REPORT("地区生产总值增长5%。", "将新农合财政年人均补助标准提高30元。"),
	    1, 0, FIELD_VALUE, "30"},
	{"a standard raised is a target, a standard stated a rule",
	    REPORT("地区生产总值增长5%。",
	    "城乡居民医保补助标准为每人每年600元，新增就业3万人。"),
	    1, 0, FIELD_VALUE, "3"},
	{"computing power and energy in Latin units (P, PFlops, GWh) are measures",
	    REPORT("地区生产总值增长5%。", "全市算力规模达到2000P，智算规模突破3500PFlops。"),
	    2, 1, FIELD_UNIT, "PFlops"},
	{"computing power and energy in Latin units (P, PFlops, GWh) are measures",
	    REPORT("地区生产总值增长5%。", "新能源电池产能达到70GWh。"),
	    1, 0, FIELD_UNIT, "GWh"},
	{"a metric keeps the time it is compared with",
	    "规划\n\n到2025年，万元地区生产总值用水量要比2020年下降12%。\n",
	    1, 0, FIELD_METRIC, "万元地区生产总值用水量比2020年下降"},
	{"a metric keeps the time it is compared with",
	    "报告\n\n五年内，基本建设投资要比“六五”期间增加百分之四十九。\n",
	    1, 0, FIELD_METRIC, "基本建设投资比“六五”期间增加"},
	{"a five-year plan's name is a period, however it is quoted",
	    "规划\n\n“十四五“时期，全市生产总值要突破2.3万亿元。\n",
	    1, 0, FIELD_PERIOD, "“十四五“时期"},
	{"a five-year plan's name is a period, however it is quoted",
	    "报告\n\n“七五”期间，全国农民的纯收入要平均每年增长百分之七。\n",
	    1, 0, FIELD_PERIOD, "“七五”期间"},
	{"a share written M/N is a fraction, in percent",
	    REPORT("地区生产总值增长5%。", "规模工业应税销售占全市1/8。"),
	    1, 0, FIELD_VALUE, "12.5"},
	{"a share written M/N is a fraction, in percent",
	    REPORT("地区生产总值增长5%。", "年度国有建设用地供应计划不低于1/3用于工业项目。"),
	    1, 0, FIELD_UNIT, "%"},
	{"a date written with slashes is no fraction",
	    REPORT("地区生产总值增长5%。", "2025/1/8起，全市新增就业3万人。"),
	    1, 0, FIELD_VALUE, "3"},
	{"a date written with slashes is no fraction",
	    REPORT("地区生产总值增长5%。", "截至2025/3/4，全市力争开工项目120个。"),
	    1, 0, FIELD_VALUE, "120"},
	{"a rate per so many (1/10万) is no fraction",
	    REPORT("地区生产总值增长5%。", "孕产妇死亡率控制在1/10万以下。"),
	    1, 0, FIELD_UNIT, "/10万"},
	{"a rate per so many (1/10万) is no fraction",
	    REPORT("地区生产总值增长5%。", "全市孕产妇死亡率控制在1/100万以内。"),
	    1, 0, FIELD_UNIT, "/100万"},
	{"a full-width comma between digit groups separates thousands",
	    "报告\n\n1990年全国工农业总产值要达到16，770亿元。\n",
	    1, 0, FIELD_VALUE, "16770"},
	{"a full-width comma between digit groups separates thousands",
	    "规划\n\n到2030年，全市新增城镇就业1，250，000人。\n",
	    1, 0, FIELD_VALUE, "1250000"},
	{"a plan titled 第N个五年计划 is that plan's, named as 七五",
	    "中华人民共和国国民经济和社会发展第七个五年计划（摘要）\n\n"
	    "五年内，全民所有制单位固定资产投资为8960亿元。\n",
	    1, 0, FIELD_PERIOD, "“七五”时期"},
	{"a plan titled 第N个五年计划 is that plan's, named as 七五",
	    "江城市国民经济和社会发展第八个五年计划纲要\n\n"
	    "今后五年，全市新建学校40所。\n",
	    1, 0, FIELD_PERIOD, "“八五”时期"},
	{"a five-year plan's yearly average is over the plan's years",
	    "中华人民共和国国民经济和社会发展第七个五年计划（摘要）\n\n"
	    "1990年农业总产值要达到3530亿元，平均每年增长4%。\n",
	    2, 1, FIELD_PERIOD, "“七五”时期"},
	{"a five-year plan's yearly average is over the plan's years",
	    "江城市国民经济和社会发展第十四个五年规划纲要\n\n"
	    "到2025年，全市地区生产总值年均增长6%左右。\n",
	    1, 0, FIELD_PERIOD, "“十四五”时期"},
	{"a story's subheading on targets says its section plans",
	    "各省目标出炉\n\n新华社1月20日电 各省2023年目标陆续公布。\n\n"
	    "东部省份GDP目标较高\n\n其中，江苏为5%左右，浙江为5%以上。\n",
	    2, 1, FIELD_VALUE, "5"},
	{"a story's subheading on targets says its section plans",
	    "中部城市公布今年目标\n\n记者近日从各地获悉，中部多个城市公布了今年的预期目标。\n\n"
	    "中部城市投资增长目标普遍较高\n\n武汉市为8%，长沙市为7.5%。\n",
	    2, 1, FIELD_VALUE, "7.5"},
	{"places given a value each are each a row of their own",
	    "各省目标出炉\n\n新华社1月20日电 各省2023年目标陆续公布。\n\n"
	    "东部省份GDP目标较高\n\n其中，江苏、浙江为5%左右。\n",
	    2, 1, FIELD_ORG, "浙江省"},
	{"places given a value each are each a row of their own",
	    "中部城市公布今年目标\n\n记者近日从各地获悉，中部多个城市公布了今年的预期目标。\n\n"
	    "中部城市投资增长目标普遍较高\n\n武汉市和长沙市均为8%，内蒙古为6%。\n",
	    3, 2, FIELD_ORG, "内蒙古自治区"},
	{"a round-up's measure is the one it names with 目标",
	    "各省目标出炉\n\n新华社1月20日电 各省2023年目标陆续公布。\n\n"
	    "东部省份GDP目标较高\n\n其中，江苏、浙江为5%左右。\n",
	    2, 0, FIELD_METRIC, "GDP"},
	{"a round-up's measure is the one it names with 目标",
	    "中部城市公布今年目标\n\n记者近日从各地获悉，中部多个城市公布了今年的预期目标。\n\n"
	    "中部城市投资增长目标普遍较高\n\n武汉市和长沙市均为8%，内蒙古为6%。\n",
	    3, 0, FIELD_METRIC, "投资增长"},
	{"a rate per so many people is a value with its unit",
	    "规划\n\n到2030年，孕产妇死亡率下降到12/10万以下。\n",
	    1, 0, FIELD_UNIT, "/10万"},
	{"a rate per so many people is a value with its unit",
	    "报告\n\n今年力争孕产妇死亡率、婴儿死亡率分别下降到14.6/10万、4.4‰。\n",
	    2, 0, FIELD_VALUE, "14.6"},
	{"a suffix after a list of rates holds for each rate",
	    "规划\n\n到2030年，婴儿死亡率、孕产妇死亡率分别下降到3.5‰、12/10万以下。\n",
	    2, 0, FIELD_COMPARATOR, "以内"},
	{"a suffix after a list of rates holds for each rate",
	    "报告\n\n今年要使婴儿死亡率、5岁以下儿童死亡率分别控制在4‰、6‰以下。\n",
	    2, 0, FIELD_COMPARATOR, "以内"},
	{"a coefficient or index is measured by a bare number",
	    "规划\n\n到2030年，农田灌溉水有效利用系数提高到0.6。\n",
	    1, 0, FIELD_VALUE, "0.6"},
	{"a coefficient or index is measured by a bare number",
	    "报告\n\n今年要推动两化融合发展指数达到86.5，新建智能工厂30户。\n",
	    2, 0, FIELD_METRIC, "两化融合发展指数"},
	{"an indicator table's target column gives a row per indicator",
	    "江城市国民经济和社会发展第十五个五年规划纲要\n\n专栏1  主要指标\n"
	    "分类    序号    指标    属性    2030年目标值\n"
	    "经济    1    地区生产总值年均增长（%）    预期性    5以上\n"
	    "    2    旅游业总收入（亿元）    预期性    3300\n"
	    "民生    3    人均预期寿命（岁）    预期性    ≥85\n"
	    "    4    森林覆盖率（%）    约束性    完成省定目标\n"
	    "注：以上为主要指标。\n",
	    3, 2, FIELD_COMPARATOR, "以上"},
	{"an indicator table's target column gives a row per indicator",
	    "江城市国民经济和社会发展第十四个五年规划纲要\n\n"
	    "类别    指标    2020年    2025年    年均增长    属性\n"
	    "经济发展    地区生产总值增长（%）    6.1    6左右    —    预期性\n"
	    "    城镇调查失业率（%）    5.2    ＜5.5    —    预期性\n"
	    "全市将推动高质量发展。\n",
	    2, 1, FIELD_UNIT, "%"},
	{"a table of results beside old targets gives no row",
	    "江城市国民经济和社会发展第十五个五年规划纲要\n\n专栏1  主要指标\n"
	    "序号    指标    规划目标    2025年完成\n"
	    "1    地区生产总值（亿元）    20000以上    19428\n"
	    "2    人均预期寿命（岁）    83.5    85\n"
	    "注：规划目标为2025年。\n",
	    0, 0, FIELD_COUNT, NULL},
	{"a table of results beside old targets gives no row",
	    "江城市国民经济和社会发展第十五个五年规划纲要\n\n"
	    "指标    2020年    2025年目标    实际完成\n"
	    "森林覆盖率（%）    40    42    43\n"
	    "注：实际完成为2025年数。\n",
	    0, 0, FIELD_COUNT, NULL},
	{"a headline that is only an official names who speaks",
	    "县域主官谈发展\n\n本期杂志走进江城县，看这里的新变化。\n\n江城县委书记王明\n\n"
	    "今年重点推进三项任务\n\n今年，江城县将力争地区生产总值增长8%。\n",
	    1, 0, FIELD_PERSON, "王明"},
	{"a headline that is only an official names who speaks",
	    "城市访谈\n\n记者近日来到河口市，听市长谈今年的打算。\n\n河口市市长李强\n\n"
	    "项目为王\n\n全年力争新开工亿元以上项目50个。\n",
	    1, 0, FIELD_PERSON, "李强"},
	{"a headline on a plan's release is a story; its issuer commits",
	    "节能减排综合工作方案出炉\n\n本报记者 张明\n\n"
	    "1月24日，国务院发布《节能减排综合工作方案》。《方案》提出，到2025年，"
	    "全国单位国内生产总值能源消耗比2020年下降13.5%。\n",
	    1, 0, FIELD_ORG, "国务院"},
	{"a headline on a plan's release is a story; its issuer commits",
	    "“十五五”交通规划发布 部署八项工程\n\n"
	    "近日，江城市交通运输局印发《江城市“十五五”交通规划》，提出到2030年，"
	    "新建高速公路200公里。\n",
	    1, 0, FIELD_ORG, "江城市交通运输局"},
	{"a feed's date line gives the story's year",
	    "江城新闻\n\ndate: Mon, 24 Jan 2022 23:40:04 GMT\n\n"
	    "江城市今年力争新增城镇就业1万人。\n",
	    1, 0, FIELD_PERIOD, "今年（2022年）"},
	{"a feed's date line gives the story's year",
	    "河口快讯\n\nDate: Tue, 3 Mar 2026 08:00:00 +0800\n\n"
	    "河口市今年将新建学校5所。\n",
	    1, 0, FIELD_PERIOD, "今年（2026年）"},
	{"an amount right after a count is the size of what is counted",
	    "报告\n\n今年每个县区至少培育1家50亿元以上的农产品深加工龙头企业。\n",
	    1, 0, FIELD_VALUE, "1"},
	{"an amount right after a count is the size of what is counted",
	    "报告\n\n全年争取每个涉农区形成2个10亿元以上特色产业。\n",
	    1, 0, FIELD_VALUE, "2"},
	{"a story's clause that opens with a place gives it the targets",
	    "各地目标\n\n本报讯 各县（市、区）今年目标已经确定。\n\n"
	    "克服灾情影响，卫辉市提出的目标是：GDP增速15%，固定资产投资增速28%。\n",
	    2, 1, FIELD_ORG, "卫辉市"},
	{"a story's clause that opens with a place gives it the targets",
	    "各地目标\n\n本报讯 各县（市、区）今年目标已经确定。\n\n"
	    "辉县市围绕项目建设，全年推进429个项目，围绕城市更新新增投资150亿元以上。\n",
	    2, 1, FIELD_ORG, "辉县市"},
	{"a report's sentence on a district stays the report's",
	    REPORT("全市地区生产总值增长5%。", "江北新区要实现地区生产总值增长8%。"),
	    1, 0, FIELD_ORG, "江城市人民政府"},
	{"a heading right under one that named its time is its subtitle",
	    "江城市政府工作报告\n\n——2023年2月8日在江城市第十届人民代表大会第二次会议上\n\n"
	    "各位代表：\n\n一、回顾2022年工作\n\n我们锚定目标团结奋进攻坚克难\n\n"
	    "一年来，全市新开工项目120个。\n\n二、做好2023年工作\n\n"
	    "在推进现代化建设中展现新作为\n\n全市新开工项目150个。\n",
	    1, 0, FIELD_VALUE, "150"},
	{"a heading right under one that named its time is its subtitle",
	    "江城市政府工作报告\n\n——2024年1月8日在江城市第十届人民代表大会第三次会议上\n\n"
	    "各位代表：\n\n一、2023年工作回顾\n\n发展目标任务圆满完成\n\n"
	    "全市新建学校12所。\n\n二、2024年工作安排\n\n奋力谱写新篇章\n\n全市新建学校15所。\n",
	    1, 0, FIELD_VALUE, "15"},
	{"days counted after 天数 are a measure",
	    "报告\n\n今年力争空气质量优良天数达到305天。\n", 1, 0, FIELD_UNIT, "天"},
	{"days counted after 天数 are a measure",
	    "规划\n\n到2030年，流动资金周转天数由2025年的101天下降到2030年的96天。\n",
	    1, 0, FIELD_VALUE, "96"},
	{"a count that the numbered list after it spells out is its length",
	    "改革方案\n\n一、拟撤销的部7个\n\n⒈能源部\n\n⒉机械电子工业部\n",
	    0, 0, FIELD_COUNT, NULL},
	{"a count that the numbered list after it spells out is its length",
	    "报告\n\n今年拟保留的委员会3个①计划委员会②经济委员会③科学技术委员会。\n",
	    0, 0, FIELD_COUNT, NULL},
	{"a count of a unit before 的 and a set noun is a target",
	    "报告\n\n今年要继续推进棚户区改造，完成800户的改造任务。\n",
	    1, 0, FIELD_VALUE, "800"},
	{"a count of a unit before 的 and a set noun is a target",
	    "报告\n\n全年实施技改项目1400个以上的硬任务必须完成。\n",
	    1, 0, FIELD_VALUE, "1400"},
	{"a result's own verb decides over a time word after it",
	    REPORT("全面完成了今年4155户的搬迁任务。", "新建学校8所。"),
	    1, 0, FIELD_VALUE, "8"},
	{"a result's own verb decides over a time word after it",
	    REPORT("市政府梳理形成了2024年度12项民生实事候选项目。", "新建公园3个。"),
	    1, 0, FIELD_VALUE, "3"},
	{"a lead-in inside a sentence governs its paragraph's later sentences",
	    REPORT("地区生产总值增长5%。", "主要预期目标是：地区生产总值增长6%左右。"
	    "社会消费品零售总额增长6.5%左右。"),
	    2, 1, FIELD_MODALITY, "预期"},
	{"a lead-in inside a sentence governs its paragraph's later sentences",
	    REPORT("地区生产总值增长5%。", "全市经济社会发展的主要预期目标是：城镇新增就业5万人。"
	    "居民人均可支配收入增长7%和8%左右。\n\n加快建设学校10所。"),
	    4, 3, FIELD_MODALITY, ""},
	{"a horizon year in a heading is not the year a report plans",
	    "江城市政府工作报告\n\n——2023年1月8日在江城市第十届人民代表大会第二次会议上\n\n"
	    "各位代表：\n\n一、2022年工作回顾\n\n全市新开工项目120个。\n\n"
	    "二、未来五年目标任务和2035年远景目标\n\n到2027年，全市地区生产总值突破3000亿元。\n\n"
	    "三、2023年重点工作安排\n\n全市新开工项目150个。\n",
	    2, 1, FIELD_PERIOD, "2023年"},
	{"a horizon year in a heading is not the year a report plans",
	    "河口市政府工作报告（2021年2月2日 李强）\n\n——2021年2月2日在河口市第七届人民代表大会第六次会议上\n\n"
	    "各位代表：\n\n一、2020年工作回顾\n\n全市新建学校10所。\n\n"
	    "二、2035年远景目标及“十四五”时期主要目标\n\n“十四五”时期，全市新建学校50所。\n\n"
	    "三、2021年重点工作\n\n全市新建学校12所。\n",
	    2, 1, FIELD_PERIOD, "2021年"},
	{"an official named after 的 (当选为区委书记的李学海) speaks",
	    "2月初，记者采访了在区党代会上当选为江城区委书记的李学海。\n\n"
	    "李学海：今年全区计划实现生产总值473亿元。\n",
	    1, 0, FIELD_PERSON, "李学海"},
	{"an official named after 的 (当选为区委书记的李学海) speaks",
	    "日前，记者专访了连任河口县县长的王立新。\n\n"
	    "王立新：今年全县力争新开工项目50个。\n",
	    1, 0, FIELD_PERSON, "王立新"},
	{"a rate's unit says what it is per (万元/人, 万吨/日)",
	    "今年全市力争全员劳动生产率达到25万元/人。\n", 1, 0, FIELD_UNIT,
	    "万元/人"},
	{"a rate's unit says what it is per (万元/人, 万吨/日)",
	    "今年全县要新增污水处理能力8万吨/日。\n", 1, 0, FIELD_UNIT, "万吨/日"},
	{"what a plan or report proposes is a target after a review",
	    "近年来，随着改造的推进，这些方面正迎来变化：\n\n"
	    "此次方案提出，全省亩均税收达到37万元。\n", 1, 0, FIELD_VALUE, "37"},
	{"what a plan or report proposes is a target after a review",
	    "多年来，全市的产业不断升级，主要表现在：\n\n"
	    "意见提出，全市高新技术企业达到500家。\n", 1, 0, FIELD_VALUE, "500"},
	{"a span of effort ahead (通过3年攻坚, 用两年时间) is the period",
	    "方案提出，通过3年攻坚，全省亩均税收达到37万元。\n", 1, 0,
	    FIELD_PERIOD, "通过3年攻坚"},
	{"a span of effort ahead (通过3年攻坚, 用两年时间) is the period",
	    "今年，全县力争用两年时间新建学校12所。\n", 1, 0, FIELD_PERIOD,
	    "用两年时间"},
	{"a span of effort ahead (通过3年攻坚, 用两年时间) is the period",
	    "全县要利用三年时间完成植树2.3万亩。\n", 1, 0, FIELD_METRIC,
	    "完成植树"},
	{"a statistic's figures (数据显示, 据统计) are results",
	    "据统计，全县规上工业企业达到320家。今年力争新增规上工业企业20家。\n",
	    1, 0, FIELD_VALUE, "20"},
	{"a statistic's figures (数据显示, 据统计) are results",
	    "数据显示，全市高新技术企业达到480家。明年全市要新增高新技术企业60家。\n",
	    1, 0, FIELD_VALUE, "60"},
	{"a story's far horizon (要求2035年…) is not the year it speaks in",
	    "今年8月，省里发布方案。数据显示，2020年全省研发投入强度达到2.62%。"
	    "方案要求“2035年基本实现共同富裕”。到2025年，全省制造业比重提高至"
	    "33.3%左右。\n", 1, 0, FIELD_VALUE, "33.3"},
	{"a story's far horizon (要求2035年…) is not the year it speaks in",
	    "去年，全市新建学校12所。2021年，全市新增就业3.2万人，同比增长5%。"
	    "会议要求“2050年全面建成现代化城市”。到2025年，全市常住人口达到"
	    "300万人。\n", 1, 0, FIELD_VALUE, "300"},
	{"in a story, the place a paragraph's sentence opens with holds for its later sentences",
	    "各地加大水利投入\n\n发布时间：2011-03-16\n\n“十二五”期间，河南省水利规划投资1497亿元。"
	    "其中，农田水利投资536亿元。\n\n“十二五”期间，湖北省将投资1189亿元。其中，"
	    "防洪工程投资300亿元。\n", 4, 1, FIELD_ORG, "河南省"},
	{"in a story, the place a paragraph's sentence opens with holds for its later sentences",
	    "水利投入将达4万亿元\n\n发布时间：2011-03-20\n\n“十二五”期间，安徽省水利规划投资900亿元。"
	    "其中，农田水利投资300亿元。\n\n“十二五”期间，江西省将投资700亿元。据介绍，"
	    "其中防洪工程投资200亿元。\n", 4, 3, FIELD_ORG, "江西省"},
	{"a headline that opens with an amount is a story about a plan, not the plan",
	    "4万亿投入“十二五”水利规划\n\n发布时间：2011-03-16\n\n未来5年，新疆水利投资将达1311亿元。"
	    "\n\n未来5年，浙江省水利投入将达1980亿元。\n", 2, 1, FIELD_ORG, "浙江省"},
	{"a headline that opens with an amount is a story about a plan, not the plan",
	    "3000亿元投向农村公路建设规划\n\n发布时间：2012-05-10\n\n今后五年，河南省将新建农村公路5万公里。"
	    "\n\n今后五年，湖南省将新建农村公路4万公里。\n", 2, 0, FIELD_ORG, "河南省"},
	{"a province's governor (省长, 副省长) is an official who speaks",
	    "江西推进高速建设\n\n发布时间：2011-03-24\n\n江西省常务副省长凌成兴在会上说，今年全省"
	    "要开工建设高速公路5条。\n", 1, 0, FIELD_PERSON, "凌成兴"},
	{"a province's governor (省长, 副省长) is an official who speaks",
	    "吉林推进农业现代化\n\n发布时间：2012-03-24\n\n吉林省副省长王明在会上表示，今年全省"
	    "要新建高标准农田300万亩。\n", 1, 0, FIELD_PERSON, "王明"},
	{"what there will be (将有, 会有) is no present state",
	    "江城项目建设提速\n\n发布时间：2011-04-25\n\n据悉，江城市今年将有86个亿元以上项目开工建设。\n",
	    1, 0, FIELD_VALUE, "86"},
	{"what there will be (将有, 会有) is no present state",
	    "河口交通建设提速\n\n发布时间：2012-04-25\n\n据悉，今年全县会有20个村通客车。\n",
	    1, 0, FIELD_VALUE, "20"},
	{"a paper named for its trade (中国证券报) is no company",
	    "光伏发展提速\n\n发布时间：2011-05-10\n\n权威人士向中国证券报记者透露，到2015年全国光伏"
	    "装机达到1000万千瓦。\n", 1, 0, FIELD_VALUE, "1000"},
	{"a paper named for its trade (中国证券报) is no company",
	    "风电发展提速\n\n发布时间：2011-06-10\n\n有关人士向上海证券报记者表示，到2015年全国风电"
	    "装机达到1亿千瓦。\n", 1, 0, FIELD_VALUE, "1"},
	{"a story that names no official is the body that told it (记者从…了解到)",
	    "江城交通建设再提速\n\n发布时间：2011-04-25\n\n记者从江城市交通运输局了解到，"
	    "今后五年，全市将新建农村公路500公里。\n", 1, 0, FIELD_ORG, "江城市交通运输局"},
	{"a story that names no official is the body that told it (记者从…了解到)",
	    "河口水利建设提速\n\n发布时间：2021-05-10\n\n记者从河口市水利局获悉，今后五年，"
	    "全市将新建水库5座。\n", 1, 0, FIELD_ORG, "河口市水利局"},
	{"a headline that releases a plan (江城公布十四五交通规划) is a story about it",
	    "江城公布十四五交通规划\n\n发布时间：2021-05-10\n\n今后五年，江城市将新建农村公路"
	    "500公里。\n", 1, 0, FIELD_ORG, "江城市"},
	{"a headline that releases a plan (江城公布十四五交通规划) is a story about it",
	    "河口出台十四五水利规划\n\n发布时间：2021-05-12\n\n今后五年，河口市将新建水库5座。\n",
	    1, 0, FIELD_ORG, "河口市"},
	{"when items split at 、 are as many as the values, 及 and 和 join words of one item",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2024年工作安排\n\n"
	    "乘用车、输变电装备、半导体及集成电路产业链产值分别突破2500亿元、1800亿元和1000亿元。\n",
	    3, 2, FIELD_METRIC, "半导体及集成电路产业链产值"},
	{"when items split at 、 are as many as the values, 及 and 和 join words of one item",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2024年工作安排\n\n"
	    "国控及以上断面、省控断面水质优良比例分别达到100%、96.9%。\n",
	    2, 0, FIELD_METRIC, "国控及以上断面水质优良比例"},
	{"built things counted before a task (22.9万座户厕改造任务) are what the task delivers",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2024年工作安排\n\n"
	    "扎实推进农村人居环境整治提升，高质量完成2.9万座户厕改造任务。\n",
	    1, 0, FIELD_VALUE, "2.9"},
	{"built things counted before a task (22.9万座户厕改造任务) are what the task delivers",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2023年工作安排\n\n"
	    "全面实施中小学幼儿园专项规划，完成115所学校薄弱环节改善任务。\n",
	    1, 0, FIELD_VALUE, "115"},
	{"a judgement of results (低于预期, 超预期, 不及预期) is no cue",
	    "江城市政府工作报告\n\n各位代表：\n\n"
	    "对照规划目标，我市也有少数指标低于预期，投资和消费年均增幅分别低1.9和2.3个百分点。\n",
	    0, 0, FIELD_VALUE, ""},
	{"a judgement of results (低于预期, 超预期, 不及预期) is no cue",
	    "江城市政府工作报告\n\n各位代表：\n\n一、过去五年工作回顾\n\n"
	    "规划共设置26项指标，地区生产总值等6项指标不及预期。\n",
	    0, 0, FIELD_VALUE, ""},
	{"a comparator before a run of values (分别突破2500亿元、1800亿元和1000亿元) is each value's",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2024年工作安排\n\n"
	    "汽车、光伏、半导体产业链产值分别突破2500亿元、1800亿元和1000亿元。\n",
	    3, 2, FIELD_COMPARATOR, "超过"},
	{"a comparator before a run of values (分别突破2500亿元、1800亿元和1000亿元) is each value's",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2024年工作安排\n\n"
	    "中央和省级资金用于产业发展的占比分别不低于60%、50%。\n",
	    2, 1, FIELD_COMPARATOR, "以上"},
	{"方 after 万 or 亿 is cubic metres (天然气产量350亿方), after a count a party (三方)",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2024年工作安排\n\n"
	    "煤炭、原油、天然气产量分别达到7.8亿吨、2470万吨、350亿方以上。\n",
	    3, 2, FIELD_UNIT, "亿方"},
	{"方 after 万 or 亿 is cubic metres (天然气产量350亿方), after a count a party (三方)",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2024年工作安排\n\n"
	    "推动政府、企业、银行三方合作，新增农村蓄水能力300万方。\n",
	    1, 0, FIELD_VALUE, "300"},
	{"a quoted share with its bound (目标“5%左右”) is a target's words, not a slogan",
	    "各地亮出任务书\n\n发布时间：2025-03-03\n\n江南省在去年的高基数上确定今年目标“5%左右”。\n",
	    1, 0, FIELD_VALUE, "5"},
	{"a quoted share with its bound (目标“5%左右”) is a target's words, not a slogan",
	    "各地亮出任务书\n\n发布时间：2025-03-03\n\n河西省今年提出“增长6%以上”。\n",
	    1, 0, FIELD_COMPARATOR, "以上"},
	{"a quote left open before the number holds what is measured (落实“促进民营经济10条”)",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2023年工作安排\n\n"
	    "今年要落实“金融支持实体经济16条”。\n", 1, 0, FIELD_METRIC, "金融支持实体经济"},
	{"a quote left open before the number holds what is measured (落实“促进民营经济10条”)",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2023年工作安排\n\n"
	    "全力办好“增加城区公共停车位1000个”“新增幼儿托位500个”等民生实事。\n",
	    2, 0, FIELD_METRIC, "增加城区公共停车位"},
	{"a paper's dateline (《…报》（2025年03月07日第 06 版）) dates the story, whatever years it names",
	    "江城经济稳中有进\n\n本报记者  王明  李华  张强《江城日报》（2025年03月07日第 06 版）\n\n"
	    "2024年，全市地区生产总值增长5.2%。今年全市地区生产总值增长5%左右。\n",
	    1, 0, FIELD_PERIOD, "今年（2025年）"},
	{"a paper's dateline (《…报》（2025年03月07日第 06 版）) dates the story, whatever years it names",
	    "河口扩大有效投资\n\n《河口日报》（2021年05月03日第 04 版）\n\n"
	    "2020年，全市完成投资800亿元。今年全市重点项目要完成投资1000亿元。\n",
	    1, 0, FIELD_PERIOD, "今年（2021年）"},
	{"a clause that opens with 相比 (相比去年2.7%的实际增速，…) is the comparison's other side",
	    "江城经济稳中有进\n\n发布时间：2025-03-07\n\n相比去年2.7%的实际增速，今年的预期目标"
	    "上调到4.5%左右。\n", 1, 0, FIELD_VALUE, "4.5"},
	{"a clause that opens with 相比 (相比去年2.7%的实际增速，…) is the comparison's other side",
	    "河口外贸稳中提质\n\n发布时间：2025-03-07\n\n比起去年3%的实际增幅，今年全市进出口"
	    "总额力争增长6%。\n", 1, 0, FIELD_VALUE, "6"},
	{"a year that names an edition (2025年第一批) is no period",
	    "江城项目建设提速\n\n发布时间：2025-01-21\n\n1月2日，市委、市政府举行2025年第一批"
	    "300个重大项目开工动员会。\n\n今年全市要新开工重大项目500个。\n",
	    1, 0, FIELD_VALUE, "500"},
	{"a year that names an edition (2025年第一批) is no period",
	    "河口项目建设提速\n\n发布时间：2023-02-21\n\n2月20日，河口市举行2023年首场"
	    "重大项目集中签约活动，签约项目50个。\n\n今年全市要签约亿元以上项目120个。\n",
	    1, 0, FIELD_VALUE, "120"},
	{"a long name that opens with a city written in full elsewhere (江城安排市重点项目) is the city and other words",
	    "江城重大项目计划发布\n\n发布时间：2022-04-12\n\n江城市发布2022年重大项目计划。\n\n"
	    "2022年，江城安排市重大项目800个。\n", 1, 0, FIELD_ORG, "江城市"},
	{"a long name that opens with a city written in full elsewhere (江城安排市重点项目) is the city and other words",
	    "河口重点项目计划发布\n\n发布时间：2023-03-12\n\n河口市发布2023年重点项目计划。\n\n"
	    "今年，河口新增市重点项目120个。\n", 1, 0, FIELD_ORG, "河口市"},
	{"a tour of provinces (从经济大省江苏，…，到辽宁…，再到西藏…) gives each stop what follows it",
	    "各地经济目标观察\n\n发布时间：2025-03-07\n\n从经济大省江苏，在去年的高基数上确定今年目标“5%左右”，"
	    "到辽宁“稳住一产、挺住二产”，提出“增长5%以上”，再到西藏明确“增长7%以上”。\n", 3, 1, FIELD_ORG, "辽宁省"},
	{"a tour of provinces (从经济大省江苏，…，到辽宁…，再到西藏…) gives each stop what follows it",
	    "中部省份拼投资\n\n发布时间：2024-02-20\n\n从农业大省河南，今年计划新开工项目2000个，"
	    "到湖北，力争完成投资5000亿元。\n", 2, 1, FIELD_ORG, "湖北省"},
	{"款 counts products (应用软件50款以上, 新车型3款)",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2025年工作安排\n\n推广工业应用软件50款以上。\n", 1, 0,
	    FIELD_UNIT, "款"},
	{"款 counts products (应用软件50款以上, 新车型3款)",
	    "河口市政府工作报告\n\n各位代表：\n\n二、2025年工作安排\n\n授权企业和产品分别达到130家、380款。\n",
	    2, 1, FIELD_VALUE, "380"},
	{"a share a budget sets aside (资金60%以上用于产业发展, 收入的0.5%以上作为专项经费) is a target that says what for",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2025年工作安排\n\n衔接资金60%以上用于产业发展。\n", 1, 0,
	    FIELD_METRIC, "衔接资金用于产业发展"},
	{"a share a budget sets aside (资金60%以上用于产业发展, 收入的0.5%以上作为专项经费) is a target that says what for",
	    "江城推进腾笼换鸟\n\n发布时间：2013-05-10\n\n今年，江城还将取土地出让收入的0.5%以上作为专项经费。\n",
	    1, 0, FIELD_VALUE, "0.5"},
	{"a headline that opens with a part of the country (中西部, 东中西部) names no body",
	    "中西部产业转移观察\n\n发布时间：2025-04-10\n\n今年将承接产业转移项目500个。\n", 1, 0, FIELD_ORG, ""},
	{"a headline that opens with a part of the country (中西部, 东中西部) names no body",
	    "东中西部三位县长谈县域经济\n\n发布时间：2026-02-10\n\n今年将新建高标准农田5万亩。\n", 1, 0,
	    FIELD_ORG, ""},
	{"an official of a body with a long name (国网江苏省电力有限公司董事长张明) speaks for the whole name",
	    "电网建设提速\n\n发布时间：2025-03-02\n\n国网江苏省电力有限公司董事长张明表示，今年公司将新建充电桩1万个。\n",
	    1, 0, FIELD_ORG, "国网江苏省电力有限公司"},
	{"an official of a body with a long name (国网江苏省电力有限公司董事长张明) speaks for the whole name",
	    "港口集团发力\n\n发布时间：2024-03-02\n\n江城市港口投资建设集团有限公司总经理李强介绍，今年将完成"
	    "集装箱吞吐量300万标箱。\n", 1, 0, FIELD_ORG, "江城市港口投资建设集团有限公司"},
	{"an amount written as a bare magnitude after a comparator (突破千亿元, 达到万亿元) is that amount; before a noun it is a class of size",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2025年工作安排\n\n力争电子信息产业营业收入突破千亿元，"
	    "新培育年产值超亿元企业20家。\n", 2, 0, FIELD_VALUE, "1000"},
	{"an amount written as a bare magnitude after a comparator (突破千亿元, 达到万亿元) is that amount; before a noun it is a class of size",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2025年工作安排\n\n力争电子信息产业营业收入突破千亿元，"
	    "新培育年产值超亿元企业20家。\n", 2, 1, FIELD_VALUE, "20"},
	{"an amount written as a bare magnitude after a comparator (突破千亿元, 达到万亿元) is that amount; before a noun it is a class of size",
	    "安徽谋划产业发展\n\n发布时间：2022-02-10\n\n根据规划，今后5年，安徽新能源汽车产业营业收入要达到万亿元。\n",
	    1, 0, FIELD_UNIT, "万亿元"},
	{"what a sum funds (…8000亿元支持“两重”建设, 2亿元用于欠发达县域发展) is part of its metric",
	    "关于2025年预算草案的报告\n\n各位代表：\n\n二、2025年预算草案\n\n"
	    "安排超长期特别国债8000亿元支持“两重”建设，2000亿元支持设备更新。\n", 2, 1, FIELD_METRIC,
	    "安排超长期特别国债支持设备更新"},
	{"what a sum funds (…8000亿元支持“两重”建设, 2亿元用于欠发达县域发展) is part of its metric",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2025年工作安排\n\n市财政每年安排2亿元用于欠发达县域发展。\n",
	    1, 0, FIELD_METRIC, "市财政每年安排用于欠发达县域发展"},
	{"a clause after a forecast with a future of its own (…预计…，省交通厅将对江城投资50亿元) is not what is expected",
	    "江城交通建设提速\n\n发布时间：2021-03-29\n\n今年全市交通投资预计达到300亿元，省交通厅将对江城投资50亿元。\n",
	    1, 0, FIELD_VALUE, "50"},
	{"a clause after a forecast with a future of its own (…预计…，省交通厅将对江城投资50亿元) is not what is expected",
	    "河口住房保障\n\n发布时间：2022-05-10\n\n预计今年全市新增人口2万人，市住建局将新建保障性住房1200套。\n",
	    1, 0, FIELD_VALUE, "1200"},
	{"what a sentence that opens with a span still to come expects (“十四五”期间，…预计总投资200亿元) is planned",
	    "江城水利建设\n\n发布时间：2021-03-29\n\n“十四五”期间，全市水利建设预计总投资200亿元。\n",
	    1, 0, FIELD_VALUE, "200"},
	{"what a sentence that opens with a span still to come expects (“十四五”期间，…预计总投资200亿元) is planned",
	    "河口城市更新\n\n发布时间：2023-02-10\n\n2025年前，河口老旧小区改造预计投入资金30亿元。\n",
	    1, 0, FIELD_VALUE, "30"},
	{"a rate a plan sets by 按…安排 (地区生产总值按增长6%安排) is a target, and 按 no part of its metric",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2025年工作安排\n\n今年主要预期目标是：地区生产总值按增长6%安排，"
	    "在实际工作中努力争取更好结果。\n", 1, 0, FIELD_METRIC, "地区生产总值增长"},
	{"a rate a plan sets by 按…安排 (地区生产总值按增长6%安排) is a target, and 按 no part of its metric",
	    "关于河口市2025年预算草案的报告\n\n各位代表：\n\n二、2025年预算草案\n\n今年赤字率拟按3%左右安排。\n",
	    1, 0, FIELD_METRIC, "赤字率"},
	{"items under a heading of targets alone ((二）主要预期目标) have its modality",
	    "关于江城市2024年计划执行情况与2025年计划草案的报告\n\n各位代表：\n\n二、2025年经济社会发展总体要求和主要目标\n\n"
	    "（一）总体要求。\n\n（二）主要预期目标。\n\n——地区生产总值增长6%左右。\n\n"
	    "——城镇新增就业1万人以上。\n", 2, 1, FIELD_MODALITY, "预期"},
	{"items under a heading of targets alone ((二）主要预期目标) have its modality",
	    "河口市政府工作报告\n\n各位代表：\n\n二、2025年工作安排\n\n（一）主要预期目标\n\n"
	    "一般公共预算收入增长5%。\n\n（二）重点工作\n\n新建学校3所。\n", 2, 0, FIELD_MODALITY, "预期"},
	{"items under a heading of targets alone ((二）主要预期目标) have its modality",
	    "河口市政府工作报告\n\n各位代表：\n\n二、2025年工作安排\n\n（一）主要预期目标\n\n"
	    "一般公共预算收入增长5%。\n\n（二）重点工作\n\n新建学校3所。\n", 2, 1, FIELD_MODALITY, ""},
	{"a count of a set right after a verb that makes it (建立12条产业链, 培育8条产业链) is a target, not the set's size",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2024年工作安排\n\n实施产业链提升行动，建立12条重点产业链链长制。\n",
	    1, 0, FIELD_VALUE, "12"},
	{"a count of a set right after a verb that makes it (建立12条产业链, 培育8条产业链) is a target, not the set's size",
	    "河口市政府工作报告\n\n各位代表：\n\n二、2024年工作安排\n\n聚焦先进制造业，培育8条百亿级产业链。\n",
	    1, 0, FIELD_VALUE, "8"},
	{"this year's half or quarter after a word of intent and 在/于 (将在2025年上半年) is a deadline, not the part gone by",
	    "江城充电网络建设提速\n\n发布时间：2025-01-10\n\n市交通局负责人介绍，第二批公共充电站将在2025年"
	    "上半年建成投用，数量不少于300座。\n", 1, 0, FIELD_VALUE, "300"},
	{"this year's half or quarter after a word of intent and 在/于 (将在2025年上半年) is a deadline, not the part gone by",
	    "河口重点项目建设\n\n发布时间：2024-01-15\n\n河口市发展改革委表示，力争于2024年一季度完成"
	    "重点项目投资50亿元。\n", 1, 0, FIELD_VALUE, "50"},
	{"a time's 在 or 于 is no part of what is measured (力争在年底前完成投资)",
	    "河口重点项目建设\n\n发布时间：2024-01-15\n\n今年力争在年底前完成投资80亿元。\n", 1, 0,
	    FIELD_METRIC, "完成投资"},
	{"a time's 在 or 于 is no part of what is measured (力争在年底前完成投资)",
	    "江城水利建设\n\n发布时间：2023-02-15\n\n全市确保在6月底前完成病险水库除险加固12座。\n", 1, 0,
	    FIELD_METRIC, "完成病险水库除险加固"},
	{"numbered headings that count again from 一 under an unnumbered heading (2024年重点工作) are its parts and plan or review as it does",
	    "江城市政府工作报告\n\n各位代表：\n\n2023年工作回顾\n\n一、经济运行稳中有进\n\n"
	    "全市新建学校10所，新增就业岗位2万个。\n\n2024年重点工作\n\n一、着力稳定经济增长\n\n"
	    "新建学校20所。\n\n二、推动重大项目取得新进展\n\n新开工重大项目30个。\n", 2, 1,
	    FIELD_VALUE, "30"},
	{"numbered headings that count again from 一 under an unnumbered heading (2024年重点工作) are its parts and plan or review as it does",
	    "河口市政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作，请予审议。\n\n"
	    "2023年工作回顾\n\n一、社会大局和谐稳定\n\n新建便民警务站20个。\n\n二、城市面貌焕然一新\n\n"
	    "新建口袋公园15个，计划明年再建一批。\n\n2024年重点工作\n\n一、全力维护社会稳定\n\n"
	    "新建便民警务站30个。\n", 1, 0, FIELD_VALUE, "30"},
	{"a heading of a five-year span and a year (“十五五”时期主要目标和2026年重点工作) gives its parts the year",
	    "江城市政府工作报告\n\n各位代表：\n\n二、“十五五”时期主要目标和2026年重点工作\n\n"
	    "全年工作安排如下。\n\n（一）扩大有效投资\n\n新开工重大项目100个。\n", 1, 0, FIELD_PERIOD,
	    "2026年"},
	{"a heading of a five-year span and a year (“十五五”时期主要目标和2026年重点工作) gives its parts the year",
	    "河口市政府工作报告\n\n各位代表：\n\n二、“十四五”时期目标任务和2021年工作安排\n\n"
	    "（一）稳定农业生产\n\n新建高标准农田5万亩。\n", 1, 0, FIELD_PERIOD, "2021年"},
	{"a report whose title names a year's review and the next year's plan (关于2024年…执行情况与2025年…草案的报告) speaks in the later year",
	    "关于2024年预算执行情况与2025年预算草案的报告\n\n各位代表：\n\n一、2024年预算执行情况\n\n"
	    "全市一般公共预算收入完成120亿元。\n\n二、2025年预算草案\n\n安排教育支出30亿元。\n",
	    1, 0, FIELD_VALUE, "30"},
	{"a report whose title names a year's review and the next year's plan (关于2024年…执行情况与2025年…草案的报告) speaks in the later year",
	    "关于江城市二〇二二年国民经济和社会发展计划执行情况与二〇二三年计划草案的报告\n\n各位代表：\n\n"
	    "一、二〇二二年计划执行情况\n\n全市新建公路120公里。\n\n二、二〇二三年计划草案\n\n新建公路80公里。\n",
	    1, 0, FIELD_VALUE, "80"},
	{"a clause that says what a figure leaves out (剔除…因素后) names no time of the figure",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2025年工作安排\n\n今年安排教育支出30亿元，"
	    "剔除2023年结转至2024年资金因素后，同口径增长8%。\n", 2, 1, FIELD_VALUE, "8"},
	{"a clause that says what a figure leaves out (剔除…因素后) names no time of the figure",
	    "河口市政府工作报告\n\n各位代表：\n\n二、2025年工作安排\n\n扣除2024年一次性收入因素后，"
	    "一般公共预算收入要增长5%左右。\n", 1, 0, FIELD_VALUE, "5"},
	{"a department's report names no place: the body under its title (江城市财政局) or entrusted (受…委托，财政部) made it",
	    "关于江城市2024年预算执行情况与2025年预算草案的报告\n\n——2025年1月8日在江城市第五届人民代表大会第四次会议上\n\n"
	    "江城市财政局\n\n各位代表：\n\n二、2025年预算草案\n\n安排教育支出30亿元。\n", 1, 0, FIELD_ORG,
	    "江城市财政局"},
	{"a department's report names no place: the body under its title (江城市财政局) or entrusted (受…委托，财政部) made it",
	    "关于2024年计划执行情况与2025年计划草案的报告\n\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n\n"
	    "各位代表：\n\n受国务院委托，国家发展和改革委员会现将2025年计划草案提请审议。\n\n"
	    "二、2025年计划草案\n\n新增高标准农田4000万亩。\n", 1, 0, FIELD_ORG, "国家发展和改革委员会"},
	{"a story on a report made on another's behalf (受国务院委托，财政部…提请审查) is that body's",
	    "关于2025年预算草案的报告（摘要）\n\n《人民日报》（2025年03月06日第 08 版）\n\n"
	    "受国务院委托，财政部3月5日提请十四届全国人大三次会议审查《关于2025年预算草案的报告》。\n\n"
	    "二、2025年预算草案\n\n今年拟安排中央预算内投资7350亿元。\n", 1, 0, FIELD_ORG, "财政部"},
	{"a story on a report made on another's behalf (受国务院委托，财政部…提请审查) is that body's",
	    "关于2024年计划草案的报告（摘要）\n\n发布时间：2024-01-10\n\n"
	    "受江城市人民政府委托，江城市发展和改革委员会向市人大会议提交了2024年计划草案的报告。\n\n"
	    "今年全市计划新开工重大项目120个。\n", 1, 0, FIELD_ORG, "江城市发展和改革委员会"},
	{"a story's numbered heading that names the year it plans for (三、2026年…的主要任务) opens a plan",
	    "关于江城市2025年计划执行情况与2026年计划草案的报告（摘要）\n\n《江城日报》（2026年02月06日第 03 版）\n\n"
	    "一、2025年计划执行情况\n\n全市新建5G基站3000个。\n\n三、2026年国民经济和社会发展计划的主要任务\n\n"
	    "新建5G基站2000个，设立10亿元产业引导基金。\n", 2, 1, FIELD_VALUE, "10"},
	{"a story's numbered heading that names the year it plans for (三、2026年…的主要任务) opens a plan",
	    "河口市预算报告（摘要）\n\n发布时间：2025-01-20\n\n一、2024年预算执行情况\n\n"
	    "全市一般公共预算收入完成120亿元。\n\n二、2025年预算草案和重点工作安排\n\n"
	    "安排教育支出30亿元。\n", 1, 0, FIELD_VALUE, "30"},
	{"a short line led by a dash that ends as an item (——粮食产量…左右。) is a list's item, not a subtitle",
	    "江城市政府工作报告\n\n各位代表：\n\n二、2024年工作安排\n\n今年主要预期目标是：\n\n"
	    "——地区生产总值增长6%左右；\n\n——城镇登记失业率控制在3%以内。\n", 2, 1, FIELD_METRIC,
	    "城镇登记失业率"},
	{"a short line led by a dash that ends as an item (——粮食产量…左右。) is a list's item, not a subtitle",
	    "河口市政府工作报告\n\n——在河口市第五届人民代表大会第三次会议上\n\n各位代表：\n\n"
	    "二、2024年工作安排\n\n——粮食产量稳定在30万吨以上。\n", 1, 0, FIELD_VALUE, "30"},
	{"a body written on into a word (工业和信息化部市场…) takes no place suffix from it",
	    "工业和信息化部推进中小企业数字化\n\n发布时间：2024-03-02\n\n工业和信息化部市场监管"
	    "相关负责人介绍，今年将力争培育专精特新中小企业1万家以上。\n", 1, 0, FIELD_ORG,
	    "工业和信息化部"},
	{"a body written on into a word (工业和信息化部市场…) takes no place suffix from it",
	    "商务部推进流通网络建设\n\n发布时间：2023-06-02\n\n商务部市场体系建设司负责人表示，"
	    "到2025年，全国力争建成县级物流配送中心1000个。\n", 1, 0, FIELD_ORG, "商务部"},
	{"a rank among places (工业大市, 农业强县) names no place, written bare or not",
	    "江南出台意见\n\n发布时间：2021-03-10\n\n江南省出台意见，明确提出：“2020-2025年，"
	    "工业大市大县每年出让土地总量中工业用地比例不低于30%”。\n", 1, 0, FIELD_ORG, "江南省"},
	{"a rank among places (工业大市, 农业强县) names no place, written bare or not",
	    "河西出台意见\n\n发布时间：2021-03-10\n\n河西省出台意见，提出今后三年，"
	    "农业强县每年新建高标准农田10万亩。\n", 1, 0, FIELD_ORG, "河西省"},
	{"a clause that opens with a city written bare (据江城…规划显示) is the city's, when the story names it in full",
	    "两城人口大比拼\n\n发布时间：2021-09-30\n\n近日，国家统计局发布了《人口普查图表》，"
	    "江城市和河口市都是特大城市。\n\n据江城国土空间规划显示，2035年江城常住人口将控制在"
	    "1600万人左右。\n", 1, 0, FIELD_ORG, "江城市"},
	{"a clause that opens with a city written bare (据江城…规划显示) is the city's, when the story names it in full",
	    "两城人才大比拼\n\n发布时间：2021-09-30\n\n近日，国家统计局发布了《人口普查图表》，"
	    "江城市和河口市都是特大城市。\n\n今年4月，河口出台人才新政，计划今年新增技能人才2万人。\n",
	    1, 0, FIELD_ORG, "河口市"},
	{"a post alone (常务副省长凌成兴) serves the place of its level named before it",
	    "高速公路建设提速\n\n发布时间：2011-03-24\n\n3月20日，全省交通工作会议召开，江南省委常委、"
	    "常务副省长张明出席会议并讲话。\n\n张明说，今年要开工建设高速公路500公里。\n",
	    1, 0, FIELD_ORG, "江南省"},
	{"a post alone (常务副省长凌成兴) serves the place of its level named before it",
	    "保障性住房集中开工\n\n发布时间：2021-08-27\n\n江城市新一批保障性住房集中开工。"
	    "市委副书记、市长李华在开工活动上讲话。\n\n李华说，今年要建设保障性住房3万套。\n",
	    1, 0, FIELD_ORG, "江城市"},
	{"a place's suffix before 外, 内 or 级 (省外内资, 市外游客) ends no name",
	    "江城市招商引资再发力\n\n发布时间：2022-02-08\n\n“十四五”期间，累计引进省外内资"
	    "1000亿元。\n", 1, 0, FIELD_ORG, "江城市"},
	{"a place's suffix before 外, 内 or 级 (省外内资, 市外游客) ends no name",
	    "江城市文旅市场回暖\n\n发布时间：2023-02-08\n\n今年，累计接待市外游客300万人次。\n",
	    1, 0, FIELD_ORG, "江城市"},
	{"one's own place in a story's sentence (全市, 全区) names no place",
	    "重庆市加快水利建设\n\n2011年1月13日，记者从全市水利工作会议上获悉，"
	    "今年全市水利建设投资将达500亿元。\n", 1, 0, FIELD_ORG, "重庆市"},
	{"one's own place in a story's sentence (全市, 全区) names no place",
	    "郑州市加快水利建设\n\n2012年1月10日，记者从全市水利工作会议上获悉，"
	    "今年全市水利投资将达60亿元。\n", 1, 0, FIELD_ORG, "郑州市"},
	{"a lead-in's cue speaks for the bulleted parts after it, a head and a paragraph each",
	    "江城市出台意见 推动开放发展\n\n近日，市政府印发了《关于推进开放发展的意见》。"
	    "目标是：\n\n● 外贸实现新突破\n\n“十四五”期间，累计进出口总额3000亿元，"
	    "新增外贸企业500家。\n\n● 平台实现新跨越\n\n“十四五”期间，建成跨境电商产业园5个。\n",
	    3, 2, FIELD_VALUE, "5"},
	{"a lead-in's cue speaks for the bulleted parts after it, a head and a paragraph each",
	    "河口县发文加强招商\n\n县政府日前出台措施，主要目标如下：\n\n■ 项目引进\n\n"
	    "引进亿元以上项目40个，其中超10亿元项目8个。\n\n■ 人才集聚\n\n引进高层次人才200人。\n",
	    3, 2, FIELD_VALUE, "200"},
	{"bulleted parts under no lead-in are not targets by their marks",
	    "江城市外贸简讯\n\n● 外贸\n\n全市进出口总额3000亿元，外贸企业500家。\n",
	    0, 0, FIELD_COUNT, NULL},
	{"a lead-in that counts its parts (三大领域：) speaks for that many paragraphs",
	    "江城市重大项目计划出炉\n\n根据计划，2022年重大项目重点安排于产业、基础设施、"
	    "民生三大领域：\n\n其中，产业类项目250个。\n\n基础设施类项目276个。\n\n"
	    "民生类项目357个。\n\n该市共有规上企业3000家。\n",
	    3, 2, FIELD_VALUE, "357"},
	{"a lead-in that counts its parts (三大领域：) speaks for that many paragraphs",
	    "河口县项目计划公布\n\n根据县里部署，今年重点项目分为两类：\n\n新建项目40个，总投资80亿元。\n\n"
	    "续建项目60个。\n\n全县新增企业300家。\n",
	    3, 2, FIELD_VALUE, "60"},
	{"a lead-in's cue speaks for a list set one item a line, each ending in ；",
	    "江城县2025年政府工作报告\n\n全县经济社会发展主要预期目标是：\n\n"
	    "地区生产总值增长7%；\n\n固定资产投资增长6%；\n\n城镇新增就业2500人。\n",
	    3, 2, FIELD_MODALITY, "预期"},
	{"a lead-in's cue speaks for a list set one item a line, each ending in ；",
	    "河口市2024年政府工作报告\n\n今年全市的主要预期目标是：\n\n"
	    "一般公共预算收入增长5%；\n\n社会消费品零售总额增长8%；\n\n"
	    "城镇登记失业率控制在4%以内。\n\n新建公园3个。\n",
	    4, 1, FIELD_MODALITY, "预期"},
	{"a title that names whose work report it is gives the organisation",
	    "江城县2025年政府工作报告\n\n全县经济社会发展主要预期目标是：\n\n"
	    "地区生产总值增长7%；\n", 1, 0, FIELD_ORG, "江城县人民政府"},
	{"a title that names whose work report it is gives the organisation",
	    "河口市2024年政府工作报告\n\n今年全市新建学校8所。\n", 1, 0,
	    FIELD_ORG, "河口市人民政府"},
	{"a document on a matter (X关于…的意见) is its issuers' commitment",
	    "中共中央 国务院关于加快建设农业强国的意见\n\n到2027年，全国粮食产量达到"
	    "7亿吨以上。\n", 1, 0, FIELD_ORG, "中共中央 国务院"},
	{"a document on a matter (X关于…的意见) is its issuers' commitment",
	    "江城省人民政府关于促进民营经济发展的实施意见\n\n到2026年，全省民营企业达到"
	    "50万家。\n", 1, 0, FIELD_ORG, "江城省人民政府"},
	{"an average (年均) between the verb and the number leaves both whole",
	    "今年，全市人口自然增长率控制在年均千分之十点八三。\n", 1, 0,
	    FIELD_METRIC, "人口自然增长率"},
	{"an average (年均) between the verb and the number leaves both whole",
	    "今年，全县投资增长控制在年均8%以内，城镇新增就业年均4000人。\n", 2, 0,
	    FIELD_COMPARATOR, "以内"},
	{"a text that writes its figures in Chinese numbers and its list items in digits",
	    "“九五”计划\n\n1．到二〇〇〇年，人均居住面积从七点九平方米增加到九平方米。\n\n"
	    "2．到二〇〇〇年，彩电普及率由百分之四十二提高到百分之六十。\n\n3．农村通电。\n\n"
	    "4．通信。\n\n5．交通。\n\n6．教育。\n\n7．卫生。\n\n8．体育。\n", 2, 0,
	    FIELD_VALUE, "9"},
	{"a text that writes its figures in Chinese numbers and its list items in digits",
	    "某县五年规划\n\n1．到二〇二五年，全县新建公路从一百公里增加到二百公里。\n\n"
	    "2．到二〇二五年，电话普及率由百分之四十提高到百分之八十。\n\n3．农业。\n\n4．工业。\n\n"
	    "5．商业。\n\n6．教育。\n\n7．卫生。\n\n8．体育。\n", 2, 0,
	    FIELD_VALUE, "200"},
	{"a bound right after a count is the class of what it counts",
	    "今年，全省要对500个50户以上村寨实施改造。\n", 1, 0, FIELD_VALUE, "500"},
	{"a bound right after a count is the class of what it counts",
	    "今年，全市力争提档升级7个规模3000吨以上的冷库。\n", 1, 0, FIELD_VALUE,
	    "7"},
	{"a list's counts with their own bounds are each a target",
	    "今年，全市要组织100个以上团组、4000家以上企业走出去。\n", 2, 1,
	    FIELD_VALUE, "4000"},
	{"a list's counts with their own bounds are each a target",
	    "今年，全县新启动220个、1.9万户以上老旧小区改造。\n", 2, 1,
	    FIELD_VALUE, "1.9"},
	{"places a count must reach (进入前30位) define it; a rank to hold is a target",
	    "今年，全市力争1-2个开发区进入省级评价前30位。\n", 1, 0, FIELD_VALUE_MAX,
	    "2"},
	{"places a count must reach (进入前30位) define it; a rank to hold is a target",
	    "今年，全市确保电商网络交易额稳居全省前3位。\n", 1, 0, FIELD_VALUE, "3"},
	{"a year's plan (2022年度) is one time phrase, not 2022年 and a stray 度",
	    "今年，全省要落实2023年度冬小麦播种任务1275万亩。\n", 1, 0, FIELD_METRIC,
	    "落实冬小麦播种任务"},
	{"a year's plan (2022年度) is one time phrase, not 2022年 and a stray 度",
	    "2022年度计划投资约330.3亿元。\n", 1, 0, FIELD_PERIOD, "2022年度"},
	{"a budget (预算数为, 预算安排) plans what is spent; 执行数 is what was spent",
	    "3月24日，各部门公开2021年预算。今年在公开时，全部说明了压减支出情况。\n\n"
	    "2021年财政部一般行政管理事务预算数比2020年执行数下降39.80%。\n", 1, 0,
	    FIELD_VALUE, "39.8"},
	{"a budget (预算数为, 预算安排) plans what is spent; 执行数 is what was spent",
	    "记者了解到，今年中央本级支出预算数为35015亿元。\n", 1, 0, FIELD_VALUE,
	    "35015"},
	{"a clause that reports what its number did (102个部门说明了…) is a result",
	    "今年在公开预算时，102个中央部门全部说明了过紧日子的情况。"
	    "今年全市力争新建学校12所。\n", 1, 0, FIELD_VALUE, "12"},
	{"a clause that reports what its number did (102个部门说明了…) is a result",
	    "今年以来，全县30个村完成了改造，全年要新建公园5个。\n", 1, 0,
	    FIELD_VALUE, "5"},
	{"a central body that opens a clause (2021年财政部…) is its organisation",
	    "各部门晒出2021年预算\n\n记者注意到，2021年财政部一般行政管理事务预算数比2020年"
	    "执行数下降39.8%；国家铁路局2021年机关运行经费预算数为1615.41万元。\n", 2, 1,
	    FIELD_ORG, "国家铁路局"},
	{"a central body that opens a clause (2021年财政部…) is its organisation",
	    "部门预算公开\n\n记者了解到，今年水利部要新建水文站120个。\n", 1, 0,
	    FIELD_ORG, "水利部"},
	{"a headline that opens with a verb (落实政府过紧日子要求) names no body",
	    "各部门晒出预算\n\n落实政府过紧日子要求\n\n今年全市要压减一般性支出5%。\n",
	    1, 0, FIELD_ORG, ""},
	{"a headline that opens with a verb (落实政府过紧日子要求) names no body",
	    "坚持政府带头过紧日子\n\n今年全县要压减会议费10%。\n", 1, 0, FIELD_ORG, ""},
	{"据X介绍: the one quoted speaks for the body the story named them with",
	    "节能论坛举行\n\n国家工业和信息化部科技司副司长戴晓慧表示，任务很重。\n\n"
	    "据戴晓慧介绍，2015年单位工业增加值用水量要降低25%。\n", 1, 0, FIELD_ORG,
	    "工业和信息化部"},
	{"据X介绍: the one quoted speaks for the body the story named them with",
	    "交通会议召开\n\n交通运输部规划司司长王明在会上发言。\n\n"
	    "据王明介绍，今年全国要新改建农村公路15万公里。\n", 1, 0, FIELD_PERSON,
	    "王明"},
	{"a plan's completion rate (计划完成率) measures a past year, it plans nothing",
	    "去年全市完成投资596.3亿元，计划完成率119.3%。其中，交通行业完成182.4亿元。"
	    "今年力争完成投资650亿元。\n", 1, 0, FIELD_VALUE, "650"},
	{"a plan's completion rate (计划完成率) measures a past year, it plans nothing",
	    "2021年全县新建项目58个，计划完成率105%，其中工业项目完成30个。\n"
	    "2022年全县计划新建项目60个。\n", 1, 0, FIELD_VALUE, "60"},
	{"a name that runs on past its suffix (中部省会, 资本市场) is no place",
	    "中部省会竞逐新赛道\n\n长沙市委书记吴桂英作报告说，今后五年全市数字经济占比要超过45%。\n",
	    1, 0, FIELD_ORG, "长沙市委"},
	{"a name that runs on past its suffix (中部省会, 资本市场) is no place",
	    "资本市场迎来新规\n\n江城市市长王明表示，今年全市力争新增上市公司5家。\n",
	    1, 0, FIELD_ORG, "江城市"},
	{"a line of page chrome (原标题：…) opens no place's part of a story",
	    "竞逐新赛道\n\n原标题：竞逐新赛道\n\n今年全国数字经济要增长10%。\n\n"
	    "郑州：发展数字经济\n\n今年全市数字经济要增长15%。\n\n"
	    "合肥：发展数字经济\n\n今年全市数字经济要增长12%。\n", 3, 0, FIELD_ORG, ""},
	{"a line of page chrome (原标题：…) opens no place's part of a story",
	    "竞逐新赛道\n\n摘要：各地竞逐新赛道\n\n今年全国数字经济要增长10%。\n\n"
	    "郑州：发展数字经济\n\n今年全市数字经济要增长15%。\n\n"
	    "合肥：发展数字经济\n\n今年全市数字经济要增长12%。\n", 3, 2, FIELD_ORG, "合肥"},
	{"a verb, its number, then the noun (完成45.7万亩高标准农田建设): the verb and the noun",
	    "今年，全区完成45.7万亩高标准农田建设。\n", 1, 0, FIELD_METRIC,
	    "完成高标准农田建设"},
	{"a verb, its number, then the noun (完成45.7万亩高标准农田建设): the verb and the noun",
	    "今年，全市完成不少于60万平方米的既有建筑节能改造。\n", 1, 0, FIELD_METRIC,
	    "完成既有建筑节能改造"},
	{"a share of what reaches a state (90%的化工园区达到…) is measured by what follows 的",
	    "今年，确保全区90%的化工园区达到较低安全风险等级、80%的煤矿达到安全生产标准化二级。\n",
	    2, 1, FIELD_METRIC, "煤矿达到安全生产标准化二级"},
	{"a share of what reaches a state (90%的化工园区达到…) is measured by what follows 的",
	    "今年，全市要新改造老旧小区45个，80%以上的小区布设智能快件箱。\n", 2, 1, FIELD_METRIC,
	    "小区布设智能快件箱"},
	{"a share of what reaches a state (90%的化工园区达到…) is measured by what follows 的",
	    "今年，东部地区村集体收入全部达到100万元，西部地区75%的村集体收入达到50万元。\n",
	    2, 1, FIELD_METRIC, "村集体收入达到50万元"},
	{"the level a share reaches (45%的村集体经济年收入超30万元) defines the share",
	    "今年，全县要推动45%的村集体经济年收入超30万元。\n", 1, 0, FIELD_VALUE, "45"},
	{"a number in words inside a programme's name (千万吨粮食增产计划) is no target",
	    "今年，全省要落实千万吨粮食增产计划，粮食产量稳定在240亿斤以上。\n", 1, 0,
	    FIELD_VALUE, "240"},
	{"a number in words inside a programme's name (千万吨粮食增产计划) is no target",
	    "今年，全市深入实施百万头肉牛建设工程，肉牛存栏达到70.6万头。\n", 1, 0,
	    FIELD_VALUE, "70.6"},
	{"a list's later item takes the verb its first item opens with (扩种油菜…、大豆…)",
	    "今年，全省扩种油菜到47.3万亩、大豆11万亩。\n", 2, 1, FIELD_METRIC,
	    "扩种大豆"},
	{"a list's later item takes the verb its first item opens with (扩种油菜…、大豆…)",
	    "今年，全市力争推广新能源重卡500台、轻卡2500台。\n", 2, 1, FIELD_METRIC,
	    "推广轻卡"},
};

/* Runs the whole extractor on text; returns the rows in *l. */
static void
extract(const char *text, struct record_list *l)
{
	struct doc d;
	struct match_stats stats;
	memset(&d, 0, sizeof d);
	memset(l, 0, sizeof *l);
	d.file = "t.txt";
	if (doc_build_text(&d, strdup(text), strlen(text)) != 0 ||
	    doc_prepare(&d, NULL) != 0 ||
	    match_doc(&d, "t.txt", l, &stats, NULL, NULL) != 0)
		CHECK(0, "extraction ran on \"%s\"", text);
	doc_free(&d);
}

int
main(void)
{
	if (patterns_init() != 0) {
		CHECK(0, "patterns compile");
		return CHECK_DONE();
	}
	match_prepare();
	for (size_t k = 0; k < sizeof rules / sizeof rules[0]; k++) {
		const struct rule *r = &rules[k];
		struct record_list l;
		extract(r->text, &l);
		CHECK(l.n == r->rows, "%s (#%zu): %zu rows (got %zu)", r->class, k,
		    r->rows, l.n);
		if (l.n != r->rows)
			for (size_t i = 0; i < l.n; i++)
				printf("#   row %zu: %s %s%s [%s]\n", i,
				    record_get(&l.v[i], FIELD_METRIC),
				    record_get(&l.v[i], FIELD_VALUE),
				    record_get(&l.v[i], FIELD_UNIT),
				    record_get(&l.v[i], FIELD_PERIOD));
		if (r->field < FIELD_COUNT && l.n > r->row)
			CHECK_STR(record_get(&l.v[r->row], r->field), r->want,
			    "%s (#%zu): row %zu %s", r->class, k, r->row,
			    record_columns[r->field].key);
		record_list_free(&l);
	}
	patterns_free();
	return CHECK_DONE();
}
