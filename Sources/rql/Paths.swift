extension Files {
    /// `~` and `~/…` with the home directory (`$HOME`); other paths as they are.
    static func expandingTilde(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = Terminal.environment("HOME"), !home.isEmpty else {
            return path
        }
        return home + path.dropFirst()
    }
}

extension String {
    /// A dot-command's argument as written: without the quotes around it (`'my file.rql'`, `"a b"`).
    var unquotedArgument: String {
        let t = trimmingWhitespace
        for (open, close) in [("'", "'"), ("\"", "\""), ("‘", "’"), ("“", "”")]
        where t.count >= 2 && t.hasPrefix(open) && t.hasSuffix(close) {
            return String(t.dropFirst().dropLast())
        }
        return t
    }
}
