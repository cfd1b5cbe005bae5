import Testing
@testable import ReportModel

/// The number rule (README "Numbers"): every value up to 38 digits held exactly, one rule for quotients,
/// exact comparison at every magnitude, and a column that widens rather than losing a value.
@Suite struct ExactNumberTests {
    static func d(_ s: String) -> ExactDecimal { ExactDecimal(parsing: s) ?? .zero }

    @Test func aColumnWidensInsteadOfDroppingAValue() throws {
        // The report loader's trap: 1e9 and 1e-30 in one column.
        var c = NumberColumn(unit: .plain)
        try c.append(Quantity(Self.d("1000000000")))
        #expect(c.isUniform)
        try c.append(Quantity(Self.d("0.000000000000000000000000000001")))
        try c.append(nil)
        try c.append(Quantity(Self.d("-2.5")))
        #expect(!c.isUniform)
        #expect((0..<c.count).map { c.quantity(at: $0)?.description ?? "-" }
                == ["1000000000", "0.000000000000000000000000000001", "-", "-2.5"])
        #expect(c.gathered([3, 1]).quantity(at: 1)?.description == "0.000000000000000000000000000001")
    }

    @Test func aNarrowColumnStaysNarrow() throws {
        var c = NumberColumn(unit: .yiYuan)
        for s in ["1.5", "2", "168.52", "-0.01"] { try c.append(Quantity(Self.d(s), .yiYuan)) }
        #expect(c.isUniform)
        #expect(c.scale == 2)
        #expect(c.values == [150, 200, 16852, -1])
    }

    @Test(arguments: [
        ("1", "3", "0.3333333333333333"),
        ("2", "3", "0.6666666666666667"),
        ("100000000000000000000000", "300000000000000000000000000000", "0.0000003333333333"),
        ("1", "0.00000000000000000000000000000000000003", "33333333333333333333333333333333333333"),
        ("12345678901234567890123456789012345678", "7", "1763668414462081127160493827001763668.3"),
        ("0.125", "1", "0.125"),
        ("1", "8", "0.125"),
        // More places when an operand has them: max(16, places of either).
        ("1.00000000000000000001", "3", "0.33333333333333333334"),
        ("-1", "3", "-0.3333333333333333"),
        ("5", "-2", "-2.5"),
        // Half to even at the last place kept.
        ("0.00000000000000005", "1", "0.00000000000000005"),
        ("1", "32", "0.03125"),
    ])
    func quotients(_ a: String, _ b: String, _ q: String) throws {
        #expect(try Self.d(a).divided(by: Self.d(b))?.description == q)
    }

    @Test func halfToEven() throws {
        // 1/2^k at 16 places: 0.0000152587890625 is exact; 5e-17 is half of the last place and rounds to even 0.
        #expect(try Self.d("0.00000000000000005").divided(by: Self.d("1.0"))?.description == "0.00000000000000005")
        #expect(try Self.d("1").divided(by: Self.d("65536"))?.description == "0.0000152587890625")
        #expect(try ExactDecimal(significand: 25, scale: 1).rescaled(to: 0).description == "2")
        #expect(try ExactDecimal(significand: 35, scale: 1).rescaled(to: 0).description == "4")
        #expect(try ExactDecimal(significand: -25, scale: 1).rescaled(to: 0).description == "-2")
    }

    @Test func overflowIsOnlyBeyondThirtyEightDigits() throws {
        #expect(throws: ExactDecimal.Overflow.self) { try Self.d("99999999999999999999999999999999999999").adding(Self.d("0.5")) }
        #expect(throws: ExactDecimal.Overflow.self) {
            try Self.d("10000000000000000000000000000000000000").multiplied(by: Self.d("100"))
        }
        // Alignment that would overflow is not an overflow when the result fits.
        #expect(try Self.d("10.0000000000000000000").multiplied(by: Self.d("10.0000000000000000000")).normalized.description
                == "100")
        #expect(try Self.d("1701411834604692317316873037158841057.2").adding(Self.d("0.07")).description
                == "1701411834604692317316873037158841057.27")
        // A product with more than 38 places is rounded to 38.
        #expect(try Self.d("0.0000000000000000000000000000000000001").multiplied(by: Self.d("0.5")).description
                == "0.00000000000000000000000000000000000005")
    }

    @Test func comparisonIsExactAtEveryMagnitude() {
        let pairs: [(String, String, Int)] = [
            ("1701411834604692317316873037158841057.3", "1701411834604692317316873037158841057.27", 1),
            ("17014118346046923173168730371588410572", "0.00000000000000000001", 1),
            ("-17014118346046923173168730371588410572", "0.00000000000000000001", -1),
            ("-0.00000000000000000000000000000000000001", "-0.00000000000000000000000000000000000002", 1),
            ("1.50", "1.5", 0),
            ("12345678901234567890123456789012345678", "12345678901234567890.123456789012345678", 1),
        ]
        for (a, b, c) in pairs {
            #expect(ExactDecimal.compare(Self.d(a), Self.d(b)) == c, "\(a) vs \(b)")
            #expect(ExactDecimal.compare(Self.d(b), Self.d(a)) == -c, "\(b) vs \(a)")
        }
        // With unit factors: 1亿元 = 10000万元, at any magnitude.
        #expect(ExactDecimal.compare(Self.d("17014118346046923173168730371588410572"), times: 100_000_000,
                                     Self.d("170141183460469231731687303715884105720000"), times: 10_000) == 0 ||
                ExactDecimal(parsing: "170141183460469231731687303715884105720000") == nil)
        #expect(ExactDecimal.compare(Self.d("1"), times: 100_000_000, Self.d("10000"), times: 10_000) == 0)
        #expect(ExactDecimal.compare(Self.d("1.00000001"), times: 100_000_000, Self.d("10000"), times: 10_000) == 1)
    }

    @Test func literalsHaveAtMostThirtyEightDigits() {
        #expect(ExactDecimal(parsing: "12345678901234567890123456789012345678") != nil)
        #expect(ExactDecimal(parsing: "123456789012345678901234567890123456789") == nil)
        #expect(ExactDecimal(parsing: "0.00000000000000000000000000000000000001") != nil)
        #expect(ExactDecimal(parsing: "0.000000000000000000000000000000000000001") == nil)
        #expect(ExactDecimal(parsing: "000000000000000000000000000000000000000000001") != nil)
    }
}
