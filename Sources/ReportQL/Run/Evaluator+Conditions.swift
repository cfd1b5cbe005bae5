import ReportModel

// Conditions: a `where` as a `RowCondition` read block by block, and comparisons as boolean vectors.

extension Evaluator {
    func filter(_ frame: Frame, _ predicate: TypedExpr) throws(RuntimeError) -> Frame {
        var f = frame
        switch try condition(predicate, frame) {
        case .constant(true):
            return frame
        case .constant(false):
            f.selection = []
        case let c:
            f.selection = scan(frame, c).rows()
            try checkpoint()
        }
        return f
    }

    /// `e` as a ``RowCondition`` over the frame's rows: comparisons of a column with a constant read the
    /// column's codes or significands block by block; `and`/`or` combine; anything else is evaluated as
    /// before and read as a mask.
    func condition(_ e: TypedExpr, _ frame: Frame) throws(RuntimeError) -> RowCondition {
        switch e.kind {
        case .and(let l, let r), .or(let l, let r):
            let isAnd: Bool
            if case .and = e.kind { isAnd = true } else { isAnd = false }
            let cl = try condition(l, frame)
            do {
                let cr = try condition(r, frame)
                return isAnd ? .all([cl, cr]) : .any([cl, cr])
            } catch {
                // The right side failed on some row (`z != 0 and w / z > 1`, `z = 0 or w / z > 1`): it is asked
                // again of the rows the left side leaves undecided only, as SQL users write such guards.
                return try guarded(isAnd, cl, r, frame, error)
            }
        case .compare(let op, let l, let r):
            // Arithmetic of columns against arithmetic, fused with the scan.
            if let s = ScaledComparison.make(op, l, r, frame) { return s.condition }
            // A quotient against a constant, compared in 128 bits row by row (Evaluator+Quotients.swift).
            if let q = try quotientCondition(op, l, r, frame) { return q }
            // A column is read in place, never gathered (evaluating it cannot fail, so order is kept).
            if case .column = l.kind {
                let vr = try eval(r, frame)
                if let c = columnCondition(op, l, vr, frame) { return c }
                return try mask(try compare(op, try eval(l, frame), vr, frame.count, e.range), e)
            }
            let vl = try eval(l, frame)
            if case .column = r.kind, let flipped = op.flipped, let c = columnCondition(flipped, r, vl, frame) {
                return c
            }
            return try mask(try compare(op, vl, try eval(r, frame), frame.count, e.range), e)
        case .inList(let x, let items, let negated):
            if case .column(let i) = x.kind, case .text(let c) = frame.columns[i].data {
                var codes = Set<UInt32>()
                var constant = true
                var values: [ColumnValues] = []
                for item in items {
                    let v = try eval(item, frame)
                    values.append(v)
                    guard case .constant(.text(let s)) = v else { constant = false; continue }
                    if let k = c.code(of: s) { codes.insert(k) }
                }
                if constant { return .codes(c.storage, CodeTest(codes, negated: negated, storage: c.storage)) }
            }
        case .textMatch, .call:
            if let c = try textCondition(e, frame) { return c }
        default:
            break
        }
        return try mask(try eval(e, frame), e)
    }

    /// `l and r` (`l or r`) where `r` failed over every row: `r` evaluated on the rows where `l` holds (does not
    /// hold) only, so a guard on the left keeps a division by zero or an overflow on the rows it excludes from
    /// failing. Ends the run when the failure was a stop (interrupt, cancellation, deadline, row budget), or
    /// when `r` fails on a row the guard lets through.
    private func guarded(_ isAnd: Bool, _ cl: RowCondition, _ r: TypedExpr, _ frame: Frame,
                         _ failure: RuntimeError) throws(RuntimeError) -> RowCondition {
        try rethrowStop(failure)
        let held = positions(of: scan(frame, cl).rows(), in: frame)
        try checkpoint()
        let rest = frame.keeping(held, isAnd)
        let right = positions(of: scan(rest, try condition(r, rest)).rows(), in: frame)
        try checkpoint()
        let values = isAnd ? right : zip(held, right).map { $0 || $1 }
        return .evaluated(BoolColumn(values: values, present: nil))
    }

    /// For each position of `frame`, whether its storage row is the next of `rows`: `rows` is a subsequence of
    /// the frame's rows, in their order (what a scan of the frame, or of a part of it, keeps).
    private func positions(of rows: [Int32], in frame: Frame) -> [Bool] {
        var out = [Bool](repeating: false, count: frame.count)
        var j = 0
        for i in 0..<frame.count where j < rows.count && frame.row(i) == rows[j] {
            out[i] = true
            j += 1
        }
        return out
    }

    /// A comparison of column `l` with a constant `vr`, as a condition on the column's
    /// storage; nil when it is not of that form.
    func columnCondition(_ op: BinaryOperator, _ l: TypedExpr, _ vr: ColumnValues, _ frame: Frame) -> RowCondition? {
        guard case .column(let i) = l.kind, case .constant(let v) = vr else { return nil }
        switch (frame.columns[i].data, v) {
        case (_, .missing):
            return .constant(false)
        case (.text(let c), .text(let s)) where op == .equal || op == .notEqual:
            return .codes(c.storage, .one(c.code(of: s), negated: op == .notEqual))
        case (.number(let c), .number(let q)) where c.isUniform:
            guard let bound = Self.integerBound(q, unit: c.units[0], scale: c.scale, op: op) else { return nil }
            if let (lo, hi, negated) = bound.interval {
                return .range(c.storage, lo: lo, hi: hi, negated: negated, present: c.present)
            }
            guard case .constant(let b) = bound else { return nil }
            // Constant for every present row; a missing one compares missing.
            return b ? .range(c.storage, lo: .min, hi: .max, negated: false, present: c.present) : .constant(false)
        default:
            return nil
        }
    }

    /// An evaluated condition as a mask: true rows only.
    func mask(_ v: ColumnValues, _ e: TypedExpr) throws(RuntimeError) -> RowCondition {
        switch v {
        case .bool(let b): return .evaluated(b)
        case .constant(.bool(let b)): return .constant(b)
        case .constant: return .constant(false)
        default: throw fail("'where' needs a condition", e.range)
        }
    }

    func compare(_ op: BinaryOperator, _ l: ColumnValues, _ r: ColumnValues, _ count: Int, _ range: SourceRange) throws(RuntimeError) -> ColumnValues {
        // Fast path: text column against a constant compares dictionary codes.
        if case .text(let c) = l, case .constant(.text(let s)) = r, op == .equal || op == .notEqual {
            let mask = Self.codeMask(c, .one(c.code(of: s), negated: op == .notEqual), stop: { self.shouldStop })
            try checkpoint(range)
            return .bool(mask)
        }
        if case .constant = l, case .text = r, let flipped = op.flipped {
            return try compare(flipped, r, l, count, range)
        }
        // Fast path: a one-unit number column against a constant compares scaled integers.
        if case .number(let c) = l, c.isUniform, case .constant(.number(let q)) = r,
           let bound = Self.integerBound(q, unit: c.units[0], scale: c.scale, op: op) {
            let mask = Self.compareIntegers(c, op, bound, stop: { self.shouldStop })
            try checkpoint(range)
            return .bool(mask)
        }
        if case .constant(.number) = l, case .number = r, let flipped = op.flipped {
            return try compare(flipped, r, l, count, range)
        }
        // Two one-unit number columns: their significands in a common unit and scale.
        if case .number = l, case .number = r {
            if let b = ScaledArithmetic.compare(op, l, r, stop: { self.shouldStop }) { return .bool(b) }
            try checkpoint(range)
        }
        return try map(count, .bool, [l, r]) { v throws(RuntimeError) in
            switch (v[0], v[1]) {
            case (.missing, _), (_, .missing): return .missing
            case (.number(let a), .number(let b)):
                do throws(Arithmetic.Failure) {
                    return .bool(op.holds(try Arithmetic.compare(a, b)))
                } catch {
                    // Rows of a column whose units vary (facts.value) that are not of the other side's
                    // dimension do not match; the checker has already refused mismatches it can see.
                    if case .mismatch = error { return .missing }
                    throw self.arithmeticFailure(error, range)
                }
            case (.text(let a), .text(let b)):
                return .bool(op.holds(Arithmetic.orderText(a, b)))
            case (.bool(let a), .bool(let b)):
                return .bool(op.holds(a == b ? 0 : (!a ? -1 : 1)))
            default:
                throw self.fail("cannot compare \(v[0]) with \(v[1])", range)
            }
        }
    }

    /// The integer `k` such that `value op q` ⇔ `significand op' k` for a column at `scale` in `unit`, where op'
    /// is `op` adjusted for rounding; nil when the constant is of another dimension.
    static func integerBound(_ q: Quantity, unit: Unit, scale: Int, op: BinaryOperator) -> IntegerBound? {
        guard q.unit.dimension == unit.dimension, let (n, d) = q.unit.conversion(to: unit) else { return nil }
        // q in the column's unit and scale, as an exact fraction num/den.
        guard let p = try? ExactDecimal.power10(scale) else { return nil }
        let (a, o1) = q.value.significand.multipliedReportingOverflow(by: n)
        let (b, o2) = a.multipliedReportingOverflow(by: p)
        guard let qp = try? ExactDecimal.power10(q.value.scale) else { return nil }
        let (den, o3) = d.multipliedReportingOverflow(by: qp)
        if o1 || o2 || o3 || den == 0 { return nil }
        // value*10^scale (an integer v) op b/den.
        var floorQ = b / den
        if b % den != 0 && (b < 0) != (den < 0) { floorQ -= 1 }
        let exact = b % den == 0
        guard let f = Int64(exactly: floorQ) else {
            // Beyond every Int64: the comparison is constant.
            return .constant(floorQ > 0 ? (op == .less || op == .lessEqual || op == .notEqual)
                                        : (op == .greater || op == .greaterEqual || op == .notEqual))
        }
        switch op {
        case .equal: return exact ? .equal(f) : .constant(false)
        case .notEqual: return exact ? .notEqual(f) : .constant(true)
        case .less: return exact ? .less(f) : .lessEqual(f)          // v < q ⇔ v ≤ floor(q) when q is not whole
        case .lessEqual: return .lessEqual(f)
        case .greater: return .greater(f)                            // v > q ⇔ v > floor(q)
        case .greaterEqual: return exact ? .greaterEqual(f) : .greater(f)
        default: return nil
        }
    }

    enum IntegerBound {
        case equal(Int64), notEqual(Int64), less(Int64), lessEqual(Int64), greater(Int64), greaterEqual(Int64)
        case constant(Bool)
    }

    /// A stopped mask is partial (`stop` answered yes): the caller's checkpoint ends the run.
    static func compareIntegers(_ c: NumberColumn, _ op: BinaryOperator, _ bound: IntegerBound,
                                stop: () -> Bool = { false }) -> BoolColumn {
        var condition = RowCondition.constant(false)
        if case .constant(let b) = bound {
            condition = .constant(b)
        } else if let (lo, hi, negated) = bound.interval {
            condition = .range(c.storage, lo: lo, hi: hi, negated: negated, present: nil)
        }
        return BoolColumn(values: condition.values(count: c.count, stop: stop), present: c.present)
    }

    /// The rows of a text column whose code passes `test`, as a boolean column: missing where the text is.
    /// A stopped mask is partial (`stop` answered yes): the caller's checkpoint ends the run.
    static func codeMask(_ c: TextColumn, _ test: CodeTest, stop: () -> Bool = { false }) -> BoolColumn {
        let values = RowCondition.codes(c.storage, test).values(count: c.count, stop: stop)
        let present = RowCondition.codes(c.storage, .one(nil, negated: true)).values(count: c.count, stop: stop)
        return BoolColumn(values: values, present: present.contains(false) ? present : nil)
    }

    /// SQL `LIKE`: `%` matches any run of characters, `_` any one character. A `%` of the pattern is always
    /// the wildcard, also where the text has a `%` (`'%' like '%_%'`, `'a%xb' like 'a%b'` hold).
    static func like(_ s: [Character], _ p: [Character]) -> Bool {
        var si = 0, pi = 0
        var star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == "%" {
                star = pi
                mark = si
                pi += 1
            } else if pi < p.count, p[pi] == "_" || p[pi] == s[si] {
                si += 1
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                si = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "%" { pi += 1 }
        return pi == p.count
    }
}

extension BinaryOperator {
    /// The operator with its operands swapped (`a < b` ⇔ `b > a`).
    var flipped: BinaryOperator? {
        switch self {
        case .equal, .notEqual: return self
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        default: return nil
        }
    }

    /// Whether a three-way comparison result satisfies this operator.
    func holds(_ c: Int) -> Bool {
        switch self {
        case .equal: return c == 0
        case .notEqual: return c != 0
        case .less: return c < 0
        case .lessEqual: return c <= 0
        case .greater: return c > 0
        case .greaterEqual: return c >= 0
        default: return false
        }
    }
}
