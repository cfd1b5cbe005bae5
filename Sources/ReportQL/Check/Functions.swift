import ReportModel

/// A function a query can call: a built-in one, or one the host registered.
struct FunctionDefinition: Sendable {
    enum Standard: String, Sendable, CaseIterable {
        case round, abs, floor, ceil, coalesce, length, concat, substr, lower, upper, number, unit
        case share, growth, `if`, startswith, endswith
    }

    enum Implementation: Sendable {
        case standard(Standard)
        case host(HostFunction)
    }

    var name: String
    var implementation: Implementation

    /// Chinese names of the standard functions.
    static let chineseAliases: [String: Standard] = [
        "四舍五入": .round, "取整": .round, "绝对值": .abs, "向下取整": .floor, "向上取整": .ceil,
        "长度": .length, "拼接": .concat, "截取": .substr, "占比": .share, "比重": .share, "增长率": .growth,
        "增速": .growth, "如果": .if, "开头是": .startswith, "结尾是": .endswith, "数字": .number, "单位": .unit,
        "首个非空": .coalesce,
    ]

    /// Every name a standard function answers to, for completion and suggestions.
    static var allNames: [String] { Standard.allCases.map(\.rawValue) + chineseAliases.keys.sorted() }

    static func standard(named word: String) -> Standard? {
        Standard(rawValue: word.lowercased()) ?? chineseAliases[word]
    }
}

/// A function registered by a host program: its name, argument types, result type and implementation.
public struct HostFunction: Sendable {
    /// The name queries call it by, matched exactly; it hides a built-in function of the same name.
    public var name: String
    /// One type per argument, checked at compile time; `.number(nil)` accepts a number of any
    /// dimension, `.any` every value.
    public var parameters: [ValueType]
    /// The type of the call's result, which the checker uses for what follows.
    public var result: ValueType
    /// The implementation: one value per argument in, one value out. An error it throws ends the run
    /// with a ``RuntimeError`` naming the function and the call.
    public var body: @Sendable ([Value]) throws -> Value
    /// What it gives, one sentence, for the function reference (``Environment/functionDocs``, `.help`).
    public var summary: String

    /// `parameters` are checked when a query is compiled; `.any` accepts every type. The body receives one
    /// value per parameter (possibly `.missing`) and must return a value of the `result` type. `summary`
    /// documents it beside the standard functions.
    public init(name: String, parameters: [ValueType], result: ValueType, summary: String = "",
                body: @escaping @Sendable ([Value]) throws -> Value) {
        self.name = name
        self.parameters = parameters
        self.result = result
        self.summary = summary
        self.body = body
    }
}

enum FunctionFailure: Error {
    case message(String)
}

extension FunctionDefinition {
    /// Applies the function to one row's arguments.
    func apply(_ args: [Value]) throws(FunctionFailure) -> Value {
        switch implementation {
        case .host(let f):
            do { return try f.body(args) } catch { throw .message("\(name): \(error)") }
        case .standard(let s):
            return try Self.apply(s, args)
        }
    }

    static func number(_ v: Value) -> Quantity? { v.quantity }

    static func apply(_ s: Standard, _ args: [Value]) throws(FunctionFailure) -> Value {
        func q(_ i: Int) -> Quantity? { i < args.count ? args[i].quantity : nil }
        func t(_ i: Int) -> String? {
            guard i < args.count else { return nil }
            if case .missing = args[i] { return nil }
            return args[i].description
        }
        switch s {
        case .round, .floor, .ceil:
            guard let x = q(0) else { return .missing }
            var places = 0
            if args.count > 1 {
                guard let p = q(1), let n = Int(exactly: p.value.normalized.significand), p.value.normalized.scale == 0,
                      (0...ExactDecimal.maxScale).contains(n) else {
                    throw .message("round: the number of places must be a whole number from 0 to \(ExactDecimal.maxScale)")
                }
                places = n
            }
            if s == .round { return .number(Quantity(x.value.rounded(places: places), x.unit)) }
            return .number(Quantity(directed(x.value, places: places, up: s == .ceil), x.unit))
        case .abs:
            guard let x = q(0) else { return .missing }
            return .number(Quantity(x.value.magnitude, x.unit))
        case .coalesce:
            return args.first { !$0.isMissing } ?? .missing
        case .length:
            guard let x = t(0) else { return .missing }
            return .number(Quantity(ExactDecimal(x.count)))
        case .concat:
            return .text(args.map(\.description).joined())
        case .substr:
            guard let x = t(0), let start = q(1) else { return .missing }
            let chars = Array(x)
            // Positions are clamped to the text: no argument, however large, can overflow.
            let first = Int(clamping: start.value.rounded(places: 0).significand)
            let from = first <= 1 ? 0 : min(chars.count, first - 1)
            var count = chars.count
            if let n = q(2) { count = max(0, min(chars.count, Int(clamping: n.value.rounded(places: 0).significand))) }
            return .text(String(chars[from..<min(chars.count, from + count)]))
        case .lower:
            return t(0).map { .text($0.lowercased()) } ?? .missing
        case .upper:
            return t(0).map { .text($0.uppercased()) } ?? .missing
        case .number:
            return q(0).map { .number(Quantity($0.value, .plain)) } ?? .missing
        case .unit:
            return q(0).map { .text($0.unit.symbol) } ?? .missing
        case .share, .growth:
            guard let a = q(0), let b = q(1) else { return .missing }
            do {
                var ratio = try Arithmetic.divide(a, b)
                if s == .growth { ratio = try Arithmetic.addSubtract(ratio, Quantity(.one), subtract: true) }
                let pct = try ratio.value.multiplied(by: ExactDecimal(100))
                return .number(Quantity(pct.normalized, .percent))
            } catch Arithmetic.Failure.divisionByZero {
                throw .message("\(s.rawValue): division by zero")
            } catch {
                throw .message("\(s.rawValue): \(error)")
            }
        case .if:
            guard args.count == 3 else { return .missing }
            if case .bool(true) = args[0] { return args[1] }
            return args[2]
        case .startswith, .endswith:
            guard let x = t(0), let y = t(1) else { return .missing }
            return .bool(s == .startswith ? x.hasPrefix(y) : x.hasSuffix(y))
        }
    }

    /// Rounded toward +∞ (`up`) or −∞ at `places`.
    static func directed(_ x: ExactDecimal, places: Int, up: Bool) -> ExactDecimal {
        guard x.scale > places, let f = try? ExactDecimal.power10(x.scale - places) else { return x }
        var q = x.significand / f
        let r = x.significand % f
        if r != 0 {
            if up && x.significand > 0 { q += 1 }
            if !up && x.significand < 0 { q -= 1 }
        }
        return ExactDecimal(significand: q, scale: places)
    }
}
