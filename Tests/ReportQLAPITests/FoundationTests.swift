import Foundation
import ReportModel
import ReportQL
import ReportQLFoundation
import Testing

/// What `import ReportQLFoundation` adds: `Decimal` in and out, exactly.
@Suite struct FoundationTests {
    @Test func decimalsInAndOut() throws {
        let q = try #require(Quantity(parsing: "181.56亿元"))
        #expect(q.decimalValue == Decimal(string: "181.56"))
        #expect(Value.number(q).decimalValue == Decimal(string: "181.56"))
        let d = try #require(Decimal(string: "0.1"))
        #expect(Quantity(d, .yiYuan) == Quantity(parsing: "0.1亿元"))
        #expect(Value(d) == .number(Quantity(try #require(ExactDecimal(parsing: "0.1")))))
        // A Decimal passed for a parameter takes the parameter's unit, like any bare number.
        let env = Environment()
        let q2 = try env.compile("projects where total > $min count")
        #expect(try q2.run(["min": Value(Decimal(100))]) == env.compile("projects where total > 100 count").run())
    }
}
