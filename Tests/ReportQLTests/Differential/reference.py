"""A naive reference evaluator for ReportQL statements, for the differential test (DifferentialTests.swift).

It shares nothing with ReportQL's arithmetic: numbers are Python Fractions in the base unit of their
dimension, quotients are checked against Python's decimal module. Input on stdin (JSON): the tables
(columns of values) and the cases (a statement as a small tree, and the answer ReportQL gave). Output: one
line per disagreement, as JSON.
"""
import json
import sys
from decimal import Decimal, ROUND_HALF_EVEN, getcontext
from fractions import Fraction
from functools import cmp_to_key

getcontext().prec = 200

PLAIN = ("", 1, 1, "ratio")
PERCENT = ("%", 1, 100, "ratio")
POINTS = ("百分点", 1, 1, "points")


class Num:
    def __init__(self, base, unit, rounded=False):
        self.base = base          # Fraction, in the dimension's base unit
        self.unit = unit          # (symbol, numerator, denominator, dimension)
        self.rounded = rounded    # a quotient: checked as a correctly rounded value

    @property
    def dim(self):
        return self.unit[3]

    def in_unit(self):
        return self.base * self.unit[2] / self.unit[1]


def number(cell):
    if cell is None:
        return None
    u = (cell["u"], int(cell["num"]), int(cell["den"]), cell["dim"])
    return Num(Fraction(Decimal(cell["n"])) * u[1] / u[2], u)


def unit_of(column):
    units = {c["u"] for c in column if c is not None}
    if len(units) != 1:
        return None
    c = next(c for c in column if c is not None)
    return (c["u"], int(c["num"]), int(c["den"]), c["dim"])


class Table:
    def __init__(self, columns):
        self.columns = columns   # name -> list of values
        self.units = {}          # name -> the one unit of a number column (None when they vary)

    @property
    def count(self):
        return len(next(iter(self.columns.values()))) if self.columns else 0


def load(spec):
    cols = {}
    t = Table(cols)
    for name, c in spec["columns"].items():
        if c["kind"] == "number":
            cols[name] = [number(x) for x in c["values"]]
            t.units[name] = unit_of(c["values"])
        else:
            cols[name] = c["values"]
    return t


def static_unit(e, t):
    """The one unit of an expression's values, as the checker works it out (None: varies or unknown)."""
    if "col" in e:
        return t.units.get(e["col"])
    if "num" in e:
        return tuple(e["unit"]) if e["unit"] else PLAIN
    if "arith" in e:
        a, b = static_unit(e["l"], t), static_unit(e["r"], t)
        if a is None or b is None:
            return None
        op = e["arith"]
        if op == "-" and a[0] == "%" and b[0] == "%":
            return POINTS
        if op in "+-":
            if a[3] != b[3]:
                return None
            return a if a == b else common_unit(a, b)
        if op == "*":
            return a if b[3] == "ratio" and b[0] == "" else None
        if op == "/":
            return a if b[0] == "" else (PLAIN if a[3] == b[3] else None)
    return None


def common_unit(a, b):
    """Two units of one dimension meet in the larger when the smaller converts into it exactly."""
    big, small = (a, b) if Fraction(a[1], a[2]) >= Fraction(b[1], b[2]) else (b, a)
    f = Fraction(small[1], small[2]) / Fraction(big[1], big[2])
    d = f.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return big if d == 1 else small


def literal(e, beside, t):
    """A number literal; written without a unit beside an expression of one unit, it takes that unit."""
    v = Fraction(Decimal(e["num"]))
    if e["unit"]:
        u = tuple(e["unit"])
    else:
        u = PLAIN
        if beside is not None:
            s = static_unit(beside, t)
            if s is not None:
                u = s
    return Num(v * u[1] / u[2], u)


def ev(e, t, row, beside=None):
    if "num" in e:
        return literal(e, beside, t)
    if "text" in e:
        return e["text"]
    raise ValueError(e)


def compare(a, b):
    if isinstance(a, Num):
        return (a.base > b.base) - (a.base < b.base)
    return (a > b) - (a < b)


def sort_rows(rows, keys, value):
    # Successive stable sorts, last key first; missing last in either direction.
    for expr, desc in reversed(keys):
        vals = [value(expr, r) for r in rows]
        present = [i for i in range(len(rows)) if vals[i] is not None]
        missing = [i for i in range(len(rows)) if vals[i] is None]
        present.sort(key=cmp_to_key(lambda x, y: compare(vals[x], vals[y])))
        if desc:
            # A stable descending sort: reverse the runs of equal keys, keep each run's order.
            groups = []
            for i in present:
                if groups and compare(vals[groups[-1][0]], vals[i]) == 0:
                    groups[-1].append(i)
                else:
                    groups.append([i])
            present = [i for g in reversed(groups) for i in g]
        rows = [rows[i] for i in present + missing]
    return rows


def aggregate(fn, arg, rows, t, value):
    if fn == "count" and arg is None:
        return Num(Fraction(len(rows)), PLAIN)
    vals = [value(arg, r) for r in rows]
    vals = [v for v in vals if v is not None]
    if fn == "count":
        return Num(Fraction(len(vals)), PLAIN)
    if fn == "countd":
        # Distinct present values: numbers by their value in the base unit (1亿元 is 10000万元), texts as written.
        return Num(Fraction(len({v.base if isinstance(v, Num) else v for v in vals})), PLAIN)
    if not vals:
        return None
    if fn == "sum":
        return Num(sum((v.base for v in vals), Fraction(0)), vals[0].unit)
    if fn == "avg":
        return Num(sum((v.base for v in vals), Fraction(0)) / len(vals), vals[0].unit, True)
    if fn == "min":
        return min(vals, key=lambda v: v.base)
    if fn == "max":
        return max(vals, key=lambda v: v.base)
    if fn == "median":
        # The middle value; of an even count, the two middle values' sum divided by 2 (README "Numbers":
        # divided by the rule of ÷, so checked as a correctly rounded value).
        vals = sorted(vals, key=lambda v: v.base)
        mid = len(vals) // 2
        if len(vals) % 2 == 1:
            return vals[mid]
        return Num((vals[mid - 1].base + vals[mid].base) / 2, vals[mid].unit, True)
    raise ValueError(fn)


def run(case, tables):
    t = tables[case["table"]]
    # A frame: a list of rows, each a dict of name -> value.
    rows = [{name: col[i] for name, col in t.columns.items()} for i in range(t.count)]
    frame_t = t
    scalar = None
    for step in case["steps"]:
        view = Table({k: [r[k] for r in rows] for k in (rows[0].keys() if rows else frame_t.columns.keys())})
        view.units = frame_t.units

        kind = step["kind"]
        if kind == "where":
            rows = [r for r in rows if cond_row(step["cond"], r, view) is True]
        elif kind == "sort":
            rows = sort_rows(rows, step["keys"], lambda e, r: ev_row(e, r, view))
        elif kind == "limit":
            rows = rows[step["offset"]:step["offset"] + step["count"]]
        elif kind == "select":
            rows = [{name: ev_row(e, r, view) for name, e in step["items"]} for r in rows]
            units = {name: static_unit(e, view) for name, e in step["items"]}
            frame_t = Table({})
            frame_t.units = units
        elif kind == "agg":
            scalar = aggregate(step["fn"], step["arg"], rows, view, lambda e, r: ev_row(e, r, view))
            return ("scalar", scalar)
        elif kind == "aggs":
            rows = [{name: aggregate(fn, arg, rows, view, lambda e, r: ev_row(e, r, view))
                     for name, fn, arg in step["aggs"]}]
            frame_t = Table({})
            frame_t.units = {name: agg_unit(fn, arg, view) for name, fn, arg in step["aggs"]}
        elif kind == "by":
            keys = step["keys"]
            order, groups = [], {}
            for r in rows:
                # Numbers group by their value in the base unit; missing is a group of its own.
                k = tuple((r[n].dim, r[n].base) if isinstance(r[n], Num) else r[n] for n in keys)
                if k not in groups:
                    groups[k] = []
                    order.append(k)
                groups[k].append(r)
            out = []
            for k in order:
                first = groups[k][0]
                g = {n: first[n] for n in keys}
                for name, fn, arg in step["aggs"]:
                    g[name] = aggregate(fn, arg, groups[k], view, lambda e, r: ev_row(e, r, view))
                out.append(g)
            rows = out
            frame_t = Table({})
            frame_t.units = {name: agg_unit(fn, arg, view) for name, fn, arg in step["aggs"]}
            for n in keys:
                frame_t.units[n] = view.units.get(n)
        elif kind == "join":
            rows = join(rows, tables[step["other"]], step)
            frame_t = Table({})
            frame_t.units = {}
        elif kind == "window":
            rows = window(rows, step, lambda e, r: ev_row(e, r, view))
    return ("table", [[r[n] for n in case["columns"]] for r in rows])


def key_of(v):
    # Numbers by their value in the base unit; missing is None.
    return (v.dim, v.base) if isinstance(v, Num) else v


def join(rows, other, step):
    """A nested loop: each row with every row of the other side whose keys are all equal and present, in the
    other side's order; a left join keeps a row nothing matched, the other side's fields None."""
    right = [{name: col[i] for name, col in other.columns.items()} for i in range(other.count)]
    keys = step["keys"]
    names = step["names"]          # [[side, column, output name]]
    index = {}
    for o in right:
        if all(o[b] is not None for _, b in keys):
            index.setdefault(tuple(key_of(o[b]) for _, b in keys), []).append(o)
    out = []
    for r in rows:
        present = all(r[a] is not None for a, _ in keys)
        matched = index.get(tuple(key_of(r[a]) for a, _ in keys), []) if present else []
        for o in matched or ([None] if step["left"] else []):
            out.append({name: (r[col] if side == "l" else (o[col] if o is not None else None))
                        for side, col, name in names})
    return out


def window(rows, step, value):
    """Groups by the keys (numbers by base value, missing a group of its own), each ordered by the sort keys
    (stable, missing last), then each function walked over each group; rows stay where they were."""
    groups, order = {}, []
    for i, r in enumerate(rows):
        k = tuple(key_of(value(e, r)) for e in step["keys"])
        if k not in groups:
            groups[k] = []
            order.append(k)
        groups[k].append(i)
    out = [dict(r) for r in rows]
    okeys = step["order"]
    for k in order:
        idx = sort_rows(groups[k], okeys, lambda e, i: value(e, rows[i]))
        ovals = [[value(e, rows[i]) for e, _ in okeys] for i in idx]
        for name, fn, arg in step["calls"]:
            args = [value(arg, rows[i]) if arg is not None else None for i in idx]
            res = [None] * len(idx)
            if fn == "row_number":
                res = [Num(Fraction(j + 1), PLAIN) for j in range(len(idx))]
            elif fn in ("rank", "dense_rank"):
                rank = dense = 0
                for j in range(len(idx)):
                    if any(v is None for v in ovals[j]):
                        continue
                    if j == 0 or any(compare(a, b) != 0 for a, b in zip(ovals[j - 1], ovals[j])):
                        rank, dense = j + 1, dense + 1
                    res[j] = Num(Fraction(rank if fn == "rank" else dense), PLAIN)
            elif fn == "prev":
                res = [None] + args[:-1]
            elif fn == "next":
                res = args[1:] + [None]
            elif fn == "running sum":
                total = Fraction(0)
                for j, a in enumerate(args):
                    if a is None:
                        break
                    total += a.base
                    res[j] = Num(total, a.unit)
            elif fn == "share":
                if all(a is not None for a in args) and args:
                    total = sum((a.base for a in args), Fraction(0))
                    if total == 0:
                        raise ZeroDivisionError
                    res = [Num(a.base / total, PERCENT, True) for a in args]
            for j, i in enumerate(idx):
                out[i][name] = res[j]
    return out


def agg_unit(fn, arg, t):
    if fn in ("count", "countd"):
        return PLAIN
    return static_unit(arg, t)


def ev_row(e, r, t):
    if "col" in e:
        return r[e["col"]]
    if "arith" in e:
        a, b = ev_row(e["l"], r, t), ev_row(e["r"], r, t)
        return arith(e["arith"], a, b)
    return ev(e, t, None)


def arith(op, a, b):
    if a is None or b is None:
        return None
    return _arith(op, a, b)


def _arith(op, a, b):
    if op == "+":
        return Num(a.base + b.base, a.unit)
    if op == "-":
        if a.unit[0] == "%" and b.unit[0] == "%":
            return Num((a.base - b.base) * 100, POINTS)
        return Num(a.base - b.base, a.unit)
    if op == "*":
        return Num(a.base * b.base, a.unit)
    if b.base == 0:
        raise ZeroDivisionError
    if a.dim == b.dim:
        return Num(a.base / b.base, PLAIN, True)
    return Num(a.base / b.base, a.unit, True)


def cond_row(c, r, t):
    op = c["op"]
    if op in ("and", "or"):
        x, y = cond_row(c["a"], r, t), cond_row(c["b"], r, t)
        if op == "and":
            if x is False or y is False:
                return False
            return True if x is True and y is True else None
        if x is True or y is True:
            return True
        return False if x is False and y is False else None
    if op == "not":
        x = cond_row(c["a"], r, t)
        return None if x is None else not x
    if op == "missing":
        return (ev_row(c["x"], r, t) is None) != c["neg"]
    if op == "in":
        x = ev_row(c["x"], r, t)
        if x is None:
            return None
        hit = any(compare(x, side(i, c["x"], r, t)) == 0 for i in c["items"])
        return hit != c["neg"]
    a, b = side(c["l"], c["r"], r, t), side(c["r"], c["l"], r, t)
    if a is None or b is None:
        return None
    k = compare(a, b)
    return {"=": k == 0, "!=": k != 0, "<": k < 0, "<=": k <= 0, ">": k > 0, ">=": k >= 0}[c["cmp"]]


def side(e, other, r, t):
    if "num" in e:
        if "_value" not in e:
            e["_value"] = literal(e, other, t)
        return e["_value"]
    return ev_row(e, r, t)


def rounded_ok(actual, expected_in_unit):
    # Places as the value needs them: a column pads its values to one scale, so trailing zeros say nothing
    # about where a quotient was rounded (0.0000000000006594900 may be rounded at 18 places).
    written = actual.rstrip("0").rstrip(".") if "." in actual else actual
    places = len(written.split(".")[1]) if "." in written else 0
    a = Decimal(actual)
    for k in range(max(16, places), 39):
        q = (Decimal(expected_in_unit.numerator) / Decimal(expected_in_unit.denominator)).quantize(
            Decimal(1).scaleb(-k), rounding=ROUND_HALF_EVEN)
        if q == a:
            return True
    # Fewer places only when the integer part leaves no room for 16 (38 digits in all).
    whole = len(str(abs(int(expected_in_unit))))
    k = max(0, 38 - whole)
    if k < 16:
        q = (Decimal(expected_in_unit.numerator) / Decimal(expected_in_unit.denominator)).quantize(
            Decimal(1).scaleb(-k), rounding=ROUND_HALF_EVEN)
        return q == a
    return False


def same(expected, actual):
    if expected is None or actual is None:
        return expected is None and actual is None
    if isinstance(expected, Num):
        if "n" not in actual or actual["dim"] != expected.dim:
            return False
        n, d = int(actual["num"]), int(actual["den"])
        if expected.rounded:
            return rounded_ok(actual["n"], expected.base * d / n)
        return Fraction(Decimal(actual["n"])) * n / d == expected.base
    if isinstance(expected, bool):
        return actual.get("b") == expected
    return actual.get("t") == expected


def show(v):
    if v is None:
        return None
    if isinstance(v, Num):
        return f"{float(v.in_unit())}{v.unit[0]}{'~' if v.rounded else ''}"
    return v


def main():
    data = json.load(sys.stdin)
    tables = {name: load(spec) for name, spec in data["tables"].items()}
    bad = 0
    for case in data["cases"]:
        try:
            kind, expected = run(case, tables)
        except ZeroDivisionError:
            kind, expected = "error", None
        actual = case["actual"]
        ok = False
        if kind == "error" or "error" in actual:
            ok = kind == "error" and "error" in actual
        elif kind == "scalar":
            ok = "scalar" in actual and same(expected, actual["scalar"])
        else:
            rows = actual.get("rows")
            ok = rows is not None and len(rows) == len(expected) and all(
                len(a) == len(e) and all(same(x, y) for x, y in zip(e, a)) for e, a in zip(expected, rows))
        if not ok:
            bad += 1
            shown = [show(expected)] if kind == "scalar" else [[show(x) for x in r] for r in (expected or [])]
            print(json.dumps({"query": case["query"], "expected": shown, "actual": actual}, ensure_ascii=False))
    print(json.dumps({"checked": len(data["cases"]), "disagreements": bad}))


main()
