import Testing
import ReportModel
import ReportQL

/// The checker and the evaluator agree on units: a statement the checker accepts never fails at run time
/// with a unit or dimension error. Random expressions over fields of fixed and varying units (`facts.value`
/// holds 亿元, 人, % …), and literals in every kind of unit, combined by every operator.
@Suite struct UnitAgreementTests {
    static let fields: [String: [String]] = [
        "facts": ["value"],
        "targets": ["growth", "actual", "base"],
        "indicators": ["value", "growth"],
        "projects": ["total", "invest2024", "number"],
    ]
    static let literals = ["2", "0.5", "5%", "3百分点", "100亿元", "300万元", "7人", "15亩", "-4"]

    struct Random {
        var state: UInt64
        mutating func below(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        mutating func pick(_ a: [String]) -> String { a[below(a.count)] }
    }

    static func expression(_ r: inout Random, _ fields: [String], depth: Int = 0) -> String {
        switch r.below(depth > 1 ? 2 : 4) {
        case 0: return r.pick(fields)
        case 1: return r.pick(literals)
        case 2:
            let op = r.pick(["+", "-", "*", "/"])
            return "(\(expression(&r, fields, depth: depth + 1)) \(op) \(expression(&r, fields, depth: depth + 1)))"
        default:
            return "\(expression(&r, fields, depth: depth + 1)) in \(r.pick(["亿元", "万元", "%", "人"]))"
        }
    }

    struct Amount: Encodable { let name: String; let amount: Quantity? }

    /// A column of one dimension in several units (元, 万元 and 亿元): a plain zero is zero in each, so
    /// `amount > 0` runs; any other plain number is ambiguous and refused at check time, naming the column
    /// and suggesting a unit — not a run-time `cannot compare` on the first row of another unit.
    @Test func aPlainNumberBesideAColumnOfSeveralUnits() throws {
        let rows = [Amount(name: "a", amount: Quantity(ExactDecimal(5), .yuan)),
                    Amount(name: "b", amount: Quantity(ExactDecimal(2), .wanYuan)),
                    Amount(name: "c", amount: Quantity(ExactDecimal(3), .yiYuan)),
                    Amount(name: "d", amount: Quantity(ExactDecimal(0), .wanYuan)),
                    Amount(name: "e", amount: nil)]
        let env = Environment(reports: [], collections: [try Table(name: "t", rows: rows)])
        func count(_ q: String) throws -> String { "\(try env.compile(q).run())" }
        #expect(try env.compile("t where amount > 0 count").run() == env.compile("t where amount > 0亿元 count").run())
        #expect(try count("t where amount > 0 select name") == count("t where name in (a, b, c) select name"))
        #expect(try count("t where amount = 0 select name") == count("t where name = d select name"))
        #expect(try count("t where amount in (0, 5元) select name") == count("t where name in (a, d) select name"))
        #expect(try count("t where amount > 2万元 select name") == count("t where name = c select name"))
        for q in ["t where amount > 5 count", "t where 5 <= amount count", "t where amount in (0, 5) count"] {
            do {
                _ = try env.compile(q)
                Issue.record("accepted: \(q)")
            } catch {
                let text = "\(error)"
                #expect(text.contains("amount mixes units of 金额(元)"), "\(q): \(text)")
                #expect(text.contains("5亿元"), "\(q): \(text)")
            }
        }
    }

    @Test func whatTheCheckerAcceptsRunsWithoutAUnitError() {
        let environment = Environment()
        var r = Random(state: 13)
        var accepted = 0
        var failures: [String] = []
        for _ in 0..<3000 {
            let (table, fields) = Self.fields.sorted { $0.key < $1.key }[r.below(Self.fields.count)]
            let a = Self.expression(&r, fields), b = Self.expression(&r, fields)
            let text: String
            switch r.below(3) {
            case 0: text = "\(table) where \(a) \(r.pick([">", "=", "<="])) \(b) count"
            case 1: text = "\(table) select \(a) as x, \(b) as y"
            default: text = "\(table) by \(fields[0] == "value" && table == "facts" ? "unit" : "section") sum \(a) as s where s > \(r.pick(Self.literals))"
            }
            guard let query = try? environment.compile(text) else { continue }
            accepted += 1
            do {
                _ = try query.run()
            } catch {
                let m = error.diagnostic.message
                if m.contains("cannot") || m.contains("dimension") || m.contains("unit") { failures.append("\(text): \(m)") }
            }
        }
        #expect(accepted > 300)
        #expect(failures.isEmpty, "\(failures.count) accepted statements failed on units:\n\(failures.prefix(10).joined(separator: "\n"))")
    }
}
