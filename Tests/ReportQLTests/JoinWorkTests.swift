import ReportModel
import Testing
@testable import ReportQL

/// A join's work grows with its rows and its matches: at n and 10n rows, on a key each side holds once, on
/// keys with many matches each, on a text and a number key together, the counted steps (`JoinWork`: every
/// loop of the join, the buckets included) grow at most 12×. Counted, not timed.
@Suite struct JoinWorkTests {
    /// `a` and `b` of `n` rows: `id` (0..<n, the right side in another order), `k` (n/10 keys, 10 rows
    /// each), `t` (the key as text), `v` a number.
    static func environment(_ n: Int) throws -> Environment {
        func csv(_ order: [Int]) -> [UInt8] {
            var s = "id,k,t,v\n"
            for i in order { s += "\(i),\(i % (n / 10)),k\(i % (n / 10)),\(i).5\n" }
            return Array(s.utf8)
        }
        let left = try Table(csv: csv(Array(0..<n)), name: "a")
        // Another order: a stride coprime with n.
        let right = try Table(csv: csv((0..<n).map { ($0 * 7919) % n }), name: "b")
        return Environment(collections: [left, right])
    }

    /// The steps and the rows of `statement` over `n` rows a side.
    static func work(_ statement: String, _ n: Int) throws -> (steps: Int, rows: Int) {
        let counter = JoinWork()
        let environment = try environment(n)
        var rows = -1
        JoinWork.$counter.withValue(counter) {
            Session(environment: environment).run(SourceFile(name: "<test>", text: statement)) { outcome in
                if case .success(.table(let t), _, _) = outcome { rows = t.rows.count }
                if case .success(.scalar(let v, _), _, _) = outcome { rows = Int(v.description) ?? -2 }
                if case .checkFailed(let e) = outcome { Issue.record("\(e.diagnostics)") }
                if case .runFailed(let e) = outcome { Issue.record("\(e.diagnostic)") }
            }
        }
        return (counter.steps, rows)
    }

    @Test(arguments: [
        // One match a row (key and statement, the expected rows at n = 1000).
        ("a join b on id count", 1),
        // Ten matches a row on each side: 10 × n rows out.
        ("a join b on k count", 10),
        ("a join b on t count", 10),
        // Two keys, text and number; and a left join whose other side is filtered.
        ("a join b on t, k count", 10),
        ("a left join (b where v < 100) as r on id count", 1),
    ])
    func workGrowsLinearly(_ statement: String, _ fanOut: Int) throws {
        let small = try Self.work(statement, 1_000), large = try Self.work(statement, 10_000)
        #expect(small.rows == 1_000 * fanOut && large.rows == 10_000 * fanOut, "\(small.rows), \(large.rows)")
        #expect(small.steps > 0, "the join counted nothing")
        #expect(large.steps <= small.steps * 12, "\(small.steps) steps at n, \(large.steps) at 10n")
    }

    /// The count is not blind: a join whose rows are built and grow as n² (every row matches every row; the
    /// `where` reads them) counts ~100×.
    @Test func quadraticOutputIsCounted() throws {
        let q = "a select id, 1 as one join (b select id as rid, 1 as one) on one where rid >= 0 count"
        let s = try Self.work(q, 100), l = try Self.work(q, 1_000)
        #expect(s.rows == 100 * 100 && l.rows == 1_000 * 1_000)
        #expect(l.steps >= s.steps * 50, "\(s.steps) steps at n, \(l.steps) at 10n")
    }

    /// An aggregate straight after the join is computed through it (Run/Join+Aggregates.swift): the same n²
    /// joined rows counted, and sums of either side, with work linear in the sides, not in the joined rows.
    @Test(arguments: [
        "a select id, 1 as one join (b select id as rid, 1 as one) on one count",
        "a select id, 1 as one join (b select id as rid, 1 as one) on one sum rid",
        "a select id, 1 as one join (b select id as rid, 1 as one) on one sum id, min rid",
    ])
    func aggregatesThroughTheJoinAreLinear(_ statement: String) throws {
        let s = try Self.work(statement, 100), l = try Self.work(statement, 1_000)
        let counts = !statement.contains("sum")
        #expect(!counts || (s.rows == 100 * 100 && l.rows == 1_000 * 1_000), "\(s.rows), \(l.rows)")
        #expect(s.steps > 0, "the join counted nothing")
        #expect(l.steps <= s.steps * 12, "\(s.steps) steps at n, \(l.steps) at 10n")
    }
}
