import Foundation
import Testing
import TestSupport
import ReportModel
import ReportQL

/// ReportQL against an independent oracle: random statements from the grammar (where with and/or/not/in,
/// arithmetic and units; by with every aggregate; chains of sort/top/limit/select; clauses after an
/// aggregation; missing values; 万元 and 亿元 in one column), each run by ReportQL and by a naive reference
/// evaluator in Python (`Differential/reference.py`: Fractions, and the decimal module for quotients) that
/// shares none of ReportQL's arithmetic. Seeded; `RQL_DIFFERENTIAL=N` runs N statements per table instead
/// of the default, `RQL_DIFFERENTIAL_SEED=S` another seed. Every disagreement found becomes a golden test.
@Suite struct DifferentialTests {
    static let script = packageRoot + "Tests/ReportQLTests/Differential/reference.py"

    static var perTable: Int { Int(ProcessInfo.processInfo.environment["RQL_DIFFERENTIAL"] ?? "") ?? 600 }
    static var seed: UInt64 { UInt64(ProcessInfo.processInfo.environment["RQL_DIFFERENTIAL_SEED"] ?? "") ?? 13 }

    @Test(arguments: ["projects", "targets", "items", "ledger"])
    func agreesWithTheReference(_ table: String) throws {
        let generated = [Self.items(rows: 60, seed: 1), Self.items(rows: 250, seed: 2, name: "ledger")]
        let environment = Environment(collections: generated)
        guard let t = environment.catalog.table(table) else {
            Issue.record("no table \(table)")
            return
        }
        var generator = StatementGenerator(table: t, seed: Self.seed &+ UInt64(table.utf8.count) &* 7919)
        let exported = Self.export(t)
        var checked = 0, bad = 0
        var shown: [Substring] = []
        // In batches, so a long run never holds more than a thousand answers at once.
        var left = Self.perTable
        while left > 0 {
            let n = min(left, 1000)
            left -= n
            var cases: [[String: Any]] = []
            for _ in 0..<n {
                let s = generator.statement()
                var c = s.json
                c["actual"] = Self.run(s.text, environment)
                cases.append(c)
            }
            let input: [String: Any] = ["tables": [t.name: exported], "cases": cases]
            let data = try JSONSerialization.data(withJSONObject: input)
            if let dump = ProcessInfo.processInfo.environment["RQL_DIFFERENTIAL_DUMP"] {
                try data.write(to: URL(fileURLWithPath: dump + "-" + table + ".json"))
            }
            let output = try Self.python(data)
            let lines = output.split(separator: "\n")
            guard let last = lines.last,
                  let summary = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Int],
                  let c = summary["checked"], let b = summary["disagreements"] else {
                Issue.record("the reference failed: \(output.prefix(2000))")
                return
            }
            checked += c
            bad += b
            shown += lines.dropLast().prefix(10 - min(10, shown.count))
        }
        #expect(checked == Self.perTable)
        #expect(bad == 0, "\(bad) of \(checked) statements disagree on \(table):\n\(shown.joined(separator: "\n"))")
        if ProcessInfo.processInfo.environment["RQL_DIFFERENTIAL"] != nil {
            print("differential \(table): \(checked) statements, \(bad) disagreements")
        }
    }

    /// A generated collection: money in 万元 and 亿元 in one column, missing values, ties.
    static func items(rows: Int, seed: UInt64, name: String = "items") -> Table {
        var rng = DiffRandom(seed: seed)
        var id = NumberColumn(unit: .plain), amt = NumberColumn(unit: .yiYuan), amt2 = NumberColumn(unit: .yiYuan)
        var qty = NumberColumn(unit: .plain), rate = NumberColumn(unit: .percent), rate2 = NumberColumn(unit: .percent)
        var cat = TextColumn(), kind = TextColumn()
        func decimal(_ maxUnits: Int, _ places: Int) -> ExactDecimal {
            let p = Int(rng.next() % UInt64(places + 1))
            var scale = 1
            for _ in 0..<p { scale *= 10 }
            let v = Int(rng.next() % UInt64(maxUnits * scale + 1)) - (rng.next() % 5 == 0 ? maxUnits * scale / 3 : 0)
            return ExactDecimal(significand: Int128(v), scale: p)
        }
        for i in 0..<rows {
            try? id.append(Quantity(ExactDecimal(i + 1)))
            try? amt.append(rng.next() % 6 == 0 ? nil : Quantity(decimal(300, 2), rng.next() % 2 == 0 ? .wanYuan : .yiYuan))
            try? amt2.append(Quantity(decimal(50, 2), .yiYuan))
            try? qty.append(rng.next() % 5 == 0 ? nil : Quantity(decimal(40, 0)))
            try? rate.append(rng.next() % 7 == 0 ? nil : Quantity(decimal(30, 1), .percent))
            try? rate2.append(Quantity(decimal(20, 1), .percent))
            let cats = ["alpha", "beta", "gamma", "delta"]
            cat.append(rng.next() % 8 == 0 ? nil : cats[Int(rng.next() % 4)])
            kind.append(["x", "y"][Int(rng.next() % 2)])
        }
        return Table(name: name, columns: [
            Column(name: "id", data: .number(id)), Column(name: "cat", data: .text(cat)),
            Column(name: "kind", data: .text(kind)), Column(name: "amt", data: .number(amt)),
            Column(name: "amt2", data: .number(amt2)), Column(name: "qty", data: .number(qty)),
            Column(name: "rate", data: .number(rate)), Column(name: "rate2", data: .number(rate2)),
        ])
    }

    static func cell(_ v: Value) -> Any {
        switch v {
        case .missing: return NSNull()
        case .text(let s): return ["t": s]
        case .bool(let b): return ["b": b]
        case .number(let q):
            return ["n": q.value.description, "u": q.unit.symbol, "num": String(q.unit.numerator),
                    "den": String(q.unit.denominator), "dim": q.unit.dimension.id]
        }
    }

    static func export(_ t: Table) -> [String: Any] {
        var columns: [String: Any] = [:]
        for c in t.columns {
            switch c.data {
            case .number(let n):
                columns[c.name] = ["kind": "number", "values": (0..<n.count).map { i in n.quantity(at: i).map { cell(.number($0)) } ?? NSNull() }]
            case .text(let x):
                columns[c.name] = ["kind": "text", "values": (0..<x.count).map { i in x.string(at: i).map { $0 as Any } ?? NSNull() }]
            case .bool:
                continue
            }
        }
        return ["columns": columns]
    }

    static func run(_ text: String, _ environment: Environment) -> [String: Any] {
        do {
            let q = try environment.compile(text)
            switch try q.run() {
            case .scalar(let v, _): return ["scalar": cell(v)]
            case .table(let t): return ["rows": t.rows.map { $0.map(cell) }]
            default: return ["error": "unexpected result"]
            }
        } catch {
            return ["error": "\(error)"]
        }
    }

    static func python(_ input: Data) throws -> String {
        String(decoding: try OracleTests.python(script: script, [], input: input), as: UTF8.self)
    }
}

/// The differential generator's random numbers: the parser tests' SplitMix, with draws in a range.
typealias DiffRandom = SplitMix

extension SplitMix {
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func chance(_ n: Int) -> Bool { below(n) == 0 }
}

/// JSON null, for the files that do not import Foundation (its `Unit` would shadow ReportQL's).
var jsonNull: Any { NSNull() }
