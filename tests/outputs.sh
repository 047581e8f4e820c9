# The guarantees of the README's "What is kept" section, one test per cause
# (sourced by tests/run after cli.sh and report.sh). Special files are
# tried only inside a private mount namespace with a tmpfs on /dev: as
# root, a rename onto the real /dev/null would replace the device.

out="$tmp/outputs"; mkdir -p "$out"
ex="$bin/extract" rep="$bin/report"
seed="$top/samples/000_7983defb64ef797f.txt"
ocheck() { local name=$1; shift; if "$@"; then pass; else fail "outputs: $name"; fi; }
# no_temps DIR: no temporary file of ours is left in DIR.
no_temps() { [ -z "$(ls -A "$1" | grep -E '^\.(.*\.)?[A-Za-z0-9]{6}$|\.tmp')" ]; }
same() { cmp -s "$1" "$2"; }

"$ex" -q "$seed" -o "$out/seed.csv" 2>/dev/null
printf 'old csv\n' >"$out/old.csv"
printf 'old pdf\n' >"$out/old.pdf"

# 2. The output is an input: refused before any work.
cp "$seed" "$out/in.txt"; cp "$out/in.txt" "$out/in.keep"
"$ex" "$out/in.txt" -o "$out/in.txt" 2>"$out/same.err"; rc=$?
ocheck "same file: extract refuses (exit 2) and keeps the input" test $rc -eq 2 -a -n "$(grep -l 'is also the input' "$out/same.err")"
ocheck "same file: the input is byte for byte as it was" same "$out/in.txt" "$out/in.keep"
ln -sf in.txt "$out/in-link.txt"
"$ex" "$out/in.txt" -o "$out/in-link.txt" 2>/dev/null; rc=$?
ocheck "same file through a symlink: refused" test $rc -eq 2 -a -L "$out/in-link.txt"
ocheck "same file through a symlink: input kept" same "$out/in.txt" "$out/in.keep"
ln -f "$out/in.txt" "$out/in-hard.txt"
"$ex" "$out/in-hard.txt" -o "$out/in.txt" 2>/dev/null; rc=$?
ocheck "same file through a hard link: refused" test $rc -eq 2
ocheck "same file through a hard link: input kept" same "$out/in.txt" "$out/in.keep"
"$ex" - -o "$out/in.txt" <"$out/in.txt" 2>/dev/null; rc=$?
ocheck "same file as standard input: refused" test $rc -eq 2
ocheck "same file as standard input: input kept" same "$out/in.txt" "$out/in.keep"
"$ex" -q "$out/in.txt" >>"$out/in.txt" 2>/dev/null; rc=$?
ocheck "same file as standard output (>> input): refused" test $rc -eq 2
ocheck "same file as standard output: input kept" same "$out/in.txt" "$out/in.keep"
rm -f "$out/inout.fifo"; mkfifo "$out/inout.fifo"
timeout 10 "$ex" "$out/inout.fifo" -o "$out/inout.fifo" 2>/dev/null; rc=$?
ocheck "a FIFO as input and output: refused at once" test $rc -eq 2
cp "$out/seed.csv" "$out/clerk.csv"; cp "$out/clerk.csv" "$out/clerk.keep"
"$rep" "$out/clerk.csv" -o "$out/clerk.csv" 2>/dev/null; rc=$?
ocheck "same file: report refuses and keeps the clerk's CSV" test $rc -eq 2
ocheck "same file: the clerk's CSV is as it was" same "$out/clerk.csv" "$out/clerk.keep"

# 3. A failed run leaves the old output as it was.
cp "$out/old.csv" "$out/good.csv"
"$ex" "$out/typo.txt" -o "$out/good.csv" 2>"$out/typo.err"; rc=$?
ocheck "every input missing: exit 2" test $rc -eq 2
ocheck "every input missing: the old CSV is kept" same "$out/good.csv" "$out/old.csv"
ocheck "every input missing: the message says so" grep -q "good.csv: error: no input could be read; left as it was" "$out/typo.err"
cp "$out/old.pdf" "$out/good.pdf"
"$rep" "$out/typo.csv" -o "$out/good.pdf" 2>/dev/null; rc=$?
ocheck "report, every CSV missing: exit 2, old PDF kept" test $rc -eq 2
ocheck "report, every CSV missing: PDF byte for byte" same "$out/good.pdf" "$out/old.pdf"
printf 'not,a\n"broken\n' >"$out/broken.csv"
"$rep" "$out/broken.csv" -o "$out/good.pdf" 2>/dev/null; rc=$?
ocheck "report, the only CSV unreadable: old PDF kept" same "$out/good.pdf" "$out/old.pdf"
"$ex" "$out/typo.txt" "$seed" -o "$out/good.csv" 2>/dev/null; rc=$?
ocheck "one input of two missing: exit 1 and the other's rows written" test $rc -eq 1 -a "$(wc -l <"$out/good.csv")" -gt 10
cp "$out/old.csv" "$out/good.csv"
if [ -z "${SANITIZED:-}" ]; then
	# Memory runs out: the old CSV stays (exit 2, out of memory).
	big="$out/big.txt"
	for i in $(seq 1 400); do cat "$seed"; done >"$big"
	(ulimit -v 24000; "$ex" -j 1 "$seed" "$big" -o "$out/good.csv") 2>"$out/nomem.err"; rc=$?
	ocheck "out of memory: exit 2 and the old CSV kept" test $rc -eq 2 -a "$(cat "$out/good.csv")" = "old csv"
	ocheck "out of memory: said" grep -q "out of memory" "$out/nomem.err"
	ocheck "out of memory: no temporary left" no_temps "$out"
	rm -f "$big"
else
	skip "outputs: out of memory (address space limits do not apply under ASan)"
fi
# Descriptors run out: a limit of the system, not of an input.
cp "$out/old.csv" "$out/good.csv"
(ulimit -n 4; "$ex" -j 1 "$seed" -o "$out/good.csv") 2>"$out/emfile.err" 3<&- 4<&- 5<&- 6<&- 7<&- 8<&- 9<&-; rc=$?
ocheck "no file descriptors: exit 2 and the old CSV kept" test $rc -eq 2 -a "$(cat "$out/good.csv")" = "old csv"
ocheck "no file descriptors: no temporary left" no_temps "$out"

# 4. The old file's mode, owner, links.
cp "$out/old.csv" "$out/mode.csv"; chmod 600 "$out/mode.csv"
"$ex" -q "$seed" -o "$out/mode.csv"
ocheck "mode 0600 is kept" test "$(stat -c %a "$out/mode.csv")" = 600
chmod 640 "$out/mode.csv"; "$ex" -q "$seed" -o "$out/mode.csv"
ocheck "mode 0640 is kept" test "$(stat -c %a "$out/mode.csv")" = 640
umask_now=$(umask); umask 027
"$ex" -q "$seed" -o "$out/new.csv"
umask "$umask_now"
ocheck "a new file gets the umask's mode" test "$(stat -c %a "$out/new.csv")" = 640
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1; then
	cp "$out/old.csv" "$out/owned.csv"; chown nobody "$out/owned.csv"
	"$ex" -q "$seed" -o "$out/owned.csv"
	ocheck "the owner is kept (as root)" test "$(stat -c %U "$out/owned.csv")" = nobody
else
	skip "outputs: owner kept (needs root and user nobody)"
fi
mkdir -p "$out/real"; cp "$out/old.csv" "$out/real/target.csv"
ln -sf real/target.csv "$out/link.csv"
"$ex" -q "$seed" -o "$out/link.csv"
ocheck "a symlink stays a symlink" test -L "$out/link.csv"
ocheck "a symlink is written through to its target" same "$out/real/target.csv" "$out/seed.csv"
ln -sf real/fresh.csv "$out/dangling.csv"
"$ex" -q "$seed" -o "$out/dangling.csv"
ocheck "a link to a file not yet there creates the file" test -L "$out/dangling.csv" -a -s "$out/real/fresh.csv"
cp "$out/old.csv" "$out/hard1.csv"; ln -f "$out/hard1.csv" "$out/hard2.csv"
"$ex" -q "$seed" -o "$out/hard1.csv"
ocheck "hard links stay one file" test "$(stat -c %i "$out/hard1.csv")" = "$(stat -c %i "$out/hard2.csv")"
ocheck "hard links: every name has the new rows" same "$out/hard2.csv" "$out/seed.csv"
mkdir -p "$out/adir"
cp "$out/old.csv" "$out/adir/x"
"$ex" "$seed" -o "$out/adir" 2>"$out/adir.err"; rc=$?
ocheck "a folder as output: exit 2 at once, named" test $rc -eq 2 -a -n "$(grep -l 'adir: error: cannot write: Is a directory' "$out/adir.err")"
"$ex" "$seed" -o '' 2>"$out/noname.err"; rc=$?
ocheck "-o '' is a usage error that says so" test $rc -eq 2 -a -n "$(grep -l -- '-o needs a file name' "$out/noname.err")"
long=$(printf 'n%.0s' $(seq 1 250)).csv
"$ex" -q "$seed" -o "$out/$long"; rc=$?
ocheck "a 254-character name is written" test $rc -eq 0 -a -s "$out/$long"
rm -f "$out/$long"
ocheck "no temporary file is left after all of the above" no_temps "$out"

# 5. A signal that ends the run removes what the run created. The input
# is a FIFO held open, so the run is waiting with its temporary made.
signal_case() { # PROGRAM SIGNAL OUTPUT
	local prog=$1 sig=$2 o=$3 fifo="$out/sig.fifo" pid
	rm -f "$fifo"; mkfifo "$fifo"
	mkdir -p "$out/sigtmp"
	# A background job of a script starts with SIGINT ignored: undone.
	TMPDIR="$out/sigtmp" env --default-signal=INT,QUIT "$prog" - -o "$o" <"$fifo" 2>/dev/null &
	pid=$!
	exec 7>"$fifo"
	for _ in $(seq 1 50); do
		[ -n "$(ls -A "$(dirname "$o")" | grep -E "^\.$(basename "$o")\.")" ] && break
		sleep 0.1
	done
	kill -"$sig" "$pid"
	# A run that ignores the signal fails the test instead of hanging.
	( sleep 10; kill -KILL "$pid" 2>/dev/null ) &
	local dog=$!
	{ wait "$pid"; } 2>/dev/null; rc=$?
	kill "$dog" 2>/dev/null; wait "$dog" 2>/dev/null
	exec 7>&-
	rm -f "$fifo"
}
for sig in INT TERM HUP PIPE; do
	mkdir -p "$out/sig"; cp "$out/old.csv" "$out/sig/o.csv"
	signal_case "$ex" "$sig" "$out/sig/o.csv"
	ocheck "SIG$sig: extract dies of it" test $rc -eq $((128 + $(kill -l "$sig")))
	ocheck "SIG$sig: extract leaves no temporary" no_temps "$out/sig"
	ocheck "SIG$sig: the old CSV is kept" test "$(cat "$out/sig/o.csv")" = "old csv"
	cp "$out/old.pdf" "$out/sig/o.pdf"
	signal_case "$rep" "$sig" "$out/sig/o.pdf"
	ocheck "SIG$sig: report leaves no temporary" no_temps "$out/sig"
	ocheck "SIG$sig: report leaves no font subset" test -z "$(ls -A "$out/sigtmp")"
	ocheck "SIG$sig: the old PDF is kept" test "$(cat "$out/sig/o.pdf")" = "old pdf"
done
# A pipe closed under report's messages (report ... 2>&1 | head -c 1).
printf '指标,目标值,单位\n新增就业,七百,人\n' >"$out/warn.csv"
for i in $(seq 1 2000); do printf '新增就业%d,七百,人\n' "$i"; done >>"$out/warn.csv"
mkdir -p "$out/pipe"; cp "$out/old.pdf" "$out/pipe/o.pdf"
( "$rep" "$out/warn.csv" -o "$out/pipe/o.pdf" 2>&1; echo "rc=$?" >"$out/pipe.rc" ) | head -c 1 >/dev/null
ocheck "a closed pipe on standard error: no temporary left" no_temps "$out/pipe"

# 6. Standard error closed: no message lands in the output.
printf '新增就业\xff岗位，确保全年新增就业1000人。\n' >"$out/badbyte.txt"
"$ex" "$out/badbyte.txt" -o "$out/closed.csv" 2>&-
ocheck "closed stderr: the CSV starts with its header" test "$(head -c 7 "$out/closed.csv" | tail -c 4)" = '"编'
"$rep" "$out/warn.csv" -o "$out/closed.pdf" 2>&-
ocheck "closed stderr: the PDF starts with %PDF" test "$(head -c 4 "$out/closed.pdf")" = '%PDF'
"$ex" "$out/badbyte.txt" 2>&- >&- </dev/null; rc=$?
ocheck "closed stdout: a write error, exit 2" test $rc -eq 2
"$ex" --help >&- 2>/dev/null; rc=$?
ocheck "--help onto a closed stdout: exit 2" test $rc -eq 2
"$ex" --explain "$seed" -o "$out/explain.csv" 2>/dev/null; rc=$?
ocheck "--explain with -o: a usage error, nothing written" test $rc -eq 2 -a ! -e "$out/explain.csv"

# 11. Size limits.
"$ex" --max-input=1K "$seed" -o "$out/limit.csv" 2>"$out/limit.err"; rc=$?
ocheck "--max-input: a larger input is refused by name" test $rc -eq 2 -a -n "$(grep -l 'larger than 1024 bytes' "$out/limit.err")"
yes '确保全年新增就业1000人。' | "$ex" --max-input=1M - -o "$out/endless.csv" 2>"$out/endless.err"; rc=$?
ocheck "an endless standard input stops at the limit" test $rc -eq 2 -a -n "$(grep -l 'larger than' "$out/endless.err")"
"$ex" --max-input=x "$seed" >/dev/null 2>&1; rc=$?
ocheck "--max-input=x is a usage error" test $rc -eq 2
truncate -s 300M "$out/zeros.bin"
if command -v /usr/bin/time >/dev/null 2>&1; then
	/usr/bin/time -f %M -o "$out/zeros.rss" "$ex" --max-input=1G "$out/zeros.bin" -o "$out/zeros.csv" 2>"$out/zeros.err"; rc=$?
	ocheck "a 300 MB binary file is refused on its head (under 64 MB resident)" test $rc -eq 2 -a "$(tail -n 1 "$out/zeros.rss")" -lt 65536
else
	"$ex" --max-input=1G "$out/zeros.bin" -o "$out/zeros.csv" 2>"$out/zeros.err"; rc=$?
	ocheck "a 300 MB binary file is refused" test $rc -eq 2
fi
ocheck "the binary file is named with its offset" grep -q "zeros.bin:1:1: error: not a text file (byte 0x00 at byte offset 0)" "$out/zeros.err"
rm -f "$out/zeros.bin"

# 1. Special files, in a private mount namespace only.
special_script="$out/special.sh"
cat >"$special_script" <<'EOF'
# Runs inside unshare -m: /dev is a fresh tmpfs, nothing here is real.
set -u
ex=$1 rep=$2 seed=$3 csv=$4 work=$5
mount -t tmpfs tmpfs /dev || { echo "skip: cannot mount a tmpfs on /dev"; exit 0; }
mknod -m 666 /dev/null c 1 3 && mknod -m 666 /dev/full c 1 7 || { echo "skip: cannot make device nodes"; exit 0; }
ln -s /proc/self/fd/1 /dev/stdout
say() { if eval "$2"; then echo "ok $1"; else echo "not ok $1"; fi; }
"$ex" -q "$seed" -o /dev/null; rc=$?
say "-o /dev/null: exit 0" "[ $rc -eq 0 ]"
say "-o /dev/null: still a character device" "[ -c /dev/null ]"
"$ex" -q "$seed" -o /dev/full 2>"$work/full.err"; rc=$?
say "-o /dev/full: exit 2" "[ $rc -eq 2 ]"
say "-o /dev/full: the message names it" "grep -q '/dev/full: error: cannot write: No space left on device' '$work/full.err'"
say "-o /dev/full: still a character device" "[ -c /dev/full ]"
n=$("$rep" -q "$csv" -o /dev/stdout | wc -c)
say "report -o /dev/stdout: the PDF comes out" "[ $n -gt 1000 ]"
say "report -o /dev/stdout: still a symlink" "[ -L /dev/stdout ]"
mkfifo /dev/pipe
cat /dev/pipe >"$work/from-fifo.csv" &
reader=$!
"$ex" -q "$seed" -o /dev/pipe; rc=$?
wait $reader
say "-o FIFO: its reader gets the CSV" "[ $rc -eq 0 ] && cmp -s '$work/from-fifo.csv' '$work/seed.csv'"
say "-o FIFO: still a FIFO" "[ -p /dev/pipe ]"
"$ex" /dev/null -o /dev/null 2>/dev/null; rc=$?
say "/dev/null as input and output: read and written, still a device" "[ $rc -eq 0 ] && [ -c /dev/null ]"
echo LOG1 >"$work/log"
"$ex" -q "$seed" -o /dev/stdout >>"$work/log"; rc=$?
say "-o /dev/stdout appended to a log: the log's line stays" "[ $rc -eq 0 ] && [ \"\$(head -n 1 '$work/log')\" = LOG1 ] && [ \$(wc -l <'$work/log') -gt 10 ]"
"$ex" --explain "$seed" >/dev/full 2>/dev/null; rc=$?
say "--explain onto a full disk: exit 2" "[ $rc -eq 2 ]"
"$rep" --dump-layout "$csv" >/dev/full 2>/dev/null; rc=$?
say "--dump-layout onto a full disk: exit 2" "[ $rc -eq 2 ]"
# A file of several names, sparse, on a disk too small for the new one.
mkdir -p "$work/small" && mount -t tmpfs -o size=1m tmpfs "$work/small" && {
	printf 'OLD\n' >"$work/small/o.csv"
	truncate -s 20M "$work/small/o.csv"
	ln "$work/small/o.csv" "$work/small/o2.csv"
	# 80 copies: a CSV of about 600 KB, whose temporary fits and whose
	# second copy, in place, does not.
	for i in $(seq 1 80); do cat "$seed"; done >"$work/big.txt"
	"$ex" -q "$work/big.txt" -o "$work/small/o.csv" 2>/dev/null; rc=$?
	say "hard-linked sparse output on a full disk: exit 2, old content kept" "[ $rc -eq 2 ] && [ \"\$(head -c 3 '$work/small/o2.csv')\" = OLD ]"
	umount "$work/small"
}
EOF
if unshare -m true 2>/dev/null; then
	res=$(unshare -m sh "$special_script" "$ex" "$rep" "$seed" "$out/seed.csv" "$out" 2>&1)
	if printf '%s\n' "$res" | grep -q '^skip:'; then
		skip "outputs: special files ($(printf '%s\n' "$res" | grep '^skip:' | head -n 1))"
	else
		while IFS= read -r line; do
			case "$line" in
			"ok "*) pass ;;
			"not ok "*) fail "outputs: special: ${line#not ok }" ;;
			esac
		done <<<"$res"
		ocheck "special-file tests ran" test "$(printf '%s\n' "$res" | grep -c '^ok \|^not ok ')" -ge 14
	fi
else
	skip "outputs: special files (unshare -m is not allowed here; never tried on the real /dev)"
fi

# 15. Every output call of both programs fails once, in turn: each failure
# gives a message and a non-zero exit, leaves no temporary and keeps the
# old output; or the run succeeds with the whole new output.
shim="$bin/faultshim.so"
if [ -f "$shim" ]; then
	fault_run() { # PROGRAM INPUT OUTPUT REFERENCE OLD
		local prog=$1 input=$2 o=$3 ref=$4 old=$5 fn n rc fired runs=0 bad=0
		for fn in open mkstemp fdopen fwrite fputs fflush fsync fclose rename write fchmod; do
			for n in $(seq 1 60); do
				rm -f "$out/fault.mark"; cp "$old" "$o"
				mkdir -p "$out/faulttmp"
				FAULT="$fn:$n" FAULT_MARK="$out/fault.mark" TMPDIR="$out/faulttmp" \
				    LD_PRELOAD="$shim" ASAN_OPTIONS=verify_asan_link_order=0 \
				    "$prog" "$input" -o "$o" >/dev/null 2>"$out/fault.err"; rc=$?
				fired=0; [ -e "$out/fault.mark" ] && fired=1
				[ $fired -eq 0 ] && break
				runs=$((runs + 1))
				if [ $rc -eq 0 ]; then
					cmp -s "$o" "$ref" || { bad=$((bad + 1)); echo "$fn:$n: exit 0 but the output is not whole"; }
				else
					[ -s "$out/fault.err" ] || { bad=$((bad + 1)); echo "$fn:$n: exit $rc without a message"; }
					cmp -s "$o" "$old" || { bad=$((bad + 1)); echo "$fn:$n: the old output was changed"; }
				fi
				no_temps "$(dirname "$o")" || { bad=$((bad + 1)); echo "$fn:$n: a temporary was left"; ls -A "$(dirname "$o")"; }
				[ -z "$(ls -A "$out/faulttmp")" ] || { bad=$((bad + 1)); echo "$fn:$n: a font subset was left"; rm -f "$out/faulttmp"/*; }
			done
		done
		echo "runs $runs bad $bad"
	}
	fault_check() { # PROGRAM RESULT
		if printf '%s\n' "$2" | tail -n 1 | grep -Eq '^runs [1-9][0-9]* bad 0$'; then
			pass
		else
			fail "outputs: fault shim: a failing output call of $1 is mishandled" "$2"
		fi
	}
	mkdir -p "$out/fx"
	"$ex" -q "$seed" -o "$out/fx/ref.csv"
	res=$(fault_run "$ex" "$seed" "$out/fx/o.csv" "$out/fx/ref.csv" "$out/old.csv")
	fault_check extract "$res"
	SOURCE_DATE_EPOCH=1767571200 "$rep" -q "$out/seed.csv" -o "$out/fx/ref.pdf"
	res=$(SOURCE_DATE_EPOCH=1767571200 fault_run "$rep" "$out/seed.csv" "$out/fx/o.pdf" "$out/fx/ref.pdf" "$out/old.pdf")
	fault_check report "$res"
else
	fail "outputs: $shim not built (make check builds it)"
fi
