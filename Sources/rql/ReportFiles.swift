import Dispatch
import ReportQL
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        // Every core reads and loads files of its own; the first failure in the files' order is the one told.
        var results = [Result<Report, Failure>?](repeating: nil, count: files.count)
        let workers = max(1, min(files.count, Parallelism.cores))
        results.withUnsafeMutableBufferPointer { out in
            let shared = Slots(out: out, files: files)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for i in stride(from: worker, to: shared.files.count, by: workers) {
                    shared.out[i] = Self.loadOne(shared.files[i])
                }
            }
        }
        var reports: [Report] = []
        reports.reserveCapacity(files.count)
        for result in results {
            switch result {
            case .success(let report)?: reports.append(report)
            case .failure(let failure)?: throw failure
            case nil: break
            }
        }
        return reports
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

    /// What the loading threads share: each writes only the slots of its own files.
    struct Slots: @unchecked Sendable {
        let out: UnsafeMutableBufferPointer<Result<Report, Failure>?>
        let files: [String]
    }
}

/// How many threads work at once.
enum Parallelism {
    /// The cores this process may use.
    static let cores: Int = {
        let n = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return n > 0 ? n : 1
    }()
}
