import ReportModel
import Synchronization

/// Opens a corpus: lists the folder, checks the files against the cache, and builds, updates or reuses it.
struct CorpusOpener {
    let directory: String
    let cacheDirectory: String?
    let warn: @Sendable (String) -> Void
    let progress: (@Sendable (Int, Int) -> Void)?
    /// Checked before each report is read, and by the loader inside each one.
    let interrupt: Interrupt?

    init(directory: String, cacheDirectory: String?, warn: @escaping @Sendable (String) -> Void,
         progress: (@Sendable (Int, Int) -> Void)?, interrupt: Interrupt? = nil) {
        self.directory = directory
        self.cacheDirectory = cacheDirectory
        self.warn = warn
        self.progress = progress
        self.interrupt = interrupt
    }

    /// A report file of the folder, as listed now.
    struct Listed {
        var name: String
        var path: String
        var status: FileSystem.Status
    }

    /// A report read from its file, with what the cache records of the file.
    struct Loaded {
        var report: Report
        var size: Int
        var hash: UInt64
    }

    mutating func open() throws(CorpusError) -> Corpus {
        let start = FileSystem.now()
        guard let status = FileSystem.status(directory) else { throw .unreadable(path: directory, reason: "no such directory") }
        guard status.isDirectory else { throw .unreadable(path: directory, reason: "not a directory") }
        let names: [String]
        do { names = try FileSystem.list(directory).filter { $0.hasSuffix(".json") } } catch {
            throw .unreadable(path: error.path, reason: error.reason)
        }
        if names.isEmpty { throw .noReports(directory) }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        var listed: [Listed] = []
        listed.reserveCapacity(names.count)
        for name in names {
            let path = prefix + name
            guard let st = FileSystem.status(path) else { throw .unreadable(path: path, reason: "vanished while listed") }
            listed.append(Listed(name: name, path: path, status: st))
        }

        let canonical = FileSystem.canonical(directory)
        var cachePath: String?
        if let cacheDirectory {
            do {
                try FileSystem.makeDirectories(cacheDirectory)
                cachePath = CorpusCache.path(for: canonical, in: cacheDirectory)
            } catch {
                warn("cannot keep a cache in \(cacheDirectory) (\(error.reason)); reading every report")
            }
        }
        if let cachePath, FileSystem.status(cachePath) != nil {
            do {
                let (cache, file) = try CorpusCache.read(cachePath, directory: canonical)
                if let corpus = try reuse(cache, file, listed: listed, cachePath: cachePath, start: start) { return corpus }
            } catch let rejection as CorpusCache.Rejection {
                warn("the cache of \(directory) is \(rejection.reason); rebuilding it (\(cachePath))")
            } catch let error as CorpusError {
                throw error
            } catch {
                warn("the cache of \(directory) could not be used; rebuilding it (\(cachePath))")
            }
        }
        return try build(listed, canonical: canonical, cachePath: cachePath, start: start)
    }

    // MARK: Reusing a cache

    /// The corpus from `cache`, updated for the files that changed; nil when it cannot be updated (a folder
    /// of one report, whose collections are not merged, becoming several or the other way round).
    func reuse(_ cache: CorpusCache, _ file: OpenFile, listed: [Listed], cachePath: String,
               start: Int64) throws -> Corpus? {
        let comparison = try compare(cache, listed: listed)
        let (kept, refreshed, toRead) = (comparison.kept, comparison.refreshed, comparison.toRead)
        let removed = Set(cache.files.map(\.name)).subtracting(listed.map(\.name)).count
        if toRead.isEmpty && removed == 0 && kept.enumerated().allSatisfy({ $0.element == $0.offset }) {
            var cache = cache
            if comparison.checked {
                // Record the times of the files whose content was checked, so the next opening does not.
                cache.files = refreshed
                cache.built = start
                rewrite(cache, file, to: cachePath)
            }
            return corpus(from: cache, file, listed: listed, cachePath: cachePath)
        }
        guard cache.files.count > 1, listed.count > 1 else { return nil }

        // Read the new and changed reports, then splice them between runs of the cached collections.
        let done = Counter()
        let results = concurrentMap(toRead.count) { j -> Result<Loaded, CorpusError> in
            let r = Self.loadWithHash(listed[toRead[j]].path, interrupt: interrupt)
            progress?(done.increment(), toRead.count)
            return r
        }
        if interrupt.shouldStop { throw CorpusError.interrupted }
        var loaded: [Int: Loaded] = [:]
        for (j, r) in results.enumerated() { loaded[toRead[j]] = try r.get() }
        let tables = try splice(cache, file, listed: listed, kept: kept, loaded: loaded)
        var files: [CorpusCache.FileEntry] = []
        for (i, f) in listed.enumerated() {
            if let k = kept[i] {
                var e = refreshed[k]
                e.name = f.name
                files.append(e)
            } else if let l = loaded[i] {
                files.append(entry(f, l, tableCount: tables.count))
            }
        }
        return finish(tables: tables, files: files, canonical: cache.directory, cachePath: cachePath, start: start,
                      opening: .updated(reread: toRead.count, removed: removed))
    }

    /// The files listed now against the cache's.
    struct Comparison {
        /// For each file now: the cache's entry when the file is unchanged.
        var kept: [Int?]
        /// The cache's entries, with the times of those whose content was checked and found the same.
        var refreshed: [CorpusCache.FileEntry]
        /// Whether a file's content was checked (its time changed, its content did not).
        var checked = false
        /// The files (by their place now) that are new or changed.
        var toRead: [Int] = []
    }

    /// Which listed files the cache holds unchanged: by size and time, or, when the time says nothing, by a hash
    /// of the content.
    func compare(_ cache: CorpusCache, listed: [Listed]) throws -> Comparison {
        var byName: [String: Int] = [:]
        for (k, f) in cache.files.enumerated() { byName[f.name] = k }
        var result = Comparison(kept: [Int?](repeating: nil, count: listed.count), refreshed: cache.files)
        for (i, f) in listed.enumerated() {
            if interrupt.shouldStop { throw CorpusError.interrupted }
            guard let k = byName[f.name], cache.files[k].size == f.status.size else { result.toRead.append(i); continue }
            // Unchanged when its time is the cache's and older than the build (it cannot have changed again
            // within its clock's tick unseen); else its content decides.
            if cache.files[k].modified == f.status.modified && f.status.modified < cache.built - 2_000_000_000 {
                result.kept[i] = k
                continue
            }
            let bytes: [UInt8]
            do { bytes = try FileSystem.read(f.path) } catch { throw CorpusError.unreadable(path: error.path, reason: error.reason) }
            let hash = bytes.withUnsafeBytes { contentHash($0) }
            if hash == cache.files[k].hash {
                result.kept[i] = k
                result.refreshed[k].modified = f.status.modified
                result.checked = true
            } else {
                result.toRead.append(i)
            }
        }
        return result
    }

    /// Each collection in the order of the files listed now: runs of the cached rows of the unchanged files,
    /// with the collections of the `loaded` ones between them.
    func splice(_ cache: CorpusCache, _ file: OpenFile, listed: [Listed], kept: [Int?],
                loaded: [Int: Loaded]) throws -> [Table] {
        var cachedTables: [Table] = []
        for t in cache.tables.indices { cachedTables.append(try cache.table(t, from: file)) }
        // Each cached report's first row in each collection.
        var firstRow = [[Int]](repeating: [], count: cache.tables.count)
        for t in cache.tables.indices {
            var at = 0
            for f in cache.files {
                firstRow[t].append(at)
                at += f.rows[t]
            }
        }
        return concurrentMap(cache.tables.count) { t -> Table in
            var parts: [Table] = []
            var run: Range<Int>?
            func flush() {
                if let r = run, !r.isEmpty {
                    let rows = (Int32(r.lowerBound)..<Int32(r.upperBound)).map { $0 }
                    var slice = cachedTables[t]
                    slice.columns = slice.columns.map { c in
                        var c = c
                        c.data = c.data.gathered(rows)
                        return c
                    }
                    parts.append(slice)
                }
                run = nil
            }
            for i in listed.indices {
                if let k = kept[i] {
                    let rows = firstRow[t][k]..<(firstRow[t][k] + cache.files[k].rows[t])
                    if let r = run, r.upperBound == rows.lowerBound {
                        run = r.lowerBound..<rows.upperBound
                    } else {
                        flush()
                        run = rows
                    }
                } else if let l = loaded[i] {
                    flush()
                    parts.append(Catalog.mergeTable(t, of: [l.report]))
                }
            }
            flush()
            var out = cachedTables[t]
            out.columns = out.columns.indices.map { c in
                var column = out.columns[c]
                column.data = ColumnData.concatenated(parts.map { $0.columns[c].data })
                return column
            }
            return out
        }
    }

    /// A corpus whose collections are each read from the cache when first used.
    func corpus(from cache: CorpusCache, _ file: OpenFile, listed: [Listed], cachePath: String) -> Corpus {
        let directory = self.directory
        let warn = self.warn
        let files = zip(listed, cache.files).map { l, f in
            CorpusFile(path: l.path, meta: f.meta, rows: rowsByName(f.rows, cache.tables.map(\.shape.name)))
        }
        let paths = listed.map(\.path)
        let collections = cache.tables.indices.map { t in
            LazyTable(shape: cache.tables[t].shape, rowCount: cache.tables[t].rowCount) {
                do throws(CorpusCache.Rejection) {
                    return try cache.table(t, from: file)
                } catch {
                    // Damaged since it was opened: never trusted. The collection is built from the reports
                    // themselves, and the cache removed so that the next opening rebuilds it.
                    warn("the cache of \(directory) is \(error.reason); reading \(cache.tables[t].shape.name) from the reports, and rebuilding the cache next time")
                    FileSystem.remove(cachePath)
                    return Self.rebuild(t, of: paths, shape: cache.tables[t].shape, warn: warn)
                }
            }
        }
        return Corpus(directory: directory, files: files, cachePath: cachePath, opening: .cached, collections: collections)
    }

    /// Collection `t` built from the reports' files (when its cached bytes turned out damaged).
    static func rebuild(_ t: Int, of paths: [String], shape: Table, warn: @Sendable (String) -> Void) -> Table {
        let results = concurrentMap(paths.count) { load(paths[$0]) }
        var reports: [Report] = []
        for r in results {
            switch r {
            case .success(let report): reports.append(report)
            case .failure(let error):
                warn("\(error.description); \(shape.name) has no rows")
                return shape
            }
        }
        let merged = Catalog.merge(reports)
        return t < merged.count ? merged[t] : shape
    }

    /// Writes `cache` again with the same collections (copied unread), after its index changed.
    func rewrite(_ cache: CorpusCache, _ file: OpenFile, to path: String) {
        do {
            try cache.write(to: path) { t throws(CorpusCache.Rejection) in try cache.rawTable(t, from: file) }
        } catch {
            warn("cannot update the cache \(path): \(error)")
        }
    }

    // MARK: Building

    /// Every report read, merged, and the cache written.
    func build(_ listed: [Listed], canonical: String, cachePath: String?, start: Int64) throws(CorpusError) -> Corpus {
        // The reports are let go once merged: only the merged collections are kept.
        let (tables, files) = try { () throws(CorpusError) -> ([Table], [CorpusCache.FileEntry]) in
            let done = Counter()
            let results = concurrentMap(listed.count) { i -> Result<Loaded, CorpusError> in
                let r = Self.loadWithHash(listed[i].path, interrupt: interrupt)
                progress?(done.increment(), listed.count)
                return r
            }
            var loaded: [Loaded] = []
            loaded.reserveCapacity(listed.count)
            if interrupt.shouldStop { throw CorpusError.interrupted }
            for r in results { loaded.append(try r.get()) }
            let tables = Catalog.merge(loaded.map(\.report))
            return (tables, zip(listed, loaded).map { entry($0, $1, tableCount: tables.count) })
        }()
        return finish(tables: tables, files: files, canonical: canonical, cachePath: cachePath, start: start, opening: .built)
    }

    func entry(_ f: Listed, _ l: Loaded, tableCount: Int) -> CorpusCache.FileEntry {
        CorpusCache.FileEntry(name: f.name, size: l.size, modified: f.status.modified, hash: l.hash, meta: l.report.meta,
                              rows: (0..<tableCount).map { $0 < l.report.tables.count ? l.report.tables[$0].rowCount : 0 })
    }

    /// The corpus over `tables`, built; the cache written first when there is a place for it.
    func finish(tables: [Table], files: [CorpusCache.FileEntry], canonical: String, cachePath: String?, start: Int64,
                opening: Corpus.Opening) -> Corpus {
        if let cachePath {
            let cache = CorpusCache(directory: canonical, built: start, files: files, tables: tables.map {
                CorpusCache.TableEntry(offset: 0, length: 0, hash: 0, rowCount: $0.rowCount, shape: TableCodec.skeleton(of: $0))
            })
            do {
                try cache.write(to: cachePath) { t in
                    var w = ByteWriter()
                    TableCodec.write(tables[t], to: &w)
                    return w.bytes
                }
            } catch {
                warn("cannot write the cache \(cachePath): \(error.reason)")
            }
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let names = tables.map(\.name)
        let corpusFiles = files.map { CorpusFile(path: prefix + $0.name, meta: $0.meta, rows: rowsByName($0.rows, names)) }
        return Corpus(directory: directory, files: corpusFiles, cachePath: cachePath, opening: opening,
                      collections: tables.map(LazyTable.init(built:)))
    }

    // MARK: Reading reports

    static func load(_ path: String) -> Result<Report, CorpusError> {
        loadWithHash(path).map(\.report)
    }

    /// The report in file `path`, its size and hash; ``CorpusError/interrupted`` when `interrupt` is raised
    /// (or the task cancelled) before or while it is read.
    static func loadWithHash(_ path: String, interrupt: Interrupt? = nil) -> Result<Loaded, CorpusError> {
        if interrupt.shouldStop { return .failure(.interrupted) }
        let bytes: [UInt8]
        do { bytes = try FileSystem.read(path) } catch { return .failure(.unreadable(path: error.path, reason: error.reason)) }
        let hash = bytes.withUnsafeBytes { contentHash($0) }
        do {
            return .success(Loaded(report: try Report.load(bytes: bytes, source: path, interrupt: interrupt),
                                   size: bytes.count, hash: hash))
        } catch {
            return .failure(interrupt.shouldStop ? .interrupted : .invalid(error))
        }
    }
}

func rowsByName(_ rows: [Int], _ names: [String]) -> [String: Int] {
    var out: [String: Int] = [:]
    for (r, n) in zip(rows, names) { out[n] = r }
    return out
}

/// A count several threads add to.
final class Counter: Sendable {
    private let value = Atomic<Int>(0)
    func increment() -> Int { value.add(1, ordering: .relaxed).newValue }
}
