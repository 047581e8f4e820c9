# Extraction scores (sourced by tests/run), with ../shared/tools/score-extract:
#  - the shared gold files (gold/*.tsv) one by one, on the texts as given and
#    on variants made by tests/tools/variants.py (re-wrapped like a newspaper
#    column; written in Chinese numerals);
#  - the shared gold with gold/dev/ together, as given: recall, precision and
#    every field of the found rows summed over the files;
#  - this project's own annotations (tests/gold/, see its README) together,
#    as given and re-wrapped;
#  - the golden CSVs of the seed, 012 and 028 against the gold files: an
#    expected output is checked against the annotation, not only against the
#    program's last output.
# The material lives beside the project; without it these are skipped.
shared="$top/../shared"
scorer="$shared/tools/score-extract"

# source_of GOLD: the text a gold file annotates (by its name's stem).
source_of() {
	ls "$shared"/corpus/*/"$(basename "$1" .tsv)".txt 2>/dev/null | head -n 1
}

score() { # NAME GOLD TEXT: one test of one file
	local name=$1 gold=$2 text=$3 stem line
	stem=$(basename "$gold" .tsv)
	mkdir -p "$tmp/score-$name"
	"$bin/extract" -q "$text" -o "$tmp/score-$name/$stem.csv" 2>/dev/null
	if line=$("$scorer" --min-recall 0.95 --min-precision 0.90 "$gold" "$tmp/score-$name/$stem.csv" | tail -n 1); then
		pass
	else
		fail "score $name $stem" "$line"
	fi
}

# score_set NAME VARIANT MIN_RECALL MIN_PRECISION MIN_FIELDS GOLD...: one
# test of the sums over the gold files; VARIANT is as-given or wrap20. A
# minimum of 0 is not checked (precision cannot be on re-wrapped text: the
# gold's borderline lines no longer match its line numbers).
score_set() {
	local name=$1 variant=$2 minr=$3 minp=$4 minf=$5 g src stem out="$tmp/set-$1"
	shift 5
	mkdir -p "$out"
	: >"$out/lines"
	for g in "$@"; do
		src=$(source_of "$g")
		[ -n "$src" ] || continue
		stem=$(basename "$g" .tsv)
		if [ "$variant" = wrap20 ]; then
			python3 tests/tools/variants.py wrap 20 "$src" >"$out/$stem.txt"
			src="$out/$stem.txt"
		fi
		"$bin/extract" -q "$src" -o "$out/$stem.csv" 2>/dev/null
		"$scorer" "$g" "$out/$stem.csv" | tail -n 1 >>"$out/lines"
	done
	# Sums of "recall R (TP/G) precision P (TP/ROWS, …)" and of each
	# "field OK/N".
	local verdict
	verdict=$(awk -v minr="$minr" -v minp="$minp" -v minf="$minf" '
	{
		for (i = 1; i <= NF; i++) {
			if ($i == "recall") { split(substr($(i + 2), 2), a, "/"); tp += a[1]; g += a[2] + 0 }
			if ($i == "precision") { split(substr($(i + 2), 2), a, "/"); rows += a[2] + 0 }
			if ($i ~ /^(comparator|modality|period|metric)$/) {
				split($(i + 1), a, "/"); ok[$i] += a[1]; n[$i] += a[2]
			}
		}
	}
	END {
		r = g ? tp / g : 1; p = rows ? tp / rows : 0; bad = 0
		line = sprintf("recall %.3f (%d/%d) precision %.3f (%d/%d)", r, tp, g, p, tp, rows)
		for (f in ok) {
			v = n[f] ? ok[f] / n[f] : 1
			line = line sprintf(" %s %.2f", f, v)
			if (minf > 0 && v < minf) bad = 1
		}
		if ((minr > 0 && r < minr) || (minp > 0 && p < minp)) bad = 1
		print (bad ? "FAIL " : "ok ") line
	}' "$out/lines")
	echo "scores $name: ${verdict#* }"
	case "$verdict" in
	ok*) pass ;;
	*) fail "scores $name" "$(cat "$out/lines")" ;;
	esac
}

if [ -x "$scorer" ] && command -v python3 >/dev/null; then
	for g in "$shared"/gold/*.tsv; do
		stem=$(basename "$g" .tsv)
		src=$(source_of "$g")
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
	score_set "shared gold and gold/dev" as-given 0.95 0.95 0.90 \
	    "$shared"/gold/*.tsv "$shared"/gold/dev/*.tsv
	score_set "this project's annotations" as-given 0.95 0.90 0.90 \
	    tests/gold/*.tsv
	score_set "this project's annotations, re-wrapped at 20" wrap20 0.95 0 0.90 \
	    tests/gold/*.tsv
	# The golden CSVs against the annotations of their texts.
	for pair in seed-page:000_7983defb64ef797f report-012-fullwidth:012 report-028:028; do
		golden=tests/golden/extract/${pair%%:*}.csv
		gold="$shared/gold/${pair##*:}.tsv"
		[ -f "$golden" ] && [ -f "$gold" ] || continue
		if line=$("$scorer" --min-recall 1.0 --min-precision 0.95 --min-fields 0.80 "$gold" "$golden" | tail -n 1); then
			pass
		else
			fail "golden ${pair%%:*}.csv against ${pair##*:}.tsv" "$line"
		fi
	done
else
	skip "scores on ../shared/gold (no ../shared or no python3)"
fi
