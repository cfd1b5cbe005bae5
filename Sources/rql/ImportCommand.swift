import ReportImport

/// `rql import FILE`: reads the text of a report of the genre and prints its `reportql/1` model on standard
/// output, and on standard error a summary: the records of each collection and the sentences with numbers
/// the import could not place. `rql import report.txt > report.json`, then `rql --report report.json`.
///
/// With `-o OUT` the model goes to OUT instead: written to a temporary file beside it and renamed over it only
/// when complete, so OUT is never left half written.
///
/// Exit status: 0 when the model was written (unplaced sentences are reported, not an error); 2 when the
/// file cannot be read, or the model cannot be written, naming it.
func runImport(path: String, output: String? = nil, unplacedPath: String? = nil) -> Int32 {
    Writer.failureStatus = 2
    let out = Writer.standardOutput
    let err = Writer.standardError
    let bytes: [UInt8]
    do {
        bytes = try Files.read(path)
    } catch {
        err.write("rql: error: cannot read \(error)\n")
        err.flush()
        return 2
    }
    let result = ReportImporter().importReport(text: String(decoding: bytes, as: UTF8.self), source: path)
    if let output {
        do {
            try Files.writeAtomically(Array(result.json.utf8), to: output)
        } catch {
            err.write("rql: error: cannot write \(error)\n")
            err.flush()
            return 2
        }
    } else {
        out.write(result.json)
        out.flush()
    }
    err.write(result.summary)
    err.flush()
    if let unplacedPath {
        // Every unplaced sentence, with the line it stands on: all of them, whatever the summary shows.
        let lines = zip(result.unplacedLines, result.unplaced).map { "line \($0 + 1): \($1)\n" }.joined()
        do {
            try Files.writeAtomically(Array(lines.utf8), to: unplacedPath)
        } catch {
            err.write("rql: error: cannot write \(unplacedPath): \(error)\n")
            err.flush()
            return 2
        }
    }
    return 0
}
