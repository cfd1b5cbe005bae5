import ReportImport
import ReportModel
import Testing
import TestSupport

/// Issue #16 item 2: 7 of the 31 provincial reports of 2026 state their GDP target as a range (`增长5%—5.5%`,
/// `增长4.5-5%`). Each comes back as a target, `growth` its low end and `upper` its high end — values read from
/// each text — and no range sentence of theirs stays unplaced for it. Anhui and Xinjiang also write a five-year
/// average as a range (`年均增长5%—5.5%`): it is not the year's target.
@Suite struct CorpusRangeTests {
    /// File, growth, upper, and the words the quote must hold.
    static let expected: [(file: String, growth: String, upper: String, quote: String)] = [
        ("anhui.txt", "5%", "5.5%", "地区生产总值增长5%—5.5%"),
        ("guangdong.txt", "4.5%", "5%", "地区生产总值增长4.5%—5%"),
        ("heilongjiang.txt", "4.5%", "5%", "地区生产总值增长4.5-5%"),
        ("jiangxi.txt", "5%", "5.5%", "地区生产总值增长5%-5.5%"),
        ("shanxi.txt", "4.5%", "5%", "地区生产总值增长4.5%—5%"),
        ("xinjiang.txt", "5.5%", "6%", "地区生产总值增长5.5%—6%"),
        ("zhejiang.txt", "5%", "5.5%", "全省生产总值增长5%—5.5%"),
    ]

    @Test func rangedGDPTargetsAreFound() async throws {
        let imported = try await CorpusTests.importAll(Self.expected.map(\.file))
        for e in Self.expected {
            let i = try #require(imported[e.file])
            let gdp = i.rows("targets").filter { $0["name"] == "地区生产总值" }
            #expect(gdp.count == 1, "\(e.file): \(gdp)")
            guard let t = gdp.first else { continue }
            #expect(t["growth"] == e.growth, "\(e.file): \(t)")
            #expect(t["upper"] == e.upper, "\(e.file): \(t)")
            #expect(t["quote"]?.contains(e.quote) == true, "\(e.file): \(t["quote"] ?? "-")")
            #expect(!t["quote", default: ""].contains("年均"), "\(e.file): \(t)")
            #expect(!i.result.unplaced.contains { $0.contains(e.quote) }, "\(e.file)")
            // Every other target of these reports is one figure: no `upper`.
            for r in i.rows("targets") where r["upper"] != nil && r != t {
                Issue.record("\(e.file): another range target \(r)")
            }
        }
    }
}
