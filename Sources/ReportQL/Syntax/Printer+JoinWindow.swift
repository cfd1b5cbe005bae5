/// Printing `join` and `within` clauses.
extension Printer {
    /// `left join indicators as i on region, name, planYear = year`
    static func print(_ join: Join) -> String {
        var out = (join.left ? "left join " : "join ") + print(join.other)
        if let alias = join.alias { out += " as " + print(alias) }
        out += " on " + join.keys.map { key in
            print(key.field) + (key.other.map { " = " + print($0) } ?? "")
        }.joined(separator: ", ")
        return out
    }

    /// `within year sort growth desc rank as r, prev growth`
    static func print(_ window: Window) -> String {
        var parts = ["within"]
        if !window.keys.isEmpty { parts.append(window.keys.map { print($0) }.joined(separator: ", ")) }
        if !window.order.isEmpty {
            parts.append("sort " + window.order.map { print($0.expr) + ($0.descending ? " desc" : "") }
                .joined(separator: ", "))
        }
        parts.append(window.calls.map(print).joined(separator: ", "))
        return parts.joined(separator: " ")
    }

    /// `running sum value as total`
    static func print(_ call: WindowCall) -> String {
        var out = call.function.rawValue
        if let argument = call.argument { out += " " + print(argument) }
        if let alias = call.alias { out += " as " + print(alias) }
        return out
    }
}
