import ReportQL

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

    static func load(_ paths: [String]) throws(Failure) -> [Report] {
        var reports: [Report] = []
        for path in paths {
            guard Files.exists(path) else { throw .missing(path) }
            var files = [path]
            if Files.isDirectory(path) {
                do {
                    files = try Files.list(path).filter { $0.hasSuffix(".json") }.map { path + "/" + $0 }
                } catch {
                    throw .unreadable(error)
                }
                if files.isEmpty { throw .noReports(path) }
            }
            for file in files {
                let bytes: [UInt8]
                do { bytes = try Files.read(file) } catch { throw .unreadable(error) }
                do {
                    reports.append(try Report.load(bytes: bytes, source: file))
                } catch {
                    throw .invalid(error)
                }
            }
        }
        return reports
    }
}
