import ReportModel
import ReportQL
import Synchronization

/// Loads the reports named by `--report` and `.report`: a JSON file, or a directory whose `*.json` files
/// are each a report.
enum ReportFiles {
    /// Why the reports could not be loaded.
    enum Failure: Error, CustomStringConvertible {
        /// The path does not exist.
        case missing(String)
        /// The file is not a valid report: `file:line:col: error: …`.
        case invalid(ReportLoadError)
        /// A folder could not be opened as a corpus.
        case corpus(CorpusError)
        /// A report that is not a regular file, or is too large: refused before anything reads it.
        case unreadable(Files.Failure)

        /// One line, its control characters escaped (a path or a key can hold anything).
        var description: String { terminalSafe(text) }

        private var text: String {
            switch self {
            case .missing(let path): return "rql: error: no such file: \(path)"
            case .invalid(let error): return error.description
            case .corpus(let error): return error.description
            case .unreadable(let failure): return "rql: error: cannot read \(failure)"
            }
        }
    }

    /// The environment over what `paths` name, and a line saying what was loaded. One folder is opened as a
    /// ``Corpus``, through its cache (`CACHE.md`; warnings about the cache go to standard error); files, or
    /// several paths, are read as they are. Raising `options.interrupt` (Ctrl-C) ends the loading with an
    /// error; the caller tells it from others by the interrupt.
    static func environment(_ paths: [String], progress: Bool = false,
                            options: Environment.Options = .init()) throws(Failure) -> (Environment, String) {
        try checkFiles(paths)
        if paths.count == 1, let path = paths.first, FileSystem.isDirectory(path) {
            let meter = progress ? ProgressMeter() : nil
            let corpus: Corpus
            let warn: @Sendable (String) -> Void = { ProgressLine.write("rql: warning: \(terminalSafe($0))\n") }
            var step: (@Sendable (Int, Int) -> Void)?
            if let meter { step = { done, total in meter.step(done, total) } }
            do throws(CorpusError) {
                corpus = try Corpus.open(directory: path, warn: warn, progress: step, interrupt: options.interrupt)
            } catch {
                meter?.finish()
                throw .corpus(error)
            }
            meter?.finish()
            return (Environment(corpus: corpus, options: options), describe(corpus.files.map { ($0.region, $0.reportYear, $0.path) }))
        }
        let reports = try load(paths, progress: progress, interrupt: options.interrupt)
        return (Environment(reports: reports, options: options), describe(reports.map { ($0.region, $0.reportYear, $0.source) }))
    }

    /// Loads every report `paths` name. With `progress`, a load that takes a while shows how far it has got
    /// on standard error (a line rewritten in place, erased at the end): pass it only when that is a terminal.
    static func load(_ paths: [String], progress: Bool = false, interrupt: Interrupt? = nil) throws(Failure) -> [Report] {
        var reports: [Report] = []
        for path in paths {
            guard FileSystem.exists(path) else { throw .missing(path) }
            let meter = progress ? LazyProgress() : nil
            defer { meter?.finish() }
            var onLoad: (@Sendable (Int, Int) -> Void)?
            if let meter { onLoad = { _, total in meter.step(total) } }
            do throws(ReportLoadError) {
                reports += try Report.load(contentsOf: path, progress: onLoad, interrupt: interrupt)
            } catch {
                throw .invalid(error)
            }
        }
        return reports
    }

    /// Every report `paths` name (a folder's `*.json` files) is a regular file of at most
    /// ``Files/maximumSize``: a FIFO, a device or an oversized file is refused before any is read.
    static func checkFiles(_ paths: [String]) throws(Failure) {
        for path in paths {
            guard FileSystem.exists(path) else { throw .missing(path) }
            var files = [path]
            if FileSystem.isDirectory(path) {
                do {
                    let base = path.hasSuffix("/") ? path : path + "/"
                    files = try FileSystem.list(path).filter { $0.hasSuffix(".json") }.map { base + $0 }
                } catch {
                    throw .unreadable(error)
                }
            }
            for file in files {
                do { try Files.check(file) } catch { throw .unreadable(error) }
            }
        }
    }

    /// What `catalog` holds, for a message: its corpus's reports or its loaded ones (see ``describe(_:)``).
    static func describe(_ catalog: Catalog) -> String {
        catalog.corpus.map { describe($0.files.map { ($0.region, $0.reportYear, $0.path) }) }
            ?? describe(catalog.reports.map { ($0.region, $0.reportYear, $0.source) })
    }

    /// What was loaded, for a message: each report (`泉港区 2023 (path)`) when there are a few, else how many,
    /// over how many regions and which years.
    static func describe(_ reports: [(region: String, year: String, source: String)]) -> String {
        if reports.count <= 4 {
            return terminalSafe(reports.map { "\($0.region) \($0.year) (\($0.source))" }.joined(separator: ", "))
        }
        let regions = Set(reports.map(\.region)).count
        let years = reports.map(\.year).filter { !$0.isEmpty }.sorted()
        let span = years.isEmpty ? "" : years.first == years.last ? ", \(years[0])" : ", \(years[0])–\(years[years.count - 1])"
        return "\(FileSystem.grouped(reports.count)) reports (\(FileSystem.grouped(regions)) regions\(span))"
    }
}

/// A ``ProgressLine`` made when the total is first known (a load of more than one report).
final class LazyProgress: Sendable {
    let line = Mutex<ProgressLine?>(nil)

    func step(_ total: Int) {
        let current = line.withLock { l -> ProgressLine? in
            if l == nil, total > 1 { l = ProgressLine(total: total) }
            return l
        }
        current?.step()
    }

    func finish() { line.withLock { $0 }?.finish() }
}

/// A ``ProgressLine`` made once the total is known (a corpus tells it with each step).
final class ProgressMeter: Sendable {
    let line = Mutex<ProgressLine?>(nil)

    func step(_ done: Int, _ total: Int) {
        let meter = line.withLock { line in
            if line == nil && total > 1 { line = ProgressLine(total: total) }
            return line
        }
        meter?.step()
    }

    func finish() {
        line.withLock { $0 }?.finish()
    }
}

/// `loading reports: 1,200/3,000` on standard error, shown once a load has taken a third of a second, redrawn
/// at most ten times a second, and erased when the load ends.
final class ProgressLine: Sendable {
    let total: Int
    let started = ContinuousClock.now
    let done = Atomic<Int>(0)
    /// Milliseconds from the start to the last drawing; -1 before the first.
    let lastDrawn = Atomic<Int>(-1)

    /// What is counted: `loading reports`, `importing`.
    let label: String

    init(total: Int, label: String = "loading reports") {
        self.total = total
        self.label = label
    }

    /// One more report loaded; redraws the line when it is time to, from whichever thread gets there first.
    func step() {
        let count = done.add(1, ordering: .relaxed).newValue
        let elapsed = ContinuousClock.now - started
        let now = Int(elapsed.components.seconds) * 1000 + Int(elapsed.components.attoseconds / 1_000_000_000_000_000)
        let last = lastDrawn.load(ordering: .relaxed)
        guard now >= 330, last < 0 || now - last >= 100,
              lastDrawn.compareExchange(expected: last, desired: now, ordering: .relaxed).exchanged else { return }
        Self.write("\r\(label): \(FileSystem.grouped(count))/\(FileSystem.grouped(total))")
    }

    /// Erases the line, when it was drawn.
    func finish() {
        if lastDrawn.load(ordering: .relaxed) >= 0 { Self.write("\r\u{1B}[K") }
    }

    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress { _ = systemWrite(2, base, bytes.count) }
        }
    }
}
