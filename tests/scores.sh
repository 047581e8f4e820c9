# Extraction scores on the shared gold files (sourced by tests/run). The
# shared material lives beside the project; without it these are skipped.
shared="$top/../shared"
if [ -x "$shared/tools/score-extract" ] && command -v python3 >/dev/null; then
	for g in "$shared"/gold/*.tsv; do
		stem=$(basename "$g" .tsv)
		src=$(ls "$shared"/corpus/*/"$stem".txt 2>/dev/null | head -n 1)
		[ -n "$src" ] || continue
		"$top/bin/extract" -q "$src" -o "$tmp/score-$stem.csv" 2>/dev/null
		if line=$("$shared/tools/score-extract" --min-recall 0.95 --min-precision 0.90 "$g" "$tmp/score-$stem.csv" | tail -n 1); then
			pass
		else
			fail "score $stem" "$line"
		fi
	done
else
	skip "scores on ../shared/gold (no ../shared)"
fi
