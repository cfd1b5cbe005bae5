import Foundation
import Testing
import TestSupport
import ReportModel
import ReportQL

/// `join` and `within` against the independent oracle (`Differential/reference.py`: a nested-loop join and
/// window functions over Python Fractions, sharing no code with ReportQL): random joins of `items` with
/// `ledger` on text, number and several keys (inner and left, missing keys, ties), and random window
/// functions over groups and orders (ties, missing order keys, mixed 万元/亿元, missing values in running
/// sums and shares). `RQL_DIFFERENTIAL=N` runs N statements of each kind, `RQL_DIFFERENTIAL_SEED=S` another seed.
@Suite struct DifferentialJoinWindowTests {
    static let columns = ["id", "cat", "kind", "amt", "amt2", "qty", "rate", "rate2"]

    @Test(arguments: ["join", "window"])
    func agreesWithTheReference(_ kind: String) throws {
        let items = DifferentialTests.items(rows: 40, seed: 3)
        let ledger = DifferentialTests.items(rows: 70, seed: 4, name: "ledger")
        let environment = Environment(collections: [items, ledger])
        guard let t = environment.catalog.table("items") else {
            Issue.record("no table items")
            return
        }
        // 30 statements of each kind by default (each runs in a debug build in a fraction of a second; CI time).
        let n = max(1, DifferentialTests.perTable / 20)
        var generator = StatementGenerator(table: t, seed: DifferentialTests.seed &+ (kind == "join" ? 101 : 202))
        var cases: [[String: Any]] = []
        for _ in 0..<n {
            let s = kind == "join"
                ? generator.joinStatement(left: "items", right: "ledger", columns: Self.columns)
                : generator.windowStatement(columns: Self.columns)
            var c = s.json
            c["actual"] = DifferentialTests.run(s.text, environment)
            cases.append(c)
        }
        let input: [String: Any] = ["tables": ["items": DifferentialTests.export(items),
                                               "ledger": DifferentialTests.export(ledger)], "cases": cases]
        let output = try DifferentialTests.python(try JSONSerialization.data(withJSONObject: input))
        let lines = output.split(separator: "\n")
        guard let last = lines.last,
              let summary = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Int],
              let checked = summary["checked"], let bad = summary["disagreements"] else {
            Issue.record("the reference failed: \(output.prefix(2000))")
            return
        }
        #expect(checked == n)
        #expect(bad == 0, "\(bad) of \(checked) \(kind) statements disagree:\n\(lines.dropLast().prefix(5).joined(separator: "\n"))")
        // A check error would make every case agree vacuously (both sides "error"): most must run.
        let errors = cases.filter { ($0["actual"] as? [String: Any])?["error"] != nil }.count
        #expect(errors * 10 < n, "\(errors) of \(n) \(kind) statements failed to run: \(cases.first { ($0["actual"] as? [String: Any])?["error"] != nil }?["actual"] ?? "")")
    }
}
