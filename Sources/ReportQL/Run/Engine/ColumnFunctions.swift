import ReportModel

/// Standard functions over a whole column without a `Value` a row, where the row-by-row result is known to be
/// the same: `floor` and `ceil` (with a constant number of places) of a number column of one unit, on its
/// scaled integers (`Functions.directed`'s rule, a row at a time in machine integers). Grouping by
/// `floor(total)` is then hash grouping on scaled integers; `substr`, `lower` and `upper` of a text column are
/// computed once per dictionary entry (TextFunctions.swift). Anything else is computed row by row.
extension Evaluator {
    /// The column of `f` over `vargs` (`count` rows), or nil for the row-by-row path.
    func columnCall(_ f: FunctionDefinition, _ vargs: [ColumnValues], _ count: Int) throws(RuntimeError) -> ColumnValues? {
        guard case .standard(let s) = f.implementation else { return nil }
        if s == .substr || s == .lower || s == .upper { return try textColumnCall(s, vargs, count) }
        guard s == .floor || s == .ceil,
              let first = vargs.first, case .number(let c) = first, c.isUniform, c.count == count,
              vargs.count <= 2 else { return nil }
        var places = 0
        if vargs.count == 2 {
            // The places as the row-by-row path takes them; anything it would reject is left to it.
            guard case .constant(.number(let p)) = vargs[1], case let n = p.value.normalized, n.scale == 0,
                  let k = Int(exactly: n.significand), (0...ExactDecimal.maxScale).contains(k) else { return nil }
            places = k
        }
        // A value with no more places than asked is itself (`directed` returns it).
        if c.scale <= places { return .number(c) }
        guard c.scale - places <= 18 else { return nil }
        var factor: Int64 = 1
        for _ in 0..<(c.scale - places) { factor *= 10 }
        return .number(try directedColumn(c, factor: factor, scale: places, up: s == .ceil))
    }

    /// `floor` (or, `up`, `ceil`) of each significand of a one-unit column divided by `factor`, at `scale`.
    func directedColumn(_ c: NumberColumn, factor: Int64, scale: Int, up: Bool) throws(RuntimeError) -> NumberColumn {
        let values = c.values, present = c.present
        var out = [Int64](repeating: 0, count: values.count)
        for i in values.indices {
            try checkpoint(every: i)
            if let present, !present[i] { continue }
            out[i] = directedQuotient(values[i], factor, up)
        }
        return NumberColumn(values: out, scale: scale, units: c.units, unitCodes: nil, present: present)
    }
}
