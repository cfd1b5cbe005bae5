/// What a unit measures. Quantities convert only within one dimension.
///
/// Money in 元 and in 美元 are different dimensions (no exchange rate is assumed); `%` and plain numbers share
/// the dimension ``ratio`` (5% is 0.05); 百分点 is its own dimension, the difference of two percentages.
/// Every counting word (个, 家, 项, 人次 …) is a dimension of its own.
public struct Dimension: Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier: `money`, `usd`, `ratio`, `points`, `area`, `length`, `mass`, or `count:个`.
    public let id: String

    /// The dimension with identifier `id`: `Dimension(id: "count:个")` is `.count("个")`.
    public init(id: String) { self.id = id }

    /// Money in 元: 元, 千元, 万元, 百万元, 亿元, 万亿元.
    public static let money = Dimension(id: "money")
    /// Money in 美元 (美元, 万美元, 亿美元): a currency of its own, as no exchange rate is assumed.
    public static let usd = Dimension(id: "usd")
    /// Plain numbers and their fractions: `%` (5% is 0.05) and `‰`.
    public static let ratio = Dimension(id: "ratio")
    /// 百分点: the difference of two percentages.
    public static let points = Dimension(id: "points")
    /// Area, in 平方米 as base: 万平方米, 公顷, 亩, 万亩, 平方公里 (平方千米).
    public static let area = Dimension(id: "area")
    /// Length, in 米 as base: 千米, 公里.
    public static let length = Dimension(id: "length")
    /// Mass, in 千克 as base: 公斤, 吨, 万吨, 斤, 万斤, 亿斤.
    public static let mass = Dimension(id: "mass")
    /// The dimension of counting word `word` (个, 家, 项, 人次 …); each word is its own.
    public static func count(_ word: String) -> Dimension { Dimension(id: "count:" + word) }

    /// A name for messages: `金额(元)`, `百分比`, `计数(个)` …
    public var description: String {
        switch id {
        case "money": return "金额(元)"
        case "usd": return "金额(美元)"
        case "ratio": return "比率"
        case "points": return "百分点"
        case "area": return "面积"
        case "length": return "长度"
        case "mass": return "质量"
        default:
            if id.hasPrefix("count:") { return "计数(\(id.dropFirst(6)))" }
            return id
        }
    }
}

/// A unit of measure: its symbol as the report writes it, its dimension, and its size relative to the
/// dimension's base unit as an exact fraction (1 亩 = 2000/3 平方米).
public struct Unit: Sendable, Hashable, CustomStringConvertible {
    /// As written: `亿元`, `%`, `万亩`; empty for a plain number.
    public var symbol: String { fields.symbol }
    /// What the unit measures; quantities convert only within it.
    public var dimension: Dimension { fields.dimension }
    /// Size in base units: `numerator / denominator`.
    public var numerator: Int128 { fields.numerator }
    /// The denominator of the size in base units: 1 for most units, 3 for 亩 (2000/3 平方米).
    public var denominator: Int128 { fields.denominator }

    /// The four fields, shared by every copy: a quantity, and every number of a result, carries one reference
    /// rather than 64 bytes (a `Quantity` is 32 bytes, not 96: a result of a million numbers is built in a third of
    /// the memory; BENCHMARKS.md, "Query shapes").
    private let fields: Fields

    private final class Fields: Sendable {
        let symbol: String
        let dimension: Dimension
        let numerator: Int128
        let denominator: Int128

        init(symbol: String, dimension: Dimension, numerator: Int128, denominator: Int128) {
            self.symbol = symbol
            self.dimension = dimension
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// A unit written `symbol`, of `dimension`, worth `numerator / denominator` base units.
    ///
    /// ``named(_:)`` knows the units reports use; this is for units it does not.
    public init(symbol: String, dimension: Dimension, numerator: Int128, denominator: Int128 = 1) {
        fields = Fields(symbol: symbol, dimension: dimension, numerator: numerator, denominator: denominator)
    }

    /// Units are equal when all four fields are, whichever copies they come from.
    public static func == (a: Unit, b: Unit) -> Bool {
        a.fields === b.fields || (a.symbol == b.symbol && a.dimension == b.dimension
            && a.numerator == b.numerator && a.denominator == b.denominator)
    }

    /// Hashes the four fields, as ``==`` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(symbol)
        hasher.combine(dimension)
        hasher.combine(numerator)
        hasher.combine(denominator)
    }

    /// The symbol, as written; empty for a plain number.
    public var description: String { symbol }

    /// A plain number (no unit).
    public static let plain = Unit(symbol: "", dimension: .ratio, numerator: 1)
    /// `%`: a hundredth of a plain number (dimension ``Dimension/ratio``).
    public static let percent = Unit(symbol: "%", dimension: .ratio, numerator: 1, denominator: 100)
    /// 百分点: percentage points, the difference of two percentages.
    public static let points = Unit(symbol: "百分点", dimension: .points, numerator: 1)
    /// 元: the base unit of money.
    public static let yuan = Unit(symbol: "元", dimension: .money, numerator: 1)
    /// 万元: 10 000 元.
    public static let wanYuan = Unit(symbol: "万元", dimension: .money, numerator: 10_000)
    /// 亿元: 100 000 000 元 (10 000 万元).
    public static let yiYuan = Unit(symbol: "亿元", dimension: .money, numerator: 100_000_000)

    /// Whether this is a plain number: no symbol.
    public var isPlain: Bool { symbol.isEmpty }

    /// Named units that are not a prefix plus a counting word.
    static let known: [String: Unit] = {
        var table: [String: Unit] = [:]
        func add(_ symbol: String, _ dimension: Dimension, _ n: Int128, _ d: Int128 = 1) {
            table[symbol] = Unit(symbol: symbol, dimension: dimension, numerator: n, denominator: d)
        }
        add("元", .money, 1); add("万元", .money, 10_000); add("亿元", .money, 100_000_000)
        add("万亿元", .money, 1_000_000_000_000); add("千元", .money, 1_000); add("百万元", .money, 1_000_000)
        add("美元", .usd, 1); add("万美元", .usd, 10_000); add("亿美元", .usd, 100_000_000)
        add("%", .ratio, 1, 100); add("％", .ratio, 1, 100); add("‰", .ratio, 1, 1000)
        add("百分点", .points, 1); add("个百分点", .points, 1)
        add("平方米", .area, 1); add("万平方米", .area, 10_000); add("公顷", .area, 10_000)
        add("亩", .area, 2000, 3); add("万亩", .area, 20_000_000, 3); add("平方公里", .area, 1_000_000)
        add("平方千米", .area, 1_000_000)
        add("米", .length, 1); add("千米", .length, 1000); add("公里", .length, 1000)
        add("千克", .mass, 1); add("公斤", .mass, 1); add("吨", .mass, 1000); add("万吨", .mass, 10_000_000)
        add("斤", .mass, 1, 2); add("万斤", .mass, 5000); add("亿斤", .mass, 50_000_000)
        return table
    }()

    /// Words report text writes like units, with the multipliers it puts in front of them, beyond the named
    /// units: 千万元, 万平方公里, and measures that are counting words to ReportQL (立方米, 千瓦时: each its
    /// own dimension, so a sum never mixes them with another unit).
    static let writtenWithMultipliers: [(word: String, multipliers: [String])] = [
        ("元", ["千万"]), ("平方公里", ["万"]), ("公顷", ["万"]),
        ("立方米", ["万"]), ("千瓦时", ["万", "亿"]), ("千瓦", ["万"]), ("标箱", ["万"]),
    ]

    /// The units report text writes whole after a number, longest first: every named unit written in Chinese
    /// characters (万元, 平方公里, 个百分点) and the ``writtenWithMultipliers``. The importer's vocabulary of
    /// units is this list, so what it recognises is what ``named(_:)`` reads.
    package static let writtenUnits: [String] = {
        var words = Set(known.keys.filter { $0.unicodeScalars.allSatisfy(isCJK) })
        for (word, multipliers) in writtenWithMultipliers {
            words.insert(word)
            for m in multipliers { words.insert(m + word) }
        }
        return words.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
    }()

    /// Counting words that begin with a multiplier's character: each is one word, in its own dimension.
    static let measureWords = ["千瓦时", "千瓦"]

    /// Multiplier prefixes a counting word may carry, longest first.
    static let prefixes: [(String, Int128)] = [
        ("万亿", 1_000_000_000_000), ("千万", 10_000_000), ("百万", 1_000_000), ("十万", 100_000),
        ("亿", 100_000_000), ("万", 10_000), ("千", 1000), ("百", 100), ("十", 10),
    ]

    /// The unit written `symbol`, or nil when it is not a unit (digits, punctuation, Latin letters, spaces).
    /// Unknown words of CJK characters are counting words, each its own dimension; a multiplier prefix scales them.
    public static func named(_ symbol: String) -> Unit? {
        if symbol.isEmpty { return .plain }
        if let u = known[symbol] { return u }
        guard symbol.unicodeScalars.allSatisfy(isCJK) else { return nil }
        // A measure word that begins like a multiplier (千瓦时) is counted whole, with or without a multiplier
        // in front (万千瓦时 is 10 000 千瓦时), never split inside (千 瓦时).
        for word in measureWords where symbol.hasSuffix(word) {
            if symbol == word { return Unit(symbol: symbol, dimension: .count(word), numerator: 1) }
            let prefix = String(symbol.dropLast(word.count))
            if let factor = prefixes.first(where: { $0.0 == prefix })?.1 {
                return Unit(symbol: symbol, dimension: .count(word), numerator: factor)
            }
        }
        for (prefix, factor) in prefixes where symbol.hasPrefix(prefix) && symbol.count > prefix.count {
            let base = String(symbol.dropFirst(prefix.count))
            if let b = known[base] {
                return Unit(symbol: symbol, dimension: b.dimension, numerator: b.numerator * factor,
                            denominator: b.denominator)
            }
            return Unit(symbol: symbol, dimension: .count(base), numerator: factor)
        }
        return Unit(symbol: symbol, dimension: .count(symbol), numerator: 1)
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
            || (0x20000...0x2A6DF).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
    }

    /// The factor that turns a value in `self` into a value in `other`, as a fraction; nil across dimensions.
    public func conversion(to other: Unit) -> (numerator: Int128, denominator: Int128)? {
        guard dimension == other.dimension else { return nil }
        return (numerator * other.denominator, denominator * other.numerator)
    }

    /// Whether converting from `self` to `other` is exact in decimal for every value (the factor is n/10^k).
    public func convertsExactly(to other: Unit) -> Bool {
        guard let (n, d) = conversion(to: other) else { return false }
        var den = d / gcd(n, d)
        while den % 10 == 0 { den /= 10 }
        while den % 2 == 0 { den /= 2 }
        while den % 5 == 0 { den /= 5 }
        return den == 1
    }
}

func gcd(_ a: Int128, _ b: Int128) -> Int128 {
    var x = a.magnitude, y = b.magnitude
    while y != 0 { (x, y) = (y, x % y) }
    return Int128(x == 0 ? 1 : x)
}

/// A number with its unit: `623.68亿元`, `-9.6%`, `700次`.
public struct Quantity: Sendable, Hashable, CustomStringConvertible {
    /// The number, exact.
    public var value: ExactDecimal
    /// The unit the number is in: ``Unit/plain`` for a plain number.
    public var unit: Unit

    /// `value` in `unit` (a plain number unless a unit is given).
    public init(_ value: ExactDecimal, _ unit: Unit = .plain) {
        self.value = value
        self.unit = unit
    }

    /// Parses a quantity string: `623.68亿元`, `-9.6%`, `2.49 万吨`, `0.5`. Nil when the number or the unit is not valid.
    public init?(parsing text: String) {
        var end = text.startIndex
        for (i, c) in zip(text.indices, text) {
            if c.asciiDigitValue != nil || c == "." || ((c == "-" || c == "+") && i == text.startIndex) {
                end = text.index(after: i)
            } else {
                break
            }
        }
        guard let value = ExactDecimal(parsing: text[..<end]) else { return nil }
        let symbol = text[end...].trimmingSpaces()
        guard let unit = Unit.named(symbol) else { return nil }
        self.init(value, unit)
    }

    /// The value as the report would write it (no trailing fractional zeros) followed by its unit.
    public var description: String { value.normalized.description + unit.symbol }

    /// This quantity in `target`: exact whenever the factor is a decimal (万元 → 亿元, 亿元 → 元), else (亩 →
    /// 平方米, a factor of 2000/3) rounded by the rule of ``ExactDecimal/divided(by:)``. Throws when the
    /// dimensions differ.
    public func converted(to target: Unit) throws(QuantityError) -> Quantity {
        if target == unit { return self }
        guard let (n, d) = unit.conversion(to: target) else {
            throw .dimensionMismatch(unit, target)
        }
        do {
            let g = gcd(n, d)
            let (n, d) = (n / g, d / g)
            // A factor n/d with d dividing 10^k is exact in decimal (万元 → 亿元 is × 1/10^4): no rounding.
            var k = 0, p: Int128 = 1
            while k < ExactDecimal.maxScale, p % d != 0 { p *= 10; k += 1 }
            let (f, o) = n.multipliedReportingOverflow(by: p / d)
            if p % d == 0, !o {
                let exact = try value.multiplied(by: ExactDecimal(significand: f, scale: k))
                return Quantity(exact.normalized, target)
            }
            let scaled = try value.multiplied(by: ExactDecimal(significand: n, scale: 0))
            guard let result = try scaled.divided(by: ExactDecimal(significand: d, scale: 0)) else {
                throw QuantityError.overflow
            }
            // Keep at least the original places so 22.1亿元 → 221000万元 prints as written, not rounded.
            return Quantity(result.normalized, target)
        } catch {
            throw .overflow
        }
    }
}

/// Why a quantity operation failed.
public enum QuantityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Two units of different dimensions met: `亿元 + %`, or 亿元 converted to 亩.
    case dimensionMismatch(Unit, Unit)
    /// A result that does not fit in 38 significant digits.
    case overflow
    /// A division by zero.
    case divisionByZero

    /// The message: `cannot combine 亿元 (金额(元)) with % (比率)`, `division by zero` …
    public var description: String {
        switch self {
        case .dimensionMismatch(let a, let b):
            let an = a.isPlain ? "数值" : a.symbol, bn = b.isPlain ? "数值" : b.symbol
            return "cannot combine \(an) (\(a.dimension)) with \(bn) (\(b.dimension))"
        case .overflow: return "number too large for exact arithmetic (38 digits)"
        case .divisionByZero: return "division by zero"
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces (ASCII and ideographic).
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\u{3000}" || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\u{3000}" || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

extension Unit {
    /// Every unit with a name of its own (元, 万元, 亿元, %, 百分点, 平方米, 亩, 吨 …), sorted by dimension and size.
    /// ``named(_:)`` knows these and more: any counting word (人, 个, 项), with a multiplier prefix (万人, 亿人).
    public static var knownUnits: [Unit] {
        known.values.sorted { a, b in
            if a.dimension.id != b.dimension.id { return a.dimension.id < b.dimension.id }
            if a.numerator * b.denominator != b.numerator * a.denominator {
                return a.numerator * b.denominator < b.numerator * a.denominator
            }
            return a.symbol < b.symbol
        }
    }
}
