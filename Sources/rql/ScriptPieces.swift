import ReportQL

/// A script cut into what runs through the language and what is a dot-command.
///
/// A line whose first non-blank character is `.` is a dot-command when it comes where a statement could
/// start: before it, every statement is complete (``Syntax/isComplete(_:)``). Inside an unfinished statement
/// (an open bracket or quote, a trailing `and`) it is part of that statement. The statement pieces keep
/// their line numbers, so diagnostics name the script's own lines.
///
/// Telling whether the statement before a dot-line is complete lexes it again; a script of a few bytes per
/// line inside one unfinished statement (`(` then 20 000 lines `.x`) would cost the square of its length. The
/// lexing is bounded by a budget of 16 times the script: past it, a dot-line inside an unfinished statement
/// is taken as part of it (where it is an error anyway, unless inside a quoted text of many such lines).
enum ScriptPieces {
    enum Piece: Equatable {
        /// Source text for the language, named and numbered as the script.
        case statements(SourceFile)
        /// A dot-command line, trimmed, and its line number in the script.
        case command(String, line: Int)

        static func == (a: Piece, b: Piece) -> Bool {
            switch (a, b) {
            case (.statements(let x), .statements(let y)): x.text == y.text && x.firstLine == y.firstLine
            case (.command(let x, let l), .command(let y, let m)): x == y && l == m
            default: false
            }
        }
    }

    static func split(_ file: SourceFile) -> [Piece] {
        // The common case, a script without dot-commands, stays one piece.
        guard file.text.utf8.contains(UInt8(ascii: ".")) else { return [.statements(file)] }
        var pieces: [Piece] = []
        var pending: [Substring] = []
        var pendingBytes = 0
        var budget = 16 * file.text.utf8.count + (1 << 20)
        var pendingStart = file.firstLine
        var lineNumber = file.firstLine
        func flush() {
            let text = pending.joined(separator: "\n")
            if !text.trimmingWhitespace.isEmpty {
                pieces.append(.statements(SourceFile(name: file.name, text: text, firstLine: pendingStart)))
            }
            pending = []
            pendingBytes = 0
        }
        /// Whether the statement so far is complete, while the budget lasts.
        func pendingIsComplete() -> Bool {
            guard budget >= pendingBytes else { return false }
            budget -= pendingBytes
            return Syntax.isComplete(pending.joined(separator: "\n"))
        }
        for line in file.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = String(line).trimmingWhitespace
            if trimmed.hasPrefix("."), !trimmed.hasPrefix(".."), trimmed.count > 1,
               trimmed.dropFirst().first.map({ $0.isLetter }) == true,
               pending.isEmpty || pendingIsComplete() {
                flush()
                pieces.append(.command(trimmed, line: lineNumber))
                pendingStart = lineNumber + 1
            } else {
                if pending.isEmpty { pendingStart = lineNumber }
                pending.append(line)
                pendingBytes += line.utf8.count + 1
            }
            lineNumber += 1
        }
        flush()
        return pieces.isEmpty ? [] : pieces
    }
}

extension SourceFile {
    /// The source text of `range` (UTF-8 offsets).
    func text(_ range: SourceRange) -> String {
        let bytes = Array(text.utf8)
        let lo = min(max(0, range.start), bytes.count), hi = min(max(lo, range.end), bytes.count)
        return String(decoding: bytes[lo..<hi], as: UTF8.self).trimmingWhitespace
    }
}
