/*
 * The pattern table. Each entry names what it recognises; the words come
 * from the lexicon ({table} is replaced by the table's alternation), so
 * that no word is spelt in two places. \p{sc:Han} is used for "an
 * ideograph": plain \p{Han} also matches 、 and 。 in PCRE2 10.40 and
 * later. Every pattern is compiled with UTF and UCP (so that \s is any
 * Unicode space) and JIT-compiled once.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "patterns.h"

#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../common/diag.h"
#include "../common/utf8.h"
#include "lexicon.h"
#include "numerals.h"

/* Chinese numerals of a heading's number (一、 十二、). */
#define CN_NUM "[一二三四五六七八九十]{1,3}"
/* A span of months from January to a month of this year (1至6月, 1—10月,
 * 一至五月, 前两个月): statistics counted so far, a result. */
#define MONTHS_TO_DATE \
	"(?:1|一)[ ]?(?:月份?)?[ ]?(?:至|到|—|–|-|－|~|～)[ ]?" \
	"(?:1[0-2]|[2-9]|十[一二]?|[二三四五六七八九])[ ]?月份?" \
	"|前[ ]?(?:1[01]|[2-9]|十一|十|[两二三四五六七八九])[ ]?个月"

static const struct {
	const char *name;
	const char *re;
} defs[PAT_COUNT] = {
	[PAT_UNIT] = {"unit",
	    "\\G[ ]?(?<approx>多|余)?[ ]?(?<scale>{scale})?"
	    "(?:(?<pct>{unit_percent})|(?<money>{unit_money})"
	    /* 350亿方: cubic metres (after a scale only, which
	     * quantity.c asks), not 亿方面. */
	    "|(?<measure>{unit_measure}|方(?![面案式向法针位便]))"
	    /* 套（间）: a count with the other thing it may count. */
	    "|(?<count>{unit_count}(?:（{unit_count}）|\\({unit_count}\\))?))"
	    "(?<per>[/／](?:{unit_per}))?"
	    "[ ]?(?:(?<sge>{suffix_ge})|(?<sle>{suffix_le})"
	    "|(?<sapprox>{suffix_approx}))?"},
	[PAT_RANGE_JOIN] = {"range-join",
	    "\\G[ ]?(?:——|—|–|-|－|~|～|〜|至|到)[ ]?"},
	[PAT_BARE_SUFFIX] = {"bare-suffix",
	    "\\G[ ]?(?:(?<sge>{suffix_ge})|(?<sle>{suffix_le})"
	    "|(?<sapprox>{suffix_approx}))?"
	    "(?=[，。、；：,;）)”\\s]|和|与|及|$)"},
	[PAT_JIAO_FEN] = {"jiao-fen",
	    "\\G(?<jiao>[0-9〇零一二两三四五六七八九])角"
	    "(?:(?<fen>[0-9〇零一二两三四五六七八九])分)?"},
	[PAT_TIME_AFTER] = {"time-after", "\\G[ ]?(?:多|余)?(?:{unit_time})"},
	[PAT_SIZE_CLASS] = {"size-class",
	    "\\G(?:以上|以下|左右)?(?:级|规模|量级|档|等级)"},
	[PAT_CMP_BEFORE] = {"comparator-before",
	    "(?:(?<ge>{cmp_ge})|(?<le>{cmp_le})|(?<gt>{cmp_gt})"
	    "|(?<lt>{cmp_lt})|(?<approx>{cmp_approx})|(?<eq>{cmp_eq}))"
	    "[ ]?(?:到|至)?[ ]?(?:{annual_average})?[ ]?\\z"},
	[PAT_NOT_BEFORE] = {"not-before",
	    "(?:第|届|[A-Za-z]|[0-9][.]?|[+＋#＃№]|编号|代码|国道|省道|县道"
	    "|型号|[一二三四五六七八九十]{1,2}期)[ ]?[（(]?[ ]?\\z"},
	[PAT_CAPACITY] = {"capacity",
	    "(?:{capacity})[ ]?(?:能力)?[ ]?(?:达|约|为|近|超)?[ ]?"
	    /* 年产2×10万吨: units of a size. */
	    "(?:[0-9]{1,2}[×xX*])?\\z"},
	[PAT_WORD_NUMERAL] = {"word-numeral", "{word_numeral}"},
	[PAT_SLOGAN_AFTER] = {"slogan-after",
	    "\\G[”’]?[大新好强优]?(?:{slogan_noun})"},
	[PAT_PERIOD] = {"period",
	    "(?<![0-9])(?:(?:到|至)[ ]?)?(?:19|20)[0-9]{2}[ ]?(?:年)?[ ]?"
	    "(?:——|—|–|-|－|~|～|至|到)[ ]?(?:19|20)[0-9]{2}[ ]?年"
	    "|(?<![0-9])(?:(?:到|至)[ ]?)?(?:19|20)[0-9]{2}[ ]?年"
	    "(?:[ ]?(?:[1-9]|1[0-2])[ ]?月(?![0-9一二三四五六七八九十]{1,3}[日号])"
	    "(?:底|末|中旬|上旬|下旬)?)?(?:底|末|中|前|内|以前|之前|度(?!假))?"
	    "|(?:到|至)?[一二三四五六七八九〇零]{4}年(?:底|末|前)?"
	    /* “十四五”, also with a quote turned the wrong way or
	     * straight, and the plans before: “七五”, “十五”. */
	    "|[“”\"]?(?:十[一二三四五六]|[六七八九十])五[”“\"]?"
	    "(?:期间|时期|期末|末|规划期|计划期间)"
	    "|(?:今后|未来)[一二三四五两][年]|[一二三四五两三][年](?:内|时间)"
	    "|(?:[一两二三四五]|[1-5])[ ]?年(?:时间|左右时间)"
	    /* A span of effort ahead: 通过3年攻坚, 用两年时间. */
	    "|(?:通过|利用|(?<!利)用)[ ]?(?:[一两二三四五]|[1-5])[ ]?年(?:左右)?(?:的)?"
	    "(?:时间|努力|攻坚|奋斗|建设)"
	    "|(?:[1-9]|1[0-2])[ ]?月(?:底|末)?(?:前|以前|之前)"
	    "|上半年|下半年|[一二三四]季度|{period}"
	    "|" MONTHS_TO_DATE},
	[PAT_YEAR] = {"year",
	    "(?<![0-9])(?:19|20|21)[0-9]{2}(?=[ ]?年)"
	    "|[一二三四五六七八九〇零]{4}(?=年)"},
	[PAT_MONTHS_TO_DATE] = {"months-to-date", "\\G(?:" MONTHS_TO_DATE ")"},
	[PAT_FIVE_YEAR] = {"five-year", "十(?<n>[一二三四五六七八九])五"},
	[PAT_HEADING] = {"heading",
	    "\\G(?:#{1,6}[ ]*)?(?:" CN_NUM "[ ]?[、．.，,]"
	    "|第" CN_NUM "(?:部分|章|篇))"},
	[PAT_SUBHEADING] = {"subheading",
	    "\\G(?:#{1,6}[ ]*)?[（(]" CN_NUM "[）)]"},
	[PAT_MINOR_HEADING] = {"minor-heading",
	    "\\G(?:#{1,6}[ ]*)?(?:[0-9]{1,2}[．、]|[0-9]{1,2}[.](?![0-9])"
	    "|[（(][0-9]{1,2}[）)]|[①-⑳])"},
	[PAT_BYLINE] = {"byline",
	    "\\G(?:{byline})"
	    "|\\G\\p{sc:Han}{0,6}(?:通讯员|记者)[ ]?\\p{sc:Han}{2,4}.{0,20}\\z"},
	[PAT_INTERVIEW] = {"interview",
	    "\\G—{1,2}[ ]*(?:专访|访|对话)[ ]*(?<posts>.+?)[ ]*"
	    "(?<name>(?<=[ 、，])\\p{sc:Han}{2,4}"
	    "|(?<=书记|市长|县长|区长|镇长|乡长|主任|局长|厅长|部长|主席|院长|校长"
	    "|总经理|董事长|经理|常委|组长|队长|所长|站长|行长|会长|处长|科长"
	    "|负责人)\\p{sc:Han}{2,3})[ ]*\\z"},
	[PAT_EDITOR] = {"editor", "\\G(?:【[ ]?)?编者按"},
	[PAT_CHROME] = {"chrome",
	    "\\G(?:{chrome}|(?:小|中|大)\\z)"},
	[PAT_PAST_HEADING] = {"past-heading", "{past_heading}"},
	[PAT_FUTURE_HEADING] = {"future-heading", "{future_heading}"},
	/* 名词解释, 有关用语释义, 【名词注释】 on a line of its own. */
	[PAT_GLOSSARY] = {"glossary",
	    "\\G(?:#{1,6}[ ]*)?(?:" CN_NUM "、)?[【\\[（(]?[ ]?"
	    "\\p{sc:Han}{0,6}(?:{glossary})[】\\]）)]?[ ：:]*\\z"},
	[PAT_PLAN_TITLE] = {"plan-title", "{plan_title}"},
	[PAT_PLAN_OPENING] = {"plan-opening",
	    "\\G(?:各位代表[，,！!：:]?[ ]?)?(?:"
	    "(?:今年|明年|(?<year>(?:19|20)[0-9]{2})[ ]?年)[^。]{0,40}?"
	    "(?:总体要求|预期目标|主要目标|工作目标|发展目标|总的要求|要着力"
	    "|要重点|重点抓好|重点做好|工作安排|主要任务|工作思路)"
	    "|做好(?:今年|明年|(?<year2>(?:19|20)[0-9]{2})[ ]?年)"
	    "|(?<year3>(?:19|20)[0-9]{2})[ ]?年是|今年是|明年是"
	    "|(?:今后|未来)[一二三四五]年)"},
	[PAT_REPORT_MARK] = {"report-mark", "\\G各位代表"},
	[PAT_REPORT_SPEAKER] = {"report-speaker",
	    "\\G(?<org>\\p{sc:Han}{2,12}?)?(?:人民政府|政府)?(?:代理|代|常务副)?"
	    /* 市  长 is set with spaces in some reports. */
	    "(?<title>自治区主席|自治州州长|(?:省|市|县|区|州|盟|旗)[ ]*长"
	    "|主席|总理)[ ]*(?:[:：][ ]*)?"
	    /* 龚  正: a two-character name is often spaced out to three. */
	    "(?<name>\\p{sc:Han}(?:[ ]*\\p{sc:Han}){1,3}(?:·\\p{sc:Han}{1,6})?)[ ]*\\z"},
	/* 在长沙市第十二届…, or 浙江省第五届人民代表大会 opening a sentence. */
	[PAT_REPORT_ORG] = {"report-org",
	    "(?|在[ ]*(?<org>\\p{sc:Han}{2,12}?)[ ]*第" CN_NUM "届"
	    /* Not 在卢森堡成功举办第二届…论坛. */
	    "[ ]*(?:人民代表大会|人大)"
	    "|(?:(?<=[0-9]日)|(?<![\\p{sc:Han}0-9]))"
	    /* Not 龚正市长在上海市…: the place holds no 在 or 向. */
	    "(?<org>(?:(?![在向于的])\\p{sc:Han}){1,10}?(?:省|市|州|县|区|盟|旗))"
	    "[ ]*第" CN_NUM "届[ ]*(?:人民代表大会|人大))"},
	/* 现在，我代表苏州市人民政府，向大会报告工作: every report says it. */
	/* 浙江省第五届人民代表大会第三次会议是…: the session, named at the
	 * start of a sentence without 在. */
	[PAT_SESSION_ORG] = {"session-org",
	    "(?<![\\p{sc:Han}])(?<org>(?:(?![在向于的])\\p{sc:Han}){1,10}?"
	    "(?:省|市|州|县|区|盟|旗))[ ]*第" CN_NUM "届[ ]*人民代表大会"},
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
	    "(?:(?<org>(?:(?![为在是的了])\\p{sc:Han}){1,16}?(?:省|市|县|区|镇|乡|街道|州|村|局|厅|委|办"
	    "|园区|开发区|高新区|集团|公司))"
	    "(?:党委|党工委|人民政府|政府|管委会|党组)?|(?<!\\p{sc:Han}))"
	    "(?:常务)?(?:副)?"
	    "(?<title>{post})[ ]?(?:的(?=\\p{sc:Han}{2,3}[。，、：:]))?"
	    /* A name ends before the verb that follows it; the lookbehind
	     * keeps a verb's first character out of the name (周伟在接受). */
	    "(?<name>\\p{sc:Han}{2,3}(?<![在说表指介认称谈接出主参调带讲部要的是]))"
	    "(?=在|说|表示|指出|介绍|认为|强调|接受|称|谈|出席|主持|参加|调研|带队"
	    "|一行|同志|讲话|部署|要求|代表|作|向|的|[，。、：:（ ]|\\z)"},
	[PAT_POST_ORG] = {"post-org",
	    "\\G(?<org>\\p{sc:Han}+?(?:省|市|县|区|镇|乡|街道|州|村|局|厅|委|办"
	    "|园区|开发区|高新区|集团|公司|中心|学校|医院|部|总局|银行))"
	    "(?=党委|党工委|党组|人民政府|政府|管委会|书记|副书记|常务|副|市长|县长"
	    "|区长|镇长|乡长|主任|局长|厅长|部长|董事长|总经理|主席|常委|行长)"},
	/* 工业和信息化部部长肖亚庆：, 中国人民银行党委书记、…主席郭树清：
	 * — a line of its own that opens what the official says. */
	[PAT_SPEAKER_HEAD] = {"speaker-head",
	    "\\G(?<org>\\p{sc:Han}{2,24}?)(?:党委|党组|党工委)?(?:常务)?(?:副)?"
	    "(?:{post})(?:[、，][^：:]{0,30}?)?[ ]*"
	    "(?<name>\\p{sc:Han}{2,3}(?:·\\p{sc:Han}{1,6})?)[ ]*[：:][ ]*\\z"},
	/* 长沙：, 武汉市：, （二）武汉市 — one place's part of a story. */
	[PAT_PLACE_HEAD] = {"place-head",
	    "\\G(?:[（(]" CN_NUM "[）)]|" CN_NUM "、)?[ ]*"
	    "(?<place>\\p{sc:Han}{2,9}?(?:{place_suffix})?)[ ]*(?:[：:]|\\z)"},
	/* The body that issued the document a story reports on:
	 * 东莞市工业和信息化局发布的《…》, XX厅网站公布《…》. */
	[PAT_ISSUER] = {"issuer",
	    "(?:(?<!\\p{sc:Han})|(?<=根据|依据|按照|由|经|据))(?!根据|依据|按照)"
	    "(?<org>(?:(?![在向于的与及])\\p{sc:Han}){2,20}?(?:{body_suffix}))"
	    "(?:网站|官网|官方网站)?(?:日前|近日|正式|联合)?"
	    "(?:公布|印发|发布|出台|下发|制定)了?的?《"},
	[PAT_TOLD_BY] = {"told-by",
	    "从(?<org>(?:(?![在向于的与及从])\\p{sc:Han}){2,20}?"
	    "(?:{body_suffix}))(?:了解到|获悉|得知)"},
	/* 受国务院委托，财政部3月5日提请…审查《…报告》: the body that makes
	 * a report on another's behalf. */
	[PAT_ENTRUSTED] = {"entrusted",
	    "受\\p{sc:Han}{2,12}?委托[，,][ ]*"
	    "(?<org>(?:(?![在向于的与及现])\\p{sc:Han}){2,20}?(?:{body_suffix}))"
	    "(?=[0-9]|[ ]*(?:提请|向|现将|将|作)|[^\\p{sc:Han}])"},
	/* A report's front line that is a body's name (国家发展和改革委员会,
	 * 江城市财政局), alone or before the paper that printed it. */
	[PAT_BODY_LINE] = {"body-line",
	    "\\G[ ]*(?<org>(?:(?![在向于的与及])\\p{sc:Han}){2,20}?(?:{body_suffix}))"
	    "[ ]*(?:$|《)"},
	/* A place's name where a name can start: after a non-ideograph, a
	 * preposition or a larger place (深圳市光明区); not 全区, 我县, nor
	 * a count's 个省区市. */
	[PAT_PLACE_NAME] = {"place-name",
	    "(?:(?<!\\p{sc:Han})|(?<=[在于和与对及到从进赴自省市、]))"
	    "(?![全该我本各每其这那此两个多几])"
	    "(?<name>\\p{sc:Han}{2,4}?(?:省|市|县|区|州|旗))"},
	[PAT_COMPANY] = {"company",
	    "\\p{sc:Han}{2,16}?(?:{company_suffix})"},
	[PAT_SPEECH] = {"speech", "{speech}"},
	[PAT_DAY] = {"day",
	    "(?<![0-9])(?:(?<year>[12][0-9]{3})[ ]?年)?[ ]?[0-9]{1,2}[ ]?月[ ]?"
	    "[0-9]{1,2}[ ]?日(?:上午|下午|晚上)?"},
};

static pcre2_code *codes[PAT_COUNT];
/* The same patterns compiled anchored, for pat_find to try at the
 * characters that can start a match (NULL where codes[] is anchored). */
static pcre2_code *anchored[PAT_COUNT];
/* The sources with the lexicon put in. */
static char *sources[PAT_COUNT];
/* Whether every pattern was JIT-compiled: then matches without options
 * take pcre2_jit_match, which skips pcre2_match's checks of the call. */
static int all_jit;
/* Anchored patterns whose first character can be told from the character
 * alone (none asserts what comes before it): pat_match tries them only
 * where pat_can_start allows. */
static unsigned char first_char_test[PAT_COUNT];
static pcre2_match_context *match_ctx;

static _Thread_local struct {
	pcre2_match_data *md;
	size_t last_start, last_end;
} local;

/* Per BMP code point, what has been learnt of whether it can start a match
 * of each pattern: bit id of known says whether it is known yet, the same
 * bit of yes the answer. Shared by the threads: each learns the same
 * answers, set with atomic ors, the answer before the bit that says it is
 * known. */
_Static_assert(PAT_COUNT <= 64, "one bit per pattern");
static struct {
	uint64_t known, yes;
} first_chars[0x10000];

/* Generous for the short subjects these patterns see, small enough that a
 * pathological line costs milliseconds, not minutes. */
enum { MATCH_LIMIT = 200000, DEPTH_LIMIT = 2000 };

/* A growing string for building a pattern's source. */
struct buf {
	char *s;
	size_t n, cap;
	int failed;
};

static void
put(struct buf *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (b->n + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 256;
		while (cap < b->n + n + 1)
			cap *= 2;
		char *bigger = realloc(b->s, cap);
		if (bigger == NULL) {
			b->failed = 1;
			return;
		}
		b->s = bigger;
		b->cap = cap;
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static void
puts_(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

/* Puts a word, its regex metacharacters escaped. */
static void
put_literal(struct buf *b, const char *w, int in_class)
{
	for (; *w; w++) {
		if (strchr(in_class ? "\\]^-[" : "\\^$.|?*+()[]{}", *w))
			put(b, "\\", 1);
		put(b, w, 1);
	}
}

static const struct lex_entry *sort_entries;

static int
longer_first(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	size_t lx = strlen(sort_entries[x].word), ly = strlen(sort_entries[y].word);
	return lx != ly ? (lx < ly) - (lx > ly) :
	    strcmp(sort_entries[x].word, sort_entries[y].word);
}

/* Puts the alternation of table t's words, longest first. */
static void
put_table(struct buf *b, enum lex_table t)
{
	size_t n;
	const struct lex_entry *v = lex_entries(t, &n);
	size_t *order = malloc((n + 1) * sizeof *order);
	if (order == NULL) {
		b->failed = 1;
		return;
	}
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	sort_entries = v;
	qsort(order, n, sizeof *order, longer_first);
	puts_(b, "(?:");
	for (size_t k = 0; k < n; k++) {
		const struct lex_entry *e = &v[order[k]];
		if (k > 0)
			puts_(b, "|");
		if (e->not_before) {
			puts_(b, "(?<![");
			put_literal(b, e->not_before, 1);
			puts_(b, "])");
		}
		put_literal(b, e->word, 0);
		if (e->not_after) {
			puts_(b, "(?![");
			put_literal(b, e->not_after, 1);
			puts_(b, "])");
		}
	}
	puts_(b, ")");
	free(order);
}

/* The source of pattern i with every {table} replaced; NULL when memory
 * runs out or a table is unknown (reported). */
static char *
expand(int i)
{
	struct buf b = {0};
	const char *p = defs[i].re;

	while (*p) {
		const char *close;
		if (*p == '{' && p[1] >= 'a' && p[1] <= 'z' &&
		    (close = strchr(p, '}')) != NULL &&
		    strspn(p + 1, "abcdefghijklmnopqrstuvwxyz_") ==
		    (size_t)(close - p - 1)) {
			int t;
			for (t = 0; t < LEX_COUNT; t++)
				if (strlen(lex_name((enum lex_table)t)) ==
				    (size_t)(close - p - 1) &&
				    memcmp(lex_name((enum lex_table)t), p + 1,
				    (size_t)(close - p - 1)) == 0)
					break;
			if (t == LEX_COUNT) {
				diag(D_PATTERN, NULL, defs[i].name,
				    "unknown lexicon table", (size_t)(p - defs[i].re));
				free(b.s);
				return NULL;
			}
			put_table(&b, (enum lex_table)t);
			p = close + 1;
			continue;
		}
		put(&b, p, 1);
		p++;
	}
	if (b.failed) {
		free(b.s);
		return NULL;
	}
	return b.s;
}

/* Compiles sources[i] with options; reports a failure. */
static pcre2_code *
compile(int i, uint32_t options)
{
	int err;
	PCRE2_SIZE erroff;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)sources[i],
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
	if (match_ctx != NULL)
		return 0;
	numerals_init();
	lexicon_init();
	match_ctx = pcre2_match_context_create(NULL);
	if (match_ctx == NULL)
		return -1;
	pcre2_set_match_limit(match_ctx, MATCH_LIMIT);
	pcre2_set_depth_limit(match_ctx, DEPTH_LIMIT);
	all_jit = 1;
	for (int i = 0; i < PAT_COUNT; i++) {
		uint32_t options = 0;
		if ((sources[i] = expand(i)) == NULL ||
		    (codes[i] = compile(i, 0)) == NULL) {
			patterns_free();
			return -1;
		}
		pcre2_pattern_info(codes[i], PCRE2_INFO_ALLOPTIONS, &options);
		if (!(options & PCRE2_ANCHORED) &&
		    (anchored[i] = compile(i, PCRE2_ANCHORED)) == NULL) {
			patterns_free();
			return -1;
		}
		/* A lookbehind that must see something can fail on a
		 * character tried alone. */
		first_char_test[i] = (options & PCRE2_ANCHORED) &&
		    strstr(sources[i], "(?<=") == NULL;
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
		free(sources[i]);
		codes[i] = anchored[i] = NULL;
		sources[i] = NULL;
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

const char *
pattern_source(enum pattern_id id)
{
	return sources[id];
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
	 * the options it was compiled for. Patterns that must match at
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
	 * once per character and pattern. A lookbehind at the start sees
	 * nothing before the character, which can only say yes more
	 * often. */
	int rc = run(anchored[id] ? anchored[id] : codes[id], buf,
	    utf8_encode(cp, buf), 0, PCRE2_ANCHORED | PCRE2_PARTIAL_HARD);
	int yes = rc != 0;
	if (cp < 0x10000) {
		if (yes)
			__atomic_fetch_or(&first_chars[cp].yes, bit,
			    __ATOMIC_RELAXED);
		__atomic_fetch_or(&first_chars[cp].known, bit, __ATOMIC_RELEASE);
	}
	return yes;
}

int
pat_match_at(enum pattern_id id, const char *s, size_t len, size_t pos)
{
	/* Most places a caller asks at (every clause's start) cannot begin
	 * a match: the cached answer per character saves the run. */
	size_t n;
	if (pos < len && !pat_can_start(id, utf8_valid_at(s, pos, &n)))
		return 0;
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
