#!/usr/bin/env python3
"""Writes reports/, the analyst sample's folder: 6 regions × 4 report years (2022–2025), each report the
built-in one with its region renamed, its years shifted and its figures varied (Sources/rql-bench/gen_corpus.py,
seed 1), with a growing economy (its
GDP growth set per report: the seed's fell), then cut down to what the sample asks of it: the headline indicators and the targets, the section
headings and the sentences they quote (so `source` still shows each figure's sentence). Deterministic:

    python3 Samples/Analyst/make.py        # rewrites Samples/Analyst/reports/
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "..", "..", "Sources", "rql-bench", "gen_corpus.py")
OUT = os.path.join(HERE, "reports")


def realistic_growth(doc, name):
    """The seed's 地区生产总值 fell; analysts' counties mostly grow. Each report's GDP growth becomes a steady
    figure of its own (3.0%–9.9%, from its file name), in the record, its quote and the text alike."""
    for r in doc["indicators"]:
        if r["name"] != "地区生产总值" or not r.get("quote"):
            continue
        m = re.search(r"(下降|增长)([0-9.]+)%", r["quote"])
        if not m:
            continue
        h = sum(ord(c) * (i + 7) for i, c in enumerate(name))
        g = "%d.%d" % (3 + h % 7, (h // 7) % 10)
        quote = r["quote"][:m.start()] + "增长" + g + "%" + r["quote"][m.end():]
        doc["text"] = doc["text"].replace(r["quote"], quote)
        r["quote"], r["growth"] = quote, g + "%"


def shrink(doc):
    for k in ("projects", "projectTotals", "keyProjects", "named", "facts"):
        doc[k] = []
    headings = [s.get("heading") or s["title"] for s in doc["sections"]]
    quotes = [r["quote"] for r in doc["indicators"] + doc["targets"] if r.get("quote")]
    lines = []
    for i, line in enumerate(doc["text"].split("\n")):
        if i < 3:
            lines.append(line)
            continue
        sentences = re.split(r"(?<=[。;；])", line)
        kept = "".join(s for j, s in enumerate(sentences)
                       if (j == 0 and any(h in s for h in headings)) or any(q in s for q in quotes))
        if kept:
            lines.append(kept)
    doc["text"] = "\n".join(lines) + "\n"
    return doc


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, GEN, "24", "--out", tmp, "--years", "4", "--seed", "1"], check=True,
                       stdout=subprocess.DEVNULL)
        shutil.rmtree(OUT, ignore_errors=True)
        os.makedirs(OUT)
        for name in sorted(os.listdir(tmp)):
            with open(os.path.join(tmp, name), encoding="utf-8") as f:
                doc = json.load(f)
            realistic_growth(doc, name)
            doc = shrink(doc)
            with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
                f.write("\n")


if __name__ == "__main__":
    main()
