import ReportModel

/// The unit rules of ReportQL arithmetic, on single quantities. Every operation is exact (division rounds
/// half-to-even at ``ExactDecimal/divisionScale`` places) and converts within a dimension; mixing dimensions
/// is an error (the checker reports it before anything runs where the dimensions are known).
///
/// - `a ± b` with one dimension: converted to a common unit (the larger when that is exact, else the smaller).
/// - `% − %` is a difference of percentages: 百分点. `% ± 百分点` stays `%`. `百分点 ± 百分点` stays 百分点.
/// - A plain number and a `%` are one dimension: `1 + 6.5%` is `1.065`.
/// - `a × plain` and `a × %` keep `a`'s unit (`98亿元 × (1 + 15%)` is `112.7亿元`); two dimensioned
///   quantities do not multiply.
/// - `a ÷ plain` keeps `a`'s unit; `a ÷ b` of one dimension is a plain ratio; `a ÷ 0` is an error.
enum Arithmetic {
    enum Failure: Error, Equatable {
        case mismatch(String)
        case overflow
        case divisionByZero
    }

    /// The static result dimension of `op` on operands of dimensions `a` and `b` (nil: varies), or a message.
    static func resultDimension(_ op: BinaryOperator, _ a: Dimension?, _ b: Dimension?,
                                aUnit: Unit? = nil, bUnit: Unit? = nil) -> Result<Dimension?, Failure> {
        guard let a, let b else { return .success(nil) }
        switch op {
        case .add, .subtract:
            if a == b { return .success(a) }
            if a == .ratio && b == .points { return .success(.ratio) }
            if a == .points && b == .ratio, op == .add { return .success(.ratio) }
            return .failure(.mismatch(op == .add ? "cannot add \(a) and \(b)" : "cannot subtract \(b) from \(a)"))
        case .multiply:
            if b == .ratio { return .success(a) }
            if a == .ratio { return .success(b) }
            return .failure(.mismatch("cannot multiply \(a) by \(b)"))
        case .divide:
            if b == .ratio { return .success(a) }
            if a == b { return .success(.ratio) }
            return .failure(.mismatch("cannot divide \(a) by \(b)"))
        default:
            return .success(nil)
        }
    }

    /// The unit two quantities of one dimension are compared or summed in: the larger of the two when the
    /// other converts into it exactly, else the smaller.
    static func commonUnit(_ a: Unit, _ b: Unit) -> Unit {
        if a == b { return a }
        let (big, small) = a.numerator * b.denominator >= b.numerator * a.denominator ? (a, b) : (b, a)
        return small.convertsExactly(to: big) ? big : small
    }

    static func convert(_ q: Quantity, to unit: Unit) throws(Failure) -> ExactDecimal {
        do {
            return try q.converted(to: unit).value
        } catch {
            if case .dimensionMismatch = error {
                throw .mismatch("cannot combine \(q.unit.symbol.isEmpty ? "a number" : q.unit.symbol) with \(unit.symbol.isEmpty ? "a number" : unit.symbol)")
            }
            throw .overflow
        }
    }

    /// `a + b` or `a - b`.
    static func addSubtract(_ a: Quantity, _ b: Quantity, subtract: Bool) throws(Failure) -> Quantity {
        do {
            switch (a.unit.dimension, b.unit.dimension) {
            case (.ratio, .ratio) where subtract && a.unit == .percent && b.unit == .percent:
                return Quantity(try a.value.subtracting(b.value), .points)
            case (.ratio, .points):
                let pa = try convert(a, to: .percent)
                let r = subtract ? try pa.subtracting(b.value) : try pa.adding(b.value)
                return Quantity(r, .percent)
            case (.points, .ratio) where !subtract:
                return Quantity(try convert(b, to: .percent).adding(a.value), .percent)
            default:
                guard a.unit.dimension == b.unit.dimension else {
                    throw Failure.mismatch("cannot \(subtract ? "subtract" : "add") \(describe(b.unit)) \(subtract ? "from" : "and") \(describe(a.unit))")
                }
                // A plain number meeting a percentage: work in plain numbers.
                let unit = (a.unit.dimension == .ratio && a.unit != b.unit) ? Unit.plain : commonUnit(a.unit, b.unit)
                let x = try convert(a, to: unit), y = try convert(b, to: unit)
                return Quantity(subtract ? try x.subtracting(y) : try x.adding(y), unit)
            }
        } catch let e as Failure {
            throw e
        } catch {
            throw .overflow
        }
    }

    static func multiply(_ a: Quantity, _ b: Quantity) throws(Failure) -> Quantity {
        do {
            if b.unit.dimension == .ratio {
                return Quantity(try a.value.multiplied(by: try convert(b, to: .plain)), a.unit.isPlain && b.unit == .percent && a.unit.dimension == .ratio ? .plain : a.unit)
            }
            if a.unit.dimension == .ratio {
                return Quantity(try b.value.multiplied(by: try convert(a, to: .plain)), b.unit)
            }
            throw Failure.mismatch("cannot multiply \(describe(a.unit)) by \(describe(b.unit))")
        } catch let e as Failure {
            throw e
        } catch {
            throw .overflow
        }
    }

    static func divide(_ a: Quantity, _ b: Quantity) throws(Failure) -> Quantity {
        do {
            if b.unit.dimension == .ratio {
                let d = try convert(b, to: .plain)
                if a.unit.dimension == .ratio {
                    // 10% ÷ 2 is 5% (the quotient rounded in percent, as it prints); 10% ÷ 5% is the plain number 2.
                    if b.unit.isPlain && a.unit == .percent {
                        guard let r = try a.value.divided(by: d) else { throw Failure.divisionByZero }
                        return Quantity(r, .percent)
                    }
                    guard let r = try convert(a, to: .plain).divided(by: d) else { throw Failure.divisionByZero }
                    return Quantity(r, .plain)
                }
                guard let r = try a.value.divided(by: d) else { throw Failure.divisionByZero }
                return Quantity(r, a.unit)
            }
            guard a.unit.dimension == b.unit.dimension else {
                throw Failure.mismatch("cannot divide \(describe(a.unit)) by \(describe(b.unit))")
            }
            let unit = commonUnit(a.unit, b.unit)
            guard let r = try convert(a, to: unit).divided(by: try convert(b, to: unit)) else {
                throw Failure.divisionByZero
            }
            return Quantity(r, .plain)
        } catch let e as Failure {
            throw e
        } catch {
            throw .overflow
        }
    }

    /// Exact comparison of two quantities of one dimension: -1, 0, 1.
    static func compare(_ a: Quantity, _ b: Quantity) throws(Failure) -> Int {
        if a.unit == b.unit { return ExactDecimal.compare(a.value, b.value) }
        guard a.unit.dimension == b.unit.dimension else {
            throw .mismatch("cannot compare \(describe(a.unit)) with \(describe(b.unit))")
        }
        // Cross-multiply by the unit factors so the comparison never rounds.
        let f = a.unit.numerator * b.unit.denominator, g = b.unit.numerator * a.unit.denominator
        return ExactDecimal.compare(a.value, times: f.magnitude, b.value, times: g.magnitude)
    }

    static func describe(_ u: Unit) -> String {
        u.isPlain ? "a plain number" : "\(u.symbol) (\(u.dimension))"
    }

    /// Three-way comparison of two texts by their UTF-8 bytes (Unicode code point order; a prefix first): the
    /// language's one rule for text, in `=` and `<` as in sorting, grouping and joins (README, "Text"). Not
    /// Swift's `String` comparison, which takes canonically equivalent texts (`é`, `e` + U+0301) as equal.
    static func orderText(_ x: String, _ y: String) -> Int {
        var x = x, y = y
        return x.withUTF8 { a in y.withUTF8 { b in DictionaryBytes.compare(a, b) } }
    }

    /// Three-way comparison of two values of one type, for sorting: missing sorts last.
    static func order(_ a: Value, _ b: Value) -> Int {
        switch (a, b) {
        case (.missing, .missing): return 0
        case (.missing, _): return 1
        case (_, .missing): return -1
        case (.number(let x), .number(let y)):
            if let c = try? compare(x, y) { return c }
            return x.unit.symbol < y.unit.symbol ? -1 : (x.unit.symbol == y.unit.symbol ? 0 : 1)
        case (.text(let x), .text(let y)): return orderText(x, y)
        case (.bool(let x), .bool(let y)): return x == y ? 0 : (!x ? -1 : 1)
        case (.number, _): return -1
        case (_, .number): return 1
        case (.text, _): return -1
        default: return 1
        }
    }
}
