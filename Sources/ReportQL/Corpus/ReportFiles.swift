import ReportModel

extension Report {
    /// Loads the reports at `path` in one call: a `reportql/1` JSON file gives one report, a folder every
    /// `*.json` file in it, in name order, read on every core. This is the one entry point for a folder of
    /// reports (`rql --report DIR` loads through it too).
    ///
    /// ```swift
    /// let env = Environment(reports: try Report.load(contentsOf: "reports/"))
    /// ```
    ///
    /// - Parameters:
    ///   - path: a file or a folder.
    ///   - progress: called as each report is loaded, from any thread, with the number loaded and the total.
    ///   - interrupt: raised by the host (Ctrl-C) to stop the loading: checked before each file and inside
    ///     each one's loading; the loading then ends with the error `interrupted`.
    /// - Throws: ``ReportLoadError``: a path that does not exist or cannot be read, a folder without reports,
    ///   the first broken file (in name order), with its line and column, or `interrupted`.
    public static func load(contentsOf path: String,
                            progress: (@Sendable (_ loaded: Int, _ total: Int) -> Void)? = nil,
                            interrupt: Interrupt? = nil) throws(ReportLoadError) -> [Report] {
        guard FileSystem.exists(path) else { throw ReportLoadError(file: path, message: "no such file or folder") }
        var files = [path]
        if FileSystem.isDirectory(path) {
            let base = path.hasSuffix("/") ? path : path + "/"
            files = try ReportFileSystem.list(path).filter { $0.hasSuffix(".json") }.map { base + $0 }
            if files.isEmpty { throw ReportLoadError(file: path, message: "the folder holds no *.json reports") }
        }
        let done = Counter()
        let results = concurrentMap(files.count) { i -> Result<Report, ReportLoadError> in
            if interrupt?.isRequested == true { return .failure(ReportLoadError(file: files[i], message: "interrupted")) }
            if Task.isCancelled { return .failure(ReportLoadError(file: files[i], message: "loading was cancelled")) }
            let result = Result { () throws(ReportLoadError) -> Report in
                try Report.load(bytes: try ReportFileSystem.read(files[i]), source: files[i], interrupt: interrupt)
            }
            progress?(done.increment(), files.count)
            return result
        }
        if interrupt?.isRequested == true { throw ReportLoadError(file: path, message: "interrupted") }
        var reports: [Report] = []
        reports.reserveCapacity(files.count)
        for result in results {
            switch result {
            case .success(let report): reports.append(report)
            case .failure(let error): throw error
            }
        }
        return reports
    }
}

/// ``FileSystem``'s reading and listing, failing with a ``ReportLoadError``.
enum ReportFileSystem {
    /// The whole of regular file `path` (``FileSystem/read(_:limit:)``: a FIFO, a device or an oversized file is
    /// refused before a byte is read).
    static func read(_ path: String) throws(ReportLoadError) -> [UInt8] {
        do {
            return try FileSystem.read(path)
        } catch {
            throw ReportLoadError(file: path, message: "cannot read: \(error.reason)")
        }
    }

    /// The names in folder `path`, sorted (``FileSystem/list(_:)``).
    static func list(_ path: String) throws(ReportLoadError) -> [String] {
        do {
            return try FileSystem.list(path)
        } catch {
            throw ReportLoadError(file: path, message: "cannot read: \(error.reason)")
        }
    }
}
