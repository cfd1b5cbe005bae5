#!/usr/bin/env python3
"""Cold starts side by side, interleaved (BENCHMARKS.md, "Cold start"): each round spawns every command once, in
shuffled order, so the machine's drift within a run falls on all of them alike (hyperfine runs one command's
runs, then the next's). Wall time from spawn to exit; spawn overhead is in every figure.

usage: cold.py [--json FILE] RUNS COMMAND...   (each COMMAND one shell-quoted string; the first is the baseline)
prints each command's median, quartiles and ratio to the first's median (and writes them to FILE as JSON)."""
import json
import os
import random
import shlex
import statistics
import sys
import time

args = sys.argv[1:]
json_path = None
if args[:1] == ["--json"] and len(args) > 1:
    json_path, args = args[1], args[2:]
if len(args) < 2:
    sys.exit(__doc__)
runs = int(args[0])
texts = args[1:]
commands = [shlex.split(c) for c in texts]
devnull = os.open(os.devnull, os.O_WRONLY)
times = [[] for _ in commands]
warmup = 10
for r in range(runs + warmup):
    order = list(range(len(commands)))
    random.shuffle(order)
    for i in order:
        start = time.perf_counter_ns()
        pid = os.posix_spawnp(commands[i][0], commands[i], os.environ,
                              file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
        _, status = os.waitpid(pid, 0)
        end = time.perf_counter_ns()
        if status != 0:
            sys.exit(f"{texts[i]} failed ({status})")
        if r >= warmup:
            times[i].append((end - start) / 1e6)
base = statistics.median(times[0])
results = []
for text, t in zip(texts, times):
    q = statistics.quantiles(t, n=4)
    m = statistics.median(t)
    results.append({"command": text, "median_ms": m, "p25_ms": q[0], "p75_ms": q[2], "ratio": m / base})
    print(f"{m:7.2f} ms  (p25 {q[0]:.2f}, p75 {q[2]:.2f})  {m / base:5.2f}×  {text}")
if json_path:
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump({"runs": runs, "results": results}, f)
