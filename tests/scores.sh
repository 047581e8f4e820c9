# Extraction scores on the shared gold files (sourced by tests/run), on the
# texts as given and on variants made by tests/tools/variants.py: re-wrapped
# like a newspaper column, and written in Chinese numerals. The shared
# material lives beside the project; without it these are skipped.
shared="$top/../shared"
score() { # NAME GOLD TEXT: one test
	local name=$1 gold=$2 text=$3 stem line
	stem=$(basename "$gold" .tsv)
	mkdir -p "$tmp/score-$name"
	"$bin/extract" -q "$text" -o "$tmp/score-$name/$stem.csv" 2>/dev/null
	if line=$("$shared/tools/score-extract" --min-recall 0.95 --min-precision 0.90 "$gold" "$tmp/score-$name/$stem.csv" | tail -n 1); then
		pass
	else
		fail "score $name $stem" "$line"
	fi
}
if [ -x "$shared/tools/score-extract" ] && command -v python3 >/dev/null; then
	for g in "$shared"/gold/*.tsv; do
		stem=$(basename "$g" .tsv)
		src=$(ls "$shared"/corpus/*/"$stem".txt 2>/dev/null | head -n 1)
		[ -n "$src" ] || continue
		score as-given "$g" "$src"
		mkdir -p "$tmp/chinese" "$tmp/wrapped"
		python3 tests/tools/variants.py chinese "$src" >"$tmp/chinese/$stem.txt"
		score chinese-numerals "$g" "$tmp/chinese/$stem.txt"
		case "$src" in
		*/seed/*) ;; # already column-wrapped
		*)
			python3 tests/tools/variants.py wrap 20 "$src" >"$tmp/wrapped/$stem.txt"
			score wrapped-20 "$g" "$tmp/wrapped/$stem.txt" ;;
		esac
	done
else
	skip "scores on ../shared/gold (no ../shared)"
fi
