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
        runner.options.maxRows = 40
        completer = Completer(session: runner.session)
        completer.metaCommands = MetaCommand.names
        history = History.defaultPath().map(History.init)
        editor = LineEditor(history: (history?.load() ?? []).map(REPL.editable))
        if history == nil {
            runner.reportWarning("neither XDG_STATE_HOME nor HOME is set; history will not be saved")
        }
        LineEditor.completionProvider = { [unowned self] line, cursor in self.complete(line, cursor) }
    }

    /// Runs until `.quit` or Ctrl-D; returns the exit status (0).
    func run() -> Int32 {
        let first = environment.catalog.reports.first.map { ($0.region, $0.reportYear) }
            ?? environment.catalog.corpus?.files.first.map { ($0.region, $0.reportYear) }
        let name = [first?.0, first?.1].compactMap { $0 }.joined(separator: " ")
        runner.out.write("ReportQL \(RQLCommand.version) · \(name) · .help for help, Ctrl-D to leave\n")
        runner.out.flush()
        while !quitRequested {
            let prompt = pending.isEmpty ? "rql> " : "...> "
            switch editor.read(prompt: prompt) {
            case .end:
                quitRequested = true
            case .interrupted:
                pending = ""
            case .line(let line):
                accept(line)
            }
        }
        runner.out.flush()
        return 0
    }

    /// Takes one line: a meta-command, part of a statement, or the end of one.
    func accept(_ line: String) {
        if pending.isEmpty {
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty {
                lineNumber += 1
                return
            }
            if trimmed.hasPrefix(".") {
                remember(trimmed)
                lineNumber += 1
                runMetaCommand(trimmed)
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
        runner.options.width = Terminal.width()
        runner.run(SourceFile(name: "<repl>", text: entry, firstLine: firstLine))
    }

    /// Adds an entry to the editor's history and the history file (a warning, once, when it cannot be saved).
    func remember(_ entry: String) {
        editor.addHistory(REPL.editable(entry))
        guard let history else { return }
        do {
            try history.append(entry)
        } catch {
            if !warnedAboutHistory {
                runner.reportWarning("cannot save history: \(error)")
                warnedAboutHistory = true
            }
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
    func complete(_ line: String, _ cursor: Int) -> (replaceFrom: Int, candidates: [String])? {
        if pending.isEmpty, let meta = MetaCommand.completeArgument(line, cursor, environment: environment) {
            return meta.candidates.map { (meta.replaceFrom, $0) }
        }
        let full = pending.isEmpty ? line : pending + "\n" + line
        let offset = full.utf8.count - line.utf8.count
        let result = completer.complete(line: full, cursor: cursor + offset)
        return (max(0, result.replaceFrom - offset), result.candidates)
    }

    /// Starts over on other reports: a new environment and session (names bound by `let` are gone).
    func replaceEnvironment(_ environment: Environment) {
        self.environment = environment
        runner.session = Session(environment: environment)
        completer = Completer(session: runner.session)
        completer.metaCommands = MetaCommand.names
    }
}

extension String {
    var trimmingWhitespace: String {
        let chars = Array(self)
        guard let first = chars.firstIndex(where: { !$0.isWhitespace }),
              let last = chars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(chars[first...last])
    }

    var trimmingTrailingWhitespace: String {
        var s = Substring(self)
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
