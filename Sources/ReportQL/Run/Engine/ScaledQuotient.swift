import ReportModel

// A quotient of column arithmetic (`invest2024 / total`) compared without dividing. The row path's quotient is
// q = round_half_even(x·p / y) at 16 places (p = 10^shift: ScaledDivision.swift). For y > 0 and an integer L,
//
//     q ≥ L  ⇔  x·p/y > L − ½, or x·p/y = L − ½ and L is even (a tie goes to the even neighbour)
//            ⇔  2p·x ≥ (2L − 1)·y + (L even ? 0 : 1)
//
// and a row with y < 0 is the same row with both signs turned (half to even is symmetric). Every comparison
// of q with a constant is one or two such tests (q > b is q ≥ b + 1, q = b is q ≥ b and not q ≥ b + 1), so a
// `where` costs two 64×64→128-bit multiplications a row, and the top k of quotients divides only the rows
// that beat the k-th best so far. The operands are `ScaledExpr`s read block by block from the columns in
// place, on the scan's two threads. What the row path would refuse is found before anything runs and answers
// nil (the dividing path then runs and reports): an operand's interval (from its columns' storage widths)
// whose 2p·|x| could pass 128 bits or whose quotient could reach 10^38 (|q| ≤ |x|·p, as |y| ≥ 1), a divisor
// that can be zero on a row (its column bounds say so; the rows are then checked).

/// `x ÷ y` of two ``ScaledExpr``s at the row path's 16 places, for tests without division.
struct ScaledQuotient {
    let numerator: ScaledExpr
    let denominator: ScaledExpr
    /// 10^shift, and 2·10^shift as the tests use it.
    let p10: UInt128
    let twoP: Int128
    /// The quotient's unit.
    let unit: Unit
    /// The presence of every column read that has missing values.
    let present: [[Bool]]
    /// A bound on every |q| (|x|·10^shift, below 10^38): a threshold past it answers alike just past it.
    let limit: Int128
    /// The largest |y| the divisor's storage can hold (bounds what a threshold may be).
    let denominatorMagnitude: UInt128
    /// Whether a present row's divisor can be 0 (its columns' bounds do not rule it out).
    let mayDivideByZero: Bool
    /// The sign every quotient has or is 0 with, when the operands' bounds say (-1, 1; 0: either).
    let sign: Int

    /// `a ÷ b` when both are arithmetic of one-unit number columns and constants (one side at least reads a
    /// column) under the row path's unit rules, at most 16 places each, and every row's test fits 128 bits.
    init?(_ a: TypedExpr, _ b: TypedExpr, _ frame: Frame) {
        let s = ScaledArithmetic.quotientScale
        guard let sa = ScaledComparison.side(a, frame), let sb = ScaledComparison.side(b, frame),
              !(ScaledComparison.isConstant(sa.expr) && ScaledComparison.isConstant(sb.expr)),
              let (ua, ub, unit) = ScaledArithmetic.divisionUnits(sa.unit, sb.unit),
              let x = sa.converted(to: ua), let y = sb.converted(to: ub),
              x.scale >= 0, y.scale >= 0, x.scale <= s, y.scale <= s else { return nil }
        self.init(x.expr, y.expr, shift: s - x.scale + y.scale, unit: unit, present: x.present + y.present,
                  numeratorMagnitude: Swift.max(x.lo.magnitude, x.hi.magnitude),
                  denominatorMagnitude: Swift.max(y.lo.magnitude, y.hi.magnitude), mayDivideByZero: y.vlo <= 0 && y.vhi >= 0,
                  sign: x.vlo >= 0 ? (y.vlo >= 0 ? 1 : y.vhi <= 0 ? -1 : 0) : x.vhi <= 0 ? (y.vlo >= 0 ? -1 : y.vhi <= 0 ? 1 : 0) : 0)
    }

    /// `x ÷ y` at 10^shift, |x| and |y| at most the magnitudes given; nil when 2·10^shift·|x| could pass 128 bits
    /// or a quotient reach 10^38 (|q| ≤ |x|·10^shift, as |y| ≥ 1).
    init?(_ x: ScaledExpr, _ y: ScaledExpr, shift: Int, unit: Unit, present: [[Bool]], numeratorMagnitude: UInt128,
          denominatorMagnitude: UInt128, mayDivideByZero: Bool, sign: Int = 0) {
        guard shift >= 0, shift <= 38 else { return nil }
        let p = ScaledArithmetic.power10u128(shift)
        let (m, o) = numeratorMagnitude.multipliedReportingOverflow(by: p)
        guard !o, m < ScaledArithmetic.maxQuotient, m < UInt128(Int128.max) / 2 - 2 else { return nil }
        limit = Int128(m)
        numerator = x
        denominator = y
        p10 = p
        twoP = 2 * Int128(p)
        self.unit = unit
        self.present = present
        self.denominatorMagnitude = denominatorMagnitude
        self.mayDivideByZero = mayDivideByZero
        self.sign = sign
    }

    /// `q ≥ L` as a test on a row's (2p·x, |y|) with the signs turned when y < 0; nil when `(2L − 1)·|y|` could
    /// pass 128 bits on some row (the caller then divides).
    struct Threshold {
        let k: Int128
        let e: Int128

        init?(atLeast l: Int128, _ q: ScaledQuotient) {
            let l = q.clamped(l)
            k = 2 * l - 1
            e = l & 1 == 0 ? 0 : 1
            let (m, o) = k.magnitude.multipliedReportingOverflow(by: q.denominatorMagnitude)
            guard !o, m < UInt128(Int128.max) else { return nil }
        }

        /// Whether the row's quotient is at least L; `lhs` is 2p·x (negated when y < 0), `y` is |y| (not 0).
        @inline(__always)
        func holds(_ lhs: Int128, _ y: Int128) -> Bool { lhs >= k &* y &+ e }
    }

    /// `l` within ±(limit + 1): every row compares with it as with `l`.
    func clamped(_ l: Int128) -> Int128 { Swift.min(Swift.max(l, -limit - 1), limit + 1) }

    /// 2p·x with the sign of x·y (the test's left side), and |y|.
    @inline(__always)
    func sides(_ x: Int64, _ y: Int64) -> (Int128, Int128) {
        let lhs = Int128(x) &* twoP
        return (y < 0 ? 0 &- lhs : lhs, Int128(y.magnitude))
    }

    /// The row's quotient as the row path gives it (y ≠ 0).
    @inline(__always)
    func exact(_ x: Int64, _ y: Int64) -> Int128? { ScaledArithmetic.quotient(x, y, p10) }

    /// Fills the block's numerators, divisors and presence (1: every column read is present).
    func fill(_ x: UnsafeMutablePointer<Int64>, _ y: UnsafeMutablePointer<Int64>, _ ok: UnsafeMutablePointer<UInt8>,
              _ p0: Int, _ n: Int, _ rows: UnsafePointer<Int32>?) {
        numerator.fill(x, p0, n, rows)
        denominator.fill(y, p0, n, rows)
        ok.update(repeating: 1, count: n)
        for p in present { p.withUnsafeBufferPointer { fillBools($0, ok, .and, p0, n, rows) } }
    }

    /// Whether a row the scan keeps has a present divisor of 0 (the row path reports it); nil when the scan was
    /// stopped.
    func dividesByZero(_ scan: Scan) -> Bool? {
        guard mayDivideByZero else { return false }
        let found = inParallel(scan) { part -> Bool? in
            var zero = false
            var blocks = 0
            withBlockBuffers { x, y, ok in
                part.forEachBlock(while: { !zero }) { block in
                    blocks += 1
                    let (p0, n, _, rows, mask) = block.reading
                    fill(x, y, ok, p0, n, rows)
                    for j in 0..<n where y[j] == 0 && ok[j] != 0 && (mask?[j] ?? 1) != 0 {
                        zero = true
                        break
                    }
                }
            }
            // Stopped before the last block: unknown.
            return zero || blocks == (part.range.count + blockSize - 1) / blockSize ? zero : nil
        }
        if found.contains(true) { return true }
        return found.contains(nil) ? nil : false
    }

    /// Calls `body` with three block-sized buffers: numerators, divisors, presence.
    func withBlockBuffers(_ body: (UnsafeMutablePointer<Int64>, UnsafeMutablePointer<Int64>, UnsafeMutablePointer<UInt8>) -> Void) {
        withUnsafeTemporaryAllocation(of: Int64.self, capacity: 2 * blockSize) { values in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { flags in
                guard let x = values.baseAddress, let ok = flags.baseAddress else { return }
                body(x, x + blockSize, ok)
            }
        }
    }
}

/// `x ÷ y op b` for a constant `b` at 16 places, as a condition: q ≥ `low` and not q ≥ `high` (each when
/// given), the answer turned when `negated`; a row where a column read is missing is out. Built only where no
/// row the scan reads divides by zero.
struct QuotientComparison {
    let quotient: ScaledQuotient
    let low: ScaledQuotient.Threshold?
    let high: ScaledQuotient.Threshold?
    let negated: Bool

    /// `q op b`; nil for another operator or a threshold that could pass 128 bits.
    init?(_ q: ScaledQuotient, _ op: BinaryOperator, _ b: Int128) {
        quotient = q
        let b = q.clamped(b)
        var lo: Int128? = nil, hi: Int128? = nil
        switch op {
        case .greater: lo = b + 1
        case .greaterEqual: lo = b
        case .less: hi = b
        case .lessEqual: hi = b + 1
        case .equal, .notEqual: (lo, hi) = (b, b + 1)
        default: return nil
        }
        negated = op == .notEqual
        var l: ScaledQuotient.Threshold? = nil, h: ScaledQuotient.Threshold? = nil
        if let lo {
            guard let t = ScaledQuotient.Threshold(atLeast: lo, q) else { return nil }
            l = t
        }
        if let hi {
            guard let t = ScaledQuotient.Threshold(atLeast: hi, q) else { return nil }
            h = t
        }
        low = l
        high = h
    }

    func fill(_ out: UnsafeMutablePointer<UInt8>, _ mode: MaskMode, _ p0: Int, _ n: Int, _ rows: UnsafePointer<Int32>?) {
        quotient.withBlockBuffers { x, y, ok in
            quotient.fill(x, y, ok, p0, n, rows)
            let flip: UInt8 = negated ? 1 : 0
            switch (low, high) {
            case (let l?, let h?):
                for j in 0..<n {
                    let (lhs, d) = quotient.sides(x[j], y[j])
                    let holds: UInt8 = l.holds(lhs, d) && !h.holds(lhs, d) ? 1 : 0
                    ok[j] &= holds ^ flip
                }
            case (let l?, nil):
                for j in 0..<n {
                    let (lhs, d) = quotient.sides(x[j], y[j])
                    ok[j] &= (l.holds(lhs, d) ? 1 : 0) ^ flip
                }
            case (nil, let h?):
                for j in 0..<n {
                    let (lhs, d) = quotient.sides(x[j], y[j])
                    ok[j] &= (h.holds(lhs, d) ? 0 : 1) ^ flip
                }
            case (nil, nil):
                break
            }
            combine(out, mode, n) { ok[$0] != 0 }
        }
    }
}

/// What the top-k pass of a quotient found among the rows a scan keeps.
struct QuotientTop {
    /// The best k present rows, best first: each quotient (at 16 places) and storage row.
    var best: [(quotient: Int128, row: Int32)]
    /// Storage rows where a column read is missing, in the scan's order, k at most.
    var missing: [Int32]
    /// Rows the scan kept.
    var kept: Int
    /// Whether some present quotient does not fit 64 bits (the column of them would hold each at its own scale).
    var wide: Bool
    /// Decimal places every present quotient has as trailing zeros (meaningful when not `wide`).
    var zeros: Int
}

extension ScaledQuotient {
    /// The first `k` kept rows in order of the quotient (descending or ascending), ties in the scan's order,
    /// missing last; nil when a kept row divides by zero (the row path reports it). Each part of the scan keeps
    /// its own best k; a row is divided only when it beats the part's k-th best (tested by multiplication), while
    /// the trailing zeros every quotient shares are still being counted, or when it may not fit 64 bits. Returns
    /// early (a partial answer) when the scan's `stop` says so; the caller's checkpoint then ends the run.
    func top(_ scan: Scan, descending: Bool, k: Int) -> QuotientTop? {
        let parts = inParallel(scan) { topPart($0, descending: descending, k: k) }
        var result = QuotientTop(best: [], missing: [], kept: 0, wide: false, zeros: ScaledArithmetic.quotientScale)
        var ranked: [Ranked<Int128>] = []
        for part in parts {
            guard let part else { return nil }
            ranked += part.best
            result.missing += part.missing
            result.kept += part.kept
            result.wide = result.wide || part.wide
            result.zeros = Swift.min(result.zeros, part.zeros)
        }
        ranked.sort(by: Ranked<Int128>.less)
        result.best = ranked.prefix(k).map { (quotient: descending ? 0 - $0.key : $0.key, row: $0.row) }
        result.missing = Array(result.missing.prefix(k))
        return result
    }

    /// One part's best k (keys negated when descending, places counted from the part's first position, so the
    /// parts' places keep the scan's order), missing rows, kept rows, wideness and shared trailing zeros.
    private func topPart(_ scan: Scan, descending: Bool, k: Int)
        -> (best: [Ranked<Int128>], missing: [Int32], kept: Int, wide: Bool, zeros: Int)? {
        var buffer = TopBuffer<Ranked<Int128>>(k: k)
        var missing: [Int32] = []
        var place = scan.range.lowerBound
        var wide = false, failed = false
        var zeros = ScaledArithmetic.quotientScale
        // A row enters when it beats the bar: q ≥ bar + 1 (descending), not q ≥ bar (ascending); nil: divide.
        var bar: Int128? = nil
        var enters: Threshold? = nil
        // |q| ≥ 2^63 when 2p·|x| ≥ (2^64 − 1)·|y| (the half-even tie at 2^63 − ½ goes to 2^63).
        let wideK = UInt128(UInt64.max)
        // Once there is a bar, the rows that do not enter lie past it on the side away from the best: no wider
        // than the bar when the quotients' sign bounds that side (≥ 0 descending, ≤ 0 ascending).
        var bounded = false
        withBlockBuffers { x, y, ok in
            scan.forEachBlock(while: { !failed }) { block in
                let (p0, n, base, rows, mask) = block.reading
                fill(x, y, ok, p0, n, rows)
                for j in 0..<n {
                    if let mask, mask[j] == 0 { continue }
                    let row = rows.map { $0[j] } ?? Int32(truncatingIfNeeded: base + j)
                    defer { place += 1 }
                    if ok[j] == 0 {
                        if missing.count < k { missing.append(row) }
                        continue
                    }
                    let xv = x[j], yv = y[j]
                    if yv == 0 {
                        failed = true
                        return
                    }
                    let (lhs, d) = sides(xv, yv)
                    // A row enters when it beats the bar (every row while there is none).
                    let enter = enters.map { $0.holds(lhs, d) == descending } ?? true
                    // Divided when it enters, while trailing zeros are counted, or when it may be wide: a row
                    // that does not enter lies between the bar (an exact, narrow quotient) and the end the
                    // quotients' sign may bound.
                    var q: Int128? = nil
                    if enter || !wide && (zeros > 0 || !bounded && lhs.magnitude >= wideK &* UInt128(d)) {
                        guard let e = exact(xv, yv) else { failed = true; return }
                        q = e
                        if !wide {
                            if let v = Int64(exactly: e) {
                                while zeros > 0, v % ScaledArithmetic.power10[zeros] != 0 { zeros -= 1 }
                            } else {
                                wide = true
                            }
                        }
                    }
                    if !enter { continue }
                    guard let q else { continue }
                    buffer.offer(Ranked(key: descending ? 0 - q : q, place: place, row: row), Ranked<Int128>.less)
                    if let b = buffer.bar?.key, b != bar {
                        bar = b
                        enters = descending ? Threshold(atLeast: 1 - b, self) : Threshold(atLeast: b, self)
                        bounded = enters != nil && sign == (descending ? 1 : -1)
                    }
                }
            }
        }
        if failed { return nil }
        return (buffer.finish(Ranked<Int128>.less), missing, place - scan.range.lowerBound, wide, zeros)
    }
}
