# bin/merge, one rule at a time (sourced by tests/run): small CSVs whose
# ids are written by hand, so that each expectation is read off the table.

mg="$tmp/merge"; mkdir -p "$mg"
mcheck() { local name=$1; shift; if "$@"; then pass; else fail "merge: $name"; fi; }
H='编号,来源,指标,目标值,单位,备注'
# The last extraction: five rows.
printf '%s\n' "$H" 'a,t.txt,新开工项目,8,个,' 'b,t.txt,新增就业,1000,人,' \
    'c,t.txt,实际利用外资,2000,万美元,' 'd,t.txt,新建学校,3,所,' \
    'e,t.txt,工业开票销售,70000000000,元,' >"$mg/base.csv"
# The clerk: b edited, c deleted, d edited, e rewritten by a spreadsheet
# (7E+10), a row of their own, a column of their own.
printf '%s\n' "$H,核对人" 'a,t.txt,新开工项目,8,个,,张' 'b,t.txt,新增就业,1200,人,,张' \
    'd,t.txt,新建学校,4,所,,张' 'e,t.txt,工业开票销售,7E+10,元,,张' \
    ',手工,新增绿地,30,公顷,,李' >"$mg/clerk.csv"
# The new extraction: a changed (8 → 10), b unchanged, c unchanged, d
# changed (3 → 5: a conflict with the clerk's 4), e unchanged, f new after
# a; and one row the text no longer has: none of the base's is missing but
# g below is the clerk's with an id no extraction gave.
printf '%s\n' "$H" 'a,t.txt,新开工项目,10,个,' 'f,t.txt,新建公园,2,个,' \
    'b,t.txt,新增就业,1000,人,' 'c,t.txt,实际利用外资,2000,万美元,' \
    'd,t.txt,新建学校,5,所,' 'e,t.txt,工业开票销售,70000000000,元,' >"$mg/new.csv"
cp "$mg/clerk.csv" "$mg/out.csv"
"$bin/merge" --base "$mg/base.csv" "$mg/out.csv" "$mg/new.csv" -o "$mg/out.csv" 2>"$mg/merge.err"; rc=$?
mcheck "merges (exit 0)" test $rc -eq 0
row() { grep "^$1," "$mg/out.csv"; }
mcheck "an untouched row takes the text's new value" test "$(row a | cut -d, -f4,7)" = "10,张"
mcheck "an edited row keeps the clerk's value" test "$(row b | cut -d, -f4)" = 1200
mcheck "a deleted row stays deleted" test -z "$(row c)"
mcheck "edited by both: the clerk's kept, the text's in 备注" test "$(row d | cut -d, -f4,6)" = "4,原文已改为：新建学校 5所"
mcheck "edited by both: a warning names the row" grep -q "out.csv:4: warning: row d: edited here and changed in the text" "$mg/merge.err"
mcheck "7E+10 for 70000000000 is no edit" test "$(row e | cut -d, -f4)" = 70000000000
mcheck "a new row comes after the row before it in the text" test "$(sed -n 3p "$mg/out.csv" | cut -d, -f1)" = f
mcheck "the clerk's own row is kept" grep -q '^,手工,新增绿地,30,公顷,,李$' "$mg/out.csv"
mcheck "the clerk's own column is kept" test "$(head -n 1 "$mg/out.csv")" = "$H,核对人"
mcheck "the summary counts each case" grep -q "merged: 1 updated from the text, 2 as edited here (1 in conflict), 1 new, 1 deleted here stay deleted, 0 gone from the text, 1 added here" "$mg/merge.err"

# A row the text no longer has is kept and flagged.
printf '%s\n' "$H" 'a,t.txt,新开工项目,8,个,' >"$mg/new2.csv"
"$bin/merge" --base "$mg/base.csv" "$mg/clerk.csv" "$mg/new2.csv" -o "$mg/out2.csv" 2>/dev/null
mcheck "a row gone from the text is kept and flagged in 备注" test "$(grep '^b,' "$mg/out2.csv" | cut -d, -f6)" = 原文中已无此条

# The clerk's form is written back: GB18030, CR LF, English keys.
printf '%s\r\n' 'id,source,metric,value,unit' 'a,t.txt,新开工项目,8,个' | iconv -f utf-8 -t gb18030 >"$mg/gb.csv"
printf '%s\n' "$H" 'a,t.txt,新开工项目,8,个,' >"$mg/gbbase.csv"
printf '%s\n' "$H" 'a,t.txt,新开工项目,9,个,' 'x,t.txt,新建广场,1,个,' >"$mg/gbnew.csv"
"$bin/merge" --base "$mg/gbbase.csv" "$mg/gb.csv" "$mg/gbnew.csv" -o "$mg/gb.csv" 2>/dev/null; rc=$?
mcheck "a GB18030 CSV stays GB18030" test $rc -eq 0 -a "$(iconv -f gb18030 -t utf-8 "$mg/gb.csv" | sed -n 2p | tr -d '\r')" = "a,t.txt,新开工项目,9,个,"
mcheck "CR LF stays CR LF" test "$(grep -c $'\r$' "$mg/gb.csv")" -eq 3
mcheck "English keys stay, 备注 added as note" test "$(head -n 1 "$mg/gb.csv" | tr -d '\r')" = "id,source,metric,value,unit,note"
# Excel's "Unicode text": UTF-16 with tabs.
{ printf '\xff\xfe'; printf '编号\t指标\t目标值\t单位\r\na\t新开工项目\t8\t个\r\n' | iconv -f utf-8 -t utf-16le; } >"$mg/u16.txt"
"$bin/merge" --base "$mg/gbbase.csv" "$mg/u16.txt" "$mg/gbnew.csv" -o "$mg/u16.txt" 2>/dev/null; rc=$?
mcheck "UTF-16 with tabs stays UTF-16 with tabs" test $rc -eq 0 -a "$(head -c 2 "$mg/u16.txt" | od -An -tx1 | tr -d ' ')" = fffe -a -n "$(iconv -f utf-16 -t utf-8 "$mg/u16.txt" | grep -P '^a\t新开工项目\t9\t个')"

# What cannot be merged leaves the clerk's file as it was.
printf '%s\n' '指标,目标值,单位' '新开工项目,8,个' >"$mg/noid.csv"
cp "$mg/noid.csv" "$mg/noid.keep"
"$bin/merge" --base "$mg/base.csv" "$mg/noid.csv" "$mg/new.csv" -o "$mg/noid.csv" 2>"$mg/noid.err"; rc=$?
mcheck "no 编号 column: exit 2, named, the file as it was" test $rc -eq 2 -a -n "$(grep -l 'no 编号/id column' "$mg/noid.err")" -a "$(cmp "$mg/noid.csv" "$mg/noid.keep" && echo same)" = same
printf '%s\n' "$H" 'a,"unclosed,1,个,' >"$mg/broken.csv"
cp "$mg/clerk.csv" "$mg/keep.csv"
"$bin/merge" --base "$mg/base.csv" "$mg/keep.csv" "$mg/broken.csv" -o "$mg/keep.csv" 2>"$mg/broken.err"; rc=$?
mcheck "a broken new CSV: exit 2, named by line, the clerk's file as it was" test $rc -eq 2 -a -n "$(grep -l 'broken.csv:2' "$mg/broken.err")" -a "$(cmp "$mg/keep.csv" "$mg/clerk.csv" && echo same)" = same
"$bin/merge" --base "$mg/base.csv" "$mg/clerk.csv" "$mg/new.csv" -o "$mg/new.csv" 2>/dev/null; rc=$?
mcheck "-o the new extraction itself is refused" test $rc -eq 2
