import ReportQL

/// The interactive loop: read an entry (a statement over one or more lines, or a meta-command), run it,
/// print what it gives, remember it.
///
/// - The prompt is `rql> `, and `...> ` while the entry is not a complete statement (``Syntax/isComplete(_:)``);
///   an empty line submits what there is, so a mistake shows its error instead of waiting.
/// - A multi-line statement is one history entry. History is kept in a file (see ``History``).
/// - Ctrl-C abandons the entry; Ctrl-D on an empty line leaves.
final class REPL {
    var environment: Environment
    let runner: ScriptRunner
    var completer: Completer
    let editor: LineEditor
    let history: History?
    private var warnedAboutHistory = false
    /// The entry being typed, when it spans lines.
    private var pending = ""
    /// The session line the next line read will be, for diagnostics (`<repl>:12:5`).
    private var lineNumber = 1
    var quitRequested = false

    init(environment: Environment, runner: ScriptRunner) {
        self.environment = environment
        self.runner = runner
        runner.rowsFitScreen = true
        runner.interruptEndsRun = false
        completer = Completer(session: runner.session)
        completer.metaCommands = MetaCommand.names
        history = History.defaultPath().map(History.init)
        TerminationSignals.install()
        editor = LineEditor(history: (history?.load() ?? []).map(REPL.editable))
        if history == nil {
            runner.reportWarning("neither XDG_STATE_HOME nor HOME is an absolute path; history will not be saved")
        }
        LineEditor.completionProvider = { [unowned self] line, cursor in self.complete(line, cursor) }
        runner.sessionReplaced = { [unowned self] in
            self.environment = self.runner.session.environment
            self.completer = Completer(session: self.runner.session)
            self.completer.metaCommands = MetaCommand.names
        }
    }

    /// Runs until `.quit`, `.exit [N]` or Ctrl-D; returns the exit status (0, or the N of `.exit N`).
    func run() -> Int32 {
        let loaded = ReportFiles.describe(environment.catalog)
        runner.out.write("ReportQL \(RQLCommand.version) · \(terminalSafe(loaded)) · .help for help, Ctrl-D to leave\n")
        runner.out.flush()
        while !quitRequested && runner.exitRequested == nil {
            let prompt = pending.isEmpty ? "rql> " : "...> "
            switch editor.read(prompt: prompt) {
            case .end:
                if !pending.isEmpty {
                    runner.write("(the unfinished statement was discarded)\n")
                }
                quitRequested = true
            case .interrupted:
                pending = ""
            case .line(let line):
                accept(line)
            }
        }
        runner.out.flush()
        runner.output.close()
        return runner.exitRequested ?? 0
    }

    /// Takes one line: a meta-command, part of a statement, or the end of one.
    func accept(_ line: String) {
        runner.startEntry()
        if pending.isEmpty {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty {
                lineNumber += 1
                return
            }
            if trimmed.hasPrefix(".") {
                remember(trimmed)
                lineNumber += 1
                runner.runMetaCommand(trimmed)
                return
            }
            if let hint = Self.bareCommandHint(trimmed), environment.catalog.table(trimmed) == nil,
               !runner.session.boundNames.contains(trimmed) {
                remember(trimmed)
                lineNumber += 1
                runner.write(hint + "\n")
                return
            }
        }
        let submit = !pending.isEmpty && line.trimmingWhitespace.isEmpty
        pending += pending.isEmpty ? line : "\n" + line
        guard submit || Syntax.isComplete(pending) else { return }
        let entry = pending
        pending = ""
        let firstLine = lineNumber
        lineNumber += entry.split(separator: "\n", omittingEmptySubsequences: false).count
        remember(entry.trimmingTrailingWhitespace)
        runner.run(SourceFile(name: "<repl>", text: entry, firstLine: firstLine))
    }

    /// Adds an entry to the editor's history and the history file (a warning, once, when it cannot be saved).
    func remember(_ entry: String) {
        editor.addHistory(REPL.editable(entry))
        guard let history else { return }
        do {
            try TerminationSignals.deferred { () throws(Files.Failure) in try history.append(entry) }
        } catch {
            if !warnedAboutHistory {
                runner.reportWarning("cannot save history: \(error)")
                warnedAboutHistory = true
            }
        }
    }

    /// What a bare `exit`, `quit` or `help` (a sqlite3 or shell habit) answers: a pointer to the dot-command.
    static func bareCommandHint(_ line: String) -> String? {
        var word = line.lowercased()
        if word.hasSuffix(";") { word.removeLast() }
        switch word {
        case "exit", "quit", "bye", "退出": return "to leave, type .quit (or .exit, or Ctrl-D)"
        case "help", "?", "帮助": return "type .help for help"
        default: return nil
        }
    }

    /// A multi-line entry as one line for the arrow keys, when that means the same: the REPL only continues a
    /// statement across line breaks that do not end it, so spaces can stand for them, unless a comment (`#`)
    /// or quoted text could span them. The history file keeps the entry as typed.
    static func editable(_ entry: String) -> String {
        guard entry.contains("\n"),
              !entry.contains(where: { "#'\"“”‘’「」『』`＂＇".contains($0) }) else { return entry }
        return entry.split(separator: "\n").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Completion for the editor: meta-command arguments here, the language in ``Completer``.
    /// `cursor` and the returned offset are UTF-8 offsets into `line`; nil asks for file names.
    func complete(_ line: String, _ cursor: Int) -> (replaceFrom: Int, candidates: [String]?)? {
        if pending.isEmpty, let meta = MetaCommand.completeArgument(line, cursor, session: runner.session) {
            return (meta.replaceFrom, meta.candidates)
        }
        let full = pending.isEmpty ? line : pending + "\n" + line
        let offset = full.utf8.count - line.utf8.count
        let result = completer.complete(line: full, cursor: cursor + offset)
        return (max(0, result.replaceFrom - offset), result.candidates)
    }
}

extension String {
    /// The text without white space at either end (scalar by scalar: linear, however long the text).
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    var trimmingTrailingWhitespace: String {
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[...last])
    }
}
