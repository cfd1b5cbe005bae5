// rql-bench: times ReportQL on the generated `projects` table, beside a hand-written loop over the same
// columns, and checks every answer against gen.py's exact one. One JSON line per measurement on standard
// output (the lines run.sh collects and summarize.py tabulates). See BENCHMARKS.md.
//
//   rql-bench run CSV EXPECTED_JSON [--reps R] [--load-reps L]
//   rql-bench compile               (compile times on the built-in report)
//   rql-bench shapes CSV QUERIES [--reps R]   (the query-shape suite's ReportQL side: Shapes.swift, shapes.py)

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ReportQL
import ReportModel

let queries = [
    ("Q1", "projects where sector = 工业 and status = 在建 sum invest2024"),
    ("Q2", "projects by sector sum invest2024 as plan, count as n sort plan desc"),
    ("Q3", "projects where status = 预备 sort invest2024 desc top 10 select name, invest2024"),
]

// MARK: Measuring

func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1e3 + Double(d.components.attoseconds) / 1e15
}

/// Runs `body` once to warm up, then `reps` times; the samples in milliseconds.
func sample(_ reps: Int, _ body: () throws -> Void) rethrows -> [Double] {
    try body()
    var out: [Double] = []
    let clock = ContinuousClock()
    for _ in 0..<reps {
        let start = clock.now
        try body()
        out.append(milliseconds(clock.now - start))
    }
    return out
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    guard !s.isEmpty else { return .nan }
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Resident set size of this process, in bytes.
func residentBytes() -> Int {
    guard let f = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(f) }
    var size = 0, resident = 0
    guard withUnsafeMutablePointer(to: &size, { s in
        withUnsafeMutablePointer(to: &resident) { r in
            withVaList([s, r]) { vfscanf(f, "%ld %ld", $0) }
        }
    }) == 2 else { return 0 }
    return resident * Int(sysconf(Int32(_SC_PAGESIZE)))
}

func readFile(_ path: String) -> [UInt8] {
    guard let f = fopen(path, "rb") else { fatal("cannot open \(path)") }
    defer { fclose(f) }
    fseek(f, 0, SEEK_END)
    let size = ftell(f)
    fseek(f, 0, SEEK_SET)
    var bytes = [UInt8](repeating: 0, count: size)
    let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, size, f) }
    guard read == size else { fatal("short read of \(path)") }
    return bytes
}

func fatal(_ message: String) -> Never {
    let text = Array("rql-bench: \(message)\n".utf8)
    _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    exit(2)
}

/// `value`, or a clean exit with `message` when there is none.
func required<T>(_ value: T?, _ message: @autoclosure () -> String) -> T {
    guard let value else { fatal(message()) }
    return value
}

/// The value of `body`, or a clean exit naming the error: the benchmark never traps on bad data.
func must<T>(_ body: () throws -> T) -> T {
    do { return try body() } catch { fatal("\(error)") }
}

/// glibc's `malloc_trim`: returns freed heap pages to the system, so the resident size counts live data.
@_silgen_name("malloc_trim") func mallocTrim(_ pad: Int) -> Int32

// MARK: JSON lines

func json(_ s: String) -> String { jsonStringLiteral(s) }

func json(_ xs: [Double]) -> String { "[" + xs.map { fixed($0, 4) }.joined(separator: ",") + "]" }

func fixed(_ x: Double, _ places: Int) -> String {
    guard x.isFinite else { return "null" }
    var p = 1.0
    for _ in 0..<places { p *= 10 }
    let r = (x * p).rounded() / p
    return "\(r)"
}

func emit(_ kind: String, _ fields: [(String, String)]) {
    print(kind + " {" + fields.map { json($0.0) + ":" + $0.1 }.joined(separator: ",") + "}")
    fflush(nil)
}

// MARK: Expected answers (gen.py's expected_<N>.json)

struct Expected {
    var q1Cents: Int64
    var q2: [(sector: String, cents: Int64, count: Int)]
    var q3Invest: [String]
    var q3Names: [String]

    init(path: String) {
        guard case .object(let top, _)? = try? JSONReader.parse(bytes: readFile(path)) else { fatal("bad \(path)") }
        func member(_ o: [JSONMember], _ k: String) -> JSONValue {
            guard let v = o.first(where: { $0.key == k })?.value else { fatal("\(path): no '\(k)'") }
            return v
        }
        func int(_ v: JSONValue) -> Int64 {
            guard case .number(let s, _) = v, let i = Int64(s) else { fatal("\(path): not an integer") }
            return i
        }
        func string(_ v: JSONValue) -> String {
            guard case .string(let s, _) = v else { fatal("\(path): not a string") }
            return s
        }
        func array(_ v: JSONValue) -> [JSONValue] {
            guard case .array(let a, _) = v else { fatal("\(path): not an array") }
            return a
        }
        guard case .object(let q1, _) = member(top, "q1") else { fatal("\(path): q1") }
        q1Cents = int(member(q1, "sum_cents"))
        q2 = array(member(top, "q2")).map { g in
            guard case .object(let o, _) = g else { fatal("\(path): q2") }
            return (string(member(o, "sector")), int(member(o, "sum_cents")), Int(int(member(o, "count"))))
        }
        q3Invest = array(member(top, "q3_top10_invest")).map(string)
        q3Names = array(member(top, "q3_top10_names_first_by_id")).map(string)
    }
}

/// An amount in 亿元 at two places, as gen.py writes it (`1278654.41`).
func cents(_ q: Quantity) -> Int64? {
    guard q.unit == .yiYuan, let v = q.value.int64(atScale: 2) else { return nil }
    return v
}

func money(_ c: Int64) -> String {
    let a = c.magnitude
    let frac = a % 100
    return (c < 0 ? "-" : "") + "\(a / 100)." + (frac < 10 ? "0" : "") + "\(frac)"
}

/// Whether a ReportQL result is gen.py's exact answer to query `q`; the reason when it is not.
func check(_ q: String, _ r: QueryResult, _ e: Expected) -> String? {
    switch q {
    case "Q1":
        guard case .scalar(.number(let v), 0) = r else { return "not one number: \(r)" }
        return cents(v) == e.q1Cents ? nil : "sum \(v) ≠ \(money(e.q1Cents))"
    case "Q2":
        guard case .table(let t) = r else { return "not a table" }
        guard t.columns.map(\.name) == ["sector", "plan", "n"], t.rows.count == e.q2.count else {
            return "shape \(t.columns.map(\.name)) × \(t.rows.count)"
        }
        for (row, g) in zip(t.rows, e.q2) {
            guard case .text(let s) = row[0], case .number(let p) = row[1], case .number(let n) = row[2],
                  s == g.sector, cents(p) == g.cents, n.value == ExactDecimal(g.count) else {
                return "row \(row) ≠ \(g)"
            }
        }
        return nil
    default:
        guard case .table(let t) = r else { return "not a table" }
        guard t.columns.map(\.name) == ["name", "invest2024"], t.rows.count == 10 else {
            return "shape \(t.columns.map(\.name)) × \(t.rows.count)"
        }
        let invest = t.rows.map { row -> String in
            if case .number(let p) = row[1], let c = cents(p) { return money(c) }
            return "?"
        }
        let names = t.rows.map { $0[0].description }
        if invest != e.q3Invest { return "values \(invest) ≠ \(e.q3Invest)" }
        if names != e.q3Names { return "names \(names) ≠ \(e.q3Names)" }
        return nil
    }
}

// MARK: The hand-written reference

/// The same data as plain arrays — text as `UInt8` dictionary codes, money as `Int64` cents — and the three
/// queries as the loops one would write by hand. The hardware reference: no engine, no abstraction.
struct HandLoop {
    var sector: [UInt8] = []
    var status: [UInt8] = []
    var invest: [Int64] = []
    var names: [String] = []
    var sectors: [String] = []
    var statuses: [String] = []

    init(_ t: Table) {
        for c in t.columns {
            switch (c.name, c.data) {
            case ("sector", .text(let x)): sector = x.codes.map(UInt8.init); sectors = x.dictionary
            case ("status", .text(let x)): status = x.codes.map(UInt8.init); statuses = x.dictionary
            case ("invest2024", .number(let x)): invest = x.values
            case ("name", .text(let x)): names = x.codes.map { x.entry(Int($0)) }
            default: break
            }
        }
    }

    func q1() -> Int64 {
        let a = UInt8(required(sectors.firstIndex(of: "工业"), "no 工业 in the data")), b = UInt8(required(statuses.firstIndex(of: "在建"), "no 在建 in the data"))
        var sum: Int64 = 0
        sector.withUnsafeBufferPointer { s in
            status.withUnsafeBufferPointer { t in
                invest.withUnsafeBufferPointer { v in
                    // Branch-free: both codes equal ⇔ m == 0; (m - 1) >> 8 is then all ones, else zero.
                    for i in 0..<v.count {
                        let m = Int64(truncatingIfNeeded: (s[i] ^ a) | (t[i] ^ b))
                        sum &+= v[i] & ((m &- 1) >> 8)
                    }
                }
            }
        }
        return sum
    }

    func q2() -> [(String, Int64, Int)] {
        var sums = [Int64](repeating: 0, count: 256), counts = [Int](repeating: 0, count: 256)
        sector.withUnsafeBufferPointer { s in
            invest.withUnsafeBufferPointer { v in
                for i in 0..<v.count {
                    sums[Int(s[i])] &+= v[i]
                    counts[Int(s[i])] += 1
                }
            }
        }
        return sectors.indices.map { (sectors[$0], sums[$0], counts[$0]) }.sorted { $0.1 > $1.1 }
    }

    func q3() -> [(String, Int64)] {
        let b = UInt8(required(statuses.firstIndex(of: "预备"), "no 预备 in the data"))
        return topTen(status, invest, b).map { (names[$0.row], $0.value) }
    }
}

/// Q3 by hand: the ten largest `values` whose `status` is `code`, largest first, ties to the lower row.
func topTen<V: FixedWidthInteger>(_ status: [UInt8], _ values: [V], _ code: UInt8) -> [(value: V, row: Int)] {
    var best: [(value: V, row: Int)] = []
    best.reserveCapacity(11)
    status.withUnsafeBufferPointer { t in
        values.withUnsafeBufferPointer { v in
            var floor = V.min   // a candidate must beat the 10th best
            for i in 0..<v.count {
                let x = v[i]
                // The rare test first: once the top 10 fill up, few values beat the 10th.
                guard x > floor, t[i] == code else { continue }
                var k = best.count
                while k > 0, best[k - 1].value < x { k -= 1 }
                best.insert((x, i), at: k)
                if best.count > 10 { best.removeLast() }
                if best.count == 10 { floor = best[9].value }
            }
        }
    }
    return best
}

/// The same loops over the narrowest exact columns, as ReportQL stores them: money as `Int16` cents (the
/// generated values, 0.00–200.00, fit), summed in `Int32` lanes a block of 2,048 rows at a time (2,048 ×
/// 32,767 fits), one thread. The reference for what reading two bytes a row instead of eight is worth.
struct NarrowLoop {
    var sector: [UInt8] = []
    var status: [UInt8] = []
    var invest: [Int16] = []
    let wide: HandLoop

    /// Nil when some value does not fit in `Int16` cents.
    init?(_ wide: HandLoop) {
        self.wide = wide
        sector = wide.sector
        status = wide.status
        for v in wide.invest {
            guard let x = Int16(exactly: v) else { return nil }
            invest.append(x)
        }
    }

    func q1() -> Int64 {
        let a = UInt8(required(wide.sectors.firstIndex(of: "工业"), "no 工业 in the data"))
        let b = UInt8(required(wide.statuses.firstIndex(of: "在建"), "no 在建 in the data"))
        var sum: Int64 = 0
        sector.withUnsafeBufferPointer { s in
            status.withUnsafeBufferPointer { t in
                invest.withUnsafeBufferPointer { v in
                    var start = 0
                    while start < v.count {
                        let end = min(start + 2048, v.count)
                        var block: Int32 = 0
                        for i in start..<end {
                            let m = Int32(truncatingIfNeeded: (s[i] ^ a) | (t[i] ^ b))
                            block &+= Int32(v[i]) & ((m &- 1) >> 8)
                        }
                        sum &+= Int64(block)
                        start = end
                    }
                }
            }
        }
        return sum
    }

    func q2() -> [(String, Int64, Int)] {
        var sums = [Int64](repeating: 0, count: 256), counts = [Int](repeating: 0, count: 256)
        sector.withUnsafeBufferPointer { s in
            invest.withUnsafeBufferPointer { v in
                for i in 0..<v.count {
                    sums[Int(s[i])] &+= Int64(v[i])
                    counts[Int(s[i])] += 1
                }
            }
        }
        return wide.sectors.indices.map { (wide.sectors[$0], sums[$0], counts[$0]) }.sorted { $0.1 > $1.1 }
    }

    func q3() -> [(String, Int64)] {
        let b = UInt8(required(wide.statuses.firstIndex(of: "预备"), "no 预备 in the data"))
        return topTen(status, invest, b).map { (wide.names[$0.row], Int64($0.value)) }
    }
}

// MARK: Loading

func loadTable(_ bytes: [UInt8], units: [String: Unit]) throws -> Table {
    try Table(csv: bytes, name: "projects", units: units)
}

// MARK: Storage accounting

/// Bytes the table's columns hold (codes, significands, dictionaries, indexes), and the bytes of the same
/// columns in their narrowest exact form.
func columnBytes(_ t: Table) -> (held: Int, narrowest: Int, detail: [(String, Int, Int)]) {
    var held = 0, narrowest = 0
    var detail: [(String, Int, Int)] = []
    let n = t.rowCount
    for c in t.columns {
        var h = 0, w = 0
        switch c.data {
        case .number(let x):
            h = x.storage.width * n + (x.present == nil ? 0 : n) + (x.unitCodes == nil ? 0 : 2 * n)
            w = IntStorage.width(x.minValue, x.maxValue) * n + (x.present == nil ? 0 : (n + 7) / 8)
        case .text(let x):
            // The dictionary is its bytes, their offsets and byte-safe bits, and the hash index (no `String`s).
            let d = x.distinct, strings = x.bytes.bytes.count
            h = x.storage.width * n + strings + 8 * (d + 1) + d + 4 * x.index.slots.count
            // Codes into a dictionary of the distinct values, or the values themselves with offsets.
            let coded = CodeStorage.width(d) * n + strings + 4 * d
            let lengths = (0..<d).map { x.bytes.offsets[$0 + 1] - x.bytes.offsets[$0] }
            let plain = x.storage.uint32s.reduce(0) { $0 + ($1 == TextColumn.missing ? 0 : lengths[Int($1)]) } + 4 * n
            w = Swift.min(coded, plain)
        case .bool(let x):
            h = x.count * (x.present == nil ? 1 : 2)
            w = (x.count + 7) / 8 * (x.present == nil ? 1 : 2)
        }
        held += h
        narrowest += w
        detail.append((c.name, h, w))
    }
    return (held, narrowest, detail)
}

// MARK: Modes

/// Memory: resident bytes the loaded table adds, with the CSV bytes already released (MEM), then with its
/// dictionaries' `String`s made too (MEM_STRINGS). Returns the table.
func memory(csvPath: String, units: [String: Unit]) -> Table {
    // Memory: resident bytes the loaded table adds, with the CSV bytes already released.
    let before = residentBytes()
    let table: Table
    do {
        let bytes = readFile(csvPath)
        table = try loadTable(bytes, units: units)
    } catch {
        fatal("\(error)")
    }
    _ = mallocTrim(0)
    let after = residentBytes()
    let n = table.rowCount
    let (held, narrowest, detail) = columnBytes(table)
    emit("MEM", [("system", json("reportql")), ("n", "\(n)"),
                 ("resident_bytes", "\(after - before)"), ("resident_bytes_per_row", fixed(Double(after - before) / Double(n), 2)),
                 ("column_bytes_per_row", fixed(Double(held) / Double(n), 2)),
                 ("narrowest_bytes_per_row", fixed(Double(narrowest) / Double(n), 2)),
                 ("columns", "{" + detail.map { json($0.0) + ":[" + fixed(Double($0.1) / Double(n), 2) + "," + fixed(Double($0.2) / Double(n), 2) + "]" }.joined(separator: ",") + "}")])

    // The dictionaries' `String`s, made on demand (`TextColumn.dictionary`): what a column held beside its bytes
    // before it kept only them, measured in the same process for the difference.
    var strings = 0
    for c in table.columns { if case .text(let x) = c.data { strings += x.dictionary.count } }
    _ = mallocTrim(0)
    let withStrings = residentBytes()
    emit("MEM_STRINGS", [("system", json("reportql")), ("n", "\(n)"), ("strings", "\(strings)"),
                         ("resident_bytes_per_row", fixed(Double(withStrings - before) / Double(n), 2))])

    return table
}

func run(csvPath: String, expectedPath: String, reps: Int, loadReps: Int) {
    let expected = Expected(path: expectedPath)
    let units: [String: Unit] = ["total": .yiYuan, "invest2024": .yiYuan]

    let table = memory(csvPath: csvPath, units: units)
    let n = table.rowCount

    // Load: the CSV bytes already in memory, into a table.
    let bytes = readFile(csvPath)
    let loads = sample(loadReps) { _ = try? loadTable(bytes, units: units) }
    emit("LOAD", [("system", json("reportql-csv")), ("n", "\(n)"), ("median_ms", fixed(median(loads), 3)),
                  ("rows_per_s", fixed(Double(n) / median(loads) * 1000, 0)),
                  ("mb_per_s", fixed(Double(bytes.count) / median(loads) / 1000, 1)), ("samples_ms", json(loads))])

    let env = Environment(reports: [], collections: [table])
    for (name, source) in queries {
        let query: Query
        do { query = try env.compile(source) } catch { fatal(error.rendered()) }
        var result: QueryResult = .bound("")
        let run = sample(reps) { result = must { try query.run() } }
        let bad = check(name, result, expected)
        emit("RESULT", [("system", json("reportql")), ("n", "\(n)"), ("query", json(name)),
                        ("median_ms", fixed(median(run), 4)), ("min_ms", fixed(run.min() ?? .nan, 4)),
                        ("ok", bad == nil ? "true" : "false"), ("error", json(bad ?? "")), ("samples_ms", json(run))])
        let both = sample(reps) { result = must { try env.compile(source).run() } }
        let bad2 = check(name, result, expected)
        emit("RESULT", [("system", json("reportql+compile")), ("n", "\(n)"), ("query", json(name)),
                        ("median_ms", fixed(median(both), 4)), ("min_ms", fixed(both.min() ?? .nan, 4)),
                        ("ok", bad2 == nil ? "true" : "false"), ("error", json(bad2 ?? "")), ("samples_ms", json(both))])
    }

    let hand = HandLoop(table)
    var loops: [(system: String, q1: () -> Int64, q2: () -> [(String, Int64, Int)], q3: () -> [(String, Int64)])] = [
        ("swift-loop", hand.q1, hand.q2, hand.q3),
    ]
    if let narrow = NarrowLoop(hand) { loops.append(("swift-loop-narrow", narrow.q1, narrow.q2, narrow.q3)) }
    for loop in loops {
        var q1 = Int64(0), q2: [(String, Int64, Int)] = [], q3: [(String, Int64)] = []
        let h1 = sample(reps) { q1 = loop.q1() }
        let h2 = sample(reps) { q2 = loop.q2() }
        let h3 = sample(reps) { q3 = loop.q3() }
        let ok1 = q1 == expected.q1Cents
        let ok2 = q2.map(\.0) == expected.q2.map(\.sector) && q2.map(\.1) == expected.q2.map(\.cents)
            && q2.map(\.2) == expected.q2.map(\.count)
        let ok3 = q3.map { money($0.1) } == expected.q3Invest && q3.map(\.0) == expected.q3Names
        for (q, samples, ok) in [("Q1", h1, ok1), ("Q2", h2, ok2), ("Q3", h3, ok3)] {
            emit("RESULT", [("system", json(loop.system)), ("n", "\(n)"), ("query", json(q)),
                            ("median_ms", fixed(median(samples), 4)), ("min_ms", fixed(samples.min() ?? .nan, 4)),
                            ("ok", ok ? "true" : "false"), ("samples_ms", json(samples))])
        }
    }

    // Compiling alone, against this environment: many repetitions, per compile.
    for (name, source) in queries {
        let k = 200
        let samples = sample(15) { for _ in 0..<k { _ = must { try env.compile(source) } } }.map { $0 / Double(k) * 1000 }
        emit("COMPILE", [("n", "\(n)"), ("query", json(name)), ("median_us", fixed(median(samples), 2)),
                         ("samples_us", json(samples))])
    }
}

let args = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: Int) -> Int {
    guard let i = args.firstIndex(of: name), i + 1 < args.count, let v = Int(args[i + 1]) else { return fallback }
    return v
}
switch args.first {
case "repeat" where args.count >= 3:
    // For profilers: load, then run one query (Q1, Q2, Q3 or a query text) many times.
    let table = must { try loadTable(readFile(args[1]), units: ["total": .yiYuan, "invest2024": .yiYuan]) }
    let env = Environment(reports: [], collections: [table])
    let source = queries.first { $0.0 == args[2] }?.1 ?? args[2]
    let query = must { try env.compile(source) }
    let k = option("--times", 100)
    let samples = sample(k) { _ = must { try query.run() } }
    print("median \(median(samples)) ms over \(k)")
case "builtin":
    // Start-up: building the built-in report from its compiled-in columns (what rql does), loading the same
    // report from its JSON (what --report does), and compiling and running Q1 on it (one process).
    let k = option("--times", 200)
    let snapshots = sample(k) { _ = Report.builtinSnapshot() }
    // The JSON source of the built-in report, beside this file's folder: Sources/ReportModel/Builtin/.
    let sources = String(#filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(2)
        .joined(separator: "/"))
    let json = readFile(sources + "/ReportModel/Builtin/quangang-2023.json")
    let loads = sample(k) { _ = must { try Report.load(bytes: json, source: "<built-in>") } }
    let env = Environment()
    let q1 = sample(k) { _ = must { try env.compile(queries[0].1).run() } }
    print("built-in report from its columns: median \(median(snapshots)) ms; from its JSON: \(median(loads)) ms; "
        + "compile and run Q1 on it: \(median(q1)) ms")
case "load" where args.count >= 2:
    // For profilers: load the CSV (already in memory) many times.
    let bytes = readFile(args[1])
    let k = option("--times", 3)
    var rows = 0
    let samples = sample(k) { rows = must { try loadTable(bytes, units: ["total": .yiYuan, "invest2024": .yiYuan]).rowCount } }
    print("median \(median(samples)) ms over \(k): \(Int(Double(rows) / median(samples) * 1000)) rows/s")
case "shapes" where args.count >= 3:
    runShapes(csvPath: args[1], queriesPath: args[2], reps: option("--reps", 5))
case "memory" where args.count >= 2:
    // Only the memory figures of `run` (MEM, MEM_STRINGS).
    _ = memory(csvPath: args[1], units: ["total": .yiYuan, "invest2024": .yiYuan])
case "run" where args.count >= 3:
    run(csvPath: args[1], expectedPath: args[2], reps: option("--reps", 10), loadReps: option("--load-reps", 3))
default:
    fatal("usage: rql-bench run CSV EXPECTED_JSON [--reps R] [--load-reps L] | memory CSV")
}
