/*
 * The lexicon: every word a rule of the extractor depends on, one table
 * per kind. A word's context (the characters that may not stand right
 * before or after it) is part of its entry, so that 要 is a cue in 要确保
 * but not in 主要 or 要素.
 */
#include "lexicon.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/currency.h"
#include "../common/utf8.h"

#define F(w, f) {w, f, NULL, NULL}
#define W(w) {w, 0, NULL, NULL}

/* Sentence cues. A longer word wins over the shorter one it holds
 * (今年以来 over 今年), so a phrase with its own meaning is listed whole. */
static const struct lex_entry cue[] = {
	/* Commitments: the word written as 措辞. */
	{"确保", CUE_MODAL | CUE_FUTURE, NULL, "了"},
	F("力争", CUE_MODAL | CUE_FUTURE),
	/* Not 争取到, nor 争取资金/争取中央支持 (to obtain, in a review). */
	{"争取", CUE_MODAL | CUE_FUTURE, NULL, "了到各上中国省政资项试专支债"},
	/* Not the noun: 经过努力, 共同努力, 不懈努力. */
	{"努力", CUE_MODAL | CUE_FUTURE, "过同懈辛的出些和大多", "下了"},
	F("力求", CUE_MODAL | CUE_FUTURE),
	/* Not 人均预期寿命, nor a judgement of results (低于预期, 超预期,
	 * 符合预期, 不及预期). */
	{"预期", CUE_MODAL | CUE_FUTURE, "于超出合及", "寿"},
	F("务必", CUE_MODAL | CUE_FUTURE),
	F("保证", CUE_MODAL | CUE_FUTURE),
	F("必须", CUE_MODAL | CUE_FUTURE),
	/* Not the noun: 工作要求, 总体要求. */
	{"要求", CUE_MODAL | CUE_FUTURE, "作的和等项些本准合高严新体殊出规", "，。、；：的和”"},
	/* 要 as a verb of intent; not 主要, 重要, 需要, 要素, 要点 … */
	{"要", CUE_MODAL | CUE_FUTURE, "主重需必只纪概摘扼提首简机政纲只显紧", "素点是闻件害道求"},
	/* 计划 of intent (计划新建), not the noun (成长计划，). */
	{"计划", CUE_MODAL | CUE_FUTURE, "“《的长标划动", "，。、；：”》的和及与）地"},
	{"拟", CUE_MODAL | CUE_FUTURE, "模草虚比", "定稿人写"},
	/* Forward-looking, but not written as 措辞. */
	/* Weak: 将 also stands for 把 in a past narrative (将5个乡镇纳入). */
	{"将", CUE_FUTURE | CUE_WEAK, "即", "军领近士来"},
	{"目标是", CUE_FUTURE | CUE_LEAD, NULL, NULL},
	{"目标为", CUE_FUTURE | CUE_LEAD, NULL, NULL},
	{"目标：", CUE_FUTURE | CUE_LEAD, NULL, NULL},
	{"目标如下", CUE_FUTURE | CUE_LEAD, NULL, NULL},
	{"任务是", CUE_FUTURE | CUE_LEAD, NULL, NULL},
	/* What a plan or a report proposes is its targets (此次方案提出，
	 * …达到37万元), whatever the paragraph before it reviewed. */
	F("方案提出", CUE_FUTURE | CUE_LEAD),
	F("规划提出", CUE_FUTURE | CUE_LEAD),
	F("意见提出", CUE_FUTURE | CUE_LEAD),
	F("纲要提出", CUE_FUTURE | CUE_LEAD),
	F("报告提出", CUE_FUTURE | CUE_LEAD),
	F("措施提出", CUE_FUTURE | CUE_LEAD),
	F("明确提出", CUE_FUTURE | CUE_LEAD),
	F("》提出", CUE_FUTURE | CUE_LEAD), /* 《…三年行动计划》提出 */
	F("今年", CUE_FUTURE | CUE_TIME),
	F("今年内", CUE_FUTURE | CUE_TIME),
	F("明年", CUE_FUTURE | CUE_TIME),
	F("年底前", CUE_FUTURE | CUE_TIME),
	F("今后", CUE_FUTURE | CUE_TIME),
	/* Not 未来社区, 未来产业: only a span ahead. */
	F("未来五年", CUE_FUTURE | CUE_TIME),
	F("未来三年", CUE_FUTURE | CUE_TIME),
	F("未来两年", CUE_FUTURE | CUE_TIME),
	F("未来几年", CUE_FUTURE | CUE_TIME),
	F("未来5年", CUE_FUTURE | CUE_TIME),
	F("未来3年", CUE_FUTURE | CUE_TIME),
	F("未来一个时期", CUE_FUTURE | CUE_TIME),
	F("未来一段时期", CUE_FUTURE | CUE_TIME),
	F("下一步", CUE_FUTURE | CUE_TIME),
	F("下阶段", CUE_FUTURE | CUE_TIME),
	F("届时", CUE_FUTURE | CUE_TIME),
	{"力促", CUE_FUTURE, "聚尽全努协合", NULL},
	F("着力", CUE_FUTURE | CUE_WEAK),
	F("全年", CUE_FUTURE | CUE_WEAK),
	F("年内", CUE_FUTURE | CUE_WEAK),
	F("年底", CUE_FUTURE | CUE_WEAK),
	F("尽快", CUE_FUTURE | CUE_WEAK),
	/* A budget plans what is spent (支出预算数为35015亿元); not 一般
	 * 公共预算收入, a metric, nor 预算执行 (what was spent). */
	F("预算数", CUE_FUTURE | CUE_WEAK),
	F("预算为", CUE_FUTURE | CUE_WEAK),
	F("预算安排", CUE_FUTURE | CUE_WEAK),
	/* Results. */
	{"去年", CUE_PAST | CUE_TIME, "比较同于在从由", NULL},
	{"上年", CUE_PAST | CUE_TIME, "比较同于在从由", "度同期基础"},
	F("过去", CUE_PAST | CUE_TIME),
	F("已经", CUE_PAST),
	F("业已", CUE_PAST),
	{"已", CUE_PAST, "不而早", "知往"},
	F("早已", CUE_PAST),
	F("刚刚", CUE_PAST),
	F("一年来", CUE_PAST | CUE_TIME),
	F("两年来", CUE_PAST | CUE_TIME),
	F("三年来", CUE_PAST | CUE_TIME),
	F("五年来", CUE_PAST | CUE_TIME),
	F("近年来", CUE_PAST | CUE_TIME),
	F("多年来", CUE_PAST | CUE_TIME),
	F("近五年", CUE_PAST | CUE_TIME),
	F("今年以来", CUE_PAST | CUE_TIME | CUE_SINCE),
	F("今年一季度", CUE_PAST | CUE_TIME),
	F("今年上半年", CUE_PAST | CUE_TIME),
	F("今年前三季度", CUE_PAST | CUE_TIME),
	F("前三季度", CUE_PAST | CUE_TIME),
	F("近三年", CUE_PAST | CUE_TIME),
	F("近两年", CUE_PAST | CUE_TIME),
	F("近几年", CUE_PAST | CUE_TIME),
	F("近年", CUE_PAST | CUE_TIME),
	F("年初以来", CUE_PAST | CUE_TIME | CUE_SINCE),
	F("截至", CUE_PAST | CUE_TIME | CUE_SINCE),
	F("截止", CUE_PAST | CUE_TIME | CUE_SINCE),
	F("曾经", CUE_PAST),
	F("历史上", CUE_PAST | CUE_TIME),
	F("实现了", CUE_PAST),
	F("完成了", CUE_PAST),
	F("达到了", CUE_PAST),
	F("增长了", CUE_PAST),
	F("突破了", CUE_PAST),
	F("提高了", CUE_PAST),
	F("新增了", CUE_PAST),
	F("建成了", CUE_PAST),
	F("下降了", CUE_PAST),
	F("减少了", CUE_PAST),
	F("取得了", CUE_PAST),
	F("获得了", CUE_PAST),
	F("荣获", CUE_PAST),
	F("首次", CUE_PAST),
	F("首破", CUE_PAST),
	F("创历史新高", CUE_PAST),
	/* Figures a statistic reports. */
	F("数据显示", CUE_PAST),
	F("统计显示", CUE_PAST),
	F("数据表明", CUE_PAST),
	F("据统计", CUE_PAST),
	F("同比", CUE_MEASURED),
	/* A plan's completion rate is measured after the year (计划完成率
	 * 119.3%), not a plan. */
	F("计划完成率", CUE_MEASURED),
	/* 完成年度计划119%: the part of the plan done, after the year. */
	F("完成年度计划", CUE_MEASURED),
	F("完成全年计划", CUE_MEASURED),
	/* A present state: the number after it is not a target. */
	F("现有", CUE_STATE),
	{"目前", CUE_STATE, "项题节科盲数", NULL}, /* not 项目前期 */
	F("现在", CUE_STATE),
	F("原有", CUE_STATE),
	F("仅有", CUE_STATE),
	F("只有", CUE_STATE),
	{"共有", CUE_STATE, NULL, "产"}, /* not 共有产权住房 */
	F("尚有", CUE_STATE),
	F("还有", CUE_STATE),
	F("约有", CUE_STATE),
	F("拥有", CUE_STATE),
	F("大约有", CUE_STATE),
	/* 以上共计20项指标, 我市共计24个: a tally. 合计 and 总计 are left
	 * out: a plan's sum over its years (五年合计为11,194亿元) is one
	 * of its targets. */
	F("共计", CUE_STATE),
	{"有", CUE_STATE, "拥具没所占享持含保只仅共尚还约既", "效关望力序利机色线偿限益"},
	/* Estimates and conditions. */
	F("预计", CUE_FORECAST),
	F("预测", CUE_FORECAST),
	F("估计", CUE_FORECAST),
	F("有望", CUE_FORECAST),
	F("可望", CUE_FORECAST),
	F("如果", CUE_CONDITION),
	F("假如", CUE_CONDITION),
	F("倘若", CUE_CONDITION),
	F("一旦", CUE_CONDITION),
	{"若", CUE_CONDITION, "倘", "干"},
	/* Rules and standards. */
	F("标准为", CUE_RULE),
	F("补贴标准", CUE_RULE),
	F("补助标准", CUE_RULE),
	{"执行", CUE_RULE, NULL, "数率情"}, /* not 执行数 (spending done) */
	F("不得超过", CUE_RULE),
	F("不得低于", CUE_RULE),
};

/* Time words a row's period is read from (besides years and 到2025年,
 * which are patterns). */
static const struct lex_entry period[] = {
	W("全年"), W("年内"), W("今年内"), W("今年"), W("明年"), W("本年度"),
	W("本年"), W("当年"), W("年底前"), W("年底"), W("年末"), W("尽快"),
	/* Not in a term: 牧业年度, 财政年度, 会计年度. */
	{"年度", 0, "上本各业政计", "内目指"},
};

static const struct lex_entry scale[] = {
	W("万亿"), W("千万"), W("百万"), W("十万"), W("亿"), W("万"),
};

static const struct lex_entry unit_percent[] = {
	W("个百分点"), W("百分点"), W("%"), W("‰"),
};

/* The currencies come from common/currency.c; 元 and 人民币 are added
 * by patterns.c. */
static struct lex_entry unit_money[CURRENCY_MAX];
static size_t n_unit_money;

static const struct lex_entry unit_measure[] = {
	W("平方公里"), W("平方千米"), W("平方米"), W("立方米"), W("公里"),
	W("千米"), W("延米"), {"米", 0, NULL, "粮"}, W("亩"), W("公顷"),
	W("吨标准煤"), W("吨标煤"), W("吨"), W("千瓦时"), W("千瓦"),
	W("兆瓦"), W("吉瓦"), W("千伏安"), {"度", 0, NULL, "假过"},
	W("公斤"), W("千克"), W("斤"), W("标准箱"), W("标箱"), W("TEU"),
	W("kW"), W("MW"), W("GW"), W("微克/立方米"), W("μg/m³"), W("μg/m3"),
	W("ug/m^3"), W("ug/m3"), W("毫克/升"), W("mg/L"),
	/* Computing power, storage, bandwidth, energy. */
	W("EFlops"), W("EFLOPS"), W("PFlops"), W("PFLOPS"), W("TFlops"),
	W("TFLOPS"), {"P", 0, NULL, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
	W("EB"), W("PB"), W("TB"), W("Gbps"), W("Mbps"), W("kWh"),
	W("MWh"), W("GWh"), W("TWh"), W("km"),
};

static const struct lex_entry unit_count[] = {
	W("个工作日"), W("工作日"), W("人次"), W("人"), W("户"),
	{"家", 0, NULL, "庭长乡园属"},
	{"个", 0, NULL, "月小时季度年星期人"},
	{"项", 0, NULL, "目"}, W("件"), W("座"), W("所"), W("条"), W("套"),
	{"台", 0, NULL, "阶"}, W("辆"), W("张"), W("间"), W("处"), W("批"),
	W("场"), W("名"), W("位"), W("栋"), W("幢"), W("艘"), W("架"),
	W("株"), W("棵"), W("宗"), W("例"), W("篇"), {"部", 0, NULL, "件门分署"},
	W("块"), {"片", 0, NULL, "区"}, W("床"), W("倍"), W("只"),
	W("支"), W("册"), W("层"), W("头"), W("匹"), W("口"), W("场次"),
	W("批次"), W("架次"), W("班次"), {"次", 0, NULL, "要"},
	/* 开工建设3段, not 一段时间 nor 段落. */
	{"段", 0, NULL, "时落位"},
	/* 开行4对客运列车, not 1对1帮扶 nor 对口. */
	{"对", 0, NULL, "1一口接象标照于“"},
	/* 应用软件50款以上, 推出新车型3款; not 第3款 (a clause of a law). */
	{"款", 0, NULL, "项"},
};

/* After a count, a time: 5年, 3个月 are durations, 9月 a date. */
static const struct lex_entry unit_time[] = {
	W("年"), W("月"), W("日"), W("号"), W("时"), W("分钟"), W("秒"),
	W("周岁"), W("岁"), W("天"), W("小时"), W("个月"), W("周"),
	W("季度"), W("星期"),
};

/* What a rate is per, after a slash (33万元/人, 0.3吨标准煤/万元): the unit
 * is the whole rate. */
static const struct lex_entry unit_per[] = {
	W("人·月"), W("人·年"), W("人"), W("人次"), W("户"), W("亩"), W("公顷"),
	W("平方米"), W("平方公里"),
	W("吨"), W("立方米"), W("千瓦时"), W("万元"), W("元"), W("年"),
	W("日"), W("天"), W("月"), W("小时"), W("床"), W("辆"), W("公里"),
	W("百公里"), W("万人"), W("千人"), W("平方千米"), W("百平方公里"),
	W("十万人"), W("百万人"),
};

static const struct lex_entry cmp_ge[] = {
	W("不低于"), W("不少于"), W("至少"),
};
static const struct lex_entry cmp_le[] = {
	W("不超过"), W("不高于"), W("控制在"), W("压减到"), W("压减至"),
	W("压缩到"), W("压缩至"), W("控制到"),
};
static const struct lex_entry cmp_gt[] = {
	W("超过"), W("突破"), {"过", 0, "通经不度越难太错", NULL},
	W("超"), W("逾"), W("多于"), W("高于"),
};
static const struct lex_entry cmp_lt[] = {
	W("低于"), W("少于"),
};
static const struct lex_entry cmp_approx[] = {
	W("接近"), {"约", 0, "制节", "束定"}, {"近", 0, "最附接将", NULL},
	W("大约"),
};
static const struct lex_entry cmp_eq[] = {
	W("达到"), {"达", 0, "下传表送转到", NULL},
	{"为", 0, "作成认行因以称分别", NULL},
	W("保持在"), W("稳定在"), W("提高到"), W("提高至"), W("提升到"),
	W("提升至"), W("增至"), W("增加到"), W("增加至"), W("降至"),
	W("降低到"), W("降低至"), W("下降到"), W("下降至"), W("减少到"),
	W("减少至"), W("扩大到"), W("扩大至"), W("缩短到"), W("缩短至"),
	W("缩减到"), W("缩减至"), W("达到了"),
};

static const struct lex_entry suffix_ge[] = { W("以上"), W("之上") };
static const struct lex_entry suffix_le[] = {
	W("以内"), W("以下"), W("之内"),
};
static const struct lex_entry suffix_approx[] = { W("左右"), W("上下") };

/* Verbs of change: a metric keeps them (工业增加值增长). */
static const struct lex_entry growth[] = {
	W("年均增长"), W("增长"), W("增加"), W("增速"), W("下降"), W("降低"),
	W("提高"), W("提升"), W("减少"), W("扩大"), W("缩减"), W("缩短"),
	W("压减"), W("压缩"), W("削减"), W("翻番"), W("上升"), W("回落"),
	W("减排"), W("递增"),
};

/* Verbs of attainment before a number: the metric ends before them. */
static const struct lex_entry attain[] = {
	W("分别为"), W("分别达到"), W("分别达"), W("分别"), W("均达到"),
	W("均达"), W("均"), W("各"), W("达到"), {"达", 0, "下传表送转到", NULL},
	{"为", 0, "作成认行因以称", NULL}, W("超过"), W("突破"), W("超"),
	W("逾"), {"过", 0, "通经不度越难太错", NULL}, W("不低于"),
	W("不少于"), W("至少"), W("不超过"), W("不高于"), W("控制在"),
	W("低于"), W("约"), W("接近"), W("保持在"), W("稳定在"), W("共"),
	W("累计"), W("的"), W("在"), W("到"), W("至"), W("提高到"),
	W("提高至"), W("提升到"), W("提升至"), W("增至"), W("增加到"),
	W("降至"), W("降低到"), W("降低至"), W("下降到"), W("下降至"),
	W("减少到"), W("压减到"), W("压减至"), W("压缩到"), W("压缩至"),
	W("控制到"), W("扩大到"), W("缩短到"), W("缩减到"), W("实现"),
	W("完成"), W("达标"), W("总数"),
};

/* What opens a clause without being part of what it measures. */
static const struct lex_entry opener[] = {
	W("其中"), W("同时"), W("并且"), W("并"), W("和"), W("及"),
	W("以及"), W("全市"), W("全省"), W("全区"), W("全县"), W("全州"),
	W("全镇"), W("全盟"), W("全国"), W("全乡"), W("全自治区"),
	W("我市"), W("我省"), W("我区"), W("我县"), W("我州"), W("我镇"),
	W("全年"), W("年内"), W("今年"), W("明年"), W("当年"), W("确保"),
	W("力争"), W("努力"), W("预期"), W("预计"), W("计划"),
	W("力求"), W("要求"), W("要"), W("将"), W("使"), W("让"), W("务必"),
	W("保证"), W("必须"), W("目标是"), W("目标为"), W("进一步"),
	W("持续"), W("力促"), W("促进"), W("推动"), W("同比"), W("一是"),
	W("二是"), W("三是"), W("四是"), W("五是"), W("六是"), W("七是"),
	W("八是"), W("九是"), W("十是"), W("此外"), W("另外"), W("还"),
	W("也"), W("再"), W("就是"), W("即"), W("包括"),
	/* Not the nouns 主要污染物, 基本建设, 基本养老保险, 基本公共服务. */
	{"主要", 0, NULL, "污农粮"}, W("整体"), W("总体"),
	{"基本", 0, NULL, "建养医公农药"}, W("实现"), W("年底前"), W("年底"),
	W("年末"), W("今后"), W("未来"), W("预期目标"), W("主要预期目标"),
	W("主要目标"), W("全力以赴"), W("全力"), W("坚决"), W("如期"), W("按期"),
	W("全面完成"), W("保质保量"),
};

static const struct lex_entry post[] = {
	W("党委书记"), W("党工委书记"), W("党组书记"), W("书记"),
	W("副书记"), W("常务副市长"), W("副市长"), W("市长"), W("副县长"),
	W("县长"), W("副区长"), W("区长"), W("副镇长"), W("镇长"),
	W("副乡长"), W("乡长"), W("州长"), W("副州长"), W("省长"),
	W("副省长"), W("自治区主席"), W("主席"), W("副主席"), W("主任"),
	W("副主任"), W("局长"), W("副局长"), W("厅长"), W("副厅长"),
	W("部长"), W("副部长"), W("司长"), W("副司长"), W("署长"),
	W("总经理"), W("副总经理"), W("董事长"), W("经理"), W("行长"),
	W("会长"), W("院长"), W("校长"), W("秘书长"), W("负责人"),
	W("总理"), W("常委"), W("处长"), W("科长"), W("所长"), W("站长"),
	W("队长"), W("组长"), W("盟长"), W("旗长"), W("总裁"),
	W("总工程师"), W("总经济师"), W("发言人"), W("主任委员"),
};

static const struct lex_entry place_suffix[] = {
	W("自治区"), W("自治州"), W("自治县"), W("特别行政区"), W("省"),
	W("市"), W("县"), W("区"), W("镇"), W("乡"), W("街道"), W("州"),
	W("盟"), W("旗"), W("新区"), W("开发区"), W("高新区"), W("园区"),
	W("村"),
};

/* Kinds of places that end like a place's name and name none (人口流入
 * 大城市, 中心城区, 山乡). */
static const struct lex_entry place_kind[] = {
	/* Whole words only: 盐城市, 东城区, 黄山区, 神农架林区 and 阿克苏地区
	 * are names. */
	W("大城市"), W("小城市"), W("中心城市"), W("中小城市"), W("特大城市"),
	W("超大城市"), W("重点城市"), W("节点城市"), W("一线城市"),
	W("二线城市"), W("中心城区"), W("主城区"), W("老城区"), W("市区"),
	W("辖区"), W("片区"), W("牧区"), W("灾区"), W("老区"), W("县区"),
	W("省会"), W("省份"), W("市场"), W("县城"), W("县域"), W("市域"),
	W("市县"), W("省市"), W("各市"), W("各县"), W("各区"), W("城乡"),
	W("山乡"), W("水乡"), W("家乡"), W("故乡"), W("老乡"),
	/* A rank among places (工业大市, 经济大省, 农业强县). */
	W("大市"), W("大县"), W("大省"), W("强市"), W("强县"), W("强省"),
	/* A share or a sort of areas (部分地区, 贫困地区), not one. */
	W("部分地区"), W("其他地区"), W("有关地区"), W("相关地区"),
	W("重点地区"), W("贫困地区"), W("周边地区"), W("各地区"),
	W("多数地区"), W("少数地区"), W("偏远地区"), W("边远地区"),
	W("农村地区"), W("城市地区"),
	/* Outside, inside or the level of a place: 累计引进省外内资 names
	 * no 累计引进省. */
	W("省外"), W("省内"), W("市外"), W("市内"), W("县外"), W("县内"),
	W("区外"), W("区内"), W("境外"), W("境内"), W("省级"), W("市级"),
	W("县级"), W("区级"), W("乡级"), W("镇级"), W("村级"),
	/* One's own place, as a story's sentence names it (记者从全市…). */
	W("全市"), W("全省"), W("全县"), W("全区"), W("全州"), W("全镇"),
	W("全乡"), W("本市"), W("本省"), W("本县"), W("我市"), W("我省"),
	W("我县"), W("我区"),
};

/* Bodies that commit besides governments. */
static const struct lex_entry body_suffix[] = {
	W("人民政府"), W("政府"), W("委员会"), W("管委会"), W("部"),
	W("局"), W("厅"), W("委"), W("办"), W("署"), W("总局"), W("中心"),
	W("公司"), W("集团"), W("银行"), W("电网"), W("协会"), W("学会"),
	W("大学"), W("医院"), W("院"), /* 国务院, 科学院, 研究院 */
};

/* The central government's bodies, as stories name them. */
static const struct lex_entry central_body[] = {
	W("国务院"), W("国家发展改革委"), W("国家发展和改革委员会"), W("发改委"),
	W("教育部"), W("科技部"), W("工业和信息化部"), W("工信部"), W("公安部"),
	W("民政部"), W("司法部"), W("财政部"), W("人力资源社会保障部"),
	W("人社部"), W("自然资源部"), W("生态环境部"), W("住房城乡建设部"),
	W("住建部"), W("交通运输部"), W("水利部"), W("农业农村部"), W("商务部"),
	W("文化和旅游部"), W("国家卫生健康委"), W("国家卫健委"),
	W("退役军人事务部"), W("应急管理部"), W("中国人民银行"), W("人民银行"),
	W("审计署"), W("国务院国资委"), W("国资委"), W("海关总署"),
	W("国家税务总局"), W("税务总局"), W("市场监管总局"), W("国家统计局"),
	W("国家医保局"), W("国家能源局"), W("国家铁路局"), W("中国民航局"),
	W("民航局"), W("国家林草局"), W("国家体育总局"), W("国家邮政局"),
	W("国家知识产权局"), W("国家外汇管理局"),
};

static const struct lex_entry company_suffix[] = {
	W("公司"), W("集团"), W("股份"), W("有限"), W("银行"), W("电网"),
	W("企业"), W("厂"), {"证券", 0, NULL, "报"}, /* not 中国证券报 */
	W("控股"),
};

static const struct lex_entry speech[] = {
	W("表示"), W("说"), W("指出"), W("介绍"), W("强调"), W("称"),
	W("透露"), W("提出"), W("认为"), W("谈到"), W("坦言"),
	W("告诉记者"), W("接受采访时"), W("在接受"), W("解释"),
	W("宣布"), W("要求"), W("部署"),
};

static const struct lex_entry byline[] = {
	W("本报记者"), W("记者"), W("通讯员"), W("见习记者"), W("特约记者"),
	W("本报讯"), W("摄影"), W("实习生"),
};

static const struct lex_entry chrome[] = {
	W("当前位置"), W("首页"), W("打印"), W("下载"), W("全屏"), W("收藏"),
	W("分享"), W("扫一扫"), W("关闭窗口"), W("相关报道"), W("来源："),
	W("来源:"), W("时间："), W("时间:"), W("发表时间"), W("发布时间"),
	W("阅读量"), W("阅读次数"), W("责任编辑"), W("编辑："), W("编辑:"),
	W("【字"), W("字号"), W("加大"), W("还原"), W("减小"), W("【"),
	W("】"), W(">"), W("字体："), W("浏览次数"), W("点击数"),
	W("原标题"), W("标题："), W("作者："), W("摘要："), W("导读："),
};

/* Section headings. A year in a heading counts too (tense.c). Words
 * marked HEADING_STRONG also switch a subheading's prior; the others
 * (目标, 成绩) name a subsection's topic as often as its time. */
static const struct lex_entry past_heading[] = {
	W("回首"), W("总结"), W("成就"), W("成绩"), W("成效"), W("本届政府"),
	W("工作进展"), W("取得"), W("发展基础"), W("发展环境"), W("现状"),
	F("回顾", HEADING_STRONG), F("一年来", HEADING_STRONG),
	F("五年来", HEADING_STRONG), F("过去", HEADING_STRONG),
};
static const struct lex_entry future_heading[] = {
	W("目标"), W("任务"), W("重点工作"), W("总体要求"), W("着眼"),
	W("建议"), W("部署"), W("计划"), W("规划"), W("安排"), W("思路"),
	W("政府工作"), W("工作要点"), W("举措"), W("打算"),
	F("工作安排", HEADING_STRONG), F("今年", HEADING_STRONG),
	F("明年", HEADING_STRONG), F("今后", HEADING_STRONG),
	F("展望", HEADING_STRONG), F("未来", HEADING_STRONG),
};
static const struct lex_entry glossary[] = {
	W("名词解释"), W("用语释义"), W("词语解释"), W("名词注解"),
	W("注释"), W("释义"), W("附件"), W("附："), W("附表"),
};
static const struct lex_entry plan_title[] = {
	W("规划"), W("纲要"), W("实施方案"), W("行动方案"), W("行动计划"),
	W("工作方案"), W("实施意见"), W("指导意见"), W("工作要点"),
	W("三年行动"), W("五年计划"), W("的意见"), /* 关于…的意见 */
};

/* After a small count: the count names a slogan or a list's length
 * (两个大局, 三件事, 七个方面), not a target. */
static const struct lex_entry slogan_noun[] = {
	W("方面"), W("大局"), W("文章"), W("转变"), W("全面"), W("一体化"),
	W("坚持"), W("确保"), W("优先"), W("统筹"), W("重点"), W("攻坚战"),
	W("保卫战"), W("行动"), W("战略"), W("体系"), W("机制"), W("原则"),
	W("关系"), W("意识"), W("自信"), W("维护"), W("本领"), W("能力"),
	W("精神"), W("理念"), W("思想"), W("作用"), W("定位"), W("导向"),
	W("要求"), W("任务"), W("目标"), W("问题"), W("领域"), W("环节"),
	W("支柱"), W("优势"), W("片区"), W("手"), W("步"), W("点"),
	W("面"), W("代表"), W("服务"), W("规定"), W("制度"), W("办法"),
	W("条例"), W("件事"), W("字"), W("结合"), W("不"), W("同步"),
	W("化"), W("大"), W("个"), W("篇"), W("心"), W("区"), W("带"),
	W("基地"), W("中心"), W("平台"), W("高地"), W("示范"), W("工作"),
	W("必须"), W("毫不动摇"), W("维护"), W("强"), W("新"), W("好"),
	W("先"), W("有"), W("无"), W("零"), W("率先"), W("联动"),
	W("并举"), W("融合"), W("协同"), W("一批"), W("提升"), W("突破"),
	W("攻坚"), W("工程"), W("举措"), W("措施"), W("路径"), W("清单"),
	W("经济"), W("产业"), W("城市"), W("品牌"), W("市场"), W("文明"),
	W("基本原则"), W("事"),
};

/* What the items of a list share: 化学需氧量和二氧化硫排放总量 is
 * 化学需氧量排放总量 and 二氧化硫排放总量. */
static const struct lex_entry measure_noun[] = {
	W("排放总量"), W("排放量"), W("总量"), W("总额"), W("总值"),
	W("产值"), W("增加值"), W("营业收入"), W("收入"), W("营收"),
	W("投资"), W("比重"), W("占比"), W("比例"), W("覆盖率"),
	W("利用率"), W("达标率"), W("增长率"), W("增速"), W("率"),
	W("产量"), W("能耗"), W("浓度"), W("规模"), W("面积"), W("数量"),
	W("人数"), W("销售额"), W("税收"), W("利润"),
};

/* Who or where a measure is of, listed before a shared noun: 城镇和农村
 * 居民人均可支配收入. */
static const struct lex_entry qualifier[] = {
	W("城镇"), W("农村"), W("城市"), W("城乡"), W("乡村"), W("市区"),
	W("县域"), W("中心城区"), W("男性"), W("女性"), W("国内"), W("国外"),
	W("境内"), W("境外"), W("省内"), W("省外"), W("城区"), W("郊区"),
};

/* Verbs that deliver what they name: a count after them (加快A、B、C3条
 * 高速公路建设) is a target even when it counts a list. */
static const struct lex_entry action[] = {
	W("加快"), W("推进"), W("推动"), W("实施"), W("建设"), W("新建"),
	W("完成"), W("建成"), W("开工"), W("启动"), W("打造"), W("改造"),
	W("整治"), W("新增"), W("培育"), W("引进"), W("扶持"), W("创建"),
	W("争创"), W("举办"), W("开展"), W("抓好"), W("续建"), W("谋划"),
	W("实现"), W("建立"), W("设立"), W("组建"), W("新开工"), W("竣工"),
	W("投产"), W("认定"), W("招引"), W("签约"), W("新签约"), W("培养"),
	W("提升"), W("改扩建"), W("新改建"), W("贯通"), W("开通"),
	W("维修改造"), W("维修"), W("改造提升"), W("新培育"), W("新认定"),
	W("新招引"), W("新引进"), W("新增"), W("新建改建"), W("新建续建"),
	W("筹集"), W("发放"), W("安排"), W("举办"), W("培训"), W("转移"),
	W("争取"), W("谋划"), W("供应"), W("交付"),
	/* 扩种油菜到47.3万亩、大豆11万亩: the verb the list's items share. */
	W("扩种"), W("推广"),
};

/* What a count of a named set or of areas counts: 促进民营经济健康发展
 * 18条 (a policy of eighteen articles), 37条精准治理措施, 8个领域. */
static const struct lex_entry set_noun[] = {
	W("政策"), W("措施"), W("举措"), W("意见"), W("规定"), W("办法"),
	W("产业链"), W("领域"), W("方面"), W("环节"), W("维度"), W("层面"),
	W("原则"), W("条例"), W("细则"), W("任务"), W("要求"), W("清单"),
	/* Campaigns named elsewhere (8个标志性战役, 7个专项行动). */
	W("战役"), W("攻坚战"), W("保卫战"), W("专项行动"), W("行动计划"),
};

/* Verbs that bring what they count into being: a count of a set after
 * one (整合建立18条标志性产业链) is a target, not the set's size. */
static const struct lex_entry create[] = {
	W("建立"), W("打造"), W("培育"), W("新增"), W("新建"), W("建成"),
	W("设立"), W("组建"), W("创建"), W("形成"), W("新培育"),
};

/* Before a measure: a plant's capacity (年产50万吨…项目). */
static const struct lex_entry capacity[] = {
	W("年产"), W("年加工"), W("年处理"), W("日处理"), W("装机"),
	W("年吞吐"), W("年出栏"), W("年屠宰"), W("年存栏"), W("年发电"),
	W("年设计"), W("设计产能"), W("产能"), W("总投资"), W("投资"),
	W("总规模"), W("规模"), W("总装机"),
};

/* What a capacity before it belongs to (50万吨氨基酸项目, 10万千瓦光伏
 * 电站). */
static const struct lex_entry facility[] = {
	W("项目"), W("工程"), W("电站"), W("电厂"), W("码头"), W("泊位"),
	W("生产线"), W("基地"), W("储备库"), W("机组"), W("装置"),
	W("航道"), W("产业园"), W("园区"), W("矿井"), W("煤矿"), W("区域"),
};

/* A fund whose size is committed (设立总规模1亿元的引导资金). */
/* The provincial-level divisions, by the short names news writes (海南,
 * 内蒙古) and in full (海南省, 内蒙古自治区), the way a row names them. */
static const struct {
	const char *short_name, *full;
} provinces[] = {
	{"北京", "北京市"}, {"天津", "天津市"}, {"上海", "上海市"},
	{"重庆", "重庆市"}, {"河北", "河北省"}, {"山西", "山西省"},
	{"辽宁", "辽宁省"}, {"吉林", "吉林省"}, {"黑龙江", "黑龙江省"},
	{"江苏", "江苏省"}, {"浙江", "浙江省"}, {"安徽", "安徽省"},
	{"福建", "福建省"}, {"江西", "江西省"}, {"山东", "山东省"},
	{"河南", "河南省"}, {"湖北", "湖北省"}, {"湖南", "湖南省"},
	{"广东", "广东省"}, {"海南", "海南省"}, {"四川", "四川省"},
	{"贵州", "贵州省"}, {"云南", "云南省"}, {"陕西", "陕西省"},
	{"甘肃", "甘肃省"}, {"青海", "青海省"}, {"台湾", "台湾省"},
	{"内蒙古", "内蒙古自治区"}, {"广西", "广西壮族自治区"},
	{"西藏", "西藏自治区"}, {"宁夏", "宁夏回族自治区"},
	{"新疆", "新疆维吾尔自治区"}, {"香港", "香港特别行政区"},
	{"澳门", "澳门特别行政区"},
};

const char *
lex_province(const char *s, size_t len, size_t *used)
{
	const char *best = NULL;
	*used = 0;
	for (size_t k = 0; k < sizeof provinces / sizeof provinces[0]; k++) {
		const char *names[2] = {provinces[k].full, provinces[k].short_name};
		for (int j = 0; j < 2; j++) {
			size_t n = strlen(names[j]);
			if (n > *used && n <= len && memcmp(s, names[j], n) == 0) {
				*used = n;
				best = provinces[k].full;
			}
		}
	}
	return best;
}

/* A rate averaged over years: over a five-year plan, its period. */
static const struct lex_entry annual_average[] = {
	W("年均"), W("平均每年"), W("每年平均"), W("年平均"),
};
/* Verbs that give places their targets: 海南为9.5%左右, 江西、新疆均为7%. */
static const struct lex_entry assign[] = {
	W("为"), W("均为"), W("都为"), W("目标为"), W("定为"), W("锚定"),
	W("锚定在"), W("定在"), W("设定为"), W("预期为"),
};
/* Words that open a round-up's 目标 with whose they are, not what:
 * 各地GDP目标, 多数省份GDP目标, 31个省区市经济增长预期目标. */
static const struct lex_entry topic_opener[] = {
	W("各地"), W("各省"), W("各市"), W("各省份"), W("各省区市"),
	W("多数省份"), W("多数"), W("省份"), W("省区市"), W("地市"),
	W("全国"), W("全省"), W("全市"), W("的"), W("了"), W("从"), W("在"),
	W("按"),
};
/* What is measured by a number with no unit: 利用系数提高到0.6. */
static const struct lex_entry ratio_noun[] = {
	W("系数"), W("指数"),
};
/* A plan's name followed by one of these is a story about the plan:
 * 工作方案出炉, 规划发布. */
static const struct lex_entry release[] = {
	W("出炉"), W("发布"), W("印发"), W("出台"), W("公布"), W("解读"),
	W("亮相"), W("获批"),
};
/* Verbs and prepositions a clause opens with before its object, so that
 * what follows is no subject: 围绕城市更新, 抢抓省委…机遇, 为城区提供. */
static const struct lex_entry lead_verb[] = {
	W("围绕"), W("抢抓"), W("聚焦"), W("依托"), W("紧扣"), W("立足"),
	W("推动"), W("推进"), W("加快"), W("实施"), W("建设"), W("打造"),
	W("服务"), W("支持"), W("带动"), W("对接"), W("融入"), W("面向"),
	W("为"), W("在"), W("对"), W("把"), W("向"), W("从"), W("按"),
	W("以"), W("让"), W("使"), W("给"), W("与"), W("同"), W("全"),
	W("我"), W("本"), W("各"), W("该"), W("根据"), W("依据"), W("据"),
	W("落实"), W("贯彻"), W("坚持"), W("深化"), W("强化"), W("优化"),
};
/* Verbs of setting a target, in the past: what goes before names who
 * set it (区人代会时我们通过了全年新增…企业200家), not what is measured. */
static const struct lex_entry adopt[] = {
	W("通过了"), W("提出了"), W("确定了"), W("明确了"), W("制定了"),
	W("定下了"), W("设定了"), W("锁定了"),
};
/* The roles that head an interview's turns (主持人：…, 问：…). */
static const struct lex_entry interview_role[] = {
	W("主持人"), W("主持"), W("记者"), W("本报记者"), W("问"), W("答"),
	W("嘉宾"), W("访谈嘉宾"), W("网友"),
};
/* Dailies named for something other than their city (人民日报, 解放日报
 * of Shanghai, 南方日报 of Guangdong): the rest, 新乡日报 and 淮南日报, are
 * their city's paper. */
static const struct lex_entry paper_name[] = {
	W("人民"), W("光明"), W("经济"), W("解放"), W("新华"), W("南方"),
	W("大众"), W("中国"), W("工人"), W("农民"), W("科技"), W("法治"),
	W("法制"), W("健康"), W("学习"), W("证券"), W("金融"), W("文汇"),
	W("青年"), W("中国青年"), W("中国妇女"), W("检察"), W("人民法院"),
	W("国际"), W("环球"), W("参考"), W("华商"), W("都市"), W("工商"),
	W("农村"), W("企业"), W("商务"), W("财经"), W("证券时"), W("民主"),
	W("团结"), W("侨报"), W("今"), W("生活"), W("晨"), W("晚"),
};
/* Marks that open the parts of a list (● 利用外资实现新增长). */
static const struct lex_entry bullet[] = {
	W("●"), W("•"), W("■"), W("◆"), W("▲"), W("★"), W("◎"), W("□"),
	W("◇"), W("▶"), W("►"), W("▪"), W("◼"),
};
/* What counts the parts a lead-in announces (三大领域：, 以下四个方面：,
 * 两类项目：). */
static const struct lex_entry part_counter[] = {
	W("大"), W("个"), W("项"), W("类"), W("方面"), W("件"), W("条"),
	W("部分"), W("种"), W("批"),
};
/* What a project is designed to be, before its figure: 全长约165公里,
 * 设计时速80公里 describe the road, they commit to nothing. */
static const struct lex_entry design[] = {
	W("全长"), W("总长"), W("总长度"), W("线路长"), W("主线长"), W("段长"),
	W("桥长"), W("隧道长"), W("主跨"), W("跨径"), W("时速"),
	W("设计时速"), W("最高时速"), W("运营时速"), W("开行时速"),
	W("设计速度"), W("路基宽"), W("路面宽"), W("宽度"), W("海拔"),
};
static const struct lex_entry fund[] = {
	W("基金"), W("资金"), W("资金池"),
};

/* Words that hold a numeral and are no number: the numeral is read only
 * when the word is not there. */
static const struct lex_entry word_numeral[] = {
	W("零部件"), W("零售"), W("零距离"), W("零容忍"), W("零星"),
	W("零碳"), W("零跑动"), W("一体化"), W("一些"), W("一批"),
	W("一流"), W("一线"), W("一律"), W("一直"), W("一起"), W("一道"),
	W("前一段"), W("这一段"), W("一段时间"),
	W("一致"), W("一定"), W("一般"), W("一样"), W("一切"), W("一同"),
	W("一并"), W("一站式"), W("一揽子"), W("一张图"), W("一件事"),
	W("一条龙"), W("一体"), W("统一"), W("唯一"), W("万一"), W("专一"),
	W("一号"), W("一把手"), W("一系列"), W("一步"), W("一方面"),
	W("两岸"), W("两会"), W("三农"), W("三峡"), W("四川"), W("五金"),
	W("六安"), W("九江"), W("十堰"), W("七台河"), W("陆家嘴"),
	W("二倍体"), W("万物"), W("百姓"), W("百货"), W("千方百计"),
	W("千家万户"), W("万众"), W("四面八方"), W("十分"), W("万分"),
	W("一路"), W("二手"), W("一口"), W("一头"), W("三亚"), W("三明"),
	W("九寨沟"), W("万州"), W("五指山"), W("十字路口"), W("八达岭"),
	W("两委"), W("双一流"), W("一带一路"), W("五一"), W("十一"),
	W("一次性"), W("一网通办"), W("一网统管"), W("一码通"), W("内陆"),
	W("大陆"), W("登陆"), W("陆续"), W("陆地"), W("陆路"), W("海陆"),
	W("水陆"), W("着陆"), W("陆上"),
};

static const struct {
	const char *name;
	const struct lex_entry *v;
	size_t n;
} tables[LEX_COUNT] = {
#define T(id, name, arr) [id] = {name, arr, sizeof arr / sizeof arr[0]}
	T(LEX_CUE, "cue", cue),
	T(LEX_PERIOD, "period", period),
	T(LEX_SCALE, "scale", scale),
	T(LEX_UNIT_PERCENT, "unit_percent", unit_percent),
	[LEX_UNIT_MONEY] = {"unit_money", unit_money, 0},
	T(LEX_UNIT_MEASURE, "unit_measure", unit_measure),
	T(LEX_UNIT_COUNT, "unit_count", unit_count),
	T(LEX_UNIT_TIME, "unit_time", unit_time),
	T(LEX_UNIT_PER, "unit_per", unit_per),
	T(LEX_CMP_GE, "cmp_ge", cmp_ge),
	T(LEX_CMP_LE, "cmp_le", cmp_le),
	T(LEX_CMP_GT, "cmp_gt", cmp_gt),
	T(LEX_CMP_LT, "cmp_lt", cmp_lt),
	T(LEX_CMP_APPROX, "cmp_approx", cmp_approx),
	T(LEX_CMP_EQ, "cmp_eq", cmp_eq),
	T(LEX_SUFFIX_GE, "suffix_ge", suffix_ge),
	T(LEX_SUFFIX_LE, "suffix_le", suffix_le),
	T(LEX_SUFFIX_APPROX, "suffix_approx", suffix_approx),
	T(LEX_GROWTH, "growth", growth),
	T(LEX_ATTAIN, "attain", attain),
	T(LEX_OPENER, "opener", opener),
	T(LEX_POST, "post", post),
	T(LEX_PLACE_SUFFIX, "place_suffix", place_suffix),
	T(LEX_PLACE_KIND, "place_kind", place_kind),
	T(LEX_BODY_SUFFIX, "body_suffix", body_suffix),
	T(LEX_COMPANY_SUFFIX, "company_suffix", company_suffix),
	T(LEX_CENTRAL_BODY, "central_body", central_body),
	T(LEX_SPEECH, "speech", speech),
	T(LEX_BYLINE, "byline", byline),
	T(LEX_CHROME, "chrome", chrome),
	T(LEX_PAST_HEADING, "past_heading", past_heading),
	T(LEX_FUTURE_HEADING, "future_heading", future_heading),
	T(LEX_GLOSSARY, "glossary", glossary),
	T(LEX_PLAN_TITLE, "plan_title", plan_title),
	T(LEX_SLOGAN_NOUN, "slogan_noun", slogan_noun),
	T(LEX_MEASURE_NOUN, "measure_noun", measure_noun),
	T(LEX_QUALIFIER, "qualifier", qualifier),
	T(LEX_ACTION, "action", action),
	T(LEX_SET_NOUN, "set_noun", set_noun),
	T(LEX_CREATE, "create", create),
	T(LEX_CAPACITY, "capacity", capacity),
	T(LEX_FACILITY, "facility", facility),
	T(LEX_FUND, "fund", fund),
	T(LEX_WORD_NUMERAL, "word_numeral", word_numeral),
	T(LEX_ANNUAL_AVERAGE, "annual_average", annual_average),
	T(LEX_ASSIGN, "assign", assign),
	T(LEX_TOPIC_OPENER, "topic_opener", topic_opener),
	T(LEX_RATIO_NOUN, "ratio_noun", ratio_noun),
	T(LEX_RELEASE, "release", release),
	T(LEX_LEAD_VERB, "lead_verb", lead_verb),
	T(LEX_ADOPT, "adopt", adopt),
	T(LEX_INTERVIEW_ROLE, "interview_role", interview_role),
	T(LEX_PAPER_NAME, "paper_name", paper_name),
	T(LEX_BULLET, "bullet", bullet),
	T(LEX_PART_COUNTER, "part_counter", part_counter),
	T(LEX_DESIGN, "design", design),
#undef T
};

/* Each table's entries sorted by word (for lex_lookup), by first code
 * point and by last code point, longer words first among equals (for
 * lex_prefix, lex_suffix and lex_scan). */
struct keyed {
	uint32_t cp;
	unsigned len;
	const struct lex_entry *e;
};

static struct {
	const struct lex_entry **by_word;
	struct keyed *by_first, *by_last;
	size_t n;
	/* Bit cp: some word starts with BMP code point cp. */
	uint8_t starts[0x10000 / 8];
} ix[LEX_COUNT];

/* For the cue table, looked up at every place a cue can start: where
 * the entries keyed by BMP code point cp begin in by_first. */
static uint16_t cue_first[0x10000];

static int
by_word(const void *a, const void *b)
{
	const struct lex_entry *x = *(const struct lex_entry *const *)a;
	const struct lex_entry *y = *(const struct lex_entry *const *)b;
	return strcmp(x->word, y->word);
}

static int
by_cp(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	if (x->cp != y->cp)
		return x->cp < y->cp ? -1 : 1;
	return x->len != y->len ? (x->len < y->len) - (x->len > y->len) : 0;
}

/* The first and last code points of a word. */
static uint32_t
first_cp(const char *w)
{
	size_t n;
	return utf8_next(w, 0, strlen(w), &n);
}

static uint32_t
last_cp(const char *w)
{
	size_t at;
	return utf8_prev(w, 0, strlen(w), &at);
}

void
lexicon_init(void)
{
	static const struct lex_entry *words[4096];
	static struct keyed firsts[4096], lasts[4096];
	size_t used = 0;

	if (ix[0].by_word != NULL)
		return;
	n_unit_money = 0;
	for (size_t i = 0; i < currency_count(); i++)
		unit_money[n_unit_money++] = (struct lex_entry){
		    currency_word(i), 0, NULL, NULL};
	for (int t = 0; t < LEX_COUNT; t++) {
		size_t n;
		const struct lex_entry *v = lex_entries((enum lex_table)t, &n);
		if (used + n > sizeof words / sizeof words[0])
			n = sizeof words / sizeof words[0] - used;
		ix[t].by_word = words + used;
		ix[t].by_first = firsts + used;
		ix[t].by_last = lasts + used;
		ix[t].n = n;
		for (size_t i = 0; i < n; i++) {
			unsigned len = (unsigned)strlen(v[i].word);
			words[used + i] = &v[i];
			firsts[used + i] = (struct keyed){first_cp(v[i].word), len, &v[i]};
			lasts[used + i] = (struct keyed){last_cp(v[i].word), len, &v[i]};
			uint32_t cp = firsts[used + i].cp;
			if (cp < 0x10000)
				ix[t].starts[cp / 8] |= (uint8_t)(1u << (cp % 8));
		}
		qsort(ix[t].by_word, n, sizeof *ix[t].by_word, by_word);
		qsort(ix[t].by_first, n, sizeof *ix[t].by_first, by_cp);
		qsort(ix[t].by_last, n, sizeof *ix[t].by_last, by_cp);
		used += n;
	}
	for (size_t i = ix[LEX_CUE].n; i-- > 0;) {
		uint32_t cp = ix[LEX_CUE].by_first[i].cp;
		if (cp < 0x10000)
			cue_first[cp] = (uint16_t)i;
	}
}

const struct lex_entry *
lex_entries(enum lex_table t, size_t *n)
{
	*n = t == LEX_UNIT_MONEY ? n_unit_money : tables[t].n;
	return tables[t].v;
}

const char *
lex_name(enum lex_table t)
{
	return tables[t].name;
}

const struct lex_entry *
lex_lookup(enum lex_table t, const char *s, size_t len)
{
	size_t lo = 0, hi = ix[t].n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *w = ix[t].by_word[mid]->word;
		int c = strncmp(w, s, len);
		if (c == 0 && w[len] != '\0')
			c = 1;
		if (c == 0)
			return ix[t].by_word[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The first of the entries keyed by cp in v[0..n), longest first. */
static size_t
first_keyed(const struct keyed *v, size_t n, uint32_t cp)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (v[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

size_t
lex_suffix(enum lex_table t, const char *s, size_t len)
{
	size_t at;
	if (len == 0)
		return 0;
	uint32_t cp = utf8_prev(s, 0, len, &at);
	const struct keyed *v = ix[t].by_last;
	for (size_t i = first_keyed(v, ix[t].n, cp); i < ix[t].n && v[i].cp == cp; i++)
		if (v[i].len <= len &&
		    memcmp(s + len - v[i].len, v[i].e->word, v[i].len) == 0)
			return v[i].len;
	return 0;
}

size_t
lex_prefix(enum lex_table t, const char *s, size_t len)
{
	size_t n;
	if (len == 0)
		return 0;
	uint32_t cp = utf8_next(s, 0, len, &n);
	if (cp < 0x10000 && !(ix[t].starts[cp / 8] >> (cp % 8) & 1))
		return 0;
	const struct keyed *v = ix[t].by_first;
	for (size_t i = first_keyed(v, ix[t].n, cp); i < ix[t].n && v[i].cp == cp; i++)
		if (v[i].len <= len && memcmp(s, v[i].e->word, v[i].len) == 0)
			return v[i].len;
	return 0;
}

/* Whether the character cp is one of the characters of list (UTF-8). */
static int
listed(const char *list, uint32_t cp)
{
	char buf[4];
	size_t n = utf8_encode(cp, buf);
	for (const char *p = list; *p; ) {
		size_t k;
		utf8_next(p, 0, strlen(p), &k);
		if (k == n && memcmp(p, buf, n) == 0)
			return 1;
		p += k ? k : 1;
	}
	return 0;
}

const struct lex_entry *
lex_match_at(enum lex_table t, const char *s, size_t lo, size_t pos,
    size_t hi, size_t *len)
{
	const struct keyed *v = ix[t].by_first;
	size_t n, at;
	uint32_t cp = utf8_next(s, pos, hi, &n);
	if (n == 0 || cp >= 0x10000 || !(ix[t].starts[cp / 8] >> (cp % 8) & 1))
		return NULL;
	size_t i = t == LEX_CUE ? cue_first[cp] : first_keyed(v, ix[t].n, cp);
	for (; i < ix[t].n && v[i].cp == cp; i++) {
		const struct lex_entry *c = v[i].e;
		if (pos + v[i].len > hi || memcmp(s + pos, c->word, v[i].len) != 0)
			continue;
		if (c->not_before != NULL && pos > lo &&
		    listed(c->not_before, utf8_prev(s, lo, pos, &at)))
			continue;
		if (c->not_after != NULL && pos + v[i].len < hi) {
			size_t k;
			if (listed(c->not_after, utf8_next(s, pos + v[i].len,
			    hi, &k)))
				continue;
		}
		*len = v[i].len;
		return c;
	}
	return NULL;
}

int
lex_starts(enum lex_table t, uint32_t cp)
{
	return cp < 0x10000 && (ix[t].starts[cp / 8] >> (cp % 8) & 1);
}

size_t
lex_scan(enum lex_table t, const char *s, size_t lo, size_t from, size_t to,
    size_t hi, struct lex_hit *out, size_t max)
{
	size_t found = 0, pos = from, n, len;

	while (pos < to && found < max) {
		const unsigned char *u = (const unsigned char *)s + pos;
		uint32_t cp;
		/* Most characters start no word: one look at the bitmap. */
		if (u[0] >= 0xE1 && u[0] <= 0xEF && pos + 3 <= to &&
		    utf8_is_plain3(u)) {
			cp = utf8_plain3(u);
			n = 3;
		} else
			cp = utf8_next(s, pos, to, &n);
		if (n == 0)
			break;
		const struct lex_entry *e = lex_starts(t, cp) ?
		    lex_match_at(t, s, lo, pos, hi, &len) : NULL;
		if (e == NULL) {
			pos += n;
			continue;
		}
		out[found++] = (struct lex_hit){pos, pos + len, e};
		pos += len;
	}
	return found;
}
