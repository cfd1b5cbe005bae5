import ReportImport
import ReportModel
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// A fixture report of `Tests/ReportImportTests/Fixtures`, imported and loaded back.
struct Imported {
    let result: ImportResult
    let report: Report

    init(fixture name: String) throws {
        let path = packageRoot + "Tests/ReportImportTests/Fixtures/" + name
        try self.init(text: try readFile(path), source: name)
    }

    init(text: String, source: String) throws {
        result = ReportImporter().importReport(text: text, source: source)
        report = try Report.load(json: result.json, source: source + ".json")
    }

    /// The rows of a collection, each field as text: quantities as written (`623.68亿元`), booleans as
    /// `true`/`false`, missing values absent.
    func rows(_ collection: String) -> [[String: String]] {
        records(report, collection)
    }

    /// The one row of `collection` whose `key` is `value`.
    func row(_ collection: String, _ key: String, _ value: String) -> [String: String]? {
        rows(collection).first { $0[key] == value }
    }
}

/// Every row of `collection` in `report`, each field as text, with its quote's UTF-8 span as `_start`/`_end`.
func records(_ report: Report, _ collection: String) -> [[String: String]] {
    guard let t = report.table(collection) else { return [] }
    let spans = report.spans[t.name] ?? []
    return (0..<t.rowCount).map { row in
        var r: [String: String] = [:]
        for c in t.columns {
            switch c.data {
            case .text(let col): r[c.name] = col.string(at: row)
            case .number(let col): r[c.name] = col.quantity(at: row)?.description
            case .bool(let col): r[c.name] = col.value(at: row).map { $0 ? "true" : "false" }
            }
        }
        if row < spans.count {
            r["_start"] = String(spans[row].start)
            r["_end"] = String(spans[row].start + spans[row].length)
        }
        return r
    }
}
