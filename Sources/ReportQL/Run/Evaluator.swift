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
        let steps = Self.limitsPushed(plan.steps)
        var i = 0
        while i < steps.count {
            guard case .table(let frame) = datum else {
                throw fail("this step needs a table", plan.range)
            }
            // A `where` followed by a step that reads its rows block by block runs as one pass: the condition
            // is never materialised. The pass counts the rows it reads against the row budget, whatever the
            // options: one code path per query.
            if case .filter(let predicate) = steps[i], i + 1 < steps.count, canScan(steps[i + 1], frame) {
                try visit(frame.count, plan.range)
                let fused = scan(frame, try condition(predicate, frame))
                if let d = try scanned(steps[i + 1], frame, fused, plan.range) {
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

    /// `steps` with a `limit` (or `top`) that follows a `sort` through row-preserving `select`s moved into
    /// the sort (`sort … select … limit k` sorts for the first k rows only: the top-k kernel). Only through
    /// selects whose items cannot fail on a row, so an error the dropped rows would raise is not hidden.
    static func limitsPushed(_ steps: [Step]) -> [Step] {
        var steps = steps
        for i in steps.indices {
            guard case .sort(let keys, let own) = steps[i] else { continue }
            var j = i + 1
            while j < steps.count, case .select(let items) = steps[j], items.allSatisfy({ cannotFail($0.expr) }) { j += 1 }
            guard j > i + 1, j < steps.count, case .limit(let count, let offset) = steps[j] else { continue }
            let (k, overflow) = count.addingReportingOverflow(offset)
            if overflow { continue }
            steps[i] = .sort(keys: keys, limit: min(own ?? k, k))
        }
        return steps
    }

    /// Whether evaluating `e` over rows cannot raise an error that depends on the rows.
    static func cannotFail(_ e: TExpr) -> Bool {
        switch e.kind {
        case .constant, .column, .parameter, .binding: return true
        default: return false
        }
    }

    /// A scan of `frame`'s rows that `condition` keeps, stopping early when the run should stop.
    func scan(_ frame: Frame, _ condition: RowCondition?) -> Scan {
        var s = Scan(count: frame.count, selection: frame.selection, condition: condition)
        s.stop = { self.shouldStop }
        return s
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
        // A scan stopped early left a partial answer: the checkpoint ends the run instead.
        let d = try scannedKernel(step, frame, scan, range)
        try checkpoint(range)
        return d
    }

    private func scannedKernel(_ step: Step, _ frame: Frame, _ scan: Scan, _ range: SourceRange) throws(RuntimeError) -> Datum? {
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
            if let d = try scanned(step, frame, scan(frame, nil), range) {
                return d
            }
            return .table(try Aggregation(self).group(frame, keys: keys, aggregates: aggregates))
        case .aggregate(let aggregates):
            if let d = try scanned(step, frame, scan(frame, nil), range) {
                return d
            }
            let agg = Aggregation(self)
            if aggregates.count == 1 {
                let (v, skipped) = try agg.whole(frame, aggregates[0])
                return .scalar(v, skipped: skipped)
            }
            return .table(try agg.oneRow(frame, aggregates))
        case .sort(let keys, let limit):
            if let d = try scanned(step, frame, scan(frame, nil), range) {
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
}
