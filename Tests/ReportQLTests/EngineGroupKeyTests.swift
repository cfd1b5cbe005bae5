import Testing
@testable import ReportQL
import ReportModel

/// Grouping by a computed key (Engine/ComputedKeys.swift, Engine/TextFunctions.swift) against the row path:
/// `substr`, `lower` and `upper` once per dictionary entry, `floor`/`ceil` on significands, one-to-one
/// arithmetic grouped by its column, and `count distinct` through a direct table — on rows in every order
/// (random, ascending, descending, constant, clustered), with missing values, negatives and values near the
/// 64-bit limits. The reference is the same query with an argument that is a column instead of a constant,
/// which the kernels leave to the row path (or to the column-at-a-time arithmetic), or the answer computed
/// here directly.
@Suite struct EngineGroupKeyTests {
    static let orders = ["random", "asc", "desc", "constant", "clustered"]

    /// Rows `0..<n` in `order` by `key` (ties in row order); "constant" and "random" keep them as they are.
    static func permutation(_ n: Int, _ order: String, key: (Int) -> Int64, cluster: (Int) -> Int) -> [Int] {
        let rows = Array(0..<n)
        switch order {
        case "asc": return rows.sorted { key($0) != key($1) ? key($0) < key($1) : $0 < $1 }
        case "desc": return rows.sorted { key($0) != key($1) ? key($0) > key($1) : $0 < $1 }
        case "clustered": return rows.sorted { cluster($0) != cluster($1) ? cluster($0) < cluster($1) : $0 < $1 }
        default: return rows
        }
    }

    // MARK: Text functions once per dictionary entry

    /// Texts whose `Character`s are not all single scalars beside ones that are: combining marks, emoji with
    /// modifiers and joiners, flags, `\r\n`, halfwidth voiced marks, Hangul jamo, Latin-1 and fullwidth letters
    /// with cases, the empty text.
    static let texts = [
        "项目0000123", "项目0000124", "项目0001999", "", "café", "cafe\u{301}", "e\u{301}\u{301}x", "👍🏽ok", "👨‍👩‍👧家",
        "🇨🇳🇯🇵", "a\r\nb", "ﾊﾞﾊﾟｶ", "한국어", "\u{1100}\u{1161}\u{11A8}가", "ABCdef", "ÀÉÎõü ß", "Ｆｕｌｌ", "Ⅻⅻ", "ⓐⒶ",
        "x", "Straße", "İstanbul", "ΣΑΣ", "ǅ", "①②③", "——…", "日本語テキスト", "\u{301}lead", "MiXeD项目Ab", "µÿ",
    ]

    /// A table `t`: a text `s` (some missing; `distinct` adds a number to most, for a large dictionary) in
    /// `order`, and number columns `a`, `b` holding `start` and `count` on every row (nil: missing).
    static func textTable(_ order: String, distinct: Bool, start: (Int64, Int), count: (Int64, Int)?) -> Table {
        var r = SplitMix(seed: 17)
        let n = 1500
        var values: [String?] = []
        for i in 0..<n {
            if r.below(13) == 0 { values.append(nil); continue }
            let t = texts[Int(r.below(texts.count))]
            values.append(distinct && r.below(4) != 0 ? t + "\(i)" : t)
        }
        if order == "constant" { values = values.map { _ in "项目0000123" } }
        let byBytes: (Int) -> Int64 = { i in
            // A rank by bytes for asc / desc: the first eight bytes, missing last.
            guard let s = values[i] else { return Int64.max }
            var k: Int64 = 0
            for (j, b) in s.utf8.prefix(7).enumerated() { k |= Int64(b) << (8 * (6 - j)) }
            return k
        }
        let rows = permutation(n, order, key: byBytes, cluster: { i in (values[i]?.utf8.count ?? 0) % 3 })
        let s = rows.map { values[$0] }
        func constant(_ v: (Int64, Int)?) -> NumberColumn {
            NumberColumn(values: [Int64](repeating: v?.0 ?? 0, count: n), scale: v?.1 ?? 0, units: [.plain], unitCodes: nil,
                         present: v == nil ? [Bool](repeating: false, count: n) : nil)
        }
        return Table(name: "t", columns: [
            Column(name: "s", data: .text(TextColumn(s))),
            Column(name: "a", data: .number(constant(start))),
            Column(name: "b", data: .number(constant(count))),
        ])
    }

    static func literal(_ v: (Int64, Int)?) -> String {
        guard let v else { return "missing" }
        return "\(ExactDecimal(significand: Int128(v.0), scale: v.1))"
    }

    @Test(arguments: orders, [false, true])
    func substrOncePerEntryIsTheRowPath(_ order: String, _ distinct: Bool) throws {
        // Starts and counts paired so that each of them, and the clamping at both ends, appears: a start below
        // 1, past the text, rounded (2.5 → 3, 1.5 → 2); a count of 0, negative, rounded, huge, missing, none.
        let cases: [((Int64, Int), (Int64, Int)??)] = [
            ((1, 0), .none), ((1, 0), .some((5, 0))), ((0, 0), .some((3, 0))), ((2, 0), .some((0, 0))),
            ((-3, 0), .some((-1, 0))), ((25, 1), .some((25, 1))), ((15, 1), .some(nil)), ((4, 0), .none),
            ((1_000_000_000_000_000_000, 0), .some((1, 0))), ((2, 0), .some((1_000_000_000_000_000_000, 0))),
        ]
        for (k, (start, count)) in cases.enumerated() {
            let env = Environment(reports: [], collections: [Self.textTable(order, distinct: distinct, start: start,
                                                                           count: count ?? nil)])
            let fastArgs = "s, \(Self.literal(start))" + (count.map { ", " + Self.literal($0) } ?? "")
            let slowArgs = "s, a" + (count == nil ? "" : ", b")
            var pairs = [("t by substr(\(fastArgs)) as x count as n", "t by substr(\(slowArgs)) as x count as n")]
            if k % 3 == 0 { pairs.append(("t select substr(\(fastArgs)) as x", "t select substr(\(slowArgs)) as x")) }
            for (fast, slow) in pairs {
                let a = try env.compile(fast).run(), b = try env.compile(slow).run()
                #expect(a == b, "\(order) \(fast)")
            }
        }
    }

    /// After a `where` that keeps few rows of a large dictionary only the entries those rows hold are read;
    /// the others get no code.
    /// Groups come in the order of their first kept row also when the rows are clustered by the key (the
    /// rest of a run is skipped in one loop): long runs, a group that first appears in a late block, runs
    /// cut by a `where`, and a group whose only rows the `where` drops.
    @Test func groupsOfClusteredRowsKeepTheirFirstAppearance() throws {
        var text = "k,v\n"
        var expected: [(String, Int)] = []
        var rows = 0
        for (k, run) in [("乙", 70_000), ("甲", 3), ("丙", 150_000), ("乙", 5), ("丁", 1), ("甲", 40_000)] {
            for i in 0..<run { text += "\(k),\(i % 7)\n" }
            rows += run
            if !expected.contains(where: { $0.0 == k }) { expected.append((k, 0)) }
            expected[expected.firstIndex { $0.0 == k }!].1 += run
        }
        let table = try Table(csv: Array(text.utf8), name: "t")
        let env = Environment(reports: [], collections: [table])
        guard case .table(let all) = try env.compile("t by k count").run() else { Issue.record("not a table"); return }
        #expect(all.rows.map { "\($0[0])" } == expected.map(\.0))
        #expect(all.rows.map { "\($0[1])" } == expected.map { "\($0.1)" })
        // Only v = 3 kept: 甲's first run (v 0, 1, 2) is dropped, so 甲 first appears in its last run, after 丁.
        guard case .table(let kept) = try env.compile("t where v = 3 by k count").run() else { Issue.record("not a table"); return }
        #expect(kept.rows.map { "\($0[0])" } == ["乙", "丙", "甲"])
        #expect(rows == 260_009)
    }

    @Test func substrAfterAWhereReadsTheKeptEntries() throws {
        let n = 6000
        let table = Table(name: "t", columns: [
            Column(name: "s", data: .text(TextColumn((0..<n).map { $0 % 7 == 0 ? nil : "第\($0)行ü" }))),
            Column(name: "i", data: .number(NumberColumn(values: (0..<n).map { Int64($0) }, scale: 0, unit: .plain))),
            Column(name: "a", data: .number(NumberColumn(values: [Int64](repeating: 2, count: n), scale: 0, unit: .plain))),
        ])
        let env = Environment(reports: [], collections: [table])
        for keep in ["i < 40", "i > 5990", "i = 3000"] {
            #expect(Self.answer(env, "t where \(keep) by substr(s, 2, 2) as x count as c")
                == Self.answer(env, "t where \(keep) by substr(s, a, a) as x count as c"), "\(keep)")
            #expect(Self.answer(env, "t where \(keep) select upper(s) as x") == Self.answer(env, "t where \(keep) select s as x")
                .uppercased(), "\(keep)")
        }
    }

    /// A start past 64 bits is clamped as the row path clamps it.
    @Test func substrOfAHugeStartIsTheRowPath() throws {
        let env = Environment(reports: [], collections: [Self.textTable("random", distinct: false, start: (1, 0), count: nil)])
        for q in ["t select substr(s, 100000000000000000000000000000) as x", "t select substr(s, -100000000000000000000000000000, 2) as x",
                  "t select substr(s, 2, 100000000000000000000000000000) as x"] {
            guard case .table(let fast) = try env.compile(q).run(),
                  case .table(let texts) = try env.compile("t select s").run() else { Issue.record("\(q)"); continue }
            let args = q.dropFirst("t select substr(s, ".count).prefix { $0 != ")" }.split(separator: ",")
                .map { Value.number(Quantity(ExactDecimal(parsing: $0.trimmingCharacters(in: " "))!)) }
            for (row, t) in zip(fast.rows, texts.rows) {
                let expected = t[0].isMissing ? Value.missing : try FunctionDefinition.apply(.substr, [t[0]] + args)
                #expect(row[0] == expected, "\(q) \(t[0])")
            }
        }
    }

    /// `lower` and `upper`: each row's text as Swift's `lowercased()` / `uppercased()` gives it, and the
    /// groups those texts make by their bytes, in order of first appearance.
    @Test(arguments: orders, [false, true])
    func lowerAndUpperOncePerEntryAreTheRowPath(_ order: String, _ distinct: Bool) throws {
        let table = Self.textTable(order, distinct: distinct, start: (1, 0), count: nil)
        let env = Environment(reports: [], collections: [table])
        guard case .text(let s) = table.columns[0].data else { return }
        for f in ["lower", "upper"] {
            let expected: [String?] = (0..<s.count).map { s.string(at: $0).map { f == "lower" ? $0.lowercased() : $0.uppercased() } }
            guard case .table(let rows) = try env.compile("t select \(f)(s) as x").run() else { Issue.record("\(f)"); continue }
            #expect(rows.rows.map { $0[0] } == expected.map { $0.map(Value.text) ?? .missing }, "\(order) \(f)")
            // Groups by bytes (canonically equal texts are two groups), counted.
            var order: [[UInt8]?] = []
            var counts: [[UInt8]?: Int] = [:]
            for e in expected {
                let key = e.map { Array($0.utf8) }
                if counts[key] == nil { order.append(key) }
                counts[key, default: 0] += 1
            }
            guard case .table(let groups) = try env.compile("t by \(f)(s) as x count as n").run() else { Issue.record("\(f)"); continue }
            let got = groups.rows.map { row -> ([UInt8]?, Value) in
                if case .text(let t) = row[0] { return (Array(t.utf8), row[1]) }
                return (nil, row[1])
            }
            #expect(got.map(\.0) == order, "\(f) groups")
            #expect(got.map(\.1) == order.map { .number(Quantity(ExactDecimal(counts[$0] ?? 0))) }, "\(f) counts")
        }
    }

    /// Every ASCII-and-CJK scalar the byte rule of `lower`/`upper` leaves as it is has no case in Swift.
    @Test func theCJKBlocksHaveNoCase() {
        for v in UInt32(0x3000)...0x9FFF {
            guard let u = Unicode.Scalar(v) else { continue }
            let s = String(Character(u))
            #expect(s.lowercased() == s && s.uppercased() == s, "U+\(String(v, radix: 16))")
        }
    }

    // MARK: Number keys

    /// A table `t`: `v` in 亿元 at 2 places (negatives, missing values), `h` near the 64-bit limits (0 places)
    /// and `g` near them at 2 places, `k` a text cluster key, `w` plain, and plain columns `zero`, `one`,
    /// `two`, `three`, `m1` holding 0, 1, 2, 3, −1 on every row; rows in `order` by `v`.
    static func numberTable(_ order: String, rows n: Int = 1500, seed: UInt64 = 5) -> Table {
        var r = SplitMix(seed: seed)
        var v: [Int64] = [], vp: [Bool] = [], h: [Int64] = [], w: [Int64] = [], k: [String?] = []
        for _ in 0..<n {
            let missing = r.below(10) == 0
            v.append(missing ? 0 : Int64(r.below(60_000)) - 30_000)
            vp.append(!missing)
            let edge = Int64(r.below(50))
            h.append(r.below(2) == 0 ? Int64.max - edge : Int64.min + edge)
            w.append(Int64(r.below(1000)))
            k.append(r.below(9) == 0 ? nil : ["甲", "乙", "丙"][Int(r.below(3))])
        }
        if order == "constant" { for i in 0..<n { v[i] = 12_345; vp[i] = true } }
        let rows = permutation(n, order, key: { vp[$0] ? v[$0] : Int64.max }, cluster: { k[$0]?.unicodeScalars.first.map { Int($0.value) } ?? 0 })
        func column(_ x: [Int64], _ scale: Int, _ unit: Unit, _ p: [Bool]? = nil) -> ColumnData {
            .number(NumberColumn(values: rows.map { x[$0] }, scale: scale, units: [unit], unitCodes: nil, present: p.map { p in rows.map { p[$0] } }))
        }
        func constant(_ c: Int64) -> ColumnData { column([Int64](repeating: c, count: n), 0, .plain) }
        return Table(name: "t", columns: [
            Column(name: "v", data: column(v, 2, .yiYuan, vp)),
            Column(name: "h", data: column(h, 0, .plain)),
            Column(name: "g", data: column(h, 2, .plain)),
            Column(name: "k", data: .text(TextColumn(rows.map { k[$0] }))),
            Column(name: "w", data: column(w, 0, .plain)),
            Column(name: "zero", data: constant(0)), Column(name: "one", data: constant(1)),
            Column(name: "two", data: constant(2)), Column(name: "three", data: constant(3)),
            Column(name: "m1", data: constant(-1)), Column(name: "yi", data: column([Int64](repeating: 1, count: n), 0, .yiYuan)),
        ])
    }

    /// The answer, or the error's message.
    static func answer(_ env: Environment, _ q: String) -> String {
        do {
            guard case .table(let t) = try env.compile(q).run() else { return "not a table" }
            return t.rows.map { $0.map { $0.isMissing ? "·" : "\($0)" }.joined(separator: "|") }.joined(separator: "\n")
        } catch {
            return "error: \(error)"
        }
    }

    @Test(arguments: orders)
    func computedNumberKeysAreTheRowPath(_ order: String) throws {
        let env = Environment(reports: [], collections: [Self.numberTable(order)])
        let pairs = [
            ("t by floor(v) as f count as n, sum w as s", "t by floor(v, zero) as f count as n, sum w as s"),
            ("t by ceil(v) as f count as n, sum w as s", "t by ceil(v, zero) as f count as n, sum w as s"),
            ("t by floor(v, 1) as f count as n", "t by floor(v, one) as f count as n"),
            ("t by ceil(v, 1) as f, k count as n", "t by ceil(v, one) as f, k count as n"),
            ("t by floor(v, 2) as f count as n", "t by floor(v, two) as f count as n"),
            ("t by k, floor(v) as f count as n, median w as m", "t by k, floor(v, zero) as f count as n, median w as m"),
            ("t where w > 500 by floor(v) as f count as n", "t where w > 500 by floor(v, zero) as f count as n"),
            ("t by floor(g) as f count as n", "t by floor(g, zero) as f count as n"),
            ("t by ceil(g) as f count as n", "t by ceil(g, zero) as f count as n"),
            ("t by floor(h) as f count as n", "t by floor(h, zero) as f count as n"),
            ("t by v * 2 as e count as n", "t by v * two as e count as n"),
            ("t by 2 * v as e count as n, sum w as s", "t by two * v as e count as n, sum w as s"),
            ("t by -v as e count as n", "t by v * m1 as e count as n"),
            ("t by 100亿元 - v * 3 as e count as n", "t by 100亿元 - v * three as e count as n"),
            ("t by v + 1亿元 as e, k count as n", "t by v + yi as e, k count as n"),
            ("t by (v - 1亿元) * 2 as e count as n", "t by (v - yi) * two as e count as n"),
            ("t where k = 甲 by v * 2 as e count as n", "t where k = 甲 by v * two as e count as n"),
            ("t by h * 2 as e count as n", "t by h * two as e count as n"),
            ("t by h + 1 as e count as n", "t by h + one as e count as n"),
            ("t by g * 3 as e count as n", "t by g * three as e count as n"),
            ("t by -h as e count as n", "t by h * m1 as e count as n"),
        ]
        for (fast, slow) in pairs {
            #expect(Self.answer(env, fast) == Self.answer(env, slow), "\(order): \(fast)")
        }
        // Not one-to-one: by the values, not the column.
        #expect(Self.answer(env, "t by v * 0 as e count as n") == Self.answer(env, "t by v * zero as e count as n"))
    }

    /// `floor` of a negative value goes down: −1.5 → −2, and `ceil` up: −1.5 → −1.
    @Test func floorAndCeilOfNegativesGroupDownAndUp() throws {
        let table = Table(name: "t", columns: [
            Column(name: "v", data: .number(NumberColumn(values: [-150, -100, -101, 150, -199, 0, -1, 1], scale: 2, unit: .plain))),
        ])
        let env = Environment(reports: [], collections: [table])
        #expect(Self.answer(env, "t by floor(v) as f count as n") == "-2|3\n-1|2\n1|1\n0|2")
        #expect(Self.answer(env, "t by ceil(v) as f count as n") == "-1|4\n2|1\n0|2\n1|1")
    }

    /// `count distinct` through the direct table, whole and per group, against the distinct significands
    /// counted here.
    @Test(arguments: orders)
    func countDistinctIsTheSetOfValues(_ order: String) throws {
        let table = Self.numberTable(order)
        let env = Environment(reports: [], collections: [table])
        guard case .number(let v) = table.columns[0].data, case .text(let k) = table.columns[3].data,
              case .number(let h) = table.columns[1].data else { return }
        var all = Set<Int64>(), perKey: [String?: Set<Int64>] = [:], keys: [String?] = []
        for i in 0..<v.count {
            let key = k.string(at: i)
            if perKey[key] == nil { keys.append(key); perKey[key] = [] }
            guard v.isPresent(i) else { continue }
            all.insert(v.values[i])
            perKey[key]?.insert(v.values[i])
        }
        guard case .scalar(let d, _) = try env.compile("t count distinct v").run() else { Issue.record("not a scalar"); return }
        #expect(d == .number(Quantity(ExactDecimal(all.count))), "\(order)")
        #expect(Self.answer(env, "t by k count distinct v as d")
            == keys.map { "\($0 ?? "·")|\(perKey[$0]?.count ?? 0)" }.joined(separator: "\n"), "\(order)")
        guard case .scalar(let dh, _) = try env.compile("t count distinct h").run() else { Issue.record("not a scalar"); return }
        #expect(dh == .number(Quantity(ExactDecimal(Set(h.values).count))))
    }
}
