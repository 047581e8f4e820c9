/*
 * A fault-injection shim for the output paths, loaded with LD_PRELOAD:
 * FAULT=NAME:N makes the Nth call of NAME fail, NAME one of open mkstemp
 * fdopen fwrite fputs fflush fsync fclose rename write fchmod.
 * Calls on standard error are not counted (the messages must get out).
 * When the fault fires, the file named by FAULT_MARK is created, so that
 * a test knows it ran past the last call.
 *
 * glibc's own internal calls (stdio's write at a flush, mkstemp's open)
 * cannot be reached from here; fflush, fclose and mkstemp stand for them.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char fault_name[32];
static long fault_at = -1;
static long calls;

static void
load(void)
{
	static int loaded;
	if (loaded)
		return;
	loaded = 1;
	const char *f = getenv("FAULT");
	const char *colon = f ? strchr(f, ':') : NULL;
	if (colon == NULL || (size_t)(colon - f) >= sizeof fault_name)
		return;
	memcpy(fault_name, f, (size_t)(colon - f));
	fault_name[colon - f] = '\0';
	fault_at = atol(colon + 1);
}

/* Whether this call of name is the one to fail; sets errno when it is. */
static int
fail_now(const char *name, int err)
{
	load();
	if (fault_at < 0 || strcmp(name, fault_name) != 0)
		return 0;
	if (++calls != fault_at)
		return 0;
	const char *mark = getenv("FAULT_MARK");
	if (mark != NULL) {
		int (*real_open)(const char *, int, ...) =
		    (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
		int fd = real_open(mark, O_WRONLY | O_CREAT, 0644);
		if (fd >= 0)
			close(fd);
	}
	errno = err;
	return 1;
}

#define REAL(type, name, args) \
	static type(*real) args; \
	if (real == NULL) \
		real = (type(*) args)dlsym(RTLD_NEXT, name)

int
open(const char *path, int flags, ...)
{
	REAL(int, "open", (const char *, int, ...));
	mode_t mode = 0;
	if (flags & O_CREAT) {
		va_list ap;
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	if (fail_now("open", EACCES))
		return -1;
	return real(path, flags, mode);
}

int
mkstemp(char *tmpl)
{
	REAL(int, "mkstemp", (char *));
	if (fail_now("mkstemp", ENOSPC))
		return -1;
	return real(tmpl);
}

FILE *
fdopen(int fd, const char *mode)
{
	REAL(FILE *, "fdopen", (int, const char *));
	if (fd != 2 && fail_now("fdopen", ENOMEM))
		return NULL;
	return real(fd, mode);
}

size_t
fwrite(const void *p, size_t size, size_t n, FILE *fp)
{
	REAL(size_t, "fwrite", (const void *, size_t, size_t, FILE *));
	if (fp != stderr && fail_now("fwrite", ENOSPC))
		return 0;
	return real(p, size, n, fp);
}

int
fputs(const char *s, FILE *fp)
{
	REAL(int, "fputs", (const char *, FILE *));
	if (fp != stderr && fail_now("fputs", ENOSPC))
		return EOF;
	return real(s, fp);
}

int
fflush(FILE *fp)
{
	REAL(int, "fflush", (FILE *));
	if (fp != stderr && fp != NULL && fail_now("fflush", ENOSPC))
		return EOF;
	return real(fp);
}

int
fsync(int fd)
{
	REAL(int, "fsync", (int));
	if (fail_now("fsync", EIO))
		return -1;
	return real(fd);
}

int
fclose(FILE *fp)
{
	REAL(int, "fclose", (FILE *));
	if (fp != stderr && fail_now("fclose", EIO)) {
		real(fp); /* the stream is gone either way */
		errno = EIO;
		return EOF;
	}
	return real(fp);
}

int
rename(const char *from, const char *to)
{
	REAL(int, "rename", (const char *, const char *));
	if (fail_now("rename", EXDEV))
		return -1;
	return real(from, to);
}

ssize_t
write(int fd, const void *p, size_t n)
{
	REAL(ssize_t, "write", (int, const void *, size_t));
	if (fd != 2 && fail_now("write", ENOSPC))
		return -1;
	return real(fd, p, n);
}

int
fchmod(int fd, mode_t mode)
{
	REAL(int, "fchmod", (int, mode_t));
	if (fail_now("fchmod", EPERM))
		return -1;
	return real(fd, mode);
}
