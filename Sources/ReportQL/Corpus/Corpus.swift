import ReportModel
import Synchronization

/// A folder of reports, opened through a persistent columnar cache (`CACHE.md`): the first opening reads
/// every report and writes the cache; later ones check the files against it (size, modification time, and the
/// content of any whose time changed), read again only what changed, and build each collection from the cache
/// only when a query first names it.
///
/// ```swift
/// let corpus = try Corpus.open(directory: "reports")           // 3,000 reports: a few tenths of a second
/// let env = Environment(corpus: corpus)
/// let r = try env.compile("indicators where name = 地区生产总值 count").run()
/// ```
///
/// A damaged, foreign or outdated cache is never trusted: it is rebuilt, and `warn` is told why in one line.
public final class Corpus: Sendable {
    /// The folder, as given.
    public let directory: String
    /// The reports, in the order of their file names.
    public let files: [CorpusFile]
    /// Where the cache is kept; nil when there is nowhere to keep one.
    public let cachePath: String?
    /// How the corpus was opened: from the cache as it was, after reading some files again, or from every file.
    public let opening: Opening
    /// The merged collections, in catalog order, each built on first use.
    let collections: [LazyTable]

    /// How a corpus was opened.
    public enum Opening: Sendable, Equatable {
        /// Every collection from the cache; no report read.
        case cached
        /// The cache, with the reports that changed, were added or were removed read again.
        case updated(reread: Int, removed: Int)
        /// Every report read (no usable cache).
        case built
    }

    init(directory: String, files: [CorpusFile], cachePath: String?, opening: Opening, collections: [LazyTable]) {
        self.directory = directory
        self.files = files
        self.cachePath = cachePath
        self.opening = opening
        self.collections = collections
    }

    /// Where caches are kept unless told otherwise: `$XDG_CACHE_HOME/reportql`, else `$HOME/.cache/reportql`;
    /// nil when neither variable is set.
    public static var defaultCacheDirectory: String? {
        if let xdg = FileSystem.environment("XDG_CACHE_HOME") { return xdg + "/reportql" }
        if let home = FileSystem.environment("HOME") { return home + "/.cache/reportql" }
        return nil
    }

    /// Opens the `*.json` reports of `directory`.
    ///
    /// - Parameters:
    ///   - directory: a folder whose `*.json` files are each a `reportql/1` report.
    ///   - cacheDirectory: where to keep the cache (created when missing); nil: keep none, read every file.
    ///   - warn: told, in one line each, when a cache is rebuilt because it was damaged or foreign, or cannot
    ///     be written. Called from the opening thread, or later from whichever thread first builds a collection
    ///     whose cached bytes turn out damaged.
    ///   - progress: told (reports read, reports to read) as the reports are read, from any thread.
    ///   - interrupt: raised by the host (Ctrl-C) to stop the opening: checked before each report is read and
    ///     inside each one's loading; the opening then ends with ``CorpusError/interrupted``.
    /// - Throws: ``CorpusError`` when the folder cannot be read, holds no reports, or a report is invalid (the
    ///   first in file order), or the opening was interrupted or its task cancelled.
    public static func open(directory: String, cacheDirectory: String? = Corpus.defaultCacheDirectory,
                            warn: @escaping @Sendable (String) -> Void = { _ in },
                            progress: (@Sendable (Int, Int) -> Void)? = nil,
                            interrupt: Interrupt? = nil) throws(CorpusError) -> Corpus {
        var opener = CorpusOpener(directory: directory, cacheDirectory: cacheDirectory, warn: warn, progress: progress,
                                  interrupt: interrupt)
        return try opener.open()
    }

    /// Report `i` of ``files``, read from its file again (for its text: `source`).
    public func report(_ i: Int) throws(CorpusError) -> Report {
        try CorpusOpener.load(files[i].path).get()
    }

    /// Every report, read from its file again.
    func reports() throws(CorpusError) -> [Report] {
        let results = concurrentMap(files.count) { CorpusOpener.load(files[$0].path) }
        var out: [Report] = []
        for r in results { out.append(try r.get()) }
        return out
    }
}

/// One report of a corpus: its file, metadata, and how many rows it gives each collection.
public struct CorpusFile: Sendable {
    /// The file's path.
    public let path: String
    /// The report's metadata, in schema order.
    public let meta: [(key: String, value: String)]
    /// Rows the report gives each merged collection, by collection name.
    public let rows: [String: Int]

    /// The metadata value for `key`; nil when the report does not give it.
    public func metaValue(_ key: String) -> String? { meta.first { $0.key == key }?.value }
    /// The region the report is about; empty when not given.
    public var region: String { metaValue("region") ?? "" }
    /// The year the report reports on; empty when not given.
    public var reportYear: String { metaValue("reportYear") ?? "" }
}

/// Why a corpus could not be opened.
public enum CorpusError: Error, Sendable, CustomStringConvertible {
    /// The folder or a file in it cannot be read: the path and the system's reason.
    case unreadable(path: String, reason: String)
    /// The folder holds no `*.json` file.
    case noReports(String)
    /// A report is not valid: `file:line:col: error: …`.
    case invalid(ReportLoadError)
    /// The interrupt was raised, or the task cancelled, before the opening was done.
    case interrupted

    /// The message, as `rql` prints it: `rql: error: cannot read PATH: REASON`, or the report's own error.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "rql: error: cannot read \(path): \(reason)"
        case .noReports(let path): return "rql: error: no *.json reports in directory \(path)"
        case .invalid(let error): return error.description
        case .interrupted: return "interrupted"
        }
    }
}

extension Environment {
    /// An environment over the collections of `corpus` (each built when a query first names it), plus the
    /// host's own `collections` and `functions`.
    public convenience init(corpus: Corpus, collections: [Table] = [], functions: [HostFunction] = [],
                            options: Options = Options()) {
        self.init(catalog: Catalog(corpus: corpus, extra: collections), functions: functions, options: options)
    }

    /// An environment over what `path` names, in one call: a folder of reports is opened as a ``Corpus``
    /// through its cache (``Corpus/open(directory:cacheDirectory:warn:progress:interrupt:)``: a warm cache answers at
    /// once), a file is loaded as one report (``Report/load(contentsOf:progress:interrupt:)``).
    ///
    /// - Throws: ``CorpusError`` for a folder, ``ReportLoadError`` for a file.
    public convenience init(contentsOf path: String, collections: [Table] = [], functions: [HostFunction] = [],
                            options: Options = Options(),
                            cacheDirectory: String? = Corpus.defaultCacheDirectory) throws {
        if FileSystem.isDirectory(path) {
            self.init(corpus: try Corpus.open(directory: path, cacheDirectory: cacheDirectory, interrupt: options.interrupt),
                      collections: collections, functions: functions, options: options)
        } else {
            self.init(reports: try Report.load(contentsOf: path, interrupt: options.interrupt), collections: collections,
                      functions: functions, options: options)
        }
    }
}

/// A collection that may not be built yet: its shape and size are known, its rows are built on first use,
/// once, however many threads ask at the same time.
final class LazyTable: Sendable {
    /// The collection without rows (or with them, when it was built from the start).
    let shape: Table
    let rowCount: Int
    private let build: (@Sendable () -> Table)?
    private let built: Mutex<Table?>

    /// A collection built already.
    init(built table: Table) {
        shape = table
        rowCount = table.rowCount
        build = nil
        built = Mutex(table)
    }

    /// A collection `build` makes on first use; `shape` its columns without rows.
    init(shape: Table, rowCount: Int, build: @escaping @Sendable () -> Table) {
        self.shape = shape
        self.rowCount = rowCount
        self.build = build
        self.built = Mutex(nil)
    }

    /// The rows, built now if they were not yet.
    var table: Table {
        built.withLock { table in
            if let table { return table }
            let made = build?() ?? shape
            table = made
            return made
        }
    }

    /// Whether the rows are built (for tests).
    var isBuilt: Bool { built.withLock { $0 != nil } }
}
