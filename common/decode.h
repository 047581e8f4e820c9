/*
 * Turns the bytes of a text file into valid UTF-8: UTF-8 with or without a
 * byte order mark, UTF-16 with one, or GB18030 (GBK's superset).
 *
 * Ownership: decode_text takes the raw buffer (malloc'd with one spare byte
 * after n) and either keeps it as out->text or frees it; the caller frees
 * out->text. On failure nothing is left to free.
 */
#ifndef COMMON_DECODE_H
#define COMMON_DECODE_H

#include <stddef.h>

enum text_encoding {
	ENC_UTF8,
	ENC_UTF16LE,
	ENC_UTF16BE,
	ENC_GB18030,
};

struct decoded {
	char *text;   /* valid UTF-8, NUL-terminated, no BOM and no NUL inside */
	size_t len;   /* bytes, without the terminating NUL */
	enum text_encoding enc;
	int had_bom;
	size_t repaired; /* bytes replaced by U+FFFD or a space */
};

/* Decodes raw[0..n) read from file (named in diagnostics). Invalid bytes
 * become U+FFFD and NUL bytes spaces, each reported with its byte offset.
 * Returns 0, or -1 after reporting a binary file or exhausted memory. */
int decode_text(const char *file, char *raw, size_t n, struct decoded *out);

/* Reads a whole file ("-" is stdin) into a malloc'd buffer with one spare
 * byte. Returns 0, or -1 with errno set. */
int read_file(const char *path, char **buf, size_t *len);

#endif
