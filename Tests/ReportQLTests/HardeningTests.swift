import Testing
import TestSupport
@testable import ReportQL

/// No input crashes ReportQL, hangs it, or overflows its stack: each gets an error that names the place.
@Suite struct HardeningTests {
    func outcomes(_ text: String) -> [StatementOutcome] {
        let session = Session(environment: Environment(options: .init(rowBudget: 10_000_000)))
        var out: [StatementOutcome] = []
        session.run(SourceFile(name: "<test>", text: text), keepGoing: true) { out.append($0) }
        return out
    }

    func firstError(_ text: String) -> String? {
        for o in outcomes(text) {
            switch o {
            case .checkFailed(let e): return e.diagnostics.first?.message
            case .runFailed(let e): return e.diagnostic.message
            case .success: continue
            }
        }
        return nil
    }

    /// Inputs that once crashed (found by the fuzzer or by hand), replayed: reaching the end is the test.
    @Test(arguments: {
        let dir = packageRoot + "Tests/ReportQLTests/FuzzRegressions/"
        return ((try? listDirectory(dir)) ?? []).sorted().map { dir + $0 }
    }())
    func regression(_ path: String) throws {
        let text = try readFile(path)
        _ = outcomes(text)
    }

    @Test func deepNestingIsAnError() {
        #expect(firstError(String(repeating: "(", count: 100_000) + "1") == "expression nested too deeply (limit 200)")
        #expect(firstError(String(repeating: "not ", count: 100_000) + "true") == "expression nested too deeply (limit 200)")
        #expect(firstError(String(repeating: "-", count: 100_000) + "1") == "expression nested too deeply (limit 200)")
    }

    @Test func numbersThatOverflowAreErrors() {
        #expect(firstError(String(repeating: "9", count: 60)) == "number too large (more than 38 digits)")
        #expect(firstError("10000000000000000000000000000000000000 * 100")
                == "number too large for exact arithmetic (38 digits) in '10000000000000000000000000000000000000 * 100'")
        // 459.13亿元 × 10^34 still fits (a computed column widens); × 10^36 needs 41 digits.
        #expect(firstError("projects select total * 10000000000000000000000000000000000") == nil)
        #expect(firstError("projects select total * 1000000000000000000000000000000000000")
                == "number too large for exact arithmetic (38 digits) in 'total * 1000000000000000000000000000000000000'")
        #expect(firstError("1 / 0") == "division by zero")
        #expect(firstError("projects limit 9223372036854775807 offset 9223372036854775807") == nil)
        #expect(firstError("substr(abc, -99999999999999999999999, 99999999999999999999999999)") == nil)
        #expect(firstError("round(1.5, 99)") != nil)
    }

    @Test func nulAndInvalidTextAreErrors() {
        #expect(firstError("projects\u{0} count") == "unexpected NUL character")
        #expect(firstError("projects where sector = \u{FFFD}") != nil)
    }

    @Test func aTenMegabyteLineIsHandled() {
        let text = "'" + String(repeating: "a", count: 10_000_000) + "' contains b"
        guard case .success(.scalar(let v, _), _, _)? = outcomes(text).first else {
            Issue.record("no result")
            return
        }
        #expect(v == .bool(false))
    }

    @Test func manyStatementsAreHandled() {
        let text = String(repeating: "projects count\n", count: 20_000)
        #expect(outcomes(text).count == 20_000)
    }

    @Test func unterminatedEverything() {
        for text in ["'abc", "(projects where", "projects where sector in (工业,", "let = ", "source", "$", "`where"] {
            #expect(firstError(text) != nil, "\(text)")
        }
    }
}
