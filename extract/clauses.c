#include "clauses.h"

#include <string.h>

#include "../common/utf8.h"

int
is_sentence_end(uint32_t cp)
{
	return cp == 0x3002 /* 。 */ || cp == 0xFF01 /* ！ */ ||
	    cp == 0xFF1F /* ？ */ || cp == '!' || cp == '?';
}

int
is_clause_end(uint32_t cp)
{
	return is_sentence_end(cp) || cp == 0xFF0C /* ， */ ||
	    cp == 0x3001 /* 、 */ || cp == 0xFF1A /* ： */ ||
	    cp == 0xFF1B /* ； */ || cp == ',' || cp == ':' || cp == ';';
}

int
has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

int
compares_at(const char *s, size_t i, size_t n)
{
	static const char *const starts[] = {"上", "去", "前", "基", "“",
	    "同", "本"};
	if (i + 3 > n || memcmp(s + i, "比", 3) != 0 ||
	    (i >= 3 && memcmp(s + i - 3, "占", 3) == 0))
		return 0;
	const char *a = s + i + 3;
	size_t left = n - i - 3;
	if (left > 0 && *a >= '0' && *a <= '9')
		return 1;
	for (size_t k = 0; k < sizeof starts / sizeof starts[0]; k++)
		if (left >= strlen(starts[k]) &&
		    memcmp(a, starts[k], strlen(starts[k])) == 0)
			return 1;
	return 0;
}

int
is_han(uint32_t cp)
{
	return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
}

int
is_conjunction(uint32_t cp)
{
	return cp == 0x548C /* 和 */ || cp == 0x4E0E /* 与 */ ||
	    cp == 0x53CA /* 及 */ || cp == 0x6216 /* 或 */;
}

size_t
sentence_end(const char *s, size_t ss, size_t hi)
{
	size_t p = ss, len;
	while (p < hi) {
		unsigned char c = (unsigned char)s[p];
		/* ASCII other than ! and ? never ends a sentence. */
		if (c < 0x80 && c != '!' && c != '?') {
			p++;
			continue;
		}
		uint32_t cp = utf8_next(s, p, hi, &len);
		p += len;
		if (is_sentence_end(cp)) {
			cp = utf8_next(s, p, hi, &len);
			if (cp == 0x201D || cp == 0x2019 || cp == 0x300D)
				p += len;
			break;
		}
	}
	return p;
}

/* Whether s[at] is a comma between digits (11,194亿元): a group of
 * thousands, no end of a clause; before and after say whether there are
 * bytes to look at on each side. */
static int
digit_group(const char *s, size_t at, int before, int after)
{
	return s[at] == ',' && before && after &&
	    s[at - 1] >= '0' && s[at - 1] <= '9' &&
	    s[at + 1] >= '0' && s[at + 1] <= '9';
}

size_t
clause_start(const char *s, size_t ss, size_t pos, int with_lists)
{
	size_t p = pos, at;
	while (p > ss) {
		uint32_t cp = utf8_prev(s, ss, p, &at);
		if (is_clause_end(cp) && !(with_lists && cp == 0x3001 /* 、 */) &&
		    !digit_group(s, at, at > ss, 1))
			break;
		p = at;
	}
	return p;
}

size_t
clause_end(const char *s, size_t pos, size_t se, int with_lists)
{
	size_t p = pos, len;
	while (p < se) {
		uint32_t cp = utf8_next(s, p, se, &len);
		if (is_clause_end(cp) && !(with_lists && cp == 0x3001 /* 、 */) &&
		    !digit_group(s, p, p > 0, p + 1 < se))
			break;
		p += len;
	}
	return p;
}

size_t
chars_before(const char *s, size_t lo, size_t pos, int max_chars)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t p = pos;
	/* The text is valid UTF-8: a character starts at a byte that
	 * continues none, so no character needs decoding. */
	for (int i = 0; i < max_chars && p > lo; i++)
		do
			p--;
		while (p > lo && (u[p] & 0xC0) == 0x80);
	return p;
}
