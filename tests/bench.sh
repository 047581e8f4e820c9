#!/usr/bin/env bash
# Benchmarks (make bench): speed and memory of bin/extract against a peer run
# in the same invocation, and report's growth with the number of
# organisations. Medians of RUNS runs; MB/s counts input bytes.
#
# extract: a night as it comes — the shared batch corpus given twice as
# separate inputs (1,306 files of about 50 KB), against pcre2grep -U -o with
# a simple number-and-unit pattern over the same files; then peak memory,
# which must follow the largest file, not their number.
set -u
cd "$(dirname "$0")/.." || exit 2
RUNS=${RUNS:-5}
batch=../shared/corpus/batch
work=tests/tmp/bench
mkdir -p "$work"

if [ ! -d "$batch" ]; then
	echo "bench: $batch not found; nothing to measure" >&2
	exit 1
fi
night=("$batch"/*.txt "$batch"/*.txt)
bytes=$(cat "${night[@]}" | wc -c)

# median SECONDS...: the middle value.
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

# timed CMD...: wall seconds of one run, output to /dev/null.
timed() {
	local t0 t1
	t0=$(date +%s.%N)
	"$@" >/dev/null 2>&1
	t1=$(date +%s.%N)
	echo "$t1 - $t0" | bc -l
}

# peak_kb CMD...: peak resident memory of one run, in KB.
peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1; }

mbs() { echo "scale=1; $bytes / 1000000 / $1" | bc -l; }

echo "extract: ${#night[@]} files, $(echo "scale=1; $bytes / 1000000" | bc) MB, $RUNS runs each"
grep_times=() extract_times=() one_times=()
for i in $(seq "$RUNS"); do
	grep_times+=("$(timed pcre2grep -U -o '[0-9]+(?:\.[0-9]+)?(?:万|亿)?(?:元|个|%|人|家|亩|吨)' "${night[@]}")")
	extract_times+=("$(timed bin/extract -q "${night[@]}")")
	one_times+=("$(timed bin/extract -q -j 1 "${night[@]}")")
done
g=$(median "${grep_times[@]}")
e=$(median "${extract_times[@]}")
o=$(median "${one_times[@]}")
rows=$(bin/extract -q --no-bom --lf "${night[@]}" | wc -l)
rss=$(peak_kb bin/extract -q "${night[@]}")
printf '  pcre2grep -U -o      median %.3f s  %s MB/s\n' "$g" "$(mbs "$g")"
printf '  bin/extract          median %.3f s  %s MB/s  rows %d  peak RSS %d KB\n' \
    "$e" "$(mbs "$e")" "$((rows - 1))" "$rss"
printf '  bin/extract -j 1     median %.3f s  %s MB/s\n' "$o" "$(mbs "$o")"
printf '  extract / pcre2grep throughput: %.2f (-j 1: %.2f)\n' \
    "$(echo "$g / $e" | bc -l)" "$(echo "$g / $o" | bc -l)"

largest=$(ls -S "$batch"/*.txt | head -n 1)
rss_one=$(peak_kb bin/extract -q "$largest")
printf '  peak RSS: %d files %d KB; the largest of them alone (%d KB) %d KB\n' \
    "${#night[@]}" "$rss" "$(( $(stat -c %s "$largest") / 1024 ))" "$rss_one"

# report: briefings of 20 and 2,000 commitments (rows of the corpus) against
# ReportLab making the same kind of briefing with the same fonts, and against
# XeLaTeX (ctex, longtable) with them too when it is installed. The XeLaTeX
# peer's time and peak RSS cover the whole run, python and every xelatex pass.
if [ ! -x /usr/bin/python3 ] || ! /usr/bin/python3 -c 'import reportlab' 2>/dev/null; then
	echo "report: python3-reportlab not installed (make deps-bench); peer skipped" >&2
	exit 0
fi
xelatex=1
if ! command -v xelatex >/dev/null 2>&1 || ! kpsewhich ctexart.cls >/dev/null 2>&1; then
	echo "report: xelatex or ctex not installed (make deps-bench); XeLaTeX peer skipped" >&2
	xelatex=0
fi
csv="$work/rows.csv"
bin/extract -q --no-bom --lf ../shared/corpus/reports/*.txt "$batch"/主要城市-*-2025.txt >"$work/all.csv"
for n in 20 2000; do
	head -n $((n + 1)) "$work/all.csv" >"$work/rows-$n.csv"
	ours=() peer=() xe=()
	rm -f "$work/xelatex-$n.pdf"
	for i in $(seq "$RUNS"); do
		ours+=("$(timed bin/report -q "$work/rows-$n.csv" -o "$work/ours-$n.pdf")")
		peer+=("$(timed /usr/bin/python3 tests/peer_reportlab.py "$work/rows-$n.csv" "$work/peer-$n.pdf")")
		if [ "$xelatex" = 1 ]; then
			xe+=("$(timed /usr/bin/python3 tests/peer_xelatex.py "$work/rows-$n.csv" "$work/xelatex-$n.pdf")")
		fi
	done
	o=$(median "${ours[@]}")
	p=$(median "${peer[@]}")
	o_rss=$(peak_kb bin/report -q "$work/rows-$n.csv" -o "$work/ours-$n.pdf")
	p_rss=$(peak_kb /usr/bin/python3 tests/peer_reportlab.py "$work/rows-$n.csv" "$work/peer-$n.pdf")
	audit() {
		if [ -x ../shared/tools/pdf-linebreak-audit ]; then
			../shared/tools/pdf-linebreak-audit "$1" 2>&1 | tail -n 1 | sed 's/.*pdf: //'
		fi
	}
	echo "report: $n rows, $RUNS runs each"
	printf '  bin/report   median %.3f s  peak RSS %d KB  %d bytes  %s pages  %s\n' "$o" "$o_rss" \
	    "$(stat -c %s "$work/ours-$n.pdf")" "$(pdfinfo "$work/ours-$n.pdf" | awk '/^Pages/ {print $2}')" \
	    "$(audit "$work/ours-$n.pdf")"
	printf '  ReportLab    median %.3f s  peak RSS %d KB  %d bytes  %s pages  %s\n' "$p" "$p_rss" \
	    "$(stat -c %s "$work/peer-$n.pdf")" "$(pdfinfo "$work/peer-$n.pdf" | awk '/^Pages/ {print $2}')" \
	    "$(audit "$work/peer-$n.pdf")"
	printf '  ReportLab / bin/report time: %.1f (goal: at least 15)\n' "$(echo "$p / $o" | bc -l)"
	if [ "$xelatex" = 1 ]; then
		x=$(median "${xe[@]}")
		x_rss=$(peak_kb /usr/bin/python3 tests/peer_xelatex.py "$work/rows-$n.csv" "$work/xelatex-$n.pdf")
		if [ ! -s "$work/xelatex-$n.pdf" ]; then
			echo "  XeLaTeX: no PDF; /usr/bin/python3 tests/peer_xelatex.py $work/rows-$n.csv failed" >&2
			continue
		fi
		printf '  XeLaTeX      median %.3f s  peak RSS %d KB  %d bytes  %s pages  %s\n' "$x" "$x_rss" \
		    "$(stat -c %s "$work/xelatex-$n.pdf")" "$(pdfinfo "$work/xelatex-$n.pdf" | awk '/^Pages/ {print $2}')" \
		    "$(audit "$work/xelatex-$n.pdf")"
		printf '  XeLaTeX / bin/report time: %.1f\n' "$(echo "$x / $o" | bc -l)"
	fi
done

# report: time against the number of organisations, each with one row (a
# night of many small offices). Linear time gives 40k/10k near 4; the old
# list scans gave 13.
for n in 10000 40000; do
	python3 -c "
import sys
n = int(sys.argv[1])
print('责任单位,指标,目标值,单位')
for i in range(n):
    print('单位%d,指标%d,%d,个' % (i, i, i + 1))
" "$n" >"$work/orgs-$n.csv"
	runs=()
	for _ in $(seq 1 "$RUNS"); do
		runs+=("$(timed bin/report -q "$work/orgs-$n.csv" -o "$work/orgs-$n.pdf")")
	done
	eval "orgs_$n=$(median "${runs[@]}")"
	printf 'report: %d organisations, median %.3f s, peak RSS %d KB\n' "$n" \
	    "$(eval echo "\$orgs_$n")" "$(peak_kb bin/report -q "$work/orgs-$n.csv" -o "$work/orgs-$n.pdf")"
done
printf '  40k / 10k organisations time: %.1f (linear: about 4)\n' "$(echo "$orgs_40000 / $orgs_10000" | bc -l)"

# extract: time against the size of one input (a page repeated 100 and 400
# times, 1.3 and 5.1 MB). Linear time gives 400/100 near 4; the lookups
# over the whole input that were once there gave 11.
for n in 100 400; do
	for _ in $(seq 1 "$n"); do cat samples/000_7983defb64ef797f.txt; done >"$work/pages-$n.txt"
	runs=()
	for _ in $(seq 1 "$RUNS"); do
		runs+=("$(timed bin/extract -q -j 1 "$work/pages-$n.txt" -o "$work/pages-$n.csv")")
	done
	eval "pages_$n=$(median "${runs[@]}")"
	printf 'extract: one input of %d pages, median %.3f s\n' "$n" "$(eval echo "\$pages_$n")"
done
printf '  400 / 100 pages time: %.1f (linear: about 4)\n' "$(echo "$pages_400 / $pages_100" | bc -l)"
