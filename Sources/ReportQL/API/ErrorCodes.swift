/// The kind of a problem, as a stable code a program can match on: `RQL101` is an unknown name today and in
/// every later release, whatever its message says. Compile-time codes are `RQL0xx` (syntax) and `RQL1xx`
/// (names, types, units); run-time codes are `RQL2xx`.
///
/// | code | meaning |
/// |---|---|
/// | `RQL001` | syntax: the statement does not parse |
/// | `RQL100` | a check failed (another kind than those below) |
/// | `RQL101` | unknown name: collection, field, function, unit or binding |
/// | `RQL102` | wrong type: text where a number is needed, a comparison of unlike values |
/// | `RQL103` | units: unlike dimensions, an unknown or ambiguous unit, a conversion that cannot be |
/// | `RQL104` | wrong number of arguments |
/// | `RQL105` | a text value no row holds (`sector = 工亚`) |
/// | `RQL200` | a run failed (another kind than those below) |
/// | `RQL201` | division by zero |
/// | `RQL202` | a number too large to hold exactly (38 digits) |
/// | `RQL203` | a host function failed |
/// | `RQL204` | no value was given for a parameter |
/// | `RQL205` | a value was given for a parameter the query does not have |
/// | `RQL206` | a parameter's value does not fit its type (text for a number, 金额 for 比率) |
/// | `RQL207` | a result would have more columns than its limit (a `pivot` over a field of many values) |
/// | `RQL210` | the run was cancelled |
/// | `RQL211` | the run passed its deadline |
/// | `RQL212` | the run visited more rows than its budget |
/// | `RQL213` | the host raised the environment's interrupt |
public struct ErrorCode: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The code as written: `RQL101`.
    public var rawValue: String

    /// The code `rawValue` (`RQL101`).
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The code as written: `RQL101`.
    public var description: String { rawValue }

    /// `RQL001`: the statement does not parse.
    public static let syntax = ErrorCode(rawValue: "RQL001")
    /// `RQL100`: a check failed (another kind than the codes below).
    public static let check = ErrorCode(rawValue: "RQL100")
    /// `RQL101`: an unknown collection, field, function, unit or binding.
    public static let unknownName = ErrorCode(rawValue: "RQL101")
    /// `RQL102`: a value of the wrong type.
    public static let type = ErrorCode(rawValue: "RQL102")
    /// `RQL103`: unlike dimensions, an unknown or ambiguous unit, an impossible conversion.
    public static let unit = ErrorCode(rawValue: "RQL103")
    /// `RQL104`: the wrong number of arguments.
    public static let arity = ErrorCode(rawValue: "RQL104")
    /// `RQL105`: a text value no row of a known-valued field holds.
    public static let unknownValue = ErrorCode(rawValue: "RQL105")
    /// `RQL200`: a run failed (another kind than the codes below).
    public static let runtime = ErrorCode(rawValue: "RQL200")
    /// `RQL201`: division by zero.
    public static let divisionByZero = ErrorCode(rawValue: "RQL201")
    /// `RQL202`: a number too large to hold exactly.
    public static let overflow = ErrorCode(rawValue: "RQL202")
    /// `RQL203`: a host function threw.
    public static let hostFunction = ErrorCode(rawValue: "RQL203")
    /// `RQL204`: no value was given for a parameter the query uses.
    public static let missingParameter = ErrorCode(rawValue: "RQL204")
    /// `RQL205`: a value was given for a parameter the query does not have.
    public static let unknownParameter = ErrorCode(rawValue: "RQL205")
    /// `RQL206`: a parameter's value does not fit the parameter's type.
    public static let parameterType = ErrorCode(rawValue: "RQL206")
    /// `RQL207`: a result would have more columns than its limit (`pivot` makes at most 200).
    public static let tooManyColumns = ErrorCode(rawValue: "RQL207")
    /// `RQL210`: the run was cancelled.
    public static let cancelled = ErrorCode(rawValue: "RQL210")
    /// `RQL211`: the run passed its deadline.
    public static let deadline = ErrorCode(rawValue: "RQL211")
    /// `RQL212`: the run visited more rows than its budget.
    public static let rowBudget = ErrorCode(rawValue: "RQL212")
    /// `RQL213`: the host raised the environment's interrupt (Ctrl-C in `rql`).
    public static let interrupted = ErrorCode(rawValue: "RQL213")

    /// The code of a message raised without one: the kind its wording names, else `fallback`. The checker's
    /// and evaluator's messages are worded by kind (`unknown …`, `… needs numbers`, `division by zero`); the
    /// parser, the parameter checks and the limits of a run give their codes explicitly.
    public static func classify(_ message: String, default fallback: ErrorCode) -> ErrorCode {
        // The limits of a run, however the evaluator words where it stopped.
        if message.hasPrefix("the query was cancelled") { return .cancelled }
        if message.hasPrefix("the query ran past its deadline") { return .deadline }
        if message.hasPrefix("the query visited more than") { return .rowBudget }
        if message == "interrupted" || message.hasPrefix("interrupted") { return .interrupted }
        if message.hasPrefix("unknown unit") || message.hasPrefix("cannot convert") || message.contains("several units")
            || message.contains("compares quantities of one dimension") {
            return .unit
        }
        if message.hasPrefix("unknown ") || message.hasSuffix("has no value yet") || message.hasSuffix("is not loaded") {
            return .unknownName
        }
        if message.hasPrefix("division by zero") || message.hasSuffix(": division by zero") { return .divisionByZero }
        if message.contains("too large") { return .overflow }
        if message.hasPrefix("no value was given for parameter") { return .missingParameter }
        if message.hasPrefix("no row has") { return .unknownValue }
        if message.contains(" takes "), message.contains("argument") { return .arity }
        if message.hasPrefix("cannot compare") || message.hasPrefix("cannot add") || message.contains(" needs ")
            || message.contains(" expects ") {
            // `cannot compare 金额 with 比率` is about units; `cannot compare text with number` about types.
            if message.hasPrefix("cannot"), !message.contains("text"), !message.contains("boolean") { return .unit }
            return .type
        }
        if message.hasPrefix("cannot ") { return .unit }
        return fallback
    }
}
