#include "utf8.h"

#include <string.h>

size_t
utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0];
	uint32_t v;
	size_t len;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		v = c & 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		v = c & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if ((len == 3 && v < 0x800) || (len == 4 && v < 0x10000) ||
	    (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF)
		return 0;
	*cp = v;
	return len;
}

size_t
utf8_validate(const unsigned char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		unsigned char c = s[i];
		if (c < 0x80) {
			/* Then eight ASCII bytes at a time: digits and line
			 * ends come in runs. */
			i++;
			for (uint64_t w; i + 8 <= n; i += 8) {
				memcpy(&w, s + i, 8);
				if (w & 0x8080808080808080ULL)
					break;
			}
			continue;
		}
		/* Most of a Chinese text: E1..EC and EE..EF lead bytes, whose
		 * three-byte forms cannot be overlong or surrogates. */
		if (i + 2 < n && utf8_is_plain3(s + i)) {
			i += 3;
			continue;
		}
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (len == 0)
			return i;
		i += len;
	}
	return n;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

uint32_t
utf8_prev_any(const char *s, size_t lo, size_t pos, size_t *at)
{
	uint32_t cp;
	size_t p = pos;

	if (p <= lo) {
		*at = lo;
		return 0;
	}
	do
		p--;
	while (p > lo && ((unsigned char)s[p] & 0xC0) == 0x80);
	*at = p;
	if (utf8_decode((const unsigned char *)s + p, pos - p, &cp) == 0)
		return 0xFFFD;
	return cp;
}

uint32_t
utf8_next_any(const char *s, size_t pos, size_t hi, size_t *len)
{
	uint32_t cp;

	if (pos >= hi) {
		*len = 0;
		return 0;
	}
	if ((unsigned char)s[pos] < 0x80) {
		*len = 1;
		return (unsigned char)s[pos];
	}
	*len = utf8_decode((const unsigned char *)s + pos, hi - pos, &cp);
	if (*len == 0) {
		*len = 1;
		return 0xFFFD;
	}
	return cp;
}

size_t
utf8_count(const unsigned char *s, size_t n)
{
	size_t count = 0;
	for (size_t i = 0; i < n; i++)
		count += (s[i] & 0xC0) != 0x80;
	return count;
}

/* Counts the characters of s[0..n), which may hold invalid bytes: each of
 * those counts as one. */
static size_t
count_lenient(const unsigned char *s, size_t n)
{
	size_t count = 0, i = 0;
	uint32_t cp;

	while (i < n) {
		size_t len = utf8_decode(s + i, n - i, &cp);
		i += len ? len : 1;
		count++;
	}
	return count;
}

void
utf8_line_col(const unsigned char *s, size_t n, size_t off,
    size_t *line, size_t *col)
{
	size_t start = 0, l = 1;

	if (off > n)
		off = n;
	for (size_t i = 0; i < off; i++)
		if (s[i] == '\n') {
			l++;
			start = i + 1;
		}
	*line = l;
	*col = count_lenient(s + start, off - start) + 1;
}
