import Testing
@testable import ReportModel

@Suite struct UnitTests {
    /// A unit is one reference, so a quantity is its decimal and a pointer: a result of a million numbers
    /// (`projects by id count`) is built in half the memory. Units built apart are equal by their fields.
    @Test func aUnitIsOneReferenceAndEqualByItsFields() throws {
        #expect(MemoryLayout<Unit>.size == MemoryLayout<Int>.size)
        #expect(MemoryLayout<Quantity>.stride <= 32)
        let a = Unit(symbol: "亩", dimension: .area, numerator: 2000, denominator: 3)
        let b = try #require(Unit.named("亩"))
        #expect(a == b && a.hashValue == b.hashValue && Set([a, b]).count == 1)
        #expect(a != Unit(symbol: "亩", dimension: .area, numerator: 2000, denominator: 1))
        #expect(a != Unit(symbol: "市亩", dimension: .area, numerator: 2000, denominator: 3))
        #expect(Unit.yuan != Unit(symbol: "元", dimension: .usd, numerator: 1))
    }

    @Test func moneyConvertsExactly() throws {
        let q = try #require(Quantity(parsing: "168.52亿元"))
        #expect(try q.converted(to: #require(Unit.named("万元"))).description == "1685200万元")
        #expect(try q.converted(to: .yuan).description == "16852000000元")
    }

    @Test func areaAndMass() throws {
        let mu = try #require(Quantity(parsing: "15亩"))
        #expect(try mu.converted(to: #require(Unit.named("公顷"))).description == "1公顷")
        let jin = try #require(Quantity(parsing: "2亿斤"))
        #expect(try jin.converted(to: #require(Unit.named("万吨"))).description == "10万吨")
    }

    @Test func dimensionsDoNotMix() throws {
        let q = try #require(Quantity(parsing: "5亿元"))
        #expect(throws: QuantityError.self) { try q.converted(to: .percent) }
        #expect(throws: QuantityError.self) { try q.converted(to: #require(Unit.named("万美元"))) }
        #expect(Unit.named("个")?.dimension != Unit.named("家")?.dimension)
        #expect(Unit.named("万人")?.dimension == Unit.named("人")?.dimension)
    }

    @Test func countingWordsTakeMultipliers() throws {
        let q = try #require(Quantity(parsing: "6.5万人"))
        #expect(try q.converted(to: #require(Unit.named("人"))).description == "65000人")
        #expect(Unit.named("百分点")?.dimension == .points)
        #expect(Quantity(parsing: "12abc") == nil)
    }
}

/// Measure words that begin like a multiplier are one word: 千瓦时 and 万千瓦时 are the same dimension.
@Suite struct MeasureWordTests {
    @Test func measureWordsAreNotSplitAtAMultiplier() throws {
        let kwh = try #require(Unit.named("千瓦时"))
        let wan = try #require(Unit.named("万千瓦时"))
        let yi = try #require(Unit.named("亿千瓦时"))
        #expect(kwh.dimension == .count("千瓦时") && kwh.numerator == 1)
        #expect(wan.dimension == kwh.dimension && wan.numerator == 10_000)
        #expect(yi.dimension == kwh.dimension && yi.numerator == 100_000_000)
        let kw = try #require(Unit.named("千瓦"))
        #expect(kw.dimension == .count("千瓦") && Unit.named("万千瓦")?.dimension == kw.dimension)
        let q = try #require(Quantity(parsing: "2.5亿千瓦时"))
        #expect(try q.converted(to: wan).description == "25000万千瓦时")
        // Other counting words still take their multiplier: 千人 is 1000 人.
        #expect(Unit.named("千人")?.dimension == Unit.named("人")?.dimension)
    }
}
