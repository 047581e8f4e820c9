#include "proc.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

/* The temporary files to remove on a signal; a slot holds NULL when free.
 * The handler only reads the slots and calls unlink, which is
 * async-signal-safe. */
enum { TEMP_SLOTS = 64 };
static const char *volatile temps[TEMP_SLOTS];

/* Which of descriptors 0–2 were closed when the run started. */
static int was_closed[3];

static const int fatal_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT,
    SIGPIPE};

static void
on_signal(int sig)
{
	for (int k = 0; k < TEMP_SLOTS; k++) {
		const char *path = temps[k];
		if (path != NULL)
			unlink(path);
	}
	/* Die of the signal, as the caller expects. */
	signal(sig, SIG_DFL);
	raise(sig);
}

int
proc_start(void)
{
	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		was_closed[fd] = 1;
		int got = open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
		if (got < 0)
			return -1;
		if (got != fd) {
			/* A lower descriptor was closed too and took it. */
			if (dup2(got, fd) < 0)
				return -1;
			close(got);
		}
	}
	struct sigaction sa = {0};
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t k = 0; k < sizeof fatal_signals / sizeof fatal_signals[0]; k++) {
		struct sigaction old;
		/* A signal ignored by whoever started us stays ignored. */
		if (sigaction(fatal_signals[k], NULL, &old) == 0 &&
		    old.sa_handler == SIG_IGN)
			continue;
		sigaction(fatal_signals[k], &sa, NULL);
	}
	return 0;
}

int
proc_was_closed(int fd)
{
	return fd >= 0 && fd <= 2 && was_closed[fd];
}

int
proc_temp_add(const char *path)
{
	for (int k = 0; k < TEMP_SLOTS; k++) {
		const char *expected = NULL;
		if (__atomic_compare_exchange_n(&temps[k], &expected, path, 0,
		    __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
			return k;
	}
	return -1;
}

void
proc_temp_remove(int slot)
{
	if (slot >= 0 && slot < TEMP_SLOTS)
		__atomic_store_n(&temps[slot], NULL, __ATOMIC_SEQ_CST);
}
