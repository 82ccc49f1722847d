#!/usr/bin/env bash
# faults.sh — fault injection against the built binary (make faults).
#
# Runs each fault class of issue 16 (and the ones that already held) on a
# fresh binary in a temporary folder and prints one line per check:
#
#   held    <class>: <what was checked>
#   FAILED  <class>: <what was checked> (<what happened>)
#
# then a summary. Classes: cache contention, cache damage, cache without
# write access, cache bound, kill during a cache write, special files,
# overlapping roots, write errors, closed pipe, interrupt, long article,
# determinism, input folder untouched.
#
# Environment:
#   FAULTS_KEEP  set to keep the temporary folder (its path is printed)
#
# Exits 1 when a check failed, 2 when the script cannot run. Some checks
# need a non-root user (setpriv to nobody when run as root) or /dev/full;
# they are reported as "skipped" when that is missing.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/nec-faults.XXXXXX") || exit 2
if [ -z "${FAULTS_KEEP:-}" ]; then
	trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
else
	echo "keeping $tmp"
fi
bin=$tmp/nec-analyse
(cd "$root" && ${GO:-go} build -o "$bin" ./cmd/nec-analyse) || exit 2
chmod 755 "$tmp" "$bin"

held=0
failed=0
skipped=0
ok() { echo "held    $1"; held=$((held + 1)); }
bad() { echo "FAILED  $1 ($2)"; failed=$((failed + 1)); }
skip() { echo "skipped $1 ($2)"; skipped=$((skipped + 1)); }
# check NAME COND DETAIL: held when COND (a shell test) is true.
check() { if eval "$2"; then ok "$1"; else bad "$1" "$3"; fi; }

# A batch of articles made of the demo corpus's sentences, each article
# different (numbered), so that the cache grows with the batch.
make_batch() { # DIR N SENTENCES
	mkdir -p "$1"
	python3 - "$1" "$2" "$3" "$root/testdata/demo" <<'EOF'
import glob, os, re, sys
out, n, per, demo = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
text = " ".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob(demo + "/*.txt"))[:4])
sents = re.split(r"(?<=[.!?])\s+(?=[A-Z])", re.sub(r"\s+", " ", text))
for i in range(n):
    body = []
    for j in range(per):
        s = sents[(i * 7 + j) % len(sents)]
        body.append(s if j % 5 else s + f" Item {i}-{j} follows.")
    paras = [" ".join(body[k:k + 4]) for k in range(0, len(body), 4)]
    with open(os.path.join(out, f"a{i:04d}.txt"), "w", encoding="utf-8") as f:
        f.write(f"Report number {i}\n\n" + "\n\n".join(paras) + "\n")
EOF
}

snapshot() { find "$1" -printf '%p %s %T@ %m\n' | sort; }

# dbfile DIR: the cache database in DIR (this layout's name, or the
# earlier layout's when only that exists, so that the script also runs
# against older builds).
dbfile() {
	if [ ! -e "$1/extractions-2.db" ] && [ -e "$1/extractions.db" ]; then
		echo "$1/extractions.db"
	else
		echo "$1/extractions-2.db"
	fi
}

small=$tmp/small
make_batch "$small" 3 12

# --- cache contention ------------------------------------------------------
c=$tmp/cache-shared
pids=()
for i in 1 2 3; do
	"$bin" check -q --fail-on none --cache-dir "$c" "$small" >"$tmp/cc$i.out" 2>"$tmp/cc$i.err" &
	pids+=($!)
done
rcs=""
for p in "${pids[@]}"; do
	wait "$p"
	rcs="$rcs$?"
done
"$bin" check --fail-on none --cache-dir "$c" "$small" >/dev/null 2>"$tmp/cc4.err"
check "cache contention: three check processes on one cache folder all exit 0 with nothing on stderr" \
	'[ "$rcs" = 000 ] && ! [ -s "$tmp/cc1.err" ] && ! [ -s "$tmp/cc2.err" ] && ! [ -s "$tmp/cc3.err" ]' "exits $rcs; $(cat "$tmp"/cc?.err | head -2)"
check "cache contention: the next run takes every article from the cache, nothing moved aside" \
	'grep -q "0 articles extracted, 3 from the cache" "$tmp/cc4.err" && ! [ -e "$(dbfile "$c").damaged" ]' "$(cat "$tmp/cc4.err")"

# A run holding the lock longer than the wait: busy, never damaged.
cdb=$(dbfile "$c")
python3 - "$cdb" <<'EOF' &
import fcntl, sys, time
f = open(sys.argv[1], "rb")
fcntl.flock(f, fcntl.LOCK_EX)
time.sleep(14)
EOF
holder=$!
sleep 0.5
before=$(stat -c %i "$cdb")
"$bin" check --fail-on none --cache-dir "$c" "$small" >/dev/null 2>"$tmp/busy.err"
rc=$?
check "cache contention: a lock held past the wait is 'in use', exit 0, file untouched" \
	'[ $rc = 0 ] && grep -q "is in use by another nec-analyse run" "$tmp/busy.err" && ! grep -q damaged "$tmp/busy.err" && [ "$(stat -c %i "$cdb" 2>/dev/null)" = "$before" ]' \
	"exit $rc: $(head -c 300 "$tmp/busy.err")"
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null

# --- cache damage ------------------------------------------------------------
big=$tmp/big
make_batch "$big" 80 120
cb=$tmp/cache-big
"$bin" check -q --fail-on none --cache-dir "$cb" "$big" >/dev/null 2>&1
db=$(dbfile "$cb")
need=$(python3 - "$db" <<'EOF'
import struct, sys
b = open(sys.argv[1], "rb").read(8192)
# bbolt meta pages: page header 16 bytes, then magic, version, page size,
# flags, root (16), freelist, pgid (high-water mark) ... take the larger txid
best = None
for off in (0, struct.unpack_from("<I", b, 16 + 8)[0]):
    m = b[off + 16:]
    psize = struct.unpack_from("<I", m, 8)[0]
    pgid, txid = struct.unpack_from("<QQ", m, 40)
    if best is None or txid > best[1]:
        best = (pgid * psize, txid)
print(best[0])
EOF
)
echo "        (cache of $(stat -c %s "$db") bytes, $need in use)"
cp "$db" "$tmp/whole.db"
for size in 100 4096 65536 1048576 4194304 6291456 $((need / 2)) $((need - 1)); do
	[ "$size" -lt "$need" ] || continue
	cp "$tmp/whole.db" "$db"
	truncate -s "$size" "$db"
	"$bin" check --fail-on none --cache-dir "$cb" "$big" >/dev/null 2>"$tmp/trunc.err"
	rc=$?
	check "cache damage: cut at $size bytes is moved aside and rebuilt, exit 0, one warning" \
		'[ $rc = 0 ] && [ "$(grep -c warning: "$tmp/trunc.err")" = 1 ] && grep -q "moved to" "$tmp/trunc.err" && [ "$(stat -c %s "$db.damaged")" = "$size" ] && ! grep -q "goroutine\|panic\|SIGBUS" "$tmp/trunc.err"' \
		"exit $rc: $(head -c 300 "$tmp/trunc.err")"
done
cp "$tmp/whole.db" "$db"
"$bin" check --fail-on none --cache-dir "$cb" "$big" >/dev/null 2>"$tmp/intact.err"
check "cache damage: the intact file is used as is" 'grep -q "0 articles extracted, 80 from the cache" "$tmp/intact.err" && ! grep -q warning "$tmp/intact.err"' "$(head -c 300 "$tmp/intact.err")"

# Killed while writing: the next run sees no damage.
kills=0
for delay in 0.3 0.6 0.9 1.2 1.5; do
	rm -rf "$tmp/cache-kill"
	"$bin" check -q --fail-on none --cache-dir "$tmp/cache-kill" "$big" >/dev/null 2>&1 &
	p=$!
	sleep "$delay"
	kill -9 "$p" 2>/dev/null
	wait "$p" 2>/dev/null
	"$bin" check -q --fail-on none --cache-dir "$tmp/cache-kill" "$small" >/dev/null 2>"$tmp/kill.err" || kills=$((kills + 100))
	grep -q warning "$tmp/kill.err" && kills=$((kills + 1))
done
check "cache damage: SIGKILL at 5 moments of a cold run leaves a cache the next run uses without a warning" '[ $kills = 0 ]' "$kills problems"

# --- cache without write access ----------------------------------------------
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	as_user() { setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"; }
else
	as_user() { "$@"; }
fi
if [ "$(id -u)" != 0 ] || command -v setpriv >/dev/null; then
	chmod -R a+rX "$small" "$tmp"
	ro=$tmp/cache-ro
	mkdir -p "$ro"
	"$bin" check -q --fail-on none --cache-dir "$ro" "$small" >/dev/null 2>&1
	chmod 755 "$ro"
	rodb=$(dbfile "$ro")
	chmod 644 "$rodb"
	[ "$(id -u)" = 0 ] || chmod 555 "$ro"
	sum=$(md5sum <"$rodb")
	as_user "$bin" check --fail-on none --cache-dir "$ro" "$small" >/dev/null 2>"$tmp/ro.err"
	rc=$?
	check "no write access: another user's cache (or a read-only folder) is read, exit 0, one warning, file unchanged" \
		'[ $rc = 0 ] && [ "$(grep -c warning: "$tmp/ro.err")" = 1 ] && grep -q "cannot be written" "$tmp/ro.err" && grep -q "3 from the cache" "$tmp/ro.err" && [ "$(md5sum <"$rodb" 2>/dev/null)" = "$sum" ]' \
		"exit $rc: $(head -c 300 "$tmp/ro.err")"
	empty=$tmp/cache-empty-ro
	mkdir -p "$empty"
	chmod 755 "$empty"
	as_user "$bin" check --fail-on none --cache-dir "$empty" "$small" >/dev/null 2>"$tmp/ro2.err"
	rc=$?
	check "no write access: a read-only cache folder with no cache yet, exit 0, one warning" \
		'[ $rc = 0 ] && [ "$(grep -c warning: "$tmp/ro2.err")" = 1 ] && ! [ -e "$(dbfile "$empty")" ]' "exit $rc: $(head -c 300 "$tmp/ro2.err")"
	rohome=$tmp/home-ro
	mkdir -p "$rohome"
	chmod 555 "$rohome"
	as_user env -u XDG_CACHE_HOME HOME="$rohome" "$bin" check --fail-on none "$small" >/dev/null 2>"$tmp/ro3.err"
	rc=$?
	check "no write access: a read-only HOME (check's default cache folder), exit 0, one warning" \
		'[ $rc = 0 ] && [ "$(grep -c warning: "$tmp/ro3.err")" = 1 ] && grep -q "cannot be used" "$tmp/ro3.err"' "exit $rc: $(head -c 300 "$tmp/ro3.err")"
else
	skip "no write access" "needs a non-root user or setpriv"
fi

# --- cache bound ----------------------------------------------------------------
cl=$tmp/cache-bound
for i in 1 2 3 4 5 6; do
	make_batch "$tmp/batch$i" 8 40
	# each batch different: renumber its titles
	sed -i "s/^Report number /Batch $i report /" "$tmp/batch$i"/*.txt
	"$bin" check -q --fail-on none --cache-dir "$cl" --cache-max-bytes 300000 "$tmp/batch$i" >/dev/null 2>&1
done
stored=$("$bin" cache info --cache-dir "$cl" | sed -n 's/^stored: //p')
info=$("$bin" cache info --cache-dir "$cl")
"$bin" cache prune --cache-dir "$cl" --cache-max-bytes 100000 >"$tmp/prune.out" 2>&1
after=$(stat -c %s "$(dbfile "$cl")" 2>/dev/null || echo none)
check "cache bound: six batches under --cache-max-bytes 300000 store at most that much" \
	'python3 -c "import sys; v=sys.argv[1].split(); sys.exit(0 if len(v) == 2 and float(v[0])*(1024 if v[1]==\"KiB\" else 1048576) <= 300000 else 1)" "$stored" 2>/dev/null' "$info"
check "cache bound: cache prune evicts and compacts the file" 'grep -q "^evicted [1-9]" "$tmp/prune.out" && [ "$after" != none ] && [ "$after" -lt 1000000 ]' "$(cat "$tmp/prune.out"), file $after bytes"
"$bin" cache clear --cache-dir "$cl" >"$tmp/clear.out" 2>&1
check "cache bound: cache clear removes the file" '! [ -e "$(dbfile "$cl")" ] && grep -q "^removed " "$tmp/clear.out"' "$(cat "$tmp/clear.out")"

# --- special files ----------------------------------------------------------------
sp=$tmp/special
mkdir -p "$sp"
cp "$small/a0000.txt" "$sp/good.txt"
mkfifo "$sp/pipe.txt"
ln -s /dev/zero "$sp/zero.txt"
for path in "$sp/pipe.txt" "$sp/zero.txt" "$sp"; do
	start=$(date +%s.%N)
	timeout 10 "$bin" report -q -f json "$sp/good.txt" "$path" >"$tmp/sp.out" 2>"$tmp/sp.err"
	rc=$?
	took=$(python3 -c "import sys,time; print(round(time.time()-float(sys.argv[1]),1))" "$start")
	check "special files: report good.txt $(basename "$path") ends at once (${took}s), exit 0, 'not a regular file'" \
		'[ $rc = 0 ] && grep -q "not a regular file" "$tmp/sp.err"' "exit $rc after ${took}s: $(head -c 200 "$tmp/sp.err")"
done

# --- overlapping roots ---------------------------------------------------------------
ov=$tmp/overlap
mkdir -p "$ov/D" "$ov/2024-01/articles" "$ov/2024-02/articles"
cp "$small/a0000.txt" "$ov/D/a.txt"
cp "$small/a0001.txt" "$ov/2024-01/articles/a.txt"
cp "$small/a0002.txt" "$ov/2024-02/articles/a.txt"
n=$("$bin" report -q -f json "$ov/D" "$ov/D/a.txt" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["articles"]))')
check "roots: report D D/a.txt analyses a.txt once" '[ "$n" = 1 ]' "$n articles"
ids=$("$bin" report -q -f json "$ov/2024-01/articles" "$ov/2024-02/articles" | python3 -c 'import json,sys; print(" ".join(a["id"] for a in json.load(sys.stdin)["articles"]))')
check "roots: two folders named articles are both analysed" '[ "$ids" = "2024-01/articles/a.txt 2024-02/articles/a.txt" ]' "ids $ids"

# --- write errors and closed pipes -------------------------------------------------------
if [ -w /dev/full ]; then
	for args in "report" "report -f markdown" "report -f json" "check --no-cache --fail-on none" "check --no-cache -f github --fail-on none" "baseline --no-cache"; do
		$bin $args -q "$small" >/dev/full 2>"$tmp/full.err"
		rc=$?
		check "write errors: $args > /dev/full is exit 2 with one error line" \
			'[ $rc = 2 ] && [ "$(wc -l <"$tmp/full.err")" = 1 ] && grep -q "no space left on device" "$tmp/full.err"' "exit $rc: $(head -c 200 "$tmp/full.err")"
	done
else
	skip "write errors" "no /dev/full"
fi
make_batch "$tmp/many" 60 8
for args in "report" "report -f json" "check --no-cache --fail-on info"; do
	$bin $args "$tmp/many" 2>"$tmp/pipe.err" | true
	rc=${PIPESTATUS[0]}
	want=0
	[ "$args" = "check --no-cache --fail-on info" ] && want=1
	check "closed pipe: $args | true (the reader gone) ends quietly with its own status ($want)" \
		'[ $rc = $want ] && ! grep -v "^info:" "$tmp/pipe.err" | grep -q .' "exit $rc: $(head -c 200 "$tmp/pipe.err")"
done

# --- interrupt during loading -----------------------------------------------------------
lots=$tmp/lots
mkdir -p "$lots"
python3 - "$lots" <<'EOF'
import os, sys
for d in range(100):
    os.makedirs(f"{sys.argv[1]}/d{d:03d}", exist_ok=True)
    for i in range(200):
        with open(f"{sys.argv[1]}/d{d:03d}/f{i:03d}.txt", "w") as f:
            f.write(f"Item {d} {i}\n\nThe council met on Tuesday and voted {i} to {d} on the ferry route.\n")
EOF
"$bin" report -q -f json "$lots" >/dev/null 2>&1 &
p=$!
sleep 1
start=$(date +%s.%N)
kill -INT "$p"
wait "$p"
rc=$?
took=$(python3 -c "import sys,time; print(round(time.time()-float(sys.argv[1]),2))" "$start")
check "interrupt: SIGINT one second into a 20,000-file run ends it in ${took}s with status 130" \
	'[ $rc = 130 ] && python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < 5 else 1)" "$took"' "exit $rc after ${took}s"

# --- long article ------------------------------------------------------------------------
python3 - "$tmp/long" "$root/testdata/demo" <<'EOF'
import glob, os, re, sys
os.makedirs(sys.argv[1])
text = " ".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob(sys.argv[2] + "/*.txt"))[:4])
words = re.sub(r"[.!?;:]", "", text).split()
out, size, i = [], 0, 0
while size < 320 * 1024:
    w = words[i % len(words)] if i % 50 else f"item{i}"
    out.append(w)
    size += len(w) + 1
    i += 1
with open(sys.argv[1] + "/one.txt", "w", encoding="utf-8") as f:
    f.write("Long article\n\n" + " ".join(out) + "\n")
EOF
start=$(date +%s.%N)
timeout 300 "$bin" report -q -f json --max-bytes 100000000 "$tmp/long" >"$tmp/long.json" 2>/dev/null
rc=$?
took=$(python3 -c "import sys,time; print(round(time.time()-float(sys.argv[1]),1))" "$start")
size=$(stat -c %s "$tmp/long.json")
check "long article: 320 KB of news text on one line without punctuation takes ${took}s, report $size bytes" \
	'[ $rc = 0 ] && [ "$size" -lt 100000000 ]' "exit $rc after ${took}s, report $size bytes"

# --- determinism and the input folder ------------------------------------------------------------
before=$(snapshot "$big")
"$bin" report -q -f json -j 1 --cache-dir "$tmp/cache-det" "$big" >"$tmp/j1.json" 2>/dev/null
"$bin" report -q -f json -j 2 "$big" >"$tmp/j2.json" 2>/dev/null
"$bin" report -q -f json -j 8 --cache-dir "$tmp/cache-det" "$big" >"$tmp/j8.json" 2>/dev/null
check "determinism: the same bytes at -j 1, 2 and 8, cached or not" 'cmp -s "$tmp/j1.json" "$tmp/j2.json" && cmp -s "$tmp/j1.json" "$tmp/j8.json"' "outputs differ"
check "input folder: never written" '[ "$(snapshot "$big")" = "$before" ]' "the folder changed"

echo
echo "$held held, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
