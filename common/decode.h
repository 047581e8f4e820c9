/*
 * Turns the bytes of a text file into valid UTF-8: UTF-8 with or without a
 * byte order mark, UTF-16 or UTF-32 with one, GB18030 (GBK's superset), or
 * a text pasted together from GB18030 and UTF-8 lines.
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
	ENC_UTF32LE,
	ENC_UTF32BE,
	ENC_GB18030,
	ENC_MIXED, /* lines of GB18030 and lines of UTF-8 */
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

/* The largest input read_file accepts, in bytes (DECODE_DEFAULT_LIMIT
 * until set): a FIFO that never ends must not take all memory. */
#define DECODE_DEFAULT_LIMIT ((size_t)256 << 20)
void decode_set_limit(size_t bytes);
size_t decode_limit(void);

/* Reads a whole file ("-" is stdin) into a malloc'd buffer with one spare
 * byte. Only the first 64 KiB are read of a file that they show to be
 * binary (decode_text then refuses it). Returns 0, or -1 with errno set
 * (EFBIG: larger than decode_limit()). */
int read_file(const char *path, char **buf, size_t *len);

/* Reports why read_file failed, from errno: too large and out of memory
 * by name, anything else as "cannot read". */
void decode_read_error(const char *path);

/* Parses a size for --max-input: a number of bytes with an optional K, M
 * or G (powers of 1024). Returns 0, or -1 when it is not one. */
int decode_parse_size(const char *s, size_t *bytes);

#endif
