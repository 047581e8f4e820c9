#include "parallel.h"

#include <pthread.h>

static int jobs = 1;

void
parallel_set_jobs(int n)
{
	jobs = n < 1 ? 1 : n > PARALLEL_MAX ? PARALLEL_MAX : n;
}

int
parallel_parts(size_t bytes)
{
	size_t parts = bytes / PARALLEL_MIN;
	return parts < 1 ? 1 : parts > (size_t)jobs ? jobs : (int)parts;
}

struct part {
	void (*fn)(void *, int);
	void *arg;
	int part;
};

static void *
run_part(void *p)
{
	struct part *w = p;
	w->fn(w->arg, w->part);
	return NULL;
}

void
parallel_run(int parts, void (*fn)(void *arg, int part), void *arg)
{
	pthread_t thread[PARALLEL_MAX];
	struct part work[PARALLEL_MAX];
	int started[PARALLEL_MAX] = {0};

	if (parts > PARALLEL_MAX)
		parts = PARALLEL_MAX;
	for (int k = 1; k < parts; k++) {
		work[k] = (struct part){fn, arg, k};
		started[k] = pthread_create(&thread[k], NULL, run_part,
		    &work[k]) == 0;
	}
	fn(arg, 0);
	for (int k = 1; k < parts; k++) {
		if (started[k])
			pthread_join(thread[k], NULL);
		else
			fn(arg, k);
	}
}
