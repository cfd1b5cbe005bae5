/// A 256-bit unsigned integer: the intermediate of exact decimal arithmetic. Two 38-digit significands
/// multiply into it without overflow, and a 38-digit significand times 10^38 fits, so sums, products,
/// quotients and comparisons are computed exactly before they are rounded (or refused) by one rule.
struct WideInt: Comparable {
    var high: UInt128
    var low: UInt128

    init(high: UInt128, low: UInt128) {
        self.high = high
        self.low = low
    }

    init(_ low: UInt128) {
        self.init(high: 0, low: low)
    }

    static let powers: [UInt128] = {
        var p: [UInt128] = [1]
        for _ in 0..<38 { p.append(p[p.count - 1] * 10) }
        return p
    }()

    /// 10^n for n from 0 to 38 (clamped into that range).
    static func power10(_ n: Int) -> UInt128 { powers[Swift.min(Swift.max(n, 0), 38)] }

    static func magnitude(of v: Int128) -> UInt128 { v.magnitude }

    static func product(_ a: UInt128, _ b: UInt128) -> WideInt {
        let (h, l) = a.multipliedFullWidth(by: b)
        return WideInt(high: h, low: l)
    }

    var isZero: Bool { high == 0 && low == 0 }
    var isOdd: Bool { low & 1 == 1 }
    /// Whether the value is a significand of ``ExactDecimal``: every 38-digit number, and up to 2^127 − 1.
    var fits: Bool { high == 0 && low <= UInt128(Int128.max) }

    /// Decimal digits of a value that ``fits`` (0 for zero).
    var digitCount: Int {
        var n = 0
        while n < 39, low >= Self.power10(n) { n += 1 }
        return n
    }

    /// `self × m`, or nil beyond 256 bits.
    func times(_ m: UInt128) -> WideInt? {
        let (h1, l1) = low.multipliedFullWidth(by: m)
        let (h2, l2) = high.multipliedFullWidth(by: m)
        if h2 != 0 { return nil }
        let (h, o) = l2.addingReportingOverflow(h1)
        return o ? nil : WideInt(high: h, low: l1)
    }

    /// `self × 10^n`, or nil beyond 256 bits.
    func timesPowerOf10(_ n: Int) -> WideInt? {
        var r: WideInt? = self
        var left = n
        while left > 0, let v = r {
            let k = Swift.min(left, 38)
            r = v.times(Self.power10(k))
            left -= k
        }
        return r
    }

    /// The sum (callers keep it below 2^256).
    func adding(_ o: WideInt) -> WideInt {
        let (l, c) = low.addingReportingOverflow(o.low)
        return WideInt(high: high &+ o.high &+ (c ? 1 : 0), low: l)
    }

    /// The difference; `o` must not be larger.
    func subtracting(_ o: WideInt) -> WideInt {
        let (l, b) = low.subtractingReportingOverflow(o.low)
        return WideInt(high: high &- o.high &- (b ? 1 : 0), low: l)
    }

    /// Quotient and remainder by a nonzero `d`.
    func divided(by d: UInt128) -> (WideInt, UInt128) {
        let qh = high / d, r = high % d
        let (ql, r2) = d.dividingFullWidth((high: r, low: low))
        return (WideInt(high: qh, low: ql), r2)
    }

    var isMultipleOf10: Bool { divided(by: 10).1 == 0 }

    /// `self / 10^n`, rounded half to even.
    func dividedRoundingHalfEven(byPowerOf10 n: Int) -> WideInt {
        var v = self
        var sticky = false
        var left = n
        while left > 38 {
            let (q, r) = v.divided(by: Self.power10(38))
            v = q
            sticky = sticky || r != 0
            left -= 38
        }
        guard left > 0 else { return v }
        let d = Self.power10(left)
        let (q, r) = v.divided(by: d)
        return Self.roundedUp(q, r, d, sticky: sticky) ? q.adding(WideInt(1)) : q
    }

    /// Whether quotient `q` with remainder `r` of a division by `d` (and a nonzero part already dropped
    /// below it when `sticky`) rounds up, half to even.
    static func roundedUp(_ q: WideInt, _ r: UInt128, _ d: UInt128, sticky: Bool) -> Bool {
        let rest = d - r
        return r > rest || (r == rest && r != 0 && (sticky || q.isOdd))
    }

    /// `a × 10^shift / b` (a negative shift divides by 10^-shift), rounded half to even or truncated;
    /// nil beyond 256 bits.
    static func quotient(_ a: UInt128, _ b: UInt128, shift: Int, rounding: Bool) -> WideInt? {
        if shift >= 0 {
            guard let n = WideInt(a).timesPowerOf10(shift) else { return nil }
            let (q, r) = n.divided(by: b)
            return rounding && roundedUp(q, r, b, sticky: false) ? q.adding(WideInt(1)) : q
        }
        let m = -shift
        let q = a / b, r = a % b
        // Below 2^128 < 0.5 × 10^39: nothing is left after dropping 39 or more digits.
        if m > 38 { return WideInt(0) }
        let p = power10(m)
        let q1 = q / p, r1 = q % p
        guard rounding else { return WideInt(q1) }
        let up = r1 > p - r1 || (r1 == p - r1 && (r != 0 || q1 & 1 == 1))
        return WideInt(up ? q1 + 1 : q1)
    }

    static func < (a: WideInt, b: WideInt) -> Bool {
        a.high != b.high ? a.high < b.high : a.low < b.low
    }
}
