import Testing
@testable import ReportImport
@testable import ReportModel

/// The importer's units are the model's: one table (`Unit.writtenUnits`), and each unit read back the same.
@Suite struct VocabularyTests {
    /// Every unit the importer recognises is a unit the model reads with the same dimension and factor: a named
    /// unit as the model names it, a multiplier in front of a unit in the base's dimension with the factor
    /// multiplied, and otherwise a measure word of its own dimension.
    @Test func importerUnitsAreModelUnits() throws {
        let multipliers: [(String, Int128)] = [("千万", 10_000_000), ("亿", 100_000_000), ("万", 10_000)]
        #expect(Vocabulary.units.count > 30)
        for word in Vocabulary.units {
            let unit = try #require(Unit.named(word), "\(word)")
            #expect(unit.symbol == word)
            if let named = Unit.known[word] {
                #expect(unit.dimension == named.dimension && unit.numerator == named.numerator
                        && unit.denominator == named.denominator, "\(word)")
                continue
            }
            let split = multipliers.first { m, _ in
                word.hasPrefix(m) && Vocabulary.units.contains(String(word.dropFirst(m.count)))
            }
            if let (m, factor) = split {
                let base = try #require(Unit.named(String(word.dropFirst(m.count))))
                #expect(unit.dimension == base.dimension && unit.numerator == base.numerator * factor
                        && unit.denominator == base.denominator, "\(word)")
            } else {
                #expect(unit.dimension == .count(word) && unit.numerator == 1 && unit.denominator == 1, "\(word)")
            }
        }
    }

    /// Every named unit written in Chinese characters is one the importer recognises, and the list is longest
    /// first (the importer takes the first that matches).
    @Test func everyNamedUnitIsRecognised() {
        let units = Vocabulary.units
        for word in Unit.known.keys where word.unicodeScalars.allSatisfy(Unit.isCJK) {
            #expect(units.contains(word), "\(word)")
        }
        for (a, b) in zip(units, units.dropFirst()) { #expect(a.count >= b.count, "\(a) before \(b)") }
        #expect(Set(units).count == units.count)
    }
}
