import ReportModel

// Arithmetic and comparisons of whole number columns on their scaled-integer significands, a column at a
// time, under the unit rules of `Arithmetic` (see Check/Arithmetic.swift): `a ± b` in a common unit, `a × k`
// and `k × a` for a plain constant `k` keeping `a`'s unit, `a op b` comparing exactly. Only conversions
// that are exact in decimal (a factor n / 10^k) are taken; anything else — a division, a percentage's own
// rules, a column whose units vary or whose values are held wide, a value or an intermediate that would
// overflow 64 bits — answers nil and the caller takes the exact row-by-row path: never a wrong answer.
// Loops run in blocks and ask `stop` between blocks (nil then, and the caller's checkpoint ends the run).

enum ScaledArithmetic {
    /// A number operand: significands at `scale` in `unit` (one per row, or one for every row).
    struct Operand {
        var values: [Int64]?
        var constant: Int64 = 0
        var scale: Int
        var unit: Unit
        var present: [Bool]?

        init?(_ v: ColumnValues) {
            switch v {
            case .number(let c):
                guard c.isUniform else { return nil }
                values = c.values
                scale = c.scale
                unit = c.units[0]
                present = c.present
            case .constant(.number(let q)):
                var s = q.value.significand, k = q.value.scale
                while k < 0 {
                    let (m, o) = s.multipliedReportingOverflow(by: 10)
                    if o { return nil }
                    s = m
                    k += 1
                }
                guard let x = Int64(exactly: s) else { return nil }
                values = nil
                constant = x
                scale = k
                unit = q.unit
                present = nil
            default:
                return nil
            }
        }

        /// The operand multiplied by `factor` (a unit conversion or a widening of scale); nil on overflow.
        func times(_ factor: Int64, addingScale k: Int, stop: () -> Bool) -> Operand? {
            var o = self
            o.scale += k
            if factor == 1 { return o }
            guard let values else {
                let (m, overflow) = constant.multipliedReportingOverflow(by: factor)
                if overflow { return nil }
                o.constant = m
                return o
            }
            guard let out = ScaledArithmetic.map(values, stop: stop, { x in x.multipliedReportingOverflow(by: factor) }) else {
                return nil
            }
            o.values = out
            return o
        }

        /// In `unit`, when the conversion is exact in decimal.
        func converted(to target: Unit, stop: () -> Bool) -> Operand? {
            if unit == target { return self }
            guard let (f, k) = ScaledArithmetic.factor(from: unit, to: target) else { return nil }
            var o = times(f, addingScale: k, stop: stop)
            o?.unit = target
            return o
        }

        /// At `scale` (not below its own).
        func rescaled(to s: Int, stop: () -> Bool) -> Operand? {
            guard s >= scale, s - scale <= 18 else { return nil }
            return times(ScaledArithmetic.power10[s - scale], addingScale: s - scale, stop: stop)
        }
    }

    static let power10: [Int64] = (0...18).map { k in (0..<k).reduce(Int64(1)) { p, _ in p * 10 } }

    /// The factor `f` and the places `k` such that a value in `from` is `value × f / 10^k` in `to`; nil when
    /// the conversion is not exact in decimal or does not fit 64 bits.
    static func factor(from: Unit, to: Unit) -> (Int64, Int)? {
        guard var (n, d) = from.conversion(to: to), n > 0, d > 0 else { return nil }
        var a = n, b = d
        while b != 0 { (a, b) = (b, a % b) }
        n /= a
        d /= a
        for k in 0...18 {
            let p = Int128(power10[k])
            if p % d == 0 {
                guard let f = Int64(exactly: n * (p / d)) else { return nil }
                return (f, k)
            }
        }
        return nil
    }

    /// Both operands in one unit and at one scale; nil when that is not exact or would overflow.
    static func aligned(_ a: Operand, _ b: Operand, unit: Unit, stop: () -> Bool) -> (Operand, Operand)? {
        guard let x = a.converted(to: unit, stop: stop), let y = b.converted(to: unit, stop: stop) else { return nil }
        let s = max(x.scale, y.scale)
        guard let x2 = x.rescaled(to: s, stop: stop), let y2 = y.rescaled(to: s, stop: stop) else { return nil }
        return (x2, y2)
    }

    /// The unit of `a ± b` on scaled integers: their one unit, or the common unit of one dimension; nil where
    /// Arithmetic's own rules apply (`% − %` is 百分点; ratios and 百分点 of different units do not add).
    static func sumUnit(_ a: Unit, _ b: Unit, subtract: Bool) -> Unit? {
        if a == b { return subtract && a == .percent ? nil : a }
        let d = a.dimension
        guard d == b.dimension, d != .ratio, d != .points else { return nil }
        return Arithmetic.commonUnit(a, b)
    }

    /// The units `a ± b` is computed in — `a`'s, `b`'s — and the result's unit, as `Arithmetic.addSubtract`
    /// gives them: `% − %` is 百分点; `% ± 百分点` and `百分点 + %` are `%`; a plain number meeting a percentage
    /// works in plain numbers; else the common unit of one dimension. Nil where the rules refuse.
    static func sumUnits(_ a: Unit, _ b: Unit, subtract: Bool) -> (Unit, Unit, Unit)? {
        switch (a.dimension, b.dimension) {
        case (.ratio, .ratio) where subtract && a == .percent && b == .percent:
            return (.percent, .percent, .points)
        case (.ratio, .points):
            return (.percent, b, .percent)
        case (.points, .ratio) where !subtract:
            return (a, .percent, .percent)
        default:
            guard a.dimension == b.dimension else { return nil }
            let u = (a.dimension == .ratio && a != b) ? Unit.plain : Arithmetic.commonUnit(a, b)
            return (u, u, u)
        }
    }

    /// `l ± r`, or nil (see the file's comment). One side at least is a column of `count` rows.
    static func addSubtract(_ l: ColumnValues, _ r: ColumnValues, subtract: Bool, count: Int, stop: () -> Bool) -> NumberColumn? {
        guard let a = Operand(l), let b = Operand(r), a.values != nil || b.values != nil,
              let (ua, ub, unit) = sumUnits(a.unit, b.unit, subtract: subtract),
              let a1 = a.converted(to: ua, stop: stop), let b1 = b.converted(to: ub, stop: stop) else { return nil }
        let s = max(a1.scale, b1.scale)
        guard let x = a1.rescaled(to: s, stop: stop), let y = b1.rescaled(to: s, stop: stop) else { return nil }
        let out: [Int64]?
        switch (x.values, y.values) {
        case (let u?, let v?):
            out = zip2(u, v, stop: stop) { p, q in subtract ? p.subtractingReportingOverflow(q) : p.addingReportingOverflow(q) }
        case (let u?, nil):
            let k = y.constant
            out = map(u, stop: stop) { p in subtract ? p.subtractingReportingOverflow(k) : p.addingReportingOverflow(k) }
        case (nil, let v?):
            let k = x.constant
            out = map(v, stop: stop) { q in subtract ? k.subtractingReportingOverflow(q) : k.addingReportingOverflow(q) }
        default:
            out = nil
        }
        guard let out else { return nil }
        return column(out, scale: x.scale, unit: unit, present: bothPresent(x.present, y.present))
    }

    /// `l × r` as `Arithmetic.multiply` gives it: a ratio side (plain, %, ‰) in plain numbers times the other,
    /// which keeps its unit; nil for two dimensioned sides (the row path reports it) or an overflow.
    static func multiply(_ l: ColumnValues, _ r: ColumnValues, stop: () -> Bool) -> NumberColumn? {
        guard let a = Operand(l), let b = Operand(r), a.values != nil || b.values != nil else { return nil }
        let c: Operand, k: Operand
        if b.unit.dimension == .ratio {
            guard let p = b.converted(to: .plain, stop: stop) else { return nil }
            (c, k) = (a, p)
        } else if a.unit.dimension == .ratio {
            guard let p = a.converted(to: .plain, stop: stop) else { return nil }
            (c, k) = (b, p)
        } else {
            return nil
        }
        let scale = c.scale + k.scale
        guard scale <= ExactDecimal.maxScale else { return nil }
        let out: [Int64]?
        switch (c.values, k.values) {
        case (let u?, let v?):
            out = zip2(u, v, stop: stop) { p, q in p.multipliedReportingOverflow(by: q) }
        case (let u?, nil):
            let f = k.constant
            out = map(u, stop: stop) { p in p.multipliedReportingOverflow(by: f) }
        case (nil, let v?):
            let f = c.constant
            out = map(v, stop: stop) { q in f.multipliedReportingOverflow(by: q) }
        default:
            out = nil
        }
        guard let out else { return nil }
        return column(out, scale: scale, unit: c.unit, present: bothPresent(c.present, k.present))
    }

    /// `l op r` of two number columns of one dimension, exactly; missing where either is. Nil when a unit
    /// conversion is not exact in decimal or a value would overflow.
    static func compare(_ op: BinaryOperator, _ l: ColumnValues, _ r: ColumnValues, stop: () -> Bool) -> BoolColumn? {
        guard [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(op),
              case .number = l, case .number = r, let a = Operand(l), let b = Operand(r),
              a.unit.dimension == b.unit.dimension else { return nil }
        let unit = a.unit == b.unit || factor(from: b.unit, to: a.unit) != nil ? a.unit : b.unit
        guard let (x, y) = aligned(a, b, unit: unit, stop: stop), let u = x.values, let v = y.values else { return nil }
        let n = u.count
        var out = [Bool](repeating: false, count: n)
        var stopped = false
        u.withUnsafeBufferPointer { p in
            v.withUnsafeBufferPointer { q in
                out.withUnsafeMutableBufferPointer { o in
                    var lo = 0
                    while lo < n {
                        if stop() { stopped = true; return }
                        let hi = min(n, lo + blockSize * 32)
                        switch op {
                        case .equal: for i in lo..<hi { o[i] = p[i] == q[i] }
                        case .notEqual: for i in lo..<hi { o[i] = p[i] != q[i] }
                        case .less: for i in lo..<hi { o[i] = p[i] < q[i] }
                        case .lessEqual: for i in lo..<hi { o[i] = p[i] <= q[i] }
                        case .greater: for i in lo..<hi { o[i] = p[i] > q[i] }
                        default: for i in lo..<hi { o[i] = p[i] >= q[i] }
                        }
                        lo = hi
                    }
                }
            }
        }
        if stopped { return nil }
        let present = bothPresent(x.present, y.present)
        if let present {
            for i in 0..<n where !present[i] { out[i] = false }
        }
        return BoolColumn(values: out, present: present)
    }

    static func bothPresent(_ a: [Bool]?, _ b: [Bool]?) -> [Bool]? {
        guard let a else { return b }
        guard let b else { return a }
        return zip(a, b).map { $0 && $1 }
    }

    /// A column of `values` at `scale`, at the scale the row-by-row path would give it: the largest scale a
    /// present value needs once its trailing zeros are dropped.
    /// With `drop`, exactly that many trailing zeros are dropped (the ones the values of a whole column share,
    /// for some of its rows).
    static func column(_ values: [Int64], scale: Int, unit: Unit, present: [Bool]?, drop fixed: Int? = nil) -> NumberColumn? {
        var values = values
        var scale = scale
        var lo = Int64.max, hi = Int64.min
        var any = false
        let n = values.count
        values.withUnsafeMutableBufferPointer { v in
            if let present {
                // Missing rows hold 0, and do not count in the bounds.
                present.withUnsafeBufferPointer { p in
                    for i in 0..<n {
                        if p[i] {
                            lo = min(lo, v[i])
                            hi = max(hi, v[i])
                            any = true
                        } else {
                            v[i] = 0
                        }
                    }
                }
            } else if n > 0 {
                for i in 0..<n {
                    lo = min(lo, v[i])
                    hi = max(hi, v[i])
                }
                any = true
            }
        }
        guard any else { return nil }
        // Drop the trailing zeros every value has (missing rows hold 0, which has them all).
        var drop = fixed ?? 0
        while fixed == nil, scale - drop > 0 {
            // Past 10^18 only 0 is a multiple within 64 bits.
            if drop + 1 <= 18 {
                let f = power10[drop + 1]
                if values.contains(where: { $0 % f != 0 }) { break }
            } else if values.contains(where: { $0 != 0 }) {
                break
            }
            drop += 1
        }
        if drop > 0 {
            if drop <= 18 {
                let f = power10[drop]
                values = values.map { $0 / f }
                lo /= f
                hi /= f
            }
            scale -= drop
        }
        // The row path's builder widens a column's scale at most 18 places at a step from 0: past 18 it may hold
        // the values each at its own scale, which this does not copy.
        guard scale <= 18 else { return nil }
        // Missing rows hold 0: the storage holds lo...hi and 0.
        let storage: IntStorage
        switch IntStorage.width(min(lo, 0), max(hi, 0)) {
        case 1: storage = .i8(values.map { Int8(truncatingIfNeeded: $0) })
        case 2: storage = .i16(values.map { Int16(truncatingIfNeeded: $0) })
        case 4: storage = .i32(values.map { Int32(truncatingIfNeeded: $0) })
        default: storage = .i64(values)
        }
        return NumberColumn(storage: storage, scale: scale, unit: unit, present: present, bounds: (lo, hi))
    }

    /// `f` of every value, in blocks; nil on overflow or when `stop` answered true.
    static func map(_ values: [Int64], stop: () -> Bool, _ f: (Int64) -> (Int64, Bool)) -> [Int64]? {
        let n = values.count
        var out = [Int64](repeating: 0, count: n)
        var failed = false
        values.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                var lo = 0
                while lo < n {
                    if stop() { failed = true; return }
                    let hi = min(n, lo + blockSize * 32)
                    var overflow = false
                    for i in lo..<hi {
                        let (x, v) = f(p[i])
                        o[i] = x
                        overflow = overflow || v
                    }
                    if overflow { failed = true; return }
                    lo = hi
                }
            }
        }
        return failed ? nil : out
    }

    /// `f` of every pair of values, in blocks; nil on overflow or when `stop` answered true.
    static func zip2(_ a: [Int64], _ b: [Int64], stop: () -> Bool, _ f: (Int64, Int64) -> (Int64, Bool)) -> [Int64]? {
        let n = a.count
        guard b.count == n else { return nil }
        var out = [Int64](repeating: 0, count: n)
        var failed = false
        a.withUnsafeBufferPointer { p in
            b.withUnsafeBufferPointer { q in
                out.withUnsafeMutableBufferPointer { o in
                    var lo = 0
                    while lo < n {
                        if stop() { failed = true; return }
                        let hi = min(n, lo + blockSize * 32)
                        var overflow = false
                        for i in lo..<hi {
                            let (x, v) = f(p[i], q[i])
                            o[i] = x
                            overflow = overflow || v
                        }
                        if overflow { failed = true; return }
                        lo = hi
                    }
                }
            }
        }
        return failed ? nil : out
    }
}
