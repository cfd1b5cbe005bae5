import ReportModel

/// A `$name` parameter of a compiled query: the contract a run's values are checked against.
public struct QueryParameter: Sendable, Hashable, CustomStringConvertible {
    /// The name, without the `$`.
    public var name: String
    /// The type a value must have: the type the host declared, else the type of the column the parameter is
    /// compared with, else ``ValueType/any``.
    public var type: ValueType
    /// The unit a bare number given for the parameter takes: the unit of the column it is compared with,
    /// when that column has one (`total > $min`: 亿元). nil when no such column gives one.
    public var unit: Unit?

    /// A parameter `name` of `type`; a bare number given for it takes `unit`.
    public init(name: String, type: ValueType, unit: Unit? = nil) {
        self.name = name
        self.type = type
        self.unit = unit
    }

    /// `$min: number (金额(元)) in 亿元`, as messages name it.
    public var description: String {
        "$\(name): \(type)" + (unit.map { " in \($0.symbol)" } ?? "")
    }

    /// `value` as the parameter takes it: a bare number in the parameter's unit. Throws a message saying why
    /// the value does not fit.
    func accept(_ value: Value) -> Result<Value, ParameterMismatch> {
        switch (type, value) {
        case (_, .missing), (.any, _), (.text, .text), (.bool, .bool):
            return .success(value)
        case (.number(let dimension), .number(let q)):
            if q.unit.isPlain, let unit {
                return .success(.number(Quantity(q.value, unit)))
            }
            guard let dimension, dimension != .ratio else { return .success(value) }
            if q.unit.dimension == dimension { return .success(value) }
            if q.unit.isPlain {
                return .failure(ParameterMismatch(message: "parameter $\(name) is a number of \(dimension), and \(q.value) has no unit",
                                                  help: "give it as a Quantity with its unit, such as Quantity(\(q.value), .yiYuan)"))
            }
            return .failure(ParameterMismatch(message: "parameter $\(name) is a number of \(dimension), but \(q) is \(q.unit.dimension)",
                                              help: nil))
        default:
            return .failure(ParameterMismatch(message: "parameter $\(name) is \(type), but the value given is \(value.kindName)",
                                              help: nil))
        }
    }
}

struct ParameterMismatch: Error {
    var message: String
    var help: String?
}

extension Query {
    /// The run's parameter values, checked against ``parameters``: every value given names a parameter of the
    /// query, every parameter has a value, and each value fits its parameter's type (a bare number taking the
    /// parameter's unit).
    func bind(_ given: [String: Value]) throws(RuntimeError) -> [String: Value] {
        let whole = SourceRange(0, file.bytes.count)
        func fail(_ message: String, _ range: SourceRange, help: String?, _ code: ErrorCode) -> RuntimeError {
            RuntimeError(diagnostic: Diagnostic(message, at: range, help: help, code: code), file: file)
        }
        let names = parameters.map(\.name)
        for name in given.keys.sorted() where !names.contains(name) {
            let listed = names.isEmpty ? "the query has no parameters"
                : "its parameters are " + names.map { "$" + $0 }.joined(separator: ", ")
            let help = didYouMean(for: name, among: names, prefix: "$") ?? listed
            throw fail("a value was given for $\(name), which the query does not use", whole, help: help, .unknownParameter)
        }
        var bound: [String: Value] = [:]
        for p in parameters {
            let range = file.range(ofParameter: p.name) ?? whole
            guard let value = given[p.name] else {
                throw fail("no value was given for parameter $\(p.name)", range,
                           help: "pass it to run, as in run([\"\(p.name)\": …]) (\(p.type))", .missingParameter)
            }
            switch p.accept(value) {
            case .success(let v): bound[p.name] = v
            case .failure(let m): throw fail(m.message, range, help: m.help, .parameterType)
            }
        }
        return bound
    }
}

extension SourceFile {
    /// The range of the first `$name` in the text.
    func range(ofParameter name: String) -> SourceRange? {
        let needle = Array(("$" + name).utf8)
        guard needle.count <= bytes.count else { return nil }
        var i = 0
        while i + needle.count <= bytes.count {
            if bytes[i] == 0x24, Array(bytes[i..<(i + needle.count)]) == needle {
                let end = i + needle.count
                // Not a longer name: `$min` is not the start of `$minimum`.
                if end == bytes.count || !(bytes[end] == 0x5F || (bytes[end] | 0x20) >= 0x61 && (bytes[end] | 0x20) <= 0x7A
                                          || (0x30...0x39).contains(bytes[end]) || bytes[end] >= 0x80) {
                    return SourceRange(i, end)
                }
            }
            i += 1
        }
        return nil
    }
}

extension Value {
    /// `number`, `text`, `boolean` or `missing`, as messages name a value's kind.
    var kindName: String {
        switch self {
        case .number(let q): return q.unit.isPlain ? "a number" : "a number of \(q.unit.dimension)"
        case .text: return "text"
        case .bool: return "a boolean"
        case .missing: return "missing"
        }
    }
}

/// Values from what a host holds: `["sector": "工业", "min": 100, "rate": 5.2, "ok": true]` is a parameter
/// dictionary, and `Value(q)`, `Value(decimal)` wrap a ``Quantity`` or an ``ExactDecimal``.
extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral {
    /// Text.
    public init(stringLiteral value: String) { self = .text(value) }
    /// A bare number: a parameter gives it its unit.
    public init(integerLiteral value: Int) { self = .number(Quantity(ExactDecimal(value))) }
    /// A bare number read from the literal's shortest decimal form (`5.2` is exactly 5.2).
    public init(floatLiteral value: Double) { self.init(value) }
    /// A boolean.
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    /// Text.
    public init(_ text: String) { self = .text(text) }
    /// A number with its unit.
    public init(_ quantity: Quantity) { self = .number(quantity) }
    /// A bare number (a parameter gives it its unit).
    public init(_ number: ExactDecimal) { self = .number(Quantity(number)) }
    /// A bare number.
    public init(_ number: Int) { self = .number(Quantity(ExactDecimal(number))) }
    /// A bare number read from its shortest decimal form (`0.1` is exactly 0.1); not finite, or beyond 38
    /// digits, is ``missing``.
    public init(_ number: Double) {
        if let d = ExactDecimal.shortest(number) { self = .number(Quantity(d)) } else { self = .missing }
    }
    /// A boolean.
    public init(_ flag: Bool) { self = .bool(flag) }
}

extension ExactDecimal {
    /// The decimal `x` prints as (its shortest form: `0.1` is 0.1, `1e-07` is 0.0000001); nil when `x` is not
    /// finite or needs more than 38 digits or ``maxScale`` places.
    static func shortest(_ x: Double) -> ExactDecimal? {
        guard x.isFinite else { return nil }
        let text = x.description
        if let d = ExactDecimal(parsing: text) { return d }
        let parts = text.split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]), let mantissa = ExactDecimal(parsing: parts[0]) else { return nil }
        let scale = mantissa.scale - exponent
        if scale >= 0 {
            return scale <= maxScale ? ExactDecimal(significand: mantissa.significand, scale: scale) : nil
        }
        guard let factor = try? power10(-scale) else { return nil }
        let (product, overflow) = mantissa.significand.multipliedReportingOverflow(by: factor)
        return overflow ? nil : ExactDecimal(significand: product, scale: 0)
    }
}
