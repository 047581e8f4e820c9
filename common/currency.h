/*
 * Currencies: the words a money unit ends with, shared by extract (which
 * reads 亿美元 as money) and report (which adds money up per currency).
 * 元 and 人民币 are one currency, 港元 and 港币 another.
 *
 * Ownership: the list is static.
 */
#ifndef COMMON_CURRENCY_H
#define COMMON_CURRENCY_H

#include <stddef.h>

/* At most this many currency words. */
enum { CURRENCY_MAX = 24 };

/* How many currency words there are. */
size_t currency_count(void);

/* Currency word i (元, 美元, 人民币, 港币 …). */
const char *currency_word(size_t i);

/* The currency a word stands for, as the briefing names it (人民币 gives
 * 元, 港币 gives 港元); NULL when the word is no currency. */
const char *currency_of(const char *word);

#endif
