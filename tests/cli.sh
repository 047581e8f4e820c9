# Command-line tests of bin/extract (sourced by tests/run).

ex="$bin/extract"
seed="$top/samples/000_7983defb64ef797f.txt"
cli="$tmp/cli"; mkdir -p "$cli"

# check NAME CONDITION...: one test that passes when the command succeeds.
check() { local name=$1; shift; if "$@"; then pass; else fail "cli: $name"; fi; }

"$ex" --help >"$cli/help" 2>&1; rc=$?
check "--help exits 0 and shows usage" test $rc -eq 0 -a -n "$(grep -l 'usage: extract' "$cli/help")"
"$ex" --version >"$cli/version" 2>&1; rc=$?
check "--version exits 0" test $rc -eq 0 -a -n "$(grep -l '^extract [0-9]' "$cli/version")"
"$ex" >/dev/null 2>"$cli/noargs"; rc=$?
check "no input is a usage error (exit 2)" test $rc -eq 2 -a -n "$(grep -l 'no input files' "$cli/noargs")"
"$ex" --bogus "$seed" >/dev/null 2>&1; rc=$?
check "an unknown option is a usage error (exit 2)" test $rc -eq 2
"$ex" --header=fr "$seed" >/dev/null 2>&1; rc=$?
check "--header takes zh or en only" test $rc -eq 2

# A missing input is an error for that input; the rest is still written.
"$ex" "$cli/missing.txt" "$seed" -o "$cli/partial.csv" 2>"$cli/partial.err"; rc=$?
check "a missing input exits 1" test $rc -eq 1
check "a missing input is named with its path" grep -q "missing.txt: error: cannot read" "$cli/partial.err"
check "the other inputs are still extracted" test "$(grep -c '^"c' "$cli/partial.csv")" -ge 18

# Output: BOM and CRLF by default, options for Unix pipelines.
"$ex" "$seed" -o "$cli/default.csv" 2>/dev/null
check "default CSV starts with a UTF-8 BOM" test "$(head -c 3 "$cli/default.csv" | od -An -tx1 | tr -d ' ')" = efbbbf
check "default CSV ends records with CRLF" test "$(head -n 1 "$cli/default.csv" | tail -c 2 | od -An -tx1 | tr -d ' ')" = 0d0a
"$ex" --no-bom --lf --header=en "$seed" >"$cli/plain.csv" 2>/dev/null
check "--no-bom --lf --header=en" test "$(head -n 1 "$cli/plain.csv")" = '"id","source","line","article","org","person","metric","modality","comparator","value","value_max","unit","period","quote","note"'
check "stdout and -o write the same rows" test "$(tail -n +2 "$cli/plain.csv" | cut -d, -f1)" = "$(tail -n +2 "$cli/default.csv" | tr -d '\r' | cut -d, -f1)"
"$ex" --no-bom --lf - <"$seed" >"$cli/stdin.csv" 2>/dev/null
check "- reads standard input" test "$(grep -c '^"c' "$cli/stdin.csv")" -eq "$(grep -c '^"c' "$cli/plain.csv")"

# The output file is replaced whole, and no temporary file is left behind.
printf 'old\n' >"$cli/keep.csv"
"$ex" "$seed" -o "$cli/keep.csv" 2>/dev/null
check "-o replaces the file" test "$(head -c 3 "$cli/keep.csv" | od -An -tx1 | tr -d ' ')" = efbbbf
check "no temporary file is left" test -z "$(ls -A "$cli" | grep -E '^\.keep\.csv\.')"
"$ex" "$seed" -o "$cli/no/such/dir/out.csv" 2>"$cli/nodir.err"; rc=$?
check "an unwritable output exits 2" test $rc -eq 2
check "an unwritable output is named" grep -q "out.csv: error: cannot write" "$cli/nodir.err"

# Ids come from content: rows added before a commitment leave its id alone.
mkdir -p "$cli/a" "$cli/b"
cp "$seed" "$cli/a/page.txt"
{ printf '确保全年新增就业5000人。\n\n'; cat "$seed"; } >"$cli/b/page.txt"
"$ex" --no-bom --lf "$cli/a/page.txt" 2>/dev/null | cut -d, -f1 | sort >"$cli/ids.a"
"$ex" --no-bom --lf "$cli/b/page.txt" 2>/dev/null | cut -d, -f1 | sort >"$cli/ids.b"
check "ids are stable when rows are added before them" test -z "$(comm -23 "$cli/ids.a" "$cli/ids.b")"
check "the added row has an id of its own" test "$(wc -l <"$cli/ids.b")" -eq $(($(wc -l <"$cli/ids.a") + 1))
"$ex" --no-bom --lf "$seed" 2>/dev/null >"$cli/run1.csv"
"$ex" --no-bom --lf "$seed" 2>/dev/null >"$cli/run2.csv"
check "two runs give identical output" cmp -s "$cli/run1.csv" "$cli/run2.csv"

# A document over 1 MB is matched by several threads: the rows are those of
# one thread, in the same order, and no two share an id.
for i in $(seq 40); do cat "$top/samples/012.txt"; echo; done >"$cli/large.txt"
"$ex" -q --jobs 1 "$cli/large.txt" -o "$cli/large-1.csv" 2>/dev/null
"$ex" -q --jobs 3 "$cli/large.txt" -o "$cli/large-3.csv" 2>/dev/null
check "a large document gives the same rows with 1 and 3 threads" cmp -s "$cli/large-1.csv" "$cli/large-3.csv"
check "repeated commitments get ids of their own" \
    test "$(tail -n +2 "$cli/large-3.csv" | cut -d, -f1 | sort -u | wc -l)" -eq "$(($(wc -l <"$cli/large-3.csv") - 1))"
# Over 8 MB a document is also read, checked, split and folded in parts by
# several threads: a column-wrapped page, with CR LF line ends and with
# full-width digits after ideographic spaces (folding shrinks the text, so
# a part ends short of where the next begins), gives the same rows and
# segments as with one thread.
for i in $(seq 360); do
	cat "$seed"; sed 's/$/\r/' "$seed"; printf '\343\200\200确保全年新增\357\274\221\357\274\222家以上。\n'
done >"$cli/huge.txt"
"$ex" -q --jobs 1 "$cli/huge.txt" -o "$cli/huge-1.csv" 2>/dev/null
"$ex" -q --jobs 3 "$cli/huge.txt" -o "$cli/huge-3.csv" 2>/dev/null
check "an 8 MB column-wrapped document gives the same rows with 1 and 3 threads" \
    test -s "$cli/huge-1.csv" -a "$(wc -l <"$cli/huge-1.csv")" -gt 1000 -a -z "$(cmp "$cli/huge-1.csv" "$cli/huge-3.csv" 2>&1)"
"$ex" -q --jobs 1 --segments "$cli/huge.txt" >"$cli/huge-1.seg" 2>/dev/null
"$ex" -q --jobs 3 --segments "$cli/huge.txt" >"$cli/huge-3.seg" 2>/dev/null
check "... and the same segments and source lines" \
    test -s "$cli/huge-1.seg" -a -z "$(cmp "$cli/huge-1.seg" "$cli/huge-3.seg" 2>&1)"
rm -f "$cli/huge.txt"

"$ex" --jobs 0 "$seed" >/dev/null 2>&1; rc=$?
check "--jobs takes 1 to 8" test $rc -eq 2

# A sentence of more numbers than a sentence holds is read in parts: none
# is dropped.
python3 -c "
print('今年，全县确保' + '、'.join('新建项目%d达到%d个' % (i, i + 1) for i in range(120)) + '。')
" >"$cli/many.txt"
"$ex" --no-bom --lf "$cli/many.txt" >"$cli/many.csv" 2>"$cli/many.err"; rc=$?
check "120 numbers in one sentence: 120 rows" test $rc -eq 0 -a "$(tail -n +2 "$cli/many.csv" | wc -l)" -eq 120
check "120 numbers in one sentence: the cut is said" grep -q "many.txt:1:1: warning: sentence with more than 96 numbers read in parts" "$cli/many.err"

# An indicator table's target column is explained as read by its columns,
# its rows noted 指标表 for the clerk.
printf '江城市国民经济和社会发展第十五个五年规划纲要\n\n专栏1  主要指标\n指标    属性    2030年目标值\n地区生产总值年均增长（%%）    预期性    5以上\n旅游业总收入（亿元）    预期性    3300\n注：以上为主要指标。\n' >"$cli/table.txt"
"$ex" -q --explain "$cli/table.txt" >"$cli/table.explain" 2>&1
check "--explain says a table's target was read by its columns" grep -q 'table.txt:5:[0-9]*: table-row: 5以上 → 地区生产总值年均增长 以上 5% 2030年' "$cli/table.explain"
"$ex" -q --no-bom --lf "$cli/table.txt" >"$cli/table.csv" 2>/dev/null
check "a table's rows say 指标表 in 备注" test "$(grep -c '指标表' "$cli/table.csv")" -eq 2
