@testable import ReportImport
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// A review tool, not part of the suite's run: with `RQL_NUMERAL_LIST=1`, imports every report of the corpus
/// (../shared/corpus/gov-work-2026) and prints every figure written in Chinese numerals the import makes, with
/// the record it went to (`fact`, `indicator` …, or `-` when none), so the rule's results can be read whole.
@Suite struct NumeralListTests {
    static var enabled: Bool { getenv("RQL_NUMERAL_LIST") != nil }

    @Test(.enabled(if: enabled)) func everyNumeralFigureOfTheCorpus() throws {
        let folder = packageRoot + "../shared/corpus/gov-work-2026/"
        let files = Self.files
        var made = 0, facts = 0
        for file in files {
            let (normalized, _) = Normalizer.normalize(try readFile(folder + file))
            let a = ReportImporter.analysis(of: normalized)
            let doc = a.doc, figures = a.figures
            let collections = [("indicator", a.indicators), ("target", a.targets), ("fact", a.facts), ("named", a.named)]
            for f in figures where FigureScanner.isNumeralCharacter(doc.chars[f.start]) {
                made += 1
                let owner = collections.first { $0.1.contains { $0.position == f.start } }
                if owner?.0 == "fact" { facts += 1 }
                let record = owner.flatMap { c in c.1.first { $0.position == f.start } }
                let context = doc[max(0, f.start - 12)..<min(doc.chars.count, f.end + 8)]
                print("NUMERAL\t\(file)\t\(f.quantity)\t\(owner?.0 ?? "-")\t\(record?.text("subject") ?? record?.text("name") ?? "")\t\(context)")
            }
        }
        print("NUMERAL figures \(made), facts \(facts)")
        // Measured when the list was last read whole (312 figures before the rule's exclusions): a change in
        // either count means the list must be read again.
        #expect(made == 167 && facts == 166, "numeral figures \(made), facts \(facts)")
    }

    static let files = ["anhui", "beijing", "chongqing", "fujian", "gansu", "guangdong", "guangxi", "guizhou", "hainan",
                        "hebei", "heilongjiang", "henan", "hubei", "hunan", "jiangsu", "jiangxi", "jilin", "liaoning",
                        "neimenggu", "ningxia", "qinghai", "shaanxi", "shandong", "shanghai", "shanxi", "sichuan",
                        "tianjin", "xinjiang", "xizang", "yunnan", "zhejiang"].map { $0 + ".txt" }
}
