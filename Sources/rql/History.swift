/// The REPL's history file: one entry per line, the newest last, at most ``limit`` entries.
///
/// An entry that spans lines (a multi-line statement) is one line in the file, with `\n` for its line breaks
/// and `\\` for a backslash. Every change rewrites the file atomically (a temporary file in the same
/// directory, renamed over it) after re-reading it, so a crash never truncates it and two REPLs at once
/// keep each other's entries.
struct History {
    static let limit = 1000
    let path: String

    init(path: String) {
        self.path = path
    }

    /// Where the history lives: `$XDG_STATE_HOME/rql/history` when XDG_STATE_HOME is set, else
    /// `~/.rql_history`; nil when neither XDG_STATE_HOME nor HOME is set.
    static func defaultPath(environment: (String) -> String? = Terminal.environment) -> String? {
        if let state = environment("XDG_STATE_HOME"), !state.isEmpty {
            return state + "/rql/history"
        }
        if let home = environment("HOME"), !home.isEmpty {
            return home + "/.rql_history"
        }
        return nil
    }

    /// The entries in the file, oldest first; none when there is no file yet.
    func load() -> [String] {
        guard let bytes = try? Files.read(path) else { return [] }
        return String(decoding: bytes, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .map { History.decode($0) }
    }

    /// Adds `entry` at the end (unless it repeats the newest one) and keeps the newest ``limit``.
    func append(_ entry: String) throws(Files.Failure) {
        var entries = load()
        if entries.last == entry { return }
        entries.append(entry)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try Files.makeDirectories(String(path[..<slash]))
        }
        let text = entries.map(History.encode).joined(separator: "\n") + "\n"
        try Files.writeAtomically(Array(text.utf8), to: path)
    }

    static func encode(_ entry: String) -> String {
        var out = ""
        for c in entry.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func decode(_ line: Substring) -> String {
        var out = ""
        var escaped = false
        for c in line.unicodeScalars {
            if escaped {
                switch c {
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
