/* Unit tests for the numeral parser: every form the issue lists. */
#include <stdio.h>
#include <string.h>

#include "../../extract/numerals.h"
#include "check.h"

/* Parses text and checks the value, prefix, kind and bytes consumed. */
static void
expect(const char *text, const char *value, const char *prefix,
    enum numeral_kind kind, size_t consumed)
{
	struct numeral n;
	char buf[32];
	size_t got = numeral_parse(text, strlen(text), &n);
	if (got == 0) {
		CHECK(0, "%s: parsed", text);
		return;
	}
	decimal_format(n.value, buf);
	CHECK_STR(buf, value, "%s: value", text);
	CHECK_STR(n.prefix, prefix, "%s: prefix", text);
	CHECK(n.kind == kind, "%s: kind %d", text, (int)n.kind);
	CHECK(got == consumed, "%s: consumed %zu of %zu", text, got, consumed);
}

static void
reject(const char *text)
{
	struct numeral n;
	CHECK(numeral_parse(text, strlen(text), &n) == 0, "%s: not a numeral", text);
}

int
main(void)
{
	numerals_init();
	/* Arabic, after full-width folding. */
	expect("700亿元", "700", "亿", NUM_PLAIN, strlen("700亿"));
	expect("8个", "8", "", NUM_PLAIN, 1);
	expect("5.5%", "5.5", "", NUM_PLAIN, 3);
	expect("1,200万", "1200", "万", NUM_PLAIN, strlen("1,200万"));
	expect("2000万美元", "2000", "万", NUM_PLAIN, strlen("2000万"));
	expect("6.72万人", "6.72", "万", NUM_PLAIN, strlen("6.72万"));
	expect("10万亿", "10", "万亿", NUM_PLAIN, strlen("10万亿"));
	expect("1.2万", "1.2", "万", NUM_PLAIN, strlen("1.2万"));
	expect("3千万", "3000", "万", NUM_PLAIN, strlen("3千万"));
	expect("2千", "2000", "", NUM_PLAIN, strlen("2千"));
	expect("1200万千瓦", "1200", "万", NUM_PLAIN, strlen("1200万"));
	expect("5千米", "5", "", NUM_PLAIN, 1);
	expect("6800多万", "6800", "万", NUM_PLAIN, strlen("6800多万"));
	expect("0.05", "0.05", "", NUM_PLAIN, 4);
	expect("700.0", "700", "", NUM_PLAIN, 5);
	{
		/* Only len bytes are read: the digit after them must not
		 * make "0,00" a thousands comma (found by the fuzzer). */
		struct numeral n;
		size_t got = numeral_parse("0,005", 4, &n);
		CHECK(got == 1, "0,00 of 0,005: consumed %zu of 1", got);
	}
	expect("0.000000000001", "0.000000000001", "", NUM_PLAIN, 14);
	/* More decimals than a decimal holds: not a numeral (the fuzzer's
	 * 0.000…0006 overflowed the formatter). */
	reject("0.0000000000000000000000000006");

	/* Chinese numerals. */
	expect("二百二十七亿", "227", "亿", NUM_PLAIN, strlen("二百二十七亿"));
	expect("两千", "2000", "", NUM_PLAIN, strlen("两千"));
	expect("两千六", "2600", "", NUM_PLAIN, strlen("两千六"));
	expect("一万三", "1.3", "万", NUM_PLAIN, strlen("一万三"));
	expect("一百二", "120", "", NUM_PLAIN, strlen("一百二"));
	expect("一百零五", "105", "", NUM_PLAIN, strlen("一百零五"));
	expect("一百十一元", "111", "", NUM_PLAIN, strlen("一百十一"));
	expect("十二", "12", "", NUM_PLAIN, strlen("十二"));
	expect("十万", "10", "万", NUM_PLAIN, strlen("十万"));
	expect("三亿五千万", "3.5", "亿", NUM_PLAIN, strlen("三亿五千万"));
	expect("一千二百万", "1200", "万", NUM_PLAIN, strlen("一千二百万"));
	expect("二百九十亿到三百亿斤", "290", "亿", NUM_PLAIN, strlen("二百九十亿"));
	expect("五二九点零七亿元", "529.07", "亿", NUM_PLAIN, strlen("五二九点零七亿"));
	expect("三点五", "3.5", "", NUM_PLAIN, strlen("三点五"));
	expect("二〇二三年", "2023", "", NUM_PLAIN, strlen("二〇二三"));
	expect("一万零五百", "1.05", "万", NUM_PLAIN, strlen("一万零五百"));
	expect("一万亿", "1", "万亿", NUM_PLAIN, strlen("一万亿"));
	expect("一个", "1", "", NUM_PLAIN, strlen("一"));

	/* Percent, permille and fractions. */
	expect("百分之五以上", "5", "", NUM_PERCENT, strlen("百分之五"));
	expect("百分之十一点三", "11.3", "", NUM_PERCENT, strlen("百分之十一点三"));
	expect("百分之零点二三", "0.23", "", NUM_PERCENT, strlen("百分之零点二三"));
	expect("百分之一百零六点五", "106.5", "", NUM_PERCENT, strlen("百分之一百零六点五"));
	expect("千分之十点八三", "10.83", "", NUM_PERMILLE, strlen("千分之十点八三"));
	expect("二十点五亿", "20.5", "亿", NUM_PLAIN, strlen("二十点五亿"));
	expect("百分之5", "5", "", NUM_PERCENT, strlen("百分之5"));
	expect("千分之五", "5", "", NUM_PERMILLE, strlen("千分之五"));
	expect("三分之一", "33.33", "", NUM_FRACTION, strlen("三分之一"));
	expect("二分之一", "50", "", NUM_FRACTION, strlen("二分之一"));
	expect("4分之3", "75", "", NUM_FRACTION, strlen("4分之3"));

	/* Not numerals. */
	reject("百亿乡镇");
	reject("千家万户");
	reject("亿元以上");
	reject("万元");
	reject("三五百");
	reject("项目");

	/* Formatting and comparison. */
	char buf[32];
	decimal_format((struct decimal){5, 2}, buf);
	CHECK_STR(buf, "0.05", "format 5e-2");
	decimal_format((struct decimal){12000, 3}, buf);
	CHECK_STR(buf, "12", "format trims zeros");
	CHECK(decimal_cmp((struct decimal){15, 1}, (struct decimal){2, 0}) < 0, "1.5 < 2");
	CHECK(decimal_cmp((struct decimal){20, 1}, (struct decimal){2, 0}) == 0, "2.0 == 2");
	int ok = 1;
	decimal_format(decimal_add((struct decimal){111, 0}, (struct decimal){50, 2}, &ok), buf);
	CHECK_STR(buf, "111.5", "111 + 0.50");
	CHECK(ok, "111 + 0.50 does not overflow");
	decimal_add((struct decimal){90000000000000000ULL, 0}, (struct decimal){1, 1}, &ok);
	CHECK(!ok, "an overflowing sum is reported");
	return CHECK_DONE();
}
