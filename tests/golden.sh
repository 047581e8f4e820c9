# Golden tests, shared by tests/run and tests/regen (sourced, not run).
#
# tests/golden/extract/NAME.csv   expected CSV of bin/extract on NAME.txt
# tests/golden/extract/NAME.err   expected stderr, then "exit N"
# tests/golden/extract/NAME.args  options (default: --no-bom --lf)
# The expected file existing is what makes the test exist.

# Runs bin/extract on the input of golden NAME in DIR; writes NAME.csv and
# NAME.err into OUT.
golden_run_extract() {
	local dir=$1 name=$2 out=$3 args="--no-bom --lf" input
	[ -f "$dir/$name.args" ] && args=$(cat "$dir/$name.args")
	input=$(cd "$dir" && ls "$name".* 2>/dev/null | grep -v -E '\.(csv|err|args)$' | head -n 1)
	[ -n "$input" ] || input="$name.txt"
	# shellcheck disable=SC2086
	(cd "$dir" && "$top/bin/extract" $args "$input" >"$out/$name.csv" 2>"$out/$name.err"; echo "exit $?" >>"$out/$name.err")
}

# Calls FN KIND DIR NAME for every golden test.
golden_each() {
	local fn=$1 dir f name
	dir=tests/golden/extract
	for f in "$dir"/*.csv "$dir"/*.err; do
		[ -f "$f" ] || continue
		name=$(basename "$f"); name=${name%.*}
		case " ${seen_golden:-} " in *" $name "*) continue ;; esac
		seen_golden="${seen_golden:-} $name"
		"$fn" extract "$dir" "$name"
	done
	seen_golden=""
}

check_golden() {
	local kind=$1 dir=$2 name=$3 out
	out="$tmp/golden-$kind"
	mkdir -p "$out"
	golden_run_"$kind" "$dir" "$name" "$out"
	local ext d ok=1 msg=""
	for ext in csv err; do
		[ -f "$dir/$name.$ext" ] || continue
		if ! d=$(diff -u "$dir/$name.$ext" "$out/$name.$ext"); then
			ok=0; msg="$msg$d"$'\n'
		fi
	done
	if [ $ok -eq 1 ]; then pass; else fail "golden $kind/$name" "$msg"; fi
}
