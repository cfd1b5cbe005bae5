import ReportModel

/// Turns source text into tokens. Never fails: what it cannot read becomes an error token, which the parser
/// reports with its range.
///
/// Full-width digits and operators (`１２`, `＋`, `（`, `，`, `；`, `＝`, `％`, …), the ideographic space and the
/// enumeration comma `、` and the minus sign `−` are read as their ASCII forms; ranges still point at the
/// original bytes. Quoted text and backtick names keep their characters as written.
///
/// Line breaks are statement separators, except inside brackets, after a token that cannot end a statement
/// (`where`, `+`, `,`), and before a line that begins with a token that cannot begin one (`where`, `and`,
/// `sum`, `,`): those line breaks are dropped here, so the parser sees only the ones that matter.
struct Lexer {
    /// The source, scalar by scalar, with full-width forms normalised.
    private let scalars: [Unicode.Scalar]
    /// The source as written, for quoted text.
    private let originals: [Unicode.Scalar]
    /// The UTF-8 offset of each scalar, and one past the end.
    private let offsets: [Int]
    private var position = 0
    private var tokens: [Token] = []
    private var depth = 0
    /// A line break seen since the last token, not yet known to end a statement.
    private var pendingNewline: SourceRange?
    /// For each closing quote, the position from which it no longer occurs: text opened after it cannot
    /// close, so the lexer need not look to the end again (this keeps unterminated text linear).
    private var unclosableFrom: [Unicode.Scalar: Int] = [:]
    /// Scalars read inside quoted text (the part of the work that could grow faster than the input).
    private var quotedSteps = 0

    /// The tokens of `text`, ending with an `.end` token whose depth is the number of brackets left open.
    static func tokenize(_ text: String) -> [Token] {
        var steps = 0
        return tokenize(text, quotedSteps: &steps)
    }

    /// ``tokenize(_:)``, adding to `quotedSteps` the scalars read inside quoted text (for tests of its cost).
    static func tokenize(_ text: String, quotedSteps: inout Int) -> [Token] {
        var lexer = Lexer(text)
        lexer.run()
        quotedSteps += lexer.quotedSteps
        return lexer.tokens
    }

    private init(_ text: String) {
        var originals: [Unicode.Scalar] = []
        var offsets: [Int] = []
        originals.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            originals.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.originals = originals
        self.offsets = offsets
        self.scalars = originals.map(Lexer.normalize)
    }

    // MARK: Scanning

    private mutating func run() {
        while position < scalars.count { scanToken() }
        pendingNewline = nil
        tokens.append(Token(kind: .end, range: range(scalars.count, scalars.count), depth: depth))
    }

    /// The token at `position` (or the blank, line break or comment there), by its first scalar: layout,
    /// brackets, parameters, quoted names and unreadable bytes here; the rest in ``scanSymbolOrWord(_:)``.
    private mutating func scanToken() {
        let start = position
        let c = scalars[position]
        switch c {
        case " ", "\t", "\r", "\u{FEFF}":
            position += 1
        case "\n":
            if depth == 0, pendingNewline == nil { pendingNewline = range(start, start + 1) }
            position += 1
        case "#":
            while position < scalars.count, scalars[position] != "\n" { position += 1 }
        case "(":
            position += 1
            emit(.leftParen, from: start)
            depth += 1
        case ")":
            position += 1
            depth = Swift.max(0, depth - 1)
            emit(.rightParen, from: start)
        case "$":
            scanParameter()
        case "`":
            scanQuotedName()
        case "\0":
            position += 1
            emit(.error(.nul), from: start)
        case "\u{FFFD}":
            position += 1
            emit(.error(.invalidUTF8), from: start)
        default:
            scanSymbolOrWord(c)
        }
    }

    /// The token starting with `c` at `position` that is no layout or bracket: an operator or a unit symbol,
    /// else quoted text, a number, a word, or an unexpected character.
    private mutating func scanSymbolOrWord(_ c: Unicode.Scalar) {
        let start = position
        switch c {
        case ",": position += 1; emit(.comma, from: start)
        case ";": position += 1; emit(.semicolon, from: start)
        case "+": position += 1; emit(.plus, from: start)
        case "-": position += 1; emit(.minus, from: start)
        case "*": position += 1; emit(.star, from: start)
        case "/": position += 1; emit(.slash, from: start)
        case "≠": position += 1; emit(.notEqual, from: start)
        case "≤": position += 1; emit(.lessEqual, from: start)
        case "≥": position += 1; emit(.greaterEqual, from: start)
        case "=":
            position += 1
            _ = match("=")  // `==` is read as `=`
            emit(.equal, from: start)
        case "!":
            position += 1
            if match("=") {
                emit(.notEqual, from: start)
            } else {
                emit(.error(.unexpectedCharacter("!")), from: start)
            }
        case "<":
            position += 1
            if match("=") {
                emit(.lessEqual, from: start)
            } else if match(">") {
                emit(.notEqual, from: start)
            } else {
                emit(.less, from: start)
            }
        case ">":
            position += 1
            emit(match("=") ? .greaterEqual : .greater, from: start)
        case "%", "‰":
            position += 1
            emit(.unitSymbol, from: start, text: String(c))
        default:
            if Lexer.closingQuote(for: originals[position]) != nil {
                scanText()
            } else if Lexer.isDigit(c) {
                scanNumber()
            } else if Lexer.isWordStart(c) {
                scanWord()
            } else {
                position += 1
                emit(.error(.unexpectedCharacter(originals[start])), from: start)
            }
        }
    }

    /// `123`, `12.5`, with a unit attached: `100亿元`, `5%`, `25个百分点`.
    private mutating func scanNumber() {
        let start = position
        skipDigits()
        if position + 1 < scalars.count, scalars[position] == ".", Lexer.isDigit(scalars[position + 1]) {
            position += 1
            skipDigits()
        }
        let digits = Lexer.text(scalars[start..<position])
        var unit = ""
        if position < scalars.count, scalars[position] == "%" || scalars[position] == "‰" {
            unit = String(scalars[position])
            position += 1
        } else if position < scalars.count, Lexer.isCJK(scalars[position]) {
            let unitStart = position
            while position < scalars.count, Lexer.isWordPart(scalars[position]) { position += 1 }
            unit = Lexer.text(scalars[unitStart..<position])
        } else if position < scalars.count, Lexer.isWordPart(scalars[position]) {
            while position < scalars.count, Lexer.isWordPart(scalars[position]) { position += 1 }
            emit(.error(.numberFollowedByLetters), from: start)
            return
        }
        guard let value = ExactDecimal(parsing: digits) else {
            let places = digits.split(separator: ".").dropFirst().first?.count ?? 0
            emit(.error(places > ExactDecimal.maxScale ? .tooManyDecimalPlaces : .numberTooLarge), from: start)
            return
        }
        emit(.number, from: start, text: unit, number: value)
    }

    private mutating func skipDigits() {
        while position < scalars.count, Lexer.isDigit(scalars[position]) { position += 1 }
    }

    /// A bare word; a keyword if it spells one.
    private mutating func scanWord() {
        let start = position
        while position < scalars.count, Lexer.isWordPart(scalars[position]) { position += 1 }
        // A qualified field name after a join: `targets.growth`, `目标.增速`.
        while position + 1 < scalars.count, scalars[position] == ".", Lexer.isWordStart(scalars[position + 1]) {
            position += 1
            while position < scalars.count, Lexer.isWordPart(scalars[position]) { position += 1 }
        }
        let text = Lexer.text(scalars[start..<position])
        if let keyword = Keyword(word: text) {
            emit(.keyword(keyword), from: start)
        } else {
            emit(.word, from: start, text: text)
        }
    }

    /// The text of `scalars`, encoded in one pass into bytes reserved once (a 10 MB word in milliseconds:
    /// appending scalar by scalar to a `String.UnicodeScalarView` costs ten times as much).
    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for c in scalars {
            if c.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: c.value))
            } else {
                Unicode.UTF8.encode(c) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `` `name` ``: a word that is never a keyword and may hold any character but a backtick or line break.
    private mutating func scanQuotedName() {
        let start = position
        position += 1
        let contentStart = position
        while position < scalars.count, scalars[position] != "`", scalars[position] != "\n" { position += 1 }
        guard position < scalars.count, scalars[position] == "`" else {
            emit(.error(.unterminatedName), from: start)
            return
        }
        let text = Lexer.text(originals[contentStart..<position])
        position += 1
        emit(text.isEmpty ? .error(.emptyName) : .word, from: start, text: text)
    }

    /// `$name`
    private mutating func scanParameter() {
        let start = position
        position += 1
        guard position < scalars.count, Lexer.isWordStart(scalars[position]) else {
            emit(.error(.missingParameterName), from: start)
            return
        }
        let nameStart = position
        while position < scalars.count, Lexer.isWordPart(scalars[position]) { position += 1 }
        emit(.parameter, from: start, text: Lexer.text(scalars[nameStart..<position]))
    }

    /// `'…'`, `"…"`, `“…”`, `‘…’`, `「…」`, with the escapes `\\ \' \" \n \t` (and a backslash before the
    /// closing quote). Text may span lines. Text that never closes is reported for its first line, and
    /// lexing goes on from the next, so one missing quote does not hide the rest of a script.
    private mutating func scanText() {
        let start = position
        let closers = Lexer.closingQuote(for: originals[position]) ?? [originals[position]]
        position += 1
        var value = String.UnicodeScalarView()
        var problem: (LexError, Int)?
        while position < scalars.count, position < unclosableFrom[closers[0], default: .max] {
            quotedSteps += 1
            let c = originals[position]
            if closers.contains(c) {
                position += 1
                if let (error, at) = problem {
                    let width = if case .unknownEscape = error { 2 } else { 1 }
                    emit(.error(error), from: at, to: at + width)
                } else {
                    emit(.text, from: start, text: String(value))
                }
                return
            }
            switch c {
            case "\\" where position + 1 < scalars.count:
                let escaped = originals[position + 1]
                switch escaped {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "\\", "'", "\"": value.append(escaped)
                default:
                    if closers.contains(escaped) {
                        value.append(escaped)
                    } else if problem == nil {
                        problem = (.unknownEscape(escaped), position)
                    }
                }
                position += 2
            case "\0":
                if problem == nil { problem = (.nul, position) }
                position += 1
            case "\u{FFFD}":
                if problem == nil { problem = (.invalidUTF8, position) }
                position += 1
            default:
                value.append(c)
                position += 1
            }
        }
        unclosableFrom[closers[0]] = Swift.min(unclosableFrom[closers[0], default: .max], start)
        // Unterminated: point at the opening quote and the rest of its line, and go on from there.
        position = start
        while position < scalars.count, scalars[position] != "\n" {
            quotedSteps += 1
            position += 1
        }
        emit(.error(.unterminatedText), from: start)
    }

    private mutating func match(_ expected: Unicode.Scalar) -> Bool {
        guard position < scalars.count, scalars[position] == expected else { return false }
        position += 1
        return true
    }

    // MARK: Emitting

    private func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(offsets[start], offsets[end])
    }

    /// Appends a token spanning scalars `start..<end` (`end` defaults to the current position), first
    /// deciding whether a pending line break ends the statement before it.
    private mutating func emit(_ kind: TokenKind, from start: Int, to end: Int? = nil, text: String = "",
                               number: ExactDecimal? = nil) {
        let end = end ?? position
        if let newline = pendingNewline {
            pendingNewline = nil
            if let last = tokens.last, last.kind != .newline, last.kind != .semicolon, last.kind.canEndStatement,
               kind.canBeginStatement {
                tokens.append(Token(kind: .newline, range: newline, depth: 0))
            }
        }
        tokens.append(Token(kind: kind, range: range(start, end), text: text, number: number, depth: depth))
    }

    // MARK: Characters

    /// The full-width form of an ASCII digit or operator, the ideographic space and `、`, as ASCII.
    static func normalize(_ c: Unicode.Scalar) -> Unicode.Scalar {
        switch c.value {
        case 0xFF10...0xFF19: Unicode.Scalar(c.value - 0xFF10 + 0x30) ?? c
        case 0xFF01, 0xFF03, 0xFF05, 0xFF08...0xFF0F, 0xFF1A...0xFF1E: Unicode.Scalar(c.value - 0xFEE0) ?? c
        case 0x3000: " "
        case 0x3001: ","
        case 0x2212: "-"
        default: c
        }
    }

    /// The characters that close text opened by `c`, or nil if `c` opens no text.
    static func closingQuote(for c: Unicode.Scalar) -> [Unicode.Scalar]? {
        switch c {
        case "'", "\u{FF07}": ["'", "\u{FF07}"]
        case "\"", "\u{FF02}": ["\"", "\u{FF02}"]
        case "“": ["”"]
        case "‘": ["’"]
        case "「": ["」"]
        case "『": ["』"]
        default: nil
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x30 && c.value <= 0x39
    }

    /// A CJK word character: any scalar from U+2E80 on that is not punctuation, a space or a control.
    static func isCJK(_ c: Unicode.Scalar) -> Bool {
        guard c.value >= 0x2E80, c != "\u{FFFD}", c != "\u{FEFF}" else { return false }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .spaceSeparator, .lineSeparator, .paragraphSeparator,
             .control, .format, .surrogate, .mathSymbol, .currencySymbol, .modifierSymbol:
            return false
        default:
            return true
        }
    }

    /// A character that can begin a word: a letter, `_`, or a CJK word character.
    static func isWordStart(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A || c == "_"
        }
        if c.value >= 0x2E80 { return isCJK(c) }
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// A character that can continue a word: one that can begin it, an ASCII digit, or a combining mark.
    static func isWordPart(_ c: Unicode.Scalar) -> Bool {
        if isWordStart(c) || isDigit(c) { return true }
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Whether `text` lexes back as exactly this bare word (not a keyword, nothing normalised).
    static func isBareWord(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, isWordStart(first), Keyword(word: text) == nil else { return false }
        // `targets.growth`: parts joined by single dots, each starting a word.
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 1 {
            return parts.allSatisfy { part in
                guard let f = part.unicodeScalars.first, isWordStart(f) else { return false }
                return part.unicodeScalars.allSatisfy { isWordPart($0) && normalize($0) == $0 }
            }
        }
        return scalars.allSatisfy { isWordPart($0) && normalize($0) == $0 }
    }
}
