/*
 * libFuzzer target: any bytes through the whole of extract — decoding,
 * normalising, preparing, matching and the CSV writer.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../common/decode.h"
#include "../../common/diag.h"
#include "../../common/record.h"
#include "../../extract/csv_write.h"
#include "../../extract/doc.h"
#include "../../extract/match.h"
#include "../../extract/patterns.h"
#include "../../extract/prepare.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	if (!ready) {
		diag_set_quiet_notes(1);
		FILE *devnull = fopen("/dev/null", "w");
		/* Diagnostics are silenced; stderr stays libFuzzer's. */
		if (devnull == NULL || patterns_init() != 0)
			abort();
		match_prepare();
		diag_set_stream(devnull);
		ready = 1;
	}
	char *raw = malloc(size + 1);
	if (raw == NULL)
		return 0;
	memcpy(raw, data, size);
	struct decoded dec;
	if (decode_text("fuzz", raw, size, &dec) != 0)
		return 0;
	struct doc d;
	memset(&d, 0, sizeof d);
	d.file = "fuzz";
	struct record_list rows = {0};
	struct match_stats stats;
	if (doc_build_text(&d, dec.text, dec.len) == 0 &&
	    doc_prepare(&d, NULL) == 0)
		match_doc(&d, "fuzz", &rows, &stats, NULL, NULL);
	FILE *out = fopen("/dev/null", "w");
	struct csv_writer w;
	struct csv_options o = {1, 1, 0};
	if (out != NULL && csv_write_header(&w, out, &o) == 0)
		csv_write_rows(&w, &rows);
	if (out != NULL) {
		csv_writer_free(&w);
		fclose(out);
	}
	record_list_free(&rows);
	doc_free(&d);
	return 0;
}
