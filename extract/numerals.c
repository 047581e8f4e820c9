#include "numerals.h"

#include <string.h>

#include "../common/utf8.h"

/* Mantissas stay below this so that no scaling step can overflow. */
#define MANT_LIMIT 100000000000000000ULL /* 1e17 */

static const uint64_t pow10[DECIMAL_SCALE_MAX + 1] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL,
};

static struct decimal
normalise(struct decimal d)
{
	while (d.scale > 0 && d.mant % 10 == 0) {
		d.mant /= 10;
		d.scale--;
	}
	if (d.mant == 0)
		d.scale = 0;
	return d;
}

/* d × 10^k; returns 0 on overflow. */
static int
shift_up(struct decimal *d, int k)
{
	if (d->scale >= k) {
		d->scale -= k;
		return 1;
	}
	k -= d->scale;
	d->scale = 0;
	while (k-- > 0) {
		if (d->mant > MANT_LIMIT / 10)
			return 0;
		d->mant *= 10;
	}
	return 1;
}

size_t
decimal_format(struct decimal d, char *buf)
{
	char digits[24];
	int n = 0;

	d = normalise(d);
	do {
		digits[n++] = (char)('0' + d.mant % 10);
		d.mant /= 10;
	} while (d.mant > 0);
	while (n <= d.scale)
		digits[n++] = '0';
	size_t len = 0;
	for (int i = n - 1; i >= 0; i--) {
		buf[len++] = digits[i];
		if (i == d.scale && i > 0)
			buf[len++] = '.';
	}
	buf[len] = '\0';
	return len;
}

struct decimal
decimal_add(struct decimal a, struct decimal b, int *ok)
{
	int s = a.scale > b.scale ? a.scale : b.scale;
	/* Bring both to scale s: multiply the coarser one. */
	struct decimal x = a, y = b;
	for (; x.scale < s; x.scale++) {
		if (x.mant > MANT_LIMIT / 10) {
			*ok = 0;
			return a;
		}
		x.mant *= 10;
	}
	for (; y.scale < s; y.scale++) {
		if (y.mant > MANT_LIMIT / 10) {
			*ok = 0;
			return a;
		}
		y.mant *= 10;
	}
	if (x.mant > MANT_LIMIT - y.mant) {
		*ok = 0;
		return a;
	}
	return normalise((struct decimal){x.mant + y.mant, s});
}

int
decimal_cmp(struct decimal a, struct decimal b)
{
	a = normalise(a);
	b = normalise(b);
	int s = a.scale > b.scale ? a.scale : b.scale;
	if (!shift_up(&a, -a.scale + s) || !shift_up(&b, -b.scale + s)) {
		/* Cannot overflow for the values this program makes; fall back
		 * to comparing integer parts. */
		return a.mant / pow10[a.scale] < b.mant / pow10[b.scale] ? -1 : 1;
	}
	return a.mant < b.mant ? -1 : a.mant > b.mant;
}

/* Chinese digit value of cp, or -1. */
static int
chinese_digit(uint32_t cp)
{
	switch (cp) {
	case 0x3007: /* 〇 */
	case 0x96F6: /* 零 */
		return 0;
	case 0x4E00: /* 一 */
	case 0x58F9: /* 壹 */
		return 1;
	case 0x4E8C: /* 二 */
	case 0x4E24: /* 两 */
	case 0x5169: /* 兩 */
	case 0x8D30: /* 贰 */
		return 2;
	case 0x4E09: /* 三 */
	case 0x53C1: /* 叁 */
		return 3;
	case 0x56DB: /* 四 */
	case 0x8086: /* 肆 */
		return 4;
	case 0x4E94: /* 五 */
	case 0x4F0D: /* 伍 */
		return 5;
	case 0x516D: /* 六 */
	case 0x9646: /* 陆 */
		return 6;
	case 0x4E03: /* 七 */
	case 0x67D2: /* 柒 */
		return 7;
	case 0x516B: /* 八 */
	case 0x634C: /* 捌 */
		return 8;
	case 0x4E5D: /* 九 */
	case 0x7396: /* 玖 */
		return 9;
	}
	return -1;
}

/* Power of ten of a small unit (十百千), or 0. */
static int
small_unit(uint32_t cp)
{
	switch (cp) {
	case 0x5341: /* 十 */
	case 0x62FE: /* 拾 */
		return 1;
	case 0x767E: /* 百 */
	case 0x4F70: /* 佰 */
		return 2;
	case 0x5343: /* 千 */
	case 0x4EDF: /* 仟 */
		return 3;
	}
	return 0;
}

/* Power of ten of a big unit (万亿), or 0. */
static int
big_unit(uint32_t cp)
{
	switch (cp) {
	case 0x4E07: /* 万 */
	case 0x842C: /* 萬 */
		return 4;
	case 0x4EBF: /* 亿 */
	case 0x5104: /* 億 */
		return 8;
	}
	return 0;
}

/* Bit tables over the BMP of the characters that can start a numeral and
 * that can be inside one: the scanner asks for every character of a text. */
static uint8_t start_bits[0x10000 / 8], part_bits[0x10000 / 8];

void
numerals_init(void)
{
	for (uint32_t cp = 0; cp < 0x10000; cp++) {
		int start = chinese_digit(cp) >= 0 || cp == 0x5341 /* 十 */ ||
		    cp == 0x767E /* 百 (百分之) */ || cp == 0x5343 /* 千 (千分之) */;
		int part = (cp >= '0' && cp <= '9') || chinese_digit(cp) >= 0 ||
		    small_unit(cp) || big_unit(cp) || cp == 0x70B9 /* 点 */;
		start_bits[cp / 8] |= (uint8_t)(start << (cp % 8));
		part_bits[cp / 8] |= (uint8_t)(part << (cp % 8));
	}
}

int
numeral_is_start(uint32_t cp)
{
	return cp < 0x10000 && start_bits[cp / 8] >> (cp % 8) & 1;
}

int
numeral_is_part(uint32_t cp)
{
	return cp < 0x10000 && part_bits[cp / 8] >> (cp % 8) & 1;
}

static int
starts_with(const char *s, size_t len, const char *lit)
{
	size_t n = strlen(lit);
	return len >= n && memcmp(s, lit, n) == 0;
}

/* Reads one code point at s[i..len); returns its length (0 at the end or on
 * invalid bytes, which end a numeral). */
static size_t
peek(const char *s, size_t len, size_t i, uint32_t *cp)
{
	if (i >= len)
		return 0;
	return utf8_decode((const unsigned char *)s + i, len - i, cp);
}

/* The big-unit suffix at s[i..): 万, 亿, 万亿 or 亿万 (unusual). Returns its
 * byte length and sets *power. */
static size_t
big_suffix(const char *s, size_t len, size_t i, int *power)
{
	uint32_t cp;
	size_t n = peek(s, len, i, &cp), total = 0;
	int p = 0;

	while (n > 0 && big_unit(cp) && total < 6) {
		p += big_unit(cp);
		total += n;
		n = peek(s, len, i + total, &cp);
	}
	*power = p;
	return total;
}

static const char *
prefix_of(int power)
{
	switch (power) {
	case 4:
		return "万";
	case 8:
		return "亿";
	case 12:
		return "万亿";
	}
	return "";
}

/* Arabic digits with optional thousands commas and decimals. */
static size_t
parse_arabic(const char *s, size_t len, struct decimal *d)
{
	size_t i = 0;
	uint64_t m = 0;
	int scale = 0;

	while (i < len) {
		if (s[i] >= '0' && s[i] <= '9') {
			if (m > MANT_LIMIT / 10)
				return 0;
			m = m * 10 + (uint64_t)(s[i] - '0');
			i++;
		} else if (s[i] == ',' && i > 0 && i + 3 < len &&
		    s[i + 1] >= '0' && s[i + 1] <= '9' &&
		    s[i + 2] >= '0' && s[i + 2] <= '9' &&
		    s[i + 3] >= '0' && s[i + 3] <= '9' &&
		    (i + 4 >= len || s[i + 4] < '0' || s[i + 4] > '9'))
			i++; /* 1,200: a thousands comma */
		else
			break;
	}
	if (i + 1 < len && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
		i++;
		while (i < len && s[i] >= '0' && s[i] <= '9') {
			if (m > MANT_LIMIT / 10 || scale == DECIMAL_SCALE_MAX)
				return 0;
			m = m * 10 + (uint64_t)(s[i] - '0');
			scale++;
			i++;
		}
	}
	d->mant = m;
	d->scale = scale;
	return i;
}

/* Parses Chinese numerals at s[0..len). Returns bytes consumed. */
static size_t
parse_chinese(const char *s, size_t len, struct numeral *out)
{
	/* The usual reading: sections below 万 add up, 万 closes a section,
	 * 亿 (or 万亿) closes everything read so far. */
	uint64_t done = 0, wan = 0, section = 0;
	int pending = -1, last = 0, zero_gap = 0, top_power = 0, ended_digit = 0;
	int ndigits = 0, nunits = 0;
	uint64_t digits = 0; /* the digits read one by one, for 二〇二三 */
	size_t i = 0, step;
	uint32_t cp;

	while ((step = peek(s, len, i, &cp)) > 0) {
		int d = chinese_digit(cp), u = small_unit(cp), b = big_unit(cp);
		if (d >= 0) {
			if (digits > MANT_LIMIT / 10)
				return 0;
			digits = digits * 10 + (uint64_t)d;
			ndigits++;
			if (d == 0) {
				zero_gap = 1;
			} else if (pending >= 0) {
				pending = -2; /* digits in a row: a digit string */
			} else if (pending == -1)
				pending = d;
			ended_digit = 1;
		} else if (u) {
			/* 千米, 千瓦, 千克 and 百分点 are units, not numerals. */
			uint32_t next;
			size_t nstep = peek(s, len, i + step, &next);
			if (nstep && ((u == 3 && (next == 0x7C73 || next == 0x74E6 ||
			    next == 0x514B)) || (u == 2 && next == 0x5206)))
				break;
			/* A bare 百/千 is no numeral (百亿乡镇, 千家万户), but
			 * before 万 it counts one (百万家: a million). */
			if (ndigits + nunits == 0 && u != 1 &&
			    !(nstep && big_unit(next) == 4))
				return 0;
			if (pending == -2)
				return 0;
			section += (pending >= 0 ? (uint64_t)pending : 1) * pow10[u];
			pending = -1;
			zero_gap = 0;
			last = u;
			ended_digit = 0;
			nunits++;
		} else if ((cp == 0x591A /* 多 */ || cp == 0x4F59 /* 余 */) &&
		    ndigits + nunits > 0 && pending != -2) {
			/* 五千多万: more than, and the scale still applies. */
			uint32_t next;
			size_t nstep = peek(s, len, i + step, &next);
			if (!nstep || !big_unit(next))
				break;
			out->approx = 1;
		} else if (b) {
			if (ndigits + nunits == 0 || pending == -2)
				break; /* a bare 万 or 亿 is no numeral */
			uint32_t next;
			size_t nstep = peek(s, len, i + step, &next);
			int power = b;
			if (b == 4 && nstep && big_unit(next) == 8) {
				power = 12; /* 万亿 */
				step += nstep;
			}
			uint64_t sum = section + (pending >= 0 ? (uint64_t)pending : 0);
			if (power == 4) {
				wan += sum;
				if (wan > MANT_LIMIT / 10000)
					return 0;
				wan *= 10000;
			} else {
				uint64_t all = done + wan + sum;
				if (all > MANT_LIMIT / pow10[power])
					return 0;
				done = all * pow10[power];
				wan = 0;
			}
			if (power > top_power)
				top_power = power;
			section = 0;
			pending = -1;
			zero_gap = 0;
			last = 4 + power; /* marks "a big unit came last" */
			ended_digit = 0;
			nunits++;
		} else
			break;
		i += step;
	}
	if (ndigits + nunits == 0)
		return 0;

	uint64_t total;
	int digit_string = nunits == 0 && ndigits > 1;
	if (digit_string) {
		total = digits;
	} else if (pending == -2) {
		return 0; /* 三五百: an approximate range, not one number */
	} else {
		total = done + wan + section;
		if (pending > 0) {
			/* 一万三 is 13000, 两千六 2600, 一百二 120; 一百零二 102. */
			if (last > 4 && !zero_gap)
				total += (uint64_t)pending * pow10[last - 4 - 1];
			else if (last >= 2 && !zero_gap)
				total += (uint64_t)pending * pow10[last - 1];
			else
				total += (uint64_t)pending;
		}
	}

	struct decimal v = {total, 0};
	/* 三点五, 五二九点零七(亿), 十点八三: decimals, then perhaps a big
	 * unit. */
	if ((nunits == 0 || ended_digit || last == 1) && peek(s, len, i, &cp) &&
	    cp == 0x70B9 /* 点 */ && top_power == 0) {
		size_t j = i + 3, fstep;
		uint32_t fcp;
		int fd, nfrac = 0;
		uint64_t frac = 0;
		while ((fstep = peek(s, len, j, &fcp)) > 0 &&
		    (fd = chinese_digit(fcp)) >= 0 && nfrac < 9) {
			frac = frac * 10 + (uint64_t)fd;
			nfrac++;
			j += fstep;
		}
		if (nfrac > 0 && v.mant <= MANT_LIMIT / pow10[nfrac]) {
			v.mant = v.mant * pow10[nfrac] + frac;
			v.scale = nfrac;
			i = j;
			int power;
			i += big_suffix(s, len, i, &power);
			if (power != 0 && power != 4 && power != 8 && power != 12)
				return 0;
			top_power = power;
			out->value = normalise(v);
			out->prefix = prefix_of(top_power);
			out->chinese = 1;
			out->digit_string = digit_string;
			return i;
		}
	}
	/* Express the value in its largest big unit: 二百二十七亿 is 227 亿,
	 * 三亿五千万 3.5 亿. */
	v.scale = top_power;
	out->value = normalise(v);
	out->prefix = prefix_of(top_power);
	out->chinese = 1;
	out->digit_string = digit_string;
	return i;
}

/* 多 or 余 right after digits and before a scale (6800多万). */
static size_t
approx_marker(const char *s, size_t len, size_t i)
{
	if (starts_with(s + i, len - i, "多") || starts_with(s + i, len - i, "余")) {
		uint32_t cp;
		size_t n = peek(s, len, i + 3, &cp);
		if (n && (big_unit(cp) || small_unit(cp)))
			return 3;
	}
	return 0;
}

static size_t
parse_plain(const char *s, size_t len, struct numeral *out)
{
	size_t i;
	uint32_t cp;

	if (len > 0 && s[0] >= '0' && s[0] <= '9') {
		struct decimal d;
		i = parse_arabic(s, len, &d);
		if (i == 0)
			return 0;
		size_t a = approx_marker(s, len, i);
		if (a) {
			out->approx = 1;
			i += a;
		}
		/* 3千万, 2千, 1.5百万: a small unit multiplies. */
		size_t step = peek(s, len, i, &cp);
		int u = step ? small_unit(cp) : 0;
		if (u) {
			uint32_t next;
			size_t nstep = peek(s, len, i + step, &next);
			int unit_word = nstep && ((u == 3 && (next == 0x7C73 ||
			    next == 0x74E6 || next == 0x514B)) ||
			    (u == 2 && next == 0x5206));
			if (!unit_word) {
				if (!shift_up(&d, u))
					return 0;
				i += step;
				out->chinese = 1;
			}
		}
		int power;
		i += big_suffix(s, len, i, &power);
		out->value = normalise(d);
		out->prefix = prefix_of(power);
		if (power != 0 && power != 4 && power != 8 && power != 12)
			return 0;
		return i;
	}
	return parse_chinese(s, len, out);
}

int
numeral_year(const char *s, size_t len)
{
	struct numeral n;
	size_t used = numeral_parse(s, len, &n);
	if (used == 0 || n.value.scale != 0 || n.prefix[0] != '\0' ||
	    n.value.mant < 1900 || n.value.mant > 2199)
		return 0;
	if (n.chinese && !n.digit_string)
		return 0; /* 一千九百 is a count, not a year */
	return (int)n.value.mant;
}

size_t
numeral_parse(const char *s, size_t len, struct numeral *out)
{
	memset(out, 0, sizeof *out);
	out->prefix = "";
	if (starts_with(s, len, "百分之") || starts_with(s, len, "千分之")) {
		int permille = s[0] == "千"[0] && s[1] == "千"[1] && s[2] == "千"[2];
		size_t n = parse_plain(s + 9, len - 9, out);
		if (n == 0 || out->prefix[0] != '\0')
			return 0;
		out->kind = permille ? NUM_PERMILLE : NUM_PERCENT;
		if (s[9] < '0' || s[9] > '9')
			out->chinese = 1;
		return 9 + n;
	}
	size_t n = parse_plain(s, len, out);
	if (n == 0)
		return 0;
	/* N分之M: a fraction, given in percent. */
	if (out->prefix[0] == '\0' && starts_with(s + n, len - n, "分之")) {
		struct numeral m;
		memset(&m, 0, sizeof m);
		m.prefix = "";
		size_t k = parse_plain(s + n + 6, len - n - 6, &m);
		if (k > 0 && m.prefix[0] == '\0' && out->value.scale == 0 &&
		    out->value.mant > 0 && m.value.scale == 0) {
			uint64_t den = out->value.mant, num = m.value.mant;
			if (num <= MANT_LIMIT / 10000) {
				/* Two decimals of percent, rounded half up. */
				uint64_t v = (num * 10000 * 10 / den + 5) / 10;
				out->value = normalise((struct decimal){v, 2});
				out->kind = NUM_FRACTION;
				out->chinese |= m.chinese;
				return n + 6 + k;
			}
		}
	}
	/* M/N, a share smaller than one (占全市1/8): in percent like N分之M;
	 * not a rate per so many (1/10万) nor a date (2024/1/8). */
	if (out->prefix[0] == '\0' && n + 1 < len && s[n] == '/' &&
	    s[n + 1] >= '1' && s[n + 1] <= '9' && out->value.scale == 0 &&
	    !out->chinese && out->value.mant > 0) {
		struct numeral m;
		memset(&m, 0, sizeof m);
		m.prefix = "";
		size_t k = parse_plain(s + n + 1, len - n - 1, &m);
		size_t end = n + 1 + k;
		uint64_t num = out->value.mant, den = m.value.mant;
		if (k > 0 && m.prefix[0] == '\0' && !m.chinese &&
		    m.value.scale == 0 && den >= 2 && den <= 100 && num < den &&
		    !(end < len && (s[end] == '/' || s[end] == '.' ||
		    (s[end] >= '0' && s[end] <= '9'))) &&
		    !starts_with(s + end, len - end, "万") &&
		    !starts_with(s + end, len - end, "千") &&
		    !starts_with(s + end, len - end, "亿")) {
			uint64_t v = (num * 10000 * 10 / den + 5) / 10;
			out->value = normalise((struct decimal){v, 2});
			out->kind = NUM_FRACTION;
			out->slash = 1;
			return end;
		}
	}
	return n;
}
