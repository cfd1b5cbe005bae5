internal import ReportModel

/// Reads the text of a development-plan report (国民经济和社会发展计划执行情况与下一年计划的报告 of a county,
/// district, city or province, any year) and writes its model in the `reportql/1` format.
///
/// The import places a figure only where the text says what it is; a number it cannot place is left out of
/// the model and its sentence is listed in ``ImportResult/unplaced``. Every record carries the exact words
/// it came from and the section they stand in.
///
/// ```swift
/// let result = ReportImporter().importReport(text: text, source: "report.txt")
/// let report = try Report.load(json: result.json, source: "report.json")
/// ```
///
/// The stages, one file each:
///
/// | stage | file | takes | gives |
/// |---|---|---|---|
/// | normalise | `Normalizer.swift` | the text | half-width digits and punctuation, `\n` line ends |
/// | document | `Document.swift` | the text | characters with their UTF-8 offsets, lines |
/// | metadata | `Metadata.swift` | the opening lines | `meta`; the lines that are not report text |
/// | outline | `Outline.swift` | headings | sections, placed where the loader will place them |
/// | figures | `Figures.swift` | lines | every number: quantity and unit, or year, date, name part, marker |
/// | clauses | `SentenceAnalysis.swift` | sentences, figures | a statement per figure: the words before and after it |
/// | collections | `ProjectPlan`, `Indicators`, `Facts`, `NamedProjects` | statements | records, each with its quote |
/// | output | `Records.swift`, this file | records | the `reportql/1` document and the summary |
public struct ReportImporter: Sendable {
    /// An importer. It holds no state: one importer may import any number of reports.
    public init() {}

    /// Every pass over the normalized text, in order: the analysis each collection's records come from
    /// (the records not yet anchored to their quotes). The corpus tests read it too.
    static func analysis(of normalized: String) -> Analysis {
        let doc = Document(normalized)
        let meta = Metadata.read(doc)
        let outline = Outline.build(doc, meta: meta)
        let skip = meta.frontLines.union(outline.furnitureLines)
        let figures = FigureScanner.scan(doc, skipLines: skip)
        let clauses = SentenceAnalysis.build(doc, figures: figures, skipLines: skip)
        var a = Analysis(doc: doc, meta: meta, outline: outline, figures: figures, clauses: clauses)
        a.readProjectPlan()
        a.readKeyProjects()
        a.readIndicators()
        a.readTargets()
        a.readFacts()
        a.readNamed()
        return a
    }

    /// Imports the report `text`; `source` names it in the summary.
    public func importReport(text: String, source: String) -> ImportResult {
        let (normalized, changed) = Normalizer.normalize(text)
        var a = Self.analysis(of: normalized)
        a.dropInvalidQuantities()
        let doc = a.doc, meta = a.meta, outline = a.outline, clauses = a.clauses

        let index = QuoteIndex(doc.bytes, work: doc.work)
        var repeats: [Int: Bool] = [:]
        let collections: [(key: String, records: [Record])] = [
            ("indicators", a.indicators), ("targets", a.targets), ("projects", a.projects),
            ("projectTotals", a.projectTotals), ("keyProjects", a.keyProjects), ("named", a.named),
            ("facts", a.facts.sorted { $0.position < $1.position }),
        ].map { c in (c.0, c.1.map { anchored($0, doc, outline, index, &repeats) }) }
        let sections = outline.sections.map { s -> [(key: String, value: Record.Value)] in
            var f: [(key: String, value: Record.Value)] = [("id", .text(s.id)), ("title", .text(s.title))]
            if let p = s.parent { f.append(("parent", .text(p))) }
            if let h = s.heading { f.append(("heading", .text(h))) }
            return f
        }
        let json = JSONWriter.document(meta: meta.fields, text: normalized, sections: sections, collections: collections)

        var counts: [String: Int] = [:]
        for c in collections { counts[c.key] = c.records.count }
        let unplacedSentences = a.unplaced.sorted().map { doc[clauses.sentences[$0].range] }
        var summary = "rql import: \(source)"
        let what = [meta.region, meta.reportYear.isEmpty ? "" : "\(meta.reportYear)年",
                    meta.planYear.isEmpty ? "" : "计划\(meta.planYear)年"].filter { !$0.isEmpty }
        if !what.isEmpty { summary += ": " + what.joined(separator: " ") }
        summary += "\n"
        // The summary names the collections as queries do (`totals`, not the JSON key `projectTotals`).
        let queryNames = ["projectTotals": "totals", "keyProjects": "keyprojects"]
        summary += "  records: " + collections.map { "\(queryNames[$0.key] ?? $0.key) \($0.records.count)" }
            .joined(separator: ", ")
        summary += "; sections \(outline.sections.count)\n"
        if !changed.isEmpty { summary += "  text normalised: " + changed.joined(separator: ", ") + "\n" }
        if unplacedSentences.isEmpty {
            summary += "  every number was placed\n"
        } else {
            let noun = unplacedSentences.count == 1 ? "sentence" : "sentences"
            summary += "  unplaced: \(unplacedSentences.count) \(noun) with numbers not placed:\n"
            for k in a.unplaced.sorted() {
                let s = clauses.sentences[k]
                summary += "    line \(doc.physicalLine[s.line] + 1): \(doc[s.range])\n"
            }
        }
        var result = ImportResult(json: json, counts: counts, unplaced: unplacedSentences, summary: summary)
        result.work = doc.work.steps
        result.unplacedLines = a.unplaced.sorted().map { doc.physicalLine[clauses.sentences[$0].line] }
        result.metadata = Dictionary(meta.fields, uniquingKeysWith: { first, _ in first })
        return result
    }

    // MARK: Private API

    /// The record with its quote and section: the quote is widened until the loader, searching the section
    /// from its start, finds it exactly where the record's figures stand.
    ///
    /// A line that already stands earlier in the section (a report pasted twice) cannot be told apart by any
    /// widening: its quote is widened as far as the search would go, without searching (`repeats` remembers
    /// the lines found so).
    private func anchored(_ r0: Record, _ doc: Document, _ outline: Outline, _ index: QuoteIndex,
                          _ repeats: inout [Int: Bool]) -> Record {
        var r = r0
        var q = doc.trimmed(r.quote)
        let section = outline.section(at: q.lowerBound, doc)
        let lineNumber = doc.lineIndex(of: q.lowerBound)
        let line = doc.lines[lineNumber]
        let bytes = section?.bytes ?? 0..<doc.bytes.count
        func firstAt(_ q: Range<Int>) -> Int? {
            let needle = Array(doc.bytes[doc.utf8[q.lowerBound]..<doc.utf8[q.upperBound]])
            return index.find(needle, from: bytes.lowerBound, to: bytes.upperBound) ?? index.find(needle, from: 0)
        }
        func foundAtItsPlace(_ q: Range<Int>) -> Bool { firstAt(q) == doc.utf8[q.lowerBound] }
        let limit = 200
        if !foundAtItsPlace(q) {
            let whole = doc.trimmed(line)
            let key = lineNumber &* 31 &+ bytes.lowerBound
            let repeated: Bool
            if let known = repeats[key] {
                repeated = known
            } else {
                repeated = !whole.isEmpty && whole.lowerBound <= q.lowerBound && q.upperBound <= whole.upperBound
                    && !foundAtItsPlace(whole)
                repeats[key] = repeated
            }
            if repeated {
                // What the widening below would reach, each step failing.
                let left = min(limit, max(0, q.lowerBound - line.lowerBound))
                let right = min(limit - left, max(0, line.upperBound - q.upperBound))
                q = (q.lowerBound - left)..<(q.upperBound + right)
            } else {
                // One character at a time for the first few steps (the shortest quote that is found at its
                // place), then in growing strides, so a quote that stands many times costs a few searches.
                var steps = 0
                var stride = 1
                while !foundAtItsPlace(q), steps < limit {
                    let left = min(stride, q.lowerBound - line.lowerBound, limit - steps)
                    if left > 0 {
                        q = (q.lowerBound - left)..<q.upperBound
                        steps += left
                    } else {
                        let right = min(stride, line.upperBound - q.upperBound, limit - steps)
                        guard right > 0 else { break }
                        q = q.lowerBound..<(q.upperBound + right)
                        steps += right
                    }
                    if steps >= 8 { stride *= 2 }
                }
            }
        }
        r.quote = q
        r.set("quote", doc[q])
        r.set("section", section?.id ?? "正文")
        return r
    }
}

/// What an import produced: the model, how many records each collection got, and what was left out.
public struct ImportResult: Sendable {
    /// The model as a `reportql/1` JSON document; `Report.load(json:source:)` reads it.
    public var json: String
    /// Records per collection, by JSON key (`indicators`, `targets`, `projects`, `projectTotals`,
    /// `keyProjects`, `named`, `facts`).
    public var counts: [String: Int]
    /// The sentences holding a number the import could not place, in text order.
    public var unplaced: [String]
    /// The summary `rql import` prints on standard error: records per collection and the unplaced sentences.
    public var summary: String
    /// The import's elementary steps (words compared, characters scanned, statements visited): tests compare
    /// it at n and 10n to check the import is linear in its input.
    public var work = 0
    /// The line (from 0) of the text each of ``unplaced`` stands on.
    public var unplacedLines: [Int] = []
    /// The report's `meta` fields: `region`, `reportYear`, `planYear`, `title`, … as the import read them.
    public var metadata: [String: String] = [:]

    /// A result; ``ReportImporter/importReport(text:source:)`` makes these.
    public init(json: String, counts: [String: Int], unplaced: [String], summary: String) {
        self.json = json
        self.counts = counts
        self.unplaced = unplaced
        self.summary = summary
    }
}
