import ReportModel

// Grouping by a computed number key without computing it for every row.
//
// - Arithmetic that is one-to-one on one number column of one unit — `x × k` (k a plain nonzero constant),
//   `x ± k` (k in the column's unit), `k − x`, `−x`, nested — puts two rows in one group exactly when their
//   values of the column are equal: the rows group by the column itself (`by invest2024 * 2` is
//   `by invest2024`, a constant column one group, without one multiplication).
// - `floor`/`ceil(x [, places])` of such a column groups by the directed quotient of each significand, found
//   once per distinct significand (`directedIds`), read from the narrow storage in place.
//
// The key column is then the expression evaluated over the groups' first rows only: the same values the row
// path gives those rows (the distinct values, and so the column's scale, are the same).

/// How the rows of a key group, when that is cheaper than its values.
enum GroupKey {
    /// By the key's values.
    case values(ColumnValues)
    /// By `floor` (or `ceil`, `up`) of the significands divided by `factor` (1: by the significands).
    case directed(NumberColumn, factor: Int64, up: Bool)
}

extension Aggregation {
    /// How the rows group by `e`: nil when by its values (evaluated as usual).
    func groupKey(_ e: TypedExpr, _ frame: Frame) -> GroupKey? {
        if case .call(let f, let args) = e.kind, case .standard(let s) = f.implementation, s == .floor || s == .ceil,
           args.count == 1 || args.count == 2, case .column(let i) = args[0].kind,
           case .number(let c) = frame.columns[i].data, c.isUniform {
            var places = 0
            if args.count == 2 {
                // The places as the row path takes them; anything it would reject is left to it.
                guard case .constant(.number(let p)) = args[1].kind, case let n = p.value.normalized, n.scale == 0,
                      let k = Int(exactly: n.significand), (0...ExactDecimal.maxScale).contains(k) else { return nil }
                places = k
            }
            guard c.scale - places <= 18 else { return nil }
            var factor: Int64 = 1
            for _ in 0..<Swift.max(0, c.scale - places) { factor *= 10 }
            guard case .number(let dense) = frame.dense(i) else { return nil }
            return .directed(dense, factor: factor, up: s == .ceil)
        }
        // A column alone is grouped by its values as it is.
        if case .column = e.kind { return nil }
        guard let i = oneToOneColumn(e, frame), case .number(let dense) = frame.dense(i) else { return nil }
        return .directed(dense, factor: 1, up: false)
    }

    /// The number column (one unit) that `e` is a one-to-one function of, by `×` a plain nonzero constant,
    /// `±` a constant in its unit, and negation; nil for anything else.
    func oneToOneColumn(_ e: TypedExpr, _ frame: Frame) -> Int? {
        func column(_ e: TypedExpr) -> (Int, Unit)? {
            switch e.kind {
            case .column(let i):
                guard case .number(let c) = frame.columns[i].data, c.isUniform else { return nil }
                return (i, c.units[0])
            case .negate(let x):
                return column(x)
            case .arithmetic(let op, let l, let r):
                func constant(_ x: TypedExpr) -> Quantity? {
                    if case .constant(.number(let q)) = x.kind { return q }
                    return nil
                }
                let (k, x) = constant(l).map { ($0, r) } ?? (constant(r), l)
                guard let k, let (i, unit) = column(x) else { return nil }
                switch op {
                case .multiply:
                    return k.unit.isPlain && k.value.significand != 0 ? (i, unit) : nil
                case .add, .subtract:
                    return k.unit == unit ? (i, unit) : nil
                default:
                    return nil
                }
            default:
                return nil
            }
        }
        return column(e)?.0
    }

    /// One key's ids.
    func keyIds(_ key: GroupKey, _ n: Int) throws(RuntimeError) -> Groups {
        switch key {
        case .values(let v):
            return try keyIds(v, n)
        case .directed(let c, let factor, let up):
            if factor == 1 { return try numberIds(c, n) }
            if let g = try directedIds(c, n, factor: factor, up: up) { return g }
            // A wide span: the quotients as a column, hashed.
            return try numberIds(try evaluator.directedColumn(c, factor: factor, scale: 0, up: up), n)
        }
    }

    /// The rows grouped by `keys`.
    func groups(_ keys: [GroupKey], _ n: Int) throws(RuntimeError) -> Groups {
        var values: [ColumnValues] = []
        for key in keys { if case .values(let v) = key { values.append(v) } }
        if values.count == keys.count { return try groups(values, n) }
        guard let first = keys.first else { return Groups.single(n) }
        var g = try keyIds(first, n)
        for key in keys.dropFirst() {
            let next = try keyIds(key, n)
            g = try combine(g, next)
        }
        return g
    }
}
