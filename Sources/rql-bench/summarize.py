#!/usr/bin/env python3
"""Tabulates one run of Sources/rql-bench/run.sh: medians, ratios, answers checked, targets met.

usage: summarize.py RUN_DIR   (RUN_DIR holds results.jsonl, cold.json and machine.txt; the expected answers
are read from RUN_DIR/../expected_<N>.json, as gen.py wrote them)
"""
import json
import os
import sys

run = sys.argv[1]
data = os.path.dirname(os.path.abspath(run))
TAG = {100000: "1e5", 1000000: "1e6", 10000000: "1e7"}

results, loads, mems, compiles = {}, [], [], {}
with open(os.path.join(run, "results.jsonl"), encoding="utf-8") as f:
    for line in f:
        kind, _, body = line.partition(" ")
        if not body.startswith("{"):
            continue
        r = json.loads(body)
        if kind == "RESULT":
            results[(r["system"], r["n"], r["query"])] = r
        elif kind == "LOAD":
            loads.append(r)
        elif kind == "MEM":
            mems.append(r)
        elif kind == "COMPILE":
            compiles[(r["n"], r["query"])] = r

sizes = sorted({n for (_, n, _) in results})
expected = {}
for n in sizes:
    path = os.path.join(data, f"expected_{TAG.get(n, n)}.json")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            expected[n] = json.load(f)


def anchor_ok(r):
    """Whether an anchor's answer is gen.py's exact one (None: not checkable)."""
    e = expected.get(r["n"])
    a = r.get("answer")
    if e is None or a is None:
        return None
    if r["query"] == "Q1":
        return a.get("sum") == e["q1"]["sum"]
    if r["query"] == "Q2":
        return [(g["sector"], g["sum"], g["count"]) for g in a] == [(g["sector"], g["sum"], g["count"]) for g in e["q2"]]
    if r["query"] == "Q3":
        return [g["invest2024"] for g in a] == e["q3_top10_invest"]
    return None


def med(system, n, q):
    r = results.get((system, n, q))
    return None if r is None else r["median_ms"]


def ok(system, n, q):
    r = results.get((system, n, q))
    if r is None:
        return ""
    v = r["ok"] if "ok" in r else anchor_ok(r)
    return "" if v is None else ("✓" if v else "✗ WRONG")


def ms(x):
    if x is None:
        return "–"
    return f"{x:.3f}" if x < 1 else (f"{x:.2f}" if x < 100 else f"{x:.0f}")


def ratio(a, b):
    return "–" if a is None or b is None or b == 0 else f"{a / b:.2f}×"


SYSTEMS = [
    ("reportql", "ReportQL"),
    ("reportql+compile", "ReportQL incl. compile"),
    ("swift-loop", "hand-written loop"),
    ("swift-loop-narrow", "hand loop, narrow"),
    ("duckdb-enum+decimal t=2", "DuckDB ENUM+DEC 2 thr"),
    ("duckdb-enum+decimal t=1", "DuckDB ENUM+DEC 1 thr"),
    ("sqlite-cents", "sqlite3 int cents"),
]

out = []
with open(os.path.join(run, "machine.txt"), encoding="utf-8") as f:
    out.append("```\n" + f.read().strip() + "\n```\n")

out.append("### Queries: medians (ms) and ratios\n")
for n in sizes:
    out.append(f"**N = {n:,}**\n")
    out.append("| query | " + " | ".join(label for _, label in SYSTEMS)
               + " | RQL / loop | RQL / narrow loop | RQL / DuckDB 2 | RQL / DuckDB 1 | RQL / sqlite |")
    out.append("|---" * (len(SYSTEMS) + 6) + "|")
    for q in ("Q1", "Q2", "Q3"):
        cells = [f"{ms(med(s, n, q))} {ok(s, n, q)}".strip() for s, _ in SYSTEMS]
        r = med("reportql", n, q)
        out.append(f"| {q} | " + " | ".join(cells) + f" | {ratio(r, med('swift-loop', n, q))} | "
                   f"{ratio(r, med('swift-loop-narrow', n, q))} | "
                   f"{ratio(r, med('duckdb-enum+decimal t=2', n, q))} | {ratio(r, med('duckdb-enum+decimal t=1', n, q))} | "
                   f"{ratio(r, med('sqlite-cents', n, q))} |")
    q0 = [(t, med(f"duckdb-enum+decimal t={t}", n, "Q0")) for t in (2, 1)]
    if all(v is not None for _, v in q0):
        out.append("\nDuckDB's own overhead per query through its Python API (`SELECT 42`): "
                   + ", ".join(f"{ms(v)} ms at {t} thread{'s' if t > 1 else ''}" for t, v in q0) + ".")
    out.append("")

out.append("### Compiling a query (µs, median of 15 × 200 compiles)\n")
out.append("| N | Q1 | Q2 | Q3 |")
out.append("|---|---|---|---|")
for n in sizes:
    out.append(f"| {n:,} | " + " | ".join(f"{compiles[(n, q)]['median_us']:.1f}" if (n, q) in compiles else "–"
                                      for q in ("Q1", "Q2", "Q3")) + " |")
out.append("")

cold = {}
cold_path = os.path.join(run, "cold.json")
if os.path.exists(cold_path):
    with open(cold_path, encoding="utf-8") as f:
        for r in json.load(f)["results"]:
            cold[r["command"]] = r
    out.append("### Cold start (hyperfine, ms)\n")
    out.append("| command | median | mean ± σ | × sqlite3 (median) |")
    out.append("|---|---|---|---|")
    base = cold.get("sqlite3 :memory: 'select 1'", {}).get("median")
    for name, r in cold.items():
        out.append(f"| `{name}` | {r['median'] * 1000:.2f} | {r['mean'] * 1000:.2f} ± {r['stddev'] * 1000:.2f} | "
                   f"{ratio(r['median'], base)} |")
    out.append("")
interleaved = {}
interleaved_path = os.path.join(run, "cold-interleaved.json")
if os.path.exists(interleaved_path):
    with open(interleaved_path, encoding="utf-8") as f:
        spec = json.load(f)
    out.append(f"Interleaved (`cold.py`, {spec['runs']} rounds, each command once a round in shuffled order):\n")
    out.append("| command | median ms | p25–p75 | × sqlite3 |")
    out.append("|---|---|---|---|")
    for r in spec["results"]:
        name = "sqlite3 :memory: 'select 1'" if r["command"].startswith("sqlite3") else (
            "rql -c Q1 (static stdlib)" if "-static/" in r["command"] else "rql -c Q1")
        interleaved[name] = r
        out.append(f"| `{name}` | {r['median_ms']:.2f} | {r['p25_ms']:.2f}–{r['p75_ms']:.2f} | {r['ratio']:.2f}× |")
    out.append("")

out.append("### Load (CSV bytes in memory → table)\n")
out.append("| system | N | ms | rows/s |")
out.append("|---|---|---|---|")
for r in loads:
    rows_s = r.get("rows_per_s") or (r["n"] / r["ms"] * 1000 if r.get("ms") else None)
    t = r.get("median_ms", r.get("ms"))
    out.append(f"| {r['system']} | {r['n']:,} | {t:.0f} | {rows_s / 1e6:.2f} M |")
out.append("")

out.append("### Memory (resident bytes per row after loading)\n")
out.append("| N | resident | held by the columns | narrowest exact form | resident / narrowest |")
out.append("|---|---|---|---|---|")
for m in mems:
    out.append(f"| {m['n']:,} | {m['resident_bytes_per_row']:.1f} | {m['column_bytes_per_row']:.1f} | "
               f"{m['narrowest_bytes_per_row']:.1f} | {m['resident_bytes_per_row'] / m['narrowest_bytes_per_row']:.2f}× |")
if mems:
    cols = mems[-1]["columns"]
    out.append("\nper column at N = {:,} (held / narrowest, bytes per row): ".format(mems[-1]["n"])
               + ", ".join(f"{k} {v[0]:.1f} / {v[1]:.1f}" for k, v in cols.items()))
out.append("")

# Targets at the largest size.
n = max(sizes) if sizes else None
if n:
    out.append(f"### Targets (N = {n:,})\n")
    out.append("| target | measured | met |")
    out.append("|---|---|---|")

    def row(name, measured, met):
        out.append(f"| {name} | {measured} | {'yes' if met else '**no**'} |")

    for q in ("Q1", "Q2"):
        r, d2, loop = med("reportql", n, q), med("duckdb-enum+decimal t=2", n, q), med("swift-loop", n, q)
        if None not in (r, d2):
            row(f"{q} faster than DuckDB (2 threads)", f"{ms(r)} vs {ms(d2)} ms ({ratio(r, d2)})", r < d2)
        if None not in (r, loop):
            row(f"{q} within 2× of the hand-written loop", f"{ratio(r, loop)}", r <= 2 * loop)
        narrow = med("swift-loop-narrow", n, q)
        if None not in (r, narrow):
            row(f"{q} within 2× of the hand-written loop over narrow columns", f"{ratio(r, narrow)}", r <= 2 * narrow)
    r, d2 = med("reportql", n, "Q3"), med("duckdb-enum+decimal t=2", n, "Q3")
    if None not in (r, d2):
        row("Q3 within 1.2× of DuckDB", f"{ms(r)} vs {ms(d2)} ms ({ratio(r, d2)})", r <= 1.2 * d2)
    answers = all(results[k]["ok"] for k in results if k[0].startswith("reportql") or k[0].startswith("swift-loop"))
    row("exact answers (every size, every query)", "all ✓" if answers else "some ✗", answers)
    worst = max((c["median_us"] for c in compiles.values()), default=None)
    if worst is not None:
        row("compiling a query under 50 µs", f"at most {worst:.1f} µs", worst < 50)
    base = cold.get("sqlite3 :memory: 'select 1'", {}).get("median")
    # The release build links the standard library statically (README); the dynamic build is `swift run`'s.
    # Issue 17: the release build within 2× of sqlite3's start; the dynamic build is reported, not a target.
    for name, label, bound in (("rql -c Q1 (static stdlib)", "the release build (static stdlib)", 2),
                               ("rql -c Q1", "optimised but linked dynamically (`swift build -c release` without the flag)", 3)):
        if name in cold and base:
            row(f"cold start `rql -c Q1`, {label}, ≤ {bound}× sqlite3 (hyperfine)", ratio(cold[name]["median"], base),
                cold[name]["median"] <= bound * base)
        if name in interleaved:
            row(f"cold start `rql -c Q1`, {label}, ≤ {bound}× sqlite3 (interleaved)", f"{interleaved[name]['ratio']:.2f}×",
                interleaved[name]["ratio"] <= bound)
    for r in loads:
        if r["system"] == "reportql-csv" and r["n"] == n:
            row("load ≥ 3 M CSV rows/s", f"{r['rows_per_s'] / 1e6:.2f} M rows/s", r["rows_per_s"] >= 3e6)
    for m in mems:
        if m["n"] == n:
            f = m["resident_bytes_per_row"] / m["narrowest_bytes_per_row"]
            row("memory ≤ 2× the narrowest exact form", f"{f:.2f}×", f <= 2)

print("\n".join(out))
