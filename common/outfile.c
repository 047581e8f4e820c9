#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <pthread.h>
#include <signal.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "proc.h"

enum { MAX_LINKS = 40 };

const char *
outfile_name(const char *path)
{
	return path == NULL || strcmp(path, "-") == 0 ? "standard output" : path;
}

/* The directory part of path, malloc'd ("." for a bare name). */
static char *
dir_of(const char *path)
{
	char *copy = strdup(path), *d;
	if (copy == NULL)
		return NULL;
	d = strdup(dirname(copy));
	free(copy);
	return d;
}

/* Follows symbolic links from path to the file they end at (which may
 * not exist yet: a link to a new file). Returns a malloc'd path, or NULL
 * with errno set. */
static char *
resolve(const char *path)
{
	char *cur = strdup(path);
	for (int hops = 0; cur != NULL; hops++) {
		struct stat st;
		if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode))
			return cur;
		if (hops == MAX_LINKS) {
			free(cur);
			errno = ELOOP;
			return NULL;
		}
		char link[PATH_MAX];
		ssize_t n = readlink(cur, link, sizeof link - 1);
		if (n < 0) {
			free(cur);
			return NULL;
		}
		link[n] = '\0';
		char *next;
		if (link[0] == '/')
			next = strdup(link);
		else {
			/* Relative to the folder holding the link. */
			char *d = dir_of(cur);
			size_t len = d ? strlen(d) + 1 + (size_t)n + 1 : 0;
			next = d ? malloc(len) : NULL;
			if (next != NULL)
				snprintf(next, len, "%s/%s", d, link);
			free(d);
		}
		free(cur);
		cur = next;
	}
	return NULL;
}

/* A temporary file's name beside target: .NAME.XXXXXX, or .tmp.XXXXXX
 * when that would be too long a name. Returns it malloc'd, or NULL. */
static char *
temp_name(const char *target)
{
	char *d = dir_of(target), *copy = strdup(target);
	char *out = NULL;
	if (d != NULL && copy != NULL) {
		const char *base = basename(copy);
		size_t len = strlen(d) + strlen(base) + 16;
		if ((out = malloc(len)) != NULL) {
			if (strlen(base) + 9 <= NAME_MAX)
				snprintf(out, len, "%s/.%s.XXXXXX", d, base);
			else
				snprintf(out, len, "%s/.tmp.XXXXXX", d);
		}
	}
	free(d);
	free(copy);
	return out;
}

static void
release(struct outfile *o)
{
	proc_temp_remove(o->slot);
	free(o->target);
	free(o->tmp);
	memset(o, 0, sizeof *o);
	o->slot = -1;
}

/* The descriptor a name stands for when it is one of the shell's:
 * /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N; else -1. Such a
 * name is written through the descriptor itself, so that what the shell
 * made of it (a pipe, a file opened to append) holds. */
static int
named_descriptor(const char *path)
{
	static const char *const prefixes[] = {"/dev/fd/", "/proc/self/fd/"};
	if (strcmp(path, "/dev/stdout") == 0)
		return STDOUT_FILENO;
	if (strcmp(path, "/dev/stderr") == 0)
		return STDERR_FILENO;
	for (size_t k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++) {
		size_t n = strlen(prefixes[k]);
		if (strncmp(path, prefixes[k], n) == 0 && path[n] != '\0' &&
		    strspn(path + n, "0123456789") == strlen(path + n) &&
		    strlen(path + n) < 9)
			return atoi(path + n);
	}
	return -1;
}

/* Writes o to descriptor fd as it is, with no temporary file. Returns 0,
 * or -1 with errno set and fd closed. */
static int
write_directly(struct outfile *o, int fd)
{
	if ((o->fp = fdopen(fd, "wb")) != NULL)
		return 0;
	int saved = errno;
	close(fd);
	errno = saved;
	return -1;
}

int
outfile_open(struct outfile *o, const char *path)
{
	int saved, fd;

	memset(o, 0, sizeof *o);
	o->slot = -1;
	if (path == NULL || strcmp(path, "-") == 0) {
		if (proc_was_closed(STDOUT_FILENO)) {
			errno = EBADF;
			return -1;
		}
		o->fp = stdout;
		return 0;
	}
	if (path[0] == '\0') {
		errno = ENOENT;
		return -1;
	}
	if ((fd = named_descriptor(path)) >= 0) {
		/* /dev/stdout and its kind: the descriptor, duplicated. */
		if (proc_was_closed(fd) || (fd = dup(fd)) < 0) {
			errno = errno ? errno : EBADF;
			goto fail;
		}
		if (write_directly(o, fd) != 0)
			goto fail;
		return 0;
	}
	if (stat(path, &o->old) == 0 && !S_ISREG(o->old.st_mode)) {
		if (S_ISDIR(o->old.st_mode)) {
			errno = EISDIR;
			goto fail;
		}
		/* A device, FIFO or socket, or a link to one (/dev/stdout is
		 * a link to a link to a pipe): opened by its name, which the
		 * kernel follows, and written as it is. */
		o->existed = 1;
		if ((fd = open(path, O_WRONLY | O_NOCTTY)) < 0)
			goto fail;
		if (write_directly(o, fd) != 0)
			goto fail;
		return 0;
	}
	if ((o->target = resolve(path)) == NULL)
		goto fail;
	if (stat(o->target, &o->old) == 0) {
		o->existed = 1;
		o->in_place = o->old.st_nlink > 1;
	} else if (errno != ENOENT)
		goto fail;
	if ((o->tmp = temp_name(o->target)) == NULL)
		goto fail;
	if ((fd = mkstemp(o->tmp)) < 0)
		goto fail;
	o->slot = proc_temp_add(o->tmp);
	/* The new file gets the old one's owner (where permitted) and
	 * mode, or the mode a plain open would give. */
	mode_t mode;
	if (o->existed) {
		if (fchown(fd, o->old.st_uid, o->old.st_gid) != 0 &&
		    fchown(fd, (uid_t)-1, o->old.st_gid) != 0)
			errno = 0; /* not ours to give: it stays the runner's */
		mode = o->old.st_mode & 07777;
	} else {
		mode_t mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}
	if (fchmod(fd, mode) != 0 || (o->fp = fdopen(fd, "wb")) == NULL) {
		saved = errno;
		close(fd);
		unlink(o->tmp);
		errno = saved;
		goto fail;
	}
	return 0;
fail:
	saved = errno;
	release(o);
	errno = saved;
	return -1;
}

/* Syncs the directory holding path, so that the rename survives a crash. */
static void
sync_parent(const char *path)
{
	char *d = dir_of(path);
	if (d == NULL)
		return;
	int fd = open(d, O_RDONLY | O_DIRECTORY);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(d);
}

/* Copies the finished temporary file into the target itself (a file of
 * several hard links, which a rename would part from the others). The
 * room is reserved first, so that a full disk fails before a byte of the
 * old content is overwritten. Returns 0, or -1 with errno set. */
static int
copy_into(const char *tmp, const char *target, off_t old_size)
{
	int in = open(tmp, O_RDONLY), out = -1, saved = 0, err;
	char buf[1 << 16];
	struct stat st;
	ssize_t n;

	if (in < 0 || fstat(in, &st) != 0 ||
	    (out = open(target, O_WRONLY)) < 0)
		goto fail;
	/* All of it, not only what is beyond the old size: the old file
	 * may be sparse. */
	if (st.st_size > 0 && (err = posix_fallocate(out, 0, st.st_size)) != 0) {
		/* The content was not touched; a longer size is undone. */
		if (st.st_size > old_size)
			(void)!ftruncate(out, old_size);
		errno = err;
		goto fail;
	}
	while ((n = read(in, buf, sizeof buf)) > 0) {
		for (ssize_t done = 0; done < n;) {
			ssize_t w = write(out, buf + done, (size_t)(n - done));
			if (w < 0) {
				if (errno == EINTR)
					continue;
				goto fail;
			}
			done += w;
		}
	}
	if (n < 0 || ftruncate(out, st.st_size) != 0 || fsync(out) != 0)
		goto fail;
	close(in);
	return close(out);
fail:
	saved = errno;
	if (in >= 0)
		close(in);
	if (out >= 0)
		close(out);
	errno = saved;
	return -1;
}

int
outfile_commit(struct outfile *o)
{
	int failed = 0, saved = 0;

	if (o->tmp == NULL) {
		/* Standard output or a special file: every byte checked. */
		if (fflush(o->fp) != 0 || ferror(o->fp)) {
			failed = 1;
			saved = errno ? errno : EIO;
		}
		if (o->fp != stdout && fclose(o->fp) != 0 && !failed) {
			failed = 1;
			saved = errno;
		}
		release(o);
		errno = saved;
		return failed ? -1 : 0;
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
	if (!failed && o->in_place) {
		/* A signal now would leave the file half old, half new: it
		 * waits until the copy is done. */
		sigset_t all, before;
		sigfillset(&all);
		pthread_sigmask(SIG_BLOCK, &all, &before);
		if (copy_into(o->tmp, o->target, o->old.st_size) != 0) {
			failed = 1;
			saved = errno;
		}
		pthread_sigmask(SIG_SETMASK, &before, NULL);
	} else if (!failed && rename(o->tmp, o->target) != 0) {
		failed = 1;
		saved = errno;
	}
	if (failed || o->in_place)
		unlink(o->tmp);
	if (!failed)
		sync_parent(o->target);
	release(o);
	errno = saved;
	return failed ? -1 : 0;
}

void
outfile_abort(struct outfile *o)
{
	if (o->fp != NULL && o->fp != stdout)
		fclose(o->fp);
	if (o->tmp != NULL)
		unlink(o->tmp);
	release(o);
}

int
outfile_same_file(const char *output, const char *input)
{
	struct stat a, b;
	int fd;
	/* Standard output, or a name of a descriptor, is whatever the shell
	 * redirected it to; standard input the same. */
	int got_out = output == NULL || strcmp(output, "-") == 0 ?
	    fstat(STDOUT_FILENO, &a) : (fd = named_descriptor(output)) >= 0 ?
	    fstat(fd, &a) : stat(output, &a);
	int got_in = strcmp(input, "-") == 0 ? fstat(STDIN_FILENO, &b) :
	    stat(input, &b);
	/* A device may be both (/dev/null); a file or a FIFO may not. */
	return got_out == 0 && got_in == 0 &&
	    (S_ISREG(a.st_mode) || S_ISFIFO(a.st_mode)) &&
	    a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

int
outfile_finish_stdout(void)
{
	int failed = proc_was_closed(STDOUT_FILENO) ? (errno = EBADF, 1) :
	    fflush(stdout) != 0 || ferror(stdout);
	if (failed)
		diag(D_OUTPUT, &(struct diag_loc){"standard output", 0, 0},
		    strerror(errno ? errno : EIO));
	return failed ? -1 : 0;
}
