import ReportImport
import ReportModel
import Testing
import TestSupport

/// The bundled 泉港区 report, imported from its text and compared with the hand-made built-in model.
@Suite struct RoundTripTests {
    static let path = packageRoot + "../shared/reports/quangang-2023.txt"

    static func imported() throws -> Imported {
        try Imported(text: try readFile(path), source: "quangang-2023.txt")
    }

    static func project(_ rows: [[String: String]], _ keys: [String]) -> [String] {
        rows.map { r in keys.map { "\($0)=\(r[$0] ?? "-")" }.joined(separator: " ") }
    }

    @Test func theTextIsKeptAsIs() throws {
        let imported = try Self.imported()
        #expect(imported.report.text == Report.builtin.text)
    }

    /// Every field of every row, in the built-in model's order; on failure, the rows that differ side by side.
    static func diff(_ got: [[String: String]], _ want: [[String: String]], skipping: Set<String> = []) -> [String] {
        func line(_ r: [String: String]) -> String {
            r.filter { !$0.key.hasPrefix("_") && !skipping.contains($0.key) }.sorted { $0.key < $1.key }
                .map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
        var out: [String] = []
        if got.count != want.count { out.append("rows: imported \(got.count), built-in \(want.count)") }
        for k in 0..<max(got.count, want.count) {
            let g = k < got.count ? line(got[k]) : "<none>", w = k < want.count ? line(want[k]) : "<none>"
            if g != w { out.append("row \(k):\n  imported: \(g)\n  built-in: \(w)") }
        }
        return out
    }

    /// Every collection but the facts, field for field and row for row: indicators, targets (with their notes
    /// and links), the project plan, its totals, the key projects and the named projects (status, wording,
    /// year, quote, section), with the quote's place in the text.
    @Test(arguments: ["indicators", "targets", "projects", "totals", "keyprojects", "named"])
    func everyCollectionIsExact(_ collection: String) throws {
        let got = try Self.imported().rows(collection)
        let want = records(Report.builtin, collection)
        #expect(!want.isEmpty)
        let d = Self.diff(got, want)
        #expect(d.isEmpty, "\(collection): \(d.count) differences\n\(d.prefix(20).joined(separator: "\n"))")
    }

    /// The plan's stated totals recomputed (`check`) give the same 15 reconciliations on both: the restatements
    /// of the plan in the facts (重点项目完成年度投资, 重点项目涵盖领域) included.
    @Test func factsThatRestateThePlanAreNamedAlike() throws {
        let got = try Self.imported().rows("facts").map { "\($0["subject"] ?? "") \($0["value"] ?? "")" }
        for restated in ["高质量实施重点项目 271个", "重点项目完成年度投资 323.04亿元", "重点项目涵盖领域 6大领域"] {
            #expect(got.contains(restated), "\(restated)")
        }
    }

    /// Facts, record by record in text order, every field exact as in every other collection: subject, value,
    /// qualifier (every qualifier, 突破…以上), year, quote (with its place) and section. A built-in subject is words
    /// of its own sentence by the same rule as the import's (the lead of the figure, a relation its item's
    /// subject, a verb alone the words after it, light verbs dropped), never a paraphrase.
    @Test func factsRecordByRecord() throws {
        let got = try Self.imported().rows("facts")
        let want = records(Report.builtin, "facts")
        #expect(want.count == 199)
        let d = Self.diff(got, want)
        #expect(d.isEmpty, "facts: \(d.count) differences\n\(d.prefix(40).joined(separator: "\n"))")
        // The quote's place too: `diff` leaves the _ keys out.
        let places = zip(got, want).filter { $0["_start"] != $1["_start"] || $0["_end"] != $1["_end"] }
        #expect(places.isEmpty, "\(places.prefix(10).map { "\($0.0["quote"] ?? "") \($0.0["_start"] ?? "")/\($0.1["_start"] ?? "")" })")
    }

    @Test func metadataAndSections() throws {
        let imported = try Self.imported()
        #expect(imported.report.meta.map { "\($0.key)=\($0.value)" } == Report.builtin.meta.map { "\($0.key)=\($0.value)" })
        let got = imported.report.sections.map { "\($0.id) \($0.title) \($0.parent ?? "-") \($0.start)" }
        let want = Report.builtin.sections.map { "\($0.id) \($0.title) \($0.parent ?? "-") \($0.start)" }
        #expect(got == want)
        // Each section starts at its own heading.
        let bytes = Array(imported.report.text.utf8)
        for s in imported.report.sections where s.id != "正文" && s.id != "结语" {
            let marker = s.parent == nil ? s.id + "、" : "(" + s.id.dropFirst(s.parent?.count ?? 0).dropFirst().dropLast() + ")"
            let at = String(decoding: bytes[s.start..<min(bytes.count, s.start + marker.utf8.count)], as: UTF8.self)
            #expect(at == marker, "section \(s.id) starts at \(at)")
        }
    }

    /// A built-in fact is matched by an imported one with the same value whose quote overlaps its quote.
    @Test func factsMatchAtLeast95Percent() throws {
        let got = try Self.imported().rows("facts")
        let want = records(Report.builtin, "facts")
        var taken = Set<Int>()
        var missed: [String] = []
        for w in want {
            let ws = Int(w["_start"] ?? "") ?? 0, we = Int(w["_end"] ?? "") ?? 0
            let match = got.indices.first { g in
                guard !taken.contains(g), got[g]["value"] == w["value"] else { return false }
                let gs = Int(got[g]["_start"] ?? "") ?? 0, ge = Int(got[g]["_end"] ?? "") ?? 0
                return gs < we && ws < ge
            }
            if let match { taken.insert(match) } else { missed.append("\(w["value"] ?? "") \(w["quote"] ?? "")") }
        }
        let share = Double(want.count - missed.count) / Double(want.count)
        let measured = "facts: \(want.count - missed.count) of \(want.count) matched (\(Int(share * 1000) / 10)%); "
            + "imported \(got.count); missed: \(missed)"
        #expect(share >= 0.95, "\(measured)")
    }

    /// A built-in named project is matched by an imported one of the same name (one for one).
    @Test func namedMatchAtLeast95Percent() throws {
        let got = try Self.imported().rows("named")
        let want = records(Report.builtin, "named")
        var pool: [String: Int] = [:]
        for g in got { pool[g["name"] ?? "", default: 0] += 1 }
        var missed: [String] = []
        for w in want {
            let name = w["name"] ?? ""
            if let n = pool[name], n > 0 { pool[name] = n - 1 } else { missed.append(name) }
        }
        let share = Double(want.count - missed.count) / Double(want.count)
        let extra = pool.filter { $0.value > 0 }.map(\.key).sorted()
        let measured = "named: \(want.count - missed.count) of \(want.count) matched (\(Int(share * 1000) / 10)%); "
            + "imported \(got.count); missed: \(missed); not in the built-in model: \(extra)"
        #expect(share >= 0.95, "\(measured)")
    }

    /// A named project's status is normalised to a small vocabulary, its words kept beside it (statusWording),
    /// the same rule in the built-in model and the import; every mention agrees on status, wording and year.
    @Test func namedStatusesAreNormalised() throws {
        let vocabulary: Set<String> = ["新开工", "续建", "建成投产", "竣工", "投用", "签约落地", "前期", "推进"]
        let got = try Self.imported().rows("named")
        let want = records(Report.builtin, "named")
        #expect(got.allSatisfy { $0["status"] == nil || vocabulary.contains($0["status"] ?? "") })
        #expect(want.allSatisfy { $0["status"] == nil || vocabulary.contains($0["status"] ?? "") })
        #expect(got.allSatisfy { ($0["status"] == nil) == ($0["statusWording"] == nil) })
        var pool: [String: [[String: String]]] = [:]
        for g in got { pool[g["name"] ?? "", default: []].append(g) }
        var same = 0
        for w in want {
            guard var rows = pool[w["name"] ?? ""], !rows.isEmpty else { continue }
            let g = rows.removeFirst()
            pool[w["name"] ?? ""] = rows
            if ["status", "statusWording", "year"].allSatisfy({ g[$0] == w[$0] }) { same += 1 }
        }
        #expect(same == want.count, "\(same) of \(want.count) named mentions agree on status, wording and year")
    }

    @Test func theSummaryCountsEveryCollection() throws {
        let imported = try Self.imported()
        let tables = [("indicators", "indicators"), ("targets", "targets"), ("projects", "projects"),
                      ("projectTotals", "totals"), ("keyProjects", "keyprojects"), ("named", "named"), ("facts", "facts")]
        for (key, table) in tables {
            let n = imported.rows(table).count
            #expect(imported.result.counts[key] == n, "\(key)")
            // The summary names the collections as queries do: `totals 3`, not the JSON key `projectTotals 3`.
            #expect(imported.result.summary.contains(" \(table) \(n)"), "\(table)")
            if key != table { #expect(!imported.result.summary.contains(key), "\(key)") }
        }
        // Every number of the bundled report is a record's figure, or a year, date, name part or marker.
        #expect(imported.result.unplaced.isEmpty, "\(imported.result.unplaced)")
        #expect(imported.result.summary.contains("every number was placed"))
    }
}
