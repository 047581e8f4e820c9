#include "diag.h"

#include <stdarg.h>
#include <stdio.h>

static const struct {
	enum diag_level level;
	const char *fmt;
} table[DIAG_COUNT] = {
#define X(name, lvl, f) [name] = {lvl, f},
	DIAG_TABLE
#undef X
};

static const char *const level_names[] = {
	[DIAG_NOTE] = "note",
	[DIAG_WARNING] = "warning",
	[DIAG_ERROR] = "error",
	[DIAG_FATAL] = "error",
};

static const char *program = "extract";
/* Shared by the threads that extract files: changed atomically. */
static int worst = -1;
static size_t counts[DIAG_FATAL + 1];
static int quiet_notes;
static FILE *stream; /* NULL: stderr */
/* A thread's own stream, for messages kept until their file's turn. */
static _Thread_local FILE *captured;

void
diag_set_program(const char *name)
{
	program = name;
}

void
diag_set_quiet_notes(int quiet)
{
	quiet_notes = quiet;
}

void
diag_set_stream(FILE *fp)
{
	stream = fp;
}

void
diag_capture(FILE *fp)
{
	captured = fp;
}

void
diag(enum diag_id id, const struct diag_loc *loc, ...)
{
	enum diag_level lvl = table[id].level;
	FILE *out = captured != NULL ? captured : stream != NULL ? stream :
	    stderr;
	va_list ap;

	__atomic_fetch_add(&counts[lvl], 1, __ATOMIC_RELAXED);
	int seen = __atomic_load_n(&worst, __ATOMIC_RELAXED);
	while ((int)lvl > seen && !__atomic_compare_exchange_n(&worst, &seen,
	    (int)lvl, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
		;
	if (lvl == DIAG_NOTE && quiet_notes)
		return;
	if (loc != NULL && loc->file != NULL) {
		fputs(loc->file, out);
		if (loc->line > 0) {
			fprintf(out, ":%zu", loc->line);
			if (loc->col > 0)
				fprintf(out, ":%zu", loc->col);
		}
	} else
		fputs(program, out);
	fprintf(out, ": %s: ", level_names[lvl]);
	va_start(ap, loc);
	vfprintf(out, table[id].fmt, ap);
	va_end(ap);
	fputc('\n', out);
}

void
diag_save(struct diag_state *st)
{
	st->worst = worst;
	for (size_t i = 0; i <= DIAG_FATAL; i++)
		st->counts[i] = counts[i];
}

void
diag_restore(const struct diag_state *st)
{
	worst = st->worst;
	for (size_t i = 0; i <= DIAG_FATAL; i++)
		counts[i] = st->counts[i];
}

int
diag_worst(void)
{
	return worst;
}

size_t
diag_count(enum diag_level lvl)
{
	return counts[lvl];
}

int
diag_exit_status(void)
{
	if (worst >= DIAG_FATAL)
		return 2;
	if (worst == DIAG_ERROR)
		return 1;
	return 0;
}

void
diag_reset(void)
{
	worst = -1;
	for (size_t i = 0; i <= DIAG_FATAL; i++)
		counts[i] = 0;
}
