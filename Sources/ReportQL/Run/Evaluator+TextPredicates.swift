import ReportModel

// Text predicates of a text column against a constant pattern, as a `CodeTest` (see Engine/TextPredicates.swift).

extension Evaluator {
    /// The predicate `op` (`contains`, `like`, `matches`) or function (`startswith`, `endswith`) with constant
    /// pattern `pattern`; nil when it is not one of those or the pattern is not text.
    func textPredicate(_ kind: TextPredicate.Kind, _ pattern: Value, _ range: SourceRange) throws(RuntimeError) -> TextPredicate? {
        guard case .text(let p) = pattern else {
            // `name contains 99999`: an operator with a pattern that is not text asks, as the row-by-row path
            // does, whether the text contains the pattern as written.
            if case .missing = pattern { return nil }
            if kind == .contains || kind == .like || kind == .matches {
                return TextPredicate(.contains, pattern: pattern.description)
            }
            return nil
        }
        if kind == .matches { return TextPredicate(.matches, pattern: p, compiled: try matcher(p, range).pattern) }
        return TextPredicate(kind, pattern: p)
    }

    /// The kind of a text predicate an expression is, with its text operand and its pattern operand.
    static func textPredicateParts(_ e: TypedExpr) -> (TextPredicate.Kind, TypedExpr, TypedExpr)? {
        switch e.kind {
        case .textMatch(let op, let l, let r):
            switch op {
            case .contains: return (.contains, l, r)
            case .like: return (.like, l, r)
            case .matches: return (.matches, l, r)
            default: return nil
            }
        case .call(let f, let args):
            guard case .standard(let s) = f.implementation, args.count == 2 else { return nil }
            if s == .startswith { return (.startswith, args[0], args[1]) }
            if s == .endswith { return (.endswith, args[0], args[1]) }
            return nil
        default:
            return nil
        }
    }

    /// `e` as a test on the codes of a text column it reads in place, when it is a text predicate of a
    /// column with a constant pattern; nil otherwise.
    func textCondition(_ e: TypedExpr, _ frame: Frame) throws(RuntimeError) -> RowCondition? {
        guard let (kind, l, r) = Self.textPredicateParts(e), case .column(let i) = l.kind,
              case .text(let c) = frame.columns[i].data, case .constant(let pattern) = try eval(r, frame) else { return nil }
        if case .missing = pattern { return .constant(false) }
        guard let p = try textPredicate(kind, pattern, r.range) else { return nil }
        return .codes(c.storage, try codeTest(p, c, selection: frame.selection, count: frame.count, e.range))
    }

    /// A text predicate `kind` of evaluated operands, on the codes of a text vector with a constant pattern;
    /// nil otherwise.
    func textPredicateVector(_ kind: TextPredicate.Kind, _ vl: ColumnValues, _ vr: ColumnValues, _ patternRange: SourceRange,
                             _ range: SourceRange) throws(RuntimeError) -> ColumnValues? {
        guard case .text(let c) = vl, case .constant(let pattern) = vr,
              let p = try textPredicate(kind, pattern, patternRange) else { return nil }
        let mask = Self.codeMask(c, try codeTest(p, c, selection: nil, count: c.count, range), stop: { self.shouldStop })
        try checkpoint(range)
        return .bool(mask)
    }

    /// Per code of `c`, whether `p` holds: a range of codes when `p` is a prefix of a dictionary in byte
    /// order; else for every dictionary entry when the rows are many, or for the codes the rows hold
    /// (`selection`, or the first `count` rows).
    func codeTest(_ p: TextPredicate, _ c: TextColumn, selection: [Int32]?, count: Int,
                  _ range: SourceRange) throws(RuntimeError) -> CodeTest {
        let text = c.bytes
        if let r = p.exactRange(text) {
            return .codeRange(UInt32(truncatingIfNeeded: r.lowerBound), UInt32(truncatingIfNeeded: r.upperBound))
        }
        if count * 2 >= text.count {
            guard let flags = p.flags(text, stop: { self.shouldStop }) else {
                try checkpoint(range)
                throw fail("interrupted", range)
            }
            return .flags(flags)
        }
        // Few rows of a large dictionary: the entries they hold, each once (2: not yet known).
        var flags = [UInt8](repeating: 2, count: text.count)
        let matcher = p.compiled.map(PatternMatcher.init)
        for k in 0..<count {
            try checkpoint(every: k)
            let code = c.storage[selection.map { Int($0[k]) } ?? k]
            guard code != TextColumn.missing, flags[Int(code)] == 2 else { continue }
            guard let hit = p.testEntry(text, Int(code), matcher, { self.shouldStop }) else {
                try checkpoint(range)
                throw fail("interrupted", range)
            }
            flags[Int(code)] = hit ? 1 : 0
        }
        for j in flags.indices where flags[j] == 2 { flags[j] = 0 }
        return .flags(flags)
    }
}
