import Testing
import TestSupport
@testable import ReportQL

/// The reference grammar, Grammar/ReportQL.ebnf, stays in step with the code: it names every keyword and
/// alias, and every `# example:` statement in it parses.
@Suite struct GrammarTests {
    /// Grammar/ReportQL.ebnf.
    static let grammarPath = packageRoot + "Grammar/ReportQL.ebnf"

    static let grammar: String = (try? readFile(grammarPath)) ?? ""

    static let examples: [String] = grammar.split(separator: "\n").compactMap { line in
        line.hasPrefix("# example: ") ? String(line.dropFirst("# example: ".count)) : nil
    }

    @Test func grammarFileIsFound() {
        #expect(!Self.grammar.isEmpty, "no grammar at \(Self.grammarPath)")
        #expect(Self.examples.count >= 18)
    }

    /// Every keyword and alias appears in the grammar as a quoted terminal.
    @Test(arguments: Syntax.keywords)
    func keywordIsInTheGrammar(_ keyword: String) {
        #expect(Self.grammar.contains("\"\(keyword)\""), "'\(keyword)' is missing from ReportQL.ebnf")
    }

    /// Every example parses, alone and without errors, into one statement that prints back to itself.
    @Test(arguments: examples)
    func exampleParses(_ example: String) {
        let file = SourceFile(name: "<example>", text: example)
        let (statements, diagnostics) = Parser.parseScript(file)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(statements.count == 1)
        if let statement = statements.first {
            let printed = Printer.print(statement)
            let (again, _) = Parser.parseScript(SourceFile(name: "<printed>", text: printed))
            #expect(again.map(Printer.print) == [printed])
        }
    }

    /// The examples cover every statement kind and every clause.
    @Test func examplesCoverTheLanguage() {
        let (statements, _) = Parser.parseScript(SourceFile(name: "<examples>",
                                                            text: Self.examples.joined(separator: "\n")))
        var seen = Set<String>()
        for statement in statements {
            switch statement.kind {
            case .letBinding(_, let p): seen.insert("let"); clauses(p, &seen)
            case .source(let p): seen.insert("source"); clauses(p, &seen)
            case .check: seen.insert("check")
            case .pipeline(let p): clauses(p, &seen)
            }
        }
        #expect(seen == ["let", "source", "check", "filter", "group", "aggregate", "sort", "top", "limit",
                         "select", "chart", "join", "within", "pivot"])
    }

    private func clauses(_ pipeline: Pipeline, _ seen: inout Set<String>) {
        if pipeline.chart { seen.insert("chart") }
        for clause in pipeline.clauses {
            switch clause.kind {
            case .filter: seen.insert("filter")
            case .group: seen.insert("group")
            case .aggregate: seen.insert("aggregate")
            case .sort: seen.insert("sort")
            case .top: seen.insert("top")
            case .limit: seen.insert("limit")
            case .select: seen.insert("select")
            case .join: seen.insert("join")
            case .window: seen.insert("within")
            case .pivot: seen.insert("pivot")
            }
        }
    }
}
