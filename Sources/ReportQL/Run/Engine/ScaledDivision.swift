import ReportModel

// `a ÷ b` a column at a time, with exactly the row path's answer (`Arithmetic.divide`, `ExactDecimal.divided`):
// the operands in the units the rules give (`a ÷ plain` and `a ÷ %` keep `a`'s unit, `% ÷ plain` stays `%`,
// `a ÷ b` of one dimension is a plain ratio in their common unit), the quotient rounded half-to-even at 16
// places (`ExactDecimal.divisionScale`) and its trailing zeros dropped. Only operands whose scales are at
// most 16 are taken (so every row keeps exactly 16 places, as the row path's rule max(16, scales) gives);
// anything else — a row dividing by zero (the row path reports it), a conversion not exact in decimal, a
// column whose units vary, a quotient past 128 bits — answers nil and the caller runs the exact row path.

extension ScaledArithmetic {
    /// The quotient's places: `ExactDecimal.divisionScale`.
    static let quotientScale = ExactDecimal.divisionScale

    /// The units `a ÷ b` divides its operands in — `a`'s, `b`'s — and the quotient's unit, as the row path's
    /// rules give them: a ratio divisor (plain, %, ‰) in plain numbers, `a` keeping its unit (10% ÷ 2 is 5%);
    /// two ratios otherwise in plain numbers (10% ÷ 5% is the plain number 2); two sides of one dimension in
    /// their common unit, the quotient a plain ratio. Nil where the rules refuse (the row path reports it).
    static func divisionUnits(_ a: Unit, _ b: Unit) -> (Unit, Unit, Unit)? {
        if b.dimension == .ratio {
            if a.dimension == .ratio {
                if b.isPlain && a == .percent { return (a, .plain, .percent) }
                return (.plain, .plain, .plain)
            }
            return (a, .plain, a)
        }
        guard a.dimension == b.dimension else { return nil }
        let unit = Arithmetic.commonUnit(a, b)
        return (unit, unit, .plain)
    }

    /// The operands of `l ÷ r` in the units the row path divides them in (``divisionUnits(_:_:)``), with the
    /// quotient's unit; nil where the rules refuse or a conversion is not exact in decimal.
    static func divisionOperands(_ a: Operand, _ b: Operand, stop: () -> Bool) -> (Operand, Operand, Unit)? {
        guard let (ua, ub, unit) = divisionUnits(a.unit, b.unit), let x = a.converted(to: ua, stop: stop),
              let y = b.converted(to: ub, stop: stop) else { return nil }
        return (x, y, unit)
    }

    /// `l ÷ r` as the row path gives it, or nil (see the file's comment). One side at least is a column.
    static func divide(_ l: ColumnValues, _ r: ColumnValues, count: Int, stop: () -> Bool) -> ColumnValues? {
        guard let a0 = Operand(l), let b0 = Operand(r), a0.values != nil || b0.values != nil,
              let (a, b, unit) = divisionOperands(a0, b0, stop: stop),
              a.scale >= 0, b.scale >= 0, a.scale <= quotientScale, b.scale <= quotientScale else { return nil }
        let shift = quotientScale - a.scale + b.scale
        guard shift <= 38 else { return nil }
        let present = bothPresent(a.present, b.present)
        guard let quotients = quotients(a, b, count: count, shift: shift, present: present, stop: stop) else {
            return nil
        }
        switch quotients {
        case .narrow(let q):
            guard let c = column(q, scale: quotientScale, unit: unit, present: present) else { return nil }
            return .number(c)
        case .wide(let q):
            // Some quotient does not fit 64 bits at 16 places: the values go through the builder the row path
            // uses, each at its own scale, as it gives them.
            var builder = ValueBuilder(type: .number(nil), capacity: count)
            for i in 0..<count {
                if i % (blockSize * 32) == 0, stop() { return nil }
                if let present, !present[i] {
                    builder.append(.missing)
                } else {
                    let d = ExactDecimal(significand: q[i], scale: quotientScale).normalized
                    builder.append(.number(Quantity(d, unit)))
                }
            }
            if builder.overflowed { return nil }
            return ColumnValues(builder.finish())
        }
    }

    enum Quotients {
        case narrow([Int64])
        case wide([Int128])
    }

    /// Every row's quotient `a × 10^shift ÷ b`, rounded half-to-even, at 16 places; 0 where a row is
    /// missing. Nil when a present row divides by zero, a value passes 128 bits, or `stop` answered true.
    static func quotients(_ a: Operand, _ b: Operand, count n: Int, shift: Int, present: [Bool]?,
                          stop: () -> Bool) -> Quotients? {
        let p10 = power10u128(shift)
        var narrow = [Int64](repeating: 0, count: n)
        var wide: [Int128]? = nil
        var failed = false
        let ka = a.constant, kb = b.constant
        let pa = a.values, pb = b.values
        narrow.withUnsafeMutableBufferPointer { o in
            var lo = 0
            while lo < n {
                if stop() { failed = true; return }
                let hi = min(n, lo + blockSize * 32)
                for i in lo..<hi {
                    if let present, !present[i] { continue }
                    let x = pa?[i] ?? ka, y = pb?[i] ?? kb
                    if y == 0 { failed = true; return }
                    guard let q = quotient(x, y, p10) else { failed = true; return }
                    if wide == nil, let v = Int64(exactly: q) {
                        o[i] = v
                        continue
                    }
                    if wide == nil { wide = o[0..<i].map { Int128($0) } + [Int128](repeating: 0, count: n - i) }
                    wide?[i] = q
                }
                lo = hi
            }
        }
        if failed { return nil }
        if let wide { return .wide(wide) }
        return .narrow(narrow)
    }

    /// 10^38: a quotient of 38 digits at most is below it.
    static let maxQuotient = power10u128(38)

    /// 10^k as a UInt128, k from 0 to 38.
    static func power10u128(_ k: Int) -> UInt128 {
        var p: UInt128 = 1
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// `x × p10 ÷ y` rounded half-to-even (y ≠ 0); nil when it passes 128 bits.
    @inline(__always)
    static func quotient(_ x: Int64, _ y: Int64, _ p10: UInt128) -> Int128? {
        let (n, o) = UInt128(x.magnitude).multipliedReportingOverflow(by: p10)
        if o { return nil }
        let d = UInt64(y.magnitude)
        var q: UInt128, r: UInt128
        if n >> 64 < UInt128(d) {
            // The quotient fits 64 bits: one 128-by-64 division.
            let (q64, r64) = d.dividingFullWidth((UInt64(truncatingIfNeeded: n >> 64), UInt64(truncatingIfNeeded: n)))
            (q, r) = (UInt128(q64), UInt128(r64))
        } else {
            (q, r) = n.quotientAndRemainder(dividingBy: UInt128(d))
        }
        let twice = r << 1
        if twice > UInt128(d) || (twice == UInt128(d) && q & 1 == 1) { q += 1 }
        // More than 38 digits: the row path keeps fewer places (or overflows).
        guard q < maxQuotient else { return nil }
        let v = Int128(q)
        return (x < 0) != (y < 0) ? -v : v
    }
}
