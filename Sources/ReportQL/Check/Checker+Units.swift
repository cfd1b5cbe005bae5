import ReportModel

/// Units at check time, worked out by the evaluator's own rules (``Arithmetic``), so that `--check` and a
/// run agree: `% − %` is 百分点, `亿元 × 2` is 亿元, and a plain number beside an expression of one unit is
/// in that unit (`total * 2 > 500` is `total * 2 > 500亿元`).
extension Checker {
    /// The unit of `a op b` when both units are known: the unit the evaluator's result has.
    static func resultUnit(_ op: BinaryOperator, _ a: Unit?, _ b: Unit?) -> Unit? {
        guard let a, let b else { return nil }
        let x = Quantity(.one, a), y = Quantity(.one, b)
        switch op {
        case .add: return try? Arithmetic.addSubtract(x, y, subtract: false).unit
        case .subtract: return try? Arithmetic.addSubtract(x, y, subtract: true).unit
        case .multiply: return try? Arithmetic.multiply(x, y).unit
        case .divide: return try? Arithmetic.divide(x, y).unit
        default: return nil
        }
    }

    /// The value of a number written without a unit (`500`, `-2.5`), nil for anything else.
    static func plainLiteral(_ e: TypedExpr) -> ExactDecimal? {
        switch e.kind {
        case .constant(.number(let q)) where q.unit.isPlain: return q.value
        case .negate(let x): return plainLiteral(x)?.negated
        default: return nil
        }
    }

    /// `e` with the unit of `other` when `e` is a number written without a unit and every value of `other`
    /// has one unit; an error when `other`'s units vary in dimension (the comparison would be ambiguous).
    mutating func adoptUnit(_ e: TypedExpr, from other: TypedExpr, _ cols: [ShapeColumn]?) -> TypedExpr {
        guard let v = Self.plainLiteral(e), case .number(let d) = other.type, Self.plainLiteral(other) == nil else {
            return e
        }
        if let unit = other.unit {
            if unit.isPlain { return e }
            return TypedExpr(.constant(.number(Quantity(v, unit))), .number(unit.dimension), e.range, unit: unit)
        }
        let what: String
        if case .column(let i) = other.kind, let cols { what = cols[i].name } else { what = "'\(sourceText(other.range))'" }
        guard let d else {
            error("\(what) holds figures in several units; write the unit of the number", e.range,
                  help: "for example '\(v)人' or '\(v)亿元'")
            return e
        }
        // One dimension in several units (元, 万元 and 亿元 in one column): zero is zero in each of them, any
        // other number is ambiguous (5 could be 5元 or 5亿元).
        if d != .ratio, let base = Self.baseUnit(of: d) {
            if v.isZero {
                return TypedExpr(.constant(.number(Quantity(v, base))), .number(d), e.range, unit: base)
            }
            error("\(what) mixes units of \(d); write the unit of the number", e.range,
                  help: "for example '\(v)\(d == .money ? "亿元" : base.symbol)'")
        }
        return e
    }

    /// The unit of size 1 in dimension `d` (元, 平方米, 个 …), nil where there is none.
    static func baseUnit(of d: Dimension) -> Unit? {
        if d.id.hasPrefix("count:") { return Unit.named(String(d.id.dropFirst(6))) }
        let symbols: [Dimension: String] = [.money: "元", .usd: "美元", .points: "百分点", .area: "平方米",
                                            .length: "米", .mass: "千克"]
        guard let s = symbols[d], let u = Unit.named(s), u.numerator == 1, u.denominator == 1 else { return nil }
        return u
    }

    /// An error where arithmetic meets a value whose dimension varies from row to row (`facts.value`) with
    /// one of a fixed dimension that some rows would not combine with: the run would fail on those rows.
    mutating func checkVaryingDimension(_ op: BinaryOperator, _ l: TypedExpr, _ r: TypedExpr, _ cols: [ShapeColumn]?) {
        guard case .number(let a) = l.type, case .number(let b) = r.type, a == nil || b == nil else { return }
        if a == nil, b == nil {
            // Two values that vary: safe only as one expression against itself (`value - value`, `value / value`).
            let same = sourceText(l.range) == sourceText(r.range)
            guard op == .multiply || !same else { return }
            error("'\(sourceText(l.range))' and '\(sourceText(r.range))' hold figures of several dimensions, so '\(op.rawValue)' would fail on some rows",
                  l.range.union(r.range), help: "convert them to one unit first, for example '\(sourceText(l.range)) in 亿元'")
            return
        }
        let varying = a == nil ? l : r
        let fixed = a == nil ? b : a
        let risky: Bool
        switch op {
        case .add, .subtract: risky = true
        case .multiply: risky = fixed != .ratio
        case .divide: risky = a == nil ? fixed != .ratio : true
        default: risky = false
        }
        guard risky else { return }
        let what: String
        if case .column(let i) = varying.kind, let cols { what = cols[i].name } else { what = "'\(sourceText(varying.range))'" }
        error("\(what) holds figures of several dimensions, so '\(op.rawValue)' would fail on some rows",
              varying.range, help: "convert it to one unit first, for example '\(sourceText(varying.range)) in 亿元'")
    }

    /// `sort 2`: a constant orders nothing (ReportQL sorts by names, not by column positions).
    mutating func checkSortKey(_ key: TypedExpr, _ cols: [ShapeColumn]) {
        // (A missing constant is what an unknown name leaves behind, reported already.)
        guard case .constant(let v) = key.kind, !v.isMissing else { return }
        let example = cols.first { if case .number = $0.type { return !$0.hidden }; return false }?.name ?? cols.first?.name ?? "total"
        error("'sort' needs a field or an expression of one, but '\(v)' is the same for every row",
              key.range, help: "sort by a name, not a position: 'sort \(example) desc'")
    }

    /// `x = missing`: a comparison with missing is missing for every row, never true.
    mutating func checkMissingComparison(_ op: BinaryOperator, _ l: Expr, _ r: Expr, _ range: SourceRange) {
        func isMissingLiteral(_ e: Expr) -> Bool {
            if case .missing = e.kind { return true }
            return false
        }
        guard isMissingLiteral(l) || isMissingLiteral(r) else { return }
        let other = isMissingLiteral(l) ? r : l
        error("a comparison with missing is never true: missing is no value, not a value to compare with", range,
              help: "write '\(sourceText(other.range)) is \(op == .notEqual ? "not " : "")missing'")
    }
}
