/// An exact decimal number: an integer significand and a count of decimal places.
///
/// `168.52` is `ExactDecimal(significand: 16852, scale: 2)`. Addition, subtraction and multiplication are
/// exact; division rounds half-to-even at ``divisionScale`` places. No operation ever passes through binary
/// floating point, and none traps: overflow is reported as ``ExactDecimal/Overflow``.
public struct ExactDecimal: Sendable, Hashable {
    /// The integer whose value, divided by 10^scale, is this number.
    public var significand: Int128
    /// Decimal places, 0 through ``maxScale``.
    public var scale: Int

    /// The most decimal places a number keeps.
    public static let maxScale = 38
    /// The most digits a number has, counted from its first nonzero digit to its last place.
    public static let maxDigits = 38
    /// Decimal places a quotient keeps at least (see ``divided(by:)``).
    public static let divisionScale = 16

    /// An arithmetic result that does not fit in 38 significant digits.
    public struct Overflow: Error, Sendable, Equatable {}

    /// The number `significand / 10^scale`, taken as given (not normalized).
    ///
    /// `scale` should be 0 through ``maxScale``; `ExactDecimal(significand: 16852, scale: 2)` is 168.52.
    public init(significand: Int128, scale: Int) {
        self.significand = significand
        self.scale = scale
    }

    /// The integer `value`, with no decimal places.
    public init(_ value: Int) {
        self.init(significand: Int128(value), scale: 0)
    }

    /// Zero, with no decimal places.
    public static let zero = ExactDecimal(0)
    /// One, with no decimal places.
    public static let one = ExactDecimal(1)

    /// Parses `-12.345`, `+7`, `0.5`. Returns nil for anything else (exponents, spaces, empty input) and for
    /// numbers with more than ``maxDigits`` digits (leading zeros aside) or more than ``maxScale`` places.
    public init?(parsing text: Substring) {
        var digits: Int128 = 0
        var scale = 0
        var seenPoint = false
        var seenDigit = false
        var negative = false
        var index = text.startIndex
        if index < text.endIndex, text[index] == "-" || text[index] == "+" {
            negative = text[index] == "-"
            index = text.index(after: index)
        }
        var count = 0
        while index < text.endIndex {
            let c = text[index]
            if let d = c.asciiDigitValue {
                // Leading zeros are not digits of the number: 0.000…01 has one.
                if digits != 0 || d != 0 { count += 1 }
                if count > Self.maxDigits { return nil }
                digits = digits * 10 + Int128(d)
                seenDigit = true
                if seenPoint { scale += 1 }
            } else if c == ".", !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            index = text.index(after: index)
        }
        guard seenDigit, scale <= Self.maxScale else { return nil }
        self.init(significand: negative ? -digits : digits, scale: scale)
    }

    /// Parses `-12.345`, `+7`, `0.5` from a `String`; nil where the `Substring` form gives nil.
    public init?(parsing text: String) {
        self.init(parsing: text[...])
    }

    /// Whether the value is zero, at any scale.
    public var isZero: Bool { significand == 0 }
    /// Whether the value is below zero.
    public var isNegative: Bool { significand < 0 }

    /// The value with its sign flipped, at the same scale.
    public var negated: ExactDecimal {
        ExactDecimal(significand: -significand, scale: scale)
    }

    /// The absolute value, at the same scale.
    public var magnitude: ExactDecimal {
        ExactDecimal(significand: significand < 0 ? -significand : significand, scale: scale)
    }

    /// The same value with trailing fractional zeros removed (`1.500` → `1.5`).
    public var normalized: ExactDecimal {
        var s = significand
        var k = scale
        while k > 0, s % 10 == 0 {
            s /= 10
            k -= 1
        }
        return ExactDecimal(significand: s, scale: k)
    }

    /// This value with exactly `newScale` places: exact when widening, rounded half-to-even when narrowing.
    /// Throws when the widened value would pass ``maxDigits`` digits.
    public func rescaled(to newScale: Int) throws(Overflow) -> ExactDecimal {
        if newScale == scale { return self }
        let m = WideInt.magnitude(of: significand)
        if newScale > scale {
            guard newScale - scale <= Self.maxDigits else {
                if m == 0 { return ExactDecimal(significand: 0, scale: newScale) }
                throw Overflow()
            }
            return try Self.fitted(significand < 0, WideInt.product(m, WideInt.power10(newScale - scale)), newScale,
                                   dropZeros: false)
        }
        return try Self.fitted(significand < 0, WideInt(m), scale, places: newScale)
    }

    /// Rounded half-to-even to `places` decimal places (never widened).
    public func rounded(places: Int) -> ExactDecimal {
        if places >= scale { return self }
        return (try? rescaled(to: Swift.max(0, places))) ?? self
    }

    /// 10^n as an Int128, for n from 0 to 38.
    public static func power10(_ n: Int) throws(Overflow) -> Int128 {
        guard n >= 0, n <= 38 else { throw Overflow() }
        return Int128(WideInt.power10(n))
    }

    static func divideRoundingHalfEven(_ a: Int128, _ b: Int128) -> Int128 {
        let q = a / b
        let r = a % b
        if r == 0 { return q }
        let twice = r.magnitude * 2
        let bm = b.magnitude
        let away = twice > bm || (twice == bm && q % 2 != 0)
        if !away { return q }
        return (a < 0) != (b < 0) ? q - 1 : q + 1
    }

    /// The number of sign `negative` and magnitude `m` at `scale` places, rounded half-to-even to `places`
    /// (at most ``maxScale``) when it has more, then trailing zeros dropped while it has more than
    /// ``maxDigits`` digits. Throws when it still has more: the value needs more than 38 digits.
    static func fitted(_ negative: Bool, _ m: WideInt, _ scale: Int, places: Int = maxScale,
                       dropZeros: Bool = true) throws(Overflow) -> ExactDecimal {
        var m = m, scale = scale
        let target = Swift.min(places, maxScale)
        if scale > target {
            m = m.dividedRoundingHalfEven(byPowerOf10: scale - target)
            scale = target
        }
        while dropZeros, !m.fits, scale > 0, m.isMultipleOf10 {
            m = m.dividedRoundingHalfEven(byPowerOf10: 1)
            scale -= 1
        }
        guard m.fits else { throw Overflow() }
        let v = Int128(m.low)
        return ExactDecimal(significand: negative ? -v : v, scale: scale)
    }

    /// The exact sum, at the larger of the two scales; throws ``Overflow`` beyond 38 digits.
    public func adding(_ other: ExactDecimal) throws(Overflow) -> ExactDecimal {
        if scale == other.scale {
            let (v, o) = significand.addingReportingOverflow(other.significand)
            if !o, v != .min { return ExactDecimal(significand: v, scale: scale) }
        }
        let s = Swift.max(scale, other.scale)
        let x = WideInt.product(WideInt.magnitude(of: significand), WideInt.power10(s - scale))
        let y = WideInt.product(WideInt.magnitude(of: other.significand), WideInt.power10(s - other.scale))
        if (significand < 0) == (other.significand < 0) {
            return try Self.fitted(significand < 0, x.adding(y), s)
        }
        // Opposite signs: the larger magnitude keeps its sign.
        if x >= y { return try Self.fitted(significand < 0, x.subtracting(y), s) }
        return try Self.fitted(other.significand < 0, y.subtracting(x), s)
    }

    /// The exact difference, at the larger of the two scales; throws ``Overflow`` beyond 38 digits.
    public func subtracting(_ other: ExactDecimal) throws(Overflow) -> ExactDecimal {
        try adding(other.negated)
    }

    /// The exact product, at the sum of the two scales; throws ``Overflow`` beyond 38 digits.
    ///
    /// A product with more than ``maxScale`` places is rounded half-to-even to that many.
    public func multiplied(by other: ExactDecimal) throws(Overflow) -> ExactDecimal {
        let p = WideInt.product(WideInt.magnitude(of: significand), WideInt.magnitude(of: other.significand))
        return try Self.fitted((significand < 0) != (other.significand < 0) && !p.isZero, p, scale + other.scale)
    }

    /// The quotient, rounded half-to-even; nil when `other` is zero.
    ///
    /// The rule: a quotient keeps `max(16, places of either operand)` decimal places (at most 38), fewer
    /// only when its integer part is so long that the whole would pass 38 digits; then trailing zeros are
    /// dropped. It throws only when the integer part alone has more than 38 digits.
    public func divided(by other: ExactDecimal) throws(Overflow) -> ExactDecimal? {
        if other.isZero { return nil }
        let a = WideInt.magnitude(of: significand), b = WideInt.magnitude(of: other.significand)
        let negative = (significand < 0) != (other.significand < 0)
        let wanted = Swift.min(Swift.max(scale, other.scale, Self.divisionScale), Self.maxScale)
        var places = wanted
        var q = WideInt.quotient(a, b, shift: places - scale + other.scale, rounding: true)
        if q?.fits != true {
            // Too long at that many places: keep as many as 38 digits leave beside the integer part.
            guard let whole = WideInt.quotient(a, b, shift: other.scale - scale, rounding: false), whole.fits else {
                throw Overflow()
            }
            places = Swift.max(0, Swift.min(wanted, Self.maxDigits - whole.digitCount))
            q = WideInt.quotient(a, b, shift: places - scale + other.scale, rounding: true)
            if q?.fits != true, places > 0 {
                // Rounding carried into a 39th digit.
                places -= 1
                q = WideInt.quotient(a, b, shift: places - scale + other.scale, rounding: true)
            }
        }
        guard let q, q.fits else { throw Overflow() }
        let v = Int128(q.low)
        return ExactDecimal(significand: negative && v != 0 ? -v : v, scale: places).normalized
    }

    /// Exact comparison, whatever the scales and magnitudes.
    public static func compare(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        if a.scale == b.scale {
            return a.significand < b.significand ? -1 : (a.significand > b.significand ? 1 : 0)
        }
        return compare(a, times: 1, b, times: 1)
    }

    /// Exact comparison of `a × f` with `b × g` for positive integer factors (unit conversions).
    public static func compare(_ a: ExactDecimal, times f: UInt128, _ b: ExactDecimal, times g: UInt128) -> Int {
        let sa = a.significand.signum(), sb = b.significand.signum()
        if sa != sb { return sa < sb ? -1 : 1 }
        if sa == 0 { return 0 }
        // |a| f 10^(s - a.scale) against |b| g 10^(s - b.scale), each at most 2^128 · f · 10^38.
        let s = Swift.max(a.scale, b.scale)
        let x = WideInt.product(WideInt.magnitude(of: a.significand), f).times(WideInt.power10(s - a.scale))
        let y = WideInt.product(WideInt.magnitude(of: b.significand), g).times(WideInt.power10(s - b.scale))
        let c: Int
        switch (x, y) {
        case (nil, nil): c = 0
        case (nil, _): c = 1
        case (_, nil): c = -1
        case (let x?, let y?): c = x < y ? -1 : (x > y ? 1 : 0)
        }
        return sa < 0 ? -c : c
    }

    /// The value as an `Int64` significand at `scale` places, if it fits exactly.
    public func int64(atScale target: Int) -> Int64? {
        let source = target >= scale ? self : normalized
        guard source.scale <= target, let r = try? source.rescaled(to: target) else { return nil }
        return Int64(exactly: r.significand)
    }
}

extension ExactDecimal: Comparable {
    /// Numeric order, whatever the scales: `1.50 < 2`.
    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool { compare(a, b) < 0 }
    /// Numeric equality, whatever the scales: `1.50 == 1.5`.
    public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool { compare(a, b) == 0 }
    /// Hashes the normalized value, so numbers equal at different scales hash alike.
    public func hash(into hasher: inout Hasher) {
        let n = normalized
        hasher.combine(n.significand)
        hasher.combine(n.scale)
    }
}

extension ExactDecimal: CustomStringConvertible {
    /// Plain decimal notation, as many places as the scale says: `168.52`, `-0.5`, `300`.
    public var description: String {
        let negative = significand < 0
        var digits = String(significand.magnitude)
        if scale > 0 {
            if digits.count <= scale {
                digits = String(repeating: "0", count: scale - digits.count + 1) + digits
            }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -scale))
        }
        return negative ? "-" + digits : digits
    }
}

extension Character {
    @inlinable var asciiDigitValue: Int? {
        guard let a = asciiValue, a >= 48, a <= 57 else { return nil }
        return Int(a - 48)
    }
}
