import ReportModel

// A quotient compared with a constant in a `where` (`invest2024 / total > 0.5`), as the row path rounds it (16
// places, half to even: ScaledDivision.swift). Column arithmetic over column arithmetic is decided without
// dividing, block by block on the scan's threads (Engine/ScaledQuotient.swift); any other quotient is computed
// row by row and compared in 128 bits with the constant at 16 places — never materialised as a column, so a
// quotient past 64 bits costs nothing more. Anything else — a zero divisor on a present row, a constant of
// another unit or with more than 16 places, an operand the column path does not take — answers nil and the
// unfused path runs (and reports).

extension Evaluator {
    /// `l op r` where one side is a quotient and the other a number constant, as a condition; nil otherwise.
    func quotientCondition(_ op: BinaryOperator, _ l: TypedExpr, _ r: TypedExpr, _ frame: Frame) throws(RuntimeError) -> RowCondition? {
        guard [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(op) else { return nil }
        if case .arithmetic(.divide, let a, let b) = l.kind, Self.isNumberConstant(r) {
            return try quotientCondition(op, a, b, try eval(r, frame), frame, l.range)
        }
        if case .arithmetic(.divide, let a, let b) = r.kind, Self.isNumberConstant(l), let flipped = op.flipped {
            return try quotientCondition(flipped, a, b, try eval(l, frame), frame, r.range)
        }
        return nil
    }

    static func isNumberConstant(_ e: TypedExpr) -> Bool {
        switch e.kind {
        case .constant(.number), .parameter, .binding: return true
        case .negate(let x): return isNumberConstant(x)
        default: return false
        }
    }

    private func quotientCondition(_ op: BinaryOperator, _ a: TypedExpr, _ b: TypedExpr, _ constant: ColumnValues,
                                   _ frame: Frame, _ range: SourceRange) throws(RuntimeError) -> RowCondition? {
        guard case .constant(.number(let k)) = constant else { return nil }
        let stop = { self.shouldStop }
        if let q = ScaledQuotient(a, b, frame) {
            guard let bound = Self.quotientBound(k, unit: q.unit) else { return nil }
            let zero = q.dividesByZero(scan(frame, nil))
            try checkpoint(range)
            // A zero divisor: the unfused path reports it.
            guard zero == false else { return nil }
            if let c = QuotientComparison(q, op, bound) { return .quotient(c) }
        }
        let va = try eval(a, frame), vb = try eval(b, frame)
        let s = ScaledArithmetic.quotientScale
        guard let x0 = ScaledArithmetic.Operand(va), let y0 = ScaledArithmetic.Operand(vb), x0.values != nil || y0.values != nil,
              let (x, y, unit) = ScaledArithmetic.divisionOperands(x0, y0, stop: stop),
              x.scale >= 0, y.scale >= 0, x.scale <= s, y.scale <= s,
              let bound = Self.quotientBound(k, unit: unit) else { return nil }
        let n = frame.count
        let present = ScaledArithmetic.bothPresent(x.present, y.present)
        let p10 = ScaledArithmetic.power10u128(s - x.scale + y.scale)
        var out = [Bool](repeating: false, count: n)
        var failed = false
        let pa = x.values, pb = y.values, ka = x.constant, kb = y.constant
        out.withUnsafeMutableBufferPointer { o in
            var lo = 0
            while lo < n {
                if stop() { failed = true; return }
                let hi = Swift.min(n, lo + blockSize * 32)
                for i in lo..<hi {
                    if let present, !present[i] { continue }
                    let u = pa?[i] ?? ka, v = pb?[i] ?? kb
                    if v == 0 { failed = true; return }
                    guard let q = ScaledArithmetic.quotient(u, v, p10) else { failed = true; return }
                    switch op {
                    case .equal: o[i] = q == bound
                    case .notEqual: o[i] = q != bound
                    case .less: o[i] = q < bound
                    case .lessEqual: o[i] = q <= bound
                    case .greater: o[i] = q > bound
                    default: o[i] = q >= bound
                    }
                }
                lo = hi
            }
        }
        if failed {
            // Stopped: the checkpoint ends the run; else the unfused path runs and reports.
            try checkpoint(range)
            return nil
        }
        return .evaluated(BoolColumn(values: out, present: present))
    }

    /// The constant `k` in the quotient's unit at its 16 places; nil when the conversion is not exact in decimal
    /// or `k` has more places.
    static func quotientBound(_ k: Quantity, unit: Unit) -> Int128? {
        let s = ScaledArithmetic.quotientScale
        var c = k.value
        if k.unit != unit {
            guard k.unit.dimension == unit.dimension, let (f, places) = ScaledArithmetic.factor(from: k.unit, to: unit),
                  let m = try? c.multiplied(by: ExactDecimal(significand: Int128(f), scale: places)) else { return nil }
            c = m
        }
        c = c.normalized
        guard c.scale >= 0, c.scale <= s else { return nil }
        let (bound, overflow) = c.significand.multipliedReportingOverflow(by: Int128(ScaledArithmetic.power10[s - c.scale]))
        return overflow ? nil : bound
    }
}
