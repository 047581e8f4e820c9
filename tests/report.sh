# Tests of bin/report on real PDFs (sourced by tests/run): text that comes
# back exactly, fonts embedded and subset with Unicode maps, a clean file,
# the same bytes twice, Chinese line-break rules on a large briefing, and
# the command line's errors.

rep="$bin/report"
pdfdir="$tmp/report"; mkdir -p "$pdfdir"
export SOURCE_DATE_EPOCH=1769904000

"$bin/extract" -q "$top/samples/000_7983defb64ef797f.txt" -o "$pdfdir/seed.csv"
"$rep" "$pdfdir/seed.csv" --unit 中共高邮市委办公室 --issue 3 --report-to 市委、市政府领导 \
    --copies 60 -o "$pdfdir/seed.pdf" 2>"$pdfdir/seed.err"; rc=$?
check "report renders the seed's CSV (exit 0, no message)" test $rc -eq 0 -a ! -s "$pdfdir/seed.err"

# pdftotext gives back every quote and every metric, and warns about nothing.
pdftotext -raw "$pdfdir/seed.pdf" "$pdfdir/seed.txt" 2>"$pdfdir/pdftotext.err"
check "pdftotext prints no warning" test ! -s "$pdfdir/pdftotext.err"
python3 - "$pdfdir/seed.csv" "$pdfdir/seed.txt" >"$pdfdir/roundtrip.out" <<'PY'
import csv, re, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')))
text = re.sub(r'\s', '', open(sys.argv[2], encoding='utf-8').read())
missing = [r['原文'] for r in rows if re.sub(r'\s', '', r['原文']) not in text]
missing += [r['指标'] for r in rows if re.sub(r'\s', '', r['指标']) not in text]
print(len(rows), len(missing))
for m in missing:
    print('missing:', m)
PY
check "every quote and metric comes back from pdftotext" test "$(head -n 1 "$pdfdir/roundtrip.out")" = "18 0"

pdffonts "$pdfdir/seed.pdf" >"$pdfdir/fonts.txt" 2>&1
fonts=$(tail -n +3 "$pdfdir/fonts.txt" | wc -l)
good=$(tail -n +3 "$pdfdir/fonts.txt" | awk '$(NF-4)=="yes" && $(NF-3)=="yes" && $(NF-2)=="yes"' | wc -l)
check "pdffonts: every font embedded, subset, with a Unicode map ($good of $fonts)" test "$fonts" -ge 2 -a "$good" -eq "$fonts"
qpdf --check "$pdfdir/seed.pdf" >"$pdfdir/qpdf.txt" 2>&1; rc=$?
check "qpdf --check is clean" test $rc -eq 0
check "document info carries the title and the issuing unit" sh -c "pdfinfo '$pdfdir/seed.pdf' | grep -q '^Author: *中共高邮市委办公室' && pdfinfo '$pdfdir/seed.pdf' | grep -q '^Title: *重点工作目标简报 第3期'"
"$rep" "$pdfdir/seed.csv" --unit 中共高邮市委办公室 --issue 3 --report-to 市委、市政府领导 \
    --copies 60 -o "$pdfdir/seed-again.pdf" 2>/dev/null
check "the same CSV and options give the same bytes" cmp -s "$pdfdir/seed.pdf" "$pdfdir/seed-again.pdf"

# The line-break audit on a briefing of 2,000 commitments.
if [ -x "$shared/tools/pdf-linebreak-audit" ]; then
	"$bin/extract" -q --no-bom --lf "$shared"/corpus/reports/*.txt "$shared"/corpus/batch/主要城市-*-2025.txt \
	    | head -n 2001 >"$pdfdir/big.csv"
	"$rep" -q "$pdfdir/big.csv" -o "$pdfdir/big.pdf" 2>"$pdfdir/big.err"
	if "$shared/tools/pdf-linebreak-audit" "$pdfdir/big.pdf" >"$pdfdir/audit.txt" 2>&1; then
		pass
	else
		fail "line-break audit on 2,000 rows" "$(tail -n 5 "$pdfdir/audit.txt")"
	fi
	"$shared/tools/pdf-linebreak-audit" "$pdfdir/seed.pdf" >"$pdfdir/audit-seed.txt" 2>&1
	check "line-break audit on the seed's briefing" test $? -eq 0
else
	skip "line-break audit (no ../shared/tools/pdf-linebreak-audit)"
fi

# Command line.
"$rep" "$pdfdir/seed.csv" >/dev/null 2>"$pdfdir/noout.err"; rc=$?
check "report without -o is a usage error" test $rc -eq 2
"$rep" --date 2026-13-01 "$pdfdir/seed.csv" -o "$pdfdir/x.pdf" 2>/dev/null; rc=$?
check "a bad --date is a usage error" test $rc -eq 2 -a ! -e "$pdfdir/x.pdf"
printf '指标,目标值,单位\n新增就业,七百,人\n新建学校,3,所\n' >"$pdfdir/bad.csv"
"$rep" --strict "$pdfdir/bad.csv" -o "$pdfdir/strict.pdf" 2>"$pdfdir/strict.err"; rc=$?
check "--strict with a bad row writes no PDF (exit 2)" test $rc -eq 2 -a ! -e "$pdfdir/strict.pdf"
check "the bad cell is named by row and field" grep -q "bad.csv:2:2: error" "$pdfdir/strict.err"
"$rep" "$pdfdir/bad.csv" -o "$pdfdir/marked.pdf" 2>/dev/null; rc=$?
check "without --strict the bad row is shown marked (exit 1)" test $rc -eq 1 -a -s "$pdfdir/marked.pdf"
check "the marked row is in the briefing as written" sh -c "pdftotext '$pdfdir/marked.pdf' - | tr -d ' \n' | grep -q '七百'"
printf 'old\n' >"$pdfdir/keep.pdf"
"$rep" "$pdfdir/missing.csv" -o "$pdfdir/keep.pdf" 2>/dev/null
check "an unreadable CSV leaves no half-written PDF behind" test -z "$(ls -A "$pdfdir" | grep -E '^\.keep\.pdf\.')" -a "$(cat "$pdfdir/keep.pdf")" = old
unset SOURCE_DATE_EPOCH
