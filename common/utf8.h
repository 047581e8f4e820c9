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

/* The code point that ends at pos, not starting before lo; sets *at to
 * where it starts. Returns 0 at lo, U+FFFD for an invalid byte. */
uint32_t utf8_prev(const char *s, size_t lo, size_t pos, size_t *at);

/* The code point at pos, ending by hi; sets *len to its length (0 at hi).
 * Returns 0 at hi, U+FFFD (length 1) for an invalid byte. */
uint32_t utf8_next(const char *s, size_t pos, size_t hi, size_t *len);

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

/* Returns the 1-based line and character column of byte offset off in
 * s[0..n), counting invalid bytes as one character each. */
void utf8_line_col(const unsigned char *s, size_t n, size_t off,
    size_t *line, size_t *col);

#endif
