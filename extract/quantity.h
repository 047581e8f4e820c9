/*
 * Quantities: a number with its unit, read at one position of the text —
 * 700亿元, 8个, 5.5%以上, 6%—7%, 二百九十亿到三百亿斤, 保六争八.
 *
 * Ownership: a struct quantity holds no pointers; nothing is allocated.
 */
#ifndef EXTRACT_QUANTITY_H
#define EXTRACT_QUANTITY_H

#include <stddef.h>
#include <stdint.h>

#include "numerals.h"

enum unit_kind {
	U_NONE,
	U_PERCENT, /* %, ‰, 个百分点 */
	U_MONEY,   /* 元, 美元 … */
	U_MEASURE, /* 公里, 亩, 吨 … */
	U_COUNT,   /* 个, 家, 人 … */
	U_SCALE,   /* only 万 or 亿: 贫困人口减少6800多万 */
};

enum { UNIT_MAX = 48 };

struct quantity {
	size_t start, end;      /* the number's first byte, after its unit */
	struct numeral lo, hi;  /* hi only for ranges */
	int range;
	char unit[UNIT_MAX];    /* as written, the numeral's scale included */
	enum unit_kind kind;
	int cmp;                /* enum comparator stated after it, or -1 */
	int approx_more;        /* 多 or 余 before the unit: more than */
};

/* Looks up the pattern groups quantity_read uses; call once before
 * threads read quantities. */
void quantity_prepare(void);

/* Whether a number starts at pos of s (not inside one), looking no further
 * back than lo. Sets *cp to the character there. */
int quantity_starts_at(const char *s, size_t lo, size_t pos);

/* Reads an amount written as a bare magnitude after a comparator (突破千亿
 * 元 as 1000亿元, 达到万亿元 as 1万亿元, 超过百家) at s[pos..hi) into q;
 * lo is where the sentence starts. Returns 1, or 0 when none is there. */
int quantity_read_magnitude(const char *s, size_t lo, size_t hi, size_t pos,
    struct quantity *q);

/* Reads the quantity at pos within [lo, hi). Returns 1 with q filled, or 0
 * when no number with a unit starts there. */
int quantity_read(const char *s, size_t lo, size_t hi, size_t pos,
    struct quantity *q);

#endif
