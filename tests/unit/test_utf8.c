/*
 * Unit tests for the UTF-8 helpers: the fast paths of utf8_validate,
 * utf8_next and utf8_prev must agree with utf8_decode, the strict decoder,
 * on chosen sequences and on many pseudo-random buffers.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../common/utf8.h"
#include "check.h"

/* The first invalid offset of s[0..n) by decoding one sequence at a time. */
static size_t
reference_validate(const unsigned char *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;
	while (i < n) {
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (len == 0)
			return i;
		i += len;
	}
	return n;
}

/* Whether utf8_next and utf8_prev walk s[0..n) the way utf8_decode does,
 * both ways, with U+FFFD and one byte for an invalid byte going forward. */
static int
walks_agree(const unsigned char *s, size_t n)
{
	const char *c = (const char *)s;
	size_t pos = 0, len, at;
	uint32_t cp;

	while (pos < n) {
		uint32_t got = utf8_next(c, pos, n, &len);
		size_t want = utf8_decode(s + pos, n - pos, &cp);
		if (want == 0 ? got != 0xFFFD || len != 1 : got != cp || len != want)
			return 0;
		pos += len;
	}
	if (utf8_next(c, n, n, &len) != 0 || len != 0)
		return 0;
	/* Backwards over valid text only: an invalid byte may be read as
	 * part of a longer sequence from the other side. */
	if (reference_validate(s, n) != n)
		return 1;
	for (pos = n; pos > 0; pos = at) {
		uint32_t got = utf8_prev(c, 0, pos, &at);
		if (utf8_decode(s + at, pos - at, &cp) != pos - at || got != cp)
			return 0;
	}
	return utf8_prev(c, 0, 0, &at) == 0 && at == 0;
}

/* Whether utf8_count and utf8_width of valid s[0..n), and of every
 * suffix of its first 20 bytes (odd alignments), agree with decoding. */
static int
counts_agree(const unsigned char *s, size_t n)
{
	for (size_t from = 0; from < 20 && from <= n; from++) {
		size_t i = from, chars = 0, width = 0;
		uint32_t cp;
		while (i < n && (s[i] & 0xC0) == 0x80)
			i++;
		size_t start = i;
		while (i < n) {
			size_t len = utf8_decode(s + i, n - i, &cp);
			if (len == 0)
				return 0;
			chars++;
			width += cp < 0x80 ? 1 : 2;
			i += len;
		}
		size_t got_chars;
		if (utf8_count(s + start, n - start) != chars ||
		    utf8_width(s + start, n - start, &got_chars) != width ||
		    got_chars != chars)
			return 0;
	}
	return 1;
}

static uint64_t rng = 0x9E3779B97F4A7C15ULL;

static unsigned
next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 32);
}

int
main(void)
{
	static const struct {
		const char *what, *bytes;
		size_t valid; /* first invalid offset */
	} cases[] = {
		{"ASCII", "700亿元 and 8 个", 19},
		{"Chinese run", "确保全年新开工亿元以上项目8个", 43},
		{"eight ASCII then Chinese", "12345678确保", 14},
		{"overlong E0 80 80", "ab\xE0\x80\x80", 2},
		{"surrogate ED A0 80", "\xE4\xB8\x80\xED\xA0\x80", 3},
		{"ED 9F BF is U+D7FF", "\xED\x9F\xBF", 3},
		{"cut three-byte at end", "a\xE4\xB8", 1},
		{"cut after ASCII run", "abcdefghij\xE4", 10},
		{"lone continuation", "abc\x80", 3},
		{"four-byte U+1F600", "\xF0\x9F\x98\x80x", 5},
		{"above U+10FFFF", "\xF4\x90\x80\x80", 0},
		{"C0 overlong", "\xC0\xAF", 0},
		{"U+00A0", "\xC2\xA0!", 3},
		{"bad second byte", "\xE4\x41\x80", 0},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const unsigned char *b = (const unsigned char *)cases[i].bytes;
		size_t n = strlen(cases[i].bytes);
		size_t got = utf8_validate(b, n);
		CHECK(got == cases[i].valid, "validate %s: %zu, want %zu",
		    cases[i].what, got, cases[i].valid);
		CHECK(walks_agree(b, n), "next/prev %s", cases[i].what);
	}

	/* Random buffers, mostly valid Chinese with ASCII runs and a few
	 * stray bytes: the fast paths against the reference. */
	unsigned char buf[256];
	int validate_ok = 1, walk_ok = 1;
	for (int round = 0; round < 20000; round++) {
		size_t n = 0, target = next_random() % 200;
		while (n < target) {
			unsigned r = next_random() % 100;
			if (r < 50) {
				uint32_t cp = 0x4E00 + next_random() % 0x5200;
				n += utf8_encode(cp, (char *)buf + n);
			} else if (r < 80)
				buf[n++] = (unsigned char)('0' + next_random() % 10);
			else if (r < 90) {
				uint32_t cp = 0x80 + next_random() % 0x10FF80;
				if (cp >= 0xD800 && cp <= 0xDFFF)
					cp = 0xFFFD;
				n += utf8_encode(cp, (char *)buf + n);
			} else if (r < 95)
				buf[n++] = (unsigned char)(next_random() & 0xFF);
			else
				buf[n++] = (unsigned char)(0xE0 + next_random() % 16);
		}
		if (utf8_validate(buf, n) != reference_validate(buf, n))
			validate_ok = 0;
		if (!walks_agree(buf, n))
			walk_ok = 0;
	}
	CHECK(validate_ok, "validate agrees with the decoder on 20000 buffers");

	/* Long buffers, mostly valid, with one flaw at a random place: the
	 * 16-byte blocks must find it where the decoder does, whatever the
	 * block boundaries. */
	static unsigned char big[4096 + 8];
	static const unsigned char flaws[][4] = {
		{0x80}, {0xC0, 0x80}, {0xC1, 0xBF}, {0xE0, 0x9F, 0x80},
		{0xED, 0xA0, 0x80}, {0xF0, 0x8F, 0x80, 0x80},
		{0xF4, 0x90, 0x80, 0x80}, {0xF5}, {0xFF}, {0xE4, 0xB8},
		{0xE4, 0x41}, {0xF0, 0x9F, 0x98}, {0xC3},
	};
	static const size_t flaw_len[] = {1, 2, 2, 3, 3, 4, 4, 1, 1, 2, 2, 3, 1};
	int long_ok = 1, count_ok = 1;
	for (int round = 0; round < 20000; round++) {
		size_t n = 0, target = 16 + next_random() % 4000;
		while (n < target) {
			unsigned r = next_random() % 100;
			uint32_t cp = r < 60 ? 0x4E00 + next_random() % 0x5200 :
			    r < 85 ? '0' + next_random() % 10 :
			    r < 90 ? 0x3000 + next_random() % 0x40 :
			    r < 95 ? 0x80 + next_random() % 0x780 :
			    0x10000 + next_random() % 0x100000;
			n += utf8_encode(cp, (char *)big + n);
		}
		if (round % 4 != 0) {
			/* Over a character start, so the flaw stands alone. */
			size_t at = next_random() % n, k = next_random() % 13;
			while (at > 0 && (big[at] & 0xC0) == 0x80)
				at--;
			memcpy(big + at, flaws[k], flaw_len[k]);
			if (at + flaw_len[k] > n)
				n = at + flaw_len[k];
		}
		if (utf8_validate(big, n) != reference_validate(big, n))
			long_ok = 0;
		if (round % 4 == 0 && !counts_agree(big, n))
			count_ok = 0;
	}
	CHECK(count_ok, "count and width agree with the decoder on 5000 long "
	    "buffers");
	CHECK(long_ok, "validate agrees with the decoder on 20000 long buffers "
	    "with a flaw");
	CHECK(walk_ok, "next/prev agree with the decoder on 20000 buffers");
	printf("1..%d\n", check_count);
	return check_failed != 0;
}
