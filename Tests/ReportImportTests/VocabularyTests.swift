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

/// The table of canonical indicator names (IndicatorNames.swift): every name once, the county variants where a county
/// report writes them, and different indicators apart.
@Suite struct IndicatorNamesTests {
    @Test func everyNameIsListedOnce() {
        var seen: [String: Int] = [:]
        for line in IndicatorNames.table.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            let names = [parts[0]] + (parts.count > 1 ? parts[1].split(separator: "|") : [])
            for n in names { seen[String(n).trimmingSpaceLike(), default: 0] += 1 }
        }
        #expect(seen.count > 100)
        #expect(seen.filter { $0.value > 1 }.isEmpty, "\(seen.filter { $0.value > 1 })")
    }

    @Test func variantsAndTheIndicatorsKeptApart() {
        let same: [(String, String)] = [
            ("规上工业增加值", "规模以上工业增加值"), ("规模工业增加值", "规模以上工业增加值"), ("社零总额", "社会消费品零售总额"),
            ("社零额", "社会消费品零售总额"), ("社会消费品零售额", "社会消费品零售总额"), ("GDP", "地区生产总值"),
            ("地区生产总值(GDP)", "地区生产总值"), ("全县生产总值", "地区生产总值"), ("固投", "固定资产投资"),
            ("一般预算收入", "一般公共预算收入"), ("公共财政预算收入", "一般公共预算收入"),
            ("城镇居民收入", "城镇居民人均可支配收入"), ("农村牧区常住居民人均可支配收入", "农村居民人均可支配收入"),
            ("全旗外贸进出口总值", "进出口总额"), ("实际利用外资", "实际使用外资"),
        ]
        for (written, canonical) in same {
            #expect(IndicatorNames.canonical(written) == canonical, "\(written)")
        }
        let apart: [(String, String)] = [
            ("财政总收入", "一般公共预算收入"), ("一般公共预算总收入", "一般公共预算收入"), ("规模以上工业总产值", "规模以上工业增加值"),
            ("规上工业总产值", "规上工业增加值"), ("工业增加值", "规模以上工业增加值"), ("出口总额", "进出口总额"),
            ("城镇居民收入", "农村居民收入"), ("居民人均可支配收入", "城镇居民人均可支配收入"), ("农民人均纯收入", "农村居民人均可支配收入"),
            ("地方财政收入", "一般公共预算收入"), ("税收收入", "一般公共预算收入"),
        ]
        for (a, b) in apart {
            #expect(IndicatorNames.canonical(a) != IndicatorNames.canonical(b), "\(a) / \(b)")
        }
    }
}
