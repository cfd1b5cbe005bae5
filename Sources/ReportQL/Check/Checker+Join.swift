import ReportModel

/// `join`: the other side checked as a query of its own, the key fields resolved on each side and compared
/// by type and unit, and the output's names. A name both sides have is qualified on both with its side's
/// name: `targets.growth` and `indicators.growth` (`目标.增速`, `指标.增速`); the other side's key fields are left
/// out (their values are this side's).
extension Checker {
    mutating func checkJoin(_ join: Join, _ range: SourceRange, _ cols: [ShapeColumn],
                            _ head: Head) -> (Step, [ShapeColumn]) {
        let other = checkPipeline(Pipeline(head: join.other, clauses: [], range: join.other.range), statement: .query)
        var right: [ShapeColumn] = []
        switch other.resultType {
        case .table(let c): right = c
        default:
            if !diagnostics.contains(where: { $0.range == join.other.range }) {
                error("'join' needs a collection or a query giving a table on its other side", join.other.range,
                      help: "as in 'join indicators on region, name'")
            }
        }
        let leftName = sideName(of: head.source) ?? ("left", nil)
        let otherName = sideName(of: other.source)
        let rightName = join.alias?.text ?? otherName?.name
        var keys: [(left: Int, right: Int)] = []
        for key in join.keys where other.resultType.isTable {
            let otherField = key.other ?? key.field
            guard let l = joinField(key.field, cols, side: leftName.0),
                  let r = joinField(otherField, right, side: rightName ?? "the other side") else { continue }
            checkJoinTypes(cols[l], right[r], key, otherField)
            keys.append((l, r))
        }
        // Output: this side's columns, then the other side's but its keys; a name on both sides is qualified.
        let rightKept = right.indices.filter { r in !keys.contains { $0.right == r } }
        func clashes(_ a: ShapeColumn, _ b: ShapeColumn) -> Bool {
            a.name.lowercased() == b.name.lowercased() || (a.alias != nil && a.alias == b.alias)
        }
        let clashLeft = Set(cols.indices.filter { l in rightKept.contains { clashes(cols[l], right[$0]) } })
        let clashRight = Set(rightKept.filter { r in cols.contains { clashes($0, right[r]) } })
        if !clashRight.isEmpty, rightName == nil || rightName == leftName.0 {
            let example = right[clashRight.sorted()[0]].name
            error("both sides of the join have '\(example)': name the other side with 'as'", join.other.range,
                  help: "as in 'join \(sourceText(join.other.range)) as other on …', then 'other.\(example)'")
        }
        var out: [ShapeColumn] = []
        var names: [(name: String, alias: String?)] = []
        for (l, c) in cols.enumerated() {
            var column = c
            if clashLeft.contains(l) { qualify(&column, leftName.0, leftName.1) }
            out.append(column)
            names.append((column.name, column.alias))
        }
        for r in rightKept {
            var column = right[r]
            if clashRight.contains(r) {
                let alias = join.alias == nil ? otherName?.alias : nil
                qualify(&column, rightName ?? "other", alias)
            }
            out.append(column)
            names.append((column.name, column.alias))
        }
        let step = JoinStep(left: join.left, other: other, keys: keys, rightColumns: rightKept, names: names, range: range)
        return (.join(step), out)
    }

    /// `growth` → `targets.growth`, `增速` → `目标.增速`.
    private func qualify(_ column: inout ShapeColumn, _ side: String, _ sideAlias: String?) {
        column.name = side + "." + column.name
        if let a = column.alias, let s = sideAlias { column.alias = s + "." + a } else { column.alias = nil }
    }

    /// The name (and Chinese name) a side's fields are qualified with: the collection or `let` name the rows
    /// come from; nil for rows of no name.
    func sideName(of source: PlanSource) -> (name: String, alias: String?)? {
        switch source {
        case .collection(let name): return (name, environment.catalog.table(name)?.alias)
        case .binding(let name): return (name, nil)
        case .plan(let p): return sideName(of: p.source)
        case .scalar: return nil
        }
    }

    /// The column `name` answers to on one side of a join, or an error with what was probably meant.
    private mutating func joinField(_ name: Name, _ cols: [ShapeColumn], side: String) -> Int? {
        if let i = cols.firstIndex(where: { $0.answers(to: name.text) }) { return i }
        let candidates = cols.flatMap { [$0.name] + ($0.alias.map { [$0] } ?? []) }
        let help = suggestion(for: name.text, among: candidates).map { "did you mean '\($0)'?" }
            ?? "the fields are: \(cols.filter { !$0.hidden }.map(\.name).joined(separator: ", "))"
        error("unknown field '\(name.text)' in \(side)", name.range, help: help)
        return nil
    }

    /// Key fields must hold one type, and numbers one unit.
    private mutating func checkJoinTypes(_ l: ShapeColumn, _ r: ShapeColumn, _ key: JoinKey, _ otherField: Name) {
        let range = key.field.range.union(otherField.range)
        switch (l.type, r.type) {
        case (.any, _), (_, .any), (.text, .text), (.bool, .bool):
            return
        case (.number(let a), .number(let b)):
            if let a, let b, a != b {
                error("cannot join \(l.name) (\(a)) with \(r.name) (\(b)): quantities of different dimensions never match",
                      range)
            } else if l.unit == nil || r.unit == nil {
                let varying = l.unit == nil ? l.name : r.name
                error("cannot join on \(varying): its units vary from row to row, so equal amounts would not match",
                      range, help: "convert it to one unit in a query first: (… select \(varying) in 亿元 as x, …)")
            } else if let u = l.unit, let v = r.unit, u != v {
                error("cannot join \(l.name) (\(Arithmetic.describe(u))) with \(r.name) (\(Arithmetic.describe(v))): "
                      + "the units differ", range, help: "join on fields of one unit, or convert one in a query first")
            }
        default:
            error("'join' needs key fields of one type, but \(l.name) is \(l.type) and \(r.name) is \(r.type)", range)
        }
    }
}

extension ResultType {
    /// Whether the result is a table.
    var isTable: Bool {
        if case .table = self { return true }
        return false
    }
}
