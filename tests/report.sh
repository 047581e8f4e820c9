# Tests of bin/report on real PDFs (sourced by tests/run): text that comes
# back exactly, fonts embedded and subset with Unicode maps, a clean file,
# the same bytes twice, Chinese line-break rules on a large briefing, and
# the command line's errors.

rep="$bin/report"
pdfdir="$tmp/report"; mkdir -p "$pdfdir"
export SOURCE_DATE_EPOCH=1769904000

"$bin/extract" -q "$top/samples/000_7983defb64ef797f.txt" -o "$pdfdir/seed.csv"
# The Debian faces named for 仿宋, 小标宋 and Latin, so that a machine with
# an office's faces installed renders the same.
"$rep" "$pdfdir/seed.csv" --unit 中共高邮市委办公室 --issue 3 --report-to 市委、市政府领导 \
    --copies 60 --font "fang=AR PL SungtiL GB" --font "title=WenQuanYi Micro Hei" \
    --font "latin=Liberation Serif" \
    -o "$pdfdir/seed.pdf" 2>"$pdfdir/seed.err"; rc=$?
check "report renders the seed's CSV (exit 0, no message)" test $rc -eq 0 -a ! -s "$pdfdir/seed.err"

# With no font named, each role finds its kind through fontconfig; a kind
# not installed (仿宋, 小标宋 on a Debian machine) is named in a warning with
# the face that stands in, and the briefing is still made.
"$rep" "$pdfdir/seed.csv" -o "$pdfdir/default-fonts.pdf" 2>"$pdfdir/default-fonts.err"; rc=$?
stand_ins=0
fc-list ':family=仿宋_GB2312' ':family=FangSong' family | grep -q . || stand_ins=$((stand_ins + 1))
fc-list ':family=方正小标宋简体' family | grep -q . || stand_ins=$((stand_ins + 1))
check "report without --font: exit 0, one warning per kind stood in for ($stand_ins)" \
    test $rc -eq 0 -a "$(grep -c 'stands in (--font' "$pdfdir/default-fonts.err")" -eq "$stand_ins"
"$rep" "$pdfdir/seed.csv" --font "song=No Such Family" -o "$pdfdir/nofont.pdf" 2>"$pdfdir/nofont.err"; rc=$?
check "report --font with a family not installed: exit 2, named, no PDF" \
    test $rc -eq 2 -a ! -e "$pdfdir/nofont.pdf" && grep -q "No Such Family" "$pdfdir/nofont.err"
"$rep" "$pdfdir/seed.csv" --font heading=SimHei -o "$pdfdir/nofont.pdf" 2>"$pdfdir/nofont.err"; rc=$?
check "report --font with an unknown role: usage error" test $rc -eq 2 -a ! -e "$pdfdir/nofont.pdf"

# pdftotext gives back every quote and every metric, and warns about nothing.
pdftotext -raw "$pdfdir/seed.pdf" "$pdfdir/seed.txt" 2>"$pdfdir/pdftotext.err"
check "pdftotext prints no warning" test ! -s "$pdfdir/pdftotext.err"
python3 - "$pdfdir/seed.csv" "$pdfdir/seed.txt" >"$pdfdir/roundtrip.out" <<'PY'
import csv, re, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')))
pages = [re.sub(r'\s', '', p) for p in open(sys.argv[2], encoding='utf-8').read().split('\f')]
# A row split between pages: its text ends one page and starts the next.
def found(s):
    s = re.sub(r'\s', '', s)
    return any(s in p for p in pages) or any(
        s[:i] in a and s[i:] in b for a, b in zip(pages, pages[1:])
        for i in range(1, len(s)))
missing = [r['原文'] for r in rows if not found(r['原文'])]
missing += [r['指标'] for r in rows if not found(r['指标'])]
print(len(rows), len(missing))
# Each quote split between pages goes on under its heading and （续）.
split = bad = 0
for r in rows:
    q = re.sub(r'\s', '', r['原文'])
    if not q or any(q in p for p in pages):
        continue
    for a, b in zip(pages, pages[1:]):
        if any(q[:i] in a and q[i:] in b for i in range(4, len(q) - 3)):
            split += 1
            bad += '（续）' not in b[:60]
print('split', split, 'without-continued-heading', bad)
for m in missing:
    print('missing:', m)
PY
check "every quote and metric comes back from pdftotext" test "$(head -n 1 "$pdfdir/roundtrip.out")" = "18 0"
check "a row taller than the room left is split, and the next page says （续）" \
    grep -Eq '^split [1-9][0-9]* without-continued-heading 0$' "$pdfdir/roundtrip.out"

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
# Latin digits are set in their own face inside Chinese lines; every face
# set in the body's lines declares the body's descent, or text extraction
# reads "7" and "%" as two lines.
qpdf --qdf --object-streams=disable "$pdfdir/seed.pdf" "$pdfdir/seed-qdf.pdf" 2>/dev/null
# The print shop's plates: every colour in process inks, the masthead's red
# as C0 M80 Y80 K0 and black text as K alone.
check "colours are process inks (DeviceCMYK), none RGB" test "$(grep -a -c -E ' (rg|RG)$' "$pdfdir/seed-qdf.pdf")" -eq 0
check "the masthead is printed in 套红 (C0 M80 Y80 K0)" grep -a -q '^0 0.8 0.8 0 k$' "$pdfdir/seed-qdf.pdf"
check "black text is K alone" grep -a -q '^0 0 0 1 k$' "$pdfdir/seed-qdf.pdf"
descents=$(python3 - "$pdfdir/seed-qdf.pdf" <<'PY'
import re, sys
pdf = open(sys.argv[1], 'rb').read().decode('latin-1')
faces = {}
for obj in re.findall(r'<<(.*?)>>', pdf, re.S):
    if '/FontDescriptor' in obj and '/Descent' in obj and '/FontName' in obj:
        name = re.search(r'/FontName /\w+\+(\S+)', obj).group(1)
        faces[name] = int(re.search(r'/Descent (-?\d+)', obj).group(1))
print(faces.get('LiberationSerif'), faces.get('BousungEG-Light-GB'), faces.get('UMingCN,Light'))
PY
)
check "the Latin and fallback faces declare the body's descent ($descents)" \
    sh -c 'set -- $1; [ "$1" != None ] && [ "$1" = "$2" ] && [ "$1" = "$3" ]' _ "$descents"

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

# Options that once slipped through (each a usage error, no PDF).
bad_option() { # NAME ARGS...
	local name=$1; shift
	"$rep" "$@" "$pdfdir/seed.csv" -o "$pdfdir/opt.pdf" 2>"$pdfdir/opt.err"; rc=$?
	check "$name" test $rc -eq 2 -a ! -e "$pdfdir/opt.pdf" -a -s "$pdfdir/opt.err"
}
bad_option "--margins with NaN is refused" --margins nan,26,35,28
bad_option "--date 2024-02-31 is refused" --date 2024-02-31
bad_option "--date 2023-02-29 is refused (not a leap year)" --date 2023-02-29
bad_option "--issue of 300 digits is refused" --issue "$(printf '9%.0s' $(seq 1 300))"
SOURCE_DATE_EPOCH=99999999999999 bad_option "SOURCE_DATE_EPOCH past the year 9999 is refused"
"$rep" --date 2024-02-29 --dump-layout "$pdfdir/seed.csv" >"$pdfdir/leap.layout" 2>/dev/null; rc=$?
check "--date 2024-02-29 is printed as given" test $rc -eq 0 -a -n "$(grep -l '2024年2月29日' "$pdfdir/leap.layout")"
# A full masthead and tail: 总第N期, 内部资料 at the top left, 编辑/审核/签发
# with the print run, and the unit with its 印发 date on the last line.
"$rep" --dump-layout --date 2026-01-05 --issue 3 --total-issue 128 \
    --classification "内部资料　注意保存" --unit 中共江城市委办公室 --report-to 市委领导 \
    --copies 60 --editor 张三 --reviewer 李四 --signer 王五 "$pdfdir/seed.csv" \
    >"$pdfdir/full.layout" 2>/dev/null; rc=$?
for t in '第3期（总第128期）' '内部资料　注意保存' '编辑：张三　　审核：李四　　签发：王五' \
    '（共印60份）' '2026年1月5日印发' '中共江城市委办公室'; do
	check "the masthead and tail show $t" grep -q "$t" "$pdfdir/full.layout"
done
last_page=$(awk '$1 == "page" { p = $2 } END { print p }' "$pdfdir/full.layout")
check "the 印发 line is the tail's last, on the last page, above the bottom rule" \
    sh -c 'awk -v lp="$2" '"'"'$1 == "page" { p = $2 } p == lp && $1 == "text" && $NF ~ /印发$/ { y = $3 } END { exit !(y > 99.2 && y < 122) }'"'"' "$1"' _ "$pdfdir/full.layout" "$last_page"
bad_option "--total-issue of letters is refused" --total-issue 12a
# A long unit in the tail wraps instead of running over the date.
"$rep" --dump-layout --date 2026-01-05 --report-to 市委领导 \
    --unit "$(printf '中共江城市委员会办公室%.0s' $(seq 1 6))" "$pdfdir/seed.csv" \
    >"$pdfdir/longunit.layout" 2>/dev/null
check "a long unit in the tail wraps, nothing past the type area" test -z "$(awk '$1 == "text" && $4 == "fang" && $5 == "12.0" && $2 + 12 * (length($6) / 3) > 525' "$pdfdir/longunit.layout")"

# Cells as a spreadsheet leaves them.
printf '指标,目标值,单位
新增就业,5%%,人
新建学校,-0,所
覆盖率,95%%,
' >"$pdfdir/cells.csv"
"$rep" --dump-layout "$pdfdir/cells.csv" >"$pdfdir/cells.layout" 2>"$pdfdir/cells.err"; rc=$?
check "5% beside 人 is an error of that cell (exit 1)" test $rc -eq 1 -a -n "$(grep -l 'cells.csv:2:2: error: 目标值 "5%" has a percent sign but the unit is "人"' "$pdfdir/cells.err")"
check "5% beside 人 is shown as written, no internal message in the handout" test -n "$(grep -l ' 5%人$' "$pdfdir/cells.layout")" -a -z "$(grep -l '※\|带百分号' "$pdfdir/cells.layout")"
"$rep" --dump-layout --show-problems "$pdfdir/cells.csv" >"$pdfdir/cells-shown.layout" 2>/dev/null
check "--show-problems marks it and says why" test -n "$(grep -l '※新增就业' "$pdfdir/cells-shown.layout")" -a -n "$(grep -l '带百分号' "$pdfdir/cells-shown.layout")"
check "-0 is printed 0" grep -q ' 0所$' "$pdfdir/cells.layout"
check "95% with no unit is printed 95%" grep -q ' 95%$' "$pdfdir/cells.layout"
# Targets as officials write them; an upper bound is never dropped.
printf '指标,比较,目标值,上限,单位\n甲,以上,7,,家\n乙,超过,700,,亿元\n丙,左右,6,,%%\n丁,以内,4,,%%\n戊,区间,3000,5000,套\n己,以上,3000,5000,套\n庚,区间,9,5,亿元\n' >"$pdfdir/targets.csv"
"$rep" --dump-layout "$pdfdir/targets.csv" >"$pdfdir/targets.layout" 2>"$pdfdir/targets.err"; rc=$?
# The 目标 column's lines, joined (a long target wraps): the column
# starts at the first rule between columns.
col=$(awk '$1 == "rule" && $6 == "w0.30" && $4 == "0.0" { print $2 }' "$pdfdir/targets.layout" | sort -g | sed -n 1p)
targets=$(awk -v x="$col" '$1 == "text" && $2 > x && $2 < x + 10 { printf "%s", $6 }' "$pdfdir/targets.layout")
for t in 7家以上 超过700亿元 6%左右 4%以内 3000～5000套 '3000套以上（上限5000套）'; do
	check "the target reads $t" sh -c 'case "$1" in *"$2"*) exit 0 ;; esac; exit 1' _ "$targets" "$t"
done
check "an inverted range is a warning naming the cell" test $rc -eq 0 -a -n "$(grep -l 'targets.csv:8:4: warning: upper bound 5 is below the value 9' "$pdfdir/targets.err")"
long=$(printf '一二三四五六七八九十%.0s' $(seq 1 30))
printf '指标,目标值,单位,来源
%s,七,个,%s.txt
' "$long" "$long" >"$pdfdir/long.csv"
"$rep" --dump-layout "$pdfdir/long.csv" >"$pdfdir/long.layout" 2>/dev/null
check "a 900-byte cell is set whole, no character cut" test -z "$(grep -l $'\xef\xbf\xbd' "$pdfdir/long.layout")" -a "$(grep -o '[一二三四五六七八九十]' "$pdfdir/long.layout" | wc -l)" -ge 600

# A row taller than a page is split between pages; nothing below the type
# area but the page number; every continued page says whose rows it shows.
python3 -c "
print('责任单位,责任人,指标,目标值,单位,原文')
print('开发区,张三,新开工项目,8,个,' + '确保全年新开工亿元以上项目8个，' * 60)
print('开发区,张三,新建学校,3,所,全年新建学校3所。')
" >"$pdfdir/tall.csv"
"$rep" --dump-layout "$pdfdir/tall.csv" >"$pdfdir/tall.layout" 2>/dev/null
check "a 1,000-character quote takes 2 pages, not 5" test "$(grep -c '^page ' "$pdfdir/tall.layout")" -eq 2
check "nothing is set below the type area (35 mm) but the page number" test -z "$(awk '$1 == "text" && $3 < 99 && $6 !~ /^(—|[0-9]+)$/' "$pdfdir/tall.layout")"
check "the continued page says whose targets it shows" grep -q '（一）开发区（张三）（续）' "$pdfdir/tall.layout"

# Rows of one sentence print it once (同上 below), all their numbers marked.
printf '指标,目标值,单位,原文\n甲,10,亿元,A卫星开票销售过10亿元，B开票销售过5亿元。\n乙,5,亿元,A卫星开票销售过10亿元，B开票销售过5亿元。\n' >"$pdfdir/shared.csv"
"$rep" --dump-layout "$pdfdir/shared.csv" >"$pdfdir/shared.layout" 2>/dev/null
check "a sentence shared by two rows is printed once, then 同上" test "$(grep -c '开票销售过' "$pdfdir/shared.layout")" -ge 1 -a "$(grep -c ' 同上$' "$pdfdir/shared.layout")" -eq 1
check "... with both rows' numbers marked (underlined) in it" test "$(awk '$1 == "rule" && $5 == "0.0" && $6 == "w0.60"' "$pdfdir/shared.layout" | wc -l)" -eq 2

# Forty organisations: the summary stays a sentence and the chart fits, its
# bars largest first and the rest summed in one.
python3 -c "
print('责任单位,指标,目标值,单位')
for i in range(40):
    for k in range((i * 3) % 7 + 1): print('某某县第%d经济开发区管理委员会,投资,%d,亿元' % (i, (i * 37) % 50 + 1))
" >"$pdfdir/orgs40.csv"
"$rep" --dump-layout "$pdfdir/orgs40.csv" >"$pdfdir/orgs40.layout" 2>/dev/null
check "40 organisations: the summary names none of them one by one" sh -c "awk '\$1 == \"text\" { printf \"%s\", \$6 }' '$pdfdir/orgs40.layout' | grep -q '涉及40个单位，各单位数目见下表'"
check "40 organisations: the 按单位汇总 table lists each, and the total is their rows" sh -c "test \$(grep -c 'text.*某某县第[0-9]*经济开发区' '$pdfdir/orgs40.layout') -ge 80 && awk '\$1 == \"text\" && \$6 == \"合计\" { getline; if (\$6 == $(($(wc -l <"$pdfdir/orgs40.csv") - 1))) ok = 1 } END { exit !ok }' '$pdfdir/orgs40.layout'"
check "40 organisations: the chart counts targets, its first bar the largest" test "$(awk '$1 == "text" && $6 ~ /^[0-9]+项$/ { print $6; exit }' "$pdfdir/orgs40.layout")" = 7项
check "40 organisations: the chart adds no money of different measures" test -z "$(awk '$1 == "text" && $6 == "各单位量化目标数" { on = 1 } $1 == "text" && $6 ~ /^二、/ { on = 0 } on && $1 == "text" && $6 ~ /亿元/' "$pdfdir/orgs40.layout")"
check "a briefing of more than 5 pages opens with a 目录 whose numbers are the pages of its sections" python3 tests/tools/contents_pages.py "$pdfdir/orgs40.layout"
# A table of one document that goes on to more pages says the document on
# each of them, under the organisation's heading with （续）.
python3 -c "
print('责任单位,指标,目标值,单位,来源,行号,原文')
for i in range(60): print('某某县人民政府,新建项目%d,%d,个,某某县政府工作报告.txt,%d,今年全县要新建第%d类项目%d个，加快推进各项工作落实落地。' % (i, i + 1, i + 10, i, i + 1))
" >"$pdfdir/continued.csv"
"$rep" --dump-layout "$pdfdir/continued.csv" >"$pdfdir/continued.layout" 2>/dev/null
check "a table continued on a new page says its document again under （续）" sh -c "test \$(awk '\$1 == \"text\" && \$6 ~ /（续）\$/ { getline; if (\$6 ~ /^来源：/) n++ } END { print n + 0 }' '$pdfdir/continued.layout') -ge 1"
# Periods as a reader says them: a part of the year after it, a span as
# the years it stands for.
printf '责任单位,指标,目标值,单位,时限\n甲,新建学校,10,所,今后一年（1982年）\n甲,新建公园,3,个,上半年（2024年）\n甲,新建道路,5,公里,年底前（2024年）\n甲,新增就业,2,万人,今后五年（2023—2027年）\n' >"$pdfdir/periods.csv"
"$rep" --dump-layout "$pdfdir/periods.csv" 2>/dev/null | awk '$1 == "text" { printf "%s", $6 }' >"$pdfdir/periods.txt"
check "periods: 今后一年（1982年） is 1982年, 上半年（2024年） 2024年上半年" sh -c "grep -q '新建学校10所1982年手工' '$pdfdir/periods.txt' && grep -q '新建公园3个2024年上半年' '$pdfdir/periods.txt'"
check "periods: 年底前（2024年） is 2024年底前, 今后五年（2023—2027年） 2023—2027年" sh -c "grep -q '新建道路5公里2024年底前' '$pdfdir/periods.txt' && grep -q '新增就业2万人2023—2027年手工' '$pdfdir/periods.txt'"
check "a short briefing has no 目录" test "$(grep -c '目　　录' "$pdfdir/shared.layout")" -eq 0
check "40 organisations: the rest are summed in one bar" grep -q '其他[0-9]*个单位' "$pdfdir/orgs40.layout"
check "40 organisations: nothing below the type area on page 1" test -z "$(awk '$1 == "page" { p = $2 } p == 1 && $1 == "text" && $3 < 99 && $6 !~ /^(—|[0-9]+)$/' "$pdfdir/orgs40.layout")"

# Money targets are summed only over one measure: 40 投资 rows give a total,
# the seed's 开票销售 and 投资 do not.
check "money of one measure is summed" sh -c "awk '\$1 == \"text\" { printf \"%s\", \$6 }' '$pdfdir/orgs40.layout' | grep -q \"\$(awk -F, 'NR > 1 { n++; s += \$3 } END { printf \"人民币%d项，均为投资，合计%d亿元\", n, s }' '$pdfdir/orgs40.csv')\""
"$rep" --dump-layout "$pdfdir/seed.csv" >"$pdfdir/seedsum.layout" 2>/dev/null
check "money of different measures is not summed" sh -c "awk '\$1 == \"text\" { printf \"%s\", \$6 }' '$pdfdir/seedsum.layout' | grep -q '人民币3项（指标不同，不作加总）'"

# A CSV that could not be read is named in the briefing: the totals lack it.
printf 'foo,bar\n1,2\n' >"$pdfdir/nocolumns.csv"
"$rep" --dump-layout "$pdfdir/seed.csv" "$pdfdir/nocolumns.csv" >"$pdfdir/rejected.layout" 2>/dev/null; rc=$?
check "a rejected CSV: exit 1, named in the summary" test $rc -eq 1 -a "$(awk '$1 == "text" { printf "%s", $6 }' "$pdfdir/rejected.layout" | grep -c '未能读取')" -ge 1

# Characters in no font: each listed once, then summed up.
python3 -c "
print('指标,目标值,单位')
for r in range(3):
    print(''.join(chr(0x20000 + k) for k in range(100)) + ',1,个')
" >"$pdfdir/glyphs.csv"
"$rep" --dump-layout "$pdfdir/glyphs.csv" >/dev/null 2>"$pdfdir/glyphs.err"
check "missing glyphs: 64 listed and one line for the rest" test "$(grep -c 'is in no configured font' "$pdfdir/glyphs.err")" -eq 64 -a "$(grep -c 'more uses of characters' "$pdfdir/glyphs.err")" -eq 1

# Excel's "Unicode text" save: UTF-16 with tabs.
{ printf '\xff\xfe'; printf '指标\t目标值\t单位\r\n新增就业\t1000\t人\r\n' | iconv -f utf-8 -t utf-16le; } >"$pdfdir/unicode.txt"
"$rep" --dump-layout "$pdfdir/unicode.txt" >"$pdfdir/unicode.layout" 2>"$pdfdir/unicode.err"; rc=$?
check "a UTF-16 tab-separated save is read" test $rc -eq 0 -a -n "$(grep -l '1000人' "$pdfdir/unicode.layout")"
# A GB18030 save behind a UTF-8 byte order mark.
{ printf '\xef\xbb\xbf'; printf '指标,目标值,单位\n新增就业岗位,1000,人\n' | iconv -f utf-8 -t gb18030; } >"$pdfdir/bomgb.csv"
"$rep" --dump-layout "$pdfdir/bomgb.csv" >"$pdfdir/bomgb.layout" 2>"$pdfdir/bomgb.err"; rc=$?
check "a GB18030 CSV behind a UTF-8 BOM is read as GB18030" test $rc -eq 0 -a -n "$(grep -l '新增就业岗位' "$pdfdir/bomgb.layout")"
unset SOURCE_DATE_EPOCH
