# Golden tests, shared by tests/run and tests/regen (sourced, not run). The
# expected file existing is what makes a test exist.
#
# tests/golden/extract/NAME.csv     expected CSV of bin/extract on NAME.*
# tests/golden/extract/NAME.err     expected stderr, then "exit N"
# tests/golden/extract/NAME.args    options (default: --no-bom --lf)
# tests/golden/report/NAME.layout   expected bin/report --dump-layout of NAME.csv
# tests/golden/report/NAME.err      expected stderr, then "exit N"
# tests/golden/report/NAME.args     options (default: --date 2026-01-05)
# tests/golden/image/NAME.pgm.gz    expected page of bin/report on NAME.csv,
#                                   rendered in grey at 36 dpi (a reviewed
#                                   image; compared with a tolerance)
# tests/golden/image/NAME.page      which page (default 1)
# tests/golden/image/NAME.args      options, as for report
#
# Each run is limited to 60 s, so that a hang fails (exit 124) instead of
# stalling CI.

golden_outputs_extract="csv err"
golden_outputs_report="layout err"
golden_outputs_image="pgm.gz"

# Runs bin/extract on the input of golden NAME in DIR; writes NAME.csv and
# NAME.err into OUT.
golden_run_extract() {
	local dir=$1 name=$2 out=$3 args="--no-bom --lf" input
	[ -f "$dir/$name.args" ] && args=$(cat "$dir/$name.args")
	input=$(cd "$dir" && ls "$name".* 2>/dev/null | grep -v -E '\.(csv|err|args)$' | head -n 1)
	[ -n "$input" ] || input="$name.txt"
	# shellcheck disable=SC2086
	(cd "$dir" && timeout 60 "$bin/extract" $args "$input" >"$out/$name.csv" 2>"$out/$name.err"; echo "exit $?" >>"$out/$name.err")
}

# Runs bin/report --dump-layout on NAME.csv in DIR; writes NAME.layout and
# NAME.err into OUT.
golden_run_report() {
	local dir=$1 name=$2 out=$3 args="--date 2026-01-05"
	[ -f "$dir/$name.args" ] && args=$(cat "$dir/$name.args")
	# shellcheck disable=SC2086
	# The faces the goldens were reviewed with, whatever is installed.
	(cd "$dir" && timeout 60 "$bin/report" --dump-layout \
	    --font "fang=AR PL SungtiL GB" --font "title=WenQuanYi Micro Hei" \
	    --font "latin=Liberation Serif" \
	    $args "$name.csv" >"$out/$name.layout" 2>"$out/$name.err"; echo "exit $?" >>"$out/$name.err")
}

# Renders page NAME.page of bin/report's briefing of NAME.csv in DIR, in
# grey at 36 dpi as print shows it; writes NAME.pgm.gz (and the PDF and
# stderr beside it) into OUT.
golden_run_image() {
	local dir=$1 name=$2 out=$3 args="--date 2026-01-05" page=1
	[ -f "$dir/$name.args" ] && args=$(cat "$dir/$name.args")
	[ -f "$dir/$name.page" ] && page=$(cat "$dir/$name.page")
	rm -f "$out/$name.pgm" "$out/$name.pgm.gz"
	# shellcheck disable=SC2086
	(cd "$dir" && timeout 60 "$bin/report" \
	    --font "fang=AR PL SungtiL GB" --font "title=WenQuanYi Micro Hei" \
	    --font "latin=Liberation Serif" \
	    $args "$name.csv" -o "$out/$name.pdf" 2>"$out/$name.err") &&
	    pdftoppm -r 36 -gray -f "$page" -l "$page" -singlefile \
	    "$out/$name.pdf" "$out/$name" &&
	    gzip -n -9 -c "$out/$name.pgm" >"$out/$name.pgm.gz"
}

# Whether ACTUAL matches EXPECTED, golden file of KIND; prints how not.
golden_same() {
	local kind=$1 expected=$2 actual=$3
	[ -f "$actual" ] || { echo "$actual: not made"; return 1; }
	if [ "$kind" = image ]; then
		python3 tests/tools/pgm_compare.py "$expected" "$actual"
	else
		diff -u "$expected" "$actual"
	fi
}

# Calls FN KIND DIR NAME for every golden test.
golden_each() {
	local fn=$1 kind dir f name ext outputs seen
	for kind in extract report image; do
		dir=tests/golden/$kind
		eval "outputs=\$golden_outputs_$kind"
		seen=" "
		for ext in $outputs; do
			for f in "$dir"/*."$ext"; do
				[ -f "$f" ] || continue
				name=$(basename "$f" ."$ext")
				case "$seen" in *" $name "*) continue ;; esac
				seen="$seen$name "
				"$fn" "$kind" "$dir" "$name"
			done
		done
	done
}

check_golden() {
	local kind=$1 dir=$2 name=$3 out ext d ok=1 msg="" outputs
	out="$tmp/golden-$kind"
	mkdir -p "$out"
	golden_run_"$kind" "$dir" "$name" "$out"
	eval "outputs=\$golden_outputs_$kind"
	for ext in $outputs; do
		[ -f "$dir/$name.$ext" ] || continue
		if ! d=$(golden_same "$kind" "$dir/$name.$ext" "$out/$name.$ext"); then
			ok=0; msg="$msg$d"$'\n'
		fi
	done
	if [ $ok -eq 1 ]; then pass; else fail "golden $kind/$name" "$msg"; fi
}
