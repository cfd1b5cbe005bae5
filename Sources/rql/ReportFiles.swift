import ReportQL
import Synchronization

/// Loads the reports named by `--report` and `.report`: a JSON file, or a directory whose `*.json` files
/// are each a report.
enum ReportFiles {
    /// Why the reports could not be loaded.
    enum Failure: Error, CustomStringConvertible {
        /// The path does not exist.
        case missing(String)
        /// The file exists but could not be read.
        case unreadable(Files.Failure)
        /// A directory without `*.json` files.
        case noReports(String)
        /// The file is not a valid report: `file:line:col: error: …`.
        case invalid(ReportLoadError)

        var description: String {
            switch self {
            case .missing(let path): return "rql: error: no such file: \(path)"
            case .unreadable(let failure): return "rql: error: cannot read \(failure)"
            case .noReports(let path): return "rql: error: no *.json reports in directory \(path)"
            case .invalid(let error): return error.description
            }
        }
    }

    /// Loads every report `paths` name. With `progress`, a load that takes a while shows how far it has got
    /// on standard error (a line rewritten in place, erased at the end): pass it only when that is a terminal.
    static func load(_ paths: [String], progress: Bool = false) throws(Failure) -> [Report] {
        var files: [String] = []
        for path in paths {
            guard Files.exists(path) else { throw .missing(path) }
            guard Files.isDirectory(path) else {
                files.append(path)
                continue
            }
            let listed: [String]
            do {
                listed = try Files.list(path).filter { $0.hasSuffix(".json") }.map { path + "/" + $0 }
            } catch {
                throw .unreadable(error)
            }
            if listed.isEmpty { throw .noReports(path) }
            files += listed
        }
        // The files are read and loaded on every core; the first failure in the files' order is the one told.
        let meter = progress && files.count > 1 ? ProgressLine(total: files.count) : nil
        let results = concurrentMap(files.count) { i in
            let result = Self.loadOne(files[i])
            meter?.step()
            return result
        }
        meter?.finish()
        var reports: [Report] = []
        reports.reserveCapacity(files.count)
        for result in results {
            switch result {
            case .success(let report): reports.append(report)
            case .failure(let failure): throw failure
            }
        }
        return reports
    }

    /// What was loaded, for a message: each report (`泉港区 2023 (path)`) when there are a few, else how many,
    /// over how many regions and which years.
    static func describe(_ reports: [Report]) -> String {
        if reports.count <= 4 {
            return reports.map { "\($0.region) \($0.reportYear) (\($0.source))" }.joined(separator: ", ")
        }
        let regions = Set(reports.map(\.region)).count
        let years = reports.map(\.reportYear).filter { !$0.isEmpty }.sorted()
        let span = years.isEmpty ? "" : years.first == years.last ? ", \(years[0])" : ", \(years[0])–\(years[years.count - 1])"
        return "\(ProgressLine.grouped(reports.count)) reports (\(ProgressLine.grouped(regions)) regions\(span))"
    }

    static func loadOne(_ file: String) -> Result<Report, Failure> {
        let bytes: [UInt8]
        do { bytes = try Files.read(file) } catch { return .failure(.unreadable(error)) }
        do {
            return .success(try Report.load(bytes: bytes, source: file))
        } catch {
            return .failure(.invalid(error))
        }
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
        Self.write("\r\(label): \(Self.grouped(count))/\(Self.grouped(total))")
    }

    /// Erases the line, when it was drawn.
    func finish() {
        if lastDrawn.load(ordering: .relaxed) >= 0 { Self.write("\r\u{1B}[K") }
    }

    static func grouped(_ n: Int) -> String {
        var digits = Array(String(n))
        var k = digits.count - 3
        while k > 0 {
            digits.insert(",", at: k)
            k -= 3
        }
        return String(digits)
    }

    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if let base = bytes.baseAddress { _ = systemWrite(2, base, bytes.count) }
        }
    }
}
