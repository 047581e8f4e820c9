/*
 * libFuzzer target: any bytes read as a commitments CSV by report, then
 * typeset (the layout only; no PDF).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../common/diag.h"
#include "../../report/briefing.h"
#include "../../report/csv_read.h"
#include "../../report/fonts.h"
#include "../../report/layout.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct font_set *fs;
	static char path[] = "/tmp/fuzz-csv-XXXXXX";
	static int fd = -1;
	if (fs == NULL) {
		diag_set_quiet_notes(1);
		FILE *devnull = fopen("/dev/null", "w");
		/* Diagnostics are silenced; stderr stays libFuzzer's. */
		if (devnull == NULL || (fs = fonts_open(NULL, NULL)) == NULL ||
		    (fd = mkstemp(path)) < 0)
			abort();
		diag_set_stream(devnull);
	}
	if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != (ssize_t)size)
		abort();
	struct commitment_list rows = {0};
	csv_read_file(path, &rows);
	/* Named fields: the options grow, the target keeps building. */
	struct briefing_options o = {.title = "简报", .issue = "1", .unit = "",
	    .margin_top = 100, .margin_right = 70, .margin_bottom = 100,
	    .margin_left = 80};
	struct layout l;
	if (briefing_layout(&rows, &o, fs, &l) == 0)
		layout_free(&l);
	commitment_list_free(&rows);
	return 0;
}
