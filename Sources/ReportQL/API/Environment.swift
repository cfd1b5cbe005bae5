/// Everything a query is compiled against: the reports and their collections, collections the host
/// registered, host functions, and options.
///
/// An environment is immutable once built and safe to share between tasks. Compile a query once with
/// ``compile(_:name:parameters:)`` and run the resulting ``Query`` as often as needed, from any task.
///
/// ```swift
/// let env = Environment()                                   // the built-in 泉港区 report
/// let q = try env.compile("projects where sector = $sector sum invest2024")
/// let r = try q.run(["sector": .text("工业")])               // .scalar(.number(181.56亿元), skipped: 0)
/// ```
public final class Environment: Sendable {
    /// The collections queries can name.
    public let catalog: Catalog
    /// The limits the host set.
    public let options: Options
    /// Functions registered by the host, by name.
    public let functions: [String: HostFunction]

    /// Limits and permissions a host sets.
    public struct Options: Sendable {
        /// A run fails with an error once it has visited this many rows (nil: no limit).
        public var rowBudget: Int?
        /// Raised by the host to stop every run of this environment: each ends with the error `interrupted`
        /// within a bounded amount of work (nil: only task cancellation, the deadline and the budget stop a run).
        public var interrupt: Interrupt?

        /// A run fails with an error (``ErrorCode/deadline``) once it has run this long (nil: no limit). It is
        /// checked where cancellation and the interrupt are, at bounded intervals inside every long loop.
        public var deadline: Duration?

        /// Options with a row budget, a deadline for each run and an interrupt the host may raise; nil, the
        /// default, sets no limit.
        public init(rowBudget: Int? = nil, deadline: Duration? = nil, interrupt: Interrupt? = nil) {
            self.rowBudget = rowBudget
            self.deadline = deadline
            self.interrupt = interrupt
        }
    }

    /// An environment over `reports` (every collection gains `region` and `year`, however many reports),
    /// plus the host's own `collections` and `functions`.
    public convenience init(reports: [Report], collections: [Table] = [], functions: [HostFunction] = [],
                            options: Options = Options()) {
        self.init(catalog: Catalog(reports: reports, extra: collections), functions: functions, options: options)
    }

    init(catalog: Catalog, functions: [HostFunction], options: Options) {
        self.catalog = catalog
        self.options = options
        var table: [String: HostFunction] = [:]
        for f in functions { table[f.name] = f }
        self.functions = table
    }

    /// The environment of the built-in 泉港区 report, with the host's collections and functions.
    public convenience init(collections: [Table] = [], functions: [HostFunction] = [], options: Options = Options()) {
        self.init(reports: [Report.builtin], collections: collections, functions: functions, options: options)
    }

    /// Parses and checks one statement. Errors come back together, each with its range and a rendered
    /// message (``CompileErrors/rendered(color:)``), the same text the command line prints.
    ///
    /// - Parameters:
    ///   - source: one ReportQL statement (a query or an expression; `let` is for scripts).
    ///   - name: the name errors give the source (`<query>`).
    ///   - parameters: the types of `$name` parameters, checked now; undeclared parameters accept any value.
    public func compile(_ source: String, name: String = "<query>",
                        parameters: [String: ValueType] = [:]) throws(CompileErrors) -> Query {
        let file = SourceFile(name: name, text: source)
        let (statements, errors) = Parser.parseScript(file)
        if !errors.isEmpty { throw CompileErrors(errors, in: file) }
        guard statements.count == 1, let statement = statements.first else {
            let range = statements.dropFirst().first?.range ?? SourceRange(0, file.bytes.count)
            throw CompileErrors([Diagnostic(statements.isEmpty ? "expected a query" : "expected one statement, found \(statements.count)",
                                            at: range)], in: file)
        }
        if case .letBinding = statement.kind {
            throw CompileErrors([Diagnostic("'let' binds names in scripts; compile the query itself", at: statement.range)],
                                in: file)
        }
        var checker = Checker(environment: self, bindings: [:], file: file)
        checker.parameterTypes = parameters
        let plan = try checker.check(statement)
        return Query(environment: self, plan: plan, file: file, parameters: checker.parameterUses)
    }
}

/// A compiled statement: checked once, run many times with different parameters. `Sendable`: one query may
/// run from many tasks at once and gives each the same answer.
public struct Query: Sendable {
    let environment: Environment
    let plan: Plan
    /// The source the query was compiled from.
    public let file: SourceFile
    /// The `$name` parameters the query uses, in order of first use, each with its type and, when it is
    /// compared with a column of one unit, the unit a bare number given for it takes. A run needs a value for
    /// each, and no others (``run(_:)``).
    public let parameters: [QueryParameter]

    /// The type of the result: the columns of a table, or the type of a single value.
    public var resultColumns: [ResultColumn]? {
        if case .table(let cols) = plan.resultType {
            return cols.filter { !$0.hidden }.map { ResultColumn(name: $0.name, type: $0.type) }
        }
        return nil
    }

    /// Runs the query. `parameters` give the values of its `$name` parameters (``parameters``): each is
    /// checked against its type first — a bare number takes the parameter's unit, as a literal does; a value of
    /// the wrong type or dimension, a missing value and a name the query does not have are errors naming the
    /// parameter. Honours the cancellation of the current task, the environment's row budget and deadline: each
    /// ends the run with an error, never a hang.
    public func run(_ parameters: [String: Value] = [:]) throws(RuntimeError) -> QueryResult {
        let bound = try bind(parameters)
        let context = ExecutionContext(environment: environment, bindings: [:], parameters: bound, file: file)
        return try Evaluator(context).result(of: plan).0
    }
}

/// The collections of one or more reports, and those a host registered.
///
/// A catalog over a ``Corpus`` builds each collection on first use: ``outline`` names them and gives their
/// columns and sizes without building any; ``table(_:)`` builds the one it names; ``tables`` builds them all.
public struct Catalog: Sendable {
    /// The reports, in the order given; empty for a catalog over a ``Corpus``, whose reports are read from
    /// their files only when a query asks for their text (`source`).
    public let reports: [Report]
    /// The corpus the collections come from, when they come from one.
    public let corpus: Corpus?
    let entries: [LazyTable]

    /// The collections of `reports` (merged, each row gaining `region` and `year`, one report's too),
    /// followed by the host's `extra` collections.
    public init(reports: [Report], extra: [Table] = []) {
        self.reports = reports
        self.corpus = nil
        self.entries = (Catalog.merge(reports) + extra).map(LazyTable.init(built:))
    }

    /// The collections of `corpus` (each built when a query first names it), then the host's `extra` ones.
    public init(corpus: Corpus, extra: [Table] = []) {
        self.reports = []
        self.corpus = corpus
        self.entries = corpus.collections + extra.map(LazyTable.init(built:))
    }

    /// Every collection a query can name: the reports' (merged across reports), then the host's. Builds
    /// every collection not yet built; ``outline`` describes them without that.
    public var tables: [Table] { entries.map(\.table) }

    /// Every collection: its names, documentation and columns (without rows), and how many rows it has.
    public var outline: [CollectionOutline] {
        entries.map { CollectionOutline(shape: $0.shape, rowCount: $0.rowCount) }
    }

    /// The collection answering to `word`, built if it was not yet.
    public func table(_ word: String) -> Table? {
        entries.first { $0.shape.answers(to: word) }?.table
    }

    /// Whether a collection answers to `word` (without building it).
    public func contains(_ word: String) -> Bool {
        entries.contains { $0.shape.answers(to: word) }
    }

    /// The names (English, then Chinese) of every collection, without building any.
    var collectionNames: [String] {
        entries.flatMap { [$0.shape.name] + ($0.shape.alias.map { [$0] } ?? []) }
    }

    /// The reports' collections concatenated, each row gaining the `region` (地区) and `year` (年度) of its
    /// report — one report's too, so a query is portable between one report and a corpus. A collection with a
    /// field of that name keeps its own (`named` and `facts` have a `year` of their own).
    static func merge(_ reports: [Report]) -> [Table] {
        guard let first = reports.first else { return [] }
        // One report's columns are used as they are (no copy, no threads: the built-in report opens at once).
        if reports.count == 1 { return first.tables.indices.map { mergeTable($0, of: reports) } }
        // The collections are merged each on its own thread (they share nothing).
        return concurrentMap(first.tables.count) { mergeTable($0, of: reports) }
    }

    /// Collection `t` of every report, concatenated, with `region` and `year` first.
    static let regionDoc = "the report's region"
    static let yearDoc = "the year the report reports on"
    static let planYearDoc = "the year the report plans for (its targets')"

    /// Whether the catalog holds one report. Its `region` and `year` are then the same on every row, so a
    /// plain listing leaves them out (like `quote` and `line`); a query can still name them, and with more
    /// reports they are listed.
    public var holdsOneReport: Bool {
        corpus.map { $0.files.count == 1 } ?? (reports.count == 1)
    }

    /// The fields of `table` a plain listing leaves out: the provenance fields (`section` is shown) and,
    /// over one report, the `region` and `year` every row gains.
    func unlisted(_ table: Table) -> Set<String> {
        var names = Set(Schema.provenance.map(\.name).filter { $0 != "section" })
        if holdsOneReport {
            for c in table.columns where (c.name == "region" && c.doc == Catalog.regionDoc)
                || (c.name == "year" && c.doc == Catalog.yearDoc) || (c.name == "planYear" && c.doc == Catalog.planYearDoc) {
                names.insert(c.name)
            }
        }
        return names
    }

    static func mergeTable(_ t: Int, of reports: [Report]) -> Table {
        let template = reports[0].tables[t]
        // Region and year: one code per report, repeated over its rows.
        var region = TextColumn(), year = TextColumn(), planYear = TextColumn()
        var parts: [[ColumnData]] = Array(repeating: [], count: template.columns.count)
        for r in reports {
            guard t < r.tables.count else { continue }
            let table = r.tables[t]
            region.append(r.region, times: table.rowCount)
            year.append(r.reportYear, times: table.rowCount)
            planYear.append(r.metaValue("planYear") ?? "", times: table.rowCount)
            for (c, column) in table.columns.enumerated() where c < parts.count { parts[c].append(column.data) }
        }
        // A collection with a field of its own by that name keeps it: `report`'s region is the report's, and
        // the `year` of `named` and `facts` is the year a mention refers to.
        func has(_ name: String) -> Bool { template.columns.contains { $0.name == name } }
        var columns: [Column] = []
        if !has("region") { columns.append(Column(name: "region", alias: "地区", doc: regionDoc, data: .text(region))) }
        if !has("year") { columns.append(Column(name: "year", alias: "年度", doc: yearDoc, data: .text(year))) }
        // A target is for its report's plan year: `targets join indicators on region, name, planYear = year`.
        if template.name == "targets", !has("planYear") {
            columns.append(Column(name: "planYear", alias: "计划年度", doc: planYearDoc, data: .text(planYear)))
        }
        for (c, col) in template.columns.enumerated() {
            let data = parts[c].count == 1 ? parts[c][0] : ColumnData.concatenated(parts[c])
            columns.append(Column(name: col.name, alias: col.alias, doc: col.doc, data: data))
        }
        return Table(name: template.name, alias: template.alias, doc: template.doc, columns: columns)
    }
}

/// A collection as a catalog lists it, whether or not its rows are built yet.
public struct CollectionOutline: Sendable {
    /// The collection without rows: its names, documentation, and its columns with their types and units.
    public let shape: Table
    /// How many rows it has.
    public let rowCount: Int
}
