import ReportModel

/// Turns a parsed statement into a ``Plan``: resolves collection, field, binding and function names, works out
/// every expression's type and unit, and reports every problem of the statement (not only the first), each
/// with its range and, where one exists, what was probably meant.
struct Checker {
    let environment: Environment
    let bindings: [String: Binding]
    let file: SourceFile
    /// Declared parameter types (hosts may declare them; undeclared parameters are `.any`).
    var parameterTypes: [String: ValueType] = [:]
    /// Every `$name` the statement uses, in order of first use, with its type and unit (``QueryParameter``).
    var parameterUses: [QueryParameter] = []
    private(set) var diagnostics: [Diagnostic] = []
    var depth = 0
    static let maxDepth = 200

    init(environment: Environment, bindings: [String: Binding], file: SourceFile) {
        self.environment = environment
        self.bindings = bindings
        self.file = file
    }

    mutating func check(_ statement: Statement) throws(CompileErrors) -> Plan {
        let plan: Plan
        switch statement.kind {
        case .letBinding(let name, let value):
            if environment.catalog.contains(name.text) {
                error("'\(name.text)' is the name of a collection; choose another name for the binding", name.range)
            }
            plan = checkPipeline(value, statement: .letBinding(name.text))
        case .source(let p):
            plan = checkPipeline(p, statement: .source)
            if case .scalar = plan.source {
                error("'source' needs a query over a collection, such as 'source projects where sector = 工业'", p.range)
            }
        case .check:
            plan = Plan(statement: .check, source: .scalar(TypedExpr(.constant(.missing), .any, statement.range)),
                        steps: [], resultType: .none, presentation: Presentation(), range: statement.range)
        case .pipeline(let p):
            plan = checkPipeline(p, statement: .query)
        }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw CompileErrors(diagnostics, in: file)
        }
        return plan
    }

    mutating func error(_ message: String, _ range: SourceRange, help: String? = nil) {
        diagnostics.append(Diagnostic(message, at: range, help: help))
    }

    func sourceText(_ range: SourceRange) -> String {
        let bytes = file.bytes
        let s = min(max(0, range.start), bytes.count), e = min(max(s, range.end), bytes.count)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }

    // MARK: Pipelines

    /// The shape of a catalog table: its columns, those a plain listing leaves out hidden (``Catalog/unlisted(_:)``).
    func shape(of table: Table) -> [ShapeColumn] {
        let unlisted = environment.catalog.unlisted(table)
        return table.columns.map { c in
            var known: [String]?
            if case .text(let t) = c.data, t.distinct <= 4096 { known = t.bytes.strings }
            let hidden = unlisted.contains(c.name)
            var unit: Unit?
            if case .number(let n) = c.data, n.units.count == 1 { unit = n.units[0] }
            return ShapeColumn(name: c.name, alias: c.alias, type: ValueType(c.type), hidden: hidden, knownValues: known,
                               unit: unit)
        }
    }

    var collectionNames: [String] {
        environment.catalog.collectionNames + bindings.keys.sorted()
    }

    /// What a pipeline's head gives: a table (with its shape and the name errors call it by) or a single value.
    struct Head {
        var source: PlanSource
        var shape: [ShapeColumn]?
        var scalar: ValueType?
        var tableName = ""
        /// A `pivot` ran: the columns after the row keys are known only at run time.
        var pivoted = false
    }

    mutating func checkPipeline(_ p: Pipeline, statement: Plan.Statement) -> Plan {
        var head = checkHead(p)
        var steps: [Step] = []
        var skipNext = false
        // After an unknown collection, the clauses cannot be checked: say nothing more about them.
        let poisoned = diagnostics.contains { $0.range == p.head.range }
        for (k, clause) in p.clauses.enumerated() where !poisoned {
            if skipNext { skipNext = false; continue }
            guard let cols = head.shape else {
                error("'\(clauseKeyword(clause))' needs a table, but the pipeline is a single value here", clause.range)
                continue
            }
            let next = k + 1 < p.clauses.count ? p.clauses[k + 1] : nil
            checkClause(clause, next: next, cols, &head, &steps, skipNext: &skipNext)
        }

        let resultType: ResultType = head.shape.map { .table($0) } ?? .scalar(head.scalar ?? .any)
        if p.chart, case .scalar = resultType {
            error("'chart' draws a table of groups; this query gives a single value", p.range)
        }
        return Plan(statement: statement, source: head.source, steps: steps, resultType: resultType,
                    presentation: Presentation(chart: p.chart, series: head.pivoted, style: p.chartStyle), range: p.range)
    }

    /// The head of a pipeline: a collection, a `let` name, a subquery or an expression.
    mutating func checkHead(_ p: Pipeline) -> Head {
        switch p.head.kind {
        case .word(let w):
            if let t = environment.catalog.table(w) {
                return Head(source: .collection(t.name), shape: shape(of: t), tableName: t.name)
            } else if let b = bindings[w], case .table(let cols) = b.type {
                return Head(source: .binding(w), shape: cols, tableName: w)
            } else if let b = bindings[w], case .scalar(let t) = b.type {
                return Head(source: .scalar(TypedExpr(.binding(w), t, p.head.range)), scalar: t)
            } else {
                let help = didYouMean(for: w, among: collectionNames)
                error("unknown collection '\(w)'", p.head.range,
                      help: help ?? "the collections are: \(environment.catalog.outline.map(\.shape.name).joined(separator: ", "))")
                return Head(source: .scalar(TypedExpr(.constant(.missing), .any, p.head.range)), scalar: .any)
            }
        case .subquery(let inner) where !inner.clauses.isEmpty || isTableHead(inner.head):
            let plan = checkPipeline(inner, statement: .query)
            switch plan.resultType {
            case .table(let cols):
                return Head(source: .plan(plan), shape: cols, tableName: "the query", pivoted: plan.presentation.series)
            case .scalar(let t):
                return Head(source: .scalar(TypedExpr(.subquery(plan), t, p.head.range)), scalar: t)
            case .none:
                return Head(source: .scalar(TypedExpr(.constant(.missing), .any, p.head.range)), scalar: .any)
            }
        default:
            let e = checkExpr(p.head, nil, tableName: "")
            return Head(source: .scalar(e), scalar: e.type)
        }
    }

    /// One clause over a table of shape `cols`: appends its step and updates the shape. A `sort` followed by
    /// `top` or `limit` takes the limit into its step and sets `skipNext`.
    mutating func checkClause(_ clause: Clause, next: Clause?, _ cols: [ShapeColumn], _ head: inout Head,
                              _ steps: inout [Step], skipNext: inout Bool) {
        let tableName = head.tableName
        if head.pivoted { Self.afterPivot(clause, &head) }
        switch clause.kind {
        case .filter(let e):
            let te = checkExpr(e, cols, tableName: tableName)
            requireBool(te, "'where'")
            steps.append(.filter(te))
        case .group(let keys, let aggregates) where aggregates.isEmpty && next.map(Self.isPivot) == true:
            // `by KEYS pivot FIELD AGGREGATE`: the keys are the pivot's rows (Checker+Pivot.swift).
            if let next, case .pivot(let field, let aggregate) = next.kind {
                checkPivot(keys: keys, field, aggregate, clause.range.union(next.range), cols, &head, &steps)
            }
            skipNext = true
        case .pivot(let field, let aggregate):
            checkPivot(keys: nil, field, aggregate, clause.range, cols, &head, &steps)
        case .group(let keys, let aggregates):
            let (step, out) = checkGroup(keys, aggregates, clause.range, cols, tableName: tableName)
            steps.append(step)
            head.shape = out
        case .aggregate(let aggregates):
            let taggs = aggregates.map { checkAggregate($0, cols, tableName: tableName) }
            steps.append(.aggregate(taggs))
            if taggs.count == 1 {
                head.shape = nil
                head.scalar = taggs[0].type
            } else {
                head.shape = taggs.map { ShapeColumn(name: $0.name, alias: nil, type: $0.type, hidden: false, unit: $0.unit) }
            }
        case .sort(let keys):
            let tkeys = keys.map { (expr: checkExpr($0.expr, cols, tableName: tableName), descending: $0.descending) }
            for key in tkeys { checkSortKey(key.expr, cols) }
            var limit: Int?
            switch next?.kind {
            case .top(let n)?:
                limit = constantCount(n)
                skipNext = true
            case .limit(let n, nil)?:
                limit = constantCount(n)
                skipNext = true
            default: break
            }
            steps.append(.sort(keys: tkeys, limit: limit))
        case .top(let n):
            steps.append(.limit(count: constantCount(n) ?? 0, offset: 0))
        case .limit(let n, let offset):
            steps.append(.limit(count: constantCount(n) ?? 0, offset: offset.flatMap { constantCount($0) } ?? 0))
        case .select(let projections):
            let (step, out) = checkSelect(projections, cols, tableName: tableName)
            steps.append(step)
            head.shape = out
        case .join(let join):
            let (step, out) = checkJoin(join, clause.range, cols, head)
            steps.append(step)
            head.shape = out
            head.tableName = "the join"
        case .window(let window):
            let (step, out) = checkWindow(window, clause.range, cols, tableName: tableName)
            steps.append(step)
            head.shape = out
        }
    }

    /// `by keys aggregates`: the step and the shape of its groups.
    mutating func checkGroup(_ keys: [Projection], _ aggregates: [Aggregate], _ range: SourceRange,
                             _ cols: [ShapeColumn], tableName: String) -> (Step, [ShapeColumn]) {
        var out: [ShapeColumn] = []
        var tkeys: [(name: String, expr: TypedExpr)] = []
        for key in keys {
            let te = checkExpr(key.expr, cols, tableName: tableName)
            let name = key.alias?.text ?? defaultName(key.expr)
            var known: [String]?
            if case .column(let i) = te.kind { known = cols[i].knownValues }
            tkeys.append((name, te))
            out.append(ShapeColumn(name: name, alias: nil, type: te.type, hidden: false, knownValues: known,
                                   unit: te.unit))
        }
        var taggs = aggregates.map { checkAggregate($0, cols, tableName: tableName) }
        if taggs.isEmpty {
            taggs = [TypedAggregate(function: .count, argument: nil, distinct: false, name: "count",
                                type: .number(.ratio), range: range)]
        }
        out += taggs.map { ShapeColumn(name: $0.name, alias: nil, type: $0.type, hidden: false, unit: $0.unit) }
        return (.group(keys: tkeys, aggregates: taggs), out)
    }

    /// `select projections`: the step and the shape it gives.
    mutating func checkSelect(_ projections: [Projection], _ cols: [ShapeColumn],
                              tableName: String) -> (Step, [ShapeColumn]) {
        var out: [ShapeColumn] = []
        var items: [(name: String, expr: TypedExpr, hidden: Bool)] = []
        for proj in projections {
            let te = checkExpr(proj.expr, cols, tableName: tableName)
            var name = proj.alias?.text ?? defaultName(proj.expr)
            var alias: String?
            var known: [String]?
            if case .column(let i) = te.kind {
                known = cols[i].knownValues
                if proj.alias == nil { name = cols[i].name; alias = cols[i].alias }
                if proj.alias == nil, case .word(let w) = proj.expr.kind, w == cols[i].alias { name = w; alias = nil }
            }
            items.append((name, te, false))
            out.append(ShapeColumn(name: name, alias: alias, type: te.type, hidden: false, knownValues: known,
                                   unit: te.unit))
        }
        return (.select(items), out)
    }

    func isTableHead(_ e: Expr) -> Bool {
        if case .word(let w) = e.kind {
            if environment.catalog.contains(w) { return true }
            if let b = bindings[w], case .table = b.type { return true }
        }
        if case .subquery(let p) = e.kind { return !p.clauses.isEmpty || isTableHead(p.head) }
        return false
    }

    func clauseKeyword(_ c: Clause) -> String {
        switch c.kind {
        case .filter: return "where"
        case .group: return "by"
        case .aggregate: return "aggregate"
        case .sort: return "sort"
        case .top: return "top"
        case .limit: return "limit"
        case .select: return "select"
        case .join: return "join"
        case .window: return "within"
        case .pivot: return "pivot"
        }
    }

    /// The name an unnamed output column gets: a bare word as written, else the expression's source text.
    func defaultName(_ e: Expr) -> String {
        if case .word(let w) = e.kind { return w }
        return sourceText(e.range)
    }

    /// A `top`/`limit` count: a whole, non-negative constant.
    mutating func constantCount(_ e: Expr) -> Int? {
        if case .number(let v, let unit) = e.kind, unit.isEmpty {
            let n = v.normalized
            if n.scale == 0, n.significand >= 0, let i = Int(exactly: n.significand) { return i }
        }
        error("expected a whole number of rows", e.range)
        return nil
    }

    mutating func requireBool(_ e: TypedExpr, _ context: String) {
        switch e.type {
        case .bool, .any: break
        default: error("\(context) needs a condition (true or false), but this is \(e.type)", e.range)
        }
    }

    mutating func checkAggregate(_ a: Aggregate, _ cols: [ShapeColumn], tableName: String) -> TypedAggregate {
        let name = a.alias?.text ?? sourceText(a.range).split(separator: " ", omittingEmptySubsequences: true)
            .joined(separator: " ")
        guard let arg = a.argument else {
            return TypedAggregate(function: a.function, argument: nil, distinct: a.distinct, name: name,
                              type: .number(.ratio), range: a.range, unit: .plain)
        }
        let te = checkExpr(arg, cols, tableName: tableName)
        var type = te.type
        switch a.function {
        case .sum, .avg, .median:
            switch te.type {
            case .number, .any: break
            default: error("'\(a.function.rawValue)' needs numbers, but this is \(te.type)", arg.range)
            }
        case .min, .max:
            break
        case .count:
            type = .number(.ratio)
        }
        return TypedAggregate(function: a.function, argument: te, distinct: a.distinct, name: name, type: type, range: a.range,
                          unit: a.function == .count ? .plain : te.unit)
    }
}
