#!/usr/bin/env bash
# The whole benchmark suite in one command (BENCHMARKS.md):
#
#     Sources/rql-bench/run.sh
#
# For each size it generates the data once (gen.py, with its exact answers), then runs side by side, in this
# order: ReportQL and the hand-written loop (rql-bench), DuckDB, sqlite3. Then the cold start of `rql -c Q1`
# (dynamic and --static-swift-stdlib) against `sqlite3 :memory: 'select 1'` (hyperfine, then interleaved with
# cold.py), and a summary in Markdown.
#
# Settings (environment): BENCH_SIZES ("1e5 1e6 1e7"), BENCH_REPS (10), BENCH_SQLITE_REPS (3: sqlite3 takes
# seconds a query at 1e7), BENCH_DATA (bench-data, git-ignored), BENCH_ANCHORS (../shared/bench),
# BENCH_SCRATCH (.build-bench). Needs python3 with duckdb (pip install duckdb), sqlite3 and hyperfine.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
sizes=${BENCH_SIZES:-"1e5 1e6 1e7"}
reps=${BENCH_REPS:-10}
sqlite_reps=${BENCH_SQLITE_REPS:-3}
data=${BENCH_DATA:-bench-data}
anchors=${BENCH_ANCHORS:-../shared/bench}
scratch=${BENCH_SCRATCH:-.build-bench}
q1='projects where sector = 工业 and status = 在建 sum invest2024'

echo "== building (release)" >&2
swift build -c release --scratch-path "$scratch" --product rql-bench >&2
swift build -c release --scratch-path "$scratch" --product rql >&2
swift build -c release --scratch-path "$scratch-static" --static-swift-stdlib --product rql >&2
bench="$scratch/release/rql-bench"

mkdir -p "$data"
out="$data/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
{
    echo "date: $(date -u +%FT%TZ)"
    echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo none)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
    echo "swift: $(swift --version 2>/dev/null | head -1)"
    echo "duckdb: $(python3 -c 'import duckdb; print(duckdb.__version__)' 2>/dev/null || echo missing)"
    echo "sqlite3: $(sqlite3 --version | cut -d' ' -f1)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/machine.txt"

for n in $sizes; do
    csv="$data/projects_$n.csv"
    expected="$data/expected_$n.json"
    if [ ! -f "$csv" ] || [ ! -f "$expected" ]; then
        echo "== generating $n rows" >&2
        python3 "$anchors/gen.py" "$n" --out "$data" --formats csv >&2
    fi
    load_reps=5
    [ "$n" = "1e7" ] && load_reps=3
    echo "load average before $n: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
    echo "== $n: ReportQL and the hand-written loop" >&2
    "$bench" run "$csv" "$expected" --reps "$reps" --load-reps "$load_reps" | tee -a "$out/results.jsonl" | cut -c1-160 >&2
    echo "== $n: DuckDB" >&2
    python3 "$anchors/duckdb_bench.py" "$csv" "$n" "$reps" | tee -a "$out/results.jsonl" | cut -c1-160 >&2
    echo "== $n: sqlite3" >&2
    python3 "$anchors/sqlite_bench.py" "$csv" "$n" "$sqlite_reps" | tee -a "$out/results.jsonl" | cut -c1-160 >&2
done

echo "== cold start" >&2
hyperfine -N --warmup 10 --runs 100 --export-json "$out/cold.json" \
    -n "rql -c Q1" "$scratch/release/rql -c '$q1'" \
    -n "rql -c Q1 (static stdlib)" "$scratch-static/release/rql -c '$q1'" \
    -n "sqlite3 :memory: 'select 1'" "sqlite3 :memory: 'select 1'" >&2
# The same three interleaved, a round at a time (hyperfine's runs of one command come before the next's, so a
# drift of the machine's speed within the minute falls on one of them).
python3 Sources/rql-bench/cold.py --json "$out/cold-interleaved.json" 200 "sqlite3 :memory: 'select 1'" \
    "$scratch-static/release/rql -c '$q1'" "$scratch/release/rql -c '$q1'" >&2
"$bench" builtin >> "$out/machine.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"

python3 Sources/rql-bench/summarize.py "$out" > "$out/summary.md"
cat "$out/summary.md"
echo "results in $out" >&2
