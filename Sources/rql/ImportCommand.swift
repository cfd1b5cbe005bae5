import ReportImport
import ReportModel
import ReportQL

/// `rql import`: reads reports of the genre — text, HTML pages, Word `.docx`, PDF (see ``ReportText``) —
/// and writes their `reportql/1` models.
///
/// - `rql import REPORT`: the model on standard output (or in `-o OUT`, written atomically), and on standard
///   error a summary: the records of each collection and the sentences with numbers the import could not place.
/// - `rql import FILE|DIR … -o DIR`: every report (a directory gives its `.txt`, `.html`, `.htm`, `.docx`
///   and `.pdf` files) imported on every core, each model written atomically to `DIR/NAME.json`; a progress
///   line on a terminal, then a table on standard output: file, region, level, year, indicators, targets,
///   projects, facts, unplaced.
///
/// `--unplaced FILE` (one report) writes every unplaced sentence with its line to FILE.
///
/// Exit status: 0 when every model was written (unplaced sentences are reported, not an error); 2 when a
/// file cannot be read or converted, or an output cannot be written — the others are still imported; 130
/// after Ctrl-C, which ends the import at once: the models written before it are whole, no other is started
/// (``ImportInterrupt``).
func runImport(paths: [String], output: String?, unplacedPath: String? = nil) -> Int32 {
    Writer.failureStatus = 2
    ImportInterrupt.install()
    let err = Writer.standardError
    var files: [String] = []
    var sawDirectory = false
    for path in paths {
        if FileSystem.isDirectory(path) {
            sawDirectory = true
            do {
                let names = try FileSystem.list(path).filter { ImportJob.isReportName($0) }
                files += names.map { (path.hasSuffix("/") ? path : path + "/") + $0 }
            } catch {
                err.write("rql: error: \(terminalSafe("cannot read \(error)"))\n")
                err.flush()
                return 2
            }
        } else {
            files.append(path)
        }
    }
    let many = sawDirectory || files.count > 1 || output.map { FileSystem.isDirectory($0) || $0.hasSuffix("/") } == true
    guard many else { return importOne(files[0], output: output, unplacedPath: unplacedPath) }
    guard let directory = output else {
        err.write("rql: error: importing several reports needs an output directory: rql import FILE|DIR … -o DIR\n")
        err.flush()
        return 2
    }
    guard !files.isEmpty else {
        err.write("rql: error: no reports (.txt, .html, .htm, .docx, .pdf) in \(terminalSafe(paths.joined(separator: ", ")))\n")
        err.flush()
        return 2
    }
    // One output per input: two inputs that would write the same file are an error before any work.
    var outputs: [String: String] = [:]
    for file in files {
        let name = ImportJob.outputName(file)
        if let other = outputs[name] {
            err.write("rql: error: \(terminalSafe("\(other) and \(file) would both be written to \(name) in \(directory)"))\n")
            err.flush()
            return 2
        }
        outputs[name] = file
    }
    do {
        try FileSystem.makeDirectories(directory)
    } catch {
        err.write("rql: error: cannot make the output directory \(terminalSafe("\(error)"))\n")
        err.flush()
        return 2
    }
    let meter = Terminal.isTerminal(2) ? ProgressLine(total: files.count, label: "importing") : nil
    let target = directory.hasSuffix("/") ? directory : directory + "/"
    let rows = concurrentMap(files.count) { k -> ImportJob.Row in
        let row = ImportJob.run(files[k], writingTo: target + ImportJob.outputName(files[k]))
        meter?.step()
        return row
    }
    meter?.finish()
    Writer.standardOutput.write(ImportJob.table(rows))
    Writer.standardOutput.flush()
    let failed = rows.filter { $0.failure != nil }
    for row in failed {
        err.write("rql: error: \(terminalSafe(row.failure ?? ""))\n")
    }
    let written = rows.count - failed.count
    err.write("rql import: \(written) of \(rows.count) reports written to \(terminalSafe(directory))"
              + (failed.isEmpty ? "\n" : "; \(failed.count) failed\n"))
    err.flush()
    return failed.isEmpty ? 0 : 2
}

/// One report: standard output, or `output` written atomically.
private func importOne(_ path: String, output: String?, unplacedPath: String?) -> Int32 {
    let err = Writer.standardError
    let result: ImportResult
    do {
        result = try ImportJob.importFile(path)
    } catch {
        err.write("rql: error: \(terminalSafe(error.message))\n")
        err.flush()
        return 2
    }
    if let output {
        do {
            try ImportInterrupt.writing { () throws(Files.Failure) in try Files.writeAtomically(Array(result.json.utf8), to: output) }
        } catch {
            err.write("rql: error: \(terminalSafe("cannot write \(error)"))\n")
            err.flush()
            return 2
        }
    } else {
        ImportInterrupt.writing {
            Writer.standardOutput.write(result.json)
            Writer.standardOutput.flush()
        }
    }
    err.write(terminalSafeLines(result.summary))
    err.flush()
    if let unplacedPath {
        // Every unplaced sentence, with the line it stands on: all of them, whatever the summary shows.
        let lines = zip(result.unplacedLines, result.unplaced).map { "line \($0 + 1): \($1)\n" }.joined()
        do {
            try ImportInterrupt.writing { () throws(Files.Failure) in try Files.writeAtomically(Array(lines.utf8), to: unplacedPath) }
        } catch {
            err.write("rql: error: \(terminalSafe("cannot write \(unplacedPath): \(error)"))\n")
            err.flush()
            return 2
        }
    }
    return 0
}

/// The steps of importing one file, and the table of many.
enum ImportJob {
    /// What the table shows of one import.
    struct Row: Sendable {
        var file: String
        var region = ""
        var level = ""
        var year = ""
        var counts: [String: Int] = [:]
        var unplaced = 0
        /// Why the report has no model: the message.
        var failure: String?
    }

    /// The extensions a directory's reports have.
    static let extensions = [".txt", ".text", ".htm", ".html", ".xhtml", ".shtml", ".docx", ".pdf"]

    static func isReportName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return !name.hasPrefix(".") && extensions.contains { lower.hasSuffix($0) }
    }

    /// `DIR/a/report.html` → `report.json`.
    static func outputName(_ path: String) -> String {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base + ".json" }
        return String(base[..<dot]) + ".json"
    }

    /// Reads, converts and imports the file at `path`.
    static func importFile(_ path: String) throws(ReportText.Failure) -> ImportResult {
        let bytes: [UInt8]
        do {
            bytes = try Files.read(path)
        } catch {
            throw ReportText.Failure("cannot read \(error)")
        }
        let text = try ReportText.extract(from: bytes, fileName: path)
        return ReportImporter().importReport(text: text, source: path)
    }

    /// Imports `path` and writes its model to `output`.
    static func run(_ path: String, writingTo output: String) -> Row {
        var row = Row(file: path)
        do {
            let result = try importFile(path)
            try ImportInterrupt.writing { () throws(Files.Failure) in try Files.writeAtomically(Array(result.json.utf8), to: output) }
            row.region = result.metadata["region"] ?? ""
            row.level = result.level
            row.year = result.metadata["reportYear"] ?? ""
            row.counts = result.counts
            row.unplaced = result.unplaced.count
        } catch let failure as ReportText.Failure {
            row.failure = failure.message
        } catch {
            row.failure = "cannot write \(error)"
        }
        return row
    }

    /// The summary table: one line a file, columns aligned by display width.
    static func table(_ rows: [Row]) -> String {
        let header = ["file", "region", "level", "year", "indicators", "targets", "projects", "facts", "unplaced"]
        let numeric = Set(4..<9)
        var lines: [[String]] = [header]
        for r in rows {
            if let failure = r.failure {
                lines.append([terminalSafe(r.file), "error: " + terminalSafe(failure)])
                continue
            }
            // A file name or a report's region can hold what a terminal obeys: shown escaped, measured as shown.
            lines.append([terminalSafe(r.file), r.region.isEmpty ? "-" : terminalSafe(r.region), r.level.isEmpty ? "-" : terminalSafe(r.level),
                          r.year.isEmpty ? "-" : terminalSafe(r.year)] + ["indicators", "targets", "projects", "facts"]
                            .map { String(r.counts[$0] ?? 0) } + [String(r.unplaced)])
        }
        var widths = [Int](repeating: 0, count: header.count)
        for line in lines where line.count == header.count {
            for (k, cell) in line.enumerated() { widths[k] = max(widths[k], displayWidth(cell)) }
        }
        var out = ""
        for line in lines {
            var cells: [String] = []
            for (k, cell) in line.enumerated() {
                if line.count != header.count && k == line.count - 1 {
                    cells.append(cell)
                    continue
                }
                let pad = String(repeating: " ", count: max(0, widths[k] - displayWidth(cell)))
                cells.append(numeric.contains(k) ? pad + cell : cell + pad)
            }
            var text = cells.joined(separator: "  ")
            while text.hasSuffix(" ") { text.removeLast() }
            out += text + "\n"
        }
        return out
    }
}

/// `text` made safe to print line by line (``terminalSafe(_:)``): its lines stay lines, and anything in them
/// a terminal would obey — a report's escape sequences in the summary's region or unplaced sentences — is shown
/// escaped.
func terminalSafeLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { terminalSafe(String($0)) }.joined(separator: "\n")
}
