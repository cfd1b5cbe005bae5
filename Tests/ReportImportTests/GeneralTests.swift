import ReportImport
import ReportModel
import Testing
import TestSupport

/// Reports of the genre the import has never seen (`Fixtures/general.txt`, issue #16): county, district, banner,
/// city and province reports in their own wording, each block with the records its import must give. The
/// expectations are data; the format is described at the head of the fixture.
@Suite struct GeneralTests {
    struct Block: Sendable, CustomTestStringConvertible {
        var name: String
        var flat = false
        var text: [String] = []
        var expected: [String] = []
        var testDescription: String { name }
    }

    static func blocks() throws -> [Block] {
        let lines = try readFile(packageRoot + "Tests/ReportImportTests/Fixtures/general.txt")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out: [Block] = []
        var inExpected = false
        for line in lines {
            if line.hasPrefix("==== ") {
                let words = line.dropFirst(5).split(separator: " ").map(String.init)
                out.append(Block(name: words.first ?? "", flat: words.contains("flat")))
                inExpected = false
            } else if out.isEmpty {
                continue
            } else if line == "----" {
                inExpected = true
            } else if inExpected {
                if !line.isEmpty { out[out.count - 1].expected.append(line) }
            } else {
                out[out.count - 1].text.append(line)
            }
        }
        return out
    }

    /// `K=V` words as fields (`_` for a space).
    static func fields(_ words: ArraySlice<String>) -> [(String, String)] {
        words.compactMap { w in
            guard let eq = w.firstIndex(of: "=") else { return nil }
            return (String(w[..<eq]), String(w[w.index(after: eq)...].map { $0 == "_" ? " " : $0 }))
        }
    }

    static func describe(_ r: [String: String], _ keys: [String]) -> String {
        keys.map { r[$0] ?? "-" }.joined(separator: " ")
    }

    /// What the import of `block` gets wrong, one line each; empty when it gives every expected record.
    static func failures(_ block: Block) throws -> [String] {
        let text = block.flat ? block.text.joined() : block.text.joined(separator: "\n")
        let i = try Imported(text: text, source: block.name + ".txt")
        var problems: [String] = []
        var indicators: [[String]] = [], targets: [[String]] = [], unplaced: [String] = []
        for line in block.expected {
            let w = line.split(separator: " ").map(String.init)
            guard let kind = w.first else { continue }
            switch kind {
            case "meta":
                for (k, v) in fields(w.dropFirst()) {
                    let got = k == "level" ? i.result.level : (i.result.metadata[k] ?? "-")
                    if got != v { problems.append("meta \(k): \(got), expected \(v)") }
                }
            case "indicator": indicators.append(w)
            case "target": targets.append(w)
            case "unplaced": unplaced.append(String(line.dropFirst("unplaced ".count)))
            case "nofacts":
                if !i.rows("facts").isEmpty {
                    problems.append("facts: \(i.rows("facts").map { describe($0, ["subject", "value"]) })")
                }
            case "fact", "named":
                let collection = kind == "fact" ? "facts" : "named"
                let key = kind == "fact" ? "value" : "name"
                let want = [(key, w.count > 1 ? w[1] : "")] + fields(w.dropFirst(2))
                if !i.rows(collection).contains(where: { r in want.allSatisfy { r[$0.0] == $0.1 } }) {
                    let near = i.rows(collection).filter { $0[key] == want[0].1 }
                        .map { describe($0, ["subject", "name", "value", "year", "status"]) }
                    problems.append("no \(kind) \(w.dropFirst().joined(separator: " ")); same \(key): \(near)")
                }
            default:
                problems.append("unknown expectation: \(line)")
            }
        }
        // Indicators and targets: the whole list, in order, then the fields asked for.
        func compare(_ collection: String, _ expected: [[String]], _ keys: [String]) {
            let rows = i.rows(collection)
            let got = rows.map { describe($0, keys) }
            let want = expected.map { $0.dropFirst().prefix(keys.count).joined(separator: " ") }
            if got != want {
                problems.append("\(collection): got \(got), expected \(want)")
            }
            for e in expected {
                guard let row = rows.first(where: { $0["name"] == e[1] }) else { continue }
                for (k, v) in fields(e.dropFirst(keys.count + 1)) where (row[k] ?? "-") != v {
                    problems.append("\(collection) \(e[1]) \(k): \(row[k] ?? "-"), expected \(v) (\(row["quote"] ?? ""))")
                }
            }
        }
        compare("indicators", indicators, ["name", "value", "growth"])
        compare("targets", targets, ["name", "growth", "note"])
        if i.result.unplaced != unplaced {
            problems.append("unplaced: \(i.result.unplaced), expected \(unplaced)")
        }
        // Every quote stands in the stored text (the loader checked it) and holds its figures.
        for c in ["indicators", "targets", "facts"] {
            for r in i.rows(c) {
                let quote = r["quote"] ?? ""
                for k in ["value", "growth", "upper"] {
                    guard let q = r[k], q != "0%" else { continue }
                    let digits = String(q.drop { $0 == "-" }.prefix { ($0.isASCII && $0.isNumber) || $0 == "." })
                    if !quote.contains(digits) { problems.append("\(c): \(k) \(q) not in its quote \(quote)") }
                }
            }
        }
        return problems
    }

    @Test(arguments: try GeneralTests.blocks())
    func importsAsExpected(_ block: Block) throws {
        let problems = try Self.failures(block)
        #expect(problems.isEmpty, "\(block.name):\n\(problems.joined(separator: "\n"))")
    }

    /// Every report with its line breaks removed (as a web page's text often comes) gives the same indicators and
    /// targets as with them.
    @Test(arguments: try GeneralTests.blocks().filter { !$0.flat })
    func theSameWithoutLineBreaks(_ block: Block) throws {
        let lined = try Imported(text: block.text.joined(separator: "\n"), source: block.name + ".txt")
        let flat = try Imported(text: block.text.joined(), source: block.name + "-flat.txt")
        for c in ["indicators", "targets"] {
            let keys = ["name", "value", "growth", "note", "estimate", "period"]
            #expect(flat.rows(c).map { Self.describe($0, keys) } == lined.rows(c).map { Self.describe($0, keys) },
                    "\(block.name) \(c)")
        }
        #expect(flat.result.metadata["region"] == lined.result.metadata["region"], "\(block.name)")
        #expect(flat.result.metadata["reportYear"] == lined.result.metadata["reportYear"], "\(block.name)")
    }

    /// The fixture is read as intended: every block has text and expectations, and there are enough of them.
    @Test func theFixtureHasItsBlocks() throws {
        let blocks = try Self.blocks()
        #expect(blocks.count >= 15)
        for b in blocks {
            #expect(!b.text.isEmpty && b.expected.contains { $0.hasPrefix("meta ") }, "\(b.name)")
        }
    }
}
