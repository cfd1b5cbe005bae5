import Testing
import ReportModel
@testable import ReportQL

/// Quotients decided by multiplication (Engine/ScaledQuotient.swift, #17): `q ≥ L` without dividing, a quotient
/// against a constant in a `where`, the top k of quotients — each against the dividing path (the row path's
/// rounding: 16 places, half to even), on random data in five orders, with negatives, exact ties at the 17th
/// place, missing values, zero divisors, units and a constant on each side.
@Suite struct EngineQuotientTests {
    /// A quotient of constants at 10^shift whose operands are at most `xmax` and `ymax` in magnitude.
    static func quotient(shift: Int, xmax: UInt128, ymax: UInt128) -> ScaledQuotient? {
        ScaledQuotient(.constant(0), .constant(1), shift: shift, unit: .plain, present: [], numeratorMagnitude: xmax,
                       denominatorMagnitude: ymax, mayDivideByZero: false)
    }

    /// `q ≥ L` by multiplication is `exact(x, y) ≥ L` for random operands of every size and sign, bounds at and
    /// around each quotient, exact ties (x·p/y = L − ½, both parities), and bounds past every quotient.
    @Test func theTestWithoutDivisionIsTheDividedComparison() {
        var r = SplitMix(seed: 23)
        var ties = 0, checked = 0
        let magnitudes: [Int64] = [9, 1_000, 40_000, 3_000_000_000, Int64.max]
        for round in 0..<4_000 {
            let shift = [16, 16, 14, 18, 0, 2, 19, 30][r.below(8)]
            let xm = magnitudes[r.below(magnitudes.count)], ym = magnitudes[r.below(magnitudes.count)]
            guard let q = Self.quotient(shift: shift, xmax: UInt128(xm) + 1, ymax: UInt128(ym) + 1) else {
                // Only where |x|·10^shift could reach 10^38 or pass 128 bits.
                let (m, o) = (UInt128(xm) + 1).multipliedReportingOverflow(by: ScaledArithmetic.power10u128(shift))
                #expect(o || m >= UInt128(Int128.max) / 2 - 2, "round \(round)")
                continue
            }
            var x = Int64(truncatingIfNeeded: r.next() % (UInt64(xm) + 1))
            var y = Int64(truncatingIfNeeded: r.next() % UInt64(ym)) + 1
            if r.below(2) == 0 {
                // An exact tie: x·p/y = o/2 for an odd o (y = 2·x·p/o).
                let o = Int64(2 * r.below(1_000) + 1), f = Int64(1 + r.below(40))
                let p = q.p10
                if UInt128(o) * UInt128(f) <= UInt128(xm), UInt128(2) * UInt128(f) * p <= UInt128(ym) {
                    x = o * f
                    y = Int64(2 * UInt128(f) * p)
                    ties += 1
                }
            }
            if r.below(3) == 0 { x = -x }
            if r.below(3) == 0 { y = -y }
            if xm == Int64.max, r.below(20) == 0 { x = r.below(2) == 0 ? Int64.max : Int64.min + 1 }
            guard let e = q.exact(x, y) else {
                Issue.record("round \(round): no quotient of \(x) / \(y) at 10^\(shift)")
                continue
            }
            let (lhs, d) = q.sides(x, y)
            for l in [e - 1, e, e + 1, e + 2, 0, 1, -1, q.limit, q.limit + 5, -q.limit - 5, Int128(r.next()) - Int128(UInt64.max / 2)] {
                guard let t = ScaledQuotient.Threshold(atLeast: l, q) else { continue }
                checked += 1
                #expect(t.holds(lhs, d) == (e >= l), "round \(round): \(x) / \(y) at 10^\(shift) ≥ \(l) (q = \(e))")
            }
        }
        #expect(ties > 200)
        #expect(checked > 20_000)
        // |x|·10^shift at 10^38: refused (the dividing path runs and reports).
        #expect(Self.quotient(shift: 20, xmax: UInt128(Int64.max), ymax: 10) == nil)
        #expect(Self.quotient(shift: 16, xmax: UInt128(Int64.max), ymax: 10) != nil)
    }

    // MARK: Queries

    enum Order: CaseIterable { case random, ascending, descending, constant, clustered }

    /// `n` rows in `order`: `v` 亿元 (2 places, negatives, some missing, some of a few cents), `x` 万元 (some
    /// negative and missing; 0 only where `v` is missing), `t` 亿元 never 0 (both signs), `h` plain 1310.72 and
    /// its multiples (so `v / h` ties at the 17th place), `w` plain with ties and zeros, `p` %, `big` plain
    /// near the ends of 64 bits, `s` a text. `zeroDivisor`: one row's `x` is 0 where `v` is present.
    static func environment(rows n: Int, seed: UInt64, order: Order, zeroDivisor: Bool = false) -> Environment {
        Environment(reports: [], collections: [table(rows: n, seed: seed, order: order, zeroDivisor: zeroDivisor)])
    }

    static func table(rows n: Int, seed: UInt64, order: Order, zeroDivisor: Bool = false) -> Table {
        var r = SplitMix(seed: seed)
        struct Row { var v: Int64?; var x: Int64?; var t: Int64?; var h: Int64; var w: Int64; var p: Int64; var big: Int64; var s: Int }
        var rows: [Row] = []
        for i in 0..<n {
            var v: Int64? = r.below(9) == 0 ? nil : Int64(r.below(40_000)) - 2_000
            if r.below(10) == 0 { v = Int64(r.below(9)) + 1 }
            var x: Int64? = Int64(r.below(3_000_000)) + 1
            if r.below(20) == 0 { x = -x! }
            if v == nil && r.below(2) == 0 { x = 0 }
            if r.below(11) == 0 { x = nil }
            if zeroDivisor && i == n / 2 { x = 0; v = 5 }
            let t: Int64? = r.below(13) == 0 ? nil : (Int64(r.below(50_000)) + 1) * (r.below(4) == 0 ? -1 : 1)
            let h = [131_072, 262_144, 65_536, -131_072, 3][r.below(5)]
            let big = Int64.max / 2 - Int64(r.below(1_000_000)) * (r.below(2) == 0 ? 1 : -3)
            rows.append(Row(v: v, x: x, t: t, h: Int64(h), w: Int64(r.below(5)) * 50, p: Int64(r.below(2_000)) + 1,
                            big: big, s: r.below(7)))
        }
        switch order {
        case .random: break
        case .ascending: rows.sort { ($0.v ?? .max) < ($1.v ?? .max) }
        case .descending: rows.sort { ($0.v ?? .min) > ($1.v ?? .min) }
        case .constant: for i in rows.indices where rows[i].v != nil { rows[i].v = 10_000 }
        case .clustered: rows = rows.enumerated().sorted { ($0.element.s, $0.offset) < ($1.element.s, $1.offset) }.map(\.element)
        }
        func number(_ values: [Int64?], _ scale: Int, _ unit: Unit) -> ColumnData {
            let present = values.map { $0 != nil }
            return .number(NumberColumn(values: values.map { $0 ?? 0 }, scale: scale, units: [unit], unitCodes: nil,
                                        present: present.allSatisfy { $0 } ? nil : present))
        }
        return Table(name: "t", columns: [
            Column(name: "v", data: number(rows.map(\.v), 2, .yiYuan)),
            Column(name: "x", data: number(rows.map(\.x), 2, .wanYuan)),
            Column(name: "t", data: number(rows.map(\.t), 2, .yiYuan)),
            Column(name: "h", data: number(rows.map(\.h), 2, .plain)),
            Column(name: "w", data: number(rows.map(\.w), 2, .plain)),
            Column(name: "p", data: number(rows.map(\.p), 1, .percent)),
            Column(name: "big", data: number(rows.map(\.big), 0, .plain)),
            Column(name: "s", data: .text(TextColumn(rows.map { "行\($0.s)" }))),
        ])
    }

    /// Every row's value of `e` (a number or missing), or nil when some row fails (the row path reports it).
    static func values(_ env: Environment, _ e: String) -> [Quantity?]? {
        guard case .table(let t)? = try? env.compile("t select \(e) as e").run() else { return nil }
        return t.rows.map { if case .number(let q) = $0[0] { return q }; return nil }
    }

    /// `where a / b op c count`, the row path's way: each present row's quotient by `Arithmetic.divide`, compared
    /// by `Arithmetic.compare`; nil when a row divides by zero.
    static func reference(_ env: Environment, _ a: String, _ b: String, _ op: String, _ c: Quantity) -> Int? {
        guard let xs = values(env, a), let ys = values(env, b) else { return nil }
        var n = 0
        for (x, y) in zip(xs, ys) {
            guard let x, let y else { continue }
            guard let q = try? Arithmetic.divide(x, y), let d = try? Arithmetic.compare(q, c) else { return nil }
            switch op {
            case ">": n += d > 0 ? 1 : 0
            case ">=": n += d >= 0 ? 1 : 0
            case "<": n += d < 0 ? 1 : 0
            case "<=": n += d <= 0 ? 1 : 0
            case "=": n += d == 0 ? 1 : 0
            default: n += d != 0 ? 1 : 0
            }
        }
        return n
    }

    static let conditions: [(a: String, b: String, op: String, c: Quantity)] = {
        func q(_ s: Int128, _ scale: Int, _ u: Unit = .plain) -> Quantity { Quantity(ExactDecimal(significand: s, scale: scale), u) }
        return [
            ("v", "x", ">", q(1, 4)), ("v", "x", "<=", q(1, 0, .percent)), ("x", "t", ">=", q(5, 1)),
            ("v", "t", "<", q(-25, 2)), ("v", "t", "=", q(0, 0)), ("v", "t", "!=", q(1, 0)),
            // Ties at the 17th place: 0.01 ÷ 1310.72 = 0.00000762939453125 (to …312), 0.03 ÷ 1310.72 (to …938).
            ("v", "h", "=", q(76_293_945_312, 16, .yiYuan)), ("v", "h", ">", q(76_293_945_312, 16, .yiYuan)),
            ("v", "h", "<", q(228_881_835_938, 16, .yiYuan)), ("v", "h", ">=", q(228_881_835_938, 16, .yiYuan)),
            ("v", "h", "!=", q(228_881_835_938, 16, .yiYuan)), ("v", "h", "<=", q(-1, 16, .wanYuan)),
            // A constant on each side, units (亿元 ÷ % keeps 亿元, % ÷ plain stays %), arithmetic operands.
            ("100亿元", "t", ">", q(3, 0)), ("v", "7", ">=", q(123_456, 4, .yiYuan)), ("p", "3", "=", q(10, 0, .percent)),
            ("v", "p", ">=", q(5000, 0, .yiYuan)), ("v", "p", "<", q(300_000_000, 0, .wanYuan)), ("w", "7", "!=", q(0, 0)),
            ("(v - x)", "t", ">", q(1, 0)), ("v", "(t * 2)", "<=", q(0, 0)), ("big", "h", ">", q(1_000_000_000_000, 0)),
            ("big", "3", "<", q(Int128(Int64.max / 6), 0)),
            // Zero divisors: the row path's error.
            ("v", "w", ">", q(1, 0)), ("x", "v", "<", q(2, 0)),
        ]
    }()

    static func literal(_ c: Quantity) -> String { "\(c.value)\(c.unit.symbol)" }

    @Test(arguments: Order.allCases)
    func aQuotientInAWhereCountsAsTheRowPath(_ order: Order) throws {
        for seed: UInt64 in [1, 2] {
            let table = Self.table(rows: 2_500, seed: seed, order: order)
            let env = Environment(reports: [], collections: [table])
            for (a, b, op, c) in Self.conditions {
                let query = "t where \(a) / \(b) \(op) \(Self.literal(c)) count"
                let flipped = "t where \(Self.literal(c)) \(Self.flip(op)) \(a) / \(b) count"
                guard let want = Self.reference(env, a, b, op, c) else {
                    #expect(throws: (any Error).self, "\(query)") { try env.compile(query).run() }
                    continue
                }
                for q in [query, flipped] {
                    #expect(try env.compile(q).run() == .scalar(.number(Quantity(ExactDecimal(want))), skipped: 0), "\(order) \(q)")
                    // Column arithmetic over column arithmetic is decided by multiplication (the test is not vacuous),
                    // but for a constant in 万元 that has more than 16 places in the quotient's 亿元.
                    #expect(try Self.fused(env, table, q) == (c.unit != .wanYuan || a == "v" && b == "p"), "\(order) \(q)")
                }
            }
        }
        // A present row over zero, fused or not: the row path's error.
        let zero = Self.environment(rows: 2_500, seed: 3, order: order, zeroDivisor: true)
        for q in ["t where v / x > 1 count", "t where v > -100000 and v / x > 1 count", "t select v / x as d sort d desc top 3",
                  "t where v > -100000 select v / x as d sort d top 3"] {
            #expect(throws: (any Error).self, "\(order) \(q)") { try zero.compile(q).run() }
        }
        // A guard that leaves the row out keeps it from being divided (as SQLite answers), in `and`, `or` and `if`.
        #expect(try zero.compile("t where x != 0 and v / x > 1 count").run()
                == zero.compile("t where x != 0 where v / x > 1 count").run(), "\(order)")
        #expect(try zero.compile("t where x = 0 or v / x > 1 count").run()
                == zero.compile("t where x != 0 where v / x > 1 count").run().adding(zero.compile("t where x = 0 count").run()), "\(order)")
        #expect(try zero.compile("t where x != 0 sort v select v / x as d").run()
                == zero.compile("t sort v select x, if(x = 0, 0, v / x) as d where x != 0 select d").run(), "\(order)")
    }

    /// Whether `query`'s `where` runs as a quotient decided by multiplication, or its select's quotient is one.
    static func fused(_ env: Environment, _ table: Table, _ query: String) throws -> Bool {
        let q = try env.compile(query)
        let frame = Frame(table: table, hidden: { _ in false })
        let evaluator = Evaluator(ExecutionContext(environment: env, bindings: [:], parameters: [:], file: q.file))
        for step in q.plan.steps {
            switch step {
            case .filter(let p):
                if case .quotient = try evaluator.condition(p, frame) { return true }
            case .select(let items):
                for item in items {
                    if case .arithmetic(.divide, let a, let b) = item.expr.kind, ScaledQuotient(a, b, frame) != nil { return true }
                }
            default:
                break
            }
        }
        return false
    }

    static func flip(_ op: String) -> String {
        ["<": ">", ">": "<", "<=": ">=", ">=": "<=", "=": "=", "!=": "!="][op] ?? op
    }

    /// The top k of a quotient: the full sort's first k rows, digit for digit (values, scale, units, order of
    /// ties, missing last), and the same as the dividing path gives (`round(v, 2)` is `v`, but not column
    /// arithmetic).
    @Test(arguments: Order.allCases)
    func theTopOfAQuotientIsTheFullSortsPrefix(_ order: Order) throws {
        let table = Self.table(rows: 2_500, seed: 7, order: order)
        let env = Environment(reports: [], collections: [table])
        // Each query, and the same with an operand that is not column arithmetic (the dividing path).
        for (fused, divided, k) in [
            ("t select s, v / x as d sort d desc", "t select s, round(v, 2) / x as d sort d desc", 7),
            ("t where s != 行3 select v / t as d, s sort d", "t where s != 行3 select v / round(t, 2) as d, s sort d", 12),
            ("t select big / h as d sort d desc", "t select round(big, 0) / h as d sort d desc", 5),
            ("t select big / h as d sort d", "t select big / round(h, 2) as d sort d", 5),
            ("t select v / h as d, s sort d", "t select round(v, 2) / h as d, s sort d", 9),
            ("t select w / 7 as d, s sort d desc", "t select round(w, 2) / 7 as d, s sort d desc", 30),
            ("t select 100亿元 / t as d sort d desc", "t select 100亿元 / round(t, 2) as d sort d desc", 6),
            ("t select x / t as d sort d", "t select round(x, 2) / t as d sort d", 11),
            ("t select (v - x) / t as d sort d desc", "t select (v - x) / round(t, 2) as d sort d desc", 8),
            ("t select v / 7 as d sort d desc", "t select round(v, 2) / 7 as d sort d desc", 2_450),
            ("t select v / x as d, s sort d", "t select v / round(x, 2) as d, s sort d", 2_500),
            ("t where w > 100 select s, v / x as d sort d", "t where w > 100 select s, round(v, 2) / x as d sort d", 5),
        ] {
            guard case .table(let top) = try env.compile("\(fused) top \(k)").run(),
                  case .table(let all) = try env.compile(fused).run(),
                  case .table(let dividing) = try env.compile("\(divided) top \(k)").run() else {
                Issue.record("\(fused): not a table")
                continue
            }
            #expect(try Self.fused(env, table, fused) && !Self.fused(env, table, divided), "\(fused)")
            let got = EngineArithmeticFusionTests.exact(top.rows)
            #expect(got == EngineArithmeticFusionTests.exact(Array(all.rows.prefix(k))), "\(order) \(fused) top \(k)")
            #expect(got == EngineArithmeticFusionTests.exact(dividing.rows), "\(order) \(fused) top \(k), divided")
        }
    }

    /// Quotients past 64 bits that come late in the scan, after the top k has a bar, still make the column wide
    /// (each value at its own scale): found by the rows that enter when every quotient is ≥ 0 or ≤ 0 and the
    /// order's best end is the far one, by the test of each row otherwise.
    @Test func quotientsPast64BitsLateInTheScanAreFound() throws {
        var r = SplitMix(seed: 9)
        let n = 6_000
        // `a` ≥ 0; `b` large (quotients below 1) for the first rows, then 0.01 … 0.10 (up to 5·10^20 at 16 places).
        // The smallest quotient, 10.00 ÷ 800.00 = 0.0125 on rows 100…109, has trailing zeros no other has: a
        // narrow column holds it at 16 places, a wide one at its own 4.
        let a = (0..<n).map { i in (100..<110).contains(i) ? 1_000 : Int64(1_000 + r.below(49_000)) }
        let b = (0..<n).map { i in
            (100..<110).contains(i) ? 80_000 : i < n - 500 ? Int64(50_000 + r.below(30_000)) : Int64(1 + r.below(10))
        }
        let table = Table(name: "t", columns: [
            Column(name: "a", data: .number(NumberColumn(values: a, scale: 2, units: [.plain], unitCodes: nil, present: nil))),
            Column(name: "b", data: .number(NumberColumn(values: b, scale: 2, units: [.plain], unitCodes: nil, present: nil))),
            Column(name: "c", data: .number(NumberColumn(values: b.map { -$0 }, scale: 2, units: [.plain], unitCodes: nil, present: nil))),
        ])
        let env = Environment(reports: [], collections: [table])
        // Each value as held (significand and scale, not normalized): a wide column holds them as built.
        func raw(_ rows: [[Value]]) -> [String] {
            rows.map { $0.map { if case .number(let q) = $0 { return "\(q.value.significand)e-\(q.value.scale)" }; return "\($0)" }.joined(separator: " | ") }
        }
        for e in ["a / b", "a / c"] {
            for order in ["", " desc"] {
                let fused = "t select a, \(e) as d sort d\(order)"
                let dividing = fused.replacingOccurrences(of: "a / ", with: "round(a, 2) / ")
                guard case .table(let top) = try env.compile("\(fused) top 4").run(), case .table(let all) = try env.compile(fused).run(),
                      case .table(let divided) = try env.compile("\(dividing) top 4").run() else {
                    Issue.record("\(fused): not a table")
                    continue
                }
                #expect(try Self.fused(env, table, fused) && !Self.fused(env, table, dividing), "\(fused)")
                #expect(EngineArithmeticFusionTests.exact(top.rows) == EngineArithmeticFusionTests.exact(Array(all.rows.prefix(4))), "\(fused)")
                #expect(raw(top.rows) == raw(divided.rows), "\(fused)")
            }
        }
    }

    // MARK: The kernels on two threads

    /// A column of `values` (0 where missing) and its expression.
    static func column(_ values: [Int64?]) -> (ScaledExpr, NumberColumn) {
        let present = values.map { $0 != nil }
        let c = NumberColumn(values: values.map { $0 ?? 0 }, scale: 2, units: [.yiYuan], unitCodes: nil,
                             present: present.allSatisfy { $0 } ? nil : present)
        return (.column(c.storage, factor: 1), c)
    }

    /// The scan's two parts give the one-part answer (top k and each condition), and a selection in another
    /// order (blocks of rows) gives the rows' own answers.
    @Test func twoPartsAnswerAsOne() throws {
        var r = SplitMix(seed: 41)
        let n = 40_000
        for range in [60_000, 900] {
        let xs: [Int64?] = (0..<n).map { _ in r.below(15) == 0 ? nil : Int64(r.below(range)) - Int64(range / 6) }
        let ys: [Int64?] = (0..<n).map { i in r.below(17) == 0 ? nil : Int64(1 + r.below(i < n / 2 ? 100 : 90_000)) * (r.below(5) == 0 ? -1 : 1) }
        let (xe, xc) = Self.column(xs), (ye, yc) = Self.column(ys)
        let present = [xc.present, yc.present].compactMap { $0 }
        let xmax = UInt128(xs.compactMap { $0?.magnitude }.max() ?? 0), ymax = UInt128(ys.compactMap { $0?.magnitude }.max() ?? 0)
        guard let q = ScaledQuotient(xe, ye, shift: 16, unit: .plain, present: present, numeratorMagnitude: xmax,
                                     denominatorMagnitude: ymax, mayDivideByZero: true) else {
            Issue.record("not taken")
            return
        }
        let reversed = (0..<Int32(n)).reversed().map { $0 }
        for selection in [nil, reversed] {
            var one = Scan(count: n, selection: selection, condition: nil)
            one.parallelFrom = Int.max
            var two = one
            two.parallelFrom = 4 * blockSize
            #expect(two.parts().count == 2 && one.parts().count == 1)
            #expect(q.dividesByZero(one) == false && q.dividesByZero(two) == false)
            let exact: [Int128?] = (0..<n).map { i in
                guard let x = xs[i], let y = ys[i] else { return nil }
                return q.exact(x, y)
            }
            let order = selection.map { $0.map(Int.init) } ?? Array(0..<n)
            for descending in [true, false] {
                for k in [1, 10, 300] {
                    guard let a = q.top(one, descending: descending, k: k), let b = q.top(two, descending: descending, k: k) else {
                        Issue.record("no top")
                        continue
                    }
                    #expect(a.best.map(\.row) == b.best.map(\.row) && a.best.map(\.quotient) == b.best.map(\.quotient))
                    #expect(a.missing == b.missing && a.kept == n && b.kept == n && a.wide == b.wide)
                    #expect(a.wide == (range > 900) && (a.wide || a.zeros == b.zeros))
                    // Against a full stable sort of the divided quotients.
                    let ranked = order.filter { exact[$0] != nil }.enumerated().sorted { l, r in
                        let u = exact[l.element]!, v = exact[r.element]!
                        return u != v ? (descending ? u > v : u < v) : l.offset < r.offset
                    }.prefix(k)
                    #expect(b.best.map(\.row) == ranked.map { Int32($0.element) }, "k \(k) descending \(descending)")
                    #expect(b.best.map(\.quotient) == ranked.map { exact[$0.element]! })
                    #expect(b.missing == Array(order.filter { exact[$0] == nil }.prefix(k).map(Int32.init)))
                }
            }
            for (op, c) in [(BinaryOperator.greater, Int128(5_000_000_000_000_000)), (.lessEqual, 0), (.equal, 0),
                            (.notEqual, 10_000_000_000_000_000), (.less, -3_333_333_333_333_333), (.greaterEqual, 20_000 * 10_000_000_000_000_000)] {
                guard let comparison = QuotientComparison(q, op, c) else {
                    Issue.record("\(op) not taken")
                    continue
                }
                var s = Scan(count: n, selection: selection, condition: .quotient(comparison))
                s.parallelFrom = 4 * blockSize
                let want = order.filter { i in
                    guard let e = exact[i] else { return false }
                    switch op {
                    case .greater: return e > c
                    case .lessEqual: return e <= c
                    case .equal: return e == c
                    case .notEqual: return e != c
                    case .less: return e < c
                    default: return e >= c
                    }
                }
                #expect(s.rows() == want.map(Int32.init), "\(op) \(c)")
            }
        }
        // A present zero divisor is found (in either part); one where the dividend is missing is not.
        for at in [3, n - 3] {
            var zs = ys
            zs[at] = 0
            var scan = Scan(count: n, selection: nil, condition: nil)
            scan.parallelFrom = 4 * blockSize
            let (ze, zc) = Self.column(zs)
            let zq = ScaledQuotient(xe, ze, shift: 16, unit: .plain, present: [xc.present, zc.present].compactMap { $0 },
                                    numeratorMagnitude: xmax, denominatorMagnitude: ymax, mayDivideByZero: true)
            #expect(zq?.dividesByZero(scan) == (xs[at] != nil))
            #expect(zq.map { $0.top(scan, descending: true, k: 3) == nil } == (xs[at] != nil))
        }
        }
    }
}

private extension QueryResult {
    /// The sum of two counts.
    func adding(_ other: QueryResult) -> QueryResult {
        guard case .scalar(.number(let q), let skipped) = self, case .scalar(.number(let n), _) = other else { return self }
        return .scalar(.number(Quantity(try! q.value.adding(n.value), q.unit)), skipped: skipped)
    }
}
