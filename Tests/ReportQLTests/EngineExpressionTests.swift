import Testing
import ReportModel
@testable import ReportQL

/// The expression kernels (#17): text predicates once per dictionary entry on UTF-8 bytes, arithmetic and
/// comparisons of columns on scaled integers, `limit` pushed into a sort, each against the row-by-row
/// semantics it stands in for, and each stopping when the run should stop.
@Suite struct EngineExpressionTests {
    /// Texts where bytes and `Character`s disagree (decomposed accents, `\r\n`, a halfwidth voiced mark),
    /// CJK, `%` and `_`, and missing cells.
    static let texts: [String?] = [
        "café", "cafe\u{301}", "项目99999甲", "项目0001", "项目00771", "ab\r\ncd", "abxcd", "ﾊﾞ", "ﾊ", "x77", "x77\n",
        "77", "e", "", nil, "项目", "5%_off", "ﾊﾞﾊ", "Cafe", "项目0001ﾊﾞ", "\u{301}e",
    ]

    /// A table `t` of `repeats` copies of ``texts`` in a column `n` (a large dictionary when `distinct`), and
    /// beside it a column `q` holding `pattern` on every row: a pattern that is not a constant takes the
    /// row-by-row path, the reference.
    /// With `sorted`, the rows in byte order (missing last), so the dictionary ascends and a prefix is a
    /// range of codes; `safeOnly` leaves out the texts that are not byte-safe.
    static func environment(repeats: Int, distinct: Bool, pattern: String = "x", sorted: Bool = false,
                            safeOnly: Bool = false, clustered: Bool = false) throws -> Environment {
        Environment(reports: [], collections: [try table(repeats: repeats, distinct: distinct, pattern: pattern,
                                                         sorted: sorted, safeOnly: safeOnly, clustered: clustered)])
    }

    static func table(repeats: Int, distinct: Bool, pattern: String, sorted: Bool, safeOnly: Bool,
                      clustered: Bool = false) throws -> Table {
        var rows: [String?] = []
        for r in 0..<repeats {
            for t in texts {
                if safeOnly, let t, !Array(t.utf8).withUnsafeBufferPointer({ DictionaryBytes.isByteSafe($0) }) { continue }
                rows.append(t.map { distinct && r > 0 ? $0 + "#\(r)" : $0 })
            }
        }
        if sorted {
            rows.sort { a, b in
                guard let a else { return false }
                guard let b else { return true }
                return a.utf8.lexicographicallyPrecedes(b.utf8)
            }
        }
        if clustered {
            // Three sorted clusters one after another: a dictionary of three ascending runs.
            rows = (0..<3).flatMap { c in rows.indices.filter { $0 % 3 == c }.map { rows[$0] } }
        }
        var csv = "n,q\n"
        for s in rows { csv += (s.map { "\"" + $0 + "\"" } ?? "") + ",\"" + pattern + "\"\n" }
        return try CSVTests.table(csv)
    }

    static let cases: [(TextPredicate.Kind, String)] = [
        (.contains, "e"), (.contains, "é"), (.contains, "\r"), (.contains, "99999"), (.contains, "项目"),
        (.contains, "ﾊ"), (.contains, "\u{301}"), (.contains, "#1"),
        (.like, "%e"), (.like, "caf_"), (.like, "项目00%1"), (.like, "ab_cd"), (.like, "%ﾊ%"), (.like, "_"),
        (.like, "%"), (.like, "5%_off"), (.like, "ﾊ_"), (.like, "%#_"), (.like, "项%1"), (.like, "%1#3"), (.like, "x77"),
        (.startswith, "caf"), (.startswith, "ﾊ"), (.startswith, "项目0"), (.startswith, "e"),
        (.endswith, "e"), (.endswith, "77"), (.endswith, "é"), (.endswith, "ﾊ"), (.endswith, "#3"),
        (.matches, "77$"), (.matches, "^项目"), (.matches, "e"), (.matches, "77\\Z"), (.matches, "^x77$"),
        (.matches, "[0-9]+$"), (.matches, "^ab.cd"),
    ]

    static func query(_ kind: TextPredicate.Kind, _ p: String) -> String {
        switch kind {
        case .contains: return "t where n contains \(p) count"
        case .like: return "t where n like \(p) count"
        case .startswith: return "t where startswith(n, \(p)) count"
        case .endswith: return "t where endswith(n, \(p)) count"
        case .matches: return "t where n matches \(p) count"
        }
    }

    /// Repeats, distinct, sorted, byte-safe texts only, in three sorted clusters.
    @Test(arguments: [(1, false, false, false, false), (40, true, false, false, false), (300, false, false, false, false),
                      (40, true, true, false, false), (40, true, true, true, false), (1, false, true, true, false),
                      (40, true, true, false, true), (40, true, true, true, true)])
    func textPredicatesAgreeWithTheRowByRowPath(_ repeats: Int, _ distinct: Bool, _ sorted: Bool, _ safeOnly: Bool,
                                                _ clustered: Bool) throws {
        for (kind, p) in Self.cases {
            let env = try Self.environment(repeats: repeats, distinct: distinct, pattern: p, sorted: sorted, safeOnly: safeOnly,
                                           clustered: clustered)
            if sorted, case .text(let c)? = try Self.table(repeats: repeats, distinct: distinct, pattern: p, sorted: sorted,
                                                           safeOnly: safeOnly, clustered: clustered).columns.first?.data {
                #expect(c.bytes.ascending == !clustered, "an ascending dictionary")
                #expect(c.bytes.runs?.count == (clustered ? 3 : 1), "its ascending runs")
                #expect(c.bytes.unsafeEntries.isEmpty == safeOnly)
            }
            let reference = try env.compile(Self.query(kind, "q")).run()
            let got = try env.compile(Self.query(kind, "$p"), parameters: ["p": .text]).run(["p": .text(p)])
            #expect(got == reference, "\(kind) \(p.debugDescription)")
            // The same predicate evaluated as a value (missing where the text is), then compared.
            let predicate = Self.query(kind, "$p").dropFirst(8).dropLast(6)
            let sel = try env.compile("t where (\(predicate)) = true count", parameters: ["p": .text])
            #expect(try sel.run(["p": .text(p)]) == reference, "\(kind) \(p.debugDescription) as a value")
            // After a `where` that keeps few rows of a large dictionary: only the entries those rows hold.
            let few = "t where endswith(n, '#7') where" + Self.query(kind, "$p").dropFirst(7)
            let fewReference = "t where endswith(n, '#7') where" + Self.query(kind, "q").dropFirst(7)
            #expect(try env.compile(few, parameters: ["p": .text]).run(["p": .text(p)]) == env.compile(fewReference).run(),
                    "\(kind) \(p.debugDescription) after a where")
        }
    }

    /// The buffer search finds every place a naive scan finds, over texts with many near misses.
    @Test func theByteSearchFindsWhatANaiveScanFinds() {
        var state: UInt64 = 7
        func next(_ n: UInt64) -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (state >> 33) % n
        }
        let alphabet: [UInt8] = Array("99a9b".utf8) + [0xE9, 0xA1, 0xB9]
        for _ in 0..<300 {
            let t = (0..<Int(next(40))).map { _ in alphabet[Int(next(UInt64(alphabet.count)))] }
            let p = (0..<Int(1 + next(5))).map { _ in alphabet[Int(next(UInt64(alphabet.count)))] }
            var naive: [Int] = []
            if t.count >= p.count {
                for i in 0...(t.count - p.count) where Array(t[i..<(i + p.count)]) == p { naive.append(i) }
            }
            var found: [Int] = []
            t.withUnsafeBufferPointer { tb in
                p.withUnsafeBufferPointer { pb in TextPredicate.search(pb, in: tb) { found.append($0); return $0 + 1 } }
            }
            #expect(found == naive, "\(t) \(p)")
        }
    }

    /// A column's dictionary bytes keep step with its dictionary however it is built, and read back from
    /// the corpus cache's bytes as they were.
    @Test func dictionaryBytesKeepStepWithTheDictionary() throws {
        var c = TextColumn(Self.texts + ["b", "a", "b"])
        c.append("新", times: 3)
        c.append(nil, times: 2)
        func check(_ c: TextColumn) {
            #expect(c.bytes.count == c.dictionary.count)
            for (k, s) in c.dictionary.enumerated() {
                #expect(c.bytes.withEntry(k) { Array($0) } == Array(s.utf8))
                let safe = Array(s.utf8).withUnsafeBufferPointer { DictionaryBytes.isByteSafe($0) }
                #expect((c.bytes.safe[k] != 0) == safe, "\(s.debugDescription)")
                #expect(c.bytes.unsafeEntries.contains(Int32(k)) == !safe)
            }
        }
        check(c)
        #expect(!c.bytes.ascending)
        // "cafe\u{301}" is its own entry beside "café" (byte-exact keys), `\r\n`, two with U+FF9E, and the
        // leading combining mark.
        #expect(c.bytes.unsafeEntries.count == 6)
        let ascending = TextColumn(["a", "ab", "b", nil, "项"])
        #expect(ascending.bytes.ascending)
        #expect(TextColumn(["b", "c", "a", "b", "ab"]).bytes.runs == [0..<2, 2..<4])
        // Past the most runs it records: none, and every entry is tested.
        #expect(DictionaryBytes((0..<3000).map { String(5000 - $0) }).runs == nil)
        var out = ByteWriter()
        TableCodec.write(Table(name: "t", columns: [Column(name: "n", data: .text(c))]), to: &out)
        let back = try out.bytes.withUnsafeBytes { raw in
            var input = ByteReader(raw)
            return try TableCodec.read(&input)
        }
        guard case .text(let r)? = back.columns.first?.data else {
            Issue.record("not a text column")
            return
        }
        check(r)
        #expect(r.bytes.safe == c.bytes.safe && r.bytes.ascending == c.bytes.ascending)
    }

    @Test func aPredicateIsAValueMissingWhereTheTextIs() throws {
        let env = try Self.environment(repeats: 1, distinct: false, pattern: "e")
        guard case .table(let t) = try env.compile("t select n contains e as c").run() else {
            Issue.record("not a table")
            return
        }
        guard case .table(let r) = try env.compile("t select n contains q as c").run() else { return }
        #expect(t.rows.map { $0[0] } == r.rows.map { $0[0] })
        #expect(t.rows.map { $0[0] }.contains(.missing))
    }

    // MARK: Arithmetic

    /// Columns `v` (万元) and `x` (亿元) and `w` (plain), with missing values, and big values near 2⁶³.
    static func numbers() throws -> (Environment, Table) {
        var csv = "v,x,w\n"
        var seed: UInt64 = 7
        func next(_ n: UInt64) -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return (seed >> 33) % n
        }
        func cents(_ c: Int64) -> String {
            (c < 0 ? "-" : "") + "\(abs(c) / 100).\(abs(c) % 100 < 10 ? "0" : "")\(abs(c) % 100)"
        }
        for _ in 0..<3000 {
            let v = next(9) == 0 ? "" : cents(Int64(next(2_000_000)) - 1_000_000)
            let x = next(7) == 0 ? "" : cents(Int64(next(40_000)) - 20_000)
            let w = next(11) == 0 ? "" : "\(next(100))"
            csv += "\(v),\(x),\(w)\n"
        }
        let table = try CSVTests.table(csv, units: ["v": .wanYuan, "x": .yiYuan])
        return (Environment(reports: [], collections: [table]), table)
    }

    static func quantities(_ t: Table, _ name: String) -> [Quantity?] {
        guard case .number(let c) = t.column(name)?.data else { return [] }
        return (0..<c.count).map { c.quantity(at: $0) }
    }

    @Test func arithmeticAgreesWithExactArithmetic() throws {
        let (env, table) = try Self.numbers()
        let v = Self.quantities(table, "v"), x = Self.quantities(table, "x"), w = Self.quantities(table, "w")
        let c3 = Quantity(ExactDecimal(significand: 3, scale: 0), .wanYuan)
        let big = Quantity(ExactDecimal(significand: 90_000_000_000_000_000, scale: 0), .plain)
        let two = Quantity(ExactDecimal(2), .plain)
        typealias F = (Int) throws -> Quantity?
        func add(_ a: Quantity?, _ b: Quantity?, _ sub: Bool) throws -> Quantity? {
            guard let a, let b else { return nil }
            return try Arithmetic.addSubtract(a, b, subtract: sub)
        }
        func mul(_ a: Quantity?, _ b: Quantity?) throws -> Quantity? {
            guard let a, let b else { return nil }
            return try Arithmetic.multiply(a, b)
        }
        let cases: [(String, F)] = [
            ("t select v - x", { i in try add(v[i], x[i], true) }),
            ("t select x + v", { i in try add(x[i], v[i], false) }),
            ("t select v + 3万元", { i in try add(v[i], c3, false) }),
            ("t select 3万元 - x", { i in try add(c3, x[i], true) }),
            ("t select w * 2", { i in try mul(w[i], two) }),
            ("t select 2 * v", { i in try mul(two, v[i]) }),
            ("t select x * 2 - v", { i in try add(try mul(x[i], two), v[i], true) }),
            // Beyond 64 bits: the exact path, for every row.
            ("t select v * 90000000000000000", { i in try mul(v[i], big) }),
        ]
        for (q, f) in cases {
            guard case .table(let t) = try env.compile(q).run() else {
                Issue.record("\(q): not a table")
                continue
            }
            var bad = 0
            for i in 0..<table.rowCount {
                let got = t.rows[i][0], want = try f(i)
                switch (got, want) {
                case (.missing, nil): break
                case (.number(let a), let b?):
                    if a.unit != b.unit || (try? Arithmetic.compare(a, b)) != 0 { bad += 1 }
                default: bad += 1
                }
            }
            #expect(bad == 0, "\(q)")
        }
        // Comparisons of expressions, counted against the exact comparison.
        let comparisons: [(String, (Int) throws -> Bool)] = [
            ("t where v * 2 > x + 3万元 count", { i in
                guard let a = try mul(v[i], two), let b = try add(x[i], c3, false) else { return false }
                return try Arithmetic.compare(a, b) > 0
            }),
            // Beyond 64 bits: not fused, and the column-at-a-time path falls to the exact one.
            ("t where v * 90000000000000000 > x count", { i in
                guard let a = try mul(v[i], big), let b = x[i] else { return false }
                return try Arithmetic.compare(a, b) > 0
            }),
            ("t where w * 3 + 1 = w + w + w + 1 and w * 2 >= 20 count", { i in
                guard let a = w[i] else { return false }
                return try Arithmetic.compare(try mul(a, two)!, Quantity(ExactDecimal(20), .plain)) >= 0
            }),
            ("t where v <= x count", { i in
                guard let a = v[i], let b = x[i] else { return false }
                return try Arithmetic.compare(a, b) <= 0
            }),
            ("t where x - v != v - x count", { i in
                guard let a = try add(x[i], v[i], true), let b = try add(v[i], x[i], true) else { return false }
                return try Arithmetic.compare(a, b) != 0
            }),
        ]
        for (q, holds) in comparisons {
            var n = 0
            for i in 0..<table.rowCount where try holds(i) { n += 1 }
            #expect(try env.compile(q).run() == .scalar(.number(Quantity(ExactDecimal(n))), skipped: 0), "\(q)")
        }
    }

    // MARK: Limit through select

    @Test func limitThroughSelectIsTheSortsOwnLimit() throws {
        let steps: [Step] = [.sort(keys: [], limit: nil), .select([]), .limit(count: 5, offset: 2)]
        guard case .sort(_, let limit) = Evaluator.limitsPushed(steps)[0] else {
            Issue.record("not a sort")
            return
        }
        #expect(limit == 7)
        let (env, _) = try Self.numbers()
        // Ties (w repeats) keep row order, missing last, and the answer is the unpushed one.
        for (pushed, whole) in [("t sort w desc select w, v limit 9 offset 3", "t sort w desc select w, v"),
                                ("t sort v select v limit 4", "t sort v select v")] {
            guard case .table(let a) = try env.compile(pushed).run(), case .table(let b) = try env.compile(whole).run() else {
                Issue.record("not a table")
                continue
            }
            let offset = pushed.contains("offset") ? 3 : 0
            #expect(a.rows == Array(b.rows[offset..<(offset + a.rows.count)]), "\(pushed)")
            #expect(a.rows.count == (offset > 0 ? 9 : 4))
        }
    }

    // MARK: Stopping

    @Test func everyExpressionKernelStopsWhenAsked() throws {
        // A scan asks before every block: stopped after three, it read three blocks.
        var asked = 0
        var s = Scan(count: 100 * blockSize, selection: nil, condition: .constant(true))
        s.stop = {
            asked += 1
            return asked > 3
        }
        #expect(s.partRows().count == 3 * blockSize)
        s.stop = { false }
        #expect(s.partRows().count == 100 * blockSize)
        // The dictionary pass of a text predicate.
        let dictionary = (0..<5000).map { "项目\($0)" }
        let bytes = DictionaryBytes(dictionary)
        #expect(bytes.ascending == false)
        for (kind, p) in [(TextPredicate.Kind.contains, "99"), (.like, "%9_9"), (.startswith, "项目9"), (.endswith, "9")] {
            #expect(TextPredicate(kind, pattern: p).flags(bytes, stop: { true }) == nil, "\(kind)")
            #expect(TextPredicate(kind, pattern: p).flags(bytes, stop: { false })?.count == 5000, "\(kind)")
        }
        // An ascending dictionary: the entries under a prefix only, still stopped.
        let sorted = dictionary.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        #expect(DictionaryBytes(sorted).ascending)
        #expect(TextPredicate(.like, pattern: "项目%9").flags(DictionaryBytes(sorted), stop: { true }) == nil)
        // A pattern the automaton runs: its own stop (every 65,536 steps) ends the pass, not just that entry —
        // through the simulation (`$`) and through the lazy DFA (a step a scalar: 180,000 scalars).
        for source in ["(.*){200}X$", "(.*){200}X"] {
            let slow = TextPredicate(.matches, pattern: source, compiled: try TextPattern(source))
            let long = [String](repeating: String(repeating: "项目", count: 30_000), count: 3)
            var calls = 0
            #expect(slow.flags(DictionaryBytes(long), stop: { calls += 1; return calls > 1 }) == nil, "\(source)")
        }
        // Column arithmetic and comparisons.
        let c = ColumnValues.number(NumberColumn(values: Array(0..<200_000), scale: 0, unit: .plain))
        #expect(ScaledArithmetic.addSubtract(c, c, subtract: false, count: 200_000, stop: { true }) == nil)
        #expect(ScaledArithmetic.addSubtract(c, c, subtract: false, count: 200_000, stop: { false }) != nil)
        #expect(ScaledArithmetic.multiply(c, .constant(.number(Quantity(ExactDecimal(3), .plain))), stop: { true }) == nil)
        #expect(ScaledArithmetic.compare(.less, c, c, stop: { true }) == nil)
        #expect(ScaledArithmetic.compare(.less, c, c, stop: { false })?.values.contains(true) == false)
        // A run whose interrupt is raised ends with an error from each of these paths.
        let interrupt = Interrupt()
        interrupt.request()
        let (_, table) = try Self.numbers()
        let env = Environment(reports: [], collections: [table], options: .init(interrupt: interrupt))
        for q in ["t where v * 2 > x count", "t select v - x", "t sort v select v limit 3"] {
            #expect(throws: RuntimeError.self, "\(q)") { try env.compile(q).run() }
        }
    }
}
