import ReportImport
import Testing
import TestSupport

/// The import is linear in its input: ten times the text costs at most twelve times the work, counted in the
/// import's elementary steps (``ImportResult/work``), never on a clock.
@Suite struct LinearWorkTests {
    static func work(_ text: String) -> Int {
        ReportImporter().importReport(text: text, source: "n").work
    }

    static func expectLinear(_ small: String, _ large: String, _ what: String) {
        let n = work(small), n10 = work(large)
        let ratio = Double(n10) / Double(max(1, n))
        #expect(n > 0)
        #expect(ratio <= 12, "\(what): work \(n) at n, \(n10) at 10n (ratio \(ratio))")
    }

    /// One sentence of numbers: 800, then 8,000 (32 KB of digits, units and 、).
    @Test func oneSentenceOfManyNumbers() {
        func sentence(_ count: Int) -> String {
            var s = "一、2023年工作回顾\n全年完成"
            for k in 0..<count { s += (k == 0 ? "" : "、") + "\(k + 1)个" }
            return s + "。\n"
        }
        Self.expectLinear(sentence(800), sentence(8000), "one sentence with many numbers")
    }

    /// The bundled report's first chapter, then ten copies of it (every quote stands ten times). (The whole
    /// report ten times over is what the issue measured; its first chapter keeps the debug-build test short.)
    @Test func theSeedRepeated() throws {
        let seed = try readFile(packageRoot + "../shared/reports/quangang-2023.txt")
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false)
        let end = lines.firstIndex { $0.contains("二、2024年") } ?? lines.count
        let chapter = lines[..<end].joined(separator: "\n") + "\n"
        Self.expectLinear(chapter, String(repeating: chapter, count: 10), "the seed repeated")
    }

    /// The whole bundled report, then ten copies of it: what the issue measured (every sentence, named project,
    /// quote and indicator stands ten times; the named-project and clause passes must not look back over the copies
    /// before).
    @Test func theWholeSeedRepeated() throws {
        let seed = try readFile(packageRoot + "../shared/reports/quangang-2023.txt")
        Self.expectLinear(seed, String(repeating: seed + "\n", count: 10), "the whole seed repeated")
    }
}
