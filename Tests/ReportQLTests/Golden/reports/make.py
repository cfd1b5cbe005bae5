#!/usr/bin/env python3
"""Writes the golden scripts' multi-year fixture (series.rql): 3 regions × 3 report years (2022–2024) taken
from the analyst sample's generated reports (Samples/Analyst/make.py), made awkward on purpose:

- 昌城县 has no 2023 report: a pivot by year has a missing cell there;
- 宝城县's 2024 report states its 地区生产总值 in 万元 (the others in 亿元): a pivot of values mixes units
  in one column, and a sum over the years converts them;
- each report keeps two indicators and their targets (地区生产总值, 固定资产投资) beside its text.

Deterministic:  python3 Tests/ReportQLTests/Golden/reports/make.py
"""
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "..", "..", "..", "..", "Samples", "Analyst", "reports")

REGIONS = ["00000", "00001", "00002"]      # 安城县, 宝城县, 昌城县
YEARS = ["2022", "2023", "2024"]
LEFT_OUT = {("00002", "2023")}
IN_WAN = {("00001", "2024")}


def main():
    for f in os.listdir(HERE):
        if f.endswith(".json"):
            os.remove(os.path.join(HERE, f))
    for region in REGIONS:
        for year in YEARS:
            if (region, year) in LEFT_OUT:
                continue
            name = f"{region}-{year}.json"
            with open(os.path.join(SOURCE, name), encoding="utf-8") as f:
                doc = json.load(f)
            doc["indicators"] = [r for r in doc["indicators"] if r["name"] in ("地区生产总值", "固定资产投资")]
            doc["targets"] = [r for r in doc["targets"] if r["name"] in ("地区生产总值", "固定资产投资")]
            if (region, year) in IN_WAN:
                for r in doc["indicators"]:
                    if r["name"] == "地区生产总值" and r.get("value", "").endswith("亿元"):
                        r["value"] = format((Decimal(r["value"][:-2]) * 10000).normalize(), "f") + "万元"
            with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=1)
                f.write("\n")


if __name__ == "__main__":
    main()
