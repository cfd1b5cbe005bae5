import ReportModel

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

    /// Called at every check of the interrupt (``checkpoint(_:)``, ``shouldStop``) before it is read: a test
    /// counts how often a loop asks and raises the interrupt at the ask it chooses — deterministic, no timer
    /// (`Interrupt` is a final class). Nil in every real run.
    var onCheck: (() -> Void)?

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
        onCheck?()
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
        onCheck?()
        return context.environment.options.interrupt.shouldStop || deadline.map { ContinuousClock.now >= $0 } == true
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

    func run(_ plan: Plan) throws(RuntimeError) -> Evaluated {
        var datum = try source(plan.source, plan.range)
        let steps = Self.limitsPushed(plan.steps)
        var i = 0
        while i < steps.count {
            guard case .table(let frame) = datum else {
                throw fail("this step needs a table", plan.range)
            }
            // A select whose computed number a `sort … top` orders: the top k first, the select on k rows.
            if let (d, used) = try selectTop(steps, i, frame, plan.range) {
                datum = d
                i += used
                continue
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
            // A `join` runs with the steps after it: an aggregate through it, or only the columns they read.
            if case .join(let step) = steps[i] {
                try visit(frame.count, plan.range)
                let (d, ran) = try joined(frame, step, then: steps[(i + 1)...], plan.range)
                datum = d
                i += ran
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
    static func cannotFail(_ e: TypedExpr) -> Bool {
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
    func scanned(_ step: Step, _ frame: Frame, _ scan: Scan, _ range: SourceRange) throws(RuntimeError) -> Evaluated? {
        guard canScan(step, frame) else { return nil }
        // A scan stopped early left a partial answer: the checkpoint ends the run instead.
        let d = try scannedKernel(step, frame, scan, range)
        try checkpoint(range)
        return d
    }

    private func scannedKernel(_ step: Step, _ frame: Frame, _ scan: Scan, _ range: SourceRange) throws(RuntimeError) -> Evaluated? {
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
            f.selection = try sortedRows(scan, c, descending: keys[0].descending, limit: limit)
            return .table(f)
        default:
            return nil
        }
    }

    func source(_ s: PlanSource, _ range: SourceRange) throws(RuntimeError) -> Evaluated {
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
    func scalar(_ e: TypedExpr, _ frame: Frame) throws(RuntimeError) -> Value {
        let v = try eval(e, frame)
        if case .constant(let c) = v { return c }
        return v.value(at: 0)
    }

    func apply(_ step: Step, _ frame: Frame, _ range: SourceRange) throws(RuntimeError) -> Evaluated {
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
        case .join(let join):
            return .table(try self.join(frame, join))
        case .window(let window):
            return .table(try self.window(frame, window))
        case .pivot(let keys, let field, let aggregate):
            return .table(try pivot(frame, keys: keys, field: field, aggregate: aggregate, range))
        }
    }
}
