import ReportImport
import ReportModel
import Testing
import TestSupport

/// The import never fails: any text gives a model that loads. Degenerate inputs and, with a fixed seed,
/// the bundled report with characters deleted, inserted and replaced.
@Suite struct RobustnessTests {
    /// A small deterministic generator (64-bit LCG), so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
    }

    static func loads(_ text: String, _ name: String) {
        let r = ReportImporter().importReport(text: text, source: name)
        do {
            let report = try Report.load(json: r.json, source: name)
            #expect(report.text.count <= text.count, "\(name)")
        } catch {
            Issue.record("\(name): \(error)\n\(text.prefix(120))")
        }
    }

    @Test func degenerateInputs() {
        let inputs = ["", "\u{FEFF}", "\r\n\r\n", "一、", "(一)", "123", "1.", "⑴", "“", "增长-", "5%-", "——",
                      "项目271总投资", "各位代表", "一、\n(一)\n(一)\n一、", "1,234,567.8亿元", "下降-5%",
                      "一、2023年\n(一)地区生产总值增长5%。\n二、2024年\n地区生产总值增长6%-7%。\n各位代表"]
        for (k, text) in inputs.enumerated() { Self.loads(text, "degenerate\(k)") }
    }

    @Test func mutatedReports() throws {
        let base = Array(try readFile(RoundTripTests.path))
        let alphabet = Array("0123456789.%-,、;:。()“”《》项目亿元万个一二(七)增长下降等和及 \n年月日第名位—总投资计划")
        var g = Generator(state: 2024)
        for round in 0..<12 {
            var c = base
            for _ in 0..<80 {
                let k = g.next(c.count)
                switch g.next(3) {
                case 0: c.remove(at: k)
                case 1: c.insert(alphabet[g.next(alphabet.count)], at: k)
                default: c[k] = alphabet[g.next(alphabet.count)]
                }
            }
            Self.loads(String(c), "mutated\(round)")
            Self.loads(String(c.prefix(g.next(c.count))), "prefix\(round)")
        }
    }
}
