/*
 * Numbers as Chinese official texts write them: Arabic digits (after
 * full-width folding), Chinese numerals (二百二十七亿, 一万三, 五二九点零七),
 * mixtures (1.2万, 3千万), 百分之N, 千分之N and N分之M.
 *
 * Values are exact decimals, never doubles, so that what the CSV says is
 * what the text says. Nothing here allocates.
 */
#ifndef EXTRACT_NUMERALS_H
#define EXTRACT_NUMERALS_H

#include <stddef.h>
#include <stdint.h>

/* value = mant / 10^scale, with mant at most 10^17 and scale at most
 * DECIMAL_SCALE_MAX: the parser refuses more decimals than that, so a
 * value never has more than 18 digits. */
#define DECIMAL_SCALE_MAX 12
struct decimal {
	uint64_t mant;
	int scale;
};

enum numeral_kind {
	NUM_PLAIN,    /* a count or amount */
	NUM_PERCENT,  /* 百分之N: the value is in % */
	NUM_PERMILLE, /* 千分之N: the value is in ‰ */
	NUM_FRACTION, /* N分之M or M/N: the value is converted to % */
};

struct numeral {
	struct decimal value; /* in units of prefix */
	const char *prefix;   /* trailing scale as written: "", "万", "亿", "万亿" */
	enum numeral_kind kind;
	int chinese;          /* some digit was written as a Chinese numeral */
	int digit_string;     /* Chinese digits without 十百千 (二〇二三) */
	int approx;           /* 多 or 余 inside (6800多万): at least value */
	int slash;            /* a fraction written M/N (1/8) */
};

/* Parses the numeral that starts at s[0..len). Returns the bytes it spans,
 * or 0 when no numeral starts there. A bare 百, 千, 万 or 亿 (百亿乡镇,
 * 千家万户) is not a numeral; 十 alone is. */
size_t numeral_parse(const char *s, size_t len, struct numeral *out);

/* Fills the tables behind numeral_is_start and numeral_is_part; call once
 * before either. */
void numerals_init(void);

/* True when the code point is a Chinese numeral character that can start a
 * numeral (digits, 十, and the 百 of 百分之). */
int numeral_is_start(uint32_t cp);

/* True when the code point can be inside a numeral: digits, Chinese digits
 * and units, 点. A number does not start right after one. */
int numeral_is_part(uint32_t cp);

/* The year written at s[0..len) in four Arabic or Chinese digits
 * (2026, 二〇二五, 一九八二), or 0. */
int numeral_year(const char *s, size_t len);

/* Formats d as a plain decimal ("700", "1.2", "0.05") into buf.
 * Returns the length written (buf has room for 32 bytes). */
size_t decimal_format(struct decimal d, char *buf);

/* a + b; sets *ok to 0 on overflow. */
struct decimal decimal_add(struct decimal a, struct decimal b, int *ok);

/* Compares two decimals: <0, 0, >0. */
int decimal_cmp(struct decimal a, struct decimal b);

#endif
