/*
 * Sentences and clauses of normalised Chinese text: a sentence ends at
 * 。！？ (a semicolon only ends a clause), a clause at ，、：；. Positions are
 * byte offsets into one buffer; nothing here allocates.
 */
#ifndef EXTRACT_CLAUSES_H
#define EXTRACT_CLAUSES_H

#include <stddef.h>
#include <stdint.h>

int is_sentence_end(uint32_t cp);
int is_clause_end(uint32_t cp);

/* An ideograph of the URO or extension A. */
int is_han(uint32_t cp);

/* Whether s[0..n) holds an ASCII digit. */
int has_digit(const char *s, size_t n);

/* Whether the 比 at s[i] of s[0..n) compares with a baseline (比2020年,
 * 比上年, 比“十三五”末), not a ratio (占比, 比重). */
int compares_at(const char *s, size_t i, size_t n);

/* 和, 与, 及, 或: joins two targets (143亿元和958亿元). */
int is_conjunction(uint32_t cp);

/* The end of the sentence that starts at ss, within [ss, hi): after its
 * 。！？ and a closing quote that follows (。”), or hi. */
size_t sentence_end(const char *s, size_t ss, size_t hi);

/* The start of the clause holding pos: after the last clause end in
 * [ss, pos); with_lists set, a 、 does not end it. */
size_t clause_start(const char *s, size_t ss, size_t pos, int with_lists);

/* The end of the clause holding pos: before the next clause end, or se;
 * with_lists set, a 、 does not end it. */
size_t clause_end(const char *s, size_t pos, size_t se, int with_lists);

/* The start of the last max_chars characters before pos, not before lo. */
size_t chars_before(const char *s, size_t lo, size_t pos, int max_chars);

#endif
