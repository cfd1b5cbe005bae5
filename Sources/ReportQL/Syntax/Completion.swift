import ReportModel

/// Context-aware completion for a REPL or an editor: given a line and a cursor, what could come next.
///
/// It reads the text before the cursor with the language's own lexer, so it agrees with the parser about
/// words, quotes and brackets:
/// - at the start of a statement: collection names (English and Chinese), names bound by `let`, and the
///   statement keywords `let`, `source`, `check` (with their aliases);
/// - inside a pipeline, by the grammar: after the collection or a finished operand, the clauses and operators
///   that may follow (`where`, `by`, `sort` …, `and`/`or` inside `where`, `asc`/`desc` after a sort key, `as`
///   after a selected or aggregated expression); after `where`, `by`, `sort`, `select`, an aggregate, an
///   operator, `(` or `,`: the fields of the pipeline at that point (the collection's or the `let` name's, and
///   the names `as` gave), then the functions, each with its `(`; after `as`, `top`, `limit`: nothing;
/// - after `FIELD =` (also `!=`, `in (`, `contains`, `like`, `matches`): the known text values of that field,
///   so `sector = 工` completes to `工业`, and `领域 = 工` too;
/// - after `join`: the collections; after `on` and its commas: the fields of both sides; after `on F =`: the other
///   side's; after `pivot` and its aggregate: the fields but the row keys of the `by` before it; after `chart`: the styles;
/// - on a line that starts with `.`: the host's meta-commands (``metaCommands``).
///
/// Matching is by prefix on whole characters (CJK-safe); English is matched without regard to case.
public struct Completer {
    /// The session whose collections, fields, known values and `let` names are offered.
    public let session: Session
    /// Commands offered when the line starts with `.` (`.help`, `.schema`, … for `rql`).
    public var metaCommands: [String] = []

    /// A completer for `session`, offering no meta-commands until ``metaCommands`` is set.
    public init(session: Session) {
        self.session = session
    }

    /// Candidates for the word at `cursor` (a UTF-8 offset into `line`): the UTF-8 offset where the replaced
    /// text starts, and the words that could replace it, most relevant first.
    public func complete(line: String, cursor: Int) -> (replaceFrom: Int, candidates: [String]) {
        let bytes = Array(line.utf8)
        var cursor = min(max(0, cursor), bytes.count)
        while cursor > 0, cursor < bytes.count, bytes[cursor] & 0xC0 == 0x80 { cursor -= 1 }
        let prefix = String(decoding: bytes[..<cursor], as: UTF8.self)

        if let meta = completeMetaCommand(prefix) { return meta }

        var tokens = Lexer.tokenize(prefix).filter { $0.kind != .end }
        func source(_ range: SourceRange) -> String {
            String(decoding: bytes[min(range.start, cursor)..<min(range.end, cursor)], as: UTF8.self)
        }

        // The word being typed, or an unterminated quoted text being typed.
        var partial = ""
        var replaceFrom = cursor
        var closingQuote: String?
        if let last = tokens.last, last.range.end >= cursor {
            switch last.kind {
            case .word, .keyword:
                partial = source(last.range)
                replaceFrom = last.range.start
                tokens.removeLast()
            case .error(.unterminatedText):
                let text = source(last.range)
                guard let open = text.unicodeScalars.first, let close = Lexer.closingQuote(for: open)?.first else {
                    return (cursor, [])
                }
                replaceFrom = last.range.start + UTF8.width(open)
                partial = String(text.unicodeScalars.dropFirst())
                closingQuote = String(close)
                tokens.removeLast()
            default:
                return (cursor, [])
            }
        } else if let last = tokens.last, case .error = last.kind {
            return (cursor, [])
        }

        let candidates: [String]
        let context = Context(tokens: statementTokens(tokens), session: session)
        if let values = context.fieldValues {
            if let closingQuote {
                candidates = values.map { $0 + closingQuote }
            } else {
                candidates = values.map { Lexer.isBareWord($0) ? $0 : Printer.textLiteral($0) }
            }
        } else if closingQuote != nil {
            candidates = []
        } else {
            candidates = context.words
        }
        return (replaceFrom, Completer.matching(partial, candidates))
    }

    // MARK: Private API

    /// A line starting with `.` completes the meta-command's name; its arguments are the host's business.
    private func completeMetaCommand(_ prefix: String) -> (replaceFrom: Int, candidates: [String])? {
        let leading = prefix.prefix { $0 == " " || $0 == "\t" }
        let rest = prefix.dropFirst(leading.count)
        guard rest.hasPrefix(".") else { return nil }
        guard !rest.contains(" ") else { return (prefix.utf8.count, []) }
        return (leading.utf8.count, Completer.matching(String(rest), metaCommands))
    }

    /// The tokens of the statement the cursor is in: after the last statement separator outside brackets.
    private func statementTokens(_ tokens: [Token]) -> ArraySlice<Token> {
        let start = tokens.lastIndex { ($0.kind == .newline || $0.kind == .semicolon) && $0.depth == 0 }
        return tokens[(start.map { $0 + 1 } ?? 0)...]
    }

    /// `candidates` that start with `partial` (English without regard to case), each once, in order.
    static func matching(_ partial: String, _ candidates: [String]) -> [String] {
        let folded = partial.lowercased()
        var seen = Set<String>()
        return candidates.filter { c in
            (c.hasPrefix(partial) || c.lowercased().hasPrefix(folded)) && seen.insert(c).inserted
        }
    }
}

/// What the tokens before the cursor say about what may come next.
private struct Context {
    let session: Session
    /// The collection the cursor's pipeline queries (the innermost bracket that has one).
    var table: Table?
    /// The cursor stands where a statement begins, or where a pipeline's head goes.
    var atStatementStart = false
    var atHead = false
    /// The cursor is inside brackets: a head there may also be an expression over the outer collection.
    var inBrackets = false
    /// Nothing may be completed (right after `let`: a new name).
    var nothing = false
    /// The known text values of the field being compared, when the cursor stands after `FIELD =` and the like.
    var fieldValues: [String]?

    init(tokens: ArraySlice<Token>, session: Session) {
        self.session = session
        guard !tokens.isEmpty else {
            atStatementStart = true
            return
        }
        guard let tokens = Context.pipelineTokens(tokens) else {
            nothing = true
            return
        }
        let levels = Context.levels(tokens, session: session)
        atHead = levels.last?.atHead ?? true
        inBrackets = levels.count > 1
        table = levels.reversed().lazy.compactMap(\.table).first
        boundFields = levels.reversed().lazy.compactMap(\.boundFields).first
        shape = levels.reversed().first { $0.table != nil || $0.boundFields != nil }?.shape
        clause = levels.last?.clause ?? levels.reversed().lazy.compactMap(\.clause).first
        joined = levels.last?.joined
        pivotKeys = levels.last?.pivotKeys
        pivoting = levels.last?.pivoting ?? false
        previous = tokens.last
        // `on a = b` pairs fields, it compares no values.
        if clause != .on { fieldValues = Context.comparedField(Array(tokens)).flatMap { values(of: $0) } }
    }

    /// The tokens of the pipeline: after `let NAME =` or `source`; nil where nothing may be completed (a new
    /// name after `let`, or a `check`).
    static func pipelineTokens(_ tokens: ArraySlice<Token>) -> ArraySlice<Token>? {
        guard let first = tokens.first else { return tokens }
        if case .keyword(.let) = first.kind {
            guard tokens.count >= 3, tokens[tokens.startIndex + 2].kind == .equal else { return nil }
            return tokens.dropFirst(3)
        } else if case .keyword(.source) = first.kind {
            return tokens.dropFirst()
        } else if case .keyword(.check) = first.kind {
            return nil
        }
        return tokens
    }

    /// The bracket levels open at the cursor, outermost first, each with its head, collection and clauses.
    static func levels(_ tokens: ArraySlice<Token>, session: Session) -> [Level] {
        var levels = [Level()]
        for token in tokens {
            switch token.kind {
            case .leftParen:
                levels[levels.count - 1].atHead = false
                levels[levels.count - 1].clauseTokens.append(token)
                levels.append(Level())
            case .rightParen:
                if levels.count > 1 { levels.removeLast() }
                levels[levels.count - 1].atHead = false
            case .word where levels[levels.count - 1].atHead:
                levels[levels.count - 1].table = session.environment.catalog.table(token.text)
                levels[levels.count - 1].boundFields = session.boundColumns(token.text)?.map(\.name)
                levels[levels.count - 1].atHead = false
            case .word where levels[levels.count - 1].clause == .join && levels[levels.count - 1].clauseTokens.isEmpty:
                levels[levels.count - 1].joined = session.environment.catalog.table(token.text)
                levels[levels.count - 1].clauseTokens.append(token)
            case .keyword(.on) where levels[levels.count - 1].clause == .join:
                levels[levels.count - 1].clause = .on
                levels[levels.count - 1].clauseTokens = []
            case .keyword(let k) where Context.clauses.contains(k):
                levels[levels.count - 1].closeClause(next: k)
                levels[levels.count - 1].clause = k
                levels[levels.count - 1].atHead = false
            default:
                levels[levels.count - 1].clauseTokens.append(token)
                levels[levels.count - 1].atHead = false
            }
        }
        return levels
    }

    /// The fields of a `let` name the pipeline starts from.
    var boundFields: [String]?
    /// The fields after a `select` or a `by` … aggregate before the cursor; nil when none changed them.
    var shape: [String]?
    /// The clause the cursor is in (`where`, `by`, `sort`, `select`, an aggregate …).
    var clause: Keyword?
    /// The token before the word being typed.
    var previous: Token?
    /// The other side of the `join` before the cursor, when it is a collection.
    var joined: Table?
    /// The row keys of the `by` before a `pivot` the cursor is in.
    var pivotKeys: [String]?
    /// The cursor is in a `pivot` or its aggregate.
    var pivoting = false

    /// The names a clause's items give their columns: `x as NAME` gives NAME, a bare field its name.
    static func itemNames(_ tokens: [Token]) -> [String] {
        var names: [String] = []
        var item: [Token] = []
        func finish() {
            if let a = item.lastIndex(where: { $0.kind == .keyword(.as) }), a + 1 < item.count, item[a + 1].kind == .word {
                names.append(item[a + 1].text)
            } else if item.count == 1, item[0].kind == .word {
                names.append(item[0].text)
            }
            item = []
        }
        for token in tokens {
            if token.kind == .comma { finish() } else { item.append(token) }
        }
        finish()
        return names
    }

    /// Keywords that start a clause (and so say what the operands are for).
    static let clauses: Set<Keyword> = [.where, .by, .sort, .top, .limit, .offset, .select, .pivot, .chart, .sum,
                                        .avg, .min, .max, .median, .count, .join, .within]

    /// The field compared with the value being typed: `F =`, `F !=`, `F contains`, `F in (a, b,`.
    static func comparedField(_ tokens: [Token]) -> String? {
        var i = tokens.count - 1
        guard i >= 1 else { return nil }
        switch tokens[i].kind {
        case .equal, .notEqual, .keyword(.contains), .keyword(.like), .keyword(.matches):
            break
        case .leftParen, .comma:
            // Back over `a, b,` to `(`, then `in`.
            while i >= 0, tokens[i].kind != .leftParen {
                switch tokens[i].kind {
                case .comma, .word, .text: i -= 1
                default: return nil
                }
            }
            guard i >= 2, tokens[i - 1].kind == .keyword(.in) else { return nil }
            i -= 1
            if tokens[i - 1].kind == .keyword(.not) { i -= 1 }
        default:
            return nil
        }
        guard i >= 1, tokens[i - 1].kind == .word else { return nil }
        return tokens[i - 1].text
    }

    /// The distinct text values of `field` in the collection, in order of first appearance.
    func values(of field: String) -> [String]? {
        guard let column = table?.column(field), case .text(let text) = column.data else { return nil }
        return text.bytes.strings
    }

    /// Names that can begin a pipeline: collections and `let`-bound names.
    var heads: [String] {
        session.environment.catalog.collectionNames
            + session.boundNames
    }

    /// The words that may come next, outside a comparison.
    var words: [String] {
        if nothing { return [] }
        if atStatementStart {
            let statements: [Keyword] = [.let, .source, .check]
            return heads + statements.flatMap { [$0.rawValue] + $0.aliases }
        }
        if atHead && !inBrackets { return heads }
        if atHead { return heads + operands }
        guard let previous else { return operands }
        // A join key: a field both sides have, or this side's field before `=`.
        var joinKeys: [String] { fields + (joined.map { names($0) } ?? []).filter { !fields.contains($0) } }
        switch previous.kind {
        case .keyword(.as), .keyword(.top), .keyword(.limit), .keyword(.offset), .keyword(.let):
            return []  // a new name, or a number
        case .keyword(.count):
            return Context.spellings([.distinct]) + following
        case .keyword(.left):
            return Context.spellings([.join])
        case .keyword(.join):
            return heads  // the other side
        case .keyword(.chart):
            return ChartStyle.allWords
        case .keyword(.on):
            return joinKeys
        case .comma where clause == .on:
            return joinKeys
        case .equal where clause == .on:
            return joined.map { names($0) } ?? operands
        case .keyword(.within):
            return operands
        case .keyword(.is):
            return Context.spellings([.not, .missing])
        case .keyword(.where), .keyword(.by), .keyword(.sort), .keyword(.select), .keyword(.pivot), .keyword(.sum),
             .keyword(.avg),
             .keyword(.min), .keyword(.max), .keyword(.median), .keyword(.distinct), .keyword(.and), .keyword(.or),
             .keyword(.not), .keyword(.in), .keyword(.contains), .keyword(.like), .keyword(.matches),
             .comma, .leftParen, .plus, .minus, .star, .slash, .equal, .notEqual, .less, .lessEqual, .greater,
             .greaterEqual:
            return operands
        default:
            return following
        }
    }

    /// The fields of the pipeline at the cursor: the collection's (or the `let` name's), or those a `select` or
    /// a `by` with its aggregates made.
    var fields: [String] {
        // In a pivot: any field but the row keys (theirs are the rows, the pivot field's values the columns).
        if pivoting { return tableFields.filter { !(pivotKeys ?? []).contains($0) } }
        if let shape { return shape }
        return tableFields
    }

    /// The fields of the collection (or the `let` name) the pipeline starts from, before any clause.
    var tableFields: [String] {
        guard let table else { return boundFields ?? [] }
        return names(table)
    }

    /// A collection's field names and their aliases: the fields a plain listing shows first; provenance (and
    /// one report's region and year) after.
    func names(_ table: Table) -> [String] {
        let unlisted = session.environment.catalog.unlisted(table)
        let columns = table.columns.filter { !unlisted.contains($0.name) } + table.columns.filter { unlisted.contains($0.name) }
        return columns.flatMap { [$0.name] + ($0.alias.map { [$0] } ?? []) }
    }

    /// What may stand where an operand goes: fields, then the functions with their `(`.
    var operands: [String] {
        var words = fields + FunctionDefinition.allNames.map { $0 + "(" }
        if clause == .where { words += Context.spellings([.not]) }
        return words
    }

    /// What may follow a finished operand: in `where` the connectives and comparisons, after a sort key its
    /// direction, after a selected or aggregated expression `as`; then the clauses.
    var following: [String] {
        var keywords: [Keyword] = []
        switch clause {
        case .where?: keywords = [.and, .or, .in, .is, .contains, .like, .matches]
        case .sort?: keywords = [.asc, .desc]
        case .select?, .sum?, .avg?, .min?, .max?, .median?, .count?: keywords = [.as, .in]
        case .by?: keywords = [.as, .pivot]
        case .join?: keywords = [.as, .on]
        case .pivot?: return Context.spellings([.sum, .avg, .min, .max, .median, .count])
        default: break
        }
        keywords += [.where, .by, .sort, .top, .limit, .select, .pivot, .join, .left, .within, .sum, .avg, .min, .max, .median, .count, .chart]
        return Context.spellings(keywords)
    }

    /// Each keyword's English word, then its Chinese spellings.
    static func spellings(_ keywords: [Keyword]) -> [String] {
        keywords.map(\.rawValue) + keywords.flatMap(\.aliases)
    }
}

extension Context {
    /// One bracket level of the pipeline before the cursor: each has its own head and, maybe, its own collection.
    struct Level {
        var table: Table?
        var boundFields: [String]?
        var atHead = true
        var clause: Keyword?
        /// The tokens of the open clause at this level (a bracket inside it stands as its `(`).
        var clauseTokens: [Token] = []
        /// The fields after the clauses so far, when a `select` or a `by` … aggregate changed them.
        var shape: [String]?
        var groupKeys: [String]?
        var aggregateNames: [String] = []
        /// The other side of a `join` (when it is a collection), whose fields `on` offers.
        var joined: Table?
        /// The row keys of a `by` just before `pivot`: the pivot field is any other field.
        var pivotKeys: [String]?
        /// The open clause is `pivot` or its aggregate: their operands are the fields before the `by`.
        var pivoting = false

        /// The open clause ends: a `select` gives the fields its items name, a `by` its keys, and the
        /// aggregates after it add the names `as` gives them.
        mutating func closeClause(next: Keyword) {
            let names = Context.itemNames(clauseTokens)
            if next == .pivot { pivotKeys = clause == .by ? names : nil }
            pivoting = next == .pivot || (clause == .pivot && [.sum, .avg, .min, .max, .median, .count].contains(next))
            if pivoting && clause != .by {
                clauseTokens = []
                return
            }
            switch clause {
            case .select?:
                shape = names
                groupKeys = nil
            case .by?:
                groupKeys = names
                aggregateNames = []
                shape = names
            case .sum?, .avg?, .min?, .max?, .median?, .count?:
                if let keys = groupKeys {
                    aggregateNames += names
                    shape = keys + aggregateNames
                }
            default:
                break
            }
            clauseTokens = []
        }
    }
}
