import Foundation
import Testing
import TestSupport
import ReportModel
import ReportQL

/// Joins on keys in every order against SQLite (`Oracle/oracle.py compare`: numbers as exact fractions, rows in
/// order): number keys ascending, descending, shuffled, constant (one key), with many duplicates, sparse over a
/// huge range (ids numbered by a hash, not by value), negative, missing (never matching), at two scales (`3.5`
/// against `3.50`), and at the 64-bit bounds; text keys (CJK, empty, canonically equivalent spellings that are
/// two values) in the same orders. Each order is joined counted, summed (both sides, `left join` too, 万元 money
/// and values near 2⁶³ weighted by many matches), row by row (the rows in this side's order, each with its
/// matches in the other side's order) and grouped after the join. Sizes around the engine's blocks, and
/// 135,000 rows a side where the join's passes run on two threads.
@Suite struct JoinKeyOrderTests {
    static let orders = ["asc", "desc", "shuffled", "constant", "dups", "sparse", "negative", "missing", "scaled", "wide"]
    static let texts = ["alpha", "", "中文", "中文项目", "e\u{301}x", "\u{E9}x", "工业", "Ω", "a_b", "50%"]

    /// Row `i`'s key of `n` rows in `order` (nil: missing), `perm` a shuffle of 0..<n; `side` 0 or 1.
    static func key(_ order: String, _ i: Int, _ n: Int, _ perm: [Int], _ side: Int,
                    _ rng: inout SplitMix) -> String? {
        switch order {
        case "asc": return "\(i + 1)"
        case "desc": return "\(n - i)"
        case "shuffled": return "\(perm[i] + 1)"
        case "constant": return "7"
        case "dups": return "\(rng.below(5))"
        case "sparse": return "\((perm[i] + 1) * 1_000_000_000_007)"
        case "negative": return "\(perm[i] - n / 2)"
        case "missing": return rng.chance(4) ? nil : "\(rng.below(n) + 1)"
        case "scaled":
            // Whole numbers on one side (scale 0), halves on the other (scale 1): the whole halves match.
            let h = perm[i] + 1
            return side == 0 ? "\(h)" : h % 2 == 0 ? "\(h / 2)" : "\(h / 2).5"
        default:
            // At the 64-bit bounds: on one side a span past 64 bits; on the other halves, so that the first
            // side's values overflow at its scale (and match nothing), and a value whose tenfold is near 2⁶³.
            let edges = ["9223372036854775807", "-9223372036854775807", "0", "1", "-1", "9223372036854775806"]
            if side == 1 { return rng.chance(9) ? "922337203685477580" : "\(rng.below(n + 1))\(rng.chance(4) ? ".5" : "")" }
            return rng.chance(3) ? edges[rng.below(edges.count)] : "\(rng.below(n + 1))"
        }
    }

    /// A table of `n` rows whose keys are in `order`: `id` (the number key), `k` (a text key in the same
    /// order), `amt2` (万元, some missing) and `big` (whole numbers near ±2⁶³).
    static func table(_ order: String, _ n: Int, side: Int, _ rng: inout SplitMix) -> [String: Any] {
        var perm = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { perm.swapAt(i, rng.below(i + 1)) }
        let ids: [Any] = (0..<n).map { i in key(order, i, n, perm, side, &rng).map { [$0, ""] } ?? NSNull() }
        // Text keys in the order's sense: sorted, reversed, shuffled, one value, or with missing rows.
        let pool = side == 0 ? Array(texts.prefix(8)) : Array(texts.suffix(8))
        var k: [Any] = (0..<n).map { i -> Any in
            switch order {
            case "asc", "desc": return pool.sorted()[i * pool.count / Swift.max(n, 1)]
            case "constant": return "中文"
            case "missing": return rng.chance(4) ? NSNull() : pool[rng.below(pool.count)]
            default: return pool[rng.below(pool.count)]
            }
        }
        if order == "desc" { k.reverse() }
        let amt2: [Any] = (0..<n).map { _ -> Any in
            if rng.chance(8) { return NSNull() }
            let places = rng.below(3)
            let v = rng.below(2_000_000) - 100_000
            let digits = places == 0 ? "\(v)" : String(format: "%.\(places)f", Double(v) / pow(10, Double(places)))
            return [digits, "万元"]
        }
        let big: [Any] = (0..<n).map { _ -> Any in
            let v = Int64.max - Int64(rng.below(1000))
            return rng.chance(10) ? NSNull() : ["\(rng.chance(2) ? -v : v)", ""]
        }
        return ["count": n, "columns": [
            "id": ["kind": "number", "unit": "", "values": ids],
            "k": ["kind": "text", "values": k],
            "amt2": ["kind": "number", "unit": "万元", "values": amt2],
            "big": ["kind": "number", "unit": "", "values": big],
        ]]
    }

    /// The statements over `a` joined with `b` (`rows`: with those that answer row by row).
    static func cases(_ a: String, _ b: String, large: Bool) -> [[String: Any]] {
        let on = "\(a) a join \(b) b on a.id = b.id", left = "\(a) a left join \(b) b on a.id = b.id"
        func scalar(_ rql: String, _ sql: String, _ fn: String) -> [String: Any] {
            ["rql": rql, "sql": sql, "kind": "scalar", "fn": fn, "table": a]
        }
        let texts: [[String: Any]] = [
            scalar("\(a) join \(b) as o on k count", "select count(*) from \(a) a join \(b) b on a.k = b.k", "count"),
            scalar("\(a) join \(b) as o on k sum o.amt2",
                   "select dsum(b.amt2) from \(a) a join \(b) b on a.k = b.k", "sum"),
        ]
        var c: [[String: Any]] = (large ? [] : texts) + [
            scalar("\(a) join \(b) as o on id count", "select count(*) from \(on)", "count"),
            scalar("\(a) join \(b) as o on id sum o.amt2", "select dsum(b.amt2) from \(on)", "sum"),
            scalar("\(a) join \(b) as o on id sum \(a).amt2", "select dsum(a.amt2) from \(on)", "sum"),
            scalar("\(a) join \(b) as o on id sum o.big", "select dsum(b.big) from \(on)", "sum"),
            scalar("\(a) join \(b) as o on id avg \(a).big", "select davg(a.big) from \(on)", "avg"),
            scalar("\(a) left join \(b) as o on id count", "select count(*) from \(left)", "count"),
            scalar("\(a) left join \(b) as o on id sum \(a).amt2", "select dsum(a.amt2) from \(left)", "sum"),
            scalar("\(a) left join \(b) as o on id max o.amt2", "select dmax(b.amt2) from \(left)", "max"),
            scalar("\(a) join \(b) as o on id, k count",
                   "select count(*) from \(a) a join \(b) b on a.id = b.id and a.k = b.k", "count"),
            ["rql": "\(a) join \(b) as o on id sum \(a).amt2 as s, min o.amt2 as lo, max o.amt2 as hi, avg o.amt2 as m, count as n",
             "sql": "select dsum(a.amt2), dmin(b.amt2), dmax(b.amt2), davg(b.amt2), count(*) from \(on)",
             "kind": "rows", "fns": ["sum", "min", "max", "avg", "count"], "table": a],
        ]
        if large { return c }
        c += [
            ["rql": "\(a) join \(b) as o on id select id, \(a).amt2, o.amt2",
             "sql": "select a.id, a.amt2, b.amt2 from \(on) order by a.rid, b.rid",
             "kind": "rows", "fns": [NSNull(), NSNull(), NSNull()], "table": a],
            ["rql": "\(a) left join \(b) as o on id select id, o.amt2, o.k",
             "sql": "select a.id, b.amt2, b.k from \(left) order by a.rid, b.rid",
             "kind": "rows", "fns": [NSNull(), NSNull(), NSNull()], "textcols": [2], "table": a],
            ["rql": "\(a) join \(b) as o on k select k, \(a).id, o.id",
             "sql": "select a.k, a.id, b.id from \(a) a join \(b) b on a.k = b.k order by a.rid, b.rid",
             "kind": "rows", "fns": [NSNull(), NSNull(), NSNull()], "textcols": [0], "table": a],
            ["rql": "\(a) join \(b) as o on id by o.k sum \(a).amt2 as s, count as n",
             "sql": "select b.k, dsum(a.amt2), count(*) from \(on) group by b.k order by min(a.rid * 1000000 + b.rid)",
             "kind": "rows", "fns": [NSNull(), "sum", "count"], "textkeys": [true, false, false], "table": a],
        ]
        return c
    }

    /// Every order at sizes 0, 1, 7 and 150 (row by row too); two orders whose joins are about one match a
    /// row (shuffled keys, and missing ones) at 135,000 rows a side (aggregates only).
    @Test(arguments: [false, true])
    func joinsOnKeysInEveryOrderAgreeWithSQLite(_ large: Bool) throws {
        var rng = SplitMix(seed: large ? 1717 : 17)
        var tables: [String: Any] = [:]
        var cases: [[String: Any]] = []
        let sizes = large ? [135_000] : [0, 1, 7, 150]
        let orders = large ? ["shuffled", "missing"] : Self.orders
        for n in sizes {
            for order in orders {
                let a = "a\(tables.count)", b = "b\(tables.count)"
                tables[a] = Self.table(order, n, side: 0, &rng)
                // The other side a third larger: keys this side lacks, and (asc, desc) a longer run.
                tables[b] = Self.table(order, n + n / 3 + (n > 0 ? 1 : 0), side: 1, &rng)
                cases += Self.cases(a, b, large: large)
            }
        }
        let environment = Environment(collections: try tables.map {
            try OracleTests.table($0.key, $0.value as? [String: Any] ?? [:])
        })
        for i in cases.indices {
            cases[i]["actual"] = DifferentialTests.run(cases[i]["rql"] as? String ?? "", environment)
        }
        let answered = try JSONSerialization.data(withJSONObject: ["tables": tables, "cases": cases])
        let output = String(decoding: try OracleTests.python(["compare"], input: answered), as: UTF8.self)
        let lines = output.split(separator: "\n")
        #expect(lines.last == "{\"checked\": \(cases.count), \"disagreements\": 0}",
                "\(lines.prefix(12).joined(separator: "\n"))")
        // Errors would agree vacuously: only a sum past 38 digits may refuse.
        let errors = cases.compactMap { ($0["actual"] as? [String: Any])?["error"] as? String }
        #expect(errors.allSatisfy { $0.contains("too large") }, "\(errors.prefix(3))")
    }
}
