import ReportModel

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
        self.init(catalog: .builtin(extra: collections), functions: functions, options: options)
    }

    /// Parses and checks one statement. Errors come back together, each with its range and a rendered
    /// message (``CompileErrors/rendered(style:)``), the same text the command line prints.
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
