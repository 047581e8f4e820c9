/*
 * What both programs do for the process as a whole: at start, make sure
 * descriptors 0, 1 and 2 are open (so that a message never lands in an
 * output file that took the number of a closed standard error); on a
 * signal that ends the run (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE),
 * remove the temporary files the run made, then die of that signal.
 *
 * Ownership: the names handed to proc_temp_add are the caller's; they must
 * stay valid until proc_temp_remove.
 */
#ifndef COMMON_PROC_H
#define COMMON_PROC_H

/* Opens /dev/null on any of descriptors 0–2 that is closed, and installs
 * the signal handlers. Returns 0, or -1 when a descriptor could not be
 * opened (errno set). */
int proc_start(void);

/* Whether descriptor fd (0–2) was closed at start: output to a closed
 * standard output is an error, not a write to /dev/null. */
int proc_was_closed(int fd);

/* Remembers a temporary file to remove if a signal ends the run. Returns
 * a slot for proc_temp_remove, or -1 when all slots are taken (the file is
 * then not removed on a signal). */
int proc_temp_add(const char *path);

/* Forgets the temporary file of slot (it was renamed or removed). */
void proc_temp_remove(int slot);

#endif
