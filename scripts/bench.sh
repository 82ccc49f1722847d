#!/usr/bin/env bash
# bench.sh — throughput of the full analysis against raw prose (make bench).
#
# Runs the benchmarks in internal/pipeline/bench_test.go on a news corpus
# and prints words/s of:
#   RawProse           prose.NewDocument on each raw article, one goroutine
#   Pipeline           load + clean + extraction on NumCPU workers + merge + JSON
#   PipelineOneWorker  the same with one worker
# and the ratios Pipeline/RawProse and PipelineOneWorker/RawProse.
#
# Environment:
#   BENCH_CORPUS  corpus folder (default ../shared/data/news-throughput/bbc/politics,
#                 relative to the repository root)
#   BENCH_TIME    go test -benchtime (default 3x: three timed passes each)
#
# Then it builds the CLI and runs `report -j 2 --no-cache` once on the same
# corpus under /usr/bin/time -v, printing its wall time, CPU time and peak
# resident memory (skipped when /usr/bin/time is missing).
#
# Exits non-zero when the benchmarks cannot run or report no figures; a
# ratio below the target is printed, not treated as a failure.
set -uo pipefail

target=2.5
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) || exit 2
cd "$root" || exit 2

corpus=${BENCH_CORPUS:-../shared/data/news-throughput/bbc/politics}
case $corpus in
/*) ;;
*) corpus=$root/$corpus ;;
esac
export BENCH_CORPUS=$corpus
benchtime=${BENCH_TIME:-3x}

cpu=$(grep -m1 -E '^model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')
echo "machine: $(nproc) CPUs, ${cpu:-unknown CPU}, $(go version)"
echo "corpus:  $corpus"
if [ ! -d "$corpus" ]; then
	echo "bench: corpus folder $corpus not found (set BENCH_CORPUS)" >&2
	exit 1
fi

out=$(mktemp) || exit 2
trap 'rm -f "$out"' EXIT

cmd=(go test -run '^$' -bench 'RawProse|Pipeline' -benchtime "$benchtime" -count 1 -timeout 30m ./internal/pipeline/)
printf "command:"; printf " %q" "${cmd[@]}"; echo
echo
"${cmd[@]}" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
echo
if [ "$status" -ne 0 ]; then
	echo "bench: go test failed (exit $status)" >&2
	exit "$status"
fi

# words/s of each benchmark: the value before the "words/s" unit.
awk -v target="$target" '
/^Benchmark/ {
	name = $1
	sub(/-[0-9]+$/, "", name)
	sub(/^Benchmark/, "", name)
	for (i = 2; i < NF; i++)
		if ($(i + 1) == "words/s")
			rate[name] = $i
	for (i = 2; i < NF; i++)
		if ($(i + 1) == "words")
			words[name] = $i
}
END {
	n = split("RawProse Pipeline PipelineOneWorker", names, " ")
	for (k = 1; k <= n; k++) {
		if (!(names[k] in rate)) {
			printf "bench: no words/s figure for %s (skipped?)\n", names[k] > "/dev/stderr"
			exit 1
		}
	}
	printf "words:                       %d\n", words["RawProse"]
	printf "raw prose (1 goroutine):     %8.0f words/s\n", rate["RawProse"]
	printf "pipeline (NumCPU workers):   %8.0f words/s\n", rate["Pipeline"]
	printf "pipeline (1 worker):         %8.0f words/s\n", rate["PipelineOneWorker"]
	r = rate["Pipeline"] / rate["RawProse"]
	r1 = rate["PipelineOneWorker"] / rate["RawProse"]
	printf "ratio pipeline/raw-prose: %.2f (target >= %s)\n", r, target
	printf "ratio pipeline-one-worker/raw-prose: %.2f\n", r1
	if (r < target)
		printf "note: pipeline/raw-prose is below the target of %s\n", target
}' "$out"

# Peak memory of the CLI on the same corpus (one run, two workers).
if [ -x /usr/bin/time ]; then
	bin=$(mktemp -d) || exit 2
	trap 'rm -f "$out"; rm -rf "$bin"' EXIT
	go build -o "$bin/nec-analyse" ./cmd/nec-analyse || exit 2
	/usr/bin/time -v "$bin/nec-analyse" report -q --no-cache -f json -j 2 "$corpus" >/dev/null 2>"$bin/time" || {
		echo "bench: report failed:" >&2
		cat "$bin/time" >&2
		exit 1
	}
	awk -F': ' '
	/Elapsed \(wall clock\)/ { wall = $2 }
	/User time/ { user = $2 }
	/System time/ { sys = $2 }
	/Maximum resident set size/ { rss = $2 }
	END {
		printf "report -j 2 (CLI, once):     %s wall, %.1f s CPU, peak RSS %.0f MB\n", wall, user + sys, rss / 1024
	}' "$bin/time"
fi
