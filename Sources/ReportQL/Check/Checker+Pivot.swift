/// `pivot FIELD AGGREGATE` (透视), alone or after `by KEYS`: the values of FIELD become columns.
///
/// The rows are the keys of the `by` just before it, else every listed column the field and the aggregate do
/// not read. The value columns are known only when the pivot runs, so the checker's shape after a pivot
/// holds the row keys alone: later clauses may use the keys (`sort region`, `top 3`), and a `select` or a
/// `by` after it makes an ordinary table again.
extension Checker {
    /// The most value columns one pivot makes (a run that would make more fails, naming the limit).
    static let pivotColumnLimit = 200

    static func isPivot(_ clause: Clause) -> Bool {
        if case .pivot = clause.kind { return true }
        return false
    }

    /// Checks `pivot field aggregate`, with the row `keys` of a `by` before it (nil: the columns not read).
    mutating func checkPivot(keys: [Projection]?, _ field: Expr, _ aggregate: Aggregate, _ range: SourceRange,
                             _ cols: [ShapeColumn], _ head: inout Head, _ steps: inout [Step]) {
        let tableName = head.tableName
        let tfield = checkExpr(field, cols, tableName: tableName)
        if case .bool = tfield.type {
            error("'pivot' makes a column of each value of its field, but this is a condition (true or false)",
                  field.range, help: "pivot on a field of text or numbers, such as 'pivot year sum growth'")
        }
        let tagg = checkAggregate(aggregate, cols, tableName: tableName)
        var tkeys: [(name: String, expr: TypedExpr)] = []
        var out: [ShapeColumn] = []
        if let keys {
            for key in keys {
                let te = checkExpr(key.expr, cols, tableName: tableName)
                let name = key.alias?.text ?? defaultName(key.expr)
                if Self.sameColumn(te, tfield) {
                    error("'\(name)' is both a row key and the pivot field", key.expr.range,
                          help: "its values become the columns; leave it out of 'by'")
                }
                var known: [String]?
                if case .column(let i) = te.kind { known = cols[i].knownValues }
                tkeys.append((name, te))
                out.append(ShapeColumn(name: name, alias: nil, type: te.type, hidden: false, knownValues: known,
                                       unit: te.unit))
            }
        } else {
            var read = Set<Int>()
            Self.columnsRead(tfield, into: &read)
            if let arg = tagg.argument { Self.columnsRead(arg, into: &read) }
            for (i, c) in cols.enumerated() where !c.hidden && !read.contains(i) {
                tkeys.append((c.name, TypedExpr(.column(i), c.type, range, unit: c.unit)))
                out.append(ShapeColumn(name: c.name, alias: c.alias, type: c.type, hidden: false,
                                       knownValues: c.knownValues, unit: c.unit))
            }
        }
        steps.append(.pivot(keys: tkeys, field: tfield, aggregate: tagg))
        head.shape = out
        head.pivoted = true
        head.tableName = "the pivot's row keys (its value columns are known only when it runs)"
    }

    /// A clause after a pivot: a `select`, `by` or aggregate makes a table of known columns again (the
    /// clause is checked as usual, against the row keys, which come first in the pivot's columns).
    static func afterPivot(_ clause: Clause, _ head: inout Head) {
        switch clause.kind {
        case .select, .group, .aggregate:
            head.pivoted = false
            head.tableName = "the query"
        default:
            break
        }
    }

    static func sameColumn(_ a: TypedExpr, _ b: TypedExpr) -> Bool {
        if case .column(let i) = a.kind, case .column(let j) = b.kind { return i == j }
        return false
    }

    /// The columns an expression reads (not those of a subquery, which reads its own table).
    static func columnsRead(_ e: TypedExpr, into read: inout Set<Int>) {
        switch e.kind {
        case .column(let i): read.insert(i)
        case .negate(let x), .not(let x), .convert(let x, _), .isMissing(let x, _): columnsRead(x, into: &read)
        case .and(let a, let b), .or(let a, let b), .arithmetic(_, let a, let b), .compare(_, let a, let b),
             .textMatch(_, let a, let b):
            columnsRead(a, into: &read)
            columnsRead(b, into: &read)
        case .inList(let x, let items, _):
            columnsRead(x, into: &read)
            for item in items { columnsRead(item, into: &read) }
        case .call(_, let args):
            for a in args { columnsRead(a, into: &read) }
        default:
            break
        }
    }
}
