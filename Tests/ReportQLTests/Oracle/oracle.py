"""An outside oracle for ReportQL (OracleTests.swift): SQLite (through Python's sqlite3) with exact numbers.

It shares nothing with ReportQL or with the differential test's generator: it makes its own tables (text with
CJK, combining marks, empty strings, % and _ in the data; money in 元, 万元 and 亿元 in one column; huge and tiny
numbers in one column; missing values; rows in random, sorted, reversed and constant order, at sizes crossing
the engine's block of 2,048 rows) and its own statements, and answers each with SQL. Numbers live in SQLite as
exact fractions in the base unit of their dimension (text such as '3/2'), compared, added and aggregated by
Python functions over `fractions.Fraction`. Text follows the language's rules (README, "Text"): `=`, `in`,
grouping, `count distinct` and sorting compare bytes, as SQLite does (`é` U+00E9 and `e` + U+0301 are two texts,
each printed as written); the text predicates and `length` work on characters (a base and its combining marks,
compared canonically).

  python3 oracle.py gen SEED STATEMENTS SIZES   → JSON on stdout: {"tables": …, "cases": [{table, rql, …}]}
  python3 oracle.py compare < cases-with-answers → one line per disagreement, then {"checked", "disagreements"}
"""
import functools
import json
import random
import re
import sqlite3
import sys
import unicodedata
from decimal import Decimal, getcontext
from fractions import Fraction

getcontext().prec = 200

UNITS = {  # symbol -> (factor to the base unit, dimension)
    "": (Fraction(1), "ratio"), "%": (Fraction(1, 100), "ratio"), "百分点": (Fraction(1), "points"),
    "元": (Fraction(1), "money"), "万元": (Fraction(10000), "money"), "亿元": (Fraction(100000000), "money"),
}

TEXTS = ["alpha", "beta", "", "中文", "中文项目", "项目", "泉港区", "50%", "a_b", "a%b", "%", "_", "ab", "AB", "a",
         "e\u0301x", "\u00e9x", "e", "x\u0301", "\u00e9", "天辰%项目", "工业", "工业园", "园", "Ω"]
PATTERNS = ["a", "e", "é", "e\u0301", "x", "中", "项目", "%", "_", "", "b", "工业", "园", "ab", "α", "x\u0301", "天辰"]
LIKES = ["%", "_", "__", "a%", "%b", "a_b", "%项目", "中%", "_x", "%x", "e%", "é%", "%%", "a%b", "工业_", "_中%", "", "%_%"]
# '^.x$' reads scalars: 'éx' (U+00E9) matches, 'e' + U+0301 + 'x' does not, whichever came first in the column.
REGEXES = ["^a", "b$", "项目", "^$", "[中工]", "a.b", "\\d", "%", "^(a|工)", "x", "业园?$", "^.x$"]
KEYS2 = ["东", "西", "南", "北"]


# --- characters as the language sees them --------------------------------------------------------------------

def chars(s):
    """Characters: a base and the combining marks after it, each in NFC (canonical equivalence)."""
    return [unicodedata.normalize("NFC", c) for c in raw_chars(s)]


def t_eq(a, b):
    """`=`: the same bytes (Python compares code points, which is the same)."""
    return a == b


def t_contains(a, b):
    x, y = chars(a), chars(b)
    return any(x[i:i + len(y)] == y for i in range(len(x) - len(y) + 1))


def t_like(a, p):
    x, pat = chars(a), chars(p)

    def m(i, j):
        while j < len(pat):
            if pat[j] == "%":
                return any(m(k, j + 1) for k in range(i, len(x) + 1))
            if i >= len(x) or (pat[j] != "_" and pat[j] != x[i]):
                return False
            i, j = i + 1, j + 1
        return i == len(x)
    return m(0, 0)


def t_key(s):
    """Sort order: code points, which is UTF-8 byte order."""
    return [ord(c) for c in s]


# --- numbers ---------------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1 << 20)
def base(value, unit):
    return Fraction(value) * UNITS[unit][0]


class Overflow(Exception):
    pass


LAST_ERROR = [None]


def fits128(m):
    return abs(m) <= 2 ** 127 - 1


def round_half_even(e, places):
    """The integer significand of `e` rounded half to even at `places` places."""
    return round(e * 10 ** places)


def quotient(e, wanted):
    """The exact quotient `e` as ReportQL keeps it (README "Numbers"): `wanted` places (max(16, places of either
    operand), at most 38) rounded half to even, fewer only when the integer part leaves fewer of 38 digits."""
    wanted = min(wanted, 38)
    m = round_half_even(e, wanted)
    places = wanted
    if not fits128(m):
        whole = abs(e.numerator) // e.denominator
        if not fits128(whole):
            raise Overflow()
        places = max(0, min(wanted, 38 - len(str(whole)) if whole else 38))
        m = round_half_even(e, places)
        if not fits128(m) and places > 0:
            places -= 1
            m = round_half_even(e, places)
        if not fits128(m):
            raise Overflow()
    return Fraction(m, 10 ** places)


def places_of(f):
    """Decimal places of an exact decimal (a Fraction whose denominator divides a power of ten)."""
    # a denominator 2^x 5^y takes max(x, y) places
    return max(_power(f.denominator, 2), _power(f.denominator, 5))


def _power(n, k):
    p = 0
    while n % k == 0:
        n //= k
        p += 1
    return p


def quotient_udf(a, b, fa, fb, factor):
    """a ÷ b (base-unit fractions; fa and fb the factors of their units) kept at max(16, places of either
    operand as written in its unit) in the unit of `factor`; raises on a zero divisor (ReportQL's run error)
    and past 38 digits."""
    if a is None or b is None:
        return None
    a, b, f = F(a), F(b), Fraction(factor)
    wanted = max(16, places_of(a / Fraction(fa)), places_of(b / Fraction(fb)))
    if b == 0:
        LAST_ERROR[0] = "division by zero"
        raise ZeroDivisionError()
    try:
        return str(quotient(a / b / f, wanted) * f)
    except Overflow:
        LAST_ERROR[0] = "too large"
        raise


def raw_chars(s):
    """Characters (a base and its combining marks) as written, for substr."""
    out = []
    for ch in s:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


SHIFT = {"": 0, "%": -2, "百分点": 0, "元": 0, "万元": 4, "亿元": 8}


@functools.lru_cache(maxsize=1 << 20)
def base_text(value, unit):
    """The value in the base unit of its dimension as canonical decimal text (one spelling a value: SQLite
    groups, joins and counts distinct values by it), read by the functions below as an exact Fraction."""
    d = Decimal(value).scaleb(SHIFT[unit])
    return "0" if d == 0 else format(d.normalize(), "f")


def frac(s):
    return None if s is None else Fraction(s)


def fstr(f):
    return None if f is None else str(f)


@functools.lru_cache(maxsize=1 << 20)
def F(s):
    return Fraction(s)


def sql_connection(tables):
    db = sqlite3.connect(":memory:")

    def wrap(fn):
        def g(*args):
            if any(a is None for a in args):
                return None
            return fn(*args)
        return g
    db.create_function("tcontains", 2, wrap(lambda a, b: int(t_contains(a, b))), deterministic=True)
    db.create_function("tlike", 2, wrap(lambda a, b: int(t_like(a, b))), deterministic=True)
    db.create_function("tstarts", 2, wrap(lambda a, b: int(chars(a)[:len(chars(b))] == chars(b))), deterministic=True)
    db.create_function("tends", 2, wrap(lambda a, b: int(len(chars(b)) == 0 or chars(a)[-len(chars(b)):] == chars(b))),
                       deterministic=True)
    db.create_function("tmatch", 2, wrap(lambda a, b: int(re.search(b, a) is not None)), deterministic=True)
    db.create_function("teq", 2, wrap(lambda a, b: int(t_eq(a, b))), deterministic=True)
    db.create_function("tlen", 1, wrap(lambda a: len(chars(a))), deterministic=True)
    db.create_function("tnfc", 1, wrap(lambda a: unicodedata.normalize("NFC", a)), deterministic=True)
    db.create_function("dcmp", 2, wrap(lambda a, b: (F(a) > F(b)) - (F(a) < F(b))),
                       deterministic=True)
    db.create_function("dadd", 2, wrap(lambda a, b: str(F(a) + F(b))), deterministic=True)
    db.create_function("dsub", 2, wrap(lambda a, b: str(F(a) - F(b))), deterministic=True)
    db.create_function("dmul", 2, wrap(lambda a, b: str(F(a) * F(b))), deterministic=True)

    db.create_function("ddiv", 5, quotient_udf, deterministic=True)
    db.create_function("dfloor", 2, wrap(lambda a, f: str(F(a) // Fraction(f) * Fraction(f))),
                       deterministic=True)
    db.create_function("tsubstr", 3, wrap(lambda s, i, n: "".join(raw_chars(s)[max(0, i - 1):max(0, i - 1 + n)])),
                       deterministic=True)

    class Agg:
        def __init__(self):
            self.v = []

        def step(self, x):
            if x is not None:
                self.v.append(F(x))

    class DSum(Agg):
        def finalize(self):
            return str(sum(self.v, Fraction(0))) if self.v else None

    class DAvg(Agg):
        def finalize(self):
            return str(sum(self.v, Fraction(0)) / len(self.v)) if self.v else None

    class DMin(Agg):
        def finalize(self):
            return str(min(self.v)) if self.v else None

    class DMax(Agg):
        def finalize(self):
            return str(max(self.v)) if self.v else None

    class DMedian(Agg):
        def finalize(self):
            if not self.v:
                return None
            v = sorted(self.v)
            m = len(v) // 2
            return str(v[m] if len(v) % 2 else (v[m - 1] + v[m]) / 2)

    class DAvgRounded:
        """avg rounded as a quotient: at `wanted` places in the unit of factor `f` (a scalar subquery)."""
        def __init__(self):
            self.v, self.w, self.f = [], 16, "1"

        def step(self, x, w, f):
            self.w, self.f = w, f
            if x is not None:
                self.v.append(Fraction(x))

        def finalize(self):
            if not self.v:
                return None
            f = Fraction(self.f)
            return str(quotient(sum(self.v, Fraction(0)) / len(self.v) / f, self.w) * f)

    for name, cls in [("dsum", DSum), ("davg", DAvg), ("dmin", DMin), ("dmax", DMax), ("dmedian", DMedian)]:
        db.create_aggregate(name, 1, cls)
    db.create_aggregate("davgr", 3, DAvgRounded)
    for name, spec in tables.items():
        cols = list(spec["columns"])
        db.execute(f"create table {name} (rid integer, " + ", ".join(f"{c} text" for c in cols) + ")")
        n = spec["count"]
        rows = []
        for i in range(n):
            row = [i]
            for c in cols:
                col = spec["columns"][c]
                v = col["values"][i]
                if col["kind"] == "number":
                    row.append(None if v is None else base_text(v[0], v[1]))
                else:
                    row.append(v)
            rows.append(row)
        db.executemany(f"insert into {name} values ({', '.join('?' * (len(cols) + 1))})", rows)
    return db


# --- tables ------------------------------------------------------------------------------------------------------

def decimal_text(rng, kind):
    if kind == "money":
        places = rng.choice([0, 0, 1, 2, 4])
        v = Decimal(rng.randint(-200, 90000)) / (Decimal(10) ** places)
    elif kind == "big":
        r = rng.random()
        if r < 0.3:
            v = Decimal(rng.randint(1, 10 ** 6)) * Decimal(10) ** rng.randint(20, 30)
        elif r < 0.55:
            v = Decimal(rng.randint(1, 999)) / Decimal(10) ** rng.randint(10, 30)
        elif r < 0.7:
            v = Decimal(rng.choice([1, -1]) * rng.randint(10 ** 36, 10 ** 38 - 1))
        else:
            v = Decimal(rng.randint(-1000, 1000))
    elif kind == "percent":
        v = Decimal(rng.randint(-50, 300)) / 10
    else:
        v = Decimal(rng.randint(0, 5))
    s = format(v, "f")
    return s


def make_table(rng, n, order, extra=False):
    cols = {"id": [], "k": [], "k2": [], "g": [], "amt": [], "amt2": [], "big": [], "r": []}
    for i in range(n):
        cols["id"].append([str(i + 1), ""])
        cols["k"].append(None if rng.random() < 0.1 else rng.choice(TEXTS))
        cols["k2"].append(None if rng.random() < 0.1 else rng.choice(KEYS2))
        cols["g"].append(None if rng.random() < 0.1 else [decimal_text(rng, "small"), ""])
        cols["amt"].append(None if rng.random() < 0.12 else [decimal_text(rng, "money"), rng.choice(["元", "万元", "亿元"])])
        cols["amt2"].append([decimal_text(rng, "money"), "万元"])
        cols["big"].append(None if rng.random() < 0.1 else [decimal_text(rng, "big"), ""])
        cols["r"].append(None if rng.random() < 0.1 else [decimal_text(rng, "percent"), "%"])
    if extra:
        add_extra_columns(random.Random(rng.random()), cols, n)
    if order == "constant" and n:
        for c in cols:
            if c != "id":
                cols[c] = [cols[c][0]] * n
    elif order == "clustered" and n:
        # Runs of equal keys: rows sorted by a small-dictionary key, each run in generated order.
        key = rng.choice(["k2", "g", "k"])
        idx = sorted(range(n), key=lambda i: (cols[key][i] is None, str(cols[key][i])))
        for c in cols:
            if c != "id":
                cols[c] = [cols[c][i] for i in idx]
    elif order in ("sorted", "reversed") and n:
        key = rng.choice(["amt", "k", "g", "big"] + (["w", "h", "name"] if extra else []))

        def sk(i):
            v = cols[key][i]
            if v is None:
                return (1, 0)
            return (0, base(v[0], v[1]) if isinstance(v, list) else t_key(v))
        idx = sorted(range(n), key=sk, reverse=(order == "reversed"))
        for c in cols:
            if c != "id":
                cols[c] = [cols[c][i] for i in idx]
    kinds = {"k": "text", "k2": "text", "name": "text"}
    units = {"id": "", "g": "", "amt": "亿元", "amt2": "万元", "big": "", "r": "%", "w": "", "h": "", "z": ""}
    return {"count": n, "columns": {c: {"kind": kinds.get(c, "number"), "unit": units.get(c), "values": v}
                                    for c, v in cols.items()}}


# Where the columnar engine changes how it works (Sources/ReportQL/Run/Engine): the narrow storage's widths
# (8, 16, 32, 64 bits, or each value at its own scale past 64), dense grouping while a key spans fewer than
# max(2n, 65,536) values, hash grouping past that.
W_MODES = {
    "i8": [-128, 127, 0, -1, 1],
    "i16": [-32768, 32767, 128, -129],
    "i32": [-2 ** 31, 2 ** 31 - 1, 32768, -32769],
    "i64": [-2 ** 63 + 1, 2 ** 63 - 1, 2 ** 31, -2 ** 31 - 1, 2 ** 62],
    "wide": [2 ** 63, -2 ** 63 - 1, 10 ** 37, -(10 ** 38 - 1), 2 ** 63 - 1],
}


def add_extra_columns(rng, cols, n):
    """The fast-path columns: `name` (many texts sharing prefixes: CJK, ASCII and combining marks, empty),
    `w` (integers at one storage width or past 64 bits, spanning a small or a large range), `h` (halves:
    exact .5 ties for floor, avg, median and quotients; now and then a value with more than 16 places), `z`
    (a divisor: zeros, negatives, missing)."""
    wmode = rng.choice(list(W_MODES))
    span = rng.choice([50, 5000, 10 ** 6, 10 ** 12])
    limit = {"i8": 120, "i16": 30000, "i32": 2 ** 31 - 1, "i64": 2 ** 62, "wide": 2 ** 62}[wmode]
    span = min(span, limit)
    hplaces = rng.choice([1, 1, 2, 17])
    for c in ("name", "w", "h", "z"):
        cols[c] = []
    prefixes = ["项目", "项目0", "e\u0301项", "\u00e9项", "ab", "AB", "天辰%", ""]
    for i in range(n):
        x = rng.random()
        if x < 0.06:
            cols["name"].append(None)
        elif x < 0.1:
            cols["name"].append(rng.choice(["", "项", "e\u0301", "\u00e9"]))
        else:
            cols["name"].append(rng.choice(prefixes) + format(rng.randint(0, max(1, n // 3)), "05d"))
        if rng.random() < 0.05:
            cols["w"].append(None)
        elif rng.random() < 0.02:
            cols["w"].append([str(rng.choice(W_MODES[wmode])), ""])
        else:
            cols["w"].append([str(rng.randint(-span, span)), ""])
        if rng.random() < 0.05:
            cols["h"].append(None)
        elif hplaces == 17 and rng.random() < 0.01:
            # 17 places, still narrow (|h| ≤ 20 × 10^17 < 2^63): a quotient of h keeps 17 places
            cols["h"].append([rng.choice(["0.00000000000000001", "-1.00000000000000005", "2.5"]), ""])
        else:
            v = Decimal(rng.randint(-40, 40)) / 2
            if hplaces == 2 and rng.random() < 0.3:
                v = Decimal(rng.randint(-4000, 4000)) / 100
            cols["h"].append([format(v, "f"), ""])
        cols["z"].append(None if rng.random() < 0.05 else [str(rng.randint(-3, 3)), ""])


# --- statements --------------------------------------------------------------------------------------------------

def q(s):
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


class Gen:
    def __init__(self, rng, table, spec):
        self.rng, self.t, self.spec = rng, table, spec

    def sample(self, col):
        cache = self.__dict__.setdefault("_present", {})
        if col not in cache:
            cache[col] = [v for v in self.spec["columns"][col]["values"] if v is not None]
        vals = cache[col]
        return self.rng.choice(vals) if vals else None

    def text_cond(self):
        r = self.rng
        col = r.choice(["k", "k", "k2"])
        # concat reads a missing value as empty text
        e, esql = (col, col) if r.random() < 0.75 else (f"concat({col}, '')", f"coalesce({col}, '')")
        kind = r.choice(["=", "!=", "contains", "like", "startswith", "endswith", "matches", "in", "missing", "length"])
        pool = TEXTS if col == "k" else KEYS2 + ["东西", ""]
        if kind in ("=", "!="):
            lit = r.choice(pool + PATTERNS)
            sql = f"teq({esql}, {sqlq(lit)})"
            return f"{e} {kind} {q(lit)}", (sql if kind == "=" else f"(1 - {sql})")
        if kind == "contains":
            lit = r.choice(PATTERNS + pool)
            return f"{e} contains {q(lit)}", f"tcontains({esql}, {sqlq(lit)})"
        if kind == "like":
            lit = r.choice(LIKES + pool)
            return f"{e} like {q(lit)}", f"tlike({esql}, {sqlq(lit)})"
        if kind in ("startswith", "endswith"):
            lit = r.choice(PATTERNS + pool)
            return f"{kind}({e}, {q(lit)})", f"t{kind[:-4] if kind == 'startswith' else 'ends'}({esql}, {sqlq(lit)})".replace(
                "tstarts(", "tstarts(").replace("tstartswith", "tstarts")
        if kind == "matches":
            lit = r.choice(REGEXES)
            return f"{e} matches {q(lit)}", f"tmatch({esql}, {sqlq(lit)})"
        if kind == "in":
            items = r.sample(pool, r.randint(1, 3))
            return (f"{e} in ({', '.join(q(i) for i in items)})",
                    "(" + " or ".join(f"teq({esql}, {sqlq(i)})" for i in items) + ")" if True else "")
        if kind == "length":
            n = r.randint(0, 3)
            return f"length({e}) = {n}", f"(tlen({esql}) = {n})"
        neg = r.random() < 0.4
        return f"{e} is {'not ' if neg else ''}missing", f"({esql} is {'not ' if neg else ''}null)"

    def num_cond(self):
        r = self.rng
        col = r.choice(["amt", "amt", "big", "r", "g", "amt2"])
        op = r.choice(["=", "!=", "<", "<=", ">", ">="])
        s = self.sample(col)
        if col == "amt" or col == "amt2":
            if s is None or r.random() < 0.3:
                s = [r.choice(["0", "1", "2.5", "30000", "1.5", "-3"]), "亿元"]
            unit = r.choice(["元", "万元", "亿元", s[1]])
            # the same value, written in another unit where that is exact
            b = base(s[0], s[1]) / UNITS[unit][0]
            if b.denominator not in (1, 2, 4, 5, 8, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000) and \
                    Fraction(Decimal(format(Decimal(b.numerator) / Decimal(b.denominator), "f"))) != b:
                unit = s[1]
                b = base(s[0], s[1]) / UNITS[unit][0]
            lit = format(Decimal(b.numerator) / Decimal(b.denominator), "f")
            e = col if r.random() < 0.6 else r.choice([f"{col} + amt2", f"{col} * 2", f"{col} - {col}"])
            rhs = base(lit, unit)
            lhs = {col: col, f"{col} + amt2": f"dadd({col}, amt2)", f"{col} * 2": f"dmul({col}, '2')",
                   f"{col} - {col}": f"dsub({col}, {col})"}[e]
            return f"{e} {op} {lit}{unit}", f"(dcmp({lhs}, {sqlq(str(rhs))}) {sqlop(op)} 0)"
        if s is None:
            s = ["1", UNITS_OF[col]]
        lit = s[0]
        e = col if r.random() < 0.7 else f"{col} * 3"
        lhs = col if e == col else f"dmul({col}, '3')"
        rhs = base(lit, s[1])
        return f"{e} {op} {lit}{'%' if col == 'r' and r.random() < 0.5 else ''}", f"(dcmp({lhs}, {sqlq(str(rhs))}) {sqlop(op)} 0)"

    def cond(self, depth=0):
        r = self.rng
        x = r.random()
        if depth < 2 and x < 0.2:
            a, b = self.cond(depth + 1), self.cond(depth + 1)
            op = r.choice(["and", "or"])
            return f"({a[0]}) {op} ({b[0]})", f"({a[1]} {op} {b[1]})"
        if depth < 2 and x < 0.27:
            a = self.cond(depth + 1)
            return f"not ({a[0]})", f"(not {a[1]})"
        return self.text_cond() if r.random() < 0.55 else self.num_cond()

    def agg(self):
        r = self.rng
        fn = r.choice(["count", "sum", "avg", "min", "max", "median", "countd", "countd", "sum", "median"])
        if fn == "count":
            return "count", "count(*)", "count"
        col = r.choice(["amt", "big", "r", "amt2", "g"] + (["k", "k2"] if fn in ("countd", "min", "max") else []))
        arg, argsql = col, col
        if col in ("amt", "amt2") and r.random() < 0.3:
            arg, argsql = "amt + amt2", "dadd(amt, amt2)"
        if fn == "countd":
            if col in ("k", "k2"):
                return f"count distinct {arg}", f"count(distinct {argsql})", "count"
            return f"count distinct {arg}", f"count(distinct {argsql})", "count"
        if col in ("k", "k2"):
            return f"{fn} {arg}", None, fn
        return f"{fn} {arg}", f"d{fn}({argsql})", fn

    def aggregates(self, keys, sorted_share, top):
        """One to three aggregates `a0…` of a grouping, then, `sorted_share` of the time, `sort aJ top N`:
        (aggregates as (text, SQL, function)), the tail, the post-processing of the SQL rows."""
        r = self.rng
        aggs = []
        for i in range(r.randint(1, 3)):
            a, asql, fn = self.agg()
            if asql is None:
                a, asql, fn = "count", "count(*)", "count"
            aggs.append((a + f" as a{i}", asql, fn))
        tail, post = "", None
        if r.random() < sorted_share:
            j = r.randrange(len(aggs))
            desc = r.random() < 0.5
            n = top()
            tail = f" sort a{j}{' desc' if desc else ''} top {n}"
            post = {"sort": [[keys + j, desc]], "limit": [0, n]}
        return aggs, tail, post

    def statement(self):
        r = self.rng
        t = self.t
        where, wsql = ("", "1")
        if r.random() < 0.8:
            c = self.cond()
            where, wsql = f" where {c[0]}", c[1]
        form = r.choice(["scalar", "group", "group", "rows", "rows", "rows"])
        if form == "scalar":
            a, asql, fn = self.agg()
            if asql is None:
                a, asql, fn = "count", "count(*)", "count"
            return {"rql": f"{t}{where} {a}", "sql": f"select {asql} from {t} where {wsql}", "kind": "scalar", "fn": fn}
        if form == "group":
            keys = r.choice([["k"], ["k2"], ["g"], ["k2", "g"], ["amt"], ["g * 2"], ["k", "k2"], ["big"]])
            ksql = [{"g * 2": "dmul(g, '2')"}.get(k, k) for k in keys]
            aggs, tail, post = self.aggregates(len(keys), 0.4, lambda: r.randint(0, 5))
            sql = (f"select {', '.join(ksql)}, {', '.join(a[1] for a in aggs)} from {t} where {wsql} "
                   f"group by {', '.join(ksql)} order by min(rid)")
            by = ", ".join(keys)
            return {"rql": f"{t}{where} by {by} {', '.join(a[0] for a in aggs)}{tail}", "sql": sql, "kind": "rows",
                    "fns": [None] * len(keys) + [a[2] for a in aggs], "post": post, "textkeys": [k in ("k", "k2") for k in keys]}
        # rows: optional sort, select, then top/limit/offset
        exprs = [("id", "id"), ("k", "k"), ("amt", "amt"), ("big", "big"), ("r", "r"), ("g", "g"), ("k2", "k2"),
                 ("amt + amt2", "dadd(amt, amt2)"), ("big * 2", "dmul(big, '2')"), ("amt * 1.5", "dmul(amt, '3/2')"),
                 ("r - r", "dsub(r, r)"), ("big + big", "dadd(big, big)")]
        items = r.sample(exprs, r.randint(1, 4))
        if ("id", "id") not in items and r.random() < 0.5:
            items.insert(0, ("id", "id"))
        sel = ", ".join(f"{e} as c{i}" for i, (e, _) in enumerate(items))
        sql = f"select {', '.join(s for _, s in items)} from {t} where {wsql} order by rid"
        post = {}
        text = f"{t}{where}"
        if r.random() < 0.6:
            nk = r.randint(1, 2)
            idx = r.sample(range(len(items)), min(nk, len(items)))
            post["sort"] = [[i, r.random() < 0.5] for i in idx]
            sel_then_sort = r.random() < 0.5
            sort_text = ", ".join(f"c{i}{' desc' if d else ''}" for i, d in post["sort"])
            if sel_then_sort:
                text += f" select {sel} sort {sort_text}"
            else:
                sort_text = ", ".join(f"{items[i][0]}{' desc' if d else ''}" for i, d in post["sort"])
                text += f" sort {sort_text} select {sel}"
        else:
            text += f" select {sel}"
        x = r.random()
        if x < 0.3:
            n = r.choice([0, 1, 3, 10, 2047, 2048, 2049])
            text += f" top {n}"
            post["limit"] = [0, n]
        elif x < 0.6:
            n, m = r.choice([0, 1, 5, 2048]), r.choice([0, 1, 2047, 2048, 2050, 7000])
            text += f" limit {n} offset {m}"
            post["limit"] = [m, n]
        return {"rql": text, "sql": sql, "kind": "rows", "fns": [None] * len(items), "post": post,
                "textcols": [i for i, (e, _) in enumerate(items) if e in ("k", "k2")]}


UNITS_OF = {"big": "", "r": "%", "g": "", "amt2": "万元", "w": "", "h": "", "z": ""}


class ShapeGen(Gen):
    """Statements from the query shapes of Sources/rql-bench/shapes.py, each a template (columns, constants,
    operators, k, direction and aggregates vary), and combinations of them: where + by + sort + top, a join
    then an aggregate or a grouping, grouping by an expression (arithmetic, floor, substr), count distinct,
    median, division in where and in select, a scalar subquery. Over the fast-path columns (`add_extra_columns`)."""

    def places(self, col):
        """The column's scale: the most places of any value (the narrow storage keeps every value at it)."""
        cache = self.__dict__.setdefault("_places", {})
        if col not in cache:
            cache[col] = self._places_of(col)
        return cache[col]

    def _places_of(self, col):
        return max([len(v[0].split(".")[1]) if "." in v[0] else 0
                    for v in self.spec["columns"][col]["values"] if v is not None] or [0])

    def wanted(self, *cols):
        return max([16] + [self.places(c) for c in cols])

    def lit(self, col):
        s = self.sample(col)
        return s[0] if s is not None else "0"

    def agg(self):
        r = self.rng
        if r.random() < 0.5:
            return Gen.agg(self)
        fn = r.choice(["sum", "avg", "min", "max", "median", "countd", "countd", "median"])
        col = r.choice(["w", "h", "z", "w", "h"] + (["name"] if fn == "countd" else []))
        if fn == "countd":
            return f"count distinct {col}", f"count(distinct {col})", "count"
        return f"{fn} {col}", f"d{fn}({col})", fn

    def division(self):
        """A quotient, its SQL (ddiv) and whether its divisor may be zero."""
        r = self.rng
        a, b = r.choice([("h", "z"), ("w", "z"), ("amt", "amt2"), ("h", "g"), ("amt2", None), ("h", None),
                         ("w", None), ("r", None), ("big", None), ("g", "h")])
        fa = sqlq(str(UNITS[UNITS_OF.get(a, "亿元")][0]))
        if b is None:
            # a quotient in a's unit (`10% ÷ 2` is 5%)
            k = r.choice(["3", "7", "0.3", "2", "-6", "0.0000007", "30000000000000000000"])
            return f"{a} / {k}", f"ddiv({a}, {sqlq(str(Fraction(Decimal(k))))}, {fa}, '1', {fa})"
        fb = sqlq(str(UNITS[UNITS_OF.get(b, "亿元")][0]))
        # amt's unit varies by row: its places are those of 元 (4 at most in 亿元: never past 16)
        return f"{a} / {b}", f"ddiv({a}, {b}, {fa if a != 'amt' else 1}, {fb}, '1')"

    def statement(self):
        r = self.rng
        t = self.t
        big = self.spec["count"] > 10000
        # a large table's statements answer few rows (the oracle reads every row it is given, in Python)
        form = r.choice(["group", "group", "division", "division", "join", "subquery", "scalar", "topk"]
                        + ([] if big else ["rows"]))
        where, wsql = "", "1"
        if r.random() < 0.6:
            c = self.cond()
            where, wsql = f" where {c[0]}", c[1]
        if form == "scalar":
            e, esql = r.choice([("amt - amt2", "dsub(amt, amt2)"), ("h * 2", "dmul(h, '2')"), ("w + w", "dadd(w, w)"),
                                ("w * h", "dmul(w, h)"), ("big - h", "dsub(big, h)")])
            fn = r.choice(["sum", "min", "max", "countd", "median"])
            a = f"count distinct {e}" if fn == "countd" else f"{fn} {e}"
            asql = f"count(distinct {esql})" if fn == "countd" else f"d{fn}({esql})"
            return {"rql": f"{t}{where} {a}", "sql": f"select {asql} from {t} where {wsql}", "kind": "scalar",
                    "fn": "count" if fn == "countd" else fn}
        if form == "group":
            keys = r.choice([["w"], ["h"], ["name"], ["k2", "w"], ["name", "k2"], ["w * 2"], ["floor(h)"],
                             ["floor(amt2)"], ["floor(r)"], ["substr(name, 1, 3)"], ["substr(name, 2, 2)"],
                             ["substr(k, 1, 1)"], ["h + g"], ["k2", "floor(h)"], ["amt"], ["big"], ["z"],
                             ["w", "h"], ["substr(name, 1, 4)", "g"]])
            ksql = []
            for k in keys:
                if k.startswith("floor("):
                    col = k[6:-1]
                    ksql.append(f"dfloor({col}, {sqlq(str(UNITS[UNITS_OF.get(col, '亿元')][0]))})")
                elif k.startswith("substr("):
                    col, i, n = k[7:-1].split(", ")
                    ksql.append(f"tsubstr({col}, {i}, {n})")
                else:
                    ksql.append({"w * 2": "dmul(w, '2')", "h + g": "dadd(h, g)"}.get(k, k))
            textkeys = [k in ("k", "k2", "name") or k.startswith("substr(") for k in keys]
            aggs, tail, post = self.aggregates(len(keys), 0.5, lambda: r.choice([0, 1, 3, 10, 100]))
            sql = (f"select {', '.join(ksql)}, {', '.join(a[1] for a in aggs)} from {t} where {wsql} "
                   f"group by {', '.join(ksql)} order by min(rid)")
            return {"rql": f"{t}{where} by {', '.join(keys)} {', '.join(a[0] for a in aggs)}{tail}", "sql": sql,
                    "kind": "rows", "fns": [None] * len(keys) + [a[2] for a in aggs], "post": post,
                    "textkeys": textkeys}
        if form == "division":
            q, qsql = self.division()
            if r.random() < 0.5:
                # in where, alone: a condition is evaluated on every row, also beside `z != 0 and …` (a zero
                # divisor there is an error, where SQLite's `and` would skip the row), so no guard here
                op = r.choice(["<", "<=", ">", ">=", "=", "!="])
                k = r.choice(["0.5", "1", "0", "-2", "0.3333333333333333", "2.5"])
                guard = ""
                gsql = "1"
                # against a percentage a plain number means percent (`growth > 5` is 5%)
                # against a quotient in a unit (amt2 / 7 in 万元) a plain number is in that unit
                kv = Fraction(Decimal(k)) * (UNITS[UNITS_OF[q.split(" ")[0]]][0]
                                             if re.fullmatch(r"[-\d.]+", q.split(" / ")[1]) else 1)
                sql = f"select count(*) from {t} where {gsql} and (dcmp({qsql}, {sqlq(str(kv))}) {sqlop(op)} 0)"
                return {"rql": f"{t} where {guard}{q} {op} {k} count", "sql": sql, "kind": "scalar", "fn": "count"}
            if "/ z" in q and r.random() < 0.7:
                where, wsql = " where z != 0", "(dcmp(z, '0') <> 0)"
            desc = r.random() < 0.5
            n = r.choice([1, 5, 10, 2049])
            sql = f"select id, {qsql} from {t} where {wsql} order by rid"
            return {"rql": f"{t}{where} select id, {q} as q sort q{' desc' if desc else ''} top {n}", "sql": sql,
                    "kind": "rows", "fns": [None, None], "post": {"sort": [[1, desc]], "limit": [0, n]}}
        if form == "join":
            c = r.choice(["amt", "w", "h", "amt2"])
            kind = r.choice(["id", "id", "many", "by"])
            if kind == "id":
                fn = r.choice(["sum", "count", "min", "max"])
                a = "count" if fn == "count" else f"{fn} other.{c}"
                asql = "count(*)" if fn == "count" else f"d{fn}(o.{c})"
                return {"rql": f"{t}{where} join {t} as other on id {a}",
                        "sql": f"select {asql} from (select * from {t} where {wsql}) a join {t} o on a.id = o.id",
                        "kind": "scalar", "fn": fn}
            if kind == "many":
                # the right side's key column is not in the joined rows (other.w after `on w` is unknown)
                key = r.choice([k for k in ["k2", "g", "k", "w"] if k != c])
                n = r.choice([3, 20, 60])
                fn = r.choice(["sum", "count"])
                a = "count" if fn == "count" else f"sum other.{c}"
                asql = "count(*)" if fn == "count" else f"dsum(o.{c})"
                return {"rql": f"{t} where id < {n} join {t} as other on {key} {a}",
                        "sql": f"select {asql} from (select * from {t} where dcmp(id, '{n}') < 0) a "
                               f"join {t} o on a.{key} = o.{key}", "kind": "scalar", "fn": fn}
            key = r.choice(["k2", "g", "name"])
            return {"rql": f"{t}{where} join {t} as other on id by other.{key} sum {t}.{c} as a0, count as a1",
                    "sql": f"select o.{key}, dsum(a.{c}), count(*) from (select * from {t} where {wsql}) a "
                           f"join {t} o on a.id = o.id group by o.{key} order by min(a.rid)",
                    "kind": "rows", "fns": [None, "sum", "count"], "post": None, "textkeys": [key != "g", False, False]}
        if form == "subquery":
            c = r.choice(["amt2", "h", "w", "r"])
            op = r.choice([">", "<", ">=", "="])
            factor = str(UNITS[UNITS_OF[c]][0])
            return {"rql": f"{t} where {c} {op} ({t} avg {c}) count",
                    "sql": f"select count(*) from {t} where dcmp({c}, (select davgr({c}, {self.wanted(c)}, "
                           f"{sqlq(factor)}) from {t})) {sqlop(op)} 0", "kind": "scalar", "fn": "count"}
        if form == "topk":
            # text and two-key top-k, sort all: sort then select, or select then sort, then top/limit
            keys = r.choice([["name"], ["name", "w"], ["k2", "amt"], ["w"], ["h", "name"], ["k", "h"], ["amt"],
                             ["big"], ["z", "w"]])
            dirs = [r.random() < 0.5 for _ in keys]
            n = r.choice([1, 3, 10, 100, 2048, 2049])
            items = ["id"] + [k for k in keys if k != "id"]
            sort = ", ".join(f"{k}{' desc' if d else ''}" for k, d in zip(keys, dirs))
            tail = r.choice([f" top {n}", f" limit {n}", f" limit {n} offset 3"] + ([] if big else [""]))
            sql = f"select {', '.join(items)} from {t} where {wsql} order by rid"
            post = {"sort": [[items.index(k), d] for k, d in zip(keys, dirs)]}
            if tail:
                m = 3 if "offset" in tail else 0
                post["limit"] = [m, n]
            return {"rql": f"{t}{where} sort {sort} select {', '.join(items)}{tail}", "sql": sql, "kind": "rows",
                    "fns": [None] * len(items), "post": post,
                    "textcols": [i for i, k in enumerate(items) if k in ("k", "k2", "name")]}
        return Gen.statement(self)


def gen_shapes(seed, count, sizes):
    """Tables in every order with the fast-path columns, at sizes crossing the engine's thresholds, and
    `count` shape statements a table (a third as many on tables past 10,000 rows)."""
    rng = random.Random(seed)
    tables, cases = {}, []
    i = 0
    every = ["random", "sorted", "reversed", "constant", "clustered"]
    for n in sizes:
        # past 10,000 rows, one order a seed (the seeds take turns) and a quarter as many statements, not run on
        # the wide twin: the oracle's Python reads every row of every statement
        for order in (every if n <= 10000 else [rng.choice(every)]):
            if n <= 1 and order != "random":
                continue
            name = f"s{i}"
            i += 1
            tables[name] = make_table(rng, n, order, extra=True)
            g = ShapeGen(rng, name, tables[name])
            for _ in range(count if n <= 10000 else max(3, count // 4)):
                c = g.statement()
                c["table"] = name
                c["twin"] = n <= 10000
                cases.append(c)
    return {"tables": tables, "cases": cases}


def sqlq(s):
    return "'" + s.replace("'", "''") + "'"


def sqlop(op):
    return {"!=": "<>"}.get(op, op)


def gen(seed, count, sizes):
    rng = random.Random(seed)
    tables, cases = {}, []
    orders = ["random", "sorted", "reversed", "constant"]
    i = 0
    for n in sizes:
        for order in orders:
            if n <= 1 and order != "random":
                continue
            name = f"t{i}"
            i += 1
            tables[name] = make_table(rng, n, order)
            g = Gen(rng, name, tables[name])
            for _ in range(count):
                c = g.statement()
                c["table"] = name
                cases.append(c)
    return {"tables": tables, "cases": cases}


# --- comparing ---------------------------------------------------------------------------------------------------

def actual_number(cell):
    return F(cell["n"]) * _factor(cell["num"], cell["den"])


@functools.lru_cache(maxsize=None)
def _factor(num, den):
    return Fraction(int(num), int(den))


def sort_key_value(v):
    return v


def apply_post(rows, post):
    if not post:
        return rows
    for i, desc in reversed(post.get("sort", [])):
        present = [r for r in rows if r[i] is not None]
        missing = [r for r in rows if r[i] is None]

        def key(r):
            v = r[i]
            return t_key(v) if isinstance(v, str) else v
        present.sort(key=key, reverse=desc)
        rows = present + missing
    if "limit" in post:
        off, n = post["limit"]
        rows = rows[off:off + n]
    return rows


class _neg:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return o.v < self.v

    def __eq__(self, o):
        return self.v == o.v


def same(expected, cell, fn):
    if expected is None or cell is None:
        return expected is None and cell is None
    if isinstance(expected, str) and "t" in cell:
        return cell["t"] == expected
    if isinstance(expected, str) and not _isnum(expected):
        if "t" in cell:
            return cell["t"] == expected
        if "n" in cell:
            return actual_number(cell) == Fraction(expected)
        return False
    if "n" not in cell:
        return False
    a = actual_number(cell)
    e = F(expected)
    if fn in ("avg", "median"):
        # a quotient, in the answer's unit: rounded half to even at max(16, places) (README "Numbers"), so
        # exactly the rounded value (a value with more than 16 places must be the exact quotient at those)
        unit = Fraction(int(cell["num"]), int(cell["den"]))
        shown = Decimal(cell["n"]).normalize()
        places = max(16, -shown.as_tuple().exponent)
        try:
            return a / unit == quotient(e / unit, places)
        except Overflow:
            return False
    return a == e


def fits(f):
    """Whether an exact value can be written in 38 digits (so ReportQL must answer it, not refuse it)."""
    if f is None:
        return True
    d = Decimal(f.numerator) / Decimal(f.denominator)
    t = d.as_tuple()
    return len(t.digits) <= 38 and f == Fraction(d)


def compare(data):
    tables = data["tables"]
    db = sql_connection(tables)
    bad = 0
    for c in data["cases"]:
        actual = c["actual"]
        LAST_ERROR[0] = None
        try:
            rows = [list(r) for r in db.execute(c["sql"]).fetchall()]
        except Exception as e:
            # a zero divisor or a quotient past 38 digits: ReportQL reports the same error
            expected = LAST_ERROR[0]
            if expected and "error" in actual and expected in actual["error"]:
                continue
            if "error" in actual and unknown_value(actual["error"], tables[c["table"]]):
                continue
            print(json.dumps({"rql": c["rql"], "path": c.get("path"), "table": c["table"], "expected": expected or f"oracle error {e}",
                              "actual": actual}, ensure_ascii=False))
            bad += 1
            continue
        # numbers as Fractions
        rows = [[F(v) if isinstance(v, str) and _isnum(v) and not _istext(c, j) else v
                 for j, v in enumerate(r)] for r in rows]
        if c["kind"] == "scalar":
            expected = rows[0][0] if rows else None
            if c["fn"] == "count":
                expected = Fraction(expected)
            ok = False
            if "error" in actual and (unknown_value(actual["error"], tables[c["table"]])
                                      or too_large(actual["error"], c, tables[c["table"]])):
                continue
            if "error" in actual:
                ok = "too large" in actual["error"] and not fits(expected)
            elif "scalar" in actual:
                cell = actual["scalar"]
                if c["fn"] in ("sum", "min", "max") and expected is None and cell is not None and "n" in cell \
                        and c["fn"] == "sum":
                    ok = False
                ok = ok or same(str(expected) if isinstance(expected, Fraction) else expected, cell, c["fn"])
            if not ok:
                bad += 1
                print(json.dumps({"rql": c["rql"], "path": c.get("path"), "table": c["table"], "expected": _show(expected), "actual": actual},
                                 ensure_ascii=False))
            continue
        for r in rows:
            for j, v in enumerate(r):
                if isinstance(v, int) and not isinstance(v, bool):
                    r[j] = Fraction(v)
        expected = apply_post(rows, c.get("post"))
        ok = True
        why = ""
        if "error" in actual and (unknown_value(actual["error"], tables[c["table"]])
                                  or too_large(actual["error"], c, tables[c["table"]])):
            continue
        if "error" in actual:
            big = any(isinstance(v, Fraction) and not fits(v) for r in rows for v in r)
            ok = "too large" in actual["error"] and big
            why = "error"
        else:
            got = actual["rows"]
            if len(got) != len(expected):
                ok, why = False, f"{len(got)} rows, expected {len(expected)}"
            else:
                for i, (e, g) in enumerate(zip(expected, got)):
                    for j, (ev, gv) in enumerate(zip(e, g)):
                        if not same(str(ev) if isinstance(ev, Fraction) else ev, gv, c["fns"][j]):
                            ok, why = False, f"row {i} column {j}: expected {_show(ev)}, got {gv}"
                            break
                    if not ok:
                        break
        if not ok:
            bad += 1
            print(json.dumps({"rql": c["rql"], "path": c.get("path"), "table": c["table"], "why": why,
                              "expected": [[_show(v) for v in r] for r in expected[:5]],
                              "actual": (actual.get("rows") or [])[:5] if "rows" in actual else actual},
                             ensure_ascii=False))
    print(json.dumps({"checked": len(data["cases"]), "disagreements": bad}))


def too_large(error, case, table):
    """A statement whose arithmetic on `big` (38-digit values) passes 38 digits is refused, never rounded."""
    if "too large" not in error:
        return False
    return any(re.search(rf"\b{col}\b", case["rql"]) and any(
        v is not None and len(v[0].lstrip("-").split(".")[0]) >= 36 for v in table["columns"][col]["values"])
        for col in ("big", "w") if col in table["columns"])


def unknown_value(error, table):
    """ReportQL refuses a text literal no row holds (`no row has k = 'x'`, with a did-you-mean): right when
    no value of the column is that text."""
    m = re.search(r"no row has (\w+) = '((?:[^'\\]|\\.)*)'", error)
    if not m or m.group(1) not in table["columns"]:
        return False
    lit = m.group(2).replace("\\'", "'").replace("\\\\", "\\")
    return not any(v is not None and t_eq(v, lit) for v in table["columns"][m.group(1)]["values"])


_NUMBER = re.compile(r"-?\d+(\.\d+)?(/\d+)?")


@functools.lru_cache(maxsize=1 << 16)
def _isnum(v):
    return _NUMBER.fullmatch(v) is not None


def _istext(c, j):
    tk = c.get("textkeys")
    return tk is not None and j < len(tk) and tk[j] or (c.get("fns") and c["fns"][j] is None and c["kind"] == "rows"
                                                         and "textcols" in c and j in c["textcols"])


def _show(v):
    if isinstance(v, Fraction):
        return format(Decimal(v.numerator) / Decimal(v.denominator), "f")
    return v


if __name__ == "__main__":
    if sys.argv[1] == "shapes":
        out = gen_shapes(int(sys.argv[2]), int(sys.argv[3]), [int(x) for x in sys.argv[4].split(",")])
        json.dump(out, sys.stdout, ensure_ascii=False)
    elif sys.argv[1] == "gen":
        out = gen(int(sys.argv[2]), int(sys.argv[3]), [int(x) for x in sys.argv[4].split(",")])
        json.dump(out, sys.stdout, ensure_ascii=False)
    else:
        compare(json.load(sys.stdin))
