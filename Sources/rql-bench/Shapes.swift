// rql-bench shapes CSV QUERIES [--reps R]: the query-shape suite's ReportQL side (shapes.py drives it, beside
// DuckDB). QUERIES holds one shape a line, `name<TAB>query`. For each: compile, one warm-up run, then R runs
// (fewer when one run takes over a second: the suite must finish), and one JSON line with the samples and
// the answer in the canonical form shapes.py compares — every cell as text, numbers as normalised decimals
// without their unit; results of more than 1,000 rows as a count and a digest (FNV-1a 64 of each row,
// summed for unordered shapes, chained for ordered ones).

#if canImport(Glibc)
import Glibc
#endif
import ReportQL
import ReportModel

/// A cell as shapes.py writes DuckDB's: numbers normalised (no trailing zeros, no unit), missing as `∅`.
func canonicalCell(_ v: Value) -> String {
    switch v {
    case .number(let q): return canonicalNumber(q.value.normalized.description)
    case .text(let s): return s
    case .bool(let b): return b ? "true" : "false"
    case .missing: return "∅"
    }
}

func canonicalNumber(_ s: String) -> String {
    var s = s
    if s.contains(".") {
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
    }
    return s == "-0" ? "0" : s
}

func fnv(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01b3
    }
    return h
}

/// The rows of a result, each cell canonical.
func canonicalRows(_ r: QueryResult) -> [[String]] {
    switch r {
    case .scalar(let v, _): return [[canonicalCell(v)]]
    case .table(let t): return t.rows.map { $0.map(canonicalCell) }
    default: return []
    }
}

func runShapes(csvPath: String, queriesPath: String, reps: Int) {
    let table = must { try loadTable(readFile(csvPath), units: ["total": .yiYuan, "invest2024": .yiYuan]) }
    let env = Environment(reports: [], collections: [table])
    let lines = String(decoding: readFile(queriesPath), as: UTF8.self).split(separator: "\n")
    for line in lines {
        let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
        guard parts.count >= 2 else { continue }
        let (name, source) = (parts[0], parts[1])
        let ordered = parts.count > 2 && parts[2] == "ordered"
        let query: Query
        do { query = try env.compile(source) } catch {
            emit("SHAPE", [("shape", json(name)), ("error", json("\(error)"))])
            continue
        }
        var result: QueryResult?
        let clock = ContinuousClock()
        let start = clock.now
        do { result = try query.run() } catch {
            emit("SHAPE", [("shape", json(name)), ("error", json("\(error)"))])
            continue
        }
        let first = milliseconds(clock.now - start)
        var all: [Double]
        if first > 1000 {
            // Slow: the first run counts, and one more when it took under four seconds.
            all = [first]
            if first < 4000 {
                let again = clock.now
                result = must { try query.run() }
                all.append(milliseconds(clock.now - again))
            }
        } else {
            all = sample(reps) { result = must { try query.run() } }
        }
        let rows = canonicalRows(result ?? .scalar(.missing, skipped: 0))
        var answer: String
        if rows.count > 1000 {
            var digest: UInt64 = 0
            for row in rows {
                let h = fnv(row.joined(separator: "\u{1F}"))
                digest = ordered ? digest &* 31 &+ h : digest &+ h
            }
            answer = "{\"rows\":\(rows.count),\"digest\":\"\(String(digest, radix: 16))\"}"
        } else {
            answer = "[" + rows.map { "[" + $0.map(json).joined(separator: ",") + "]" }.joined(separator: ",") + "]"
        }
        emit("SHAPE", [("shape", json(name)), ("median_ms", fixed(median(all), 4)), ("samples_ms", json(all)),
                       ("answer", answer)])
    }
}
