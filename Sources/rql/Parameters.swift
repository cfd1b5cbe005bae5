import ReportModel
import ReportQL

/// `$name` parameters from the command line (`--param NAME=VALUE`) and the shell (`.param set NAME VALUE`).
/// A value is read as a literal: a number with its unit (`5%`, `100亿元`, `12`), `true`, `false`, `missing`,
/// quoted text (`'a b'`), or else bare text (`工业`).
enum Parameters {
    /// A value written on the command line or after `.param set`.
    static func value(_ text: String) -> Value {
        let t = text.trimmingWhitespace
        switch t.lowercased() {
        case "true": return .bool(true)
        case "false": return .bool(false)
        case "missing": return .missing
        default: break
        }
        if let q = Quantity(parsing: t), t.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) == true {
            return .number(q)
        }
        return .text(t.unquotedArgument)
    }

    /// `NAME=VALUE` (a `$` before NAME allowed); nil when there is no `=` or no name.
    static func assignment(_ text: String) -> (name: String, value: Value)? {
        guard let eq = text.firstIndex(of: "=") else { return nil }
        var name = String(text[..<eq]).trimmingWhitespace
        if name.hasPrefix("$") { name.removeFirst() }
        guard isName(name) else { return nil }
        return (name, value(String(text[text.index(after: eq)...])))
    }

    /// Whether `name` can follow `$` in a query: letters (CJK included), digits and `_`, not starting with a digit.
    static func isName(_ name: String) -> Bool {
        guard let first = name.first, !first.isNumber else { return false }
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}

extension Value {
    /// The value as `.param list` shows it, the way it could be typed back.
    var literalText: String {
        switch self {
        case .text(let s): return Parameters.isName(s) && !Syntax.keywords.contains(s) ? s : "'" + s.replacingOccurrences("'", "''") + "'"
        default: return description
        }
    }
}

extension String {
    func replacingOccurrences(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}

extension ScriptRunner {
    /// `.param set NAME VALUE`, `.param list`, `.param clear [NAME]`, `.param unset NAME`.
    func runParam(_ words: [String], rest: String) -> Bool {
        switch words.first {
        case nil, "list"?:
            if session.parameters.isEmpty {
                write("no parameters; .param set NAME VALUE gives one\n")
            } else {
                write(session.parameters.sorted { $0.key < $1.key }
                    .map { "$\($0.key) = \($0.value.literalText)\n" }.joined())
            }
            return true
        case "set"?:
            guard words.count >= 3 else {
                reportError(".param set needs a name and a value: .param set NAME VALUE")
                return false
            }
            var name = words[1]
            if name.hasPrefix("$") { name.removeFirst() }
            guard Parameters.isName(name) else {
                reportError("'\(words[1])' is not a parameter name")
                return false
            }
            // The value is the rest of the line after the name, spaces included.
            var remainder = Substring(rest.trimmingWhitespace.dropFirst(3)).drop { $0 == " " || $0 == "\t" }
            remainder = remainder.dropFirst(words[1].count).drop { $0 == " " || $0 == "\t" }
            session.parameters[name] = Parameters.value(String(remainder))
            return true
        case "clear"?, "unset"?:
            if words.count >= 2 {
                for var name in words.dropFirst() {
                    if name.hasPrefix("$") { name.removeFirst() }
                    session.parameters[name] = nil
                }
            } else {
                session.parameters = [:]
            }
            return true
        default:
            reportError("unknown .param action '\(words[0])': .param set NAME VALUE, .param list, .param clear")
            return false
        }
    }
}
