#!/usr/bin/env bash
# snapshot.sh OUTDIR [BIN]: the JSON report of every bundled corpus (seeds,
# demo, red-team and team corpora) and of every real dev cluster in
# ../shared/data/ecbplus-dev, one file each, so that a refactoring can be
# checked byte for byte: run it before and after, then diff -r the two.
# Reads the corpora in place; writes only OUTDIR.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: snapshot.sh OUTDIR [BIN]}
bin=${2:-}
if [ -z "$bin" ]; then
	bin=$(mktemp -d)/nec-analyse
	go build -o "$bin" ./cmd/nec-analyse
fi
mkdir -p "$out"
shared=$(cd .. && pwd)/shared
run() { # name dir
	"$bin" report -q --no-cache -f json "$2" >"$out/$1.json" 2>"$out/$1.stderr" || echo "exit $?" >>"$out/$1.stderr"
}
[ -d "$shared/seeds" ] && run seeds "$shared/seeds"
for d in testdata/*/; do
	n=$(basename "$d")
	case $n in golden|check|redteam|stance) continue ;; esac
	run "team-$n" "$d"
done
for d in testdata/redteam/*/; do
	n=$(basename "$d")
	[ "$n" = probes ] && continue
	run "redteam-$n" "$d"
done
if [ -d "$shared/data/ecbplus-dev/clusters" ]; then
	for d in "$shared"/data/ecbplus-dev/clusters/*/; do
		run "ecb-$(basename "$d")" "$d"
	done
fi
if [ -n "${SNAPSHOT_BBC:-}" ]; then
	run bbc-politics "$shared/data/news-throughput/bbc/politics"
fi
