#!/usr/bin/env python3
"""The query-shape suite (BENCHMARKS.md, "Query shapes"): every shape on data in five orders, ReportQL
beside DuckDB (2 threads) in the same run, answers checked.

    Sources/rql-bench/shapes.py [--n 1e6] [--reps 5] [--orders random,asc,desc,constant,clustered]
                                [--bench .build-bench/release/rql-bench] [--data bench-data] [--out FILE.jsonl]
                                [--shapes "contains,like"]

The data is gen.py's `projects` table (../shared/bench/gen.py, generated once into --data) with a `pos`
column (the row's place in the file), in five orders of the same rows:

    random     as gen.py writes it
    asc        sorted by invest2024, ascending (ties by id)
    desc       sorted by invest2024, descending (ties by id)
    constant   as generated, but every invest2024 the same value (100.00)
    clustered  sorted by sector, then status (rows of a cluster in generated order)

Each order is written as a CSV; DuckDB loads it (sector and status as ENUM, money as DECIMAL(10,2), as in
duckdb_bench.py) and `rql-bench shapes` loads it with ReportQL's CSV loader. Both run every shape: a warm-up,
then --reps timed runs (DuckDB: perf_counter around execute().fetchall(); ReportQL: ContinuousClock around
run(), fewer runs when one takes over a second). Ties are broken by `pos` in SQL, as ReportQL keeps row
order. Answers are compared cell by cell (numbers as decimals; DuckDB's avg, a DOUBLE, to 1e-9 relative);
results of more than 1,000 rows by count and digest. Prints a Markdown table of medians and ratios.
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import time
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

# name, ReportQL, SQL, ordered (rows compared in order; else as a set)
SHAPES = [
    ("eq text", "projects where sector = 工业 count", "SELECT count(*) FROM p WHERE sector = '工业'", True),
    ("ne text", "projects where sector != 工业 sum total", "SELECT sum(total) FROM p WHERE sector <> '工业'", True),
    ("in text", "projects where sector in (工业, 农林水) count", "SELECT count(*) FROM p WHERE sector IN ('工业', '农林水')", True),
    ("lt number", "projects where invest2024 < 50亿元 count", "SELECT count(*) FROM p WHERE invest2024 < 50", True),
    ("le number", "projects where total <= 100亿元 sum invest2024", "SELECT sum(invest2024) FROM p WHERE total <= 100", True),
    ("gt number", "projects where invest2024 > 150亿元 count", "SELECT count(*) FROM p WHERE invest2024 > 150", True),
    ("ge number", "projects where total >= 199亿元 sum total", "SELECT sum(total) FROM p WHERE total >= 199", True),
    ("eq number", "projects where invest2024 = 100亿元 count", "SELECT count(*) FROM p WHERE invest2024 = 100", True),
    ("Q1 and", "projects where sector = 工业 and status = 在建 sum invest2024",
     "SELECT sum(invest2024) FROM p WHERE sector = '工业' AND status = '在建'", True),
    ("contains", "projects where name contains 99999 count", "SELECT count(*) FROM p WHERE name LIKE '%99999%'", True),
    ("like", "projects where name like '项目00%1' count", "SELECT count(*) FROM p WHERE name LIKE '项目00%1'", True),
    ("startswith", "projects where startswith(name, 项目0001) count",
     "SELECT count(*) FROM p WHERE starts_with(name, '项目0001')", True),
    ("matches", "projects where name matches '77$' count", "SELECT count(*) FROM p WHERE regexp_matches(name, '77$')", True),
    ("count", "projects count", "SELECT count(*) FROM p", True),
    ("sum avg", "projects sum total, avg invest2024", "SELECT sum(total), avg(invest2024) FROM p", True),
    ("min max", "projects min invest2024, max total", "SELECT min(invest2024), max(total) FROM p", True),
    # DuckDB's median of a DECIMAL is cut to its scale (100.435 → 100.43): asked of a DOUBLE, it is exact here.
    ("median", "projects median total", "SELECT median(total::DOUBLE) FROM p", True),
    ("count distinct", "projects count distinct invest2024", "SELECT count(DISTINCT invest2024) FROM p", True),
    ("Q2 by text", "projects by sector sum invest2024 as plan, count as n sort plan desc",
     "SELECT sector, sum(invest2024) AS plan, count(*) FROM p GROUP BY sector ORDER BY plan DESC", True),
    ("by number", "projects by invest2024 count", "SELECT invest2024, count(*) FROM p GROUP BY invest2024", False),
    ("by id (all distinct)", "projects by id count", "SELECT id, count(*) FROM p GROUP BY id", False),
    ("by name (all distinct)", "projects by name count", "SELECT name, count(*) FROM p GROUP BY name", False),
    ("by two keys", "projects by sector, status sum invest2024",
     "SELECT sector, status, sum(invest2024) FROM p GROUP BY sector, status", False),
    ("by two keys median", "projects by sector, status median total",
     "SELECT sector, status, median(total::DOUBLE) FROM p GROUP BY sector, status", False),
    ("Q3 where sort top", "projects where status = 预备 sort invest2024 desc top 10 select name, invest2024",
     "SELECT name, invest2024 FROM p WHERE status = '预备' ORDER BY invest2024 DESC, pos LIMIT 10", True),
    ("sort top asc", "projects sort total top 10 select name, total",
     "SELECT name, total FROM p ORDER BY total, pos LIMIT 10", True),
    ("sort select limit", "projects sort total desc select name, total limit 5",
     "SELECT name, total FROM p ORDER BY total DESC, pos LIMIT 5", True),
    ("sort all", "projects sort invest2024 desc select id",
     "SELECT id FROM p ORDER BY invest2024 DESC, pos", True),
    # Sorts on a text key and on several keys (composite integer keys, Engine/CompositeSort.swift).
    ("sort text", "projects sort name select id", "SELECT id FROM p ORDER BY name, pos", True),
    ("sort two keys", "projects sort sector, invest2024 desc select id",
     "SELECT id FROM p ORDER BY sector, invest2024 DESC, pos", True),
    ("sort text top", "projects sort name desc top 10 select name",
     "SELECT name FROM p ORDER BY name DESC, pos LIMIT 10", True),
    ("sort two keys top", "projects sort status, total desc top 10 select name, total",
     "SELECT name, total FROM p ORDER BY status, total DESC, pos LIMIT 10", True),
    ("arithmetic where", "projects where total * 2 > invest2024 + 300亿元 count",
     "SELECT count(*) FROM p WHERE total * 2 > invest2024 + 300", True),
    ("arithmetic select", "projects where status = 预备 select name, total - invest2024 as rest sort rest desc top 5",
     "SELECT name, total - invest2024 AS rest FROM p WHERE status = '预备' ORDER BY rest DESC, pos LIMIT 5", True),
    # Division (#17): a quotient in a condition and as a sorted column. Divided by total (never 0 in gen.py's
    # data: invest2024 is, and ReportQL reports a division by zero where DuckDB answers NULL).
    ("division where", "projects where invest2024 / total > 0.5 count",
     "SELECT count(*) FROM p WHERE invest2024 / total > 0.5", True),
    ("division select", "projects select id, invest2024 / total as r sort r desc top 10",
     "SELECT id, invest2024 / total AS r FROM p ORDER BY r DESC, pos LIMIT 10", True),
    ("sum of expression", "projects sum total - invest2024", "SELECT sum(total - invest2024) FROM p", True),
    ("scalar subquery", "projects where total > (projects avg total) count",
     "SELECT count(*) FROM p WHERE total > (SELECT avg(total) FROM p)", True),
    # A join of 10⁶ × 10⁶ rows on a key (issue #19): every row meets its one match; the sum reads both sides.
    ("join 1e6 x 1e6", "projects join projects as other on id sum other.invest2024",
     "SELECT sum(b.invest2024) FROM p a JOIN p b ON a.id = b.id", True),
    # Many matches a key (issue #19): 100 rows against 10⁶ on sector (6 values, skewed), so every row of the small
    # side meets ~2.5 × 10⁵ rows of the large one; the output, 2.5 × 10⁷ rows, is capped by the small side (a join of
    # both whole sides would be ~2 × 10¹¹ rows).
    ("join many matches", "projects where id < 100 join projects as other on sector count",
     "SELECT count(*) FROM (SELECT * FROM p WHERE id < 100) a JOIN p b ON a.sector = b.sector", True),
    # The same join summing a field of the large side (computed through the join: per-key sums, no rows built).
    ("join many matches sum", "projects where id < 100 join projects as other on sector sum other.invest2024",
     "SELECT sum(b.invest2024) FROM (SELECT * FROM p WHERE id < 100) a JOIN p b ON a.sector = b.sector", True),
    # A join then grouping: the joined rows are built, with only the columns the grouping reads.
    ("join then by", "projects join projects as other on id by other.sector sum projects.invest2024",
     "SELECT b.sector, sum(a.invest2024) FROM p a JOIN p b ON a.id = b.id GROUP BY b.sector", False),
    # Grouping by an expression: arithmetic, a rounding function, a text function.
    ("by expression", "projects by invest2024 * 2 count",
     "SELECT invest2024 * 2, count(*) FROM p GROUP BY invest2024 * 2", False),
    ("by floor", "projects by floor(total) count", "SELECT floor(total), count(*) FROM p GROUP BY floor(total)", False),
    ("by substr", "projects by substr(name, 1, 5) count",
     "SELECT substr(name, 1, 5), count(*) FROM p GROUP BY substr(name, 1, 5)", False),
]

ORDERS = ["random", "asc", "desc", "constant", "clustered"]


def money_cents(s):
    whole, _, frac = s.partition(".")
    return int(whole) * 100 + int((frac + "00")[:2]) * (1 if not whole.startswith("-") else -1)


def write_orders(base_csv, n_tag, data, orders):
    """The base rows in each order, with `pos`; paths by order (written once)."""
    paths = {o: os.path.join(data, f"shapes_{n_tag}_{o}.csv") for o in orders}
    if all(os.path.exists(p) for p in paths.values()):
        return paths
    with open(base_csv, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    col = {name: i for i, name in enumerate(header)}
    inv, ident, sector, status = col["invest2024"], col["id"], col["sector"], col["status"]
    for o, path in paths.items():
        if os.path.exists(path):
            continue
        if o == "random":
            ordered = rows
        elif o == "asc":
            ordered = sorted(rows, key=lambda r: (money_cents(r[inv]), int(r[ident])))
        elif o == "desc":
            ordered = sorted(rows, key=lambda r: (-money_cents(r[inv]), int(r[ident])))
        elif o == "constant":
            ordered = [r[:inv] + ["100.00"] + r[inv + 1:] for r in rows]
        elif o == "clustered":
            ordered = sorted(rows, key=lambda r: (r[sector], r[status]))
        else:
            sys.exit(f"unknown order {o}")
        with open(path + ".tmp", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["pos"] + header)
            for i, r in enumerate(ordered):
                w.writerow([i] + r)
        os.replace(path + ".tmp", path)
    return paths


def canonical(v):
    if v is None:
        return "∅"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, (int, Decimal)):
        s = format(v, "f")
        if "." in s:
            s = s.rstrip("0").rstrip(".")
        return "0" if s == "-0" else s
    return str(v)


def fnv(s):
    h = 0xCBF29CE484222325
    for b in s.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def answer_of(rows, ordered):
    rows = [[canonical(c) for c in r] for r in rows]
    if len(rows) > 1000:
        digest = 0
        for r in rows:
            h = fnv("\x1f".join(r))
            digest = (digest * 31 + h) & 0xFFFFFFFFFFFFFFFF if ordered else (digest + h) & 0xFFFFFFFFFFFFFFFF
        return {"rows": len(rows), "digest": format(digest, "x")}
    return rows


def same_cell(a, b):
    if a == b:
        return True
    try:
        x, y = Decimal(a), Decimal(b)
    except InvalidOperation:
        return False
    return abs(x - y) <= Decimal("1e-9") * max(Decimal(1), abs(x), abs(y))


def same(rql, duck, ordered):
    if isinstance(rql, dict) or isinstance(duck, dict):
        return rql == duck
    if len(rql) != len(duck):
        return False
    if not ordered:
        rql, duck = sorted(rql), sorted(duck)
    return all(len(a) == len(b) and all(same_cell(x, y) for x, y in zip(a, b)) for a, b in zip(rql, duck))


def run_duckdb(path, reps):
    import duckdb
    con = duckdb.connect(":memory:")
    con.execute("SET threads=2")
    con.execute(
        "CREATE TABLE raw AS SELECT * FROM read_csv(?, header=true, columns={"
        "'pos':'BIGINT','id':'BIGINT','name':'VARCHAR','sector':'VARCHAR','status':'VARCHAR',"
        "'total':'DECIMAL(10,2)','invest2024':'DECIMAL(10,2)'})", [path])
    con.execute("CREATE TYPE sector_t AS ENUM (SELECT DISTINCT sector FROM raw ORDER BY 1)")
    con.execute("CREATE TYPE status_t AS ENUM (SELECT DISTINCT status FROM raw ORDER BY 1)")
    con.execute("CREATE TABLE p AS SELECT pos, id, name, sector::sector_t AS sector, status::status_t AS status, "
                "total, invest2024 FROM raw ORDER BY pos")
    con.execute("DROP TABLE raw")
    out = {}
    for name, _, sql, ordered in SHAPES:
        rows = con.execute(sql).fetchall()
        ts = []
        for _ in range(reps):
            a = time.perf_counter()
            rows = con.execute(sql).fetchall()
            ts.append((time.perf_counter() - a) * 1000)
        out[name] = {"median_ms": statistics.median(ts), "samples_ms": ts, "answer": answer_of(rows, ordered)}
    return out


def run_reportql(bench, path, reps, data):
    qfile = os.path.join(data, "shapes_queries.tsv")
    with open(qfile, "w", encoding="utf-8") as f:
        for name, rql, _, ordered in SHAPES:
            f.write(f"{name}\t{rql}\t{'ordered' if ordered else 'set'}\n")
    proc = subprocess.run([bench, "shapes", path, qfile, "--reps", str(reps)], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"rql-bench failed: {proc.stderr}")
    out = {}
    for line in proc.stdout.splitlines():
        if line.startswith("SHAPE "):
            r = json.loads(line[6:])
            out[r["shape"]] = r
    return out


def fmt(ms):
    if ms is None:
        return "–"
    return f"{ms:.3g}" if ms < 100 else f"{ms:,.0f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", default="1e6")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--orders", default=",".join(ORDERS))
    ap.add_argument("--bench", default=os.path.join(ROOT, ".build-bench", "release", "rql-bench"))
    ap.add_argument("--data", default=os.path.join(ROOT, "bench-data"))
    ap.add_argument("--anchors", default=os.path.join(ROOT, "..", "shared", "bench"))
    ap.add_argument("--out", default=None, help="JSON lines of every measurement (default: DATA/shapes-DATE.jsonl)")
    ap.add_argument("--shapes", default=None, help="comma-separated shape names to run (default: every shape)")
    a = ap.parse_args()
    if a.shapes:
        wanted = set(a.shapes.split(","))
        SHAPES[:] = [s for s in SHAPES if s[0] in wanted]
    n = int(float(a.n))
    tag = {100000: "1e5", 1000000: "1e6", 10000000: "1e7"}.get(n, str(n))
    os.makedirs(a.data, exist_ok=True)
    base = os.path.join(a.data, f"projects_{tag}.csv")
    if not os.path.exists(base):
        subprocess.run([sys.executable, os.path.join(a.anchors, "gen.py"), str(n), "--out", a.data, "--formats", "csv"],
                       check=True)
    orders = [o for o in a.orders.split(",") if o]
    paths = write_orders(base, tag, a.data, orders)
    out_path = a.out or os.path.join(a.data, time.strftime("shapes-%Y%m%d-%H%M%S.jsonl"))
    results = {}
    with open(out_path, "w", encoding="utf-8") as log:
        for o in orders:
            print(f"== {o}: ReportQL", file=sys.stderr, flush=True)
            rql = run_reportql(a.bench, paths[o], a.reps, a.data)
            print(f"== {o}: DuckDB", file=sys.stderr, flush=True)
            duck = run_duckdb(paths[o], a.reps)
            for name, _, _, ordered in SHAPES:
                r, d = rql.get(name, {}), duck[name]
                ok = "answer" in r and same(r["answer"], d["answer"], ordered)
                results[(name, o)] = (r.get("median_ms"), d["median_ms"], ok, r.get("error"))
                log.write(json.dumps({"n": n, "order": o, "shape": name, "reportql": r, "duckdb": d, "same": ok},
                                     ensure_ascii=False) + "\n")
    print(f"N = {n:,}; medians in ms, ReportQL / DuckDB (2 threads); ✓ answers agree, ✗ they do not\n")
    print("| shape | ReportQL query | " + " | ".join(orders) + " |")
    print("|---|---|" + "---|" * len(orders))
    for name, rql, _, _ in SHAPES:
        cells = []
        for o in orders:
            r, d, ok, err = results[(name, o)]
            if r is None:
                cells.append(f"error: {err}")
                continue
            cells.append(f"{fmt(r)} / {fmt(d)} = **{r / d:.2f}×** {'✓' if ok else '✗'}" if r / d > 1.2
                         else f"{fmt(r)} / {fmt(d)} = {r / d:.2f}× {'✓' if ok else '✗'}")
        print(f"| {name} | `{rql}` | " + " | ".join(cells) + " |")
    print(f"\nmeasurements: {out_path}")


if __name__ == "__main__":
    main()
