import ReportModel

/// Turning what the evaluator produced into the results a front end prints, and the two statements that
/// are not queries: `source` (provenance) and `check` (reconciliation).
extension Evaluator {
    /// Runs a checked statement to its printable result.
    func result(of plan: Plan) throws(RuntimeError) -> (QueryResult, Evaluated?) {
        switch plan.statement {
        case .check:
            return (.checks(Reconciler(catalog: context.environment.catalog).run()), nil)
        case .source:
            return (.sources(try sources(plan)), nil)
        case .query, .letBinding:
            let d = try run(plan)
            let result = Self.queryResult(d, plan.resultType, interrupt: context.environment.options.interrupt)
            try checkpoint()
            return (result, d)
        }
    }

    /// The printable result of `d`; cut short (and to be thrown away) once `interrupt` says stop.
    static func queryResult(_ d: Evaluated, _ type: ResultType, interrupt: Interrupt? = nil) -> QueryResult {
        switch d {
        case .scalar(let v, let skipped):
            return .scalar(v, skipped: skipped)
        case .table(let frame):
            return .table(resultTable(frame, type, interrupt: interrupt))
        }
    }

    static func resultTable(_ frame: Frame, _ type: ResultType, interrupt: Interrupt? = nil) -> ResultTable {
        var shapeTypes: [String: ValueType] = [:]
        if case .table(let cols) = type { for c in cols { shapeTypes[c.name] = c.type } }
        let visible = frame.columns.indices.filter { !frame.columns[$0].hidden }
        let data = visible.map { ColumnValues(frame.columns[$0].data) }
        var rows: [[Value]] = []
        rows.reserveCapacity(frame.rows.count)
        for (k, r) in frame.rows.enumerated() {
            if k & 0xFFF == 0xFFF, interrupt.shouldStop { break }
            rows.append(data.map { $0.value(at: Int(r)) })
        }
        let columns = visible.enumerated().map { k, i in
            ResultColumn(name: frame.columns[i].name, type: shapeTypes[frame.columns[i].name] ?? ValueType(frame.columns[i].data.type),
                         unit: ResultColumn.commonUnit(rows.lazy.map { $0[k] }))
        }
        return ResultTable(columns: columns, rows: rows)
    }

    /// The rows of a collection a pipeline draws on: its steps up to the first that computes new rows.
    func sourceRows(_ plan: Plan) throws(RuntimeError) -> (collection: String, rows: [Int32]) {
        var datum = try source(plan.source, plan.range)
        for step in plan.steps {
            guard case .table(let frame) = datum, frame.origin != nil else { break }
            switch step {
            case .filter, .sort, .limit:
                datum = try apply(step, frame, plan.range)
            default:
                break
            }
            if case .group = step { break }
            if case .aggregate = step { break }
            if case .select = step { break }
            if case .join = step { break }
            if case .window = step { break }
            if case .pivot = step { break }
        }
        guard case .table(let frame) = datum, let origin = frame.origin else {
            throw fail("'source' needs rows of a collection", plan.range)
        }
        return (origin, frame.rows)
    }

    func sources(_ plan: Plan) throws(RuntimeError) -> [SourceQuote] {
        let (collection, rows) = try sourceRows(plan)
        // Rows of merged collections run through the reports in order.
        var out: [SourceQuote] = []
        var first = 0
        let catalog = context.environment.catalog
        if let corpus = catalog.corpus {
            // A corpus keeps no report's text: each report with rows asked for is read from its file again.
            for (i, file) in corpus.files.enumerated() {
                let count = file.rows[collection] ?? 0
                let mine = rows.map(Int.init).filter { $0 >= first && $0 < first + count }.map { $0 - first }
                first += count
                if mine.isEmpty { continue }
                let report: Report
                do { report = try corpus.report(i) } catch {
                    throw fail("cannot read the report again for its text: \(error.description)", plan.range)
                }
                out += Provenance(report: report).quotes(collection: collection, rows: mine)
            }
            return out
        }
        for report in catalog.reports {
            let count = report.table(collection)?.rowCount ?? 0
            let mine = rows.map(Int.init).filter { $0 >= first && $0 < first + count }.map { $0 - first }
            out += Provenance(report: report).quotes(collection: collection, rows: mine)
            first += count
        }
        return out
    }
}

/// Finds the sentence of the report around each record's quote.
struct Provenance {
    let report: Report

    func quotes(collection: String, rows: [Int]) -> [SourceQuote] {
        let bytes = Array(report.text.utf8)
        var out: [SourceQuote] = []
        if collection == "sentences" || collection == "sections" {
            guard let table = report.table(collection) else { return [] }
            for r in rows {
                let textColumn = table.column(collection == "sentences" ? "text" : "title")
                guard case .text(let t)? = textColumn?.data, let s = t.string(at: r) else { continue }
                let sectionID: String?
                if case .text(let sc)? = table.column(collection == "sentences" ? "section" : "id")?.data {
                    sectionID = sc.string(at: r)
                } else {
                    sectionID = nil
                }
                var line = 0
                if case .number(let lc)? = table.column("line")?.data, let q = lc.quantity(at: r) {
                    line = Int(clamping: q.value.significand)
                }
                let sec = report.sections.first { $0.id == sectionID }
                out.append(SourceQuote(collection: collection, row: r, section: sectionID ?? "", sectionTitle: sec?.title ?? "",
                                       line: line, sentence: s, highlight: 0..<s.count))
            }
            return out
        }
        guard let spans = report.spans[collection] else { return [] }
        for r in rows where r < spans.count {
            let span = spans[r]
            guard span.length > 0 else { continue }
            // The sentence: back to the previous 。 or line start, forward to the next 。 or line end.
            var s = span.start
            while s > 0 {
                let b = bytes[s - 1]
                if b == 0x0A { break }
                if s >= 3, bytes[s - 3] == 0xE3, bytes[s - 2] == 0x80, bytes[s - 1] == 0x82 { break }
                s -= 1
            }
            var e = span.start + span.length
            while e < bytes.count {
                let b = bytes[e]
                if b == 0x0A { break }
                if e + 2 < bytes.count, b == 0xE3, bytes[e + 1] == 0x80, bytes[e + 2] == 0x82 { e += 3; break }
                e += 1
            }
            // A long sentence (a whole table in prose) narrows to the clauses around the quote, at ; or ；.
            if e - s > 360 {
                var s2 = span.start
                while s2 > s, bytes[s2 - 1] != 0x3B, !(s2 >= 3 && bytes[s2 - 3] == 0xEF && bytes[s2 - 2] == 0xBC && bytes[s2 - 1] == 0x9B) {
                    s2 -= 1
                }
                var e2 = span.start + span.length
                while e2 < e, bytes[e2] != 0x3B, !(e2 + 2 < e && bytes[e2] == 0xEF && bytes[e2 + 1] == 0xBC && bytes[e2 + 2] == 0x9B) {
                    e2 += 1
                }
                if e2 < e { e2 += bytes[e2] == 0x3B ? 1 : 3 }
                (s, e) = (s2, e2)
            }
            while s < e, bytes[s] == 0x20 { s += 1 }
            let before = String(decoding: bytes[s..<span.start], as: UTF8.self)
            let quote = String(decoding: bytes[span.start..<(span.start + span.length)], as: UTF8.self)
            let sentence = String(decoding: bytes[s..<e], as: UTF8.self)
            let sec = report.section(at: span.start)
            let from = before.count
            out.append(SourceQuote(collection: collection, row: r, section: sec?.id ?? "", sectionTitle: sec?.title ?? "",
                                   line: report.line(at: span.start), sentence: sentence,
                                   highlight: from..<(from + quote.count)))
        }
        return out
    }
}
