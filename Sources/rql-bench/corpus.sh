#!/usr/bin/env bash
# Opening a corpus (BENCHMARKS.md, "Opening a corpus"), in one command:
#
#     Sources/rql-bench/corpus.sh 3000          # or 30000
#
# Generates N reports once (gen_corpus.py, into bench-data/corpus-N), builds rql in release, then times
# `rql --report DIR -c QUERY` (wall clock and peak resident memory, GNU time) with the cache empty (cold: every
# report read, the cache written), warm (the cache as it is), warm again with one report changed (read again
# and spliced in), and warm with every report touched but unchanged (each read once to compare its content).
# With BASELINE=path/to/an/older/rql it also times that binary on the same folder (no cache), for "cold first
# load no slower than before". Settings: BENCH_DATA (bench-data), BENCH_SCRATCH (.build-bench), RUNS (3),
# QUERY ('indicators where name = 地区生产总值 count'), SKIP_COLD (set: keep a cache already built).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
n=${1:?usage: corpus.sh N}
data=${BENCH_DATA:-bench-data}
scratch=${BENCH_SCRATCH:-.build-bench}
runs=${RUNS:-3}
query=${QUERY:-'indicators where name = 地区生产总值 count'}
dir="$data/corpus-$n"
cache="$data/corpus-cache-$n"

if [ ! -d "$dir" ] || [ "$(ls "$dir" | wc -l)" -lt "$n" ]; then
    echo "== generating $n reports" >&2
    python3 Sources/rql-bench/gen_corpus.py "$n" --out "$dir" >&2
fi
if [ -z "${RQL:-}" ]; then
    swift build -c release --scratch-path "$scratch" --product rql >&2
    RQL="$scratch/release/rql"
fi

json_mb=$(du -sm --apparent-size "$dir" | cut -f1)
echo "corpus: $n reports, $json_mb MB of JSON; query: $query"
echo
echo "| opening | wall (s) | peak resident (MB) | answer |"
echo "|---|---|---|---|"

measure() { # label, then the command
    local label=$1
    shift
    local out
    out=$( { /usr/bin/time -f '%e %M' "$@" > /tmp/corpus-bench-answer.$$ ; } 2>&1 | tail -1)
    echo "| $label | ${out%% *} | $(( ${out##* } / 1024 )) | $(tr '\n' ' ' < /tmp/corpus-bench-answer.$$) |"
}

if [ -n "${BASELINE:-}" ]; then
    for _ in $(seq "$runs"); do
        measure "before the cache ($BASELINE)" env -u XDG_CACHE_HOME HOME=/nonexistent "$BASELINE" --report "$dir" -c "$query"
    done
fi
for _ in $(seq "$runs"); do
    [ -n "${SKIP_COLD:-}" ] && [ -d "$cache" ] && break
    rm -rf "$cache"
    measure "cold: every report read, cache written" env XDG_CACHE_HOME="$cache" "$RQL" --report "$dir" -c "$query"
done
# Files written just before the first build are checked by content once; settle that first.
sleep 3
touch -d '1 hour ago' "$dir"/*.json
env XDG_CACHE_HOME="$cache" "$RQL" --report "$dir" -c "$query" > /dev/null
for _ in $(seq "$runs"); do
    measure "warm: from the cache" env XDG_CACHE_HOME="$cache" "$RQL" --report "$dir" -c "$query"
done
for f in "$dir"/*.json; do first=$(basename "$f"); break; done
for _ in $(seq "$runs"); do
    sed -i 's/"title": "/"title": "x/' "$dir/$first"
    touch -d '1 hour ago' "$dir/$first"
    measure "warm, one report changed" env XDG_CACHE_HOME="$cache" "$RQL" --report "$dir" -c "$query"
done
sed -i 's/"title": "x*/"title": "/' "$dir/$first"
touch -d '1 hour ago' "$dir/$first"
env XDG_CACHE_HOME="$cache" "$RQL" --report "$dir" -c "$query" > /dev/null
touch -d '30 minutes ago' "$dir"/*.json
measure "warm, every report touched (content compared once)" env XDG_CACHE_HOME="$cache" "$RQL" --report "$dir" -c "$query"
measure "warm, after that" env XDG_CACHE_HOME="$cache" "$RQL" --report "$dir" -c "$query"
rm -f /tmp/corpus-bench-answer.$$
echo
echo "cache: $(du -sm --apparent-size "$cache" | cut -f1) MB"
