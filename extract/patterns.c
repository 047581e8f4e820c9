/*
 * The pattern table. Each entry names what it recognises; comparator words
 * are spelt once (CMP_WORDS) and shared by the patterns that need them.
 * \p{sc:Han} is used for "an ideograph": plain \p{Han} also matches 、 and 。
 * in PCRE2 10.40 and later. Every pattern is compiled with UTF and UCP (so
 * that \s is any Unicode space) and JIT-compiled once.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "patterns.h"

#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/diag.h"
#include "../common/utf8.h"
#include "numerals.h"

/* Comparator words in named groups; the group that matched names the
 * comparator (see match.c). Longer words first. */
#define CMP_WORDS \
	"(?<ge>不低于|不少于|至少|以上)" \
	"|(?<le>不超过|不高于|控制在|以内|以下|之内)" \
	"|(?<gt>超过|突破|(?<![通经不度越难太错])过|超|逾|多|余)" \
	"|(?<lt>低于)" \
	"|(?<approx>左右|上下|(?<![最附])近|接近|约)" \
	"|(?<eq>达到|(?<![下传表送转])达|(?<![作成认行因以称])为|保持在|稳定在)"

/* Words that can head a clause but belong to no metric. */
#define CLAUSE_OPENERS \
	"其中|同时|并且|并|和|及|以及|全市|全省|全区|全县|全州|全镇|全盟|全国|" \
	"全年|年内|今年|明年|当年|确保|力争|努力|争取|预期|预计|计划|力求|" \
	"要求|要|将|使|让|实现|目标是|目标为|主要预期目标是|进一步|持续|" \
	"分别|同比|比上年|较上年|比去年|较去年|力促|促进|推动"

static const struct {
	const char *name;
	const char *re;
} defs[PAT_COUNT] = {
	[PAT_UNIT] = {"unit",
	    "\\G[ ]?(?<approx>多|余)?[ ]?"
	    "(?<scale>万亿|千万|百万|亿|万)?"
	    "(?:(?<pct>个百分点|百分点|%|‰)"
	    "|(?<money>(?:人民币)?(?:元|美元|欧元|港元|港币|日元|英镑|卢布))"
	    "|(?<measure>平方公里|平方米|立方米|公里|千米|米|亩|公顷|吨标准煤|吨"
	    "|千瓦时|千瓦|兆瓦|吉瓦|千伏安|度(?!假)|公斤|千克|斤|标准箱|标箱"
	    "|TEU|kW|MW|GW)"
	    "|(?<count>个工作日|工作日|人次|人|户|家(?!庭|长|乡|园|属)|个(?!月|小时|季度|年|星期|人)"
	    "|项(?!目)|件|座|所|条|套|台(?!阶)|辆|张|间|处|批|场|名|位|栋|幢|艘"
	    "|架|株|棵|宗|例|篇|部|块|片(?!区)|床|倍|万人))"
	    "[ ]?(?<suffix>以上|以下|以内|之内|左右|上下)?"},
	[PAT_RANGE_JOIN] = {"range-join",
	    "\\G[ ]?(?:——|—|–|-|－|~|～|〜|至|到)[ ]?"},
	[PAT_BARE_SUFFIX] = {"bare-suffix",
	    "\\G[ ]?(?<suffix>以上|以下|以内|之内|左右|上下)?"
	    "(?=[，。、；：,;）)”\\s]|和|与|及|$)"},
	[PAT_JIAO_FEN] = {"jiao-fen",
	    "\\G(?<jiao>[0-9〇零一二两三四五六七八九])角"
	    "(?:(?<fen>[0-9〇零一二两三四五六七八九])分)?"},
	[PAT_CMP_BEFORE] = {"comparator-before",
	    "(?:" CMP_WORDS ")[ ]?(?:到|至)?[ ]?\\z"},
	[PAT_NOT_BEFORE] = {"not-before",
	    "(?:第|届|[A-Za-z]|[0-9][.]?|[+＋]|编号|代码|国道|省道|县道)[ ]?\\z"},
	[PAT_CUE] = {"cue",
	    "确保|力争|争取|努力|预期|预计|计划|力求|要求"
	    "|(?<![主重需必只纪概摘扼提首简])要(?![素点是闻])"},
	[PAT_FUTURE_CUE] = {"future-cue",
	    "确保|力争|争取|努力|预期|预计|计划|力求|目标|任务|将(?!军)|拟"
	    "|(?<![主重需必只纪概摘扼提首简])要(?![素点是闻])"
	    "|全年|年内|今年|明年|年底|年末|(?:到|至)[ ]?20[0-9]{2}[ ]?年"
	    "|十[一二三四五六]五|今后|未来"},
	[PAT_PAST_CUE] = {"past-cue",
	    "(?<![比较同])去年|(?<![比较同])上年|过去|已经|业已|(?<![不而早])已(?![知往])"
	    "|刚刚|一年来|五年来|近年来|多年来|截至|截止|预计全年"
	    "|目前|当前|现在|原来|原有|现有|曾经|历史上"
	    "|实现了|完成了|达到了|增长了|突破了|提高了|新增了|获得|荣获|获批"},
	[PAT_CONTINUATION] = {"continuation",
	    "\\G[ ]?(?:其中|同时|此外|另外|并|还|另|包括)"},
	[PAT_PERIOD] = {"period",
	    "全年|年内|今年|明年|本年度|本年|年底前|年底|年末"
	    "|(?:到|至)[ ]?20[0-9]{2}[ ]?年(?:底|末)?"
	    "|20[0-9]{2}[ ]?年(?:底|末)?"
	    "|(?:到|至)?[一二三四五六七八九〇零]{4}年(?:底|末)?"
	    "|“?十[一二三四五六]五”?(?:期间|时期|末)"
	    "|今后[一二三四五]年|[一二三四五]年内"},
	[PAT_YEAR] = {"year",
	    "(?<![0-9])(?:19|20|21)[0-9]{2}(?=[ ]?年)"
	    "|[一二三四五六七八九〇零]{4}(?=年)"},
	[PAT_STATE_BEFORE] = {"state-before",
	    "(?:(?<![拥具])有|现有|只有|仅有|约有|共有|还有|尚有)[ ]?(?:约|近)?[ ]?\\z"},
	[PAT_METRIC_TRIM_HEAD] = {"metric-trim-head",
	    "\\G(?:[ =+@#*•·-]|[0-9]{1,2}[.．、)）]|[（(][0-9一二三四五六七八九十]{1,2}[）)]"
	    "|[①-⑳]|" CLAUSE_OPENERS ")"},
	[PAT_METRIC_TRIM_TAIL] = {"metric-trim-tail",
	    /* Tried at each of the last four characters: \G keeps it
	     * anchored (and JIT-compiled) there. */
	    "\\G(?:分别为|分别达到|分别|提高到|提升到|提高至|提升至|增至|降至|降低到"
	    "|增加到|达到|(?<![下传表送转])达|(?<![作成认行因以称])为|超过|突破|超|逾"
	    "|(?<![通经不度越难太错])过|不低于|不少于|至少|不超过|不高于|控制在|低于|约"
	    "|接近|保持在|稳定在|共|累计|的|[ ]|：|:)\\z"},
	[PAT_SIZE_CLASS] = {"size-class",
	    "\\G(?:以上|以下|左右)?(?:级|规模|量级|档|等)"},
	[PAT_TIME_AFTER] = {"time-after",
	    "\\G(?:年|月|日|号|时|分|秒|周岁|岁)"},
	[PAT_WORDING_AFTER] = {"wording-after",
	    "\\G[^，。；、：,;:]{0,4}?(?:方面|工程|举措|行动|重点|问题|领域|环节|体系"
	    "|机制|战略|任务|原则|关系|文明|市场|资源|本领|确立|维护|自信|意识|全面"
	    "|支柱|优势|片区|保卫战|攻坚战|工作|要求|目标|思想|理念|作用|定位|导向"
	    "|能力|精神|手|步|点|面|代表|服务|建设|规定|制度|办法|条例)"},
	[PAT_HEADING] = {"heading",
	    "\\G(?:#{1,6}[ ]*)?(?:[一二三四五六七八九十]{1,3}[ ]?[、．.]"
	    "|第[一二三四五六七八九十]{1,3}(?:部分|章|篇))"},
	[PAT_SUBHEADING] = {"subheading",
	    "\\G(?:#{1,6}[ ]*)?[（(][一二三四五六七八九十]{1,3}[）)]"},
	[PAT_BYLINE] = {"byline",
	    "\\G(?:本报)?(?:通讯员|记者|见习记者|特约记者)"
	    "|\\G\\p{sc:Han}{0,6}(?:通讯员|记者)[ ]?\\p{sc:Han}{2,4}.{0,20}\\z"},
	[PAT_INTERVIEW] = {"interview",
	    "\\G—{1,2}[ ]*(?:专访|访|对话)[ ]*(?<posts>.+?)[ ]*"
	    "(?<name>(?<=[ 、，])\\p{sc:Han}{2,4}"
	    "|(?<=书记|市长|县长|区长|镇长|乡长|主任|局长|厅长|部长|主席|院长|校长"
	    "|总经理|董事长|经理|常委|组长|队长|所长|站长|行长|会长|处长|科长"
	    "|负责人)\\p{sc:Han}{2,3})[ ]*\\z"},
	[PAT_EDITOR] = {"editor",
	    "\\G(?:【[ ]?)?编者按"},
	[PAT_CHROME] = {"chrome",
	    "\\G(?:当前位置|首页|打印|下载|全屏|收藏|分享|扫一扫|关闭窗口|相关报道"
	    "|来源[:：]|时间[:：]|发表时间|发布时间|阅读量|阅读次数|责任编辑|编辑[:：]"
	    "|[【】>]|【字|(?:小|中|大|加大|还原|减小)\\z)"},
	/* Also a report's glossary (名词解释, 用语释义): explanations, no
	 * targets. */
	[PAT_PAST_HEADING] = {"past-heading",
	    "回顾|回首|总结|成就|成绩|一年来|五年来|过去|本届政府"
	    "|名词解释|用语释义|词语解释|注释|释义"},
	[PAT_FUTURE_HEADING] = {"future-heading",
	    "目标|任务|工作安排|重点工作|主要工作|总体要求|今后|展望|着眼|建议|部署"
	    "|计划|规划|安排|(?:今|明)年|20[0-9]{2}年(?:的)?(?:工作|主要|重点)"},
	[PAT_PAST_OPENING] = {"past-opening",
	    "\\G(?:各位代表[，,！!]?[ ]?)?(?:过去(?:的)?[一二三四五]年|过去一年|回顾"
	    "|回首|一年来|五年来|这五年|刚刚过去的|去年)"},
	[PAT_FUTURE_OPENING] = {"future-opening",
	    "\\G(?:各位代表[，,！!]?[ ]?)?(?:今年|明年|20[0-9]{2}年)[^。]{0,40}?"
	    "(?:总体要求|主要预期目标|预期目标|主要目标|工作目标|发展目标|总的要求"
	    "|要着力|要重点|重点抓好|重点做好|工作安排|主要任务)"
	    "|\\G(?:今后|未来)[一二三四五]年"},
	[PAT_REPORT_MARK] = {"report-mark",
	    "各位代表|政府工作报告|人民代表大会"},
	[PAT_REPORT_SPEAKER] = {"report-speaker",
	    "\\G(?<org>\\p{sc:Han}{2,12}?)?(?:人民政府|政府)?(?:代理|代)?"
	    /* 市  长 is set with spaces in some reports. */
	    "(?<title>自治区主席|自治州州长|(?:省|市|县|区|州|盟|旗)[ ]*长"
	    "|主席|总理)[ ]*(?:[:：][ ]*)?"
	    /* 龚  正: a two-character name is often spaced out to three. */
	    "(?<name>\\p{sc:Han}(?:[ ]*\\p{sc:Han}){1,3}(?:·\\p{sc:Han}{1,6})?)[ ]*\\z"},
	/* 在长沙市第十二届…, or 浙江省第五届人民代表大会 opening a sentence. */
	[PAT_REPORT_ORG] = {"report-org",
	    "(?|在[ ]*(?<org>\\p{sc:Han}{2,12}?)[ ]*第[一二三四五六七八九十]{1,3}届"
	    /* Not 在卢森堡成功举办第二届…论坛. */
	    "[ ]*(?:人民代表大会|人大)"
	    "|(?:(?<=[0-9]日)|(?<![\\p{sc:Han}0-9]))"
	    /* Not 龚正市长在上海市…: the place holds no 在 or 向. */
	    "(?<org>(?:(?![在向于的])\\p{sc:Han}){1,10}?(?:省|市|州|县|区|盟|旗))"
	    "[ ]*第[一二三四五六七八九十]{1,3}届[ ]*(?:人民代表大会|人大))"},
	/* 现在，我代表苏州市人民政府，向大会报告工作: every report says it. */
	[PAT_DELEGATE_ORG] = {"delegate-org",
	    "我代表[ ]*(?<org>(?:(?![在向于的])\\p{sc:Han}){2,14}?人民政府)"},
	/* 天津市2008年政府工作报告, 2026年河北省政府工作报告. */
	[PAT_TITLE_ORG] = {"title-org",
	    "(?:(?<=[0-9]年)|(?<![\\p{sc:Han}0-9]))(?<org>\\p{sc:Han}{1,10}?"
	    "(?:省|市|州|县|区|盟|旗))[0-9年 ]*(?:人民)?政府工作报告"},
	[PAT_TITLE_SPEAKER] = {"title-speaker",
	    "\\G(?<org>\\p{sc:Han}{2,12}?)(?:人民)?政府工作报告[ ]*[（(][ ]*"
	    "(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)?[ ]*(?<name>\\p{sc:Han}{2,4})?[ ]*[）)]"},
	[PAT_OFFICIAL] = {"official",
	    /* The unit, or nothing before a post like 县长 after 、. */
	    "(?:(?<org>\\p{sc:Han}{1,8}?(?:省|市|县|区|镇|乡|街道|州|村|局|厅|委|办"
	    "|园区|开发区|高新区|集团|公司))"
	    "(?:党委|党工委|人民政府|政府|管委会|党组)?|(?<!\\p{sc:Han}))"
	    "(?:常务)?(?:副)?"
	    "(?<title>书记|市长|县长|区长|镇长|乡长|主任|局长|厅长|部长|董事长"
	    "|总经理|主席)[ ]?"
	    /* A name ends before the verb that follows it; the lookbehind
	     * keeps a verb's first character out of the name (周伟在接受). */
	    "(?<name>\\p{sc:Han}{2,3}(?<![在说表指介认称谈接出主参调带讲部要的是]))"
	    "(?=在|说|表示|指出|介绍|认为|强调|接受|称|谈|出席|主持|参加|调研|带队"
	    "|一行|同志|讲话|部署|要求|的|[，。、：:（ ]|\\z)"},
	[PAT_POST_ORG] = {"post-org",
	    "\\G(?<org>\\p{sc:Han}+?(?:省|市|县|区|镇|乡|街道|州|村|局|厅|委|办"
	    "|园区|开发区|高新区|集团|公司|中心|学校|医院))"
	    "(?=党委|党工委|党组|人民政府|政府|管委会|书记|副书记|常务|副|市长|县长"
	    "|区长|镇长|乡长|主任|局长|厅长|部长|董事长|总经理|主席|常委)"},
};

static pcre2_code *codes[PAT_COUNT];
/* The same patterns compiled anchored, for pat_find to try at the
 * characters that can start a match (NULL where codes[] is anchored). */
static pcre2_code *anchored[PAT_COUNT];
/* Whether every pattern was JIT-compiled: then matches without options
 * take pcre2_jit_match, which skips pcre2_match's checks of the call. */
static int all_jit;
/* Anchored patterns whose first character can be told from the character
 * alone (none asserts what comes before it): pat_match tries them only
 * where pat_can_start allows, since most tries fail there and a table
 * lookup costs far less than a call into PCRE2. */
static unsigned char first_char_test[PAT_COUNT];
static pcre2_match_context *match_ctx;

/* What each thread that matches has of its own: its match block and the
 * span of its last match. */
static _Thread_local struct {
	pcre2_match_data *md;
	size_t last_start, last_end;
} local;

/* Per BMP code point, what has been learnt of whether it can start a match
 * of each pattern: bit id of known says whether it is known yet, the same
 * bit of yes the answer. One entry holds every pattern, so the patterns
 * tried at one place share a cache line. Shared by the threads: each
 * learns the same answers, set with atomic ors, the answer before the
 * bit that says it is known. */
_Static_assert(PAT_COUNT <= 64, "one bit per pattern");
static struct {
	uint64_t known, yes;
} first_chars[0x10000];

/* Generous for the short subjects these patterns see, small enough that a
 * pathological line costs milliseconds, not minutes. */
enum { MATCH_LIMIT = 200000, DEPTH_LIMIT = 2000 };

/* Compiles defs[i] with options; reports a failure. */
static pcre2_code *
compile(int i, uint32_t options)
{
	int err;
	PCRE2_SIZE erroff;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)defs[i].re,
	    PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_UCP | PCRE2_DUPNAMES | options, &err,
	    &erroff, NULL);

	if (code == NULL) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof msg);
		diag(D_PATTERN, NULL, defs[i].name, (char *)msg, (size_t)erroff);
		return NULL;
	}
	/* JIT is an optimisation: without it pcre2_match interprets. */
	if (pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) != 0)
		all_jit = 0;
	return code;
}

int
patterns_init(void)
{
	numerals_init();
	match_ctx = pcre2_match_context_create(NULL);
	if (match_ctx == NULL)
		return -1;
	pcre2_set_match_limit(match_ctx, MATCH_LIMIT);
	pcre2_set_depth_limit(match_ctx, DEPTH_LIMIT);
	all_jit = 1;
	for (int i = 0; i < PAT_COUNT; i++) {
		uint32_t options = 0;
		if ((codes[i] = compile(i, 0)) == NULL) {
			patterns_free();
			return -1;
		}
		pcre2_pattern_info(codes[i], PCRE2_INFO_ALLOPTIONS, &options);
		if (!(options & PCRE2_ANCHORED) &&
		    (anchored[i] = compile(i, PCRE2_ANCHORED)) == NULL) {
			patterns_free();
			return -1;
		}
		first_char_test[i] = (options & PCRE2_ANCHORED) &&
		    strstr(defs[i].re, "(?<=") == NULL;
	}
	return 0;
}

void
patterns_thread_end(void)
{
	pcre2_match_data_free(local.md);
	local.md = NULL;
}

/* This thread's match block, made on first use; NULL without memory. */
static pcre2_match_data *
match_data(void)
{
	if (local.md == NULL)
		local.md = pcre2_match_data_create(32, NULL);
	return local.md;
}

void
patterns_free(void)
{
	for (int i = 0; i < PAT_COUNT; i++) {
		pcre2_code_free(codes[i]);
		pcre2_code_free(anchored[i]);
		codes[i] = anchored[i] = NULL;
	}
	patterns_thread_end();
	pcre2_match_context_free(match_ctx);
	match_ctx = NULL;
}

const char *
pattern_name(enum pattern_id id)
{
	return defs[id].name;
}

/* Runs code on s[0..len) from start with options; keeps the match's span.
 * Returns 1, 0 on no match, -1 on a limit or no memory. */
static int
run(const pcre2_code *code, const char *s, size_t len, size_t start,
    uint32_t options)
{
	pcre2_match_data *md = match_data();
	if (md == NULL)
		return -1;
	/* The text was validated once; the match limit holds for both. */
	int rc = options == 0 && all_jit ?
	    pcre2_jit_match(code, (PCRE2_SPTR)s, len, start, 0, md, match_ctx) :
	    pcre2_match(code, (PCRE2_SPTR)s, len, start,
	    PCRE2_NO_UTF_CHECK | options, md, match_ctx);
	if (rc >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		local.last_start = ov[0];
		local.last_end = ov[1];
		return 1;
	}
	return rc == PCRE2_ERROR_NOMATCH ? 0 : rc == PCRE2_ERROR_PARTIAL ? 2 : -1;
}

int
pat_match(enum pattern_id id, const char *s, size_t len, size_t start)
{
	/* No match-time options but NO_UTF_CHECK: JIT code runs only with
	 * the options it was compiled for (PCRE2_ANCHORED at match time
	 * would fall back to the interpreter). Patterns that must match at
	 * start begin with \G, which anchors them. */
	if (first_char_test[id] && start < len) {
		size_t n;
		if (!pat_can_start(id, utf8_valid_at(s, start, &n)))
			return 0;
	}
	return run(codes[id], s, len, start, 0);
}

int
pat_can_start(enum pattern_id id, uint32_t cp)
{
	uint64_t bit = 1ULL << id;
	char buf[4];

	if (cp < 0x10000 && (__atomic_load_n(&first_chars[cp].known,
	    __ATOMIC_ACQUIRE) & bit))
		return (__atomic_load_n(&first_chars[cp].yes, __ATOMIC_RELAXED) &
		    bit) != 0;
	/* A partial match means the character could begin a match; the
	 * interpreter runs this (PARTIAL_HARD and ANCHORED at match time),
	 * once per character and pattern. */
	int rc = run(codes[id], buf, utf8_encode(cp, buf), 0,
	    PCRE2_ANCHORED | PCRE2_PARTIAL_HARD);
	int yes = rc != 0;
	if (cp < 0x10000) {
		if (yes)
			__atomic_fetch_or(&first_chars[cp].yes, bit,
			    __ATOMIC_RELAXED);
		__atomic_fetch_or(&first_chars[cp].known, bit, __ATOMIC_RELEASE);
	}
	return yes;
}

uint64_t
pat_starting(uint64_t ids, uint32_t cp)
{
	if (cp < 0x10000 && (__atomic_load_n(&first_chars[cp].known,
	    __ATOMIC_ACQUIRE) & ids) == ids)
		return __atomic_load_n(&first_chars[cp].yes, __ATOMIC_RELAXED) &
		    ids;
	uint64_t yes = 0;
	for (int id = 0; id < PAT_COUNT; id++)
		if ((ids >> id & 1) && pat_can_start((enum pattern_id)id, cp))
			yes |= 1ULL << id;
	return yes;
}

int
pat_match_at(enum pattern_id id, const char *s, size_t len, size_t pos)
{
	return run(anchored[id] ? anchored[id] : codes[id], s, len, pos, 0);
}

int
pat_find(enum pattern_id id, const char *s, size_t len, size_t start)
{
	size_t pos = start, n;

	while (pos < len) {
		uint32_t cp = utf8_valid_at(s, pos, &n);
		if (pat_can_start(id, cp)) {
			int rc = pat_match_at(id, s, len, pos);
			if (rc != 0)
				return rc;
		}
		pos += n;
	}
	return 0;
}

void
pat_span(int group, size_t *start, size_t *end)
{
	if (group <= 0) {
		*start = local.last_start;
		*end = local.last_end;
		return;
	}
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(local.md);
	if ((uint32_t)group >= pcre2_get_ovector_count(local.md) ||
	    ov[2 * group] == PCRE2_UNSET) {
		*start = *end = (size_t)-1;
		return;
	}
	*start = ov[2 * group];
	*end = ov[2 * group + 1];
}

int
pat_group(enum pattern_id id, const char *name)
{
	return pcre2_substring_number_from_name(codes[id], (PCRE2_SPTR)name);
}

int
pat_last(enum pattern_id id, const char *s, size_t limit, size_t *mstart,
    size_t *mend)
{
	size_t pos = 0;
	int found = 0;

	while (pos < limit && pat_find(id, s, limit, pos) == 1) {
		*mstart = local.last_start;
		*mend = local.last_end;
		found = 1;
		if (local.last_end > local.last_start)
			pos = local.last_end;
		else
			pos = local.last_end + 1;
		/* Keep pos on a character boundary. */
		while (pos < limit && ((unsigned char)s[pos] & 0xC0) == 0x80)
			pos++;
	}
	/* Match the last one again so that its groups can be read. */
	if (found)
		pat_match(id, s, limit, *mstart);
	return found;
}
