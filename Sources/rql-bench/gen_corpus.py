#!/usr/bin/env python3
"""A corpus of reports for the loading benchmark (BENCHMARKS.md, "Loading a corpus").

    Sources/rql-bench/gen_corpus.py N --out DIR [--seed S] [--years 10]

writes N `reportql/1` reports to DIR, modelled on the seed report (the built-in 泉港区 2023 report,
Sources/ReportModel/Builtin/quangang-2023.json): N / years regions (made-up county names) × `years`
report years ending in 2025. Each report is the seed with its region renamed, its years shifted (2023 → the
report year, 2024 → the plan year, and so on) and every figure with a unit (623.68亿元, 9.6%, 72个 …) scaled by a
factor of the report's own (0.5–2.0, places kept), the same way in the text, the quotes and the values, so every
quote is still found in the text. Deterministic: the same N and seed give the same bytes. Files are named
`REGION-YEAR.json` with the region as a 5-digit number, so the folder lists in region, then year, order.

The 3,000- and 30,000-report figures of BENCHMARKS.md: `gen_corpus.py 3000 --out bench-data/corpus-3000`
and `gen_corpus.py 30000 --out bench-data/corpus-30000` (about 120 KB a report: 0.36 and 3.6 GB).
"""
import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "ReportModel", "Builtin", "quangang-2023.json")

# Characters for made-up county names: two of them and a suffix give 30 × 30 × 3 = 2,700 names per letter
# pair position; a number suffix keeps names distinct beyond that.
FIRST = "安宝昌长崇大德东丰福广海和华嘉建江金景兰临龙平清庆荣瑞山顺泰"
SECOND = "城川丰河湖华江康乐林陵宁平浦泉山水顺台田兴阳源远州庄溪石岩峰"
SUFFIX = "县区市"

UNITS = ("亿元", "万元", "万千瓦时", "千瓦时", "万千瓦", "万平方米", "平方米", "万吨", "吨", "万人", "万户", "公里",
         "亩", "%", "个", "家", "次", "人", "户", "所", "张", "套", "辆", "座", "条", "项", "元")
FIGURE = re.compile(r"(?<![0-9.])([0-9]+)(?:\.([0-9]+))?(" + "|".join(re.escape(u) for u in UNITS) + ")")
YEAR = re.compile(r"(?<![0-9A-Za-z])(20[0-4][0-9])(?![0-9])")


def region_name(i):
    a = FIRST[i % len(FIRST)]
    b = SECOND[(i // len(FIRST)) % len(SECOND)]
    s = SUFFIX[(i // (len(FIRST) * len(SECOND))) % len(SUFFIX)]
    rest = i // (len(FIRST) * len(SECOND) * len(SUFFIX))
    return a + b + (str(rest) if rest else "") + s


def scaled(match, factor):
    whole, frac, unit = match.group(1), match.group(2), match.group(3)
    places = len(frac) if frac else 0
    # Exact: scale the figure's integer significand, round half up, keep its places.
    significand = int(whole + (frac or ""))
    value = (significand * factor + 500) // 1000
    text = str(value).rjust(places + 1, "0")
    if places:
        text = text[:-places] + "." + text[-places:]
    return text + unit


def make(seed_text, seed_doc, region, year, factor):
    """The seed report for `region` and `year`, figures scaled by factor / 1000."""
    shift = year - 2023
    text = seed_text.replace("泉港区", region).replace("泉港", region[:-1])
    text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = FIGURE.sub(lambda m: scaled(m, factor), text)
    doc = json.loads(text)
    # Every quote must stand in the text; a figure cut in two by a quote would break that: keep the seed's.
    body = doc.get("text", "")
    for key, value in doc.items():
        if isinstance(value, list):
            for record in value:
                if isinstance(record, dict) and record.get("quote") and record["quote"] not in body:
                    return make(seed_text, seed_doc, region, year, 1000) if factor != 1000 else None
    return doc


def plan(n, years, seed):
    """Every report to write, in order: (region number, region name, year, factor). The factors come from one
    random stream, so the plan (and every file) is the same however the writing is split up."""
    rng = random.Random(seed)
    out = []
    region = 0
    while len(out) < n:
        name = region_name(region)
        for y in range(years):
            if len(out) >= n:
                break
            out.append((region, name, 2025 - years + 1 + y, rng.randint(500, 2000)))
        region += 1
    return out


def write_some(job):
    out, items, resume = job
    with open(SEED, encoding="utf-8") as f:
        seed_doc = json.load(f)
    seed_text = json.dumps(seed_doc, ensure_ascii=False, indent=1)
    for region, name, year, factor in items:
        path = os.path.join(out, f"{region:05d}-{year}.json")
        if resume and os.path.exists(path):
            continue
        doc = make(seed_text, seed_doc, name, year, factor)
        if doc is None:
            sys.exit(f"gen_corpus: cannot make a report for {name} {year}")
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
        os.replace(path + ".tmp", path)
    return len(items)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="reports to write")
    ap.add_argument("--out", required=True, help="folder to write them to (created)")
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--years", type=int, default=10, help="report years per region, ending in 2025")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="processes writing at once")
    ap.add_argument("--resume", action="store_true", help="keep the files already there (an interrupted run)")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    items = plan(args.n, args.years, args.seed)
    k = max(1, args.jobs)
    chunks = [(args.out, items[i::k], args.resume) for i in range(k)]
    if k == 1:
        written = write_some(chunks[0])
    else:
        import multiprocessing
        with multiprocessing.Pool(k) as pool:
            written = sum(pool.map(write_some, chunks))
    regions = len({r for r, _, _, _ in items})
    print(f"gen_corpus: {written} reports, {regions} regions, in {args.out}")


if __name__ == "__main__":
    main()
