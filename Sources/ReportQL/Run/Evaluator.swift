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
    /// `matches` patterns, compiled once per run.
    private var patterns: [String: PatternMatcher] = [:]

    /// When the run must end by (the environment's ``Environment/Options/deadline`` after the run started).
    let deadline: ContinuousClock.Instant?

    init(_ context: ExecutionContext) {
        self.context = context
        self.deadline = context.environment.options.deadline.map { ContinuousClock.now + $0 }
    }

    func fail(_ message: String, _ range: SourceRange, help: String? = nil, code: ErrorCode? = nil) -> RuntimeError {
        RuntimeError(diagnostic: Diagnostic(message, at: range, help: help,
                                            code: code ?? ErrorCode.classify(message, default: .runtime)),
                     file: context.file)
    }

    /// Counts `rows` against the budget and honours the interrupt, task cancellation and the deadline.
    func visit(_ rows: Int, _ range: SourceRange) throws(RuntimeError) {
        visited += rows
        if let budget = context.environment.options.rowBudget, visited > budget {
            throw fail("the query visited more than \(budget) rows, its budget", range)
        }
        try checkpoint(range)
    }

    /// The check every long loop makes: ends the run when the host raised its interrupt, cancelled the task or
    /// the deadline has passed.
    func checkpoint(_ range: SourceRange = SourceRange(0, 0)) throws(RuntimeError) {
        if context.environment.options.interrupt?.isRequested == true { throw fail("interrupted", range) }
        if Task.isCancelled { throw fail("the query was cancelled", range) }
        if let deadline, ContinuousClock.now >= deadline { throw fail(Self.pastDeadline(context.environment.options), range) }
    }

    /// `the query ran past its deadline (10 seconds)`.
    static func pastDeadline(_ options: Environment.Options) -> String {
        "the query ran past its deadline" + (options.deadline.map { " (\($0))" } ?? "")
    }

    /// ``checkpoint(_:)`` once every 4096 steps of a loop (`step` counts them).
    @inline(__always)
    func checkpoint(every step: Int) throws(RuntimeError) {
        if step & 0xFFF == 0 { try checkpoint() }
    }

    /// Whether a loop that cannot throw should stop (it returns early and its caller calls ``checkpoint(_:)``).
    var shouldStop: Bool {
        context.environment.options.interrupt.shouldStop || deadline.map { ContinuousClock.now >= $0 } == true
    }

    /// The matcher of a `matches` pattern, compiled once per run.
    func matcher(_ pattern: String, _ range: SourceRange) throws(RuntimeError) -> PatternMatcher {
        if let m = patterns[pattern] { return m }
        do {
            let m = PatternMatcher(try TextPattern(pattern))
            patterns[pattern] = m
            return m
        } catch {
            throw fail(TextPattern.describe(error, pattern: pattern), range)
        }
    }

    // MARK: Plans

    func run(_ plan: Plan) throws(RuntimeError) -> Datum {
        var datum = try source(plan.source, plan.range)
        let steps = plan.steps
        var i = 0
        while i < steps.count {
            guard case .table(let frame) = datum else {
                throw fail("this step needs a table", plan.range)
            }
            // A `where` followed by a step that reads its rows block by block runs as one pass: the condition
            // is never materialised. (Not under a row budget, which counts the rows between the steps.)
            if case .filter(let predicate) = steps[i], i + 1 < steps.count,
               context.environment.options.rowBudget == nil, canScan(steps[i + 1], frame) {
                try visit(frame.count, plan.range)
                let scan = Scan(count: frame.count, selection: frame.selection, condition: try condition(predicate, frame))
                if let d = try scanned(steps[i + 1], frame, scan, plan.range) {
                    datum = d
                    i += 2
                    continue
                }
                datum = .table(try filter(frame, predicate))
                i += 1
                continue
            }
            datum = try apply(steps[i], frame, plan.range)
            i += 1
        }
        return datum
    }

    /// Whether `step` can read a frame's rows through a ``Scan`` (see ``scanned(_:_:_:_:)``).
    func canScan(_ step: Step, _ frame: Frame) -> Bool {
        switch step {
        case .aggregate(let aggregates):
            return aggregates.allSatisfy { Aggregation(self).canScan($0, frame) }
        case .group(let keys, let aggregates):
            return Aggregation(self).canScanGroup(keys, aggregates, frame)
        case .sort(let keys, _):
            guard keys.count == 1, case .column(let i) = keys[0].expr.kind,
                  case .number(let c) = frame.columns[i].data, c.isUniform else { return false }
            return true
        default:
            return false
        }
    }

    /// Runs `step` over the rows `scan` keeps (all of the frame's rows, or those a fused `where` keeps);
    /// nil when the step needs the general path.
    func scanned(_ step: Step, _ frame: Frame, _ scan: Scan, _ range: SourceRange) throws(RuntimeError) -> Datum? {
        guard canScan(step, frame) else { return nil }
        let agg = Aggregation(self)
        switch step {
        case .aggregate(let aggregates):
            if aggregates.count == 1 {
                let (v, skipped) = try agg.whole(scan, aggregates[0], frame)
                return .scalar(v, skipped: skipped)
            }
            var columns: [Frame.Column] = []
            for a in aggregates {
                var b = ValueBuilder(type: a.type)
                b.append(try agg.whole(scan, a, frame).0)
                columns.append(Frame.Column(name: a.name, alias: nil, hidden: false, data: b.finish()))
            }
            return .table(Frame(columns: columns, storageCount: 1))
        case .group(let keys, let aggregates):
            return .table(try agg.group(scan, keys, aggregates, frame))
        case .sort(let keys, let limit):
            guard case .column(let i) = keys[0].expr.kind, case .number(let c) = frame.columns[i].data else { return nil }
            var f = frame
            f.selection = sortedRows(scan, c, descending: keys[0].descending, limit: limit)
            return .table(f)
        default:
            return nil
        }
    }

    /// The rows `scan` keeps in order of a one-unit number column, ties in row order, missing last; the
    /// first `limit` of them when given.
    func sortedRows(_ scan: Scan, _ c: NumberColumn, descending: Bool, limit: Int?) -> [Int32] {
        if let limit, limit <= 4096 {
            return topRows(scan, c, descending: descending, k: limit)
        }
        let rows = scan.rows()
        var present: [Int32] = [], missing: [Int32] = []
        present.reserveCapacity(rows.count)
        for r in rows {
            if c.isPresent(Int(r)) { present.append(r) } else { missing.append(r) }
        }
        let keys = present.map { c.significand(at: Int($0)) }
        var order = Array(0..<Int32(truncatingIfNeeded: present.count))
        keys.withUnsafeBufferPointer { k in
            order.sort { a, b in
                let x = k[Int(a)], y = k[Int(b)]
                if x != y { return descending ? x > y : x < y }
                return a < b
            }
        }
        var out = order.map { present[Int($0)] } + missing
        if let limit, limit < out.count { out.removeLast(out.count - limit) }
        return out
    }

    func source(_ s: PlanSource, _ range: SourceRange) throws(RuntimeError) -> Datum {
        switch s {
        case .collection(let name):
            guard let table = context.environment.catalog.table(name) else {
                throw fail("collection '\(name)' is not loaded", range)
            }
            let unlisted = context.environment.catalog.unlisted(table)
            return .table(Frame(table: table) { unlisted.contains($0) })
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
            if let d = try scanned(step, frame, Scan(count: frame.count, selection: frame.selection, condition: nil), range) {
                return d
            }
            return .table(try Aggregation(self).group(frame, keys: keys, aggregates: aggregates))
        case .aggregate(let aggregates):
            if let d = try scanned(step, frame, Scan(count: frame.count, selection: frame.selection, condition: nil), range) {
                return d
            }
            let agg = Aggregation(self)
            if aggregates.count == 1 {
                let (v, skipped) = try agg.whole(frame, aggregates[0])
                return .scalar(v, skipped: skipped)
            }
            return .table(try agg.oneRow(frame, aggregates))
        case .sort(let keys, let limit):
            if let d = try scanned(step, frame, Scan(count: frame.count, selection: frame.selection, condition: nil), range) {
                return d
            }
            return .table(try sort(frame, keys, limit: limit))
        case .limit(let count, let offset):
            var f = frame
            let rows = frame.rows
            let from = min(offset, rows.count)
            f.selection = Array(rows[from..<(from + min(count, rows.count - from))])
            return .table(f)
        case .select(let items):
            var columns: [Frame.Column] = []
            for item in items {
                let v = try eval(item.expr, frame)
                columns.append(Frame.Column(name: item.name, alias: nil, hidden: item.hidden,
                                            data: v.column(count: frame.count, type: item.expr.type)))
            }
            return .table(Frame(columns: columns, storageCount: frame.count))
        case .pivot(let keys, let field, let aggregate):
            return .table(try pivot(frame, keys: keys, field: field, aggregate: aggregate, range))
        }
    }

    func filter(_ frame: Frame, _ predicate: TExpr) throws(RuntimeError) -> Frame {
        var f = frame
        switch try condition(predicate, frame) {
        case .constant(true):
            return frame
        case .constant(false):
            f.selection = []
        case let c:
            f.selection = Scan(count: frame.count, selection: frame.selection, condition: c).rows()
        }
        return f
    }

    /// `e` as a ``RowCondition`` over the frame's rows: comparisons of a column with a constant read the
    /// column's codes or significands block by block; `and`/`or` combine; anything else is evaluated as
    /// before and read as a mask.
    func condition(_ e: TExpr, _ frame: Frame) throws(RuntimeError) -> RowCondition {
        switch e.kind {
        case .and(let l, let r):
            return .all([try condition(l, frame), try condition(r, frame)])
        case .or(let l, let r):
            return .any([try condition(l, frame), try condition(r, frame)])
        case .compare(let op, let l, let r):
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
                var values: [Vec] = []
                for item in items {
                    let v = try eval(item, frame)
                    values.append(v)
                    guard case .constant(.text(let s)) = v else { constant = false; continue }
                    if let k = c.code(of: s) { codes.insert(k) }
                }
                if constant { return .codes(c.storage, CodeTest(codes, negated: negated, storage: c.storage)) }
            }
        default:
            break
        }
        return try mask(try eval(e, frame), e)
    }

    /// A comparison of column `l` with a constant `vr`, as a condition on the column's
    /// storage; nil when it is not of that form.
    func columnCondition(_ op: BinaryOperator, _ l: TExpr, _ vr: Vec, _ frame: Frame) -> RowCondition? {
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
    func mask(_ v: Vec, _ e: TExpr) throws(RuntimeError) -> RowCondition {
        switch v {
        case .bool(let b): return .evaluated(b)
        case .constant(.bool(let b)): return .constant(b)
        case .constant: return .constant(false)
        default: throw fail("'where' needs a condition", e.range)
        }
    }

    func sort(_ frame: Frame, _ keys: [(expr: TExpr, descending: Bool)], limit: Int?) throws(RuntimeError) -> Frame {
        var vecs: [(Vec, Bool)] = []
        for k in keys { vecs.append((try eval(k.expr, frame), k.descending)) }
        let n = frame.count
        var f = frame
        let rows = frame.rows
        // Fast path: one numeric key of one unit compares machine integers (a column is read in place by
        // `scanned`; this is a computed key, one value per position).
        if vecs.count == 1, case .number(let c) = vecs[0].0, c.isUniform {
            let order = sortedRows(Scan(count: n, selection: nil, condition: nil), c, descending: vecs[0].1, limit: limit)
            f.selection = order.map { rows[Int($0)] }
            return f
        }
        let less: (Int, Int) -> Bool
        // A comparison sort cannot throw: once the run should stop, every comparison answers at once and
        // the checkpoint after the sort ends the run.
        var comparisons = 0, stopped = false
        do {
            less = { a, b in
                comparisons &+= 1
                if comparisons & 0xFFF == 0, !stopped { stopped = self.shouldStop }
                if stopped { return false }
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
        try checkpoint()
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
            if case .number(var c) = vx, c.exact == nil, !c.values.contains(Int64.min) {
                c = NumberColumn(values: c.values.map { 0 - $0 }, scale: c.scale, units: c.units,
                                 unitCodes: c.unitCodes, present: c.present)
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
            return try map(frame.count, .bool, [vl, vr]) { v throws(RuntimeError) in
                guard case .text(let s) = v[0], case .text(let p) = v[1] else {
                    if v[0].isMissing || v[1].isMissing { return .missing }
                    return .bool(v[0].description.contains(v[1].description))
                }
                switch op {
                case .contains: return .bool(s.contains(p))
                case .like: return .bool(Self.like(Array(s), Array(p)))
                default:
                    guard let hit = try self.matcher(p, r.range).matches(s, stop: { self.shouldStop }) else {
                        try self.checkpoint(e.range)
                        return .missing
                    }
                    return .bool(hit)
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
                return .bool(Self.codeMask(c, CodeTest(codes, negated: negated, storage: c.storage)))
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
                    var code: ErrorCode?
                    if case .host = f.implementation { code = .hostFunction }
                    if case .message(let m) = error { throw self.fail(m, e.range, code: code) }
                    throw self.fail("\(f.name) failed", e.range)
                }
            }
        }
    }

    /// The source text at `range`, quoted, shortened to its ends when long.
    func quoted(_ range: SourceRange) -> String {
        let bytes = context.file.bytes
        let s = min(max(0, range.start), bytes.count), e = min(max(s, range.end), bytes.count)
        let text = String(decoding: bytes[s..<e], as: UTF8.self)
        return text.count <= 60 ? "'\(text)'" : "'\(text.prefix(28)) … \(text.suffix(28))'"
    }

    func arithmeticFailure(_ error: Arithmetic.Failure, _ range: SourceRange) -> RuntimeError {
        switch error {
        case .divisionByZero: return fail("division by zero", range)
        case .overflow: return fail("number too large for exact arithmetic (38 digits) in \(quoted(range))", range)
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
            try checkpoint(every: i)
        }
        if b.overflowed { throw fail("a column cannot hold more than 65,535 different units", SourceRange(0, 0)) }
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
            return .bool(Self.codeMask(c, .one(c.code(of: s), negated: op == .notEqual)))
        }
        if case .constant = l, case .text = r, let flipped = op.flipped {
            return try compare(flipped, r, l, count, range)
        }
        // Fast path: a one-unit number column against a constant compares scaled integers.
        if case .number(let c) = l, c.isUniform, case .constant(.number(let q)) = r,
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
        var condition = RowCondition.constant(false)
        if case .constant(let b) = bound {
            condition = .constant(b)
        } else if let (lo, hi, negated) = bound.interval {
            condition = .range(c.storage, lo: lo, hi: hi, negated: negated, present: nil)
        }
        return BoolColumn(values: condition.values(count: c.count), present: c.present)
    }

    /// The rows of a text column whose code passes `test`, as a boolean column: missing where the text is.
    static func codeMask(_ c: TextColumn, _ test: CodeTest) -> BoolColumn {
        let values = RowCondition.codes(c.storage, test).values(count: c.count)
        let present = RowCondition.codes(c.storage, .one(nil, negated: true)).values(count: c.count)
        return BoolColumn(values: values, present: present.contains(false) ? present : nil)
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
