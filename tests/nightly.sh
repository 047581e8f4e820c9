# The nightly loop (sourced by tests/run): a night, an idle night, a
# clerk's edits saved back through LibreOffice as GB18030 with CR LF, a
# change to the source text, two nights at once, a bad document and a
# night killed part-way.

nt="$tmp/nightly"; mkdir -p "$nt/in"
night="$top/nightly/nightly"
ncheck() { local name=$1; shift; if "$@"; then pass; else fail "nightly: $name"; fi; }
export NIGHTLY_BIN="$bin"
cp "$top/samples/000_7983defb64ef797f.txt" "$nt/in/高邮日报 第1版.txt"
cp "$top/samples/007.txt" "$top/samples/012.txt" "$nt/in/"
out="$nt/out"

# Night 1: every text is new.
"$night" --date 2026-01-05 "$nt/in" "$out" 2>"$nt/n1.err"; rc=$?
ncheck "night 1 exits 0" test $rc -eq 0
ncheck "night 1 writes a CSV per text, Chinese names and spaces kept" test -s "$out/csv/高邮日报 第1版.csv" -a -s "$out/csv/007.csv" -a -s "$out/csv/012.csv"
ncheck "night 1 renders the briefing" test -s "$out/briefing-2026-01-05.pdf"
ncheck "night 1 logs a line per document and a summary" test "$(grep -c ' document ' "$out/nightly.log")" -eq 3 -a "$(grep -c ' summary documents=3 new=3 ' "$out/nightly.log")" -eq 1

# Night 2: nothing changed, nothing is written.
rm -rf "$nt/ref"; cp -a "$out" "$nt/ref"
"$night" --date 2026-01-06 "$nt/in" "$out" 2>"$nt/n2.err"; rc=$?
ncheck "an idle night exits 0 and says nothing new" test $rc -eq 0 -a -n "$(grep -l 'nothing new' "$nt/n2.err")"
ncheck "an idle night changes no byte but the log" diff -r -q -x nightly.log "$out" "$nt/ref"
ncheck "an idle night renders no briefing" test ! -e "$out/briefing-2026-01-06.pdf"

# The clerk: a value changed, a row deleted, a row added by hand, a column
# of their own; through a spreadsheet, saved as GB18030 with CR LF.
python3 - "$out/csv/007.csv" "$nt/clerk.csv" "$nt/ids" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig')))
head, body = rows[0], rows[1:]
col = {h: i for i, h in enumerate(head)}
edited, deleted = body[0][col['编号']], body[1][col['编号']]
body[0][col['目标值']] = '999'
del body[1]
added = [''] * len(head)
added[col['指标']], added[col['目标值']], added[col['单位']] = '手工补录项目', '5', '个'
body.append(added)
with open(sys.argv[2], 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f)
    w.writerow(head + ['核对人'])
    for r in body:
        w.writerow(r + ['王五'])
open(sys.argv[3], 'w').write(edited + ' ' + deleted + '\n')
PY
read -r edited deleted <"$nt/ids"
if command -v soffice >/dev/null 2>&1; then
	rm -rf "$nt/lo" && mkdir -p "$nt/lo/back"
	# A private profile: no first-start dialogs, no clash with a user's.
	lo=(soffice -env:UserInstallation=file://$nt/lo/profile --headless)
	"${lo[@]}" --infilter='CSV:44,34,76,1' --convert-to xlsx --outdir "$nt/lo" "$nt/clerk.csv" >/dev/null 2>&1
	# 85: GB18030 in LibreOffice's list of encodings.
	"${lo[@]}" --convert-to 'csv:Text - txt - csv (StarCalc):44,34,85,1' --outdir "$nt/lo/back" "$nt/lo/clerk.xlsx" >/dev/null 2>&1
	ncheck "LibreOffice saved the clerk's sheet as GB18030" sh -c "iconv -f gb18030 -t utf-8 '$nt/lo/back/clerk.csv' | grep -q 手工补录项目"
	sed 's/$/\r/' "$nt/lo/back/clerk.csv" >"$out/csv/007.csv"
else
	fail "nightly: LibreOffice (soffice) is not installed: make deps installs libreoffice-calc-nogui"
	iconv -f utf-8 -t gb18030 "$nt/clerk.csv" | sed 's/$/\r/' >"$out/csv/007.csv"
fi

# Night 3: only the clerk's CSV changed; the briefing shows what they left.
"$night" --date 2026-01-06 "$nt/in" "$out" 2>"$nt/n3.err"; rc=$?
ncheck "the night after the clerk's save exits 0" test $rc -eq 0
ncheck "only the clerk's CSV is briefed" grep -q ' briefed=1 ' "$out/nightly.log"
pdftotext -raw "$out/briefing-2026-01-06.pdf" - 2>/dev/null | tr -d ' \n' >"$nt/b3.txt"
ncheck "the briefing shows the clerk's value" grep -q '999' "$nt/b3.txt"
ncheck "the briefing shows the clerk's added row" grep -q '手工补录项目' "$nt/b3.txt"
ncheck "the briefing marks the clerk's change" grep -q '【已修改】' "$nt/b3.txt"

# The source text changes: a new commitment, and the text of the rows the
# clerk touched is left alone.
printf '\n全市确保全年新增城市绿地面积35公顷。\n' >>"$nt/in/007.txt"
"$night" --date 2026-01-07 "$nt/in" "$out" 2>"$nt/n4.err"; rc=$?
ncheck "the night after a text changed exits 0" test $rc -eq 0
csv7=$(iconv -f gb18030 -t utf-8 "$out/csv/007.csv" 2>/dev/null)
ncheck "the merged CSV is still GB18030" test -n "$csv7"
ncheck "the merged CSV still ends lines with CR LF" test "$(grep -c $'\r$' "$out/csv/007.csv")" -eq "$(wc -l <"$out/csv/007.csv")"
ncheck "the clerk's edit survives" sh -c "printf '%s\n' \"\$1\" | grep '$edited' | grep -q ',999,'" _ "$csv7"
ncheck "the clerk's deletion survives" test -z "$(printf '%s\n' "$csv7" | grep "$deleted")"
ncheck "the clerk's added row survives" sh -c "printf '%s\n' \"\$1\" | grep -q 手工补录项目" _ "$csv7"
ncheck "the clerk's own column survives" sh -c "printf '%s\n' \"\$1\" | head -n 1 | grep -q 核对人" _ "$csv7"
ncheck "the new commitment is added" sh -c "printf '%s\n' \"\$1\" | grep -q '城市绿地面积.*35'" _ "$csv7"
pdftotext -raw "$out/briefing-2026-01-07.pdf" - 2>/dev/null | tr -d ' \n' >"$nt/b4.txt"
ncheck "the briefing marks the new commitment 新增" grep -q '【新增】' "$nt/b4.txt"
ncheck "the briefing still shows the clerk's value" grep -q '999' "$nt/b4.txt"

# Two nights at once: the second says so.
flock -o "$out/.lock" sleep 5 &
holder=$!
# Until the holder has it (a loaded machine may take a while).
for _ in $(seq 1 40); do
	flock -n "$out/.lock" true 2>/dev/null || break
	sleep 0.1
done
"$night" --date 2026-01-08 "$nt/in" "$out" 2>"$nt/lock.err"; rc=$?
kill $holder 2>/dev/null; wait $holder 2>/dev/null
ncheck "a second night at once exits 3 and says why" test $rc -eq 3 -a -n "$(grep -l 'another night is running' "$nt/lock.err")"

# A bad document: reported, the others done, exit 1 (partial).
head -c 4096 /dev/urandom >"$nt/in/坏文件.txt"
printf '\n全市力争全年新增公共停车位2000个。\n' >>"$nt/in/012.txt"
"$night" --date 2026-01-08 "$nt/in" "$out" 2>"$nt/bad.err"; rc=$?
ncheck "a bad document makes the night partial (exit 1)" test $rc -eq 1
ncheck "the bad document is named" grep -q '坏文件' "$nt/bad.err"
ncheck "the other changed text is still done" sh -c "grep -q '公共停车位' '$out/csv/012.csv'"
rm -f "$nt/in/坏文件.txt"

# The per-document step run elsewhere (a scheduler), then the night.
mkdir -p "$nt/elsewhere"
printf '\n全市确保全年新建5G基站300个。\n' >>"$nt/in/012.txt"
"$bin/extract" -q --each "$nt/elsewhere" "$nt/in/012.txt" >/dev/null
"$night" --date 2026-01-09 --extracted "$nt/elsewhere" "$nt/in" "$out" 2>/dev/null; rc=$?
ncheck "--extracted takes the per-document CSVs made elsewhere" test $rc -eq 0 -a -n "$(grep -l '5G基站' "$out/csv/012.csv")"

# A night killed part-way leaves no half-written file; the next completes.
mkdir -p "$nt/big"
for f in "$top"/samples/*.txt; do
	for i in $(seq 1 40); do cp "$f" "$nt/big/$(basename "$f" .txt)-$i.txt"; done
done
setsid "$night" --date 2026-01-05 "$nt/big" "$nt/bigout" 2>/dev/null &
killer=$!
sleep 0.4
kill -KILL -- -"$killer" 2>/dev/null
{ wait "$killer"; } 2>/dev/null
# The group's other processes (an extract or report built with ASan takes
# a while to be torn down) hold the lock until they are gone: a night
# started before then rightly says another is running.
for _ in $(seq 1 100); do
	kill -0 -- -"$killer" 2>/dev/null || break
	sleep 0.1
done
half=0
for c in "$nt/bigout/csv"/*.csv; do
	[ -e "$c" ] || continue
	head -c 3 "$c" | od -An -tx1 | grep -q 'ef bb bf' || half=$((half + 1))
	tail -c 2 "$c" | od -An -tx1 | grep -q '0d 0a' || half=$((half + 1))
done
ncheck "a killed night leaves no half-written CSV" test $half -eq 0
"$night" --date 2026-01-05 "$nt/big" "$nt/bigout" 2>/dev/null; rc=$?
ncheck "the night after a killed one completes" test $rc -eq 0 -a "$(ls "$nt/bigout/csv" | wc -l)" -eq "$(ls "$nt/big" | wc -l)"
ncheck "no temporary is left after it" test -z "$(find "$nt/bigout" -name '.*.??????' -o -name '.stage.*' | head -n 1)"
unset NIGHTLY_BIN
