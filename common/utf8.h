/*
 * UTF-8 helpers shared by both programs. Nothing here allocates.
 */
#ifndef COMMON_UTF8_H
#define COMMON_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one strict UTF-8 sequence at s[0..n) (no overlongs, surrogates or
 * code points above U+10FFFF). Returns its length and sets *cp, or returns 0
 * when the bytes there are not valid UTF-8. */
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Returns the offset of the first invalid byte in s[0..n), or n. */
size_t utf8_validate(const unsigned char *s, size_t n);

/* Writes cp as UTF-8 into out (room for 4 bytes); returns the length. */
size_t utf8_encode(uint32_t cp, char *out);

/* utf8_prev and utf8_next for any bytes; the inline versions below take
 * ASCII and the usual three-byte characters themselves. */
uint32_t utf8_prev_any(const char *s, size_t lo, size_t pos, size_t *at);
uint32_t utf8_next_any(const char *s, size_t pos, size_t hi, size_t *len);

/* Whether u[0..3) is a three-byte character with lead E1..EC or EE..EF,
 * which can be neither overlong nor a surrogate. */
static inline int
utf8_is_plain3(const unsigned char *u)
{
	return u[0] >= 0xE1 && u[0] <= 0xEF && u[0] != 0xED &&
	    (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80;
}

static inline uint32_t
utf8_plain3(const unsigned char *u)
{
	return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 |
	    (u[2] & 0x3F);
}

/* The code point that ends at pos, not starting before lo; sets *at to
 * where it starts. Returns 0 at lo, U+FFFD for an invalid byte. */
static inline uint32_t
utf8_prev(const char *s, size_t lo, size_t pos, size_t *at)
{
	const unsigned char *u = (const unsigned char *)s;
	if (pos > lo && u[pos - 1] < 0x80) {
		*at = pos - 1;
		return u[pos - 1];
	}
	if (pos >= lo + 3 && utf8_is_plain3(u + pos - 3)) {
		*at = pos - 3;
		return utf8_plain3(u + pos - 3);
	}
	return utf8_prev_any(s, lo, pos, at);
}

/* The code point at pos, ending by hi; sets *len to its length (0 at hi).
 * Returns 0 at hi, U+FFFD (length 1) for an invalid byte. */
static inline uint32_t
utf8_next(const char *s, size_t pos, size_t hi, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s + pos;
	if (pos < hi && u[0] < 0x80) {
		*len = 1;
		return u[0];
	}
	if (pos + 3 <= hi && utf8_is_plain3(u)) {
		*len = 3;
		return utf8_plain3(u);
	}
	return utf8_next_any(s, pos, hi, len);
}

/* The code point at s[pos] of text known to be valid UTF-8 (decoded or
 * validated earlier), and its length in *len: no checks, for hot loops. */
static inline uint32_t
utf8_valid_at(const char *s, size_t pos, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s + pos;
	if (u[0] < 0x80) {
		*len = 1;
		return u[0];
	}
	if (u[0] < 0xE0) {
		*len = 2;
		return (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
	}
	if (u[0] < 0xF0) {
		*len = 3;
		return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 |
		    (u[2] & 0x3F);
	}
	*len = 4;
	return (uint32_t)(u[0] & 0x07) << 18 | (uint32_t)(u[1] & 0x3F) << 12 |
	    (uint32_t)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
}

/* Counts the characters of valid UTF-8 s[0..n): its bytes that are not
 * continuation bytes. */
size_t utf8_count(const unsigned char *s, size_t n);

/* Writes a then b into dst (capacity cap, NUL-terminated), cut before
 * the first character that would not fit: never in a character. */
void utf8_join(char *dst, size_t cap, const char *a, const char *b);

/* The display width of valid UTF-8 s[0..n): 1 per ASCII character, 2 per
 * other character (a printed column, where Chinese is twice as wide).
 * Sets *chars, unless NULL, to utf8_count's answer. */
size_t utf8_width(const unsigned char *s, size_t n, size_t *chars);

/* Returns the 1-based line and character column of byte offset off in
 * s[0..n), counting invalid bytes as one character each. */
void utf8_line_col(const unsigned char *s, size_t n, size_t off,
    size_t *line, size_t *col);

#endif
