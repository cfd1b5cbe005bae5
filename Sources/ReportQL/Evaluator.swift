/// What a run of a plan can see: the environment, `let` bindings, parameter values, and the source for errors.
struct ExecutionContext {
    let environment: Environment
    let bindings: [String: Binding]
    let parameters: [String: Value]
    let file: SourceFile
}

/// Runs plans over columns. One evaluator per run; it is not shared between tasks.
final class Evaluator {
    let context: ExecutionContext
    /// Rows visited so far, against the environment's row budget.
    private var visited = 0

    init(_ context: ExecutionContext) {
        self.context = context
    }

    func fail(_ message: String, _ range: SourceRange, help: String? = nil) -> RuntimeError {
        RuntimeError(diagnostic: Diagnostic(message, at: range, help: help), file: context.file)
    }

    /// Counts `rows` against the budget and honours task cancellation.
    func visit(_ rows: Int, _ range: SourceRange) throws(RuntimeError) {
        visited += rows
        if let budget = context.environment.options.rowBudget, visited > budget {
            throw fail("the query visited more than \(budget) rows, its budget", range)
        }
        if Task.isCancelled { throw fail("the query was cancelled", range) }
    }

    // MARK: Plans

    func run(_ plan: Plan) throws(RuntimeError) -> Datum {
        var datum = try source(plan.source, plan.range)
        for step in plan.steps {
            guard case .table(let frame) = datum else {
                throw fail("this step needs a table", plan.range)
            }
            datum = try apply(step, frame, plan.range)
        }
        return datum
    }

    func source(_ s: PlanSource, _ range: SourceRange) throws(RuntimeError) -> Datum {
        switch s {
        case .collection(let name):
            guard let table = context.environment.catalog.table(name) else {
                throw fail("collection '\(name)' is not loaded", range)
            }
            return .table(Frame(table: table) { name in Schema.provenance.contains { $0.name == name && name != "section" } })
        case .binding(let name):
            guard let value = context.bindings[name]?.value else {
                throw fail("'\(name)' has no value yet", range)
            }
            return value
        case .plan(let p):
            return try run(p)
        case .scalar(let e):
            let empty = Frame(columns: [], storageCount: 1)
            return .scalar(try scalar(e, empty), skipped: 0)
        }
    }

    /// Evaluates an expression that does not depend on rows.
    func scalar(_ e: TExpr, _ frame: Frame) throws(RuntimeError) -> Value {
        let v = try eval(e, frame)
        if case .constant(let c) = v { return c }
        return v.value(at: 0)
    }

    func apply(_ step: Step, _ frame: Frame, _ range: SourceRange) throws(RuntimeError) -> Datum {
        try visit(frame.count, range)
        switch step {
        case .filter(let predicate):
            return .table(try filter(frame, predicate))
        case .group(let keys, let aggregates):
            return .table(try Aggregation(self).group(frame, keys: keys, aggregates: aggregates))
        case .aggregate(let aggregates):
            let agg = Aggregation(self)
            if aggregates.count == 1 {
                let (v, skipped) = try agg.whole(frame, aggregates[0])
                return .scalar(v, skipped: skipped)
            }
            return .table(try agg.oneRow(frame, aggregates))
        case .sort(let keys, let limit):
            return .table(try sort(frame, keys, limit: limit))
        case .limit(let count, let offset):
            var f = frame
            let rows = frame.rows
            let from = min(offset, rows.count)
            f.selection = Array(rows[from..<min(rows.count, from + count)])
            return .table(f)
        case .select(let items):
            var columns: [Frame.Column] = []
            for item in items {
                let v = try eval(item.expr, frame)
                columns.append(Frame.Column(name: item.name, alias: nil, hidden: item.hidden,
                                            data: v.column(count: frame.count, type: item.expr.type)))
            }
            return .table(Frame(columns: columns, storageCount: frame.count))
        }
    }

    func filter(_ frame: Frame, _ predicate: TExpr) throws(RuntimeError) -> Frame {
        let v = try eval(predicate, frame)
        var f = frame
        switch v {
        case .constant(.bool(true)):
            return frame
        case .constant:
            f.selection = []
        case .bool(let mask):
            var out: [Int32] = []
            out.reserveCapacity(frame.count / 4)
            let present = mask.present
            mask.values.withUnsafeBufferPointer { m in
                if let sel = frame.selection {
                    for i in 0..<m.count where m[i] && (present?[i] ?? true) { out.append(sel[i]) }
                } else {
                    for i in 0..<m.count where m[i] && (present?[i] ?? true) { out.append(Int32(truncatingIfNeeded: i)) }
                }
            }
            f.selection = out
        default:
            throw fail("'where' needs a condition", predicate.range)
        }
        return f
    }

    func sort(_ frame: Frame, _ keys: [(expr: TExpr, descending: Bool)], limit: Int?) throws(RuntimeError) -> Frame {
        var vecs: [(Vec, Bool)] = []
        for k in keys { vecs.append((try eval(k.expr, frame), k.descending)) }
        let n = frame.count
        let less: (Int, Int) -> Bool
        // Fast path: one numeric key of one unit with no missing values compares machine integers.
        if vecs.count == 1, case .number(let c) = vecs[0].0, c.unitCodes == nil, !c.hasMissing {
            let values = c.values
            let desc = vecs[0].1
            less = { a, b in
                let x = values[a], y = values[b]
                if x != y { return desc ? x > y : x < y }
                return a < b
            }
        } else {
            less = { a, b in
                for (v, desc) in vecs {
                    let x = v.value(at: a), y = v.value(at: b)
                    var c = Arithmetic.order(x, y)
                    // Missing sorts last whichever the direction.
                    if desc, !x.isMissing, !y.isMissing { c = -c }
                    if c != 0 { return c < 0 }
                }
                return a < b
            }
        }
        var order: [Int]
        if let limit, limit < n / 8 {
            order = topK(n, limit, less)
        } else {
            order = Array(0..<n)
            order.sort(by: less)
            if let limit { order = Array(order.prefix(limit)) }
        }
        var f = frame
        let rows = frame.rows
        f.selection = order.map { rows[$0] }
        return f
    }

    /// The first `k` of `0..<n` under `less`, in order: one pass keeping a sorted buffer.
    func topK(_ n: Int, _ k: Int, _ less: (Int, Int) -> Bool) -> [Int] {
        guard k > 0 else { return [] }
        var best: [Int] = []
        best.reserveCapacity(k + 1)
        for i in 0..<n {
            if best.count == k, let last = best.last, !less(i, last) { continue }
            var lo = 0, hi = best.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if less(best[mid], i) { lo = mid + 1 } else { hi = mid }
            }
            best.insert(i, at: lo)
            if best.count > k { best.removeLast() }
        }
        return best
    }

    // MARK: Expressions

    func eval(_ e: TExpr, _ frame: Frame) throws(RuntimeError) -> Vec {
        switch e.kind {
        case .constant(let v):
            return .constant(v)
        case .column(let i):
            return Vec(frame.dense(i))
        case .parameter(let name):
            guard let v = context.parameters[name] else {
                throw fail("no value was given for parameter $\(name)", e.range)
            }
            return .constant(v)
        case .binding(let name):
            guard let b = context.bindings[name]?.value, case .scalar(let v, _) = b else {
                throw fail("'\(name)' has no value yet", e.range)
            }
            return .constant(v)
        case .subquery(let plan):
            let d = try run(plan)
            guard case .scalar(let v, _) = d else { throw fail("the query gives a table, not one value", e.range) }
            return .constant(v)
        case .negate(let x):
            let vx = try eval(x, frame)
            if case .number(var c) = vx {
                c = NumberColumn(values: c.values.map { 0 &- $0 }, scale: c.scale, units: c.units,
                                 unitCodes: c.unitCodes, present: c.present)
                if c.values.contains(Int64.min) { throw fail("number too large", e.range) }
                return .number(c)
            }
            return try map(frame.count, e.type, [vx]) { v throws(RuntimeError) in
                guard let q = v[0].quantity else { return .missing }
                return .number(Quantity(q.value.negated, q.unit))
            }
        case .not(let x):
            let vx = try eval(x, frame)
            if case .bool(let b) = vx { return .bool(BoolColumn(values: b.values.map { !$0 }, present: b.present)) }
            return try map(frame.count, .bool, [vx]) { v throws(RuntimeError) in
                v[0].bool.map { .bool(!$0) } ?? .missing
            }
        case .and(let l, let r), .or(let l, let r):
            let isAnd: Bool
            if case .and = e.kind { isAnd = true } else { isAnd = false }
            return try logical(isAnd, try eval(l, frame), try eval(r, frame), frame.count)
        case .arithmetic(let op, let l, let r):
            let vl = try eval(l, frame), vr = try eval(r, frame)
            return try map(frame.count, e.type, [vl, vr]) { v throws(RuntimeError) in
                guard let a = v[0].quantity, let b = v[1].quantity else { return .missing }
                do throws(Arithmetic.Failure) {
                    switch op {
                    case .add: return .number(try Arithmetic.addSubtract(a, b, subtract: false))
                    case .subtract: return .number(try Arithmetic.addSubtract(a, b, subtract: true))
                    case .multiply: return .number(try Arithmetic.multiply(a, b))
                    default: return .number(try Arithmetic.divide(a, b))
                    }
                } catch {
                    throw self.arithmeticFailure(error, e.range)
                }
            }
        case .compare(let op, let l, let r):
            return try compare(op, try eval(l, frame), try eval(r, frame), frame.count, e.range)
        case .textMatch(let op, let l, let r):
            let vl = try eval(l, frame), vr = try eval(r, frame)
            var regexes: [String: Regex<AnyRegexOutput>] = [:]
            return try map(frame.count, .bool, [vl, vr]) { v throws(RuntimeError) in
                guard case .text(let s) = v[0], case .text(let p) = v[1] else {
                    if v[0].isMissing || v[1].isMissing { return .missing }
                    return .bool(v[0].description.contains(v[1].description))
                }
                switch op {
                case .contains: return .bool(s.contains(p))
                case .like: return .bool(Self.like(Array(s), Array(p)))
                default:
                    if regexes[p] == nil {
                        do { regexes[p] = try Regex(p) } catch {
                            throw self.fail("invalid pattern for 'matches': \(error)", r.range)
                        }
                    }
                    guard let re = regexes[p] else { return .missing }
                    return .bool(s.contains(re))
                }
            }
        case .inList(let x, let items, let negated):
            let vx = try eval(x, frame)
            var vitems: [Vec] = []
            for item in items { vitems.append(try eval(item, frame)) }
            // Fast path: a text column against constant texts compares codes.
            if case .text(let c) = vx, vitems.allSatisfy({ if case .constant(.text) = $0 { return true }; return false }) {
                var codes = Set<UInt32>()
                for v in vitems { if case .constant(.text(let s)) = v, let k = c.code(of: s) { codes.insert(k) } }
                let present = c.codes.map { $0 != TextColumn.missing }
                return .bool(BoolColumn(values: c.codes.map { codes.contains($0) != negated },
                                        present: present.allSatisfy { $0 } ? nil : present))
            }
            var results: [Vec] = []
            for v in vitems { results.append(try compare(.equal, vx, v, frame.count, e.range)) }
            return try map(frame.count, .bool, results) { v throws(RuntimeError) in
                if v.contains(where: { $0.bool == true }) { return .bool(!negated) }
                if v.contains(where: { $0.isMissing }) { return .missing }
                return .bool(negated)
            }
        case .convert(let x, let unit):
            let vx = try eval(x, frame)
            return try map(frame.count, e.type, [vx]) { v throws(RuntimeError) in
                guard let q = v[0].quantity else { return .missing }
                do throws(QuantityError) {
                    return .number(try q.converted(to: unit))
                } catch {
                    // A row of another dimension in a column whose units vary has no value in this unit.
                    if case .dimensionMismatch = error { return .missing }
                    throw self.fail("cannot convert \(q) to \(unit.symbol): \(error)", e.range)
                }
            }
        case .isMissing(let x, let negated):
            let vx = try eval(x, frame)
            return try map(frame.count, .bool, [vx]) { v throws(RuntimeError) in .bool(v[0].isMissing != negated) }
        case .call(let f, let args):
            var vargs: [Vec] = []
            for a in args { vargs.append(try eval(a, frame)) }
            return try map(frame.count, e.type, vargs) { v throws(RuntimeError) in
                do throws(FunctionFailure) {
                    return try f.apply(v)
                } catch {
                    if case .message(let m) = error { throw self.fail(m, e.range) }
                    throw self.fail("\(f.name) failed", e.range)
                }
            }
        }
    }

    func arithmeticFailure(_ error: Arithmetic.Failure, _ range: SourceRange) -> RuntimeError {
        switch error {
        case .divisionByZero: return fail("division by zero", range)
        case .overflow: return fail("number too large for exact arithmetic (38 digits)", range)
        case .mismatch(let m): return fail(m, range)
        }
    }

    /// Applies `f` row by row; all-constant arguments give a constant.
    func map(_ count: Int, _ type: ValueType, _ args: [Vec],
             _ f: ([Value]) throws(RuntimeError) -> Value) throws(RuntimeError) -> Vec {
        if args.allSatisfy({ if case .constant = $0 { return true }; return false }) {
            return .constant(try f(args.map { $0.value(at: 0) }))
        }
        var b = ValueBuilder(type: type, capacity: count)
        var row = [Value](repeating: .missing, count: args.count)
        for i in 0..<count {
            for k in 0..<args.count { row[k] = args[k].value(at: i) }
            b.append(try f(row))
            if i & 0xFFFF == 0xFFFF, Task.isCancelled { throw fail("the query was cancelled", SourceRange(0, 0)) }
        }
        if b.overflowed { throw fail("number too large to hold exactly", SourceRange(0, 0)) }
        return Vec(b.finish())
    }

    func logical(_ isAnd: Bool, _ l: Vec, _ r: Vec, _ count: Int) throws(RuntimeError) -> Vec {
        if case .bool(let a) = l, case .bool(let b) = r, a.present == nil, b.present == nil {
            var out = [Bool](repeating: false, count: count)
            a.values.withUnsafeBufferPointer { x in
                b.values.withUnsafeBufferPointer { y in
                    out.withUnsafeMutableBufferPointer { o in
                        if isAnd {
                            for i in 0..<count { o[i] = x[i] && y[i] }
                        } else {
                            for i in 0..<count { o[i] = x[i] || y[i] }
                        }
                    }
                }
            }
            return .bool(BoolColumn(values: out, present: nil))
        }
        // Kleene logic: false and missing is false; true or missing is true.
        return try map(count, .bool, [l, r]) { v throws(RuntimeError) in
            let a = v[0].bool, b = v[1].bool
            if isAnd {
                if a == false || b == false { return .bool(false) }
                if a == true && b == true { return .bool(true) }
            } else {
                if a == true || b == true { return .bool(true) }
                if a == false && b == false { return .bool(false) }
            }
            return .missing
        }
    }

    func compare(_ op: BinaryOperator, _ l: Vec, _ r: Vec, _ count: Int, _ range: SourceRange) throws(RuntimeError) -> Vec {
        // Fast path: text column against a constant compares dictionary codes.
        if case .text(let c) = l, case .constant(.text(let s)) = r, op == .equal || op == .notEqual {
            let code = c.code(of: s) ?? (TextColumn.missing - 1)
            var out = [Bool](repeating: false, count: c.count)
            var anyMissing = false
            c.codes.withUnsafeBufferPointer { codes in
                out.withUnsafeMutableBufferPointer { o in
                    if op == .equal {
                        for i in 0..<codes.count { o[i] = codes[i] == code }
                    } else {
                        for i in 0..<codes.count { o[i] = codes[i] != code }
                    }
                    for i in 0..<codes.count where codes[i] == TextColumn.missing { anyMissing = true; break }
                }
            }
            let present = anyMissing ? c.codes.map { $0 != TextColumn.missing } : nil
            return .bool(BoolColumn(values: out, present: present))
        }
        if case .constant = l, case .text = r, let flipped = op.flipped {
            return try compare(flipped, r, l, count, range)
        }
        // Fast path: a one-unit number column against a constant compares scaled integers.
        if case .number(let c) = l, c.unitCodes == nil, case .constant(.number(let q)) = r,
           let bound = Self.integerBound(q, unit: c.units[0], scale: c.scale, op: op) {
            return .bool(Self.compareIntegers(c, op, bound))
        }
        if case .constant(.number) = l, case .number = r, let flipped = op.flipped {
            return try compare(flipped, r, l, count, range)
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
                return .bool(op.holds(a < b ? -1 : (a == b ? 0 : 1)))
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

    static func compareIntegers(_ c: NumberColumn, _ op: BinaryOperator, _ bound: IntegerBound) -> BoolColumn {
        let n = c.values.count
        var out = [Bool](repeating: false, count: n)
        c.values.withUnsafeBufferPointer { v in
            out.withUnsafeMutableBufferPointer { o in
                switch bound {
                case .equal(let k): for i in 0..<n { o[i] = v[i] == k }
                case .notEqual(let k): for i in 0..<n { o[i] = v[i] != k }
                case .less(let k): for i in 0..<n { o[i] = v[i] < k }
                case .lessEqual(let k): for i in 0..<n { o[i] = v[i] <= k }
                case .greater(let k): for i in 0..<n { o[i] = v[i] > k }
                case .greaterEqual(let k): for i in 0..<n { o[i] = v[i] >= k }
                case .constant(let b): for i in 0..<n { o[i] = b }
                }
            }
        }
        return BoolColumn(values: out, present: c.present)
    }

    /// SQL `LIKE`: `%` matches any run of characters, `_` any one character.
    static func like(_ s: [Character], _ p: [Character]) -> Bool {
        var si = 0, pi = 0
        var star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == "_" || p[pi] == s[si] {
                si += 1
                pi += 1
            } else if pi < p.count, p[pi] == "%" {
                star = pi
                mark = si
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
