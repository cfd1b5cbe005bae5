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
    public static let maxScale = 30
    /// Decimal places kept by a division whose operands have fewer.
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
    /// numbers with more than 38 significant digits or more than ``maxScale`` decimal places.
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
        while index < text.endIndex {
            let c = text[index]
            if let d = c.asciiDigitValue {
                let (m, o1) = digits.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int128(d))
                if o1 || o2 { return nil }
                digits = a
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
    public func rescaled(to newScale: Int) throws(Overflow) -> ExactDecimal {
        if newScale == scale { return self }
        if newScale > scale {
            let f = try Self.power10(newScale - scale)
            let (v, o) = significand.multipliedReportingOverflow(by: f)
            // Int128.min has no negation: it is kept out of every result so negating never traps.
            if o || v == .min { throw Overflow() }
            return ExactDecimal(significand: v, scale: newScale)
        }
        let f = try Self.power10(scale - newScale)
        return ExactDecimal(significand: Self.divideRoundingHalfEven(significand, f), scale: newScale)
    }

    /// Rounded half-to-even to `places` decimal places (never widened).
    public func rounded(places: Int) -> ExactDecimal {
        if places >= scale { return self }
        return (try? rescaled(to: Swift.max(0, places))) ?? self
    }

    /// 10^n as an Int128, for n from 0 to 38.
    public static func power10(_ n: Int) throws(Overflow) -> Int128 {
        guard n >= 0, n <= 38 else { throw Overflow() }
        var r: Int128 = 1
        for _ in 0..<n { r *= 10 }
        return r
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

    /// Both operands at the same scale.
    static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) throws(Overflow) -> (Int128, Int128, Int) {
        if a.scale == b.scale { return (a.significand, b.significand, a.scale) }
        let s = Swift.max(a.scale, b.scale)
        return (try a.rescaled(to: s).significand, try b.rescaled(to: s).significand, s)
    }

    /// The exact sum, at the larger of the two scales; throws ``Overflow`` beyond 38 digits.
    public func adding(_ other: ExactDecimal) throws(Overflow) -> ExactDecimal {
        let (x, y, s) = try Self.aligned(self, other)
        let (v, o) = x.addingReportingOverflow(y)
        if o || v == .min { throw Overflow() }
        return ExactDecimal(significand: v, scale: s)
    }

    /// The exact difference, at the larger of the two scales; throws ``Overflow`` beyond 38 digits.
    public func subtracting(_ other: ExactDecimal) throws(Overflow) -> ExactDecimal {
        try adding(other.negated)
    }

    /// The exact product, at the sum of the two scales; throws ``Overflow`` beyond 38 digits.
    ///
    /// A product with more than ``maxScale`` places is rounded half-to-even to that many.
    public func multiplied(by other: ExactDecimal) throws(Overflow) -> ExactDecimal {
        let (v, o) = significand.multipliedReportingOverflow(by: other.significand)
        if o || v == .min { throw Overflow() }
        var result = ExactDecimal(significand: v, scale: scale + other.scale)
        if result.scale > Self.maxScale {
            result = try result.normalized.rescaled(to: Swift.min(result.normalized.scale, Self.maxScale))
        }
        return result
    }

    /// Division rounded half-to-even at `max(scale, other.scale, divisionScale)` places; nil when `other` is zero.
    public func divided(by other: ExactDecimal) throws(Overflow) -> ExactDecimal? {
        if other.isZero { return nil }
        let target = Swift.max(scale, other.scale, Self.divisionScale)
        // self / other = (a / 10^sa) / (b / 10^sb); result significand = a * 10^(target - sa + sb) / b
        let shift = target - scale + other.scale
        let f = try Self.power10(shift)
        let (num, o) = significand.multipliedReportingOverflow(by: f)
        if !o, num == .min { throw Overflow() }
        if o {
            // Fall back to fewer places rather than failing on large operands.
            let reduced = try self.rescaled(to: scale)
            let smaller = Swift.max(0, shift - 10)
            let f2 = try Self.power10(smaller)
            let (num2, o2) = reduced.significand.multipliedReportingOverflow(by: f2)
            if o2 || num2 == .min { throw Overflow() }
            return ExactDecimal(
                significand: Self.divideRoundingHalfEven(num2, other.significand),
                scale: target - (shift - smaller)
            ).normalized
        }
        return ExactDecimal(significand: Self.divideRoundingHalfEven(num, other.significand), scale: target).normalized
    }

    /// Exact comparison, whatever the scales.
    public static func compare(_ a: ExactDecimal, _ b: ExactDecimal) -> Int {
        if a.scale == b.scale {
            return a.significand < b.significand ? -1 : (a.significand > b.significand ? 1 : 0)
        }
        if let (x, y, _) = try? aligned(a, b) {
            return x < y ? -1 : (x > y ? 1 : 0)
        }
        // Alignment overflowed: the one with the larger integer part wins; compare integer parts then.
        let ia = a.significand / ((try? power10(a.scale)) ?? 1)
        let ib = b.significand / ((try? power10(b.scale)) ?? 1)
        if ia != ib { return ia < ib ? -1 : 1 }
        let na = a.normalized, nb = b.normalized
        return na.significand == nb.significand && na.scale == nb.scale ? 0 : (a.significand < b.significand ? -1 : 1)
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
