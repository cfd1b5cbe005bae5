/// Everything a query is compiled against: the reports and their collections, registered functions, options.
///
/// An environment is immutable once built and safe to share between tasks.
public final class Environment: Sendable {
    /// The collections queries can name.
    public let catalog: Catalog
    public let options: Options
    /// Functions registered by the host, by name.
    public let functions: [String: HostFunction]

    /// Host-adjustable limits and permissions.
    public struct Options: Sendable {
        /// Evaluation fails once this many rows have been visited (nil: no limit).
        public var rowBudget: Int?
        public init(rowBudget: Int? = nil) {
            self.rowBudget = rowBudget
        }
    }

    public init(reports: [Report], functions: [HostFunction] = [], options: Options = Options()) {
        self.catalog = Catalog(reports: reports)
        self.options = options
        var table: [String: HostFunction] = [:]
        for f in functions { table[f.name] = f }
        self.functions = table
    }

    /// The environment of the built-in 泉港区 report.
    public convenience init(options: Options = Options()) {
        self.init(reports: [Report.builtin], options: options)
    }
}

/// The collections of one or more reports.
public struct Catalog: Sendable {
    public let reports: [Report]
    public let tables: [Table]

    public init(reports: [Report]) {
        self.reports = reports
        self.tables = reports.first?.tables ?? []
    }

    /// The collection answering to `word`.
    public func table(_ word: String) -> Table? {
        tables.first { $0.answers(to: word) }
    }
}
