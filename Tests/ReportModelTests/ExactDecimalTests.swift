import Testing
@testable import ReportModel

@Suite struct ExactDecimalTests {
    func d(_ s: String) -> ExactDecimal { ExactDecimal(parsing: s)! }

    @Test(arguments: [
        ("168.52", "34.97", "203.49"), ("0.1", "0.2", "0.3"), ("-9.6", "9.6", "0.0"), ("1", "0.001", "1.001"),
    ])
    func additionIsExact(a: String, b: String, sum: String) throws {
        #expect(try d(a).adding(d(b)).description == sum)
    }

    @Test func multiplicationAndDivision() throws {
        #expect(try d("98").multiplied(by: d("1.15")).description == "112.70")
        #expect(try d("1").divided(by: d("3"))?.description == "0.3333333333333333")
        #expect(try d("2").divided(by: d("3"))?.description == "0.6666666666666667")
        #expect(try d("1").divided(by: d("0")) == nil)
    }

    @Test func parsingRefusesWhatIsNotADecimal() {
        for bad in ["", "-", "1.2.3", "1e5", " 1", "1 ", "abc", "１２"] {
            #expect(ExactDecimal(parsing: bad) == nil, "\(bad)")
        }
        #expect(ExactDecimal(parsing: String(repeating: "9", count: 39)) == nil)
    }

    @Test func overflowIsAnErrorNotATrap() {
        let big = d(String(repeating: "9", count: 38))
        #expect(throws: ExactDecimal.Overflow.self) { try big.adding(big) }
        #expect(throws: ExactDecimal.Overflow.self) { try big.multiplied(by: big) }
    }

    @Test func roundingIsHalfEven() {
        #expect(d("2.345").rounded(places: 2).description == "2.34")
        #expect(d("2.355").rounded(places: 2).description == "2.36")
        #expect(d("-2.5").rounded(places: 0).description == "-2")
    }

    @Test func comparisonIgnoresScale() {
        #expect(d("1.50") == d("1.5"))
        #expect(d("0.09") < d("0.1"))
    }
}
