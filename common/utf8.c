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

/* Whether the 16 bytes at p are valid UTF-8 given the three before them
 * (p[-3..-1], which must be readable): with the compiler's vector
 * extension (SSE2 on x86-64), each byte is checked against what the bytes
 * before it want. A byte after a lead byte C0..FF, the second after E0..FF
 * and the third after F0..FF must be a continuation byte, and no other may
 * be. The rare lead bytes are looked at closer: C0, C1 and F5..FF never
 * occur, and the byte after E0, ED, F0 and F4 is limited, which rules out
 * overlong forms, surrogates and code points past U+10FFFF. A rare byte in
 * the last place is the next block's to check, or the caller's. */
typedef unsigned char bytes16 __attribute__((vector_size(16)));

static inline int
any(bytes16 v)
{
	uint64_t w[2];
	memcpy(w, &v, sizeof w);
	return (w[0] | w[1]) != 0;
}

static inline int
block_valid(const unsigned char *p)
{
	bytes16 v, p1, p2, p3;

	memcpy(&v, p, sizeof v);
	memcpy(&p1, p - 1, sizeof p1);
	memcpy(&p2, p - 2, sizeof p2);
	memcpy(&p3, p - 3, sizeof p3);
	bytes16 cont = (bytes16)((v & 0xC0) == 0x80);
	bytes16 want = (bytes16)((p1 >= 0xC0) | (p2 >= 0xE0) | (p3 >= 0xF0));
	bytes16 rare = (bytes16)((p1 >= 0xF0) | (p1 == 0xED) | (p1 == 0xE0) |
	    ((p1 & 0xFE) == 0xC0));
	if (!any((cont ^ want) | rare))
		return 1;
	return !any((cont ^ want) | (bytes16)((p1 == 0xC0) | (p1 == 0xC1) |
	    (p1 >= 0xF5) | ((p1 == 0xE0) & (v < 0xA0)) |
	    ((p1 == 0xED) & (v >= 0xA0)) | ((p1 == 0xF0) & (v < 0x90)) |
	    ((p1 == 0xF4) & (v >= 0x90))));
}

size_t
utf8_validate(const unsigned char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	for (;;) {
		/* A stretch of whole characters, one at a time: the start,
		 * whatever a block found wrong, and the end. */
		size_t stop = n - i > 32 ? i + 32 : n;
		while (i < stop) {
			if (s[i] < 0x80) {
				i++;
				continue;
			}
			/* Most of a Chinese text: E1..EC and EE..EF lead
			 * bytes, whose three-byte forms cannot be overlong or
			 * surrogates. */
			if (i + 2 < n && utf8_is_plain3(s + i)) {
				i += 3;
				continue;
			}
			size_t len = utf8_decode(s + i, n - i, &cp);
			if (len == 0)
				return i;
			i += len;
		}
		if (i >= n)
			return n;
		/* Then 16 bytes at a time from this character start. */
		while (n - i >= 16 && block_valid(s + i))
			i += 16;
		/* Where the block went wrong may be a character begun up to
		 * three bytes before it: go back to the start of that one.
		 * The bytes before i are valid, so at most three continuation
		 * bytes precede i - 3. */
		i -= 3;
		while ((s[i] & 0xC0) == 0x80)
			i--;
	}
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

/* In each byte of w, 1 where the byte is a continuation byte (10xxxxxx),
 * else 0. */
static inline uint64_t
continuation_ones(uint64_t w)
{
	return (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
}

/* In each byte of w, 1 where the byte leads a multi-byte character
 * (11xxxxxx), else 0. */
static inline uint64_t
lead_ones(uint64_t w)
{
	return (w & (w << 1) & 0x8080808080808080ULL) >> 7;
}

/* The sum of the eight byte lanes of w. */
static inline size_t
lane_sum(uint64_t w)
{
	w = (w & 0x00FF00FF00FF00FFULL) + ((w >> 8) & 0x00FF00FF00FF00FFULL);
	return (size_t)((w * 0x0001000100010001ULL) >> 48);
}

/* Counts the continuation bytes of s[0..n) and, when lead is not NULL,
 * the lead bytes of multi-byte characters, eight bytes at a time: per-lane
 * counts are summed every 255 words, before a lane could overflow. Inline,
 * so that each caller gets the loop it needs. */
static inline void
count_kinds(const unsigned char *s, size_t n, size_t *cont, size_t *lead)
{
	size_t i = 0, c = 0, l = 0;
	uint64_t w;

	while (i + 8 <= n) {
		uint64_t cl = 0, ll = 0;
		for (int k = 0; k < 255 && i + 8 <= n; k++, i += 8) {
			memcpy(&w, s + i, 8);
			cl += continuation_ones(w);
			if (lead != NULL)
				ll += lead_ones(w);
		}
		c += lane_sum(cl);
		l += lane_sum(ll);
	}
	for (; i < n; i++) {
		c += (s[i] & 0xC0) == 0x80;
		l += s[i] >= 0xC0;
	}
	*cont = c;
	if (lead != NULL)
		*lead = l;
}

size_t
utf8_count(const unsigned char *s, size_t n)
{
	size_t cont;
	count_kinds(s, n, &cont, NULL);
	return n - cont;
}

size_t
utf8_width(const unsigned char *s, size_t n, size_t *chars)
{
	size_t cont, lead;
	count_kinds(s, n, &cont, &lead);
	if (chars != NULL)
		*chars = n - cont;
	return n - cont + lead;
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

void
utf8_join(char *dst, size_t cap, const char *a, const char *b)
{
	size_t used = 0;
	const char *part[2] = {a, b};
	if (cap == 0)
		return;
	for (int k = 0; k < 2; k++) {
		size_t n = strlen(part[k]);
		if (used + n >= cap) {
			n = cap - 1 - used;
			/* Back to the start of a character. */
			while (n > 0 && ((unsigned char)part[k][n] & 0xC0) == 0x80)
				n--;
			memmove(dst + used, part[k], n);
			used += n;
			break;
		}
		memmove(dst + used, part[k], n);
		used += n;
	}
	dst[used] = '\0';
}
