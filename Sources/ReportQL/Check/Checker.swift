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
    private(set) var parameterUses: [QueryParameter] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var depth = 0
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
            plan = Plan(statement: .check, source: .scalar(TExpr(.constant(.missing), .any, statement.range)),
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
            if case .text(let t) = c.data, t.dictionary.count <= 4096 { known = t.dictionary }
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
                    presentation: Presentation(chart: p.chart), range: p.range)
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
                return Head(source: .scalar(TExpr(.binding(w), t, p.head.range)), scalar: t)
            } else {
                let help = suggestion(for: w, among: collectionNames).map { "did you mean '\($0)'?" }
                error("unknown collection '\(w)'", p.head.range,
                      help: help ?? "the collections are: \(environment.catalog.outline.map(\.shape.name).joined(separator: ", "))")
                return Head(source: .scalar(TExpr(.constant(.missing), .any, p.head.range)), scalar: .any)
            }
        case .subquery(let inner) where !inner.clauses.isEmpty || isTableHead(inner.head):
            let plan = checkPipeline(inner, statement: .query)
            switch plan.resultType {
            case .table(let cols):
                return Head(source: .plan(plan), shape: cols, tableName: "the query")
            case .scalar(let t):
                return Head(source: .scalar(TExpr(.subquery(plan), t, p.head.range)), scalar: t)
            case .none:
                return Head(source: .scalar(TExpr(.constant(.missing), .any, p.head.range)), scalar: .any)
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
        switch clause.kind {
        case .filter(let e):
            let te = checkExpr(e, cols, tableName: tableName)
            requireBool(te, "'where'")
            steps.append(.filter(te))
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
        }
    }

    /// `by keys aggregates`: the step and the shape of its groups.
    mutating func checkGroup(_ keys: [Projection], _ aggregates: [Aggregate], _ range: SourceRange,
                             _ cols: [ShapeColumn], tableName: String) -> (Step, [ShapeColumn]) {
        var out: [ShapeColumn] = []
        var tkeys: [(name: String, expr: TExpr)] = []
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
            taggs = [TAggregate(function: .count, argument: nil, distinct: false, name: "count",
                                type: .number(.ratio), range: range)]
        }
        out += taggs.map { ShapeColumn(name: $0.name, alias: nil, type: $0.type, hidden: false, unit: $0.unit) }
        return (.group(keys: tkeys, aggregates: taggs), out)
    }

    /// `select projections`: the step and the shape it gives.
    mutating func checkSelect(_ projections: [Projection], _ cols: [ShapeColumn],
                              tableName: String) -> (Step, [ShapeColumn]) {
        var out: [ShapeColumn] = []
        var items: [(name: String, expr: TExpr, hidden: Bool)] = []
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

    mutating func requireBool(_ e: TExpr, _ context: String) {
        switch e.type {
        case .bool, .any: break
        default: error("\(context) needs a condition (true or false), but this is \(e.type)", e.range)
        }
    }

    mutating func checkAggregate(_ a: Aggregate, _ cols: [ShapeColumn], tableName: String) -> TAggregate {
        let name = a.alias?.text ?? sourceText(a.range).split(separator: " ", omittingEmptySubsequences: true)
            .joined(separator: " ")
        guard let arg = a.argument else {
            return TAggregate(function: a.function, argument: nil, distinct: a.distinct, name: name,
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
        return TAggregate(function: a.function, argument: te, distinct: a.distinct, name: name, type: type, range: a.range,
                          unit: a.function == .count ? .plain : te.unit)
    }

    // MARK: Expressions

    func placeholder(_ range: SourceRange) -> TExpr { TExpr(.constant(.missing), .any, range) }

    /// Whether `e` is a bare word that answers to no column or binding (so it may be text).
    func isFreeWord(_ e: Expr, _ cols: [ShapeColumn]?) -> Bool {
        guard case .word(let w) = e.kind else { return false }
        if cols?.contains(where: { $0.answers(to: w) }) ?? false { return false }
        if let b = bindings[w], case .scalar = b.type { return false }
        return true
    }

    mutating func checkExpr(_ e: Expr, _ cols: [ShapeColumn]?, tableName: String, textOK: Bool = false) -> TExpr {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            if depth == Self.maxDepth + 1 { error("expression nested too deeply (limit \(Self.maxDepth))", e.range) }
            return placeholder(e.range)
        }
        switch e.kind {
        case .number(let v, let unitText):
            guard let unit = Unit.named(unitText) else {
                error("unknown unit '\(unitText)'", e.range)
                return placeholder(e.range)
            }
            return TExpr(.constant(.number(Quantity(v, unit))), .number(unit.dimension), e.range, unit: unit)
        case .text(let s):
            return TExpr(.constant(.text(s)), .text, e.range)
        case .bool(let b):
            return TExpr(.constant(.bool(b)), .bool, e.range)
        case .missing:
            return TExpr(.constant(.missing), .any, e.range)
        case .word(let w):
            return resolveWord(w, e.range, cols, tableName: tableName, textOK: textOK)
        case .parameter(let name):
            if !parameterUses.contains(where: { $0.name == name }) {
                parameterUses.append(QueryParameter(name: name, type: parameterTypes[name] ?? .any))
            }
            return TExpr(.parameter(name), parameterTypes[name] ?? .any, e.range)
        case .negate(let x):
            let tx = checkExpr(x, cols, tableName: tableName)
            switch tx.type {
            case .number, .any: break
            default: error("'-' needs a number, but this is \(tx.type)", x.range)
            }
            return TExpr(.negate(tx), tx.type, e.range, unit: tx.unit)
        case .not(let x):
            let tx = checkExpr(x, cols, tableName: tableName)
            requireBool(tx, "'not'")
            return TExpr(.not(tx), .bool, e.range)
        case .binary(let op, let l, let r):
            return checkBinary(op, l, r, e.range, cols, tableName: tableName)
        case .inList(let x, let items, let negated):
            let freeLeft = isFreeWord(x, cols) && !items.allSatisfy { isFreeWord($0, cols) }
            let tx = checkExpr(x, cols, tableName: tableName, textOK: freeLeft)
            var titems: [TExpr] = []
            for item in items {
                let ti = adoptUnit(checkExpr(item, cols, tableName: tableName, textOK: true), from: tx, cols)
                checkComparable(tx, ti, "compare", e.range)
                checkKnownValue(tx, ti, cols)
                titems.append(ti)
            }
            return TExpr(.inList(tx, titems, negated: negated), .bool, e.range)
        case .convert(let x, let unitName):
            let tx = checkExpr(x, cols, tableName: tableName)
            guard let unit = Unit.named(unitName.text) else {
                error("unknown unit '\(unitName.text)'", unitName.range)
                return placeholder(e.range)
            }
            switch tx.type {
            case .number(let d?) where d != unit.dimension:
                error("cannot convert \(d) to \(unitName.text) (\(unit.dimension))", e.range)
            case .number, .any: break
            default: error("'in \(unitName.text)' converts numbers, but this is \(tx.type)", x.range)
            }
            return TExpr(.convert(tx, unit), .number(unit.dimension), e.range, unit: unit)
        case .isMissing(let x, let negated):
            let tx = checkExpr(x, cols, tableName: tableName)
            return TExpr(.isMissing(tx, negated: negated), .bool, e.range)
        case .call(let name, let args):
            return checkCall(name, args, e.range, cols, tableName: tableName)
        case .subquery(let p):
            if p.clauses.isEmpty && !isTableHead(p.head) {
                return checkExpr(p.head, cols, tableName: tableName, textOK: textOK)
            }
            let plan = checkPipeline(p, statement: .query)
            switch plan.resultType {
            case .scalar(let t):
                return TExpr(.subquery(plan), t, e.range)
            default:
                error("a query inside an expression must give one value; end it with an aggregate such as 'sum total'",
                      e.range)
                return placeholder(e.range)
            }
        }
    }

    mutating func resolveWord(_ w: String, _ range: SourceRange, _ cols: [ShapeColumn]?, tableName: String,
                              textOK: Bool) -> TExpr {
        if let cols, let i = cols.firstIndex(where: { $0.answers(to: w) }) {
            return TExpr(.column(i), cols[i].type, range, unit: cols[i].unit)
        }
        if let b = bindings[w], case .scalar(let t) = b.type {
            return TExpr(.binding(w), t, range)
        }
        if textOK {
            return TExpr(.constant(.text(w)), .text, range)
        }
        if let cols {
            let names = cols.flatMap { [$0.name] + ($0.alias.map { [$0] } ?? []) }
            let help = suggestion(for: w, among: names).map { "did you mean '\($0)'?" }
                ?? "the fields are: \(cols.filter { !$0.hidden }.map(\.name).joined(separator: ", "))"
            error("unknown field '\(w)'\(tableName.isEmpty ? "" : " in \(tableName)")", range, help: help)
        } else {
            let names = bindings.keys.sorted() + collectionNames
            let help = suggestion(for: w, among: names).map { "did you mean '\($0)'?" }
                ?? "write text in quotes: '\(w)'"
            error("unknown name '\(w)'", range, help: help)
        }
        return placeholder(range)
    }

    mutating func checkBinary(_ op: BinaryOperator, _ l: Expr, _ r: Expr, _ range: SourceRange,
                              _ cols: [ShapeColumn]?, tableName: String) -> TExpr {
        switch op {
        case .and, .or:
            let tl = checkExpr(l, cols, tableName: tableName), tr = checkExpr(r, cols, tableName: tableName)
            requireBool(tl, "'\(op.rawValue)'")
            requireBool(tr, "'\(op.rawValue)'")
            return TExpr(op == .and ? .and(tl, tr) : .or(tl, tr), .bool, range)
        case .add, .subtract, .multiply, .divide:
            let tl = checkExpr(l, cols, tableName: tableName), tr = checkExpr(r, cols, tableName: tableName)
            for t in [tl, tr] {
                switch t.type {
                case .number, .any: break
                default:
                    error("'\(op.rawValue)' needs numbers, but this is \(t.type)", t.range,
                          help: t.type == .text && op == .add ? "join text with concat(a, b)" : nil)
                }
            }
            var type = ValueType.number(nil)
            let unit = Self.resultUnit(op, tl.unit, tr.unit)
            checkVaryingDimension(op, tl, tr, cols)
            if case .number(let a) = tl.type, case .number(let b) = tr.type {
                switch Arithmetic.resultDimension(op, a, b) {
                case .success(let d):
                    type = .number(d)
                    // % − % is a difference in 百分点; whether a ratio column holds percentages is known per row.
                    if op == .subtract, a == .ratio, b == .ratio {
                        type = isPercentConstant(tl) && isPercentConstant(tr) ? .number(.points)
                            : (isConstant(tl) && isConstant(tr) ? .number(.ratio) : .number(nil))
                    }
                case .failure(let f):
                    if case .mismatch(let m) = f { error(m, range) }
                }
                // Where both units are known the result's is too: % − % is 百分点, 亿元 × 2 is 亿元.
                if let unit { type = .number(unit.dimension) }
                // A value divided by itself is a plain ratio whatever its unit.
                if op == .divide, a == nil, b == nil, sourceText(l.range) == sourceText(r.range) { type = .number(.ratio) }
            }
            return TExpr(.arithmetic(op, tl, tr), type, range, unit: unit)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            let freeLeft = isFreeWord(l, cols) && !isFreeWord(r, cols)
            var tl = checkExpr(l, cols, tableName: tableName, textOK: freeLeft)
            var tr = checkExpr(r, cols, tableName: tableName, textOK: true)
            // A number written without a unit, compared with a column of one unit, is in that unit:
            // `total > 100` is `total > 100亿元`, `growth > 5` is `growth > 5%`.
            tr = adoptUnit(tr, from: tl, cols)
            tl = adoptUnit(tl, from: tr, cols)
            checkMissingComparison(op, l, r, range)
            inferParameter(tr, from: tl, cols)
            inferParameter(tl, from: tr, cols)
            checkComparable(tl, tr, "compare", range)
            if op == .equal || op == .notEqual {
                checkKnownValue(tl, tr, cols)
                checkKnownValue(tr, tl, cols)
            }
            return TExpr(.compare(op, tl, tr), .bool, range)
        case .contains, .like, .matches:
            let tl = checkExpr(l, cols, tableName: tableName)
            let tr = checkExpr(r, cols, tableName: tableName, textOK: true)
            if case .number = tl.type { error("'\(op.rawValue)' needs text, but this is \(tl.type)", tl.range) }
            if op == .matches, case .constant(.text(let pattern)) = tr.kind {
                do { _ = try TextPattern(pattern) } catch {
                    self.error(TextPattern.describe(error, pattern: pattern), TextPattern.place(error, pattern: pattern, in: tr.range, file))
                }
            }
            return TExpr(.textMatch(op, tl, tr), .bool, range)
        }
    }

    /// A parameter compared with a column takes what a literal would: the column's one unit (a bare number
    /// passed for it is in that unit) and, when the host declared no type, the column's type.
    mutating func inferParameter(_ e: TExpr, from other: TExpr, _ cols: [ShapeColumn]?) {
        guard case .parameter(let name) = e.kind, case .column(let i) = other.kind, let cols, i < cols.count,
              let k = parameterUses.firstIndex(where: { $0.name == name }) else { return }
        if case .any = parameterUses[k].type { parameterUses[k].type = cols[i].type }
        if parameterUses[k].unit == nil, let unit = cols[i].unit,
           case .number(let d) = parameterUses[k].type, d == nil || d == unit.dimension {
            parameterUses[k].unit = unit
        }
    }

    func isPercentConstant(_ e: TExpr) -> Bool {
        if case .constant(.number(let q)) = e.kind { return q.unit == .percent }
        return false
    }

    func isConstant(_ e: TExpr) -> Bool {
        if case .constant = e.kind { return true }
        return false
    }

    mutating func checkComparable(_ a: TExpr, _ b: TExpr, _ verb: String, _ range: SourceRange) {
        switch (a.type, b.type) {
        case (.any, _), (_, .any): return
        case (.number(let x), .number(let y)):
            if let x, let y, x != y, !(x == .ratio && y == .ratio) {
                error("cannot \(verb) \(x) with \(y)", range)
            }
        case (.text, .text), (.bool, .bool): return
        default:
            error("cannot \(verb) \(a.type) with \(b.type)", range,
                  help: b.type == .text ? "is a unit missing from the number, or a field name misspelt?" : nil)
        }
    }

    /// `sector = 工亚`: a text constant no row of a known-valued field holds, with a close known value.
    mutating func checkKnownValue(_ field: TExpr, _ value: TExpr, _ cols: [ShapeColumn]?) {
        guard case .column(let i) = field.kind, let cols, let known = cols[i].knownValues,
              case .constant(.text(let s)) = value.kind, !known.contains(s) else { return }
        if let close = suggestion(for: s, among: known) {
            error("no row has \(cols[i].name) = '\(s)'", value.range, help: "did you mean '\(close)'?")
        }
    }

    mutating func checkCall(_ name: Name, _ args: [Expr], _ range: SourceRange, _ cols: [ShapeColumn]?,
                            tableName: String) -> TExpr {
        let targs = args.map { checkExpr($0, cols, tableName: tableName, textOK: true) }
        if let host = environment.functions[name.text] {
            if host.parameters.count != targs.count {
                error("\(name.text) takes \(host.parameters.count) argument\(host.parameters.count == 1 ? "" : "s"), not \(targs.count)", range)
            } else {
                for (p, a) in zip(host.parameters, targs) where !ValueType.accepts(p, a.type) {
                    error("\(name.text) expects \(p) here, but this is \(a.type)", a.range)
                }
            }
            return TExpr(.call(Builtin(name: name.text, implementation: .host(host)), targs), host.result, range)
        }
        guard let f = Builtin.standard(named: name.text) else {
            let all = Builtin.allNames + environment.functions.keys.sorted()
            let help = suggestion(for: name.text, among: all).map { "did you mean '\($0)'?" }
            error("unknown function '\(name.text)'", name.range, help: help)
            return placeholder(range)
        }
        let builtin = Builtin(name: f.rawValue, implementation: .standard(f))
        func arity(_ lo: Int, _ hi: Int) -> Bool {
            if targs.count < lo || targs.count > hi {
                let want = lo == hi ? "\(lo)" : "\(lo) to \(hi)"
                error("\(f.rawValue) takes \(want) argument\(hi == 1 ? "" : "s"), not \(targs.count)", range)
                return false
            }
            return true
        }
        func number(_ i: Int) {
            guard i < targs.count else { return }
            switch targs[i].type {
            case .number, .any: break
            default: error("\(f.rawValue) expects a number here, but this is \(targs[i].type)", targs[i].range)
            }
        }
        var type = ValueType.any
        var unit: Unit?
        switch f {
        case .round, .floor, .ceil:
            if arity(1, 2) { number(0); number(1) }
            type = targs.first?.type ?? .any
            unit = targs.first?.unit
        case .abs:
            if arity(1, 1) { number(0) }
            type = targs.first?.type ?? .any
            unit = targs.first?.unit
        case .coalesce:
            _ = arity(1, 64)
            type = targs.first { $0.type != .any }?.type ?? .any
        case .length:
            _ = arity(1, 1)
            type = .number(.ratio)
        case .concat:
            _ = arity(1, 64)
            type = .text
        case .substr:
            if arity(2, 3) { number(1); number(2) }
            type = .text
        case .lower, .upper, .unit:
            _ = arity(1, 1)
            type = .text
        case .number:
            if arity(1, 1) { number(0) }
            type = .number(.ratio)
        case .share, .growth:
            if arity(2, 2) {
                number(0)
                number(1)
                if case .number(let a?) = targs[0].type, case .number(let b?) = targs[1].type, a != b {
                    error("\(f.rawValue) compares quantities of one dimension, not \(a) and \(b)", range)
                }
            }
            type = .number(.ratio)
        case .if:
            if arity(3, 3) { requireBool(targs[0], "if") }
            type = targs.count > 1 ? targs[1].type : .any
            if targs.count == 3, targs[1].unit == targs[2].unit { unit = targs[1].unit }
        case .startswith, .endswith:
            _ = arity(2, 2)
            type = .bool
        }
        return TExpr(.call(builtin, targs), type, range, unit: unit)
    }
}

extension ValueType {
    /// Whether a parameter declared `declared` accepts a value of type `actual`.
    static func accepts(_ declared: ValueType, _ actual: ValueType) -> Bool {
        switch (declared, actual) {
        case (.any, _), (_, .any): return true
        case (.number(let a), .number(let b)): return a == nil || b == nil || a == b
        case (.text, .text), (.bool, .bool): return true
        default: return false
        }
    }
}
