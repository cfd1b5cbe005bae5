import Foundation
import Testing
import TestSupport
import ReportModel
import ReportQL

/// ReportQL against an outside oracle (`Oracle/oracle.py`: SQLite through Python, numbers as exact fractions,
/// text by characters compared canonically). The oracle makes its own tables — CJK, combining marks, empty
/// text, `%` and `_` in the data; 元, 万元 and 亿元 in one column; 38-digit and 30-place numbers in one column;
/// missing values; rows in random, sorted, reversed and constant order, at sizes around the engine's block of
/// 2,048 rows — and its own statements (text predicates, arithmetic, grouping by text, number, two keys and an
/// expression with median and count distinct, sort with ties and missing, select then top/limit/offset), and
/// answers each with SQL. `RQL_ORACLE=N` runs N statements per table (default 25), `RQL_ORACLE_SEED=S` another
/// seed, `RQL_ORACLE_SIZES=0,1,2047,2048,2049,6200` other table sizes. Every disagreement found is a golden test.
@Suite struct OracleTests {
    static let script = packageRoot + "Tests/ReportQLTests/Oracle/oracle.py"
    static var settings: [String: String] { ProcessInfo.processInfo.environment }

    @Test func agreesWithSQLite() throws {
        try Self.check("gen", seed: Self.settings["RQL_ORACLE_SEED"] ?? "5", perTable: Self.settings["RQL_ORACLE"] ?? "25",
                       sizes: Self.settings["RQL_ORACLE_SIZES"] ?? "0,1,7,2049")
    }

    /// The columnar fast paths against SQLite: the query shapes of Sources/rql-bench/shapes.py as templates
    /// (`oracle.py shapes`: division in where and select, grouping by substr, floor and arithmetic, count
    /// distinct, median, text and two-key top-k, sort then select then limit, a join then an aggregate or a
    /// grouping, a scalar subquery) and combinations, on tables in five orders (random, ascending, descending,
    /// constant, clustered) with the fast-path columns: integers at each storage width (8 to 64 bits, and past
    /// 64) spanning a small range (dense grouping) or a large one (hash grouping), exact .5 ties, a divisor with
    /// zeros, a column of 17 places, texts sharing prefixes in CJK, ASCII and combining marks, 38-digit and
    /// 30-place numbers, missing values — at sizes crossing the block of 2,048 rows and the 65,536-row chunks.
    /// Every statement also runs on a twin of each table whose number columns hold each value at its own scale
    /// (the wide storage, which the number kernels leave to the row path): both answers must be SQLite's.
    /// `RQL_ORACLE_SHAPES=N` statements a table (a third as many past 10,000 rows), `RQL_ORACLE_SEED`,
    /// `RQL_ORACLE_SHAPE_SIZES=0,1,7,2049,65537`.
    @Test func fastPathsAgreeWithSQLite() throws {
        try Self.check("shapes", seed: Self.settings["RQL_ORACLE_SEED"] ?? "11", perTable: Self.settings["RQL_ORACLE_SHAPES"] ?? "12",
                       sizes: Self.settings["RQL_ORACLE_SHAPE_SIZES"] ?? "1,7,2049,66000", wideTwin: true)
    }

    /// Tables and statements from a file (`RQL_ORACLE_REPLAY=FILE`, JSON as `oracle.py gen` writes it, e.g. a
    /// disagreement cut down from an `RQL_ORACLE_DUMP`), run and compared, on both storages.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["RQL_ORACLE_REPLAY"] != nil))
    func replay() throws {
        try Self.check("replay", seed: "", perTable: "", sizes: "", wideTwin: true)
    }

    /// Runs `oracle.py MODE SEED PER_TABLE SIZES`'s statements through ReportQL (and, with `wideTwin`, again on
    /// tables whose number columns are wide) and has the oracle compare every answer with SQLite's.
    static func check(_ mode: String, seed: String, perTable: String, sizes: String, wideTwin: Bool = false) throws {
        let generated = try mode == "replay"
            ? Data(contentsOf: URL(fileURLWithPath: Self.settings["RQL_ORACLE_REPLAY"] ?? ""))
            : Self.python([mode, seed, perTable, sizes], input: Data())
        guard let spec = try JSONSerialization.jsonObject(with: generated) as? [String: Any],
              let tables = spec["tables"] as? [String: [String: Any]],
              var cases = spec["cases"] as? [[String: Any]] else {
            Issue.record("the oracle gave no statements: \(String(decoding: generated.prefix(2000), as: UTF8.self))")
            return
        }
        let built = try tables.map { try Self.table($0.key, $0.value) }
        let environment = Environment(collections: built)
        let statements = cases
        for i in cases.indices {
            cases[i]["actual"] = DifferentialTests.run(cases[i]["rql"] as? String ?? "", environment)
        }
        if wideTwin {
            let wide = Environment(collections: built.map(Self.wide))
            for var c in statements where c["twin"] as? Bool != false {
                c["actual"] = DifferentialTests.run(c["rql"] as? String ?? "", wide)
                c["path"] = "wide"
                cases.append(c)
            }
        }
        let answered = try JSONSerialization.data(withJSONObject: ["tables": tables, "cases": cases])
        if let dump = Self.settings["RQL_ORACLE_DUMP"] { try answered.write(to: URL(fileURLWithPath: dump)) }
        let output = try Self.python(["compare"], input: answered)
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
        guard let last = lines.last, let summary = try? JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Int],
              let checked = summary["checked"], let bad = summary["disagreements"] else {
            Issue.record("the oracle failed: \(String(decoding: output.prefix(3000), as: UTF8.self))")
            return
        }
        #expect(checked == cases.count && checked > 0)
        #expect(bad == 0, "\(bad) of \(checked) statements disagree:\n\(lines.dropLast().prefix(12).joined(separator: "\n"))")
        // Both sides failing would agree vacuously: most statements must run.
        let errors = cases.filter { ($0["actual"] as? [String: Any])?["error"] != nil }.count
        #expect(errors * 4 < cases.count, "\(errors) of \(cases.count) statements failed")
        if Self.settings["RQL_ORACLE"] != nil || Self.settings["RQL_ORACLE_SHAPES"] != nil {
            print("oracle \(mode): \(checked) statements, \(bad) disagreements, \(errors) errors")
        }
    }

    /// `t` with every number column in the wide storage (each value at its own scale, ``NumberColumn/exact``):
    /// a value past 64 bits appended, then every row but it gathered.
    static func wide(_ t: Table) -> Table {
        Table(name: t.name, columns: t.columns.map { c in
            guard case .number(var n) = c.data, n.exact == nil else { return c }
            let rows = (0..<Int32(n.count)).map { $0 }
            try? n.append(Quantity(ExactDecimal(significand: Int128(1) << 100, scale: 0), n.units[0]))
            return Column(name: c.name, data: .number(n.gathered(rows)))
        })
    }

    /// Canonically equivalent texts (`éx` as U+00E9 and as e + U+0301) in both orders of first appearance:
    /// `=`, `in`, `matches`, `by`, `count distinct` and `sort` answer as SQLite does on the bytes, whichever
    /// spelling came first (a dictionary that merged them printed the first one's bytes for both).
    @Test func canonicallyEquivalentTextsAgreeWithSQLite() throws {
        let (pre, de) = ("\u{E9}x", "e\u{301}x")
        let orders: [(String, [String?])] = [("s1", [de, pre, nil, de, pre, "x"]), ("s2", [pre, de, "x", pre, nil, de])]
        var tables: [String: Any] = [:]
        var cases: [[String: Any]] = []
        for (t, k) in orders {
            tables[t] = ["count": k.count, "columns": [
                "id": ["kind": "number", "unit": "", "values": (1...k.count).map { [String($0), ""] }],
                "k": ["kind": "text", "values": k.map { $0 as Any? ?? NSNull() }]]]
            let rows: [String: Any] = ["kind": "rows", "fns": [NSNull()], "post": [String: Any](), "table": t]
            for literal in [pre, de] {
                var c = rows
                c["rql"] = "\(t) where k = '\(literal)' select id"
                c["sql"] = "select id from \(t) where teq(k, '\(literal)') order by rid"
                cases.append(c)
                c["rql"] = "\(t) where k in ('\(literal)', 'x') select id"
                c["sql"] = "select id from \(t) where teq(k, '\(literal)') or teq(k, 'x') order by rid"
                cases.append(c)
            }
            var m = rows
            m["rql"] = "\(t) where k matches '^.x$' select id"
            m["sql"] = "select id from \(t) where tmatch(k, '^.x$') order by rid"
            cases.append(m)
            cases.append(["rql": "\(t) by k count as a0", "sql": "select k, count(*) from \(t) group by k order by min(rid)",
                          "kind": "rows", "fns": [NSNull(), "count"], "textkeys": [true, false], "table": t])
            cases.append(["rql": "\(t) count distinct k", "sql": "select count(distinct k) from \(t)", "kind": "scalar",
                          "fn": "count", "table": t])
            for desc in [false, true] {
                cases.append(["rql": "\(t) select id as c0, k as c1 sort c1\(desc ? " desc" : "")",
                              "sql": "select id, k from \(t) order by rid", "kind": "rows", "fns": [NSNull(), NSNull()],
                              "post": ["sort": [[1, desc]]], "textcols": [1], "table": t])
            }
        }
        try Self.expectAgreement(tables, cases)
    }

    /// `like` where the text has a `%` at the place of the pattern's `%` (found by `fastPathsAgreeWithSQLite`):
    /// the wildcard, never a literal match (`'%' like '%_%'` missed), on the column path and the row path.
    @Test func likeWildcardMeetsPercentInText() throws {
        let texts: [String?] = ["%", "a%xb", "50%", "ab", "%%", nil, "%中_文", "", "a%b%c"]
        let tables: [String: Any] = ["p": ["count": texts.count, "columns": [
            "id": ["kind": "number", "unit": "", "values": (1...texts.count).map { [String($0), ""] }],
            "k": ["kind": "text", "values": texts.map { $0 as Any? ?? NSNull() }]]]]
        var cases: [[String: Any]] = []
        for pattern in ["%_%", "a%b", "%0%", "%%_", "_%", "%%", "%_", "a%b%c", "%中%", "%\\_%", "%%%_%%"] {
            let escaped = pattern.replacingOccurrences(of: "\\", with: "\\\\")
            cases.append(["rql": "p where k like '\(escaped)' select id", "sql": "select id from p where tlike(k, '\(pattern)') order by rid",
                          "kind": "rows", "fns": [NSNull()], "post": [String: Any](), "table": "p"])
            cases.append(["rql": "p where not (k like '\(escaped)') count", "sql": "select count(*) from p where not tlike(k, '\(pattern)')",
                          "kind": "scalar", "fn": "count", "table": "p"])
        }
        try Self.expectAgreement(tables, cases)
    }

    /// Runs fixed `cases` on `tables` (the oracle's JSON) and expects the oracle to agree with every answer.
    static func expectAgreement(_ tables: [String: Any], _ cases: [[String: Any]]) throws {
        var cases = cases
        let environment = Environment(collections: try tables.map { try Self.table($0.key, $0.value as? [String: Any] ?? [:]) })
        for i in cases.indices {
            cases[i]["actual"] = DifferentialTests.run(cases[i]["rql"] as? String ?? "", environment)
        }
        let answered = try JSONSerialization.data(withJSONObject: ["tables": tables, "cases": cases])
        let output = String(decoding: try Self.python(["compare"], input: answered), as: UTF8.self)
        let lines = output.split(separator: "\n")
        #expect(lines.last == "{\"checked\": \(cases.count), \"disagreements\": 0}", "\(lines.prefix(12).joined(separator: "\n"))")
    }

    /// A table from the oracle's columns: numbers as [digits, unit symbol] or null, texts as strings or null.
    static func table(_ name: String, _ spec: [String: Any]) throws -> Table {
        var columns: [Column] = []
        let specs = spec["columns"] as? [String: [String: Any]] ?? [:]
        for field in ["id", "k", "k2", "g", "amt", "amt2", "big", "r", "name", "w", "h", "z"] {
            guard let c = specs[field], let values = c["values"] as? [Any] else { continue }
            if c["kind"] as? String == "text" {
                columns.append(Column(name: field, data: .text(TextColumn(values.map { $0 as? String }))))
            } else {
                var n = NumberColumn(unit: Unit.named(c["unit"] as? String ?? "") ?? .plain)
                for v in values {
                    guard let pair = v as? [String], pair.count == 2 else { try n.append(nil); continue }
                    guard let d = ExactDecimal(parsing: pair[0]), let u = Unit.named(pair[1]) else {
                        throw OracleError.badCell(pair.joined(separator: " "))
                    }
                    try n.append(Quantity(d, u))
                }
                columns.append(Column(name: field, data: .number(n)))
            }
        }
        return Table(name: name, columns: columns)
    }

    enum OracleError: Error { case badCell(String) }

    static func python(_ arguments: [String], input: Data) throws -> Data {
        try python(script: script, arguments, input: input)
    }

    /// The output of python3 running `script` with `arguments`, `input` on its standard input (written from
    /// another thread, so a large input and output cannot deadlock on the pipes).
    static func python(script: String, _ arguments: [String], input: Data) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", script] + arguments
        let stdin = Pipe(), stdout = Pipe()
        p.standardInput = stdin
        p.standardOutput = stdout
        try p.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return out
    }
}
