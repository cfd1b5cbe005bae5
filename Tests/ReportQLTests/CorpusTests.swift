import ReportModel
import Testing
import TestSupport
@testable import ReportQL
#if canImport(Glibc)
import Glibc
#endif

/// A folder of reports opened through its cache (`CACHE.md`): the same collections as reading every file,
/// updated when a file changes, is added or removed, collections built only when named, and a damaged or
/// foreign cache never trusted — rebuilt with one warning, never a crash.
@Suite struct CorpusTests {
    /// A fresh folder of `n` reports (the built-in one, each with its own region and year), a fresh cache
    /// folder, and the files' times set an hour back (so the cache trusts times without reading contents).
    struct Fixture {
        let root: String
        var dir: String { root + "/reports" }
        var cache: String { root + "/cache" }

        init(_ n: Int) {
            var template = Array("/tmp/rql-corpus-test-XXXXXX".utf8CString)
            let made = template.withUnsafeMutableBufferPointer { b in b.baseAddress.flatMap { mkdtemp($0) } }
            root = made.map { String(cString: $0) } ?? "/tmp/rql-corpus-test"
            mkdir(dir, 0o755)
            for i in 0..<n { write(i) }
        }

        static func json(_ i: Int, variant: String = "") -> String {
            builtinReportJSON.replacing("泉港区", with: "测试\(i)区")
                .replacing("\"reportYear\": \"2023\"", with: "\"reportYear\": \"\(2000 + i)\"")
                .replacing("地区生产总值623.68亿元", with: "地区生产总值6\(variant.isEmpty ? "23.68" : variant)亿元")
                .replacing("\"623.68亿元\"", with: "\"6\(variant.isEmpty ? "23.68" : variant)亿元\"")
        }

        func path(_ i: Int) -> String { dir + "/r\(1000 + i).json" }

        /// Writes report `i`, its time `age` seconds back.
        func write(_ i: Int, variant: String = "", age: Int = 3600) {
            let bytes = Array(Self.json(i, variant: variant).utf8)
            let f = fopen(path(i), "wb")
            _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
            fclose(f)
            setAge(i, age)
        }

        func setAge(_ i: Int, _ age: Int) {
            var times = [timespec(tv_sec: time(nil) - age, tv_nsec: 0), timespec(tv_sec: time(nil) - age, tv_nsec: 0)]
            utimensat(AT_FDCWD, path(i), &times, 0)
        }

        func open(_ warnings: Warnings = Warnings()) throws -> Corpus {
            try Corpus.open(directory: dir, cacheDirectory: cache, warn: { warnings.add($0) })
        }

        /// What reading every file gives, without a cache.
        func uncached() throws -> [Table] {
            let names = try FileSystem.list(dir).filter { $0.hasSuffix(".json") }
            let reports = try names.map { try Report.load(bytes: FileSystem.read(dir + "/" + $0), source: $0) }
            return Catalog.merge(reports)
        }

        var cacheFile: String { CorpusCache.path(for: FileSystem.canonical(dir), in: cache) }

        func remove() {
            for d in [dir, cache] {
                for name in (try? FileSystem.list(d)) ?? [] { unlink(d + "/" + name) }
                rmdir(d)
            }
            rmdir(root)
        }
    }

    final class Warnings: @unchecked Sendable {
        private var lines: [String] = []
        private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        init() { pthread_mutex_init(lock, nil) }
        func add(_ s: String) { pthread_mutex_lock(lock); lines.append(s); pthread_mutex_unlock(lock) }
        var all: [String] { pthread_mutex_lock(lock); defer { pthread_mutex_unlock(lock) }; return lines }
    }

    /// Every cell of every collection, as text: tables compare equal when their answers do.
    static func cells(_ tables: [Table]) -> [String] {
        tables.map { t in
            var out = t.name + ":" + t.columns.map { "\($0.name)/\($0.type)" }.joined(separator: ",") + "\n"
            for r in 0..<t.rowCount {
                out += t.columns.map { c -> String in
                    switch c.data {
                    case .number(let n): return n.quantity(at: r).map { $0.value.normalized.description + $0.unit.symbol } ?? "∅"
                    case .text(let x): return x.string(at: r) ?? "∅"
                    case .bool(let b): return b.value(at: r).map { $0 ? "t" : "f" } ?? "∅"
                    }
                }.joined(separator: "|") + "\n"
            }
            return out
        }
    }

    static func tables(_ corpus: Corpus) -> [Table] { corpus.collections.map(\.table) }

    /// A raised interrupt (Ctrl-C) stops opening a folder, built or updated from its cache, and loading one;
    /// lowered, the same calls succeed.
    @Test func aRaisedInterruptStopsOpeningAndLoading() throws {
        let f = Fixture(3)
        defer { f.remove() }
        let interrupt = Interrupt()
        interrupt.request()
        func open() throws(CorpusError) -> Corpus {
            try Corpus.open(directory: f.dir, cacheDirectory: f.cache, interrupt: interrupt)
        }
        #expect { try open() } throws: { "\($0)" == "interrupted" }
        #expect(throws: ReportLoadError.self) { try Report.load(contentsOf: f.dir, interrupt: interrupt) }
        #expect(throws: CorpusError.self) { try Environment(contentsOf: f.dir, options: .init(interrupt: interrupt),
                                                            cacheDirectory: nil) }
        interrupt.reset()
        #expect(try open().files.count == 3)
        // A changed file: the cache is updated, and the interrupt stops that too.
        f.write(1, variant: "99.99")
        interrupt.request()
        #expect { try open() } throws: { "\($0)" == "interrupted" }
        interrupt.reset()
        #expect(try Report.load(contentsOf: f.dir, interrupt: interrupt).count == 3)
    }

    @Test func theCacheGivesWhatReadingEveryFileGives() throws {
        let f = Fixture(3)
        defer { f.remove() }
        let expected = Self.cells(try f.uncached())
        let warnings = Warnings()
        let first = try f.open(warnings)
        #expect(first.opening == .built)
        #expect(Self.cells(Self.tables(first)) == expected)
        let second = try f.open(warnings)
        #expect(second.opening == .cached)
        #expect(Self.cells(Self.tables(second)) == expected)
        #expect(warnings.all.isEmpty)
        // Queries agree too, and `source` reads the report's text from its file.
        let q = "indicators where name = 地区生产总值 by region sum value"
        let a = try Environment(corpus: second).compile(q).run()
        let b = try Environment(reports: f.uncached().isEmpty ? [] : FileSystem.list(f.dir).map {
            try Report.load(bytes: FileSystem.read(f.dir + "/" + $0), source: $0)
        }).compile(q).run()
        #expect("\(a)" == "\(b)")
        let sources = try Environment(corpus: second).compile("source indicators where name = 地区生产总值").run()
        guard case .sources(let quotes) = sources else { Issue.record("not sources: \(sources)"); return }
        #expect(quotes.count == 3)
        #expect(quotes.allSatisfy { $0.sentence.contains("地区生产总值623.68亿元") })
    }

    @Test func collectionsAreBuiltOnlyWhenAQueryNamesThem() throws {
        let f = Fixture(3)
        defer { f.remove() }
        _ = try f.open()
        let corpus = try f.open()
        #expect(corpus.opening == .cached)
        #expect(corpus.collections.allSatisfy { !$0.isBuilt })
        let env = Environment(corpus: corpus)
        // Listing, names and row counts build nothing.
        #expect(env.catalog.outline.first { $0.shape.name == "sentences" }.map(\.rowCount) ?? 0 > 100)
        #expect(env.catalog.contains("句子"))
        let r = try env.compile("indicators where name = 地区生产总值 count").run()
        #expect("\(r)".contains("3"))
        let built = corpus.collections.filter(\.isBuilt).map(\.shape.name)
        #expect(built == ["indicators"])
    }

    @Test func aChangedAddedOrRemovedFileIsReadAgain() throws {
        let f = Fixture(4)
        defer { f.remove() }
        _ = try f.open()
        // Changed (another figure, same size, another time).
        f.write(1, variant: "99.99", age: 1800)
        var c = try f.open()
        #expect(c.opening == .updated(reread: 1, removed: 0))
        #expect(Self.cells(Self.tables(c)) == Self.cells(try f.uncached()))
        #expect(try f.open().opening == .cached)
        // Added, between two others, and at the end.
        f.write(7)
        unlink(f.path(2))
        c = try f.open()
        #expect(c.opening == .updated(reread: 1, removed: 1))
        #expect(Self.cells(Self.tables(c)) == Self.cells(try f.uncached()))
        #expect(c.files.map(\.path) == [1000, 1001, 1003, 1007].map { f.dir + "/r\($0).json" })
        // Touched, content the same: read once to check, then trusted by its time again.
        f.setAge(0, 600)
        c = try f.open()
        #expect(c.opening == .cached)
        #expect(Self.cells(Self.tables(c)) == Self.cells(try f.uncached()))
        // Down to one report: collections no longer merged (no region, year), as without a cache.
        for i in [1, 3, 7] { unlink(f.path(i)) }
        c = try f.open()
        #expect(Self.cells(Self.tables(c)) == Self.cells(try f.uncached()))
    }

    /// Damaged and foreign caches: each rebuilt with one warning, the answers those of the files.
    @Test func aDamagedOrForeignCacheIsRebuiltWithAWarning() throws {
        let f = Fixture(2)
        defer { f.remove() }
        let expected = Self.cells(try f.uncached())
        _ = try f.open()
        let good = try FileSystem.read(f.cacheFile)
        func attempt(_ bytes: [UInt8], _ phrase: String, sourceLine: SourceLocation = #_sourceLocation) throws {
            try FileSystem.writeAtomically([bytes], to: f.cacheFile)
            let warnings = Warnings()
            let c = try f.open(warnings)
            #expect(Self.cells(Self.tables(c)) == expected, sourceLocation: sourceLine)
            #expect(warnings.all.count == 1, sourceLocation: sourceLine)
            #expect(warnings.all.first?.contains(phrase) == true, "\(warnings.all)", sourceLocation: sourceLine)
            // Rebuilt: the next opening trusts it.
            let again = Warnings()
            #expect(try f.open(again).opening == .cached, sourceLocation: sourceLine)
            #expect(again.all.isEmpty, sourceLocation: sourceLine)
        }
        try attempt(Array(good[0..<(good.count / 2)]), "truncated")
        try attempt(Array(good[0..<20]), "truncated")
        try attempt([], "truncated")
        try attempt(Array("not a cache at all, but long enough to have a header".utf8), "not a ReportQL cache")
        var version = good
        version[8] = 99
        try attempt(version, "version 99")
        var flipped = good
        flipped[good.count - 10] ^= 0x10  // in the index, at the end
        try attempt(flipped, "damaged")
        // Another folder's cache, in this folder's place.
        let other = Fixture(1)
        defer { other.remove() }
        _ = try Corpus.open(directory: other.dir, cacheDirectory: f.cache)
        try attempt(try FileSystem.read(CorpusCache.path(for: FileSystem.canonical(other.dir), in: f.cache)), "another folder")
    }

    /// A bit flipped in a collection's bytes is found when the collection is first built: it is then read
    /// from the reports (one warning) and the cache removed, to be rebuilt at the next opening.
    @Test func aCollectionDamagedAfterOpeningIsReadFromTheReports() throws {
        let f = Fixture(2)
        defer { f.remove() }
        let expected = Self.cells(try f.uncached())
        _ = try f.open()
        let warnings = Warnings()
        let c = try f.open(warnings)
        var bytes = try FileSystem.read(f.cacheFile)
        bytes[CorpusCache.headerSize + 5] ^= 0x01  // in the first collection
        // Written in place (same inode), as a disk error would.
        let fd = Glibc.open(f.cacheFile, O_WRONLY)
        _ = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        close(fd)
        #expect(Self.cells(Self.tables(c)) == expected)
        #expect(warnings.all.count == 1)
        #expect(FileSystem.status(f.cacheFile) == nil)
        #expect(try f.open().opening == .built)
    }

    /// Bytes flipped anywhere in the cache: never a trap, never a wrong answer.
    @Test func flippedBytesAnywhereNeverTrapOrLie() throws {
        let f = Fixture(2)
        defer { f.remove() }
        let expected = Self.cells(try f.uncached())
        _ = try f.open()
        let good = try FileSystem.read(f.cacheFile)
        var rng = SystemRandomNumberGenerator()
        for k in 0..<10 {
            var bad = good
            let at = k < 5 ? Int.random(in: 0..<min(4096, bad.count), using: &rng) : Int.random(in: 0..<bad.count, using: &rng)
            bad[at] ^= UInt8.random(in: 1...255, using: &rng)
            try FileSystem.writeAtomically([bad], to: f.cacheFile)
            let warnings = Warnings()
            let c = try f.open(warnings)
            #expect(Self.cells(Self.tables(c)) == expected, "byte \(at)")
            #expect(warnings.all.count == 1, "byte \(at): \(warnings.all)")
        }
    }

    /// Two openings building the cache at once: each gets the right collections, and the cache they leave
    /// is whole.
    @Test func twoBuildsAtOnceLeaveAWholeCache() throws {
        let f = Fixture(2)
        defer { f.remove() }
        let expected = Self.cells(try f.uncached())
        let results = concurrentMap(3) { _ in (try? f.open()).map { Self.cells(Self.tables($0)) } ?? [] }
        #expect(results.allSatisfy { $0 == expected })
        let warnings = Warnings()
        let c = try f.open(warnings)
        #expect(c.opening == .cached)
        #expect(warnings.all.isEmpty)
        #expect(try FileSystem.list(f.cache).count == 1)
    }
}
