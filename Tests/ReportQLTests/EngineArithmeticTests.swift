import Testing
import ReportModel
@testable import ReportQL

/// Column-at-a-time arithmetic (#17): `+ − × ÷` on scaled integers, `%`'s own rules, against the row path it
/// stands in for (`Arithmetic` row by row into the builder the row path uses), digit for digit: the same
/// values at the same scale in the same units, missing where it is, and nil (the row path runs) wherever
/// the row path would fail or hold values wide.
@Suite struct EngineArithmeticTests {
    static let units: [Unit] = [.yiYuan, .wanYuan, .yuan, .percent, .plain, .points,
                                Unit(symbol: "亩", dimension: .area, numerator: 2000, denominator: 3), .plain, .yiYuan]

    /// A column of `n` values: small, large, zero, at the ends of 64 bits, some missing.
    static func column(_ r: inout SplitMix, _ n: Int, unit: Unit) -> ColumnValues {
        let scale = [0, 1, 2, 2, 4, 16, 17][r.below(7)]
        let magnitude: Int64 = [10, 1_000, 100_000_000, Int64.max / 3, 3][r.below(5)]
        let missing = r.below(3) == 0
        var values: [Int64] = [], present: [Bool] = []
        for _ in 0..<n {
            var v = Int64(r.below(Int(magnitude))) - magnitude / 2
            if r.below(10) == 0 { v = 0 }
            if r.below(200) == 0 { v = r.below(2) == 0 ? Int64.max : Int64.min + 1 }
            let p = !missing || r.below(4) != 0
            values.append(p ? v : 0)
            present.append(p)
        }
        return .number(NumberColumn(values: values, scale: scale, units: [unit], unitCodes: nil,
                                    present: missing ? present : nil))
    }

    static func constant(_ r: inout SplitMix, unit: Unit) -> ColumnValues {
        let s = [Int128(2), 7, 0, 3, -5, 1_000_000, 25, 100][r.below(8)]
        return .constant(.number(Quantity(ExactDecimal(significand: s, scale: r.below(3)), unit)))
    }

    /// The row path: every row through `Arithmetic` into a ``ValueBuilder``; nil when a row fails.
    static func reference(_ op: BinaryOperator, _ l: ColumnValues, _ r: ColumnValues, _ n: Int) -> ColumnValues? {
        var b = ValueBuilder(type: .number(nil), capacity: n)
        for i in 0..<n {
            guard case .number(let a) = l.value(at: i), case .number(let c) = r.value(at: i) else {
                b.append(.missing)
                continue
            }
            do throws(Arithmetic.Failure) {
                switch op {
                case .add: b.append(.number(try Arithmetic.addSubtract(a, c, subtract: false)))
                case .subtract: b.append(.number(try Arithmetic.addSubtract(a, c, subtract: true)))
                case .multiply: b.append(.number(try Arithmetic.multiply(a, c)))
                default: b.append(.number(try Arithmetic.divide(a, c)))
                }
            } catch {
                return nil
            }
        }
        return ColumnValues(b.finish())
    }

    static func fast(_ op: BinaryOperator, _ l: ColumnValues, _ r: ColumnValues, _ n: Int) -> ColumnValues? {
        switch op {
        case .add: return ScaledArithmetic.addSubtract(l, r, subtract: false, count: n, stop: { false }).map { .number($0) }
        case .subtract: return ScaledArithmetic.addSubtract(l, r, subtract: true, count: n, stop: { false }).map { .number($0) }
        case .multiply: return ScaledArithmetic.multiply(l, r, stop: { false }).map { .number($0) }
        default: return ScaledArithmetic.divide(l, r, count: n, stop: { false })
        }
    }

    /// Each row as it prints: digits at the column's scale, and the unit.
    static func printed(_ v: ColumnValues, _ n: Int) -> [String] {
        (0..<n).map { i in
            switch v.value(at: i) {
            case .number(let q): return "\(q.value) \(q.unit.symbol)"
            case let x: return "\(x)"
            }
        }
    }

    @Test func everyOperatorAgreesWithTheRowPathDigitForDigit() {
        var r = SplitMix(seed: 17)
        var taken: [BinaryOperator: Int] = [:]
        for round in 0..<1_500 {
            let n = 1 + r.below(40)
            let op: BinaryOperator = [.add, .subtract, .multiply, .divide][round % 4]
            let ul = Self.units[r.below(Self.units.count)], ur = Self.units[r.below(Self.units.count)]
            let shape = r.below(4)
            let l = shape == 2 ? Self.constant(&r, unit: ul) : Self.column(&r, n, unit: ul)
            let rr = shape == 1 ? Self.constant(&r, unit: ur) : Self.column(&r, n, unit: ur)
            guard let got = Self.fast(op, l, rr, n) else { continue }
            taken[op, default: 0] += 1
            guard let want = Self.reference(op, l, rr, n) else {
                Issue.record("round \(round): \(op) \(ul.symbol) \(ur.symbol): the row path fails, the column path answered")
                continue
            }
            #expect(Self.printed(got, n) == Self.printed(want, n), "round \(round): \(op) \(ul.symbol) \(ur.symbol)")
        }
        // The column path is taken often for each operator (the test is not vacuous).
        for op: BinaryOperator in [.add, .subtract, .multiply, .divide] {
            #expect(taken[op, default: 0] > 40, "\(op): \(taken[op, default: 0])")
        }
    }

    /// Division's edges: a zero divisor where the dividend is present (the row path reports it) or missing
    /// (missing), a quotient past 64 bits (held each at its own scale), rounding half to even, signs, `%`.
    @Test func divisionEdges() {
        func col(_ v: [Int64], _ scale: Int, _ u: Unit, present: [Bool]? = nil) -> ColumnValues {
            .number(NumberColumn(values: v, scale: scale, units: [u], unitCodes: nil, present: present))
        }
        func k(_ s: Int128, _ scale: Int = 0, _ u: Unit = .plain) -> ColumnValues {
            .constant(.number(Quantity(ExactDecimal(significand: s, scale: scale), u)))
        }
        // A present row over zero: nil, and the row path fails too.
        let zero = col([5, 0, 3], 0, .yiYuan)
        #expect(ScaledArithmetic.divide(col([1, 2, 3], 0, .yiYuan), zero, count: 3, stop: { false }) == nil)
        #expect(Self.reference(.divide, col([1, 2, 3], 0, .yiYuan), zero, 3) == nil)
        // Over zero where the dividend is missing: missing, as the row path gives it.
        let cases: [(ColumnValues, ColumnValues)] = [
            (col([1, 2, 3], 0, .yiYuan, present: [true, false, true]), zero),
            (col([1, 2, 3, 5, -5, 15, -15], 0, .plain), k(10)),          // 0.1, 0.2, 0.3, 0.5, …: exact
            (col([1, 2, -2, 1, 5], 16, .plain), k(4)),                  // half to even at the 16th place
            (col([1, -1, 2, 10_000], 0, .yiYuan), k(3)),               // 1/3 亿元, signs
            (col([100_00, 1], 2, .yiYuan), col([10, 3], 2, .yiYuan)),   // 1000 (past 64 bits at 16 places)
            (col([Int64.max, 7], 0, .wanYuan), col([1, 3], 0, .yiYuan)), // 万元 ÷ 亿元, past 64 bits
            (col([10, 36], 1, .percent), k(2)),                         // % ÷ plain stays %
            (col([10, 36], 1, .percent), col([5, 7], 0, .percent)),      // % ÷ % is plain
            (col([98, 7], 0, .yiYuan), col([15, 3], 0, .percent)),       // 亿元 ÷ % keeps 亿元
            (k(1), col([3, 7, 0], 0, .plain, present: [true, true, false])),
        ]
        for (i, (l, rr)) in cases.enumerated() {
            let n: Int
            if case .number(let c) = l { n = c.count } else if case .number(let c) = rr { n = c.count } else { n = 1 }
            guard let want = Self.reference(.divide, l, rr, n) else {
                Issue.record("case \(i): the row path fails")
                continue
            }
            guard let got = ScaledArithmetic.divide(l, rr, count: n, stop: { false }) else {
                Issue.record("case \(i): not taken")
                continue
            }
            #expect(Self.printed(got, n) == Self.printed(want, n), "case \(i)")
        }
        // 平方米 into 亩 is exact in decimal (× 0.0015): their common unit is 亩, as the row path takes it.
        let mu = Unit(symbol: "亩", dimension: .area, numerator: 2000, denominator: 3)
        let area = (col([3, 9], 0, mu), col([7, 2000], 0, Unit(symbol: "平方米", dimension: .area, numerator: 1)))
        #expect(ScaledArithmetic.divide(area.0, area.1, count: 2, stop: { false }).map { Self.printed($0, 2) }
                == Self.reference(.divide, area.0, area.1, 2).map { Self.printed($0, 2) })
        // Stopped: nil, and the caller's checkpoint ends the run.
        let big = col(Array(0..<200_000), 0, .plain)
        #expect(ScaledArithmetic.divide(big, k(7), count: 200_000, stop: { true }) == nil)
        #expect(ScaledArithmetic.divide(big, k(7), count: 200_000, stop: { false }) != nil)
    }
}

/// The fused paths against the unfused ones: a quotient compared with a constant in a `where`, and the top k
/// of a computed number in a `select … sort … top`.
@Suite struct EngineArithmeticFusionTests {
    /// Rows in generated order: `v` in 亿元 and `x` in 万元 (2 places; some missing, `x` zero only where `v`
    /// is missing), `p` in % (1 place), `w` plain with ties, `s` a text.
    static func environment(rows n: Int, seed: UInt64, zeroDivisor: Bool = false) -> Environment {
        var r = SplitMix(seed: seed)
        var v: [Int64] = [], x: [Int64] = [], p: [Int64] = [], w: [Int64] = []
        var vp: [Bool] = [], xp: [Bool] = []
        for i in 0..<n {
            let vm = r.below(9) == 0
            v.append(vm ? 0 : Int64(r.below(40_000)) - 2_000)
            vp.append(!vm)
            let xm = r.below(11) == 0
            var xv = Int64(r.below(3_000_000)) + 1
            if r.below(20) == 0 { xv = -xv }
            if vm && r.below(2) == 0 { xv = 0 }
            if zeroDivisor && i == n / 2 { xv = 0; v[i] = 5; vp[i] = true }
            x.append(xm ? 0 : xv)
            xp.append(!xm)
            p.append(Int64(r.below(2_000)) + 1)
            w.append(Int64(r.below(5)) * 50)
        }
        let table = Table(name: "t", columns: [
            Column(name: "v", data: .number(NumberColumn(values: v, scale: 2, units: [.yiYuan], unitCodes: nil, present: vp))),
            Column(name: "x", data: .number(NumberColumn(values: x, scale: 2, units: [.wanYuan], unitCodes: nil, present: xp))),
            Column(name: "p", data: .number(NumberColumn(values: p, scale: 1, units: [.percent], unitCodes: nil, present: nil))),
            Column(name: "w", data: .number(NumberColumn(values: w, scale: 2, units: [.plain], unitCodes: nil, present: nil))),
            Column(name: "s", data: .text(TextColumn((0..<n).map { "行\($0 % 7)" }))),
        ])
        return Environment(reports: [], collections: [table])
    }

    static func quantities(_ env: Environment, _ name: String) throws -> [Quantity?] {
        guard case .table(let t) = try env.compile("t select \(name)").run() else { return [] }
        return t.rows.map { if case .number(let q) = $0[0] { return q }; return nil }
    }

    @Test func aQuotientAgainstAConstantCountsAsTheRowPath() throws {
        let env = Self.environment(rows: 3_000, seed: 5)
        let v = try Self.quantities(env, "v"), x = try Self.quantities(env, "x"), p = try Self.quantities(env, "p")
        let w = try Self.quantities(env, "w")
        typealias Row = (Int) throws -> Quantity?
        func div(_ a: Quantity?, _ b: Quantity?) throws -> Quantity? {
            guard let a, let b else { return nil }
            return try Arithmetic.divide(a, b)
        }
        let cases: [(String, String, Row, Quantity)] = [
            ("v / x", "> 0.0001", { i in try div(v[i], x[i]) }, Quantity(ExactDecimal(significand: 1, scale: 4), .plain)),
            ("v / x", "<= 1%", { i in try div(v[i], x[i]) }, Quantity(ExactDecimal(1), .percent)),
            ("v / p", ">= 5000亿元", { i in try div(v[i], p[i]) }, Quantity(ExactDecimal(5000), .yiYuan)),
            ("v / p", "< 300000000万元", { i in try div(v[i], p[i]) }, Quantity(ExactDecimal(300_000_000), .wanYuan)),
            ("p / 3", "= 10%", { i in try div(p[i], Quantity(ExactDecimal(3), .plain)) }, Quantity(ExactDecimal(10), .percent)),
            ("w / 7", "!= 0", { i in try div(w[i], Quantity(ExactDecimal(7), .plain)) }, Quantity(ExactDecimal(0), .plain)),
            ("100 / w", "> 1", { i in try div(Quantity(ExactDecimal(100), .plain), w[i]) }, Quantity(ExactDecimal(1), .plain)),
        ]
        for (e, c, f, k) in cases {
            let op = String(c.prefix { "<>=!".contains($0) })
            var n = 0, failed = false
            for i in 0..<3_000 {
                do {
                    guard let q = try f(i) else { continue }
                    let d = try Arithmetic.compare(q, k)
                    let holds: Bool
                    switch op {
                    case ">": holds = d > 0
                    case ">=": holds = d >= 0
                    case "<": holds = d < 0
                    case "<=": holds = d <= 0
                    case "=": holds = d == 0
                    default: holds = d != 0
                    }
                    if holds { n += 1 }
                } catch {
                    failed = true
                }
            }
            let q = "t where \(e) \(c) count"
            if failed {
                #expect(throws: (any Error).self, "\(q)") { try env.compile(q).run() }
            } else {
                #expect(try env.compile(q).run() == .scalar(.number(Quantity(ExactDecimal(n))), skipped: 0), "\(q)")
            }
        }
        // A present row over zero: the row path's error, fused or not.
        let zero = Self.environment(rows: 3_000, seed: 5, zeroDivisor: true)
        #expect(throws: (any Error).self) { try zero.compile("t where v / x > 1 count").run() }
        #expect(throws: (any Error).self) { try zero.compile("t select v / x as d sort d desc top 3").run() }
        #expect(throws: (any Error).self) { try zero.compile("t where s != 行3 select v / x as d sort d top 3").run() }
    }

    /// Each value as significand, places and unit — normalized, as every value prints (a column of quotients
    /// past 64 bits holds each value at its own scale, some at the scale the column had when it widened; the
    /// fused path builds only k of them).
    static func exact(_ rows: [[Value]]) -> [String] {
        rows.map { r in
            r.map { v in
                if case .number(let q) = v {
                    let d = q.value.normalized
                    return "\(d.significand)e-\(d.scale)\(q.unit.symbol)"
                }
                return "\(v)"
            }.joined(separator: " | ")
        }
    }

    @Test func theTopOfAComputedNumberIsTheFullSortsPrefix() throws {
        for seed: UInt64 in [1, 2, 3] {
            let env = Self.environment(rows: 5_000, seed: seed)
            for (fused, k) in [("t select s, v - x as d sort d desc", 9), ("t where s != 行3 select s, w + w as d, v sort d", 12),
                               ("t select v + 1亿元 as d, s sort d desc", 4_600), ("t where w > 1000 select s, v - x as d sort d", 5),
                               ("t select w * 2 - 1 as d sort d desc", 3),
                               // Quotients: narrow, past 64 bits (w ÷ 10⁻⁷), after a where, missing last.
                               ("t select s, v / x as d sort d desc", 9), ("t where s != 行3 select v / p as d, s sort d", 12),
                               ("t select w / 0.0000001 as d, s sort d desc", 5), ("t select v / 7 as d sort d desc", 4_700),
                               ("t where w > 1000 select s, v / x as d sort d", 5)] {
                guard case .table(let top) = try env.compile("\(fused) top \(k)").run(),
                      case .table(let all) = try env.compile(fused).run() else {
                    Issue.record("\(fused): not a table")
                    continue
                }
                #expect(Self.exact(top.rows) == Self.exact(Array(all.rows.prefix(k))), "\(fused) top \(k)")
            }
        }
    }
}
