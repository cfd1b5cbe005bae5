import Testing
import TestSupport
import ReportModel
import ReportQL

/// The conformance suite: ReportQL scripts under `Golden/` with their expected results written inline, as
/// Crafting Interpreters does. After a statement, `# expect: …` lines give its result (a scalar alone; a
/// table as a header line `a | b` and one line per row), and `# error: LINE:COL: message` / `# help: …`
/// give its diagnostics. Every statement's outcome must be expected, and nothing else.
@Suite struct GoldenTests {
    static let directory = packageRoot + "Tests/ReportQLTests/Golden/"

    static let scripts: [String] = {
        (try? listDirectory(directory).filter { $0.hasSuffix(".rql") }.sorted()) ?? []
    }()

    @Test func thereAreScripts() {
        #expect(Self.scripts.count >= 5)
    }

    @Test(arguments: scripts)
    func script(_ name: String) throws {
        let text = try readFile(Self.directory + name)
        let expected = text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            let l = line.trimmingCharacters(in: " \t")
            for prefix in ["# expect: ", "# error: ", "# help: "] where l.hasPrefix(prefix) {
                return String(prefix.dropFirst(2).dropLast(2)) + ": " + l.dropFirst(prefix.count)
            }
            for bare in ["# expect:", "# error:", "# help:"] where l == bare {
                return String(bare.dropFirst(2).dropLast()) + ": "
            }
            return nil
        }
        // `# reports: FOLDER` (relative to Golden/) runs the script over that folder of reports, not the built-in one.
        let folder = text.split(separator: "\n").first { $0.hasPrefix("# reports: ") }.map { String($0.dropFirst("# reports: ".count)) }
        let environment = try folder.map { Environment(reports: try Report.load(contentsOf: Self.directory + $0)) } ?? Environment()
        let session = Session(environment: environment)
        let file = SourceFile(name: name, text: text)
        var actual: [String] = []
        session.run(file, keepGoing: true) { outcome in
            actual += Self.render(outcome, file)
        }
        // Compared as bytes: Swift's `String ==` would take canonically equivalent texts (`é`, `e` + U+0301) as
        // equal, and a row printed in another row's spelling would pass.
        let bytes = { (lines: [String]) in lines.map { Array($0.utf8) } }
        #expect(bytes(actual) == bytes(expected), "\(name)")
        if bytes(actual) != bytes(expected) {
            for (k, (a, e)) in zip(actual, expected).enumerated() where Array(a.utf8) != Array(e.utf8) {
                Issue.record("\(name): first difference at expectation \(k + 1):\n  expected \(e)\n  actual   \(a)")
                break
            }
        }
    }

    static func render(_ outcome: StatementOutcome, _ file: SourceFile) -> [String] {
        func diagnostics(_ ds: [Diagnostic]) -> [String] {
            ds.flatMap { d -> [String] in
                let (l, c) = file.location(of: d.range.start)
                return ["error: \(l):\(c): \(d.message)"] + (d.help.map { ["help: \($0)"] } ?? [])
            }
        }
        switch outcome {
        case .checkFailed(let e): return diagnostics(e.diagnostics)
        case .runFailed(let e): return diagnostics([e.diagnostic])
        case .success(let result, _, _):
            switch result {
            case .bound: return []
            case .scalar(let v, let skipped):
                return ["expect: \(v)" + (skipped > 0 ? " (skipped \(skipped) missing)" : "")]
            case .table(let t):
                return ["expect: " + t.columns.map(\.name).joined(separator: " | ")]
                    + t.rows.map { "expect: " + $0.map(\.description).joined(separator: " | ") }
            case .sources(let quotes):
                return quotes.map { q in
                    let chars = Array(q.sentence)
                    let lo = min(q.highlight.lowerBound, chars.count), hi = min(q.highlight.upperBound, chars.count)
                    return "expect: \(q.section) \(q.line): " + String(chars[..<lo]) + "【" + String(chars[lo..<hi]) + "】"
                        + String(chars[hi...])
                }
            case .checks(let checks):
                return checks.map { c in
                    "expect: \(c.matches ? "ok" : "MISMATCH") \(c.what): stated \(c.stated), computed \(c.computed), difference \(c.difference)"
                }
            }
        }
    }
}
