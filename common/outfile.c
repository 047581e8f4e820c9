#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int
outfile_open(struct outfile *o, const char *path)
{
	memset(o, 0, sizeof *o);
	if (path == NULL || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return 0;
	}
	size_t n = strlen(path);
	if ((o->path = strdup(path)) == NULL ||
	    (o->tmp = malloc(n + sizeof ".tmpXXXXXX")) == NULL)
		goto fail;
	memcpy(o->tmp, path, n);
	memcpy(o->tmp + n, ".tmpXXXXXX", sizeof ".tmpXXXXXX");
	int fd = mkstemp(o->tmp);
	if (fd < 0)
		goto fail;
	/* mkstemp makes 0600; give the file the mode a plain open would. */
	mode_t mask = umask(0);
	umask(mask);
	if (fchmod(fd, 0666 & ~mask) != 0 ||
	    (o->fp = fdopen(fd, "wb")) == NULL) {
		int saved = errno;
		close(fd);
		unlink(o->tmp);
		errno = saved;
		goto fail;
	}
	return 0;
fail:;
	int saved = errno;
	free(o->path);
	free(o->tmp);
	memset(o, 0, sizeof *o);
	errno = saved;
	return -1;
}

/* Syncs the directory holding path, so that the rename survives a crash. */
static void
sync_parent(const char *path)
{
	char *copy = strdup(path);
	if (copy == NULL)
		return;
	int fd = open(dirname(copy), O_RDONLY | O_DIRECTORY);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(copy);
}

int
outfile_commit(struct outfile *o)
{
	int failed = 0, saved = 0;

	if (o->tmp == NULL) {
		if (fflush(o->fp) != 0 || ferror(o->fp))
			return -1;
		return 0;
	}
	if (fflush(o->fp) != 0 || ferror(o->fp) || fsync(fileno(o->fp)) != 0) {
		failed = 1;
		saved = errno ? errno : EIO;
	}
	if (fclose(o->fp) != 0 && !failed) {
		failed = 1;
		saved = errno;
	}
	o->fp = NULL;
	if (!failed && rename(o->tmp, o->path) != 0) {
		failed = 1;
		saved = errno;
	}
	if (failed)
		unlink(o->tmp);
	else
		sync_parent(o->path);
	free(o->tmp);
	free(o->path);
	o->tmp = o->path = NULL;
	if (failed) {
		errno = saved;
		return -1;
	}
	return 0;
}

void
outfile_abort(struct outfile *o)
{
	if (o->tmp != NULL) {
		if (o->fp != NULL)
			fclose(o->fp);
		unlink(o->tmp);
	}
	free(o->tmp);
	free(o->path);
	memset(o, 0, sizeof *o);
}
