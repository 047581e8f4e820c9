/*
 * libFuzzer target: the numeral parser on any bytes, and the decimal it
 * gives formatted back.
 */
#include <stdint.h>
#include <stdlib.h>

#include "../../extract/numerals.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	struct numeral n;
	char buf[32];

	if (!ready) {
		numerals_init();
		ready = 1;
	}
	size_t used = numeral_parse((const char *)data, size, &n);
	if (used > size)
		abort();
	if (used > 0)
		decimal_format(n.value, buf);
	return 0;
}
