/*
 * A minimal test harness: each CHECK prints one TAP line ("ok N - what" or
 * "not ok N - what"); tests/run counts them. main returns the failures.
 */
#ifndef TESTS_CHECK_H
#define TESTS_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_count, check_failed;

#define CHECK(cond, ...) do { \
	check_count++; \
	if (cond) { \
		printf("ok %d - ", check_count); \
	} else { \
		check_failed++; \
		printf("not ok %d - %s:%d: ", check_count, __FILE__, __LINE__); \
	} \
	printf(__VA_ARGS__); \
	putchar('\n'); \
} while (0)

#define CHECK_STR(got, want, ...) do { \
	const char *check_got_ = (got), *check_want_ = (want); \
	int check_ok_ = strcmp(check_got_, check_want_) == 0; \
	CHECK(check_ok_, __VA_ARGS__); \
	if (!check_ok_) \
		printf("#   got  \"%s\"\n#   want \"%s\"\n", check_got_, check_want_); \
} while (0)

#define CHECK_DONE() (printf("1..%d\n", check_count), check_failed != 0)

#endif
