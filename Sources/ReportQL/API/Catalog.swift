import ReportModel
import Synchronization

/// The collections of one or more reports, and those a host registered.
///
/// A catalog over a ``Corpus`` builds each collection on first use: ``outline`` names them and gives their
/// columns and sizes without building any; ``table(_:)`` builds the one it names; ``tables`` builds them all.
public struct Catalog: Sendable {
    /// The reports, in the order given; empty for a catalog over a ``Corpus``, whose reports are read from
    /// their files only when a query asks for their text (`source`). The built-in report's catalog
    /// (``builtin(extra:)``) makes the report (``Report/builtin``) when this is first read.
    public var reports: [Report] { reportList.reports }
    /// The corpus the collections come from, when they come from one.
    public let corpus: Corpus?
    let entries: [LazyTable]
    private let reportList: ReportList

    /// The collections of `reports` (merged, each row gaining `region` and `year`, one report's too),
    /// followed by the host's `extra` collections.
    public init(reports: [Report], extra: [Table] = []) {
        self.reportList = ReportList(reports)
        self.corpus = nil
        self.entries = (Catalog.merge(reports) + extra).map(LazyTable.init(built:))
    }

    /// The collections of `corpus` (each built when a query first names it), then the host's `extra` ones.
    public init(corpus: Corpus, extra: [Table] = []) {
        self.reportList = ReportList([])
        self.corpus = corpus
        self.entries = corpus.collections + extra.map(LazyTable.init(built:))
    }

    /// The collections of the built-in report (``Report/builtin``), each built from its literals when a query
    /// first names it, then the host's `extra` ones. The same collections as `Catalog(reports: [.builtin])`;
    /// `rql -c 'projects count'` builds `projects` alone.
    public static func builtin(extra: [Table] = []) -> Catalog {
        let tag = Catalog.Tag(meta: Report.builtinMeta())
        let collections = (0..<Report.builtinCollectionCount).map { t in
            let outline = Report.builtinOutline(t)
            return LazyTable(shape: mergeTable([(outline.shape, tag)]), rowCount: outline.rowCount) {
                mergeTable([(Report.builtinCollection(t), tag)])
            }
        }
        return Catalog(reportList: ReportList(count: 1) { [Report.builtin] }, entries: collections + extra.map(LazyTable.init(built:)))
    }

    private init(reportList: ReportList, entries: [LazyTable]) {
        self.reportList = reportList
        self.corpus = nil
        self.entries = entries
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

    /// Whether the catalog holds one report. Its `region` and `year` are then the same on every row, so a
    /// plain listing leaves them out (like `quote` and `line`); a query can still name them, and with more
    /// reports they are listed.
    public var holdsOneReport: Bool {
        corpus.map { $0.files.count == 1 } ?? (reportList.count == 1)
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
}

/// A collection as a catalog lists it, whether or not its rows are built yet.
public struct CollectionOutline: Sendable {
    /// The collection without rows: its names, documentation, and its columns with their types and units.
    public let shape: Table
    /// How many rows it has.
    public let rowCount: Int
}

/// A catalog's reports: given, or made on first use (the built-in report, whose collections a catalog builds
/// one at a time).
private final class ReportList: Sendable {
    let count: Int
    private let make: (@Sendable () -> [Report])?
    private let made: Mutex<[Report]?>

    init(_ reports: [Report]) {
        count = reports.count
        make = nil
        made = Mutex(reports)
    }

    init(count: Int, make: @escaping @Sendable () -> [Report]) {
        self.count = count
        self.make = make
        made = Mutex(nil)
    }

    var reports: [Report] {
        made.withLock { made in
            if let made { return made }
            let reports = make?() ?? []
            made = reports
            return reports
        }
    }
}
