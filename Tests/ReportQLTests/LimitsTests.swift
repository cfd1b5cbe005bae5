#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import ReportModel
import Testing
@testable import ReportQL

/// Bounded work: did-you-mean costs at most linear time whatever the word, an interrupt stops every long
/// loop, and only real nesting counts toward the depth limit.
@Suite struct LimitsTests {
    func firstError(_ text: String, environment: Environment = Environment()) -> String? {
        var message: String?
        Session(environment: environment).run(SourceFile(name: "<test>", text: text), keepGoing: true) { o in
            switch o {
            case .checkFailed(let e): message = message ?? e.diagnostics.first?.message
            case .runFailed(let e): message = message ?? e.diagnostic.message
            case .success: break
            }
        }
        return message
    }

    // MARK: Did-you-mean

    /// A long word near a long candidate: the banded distance is linear in the length.
    @Test func suggestionWorkIsLinear() {
        func work(_ n: Int) -> Int {
            let word = String(repeating: "项目", count: n) + "甲", candidate = String(repeating: "项目", count: n) + "乙"
            var w = 0
            #expect(Suggestion.closest(to: word, among: ["工业", candidate, "在建"], work: &w) == candidate)
            return w
        }
        let small = work(3_000), large = work(30_000)
        #expect(large <= small * 12, "\(small) at n, \(large) at 10n")
    }

    /// A word far longer than every candidate is answered after reading a few characters of it.
    @Test func aHugeWordIsAnsweredAtOnce() {
        var w = 0
        #expect(Suggestion.closest(to: String(repeating: "x", count: 10_000_000), among: ["projects", "facts"], work: &w) == nil)
        #expect(w <= 20)
        w = 0
        #expect(Parser.closestKeyword(to: String(repeating: "wher", count: 1_000_000), work: &w) == nil)
        #expect(w == 0)
        #expect(Parser.closestKeyword(to: "wher") == "where")
        #expect(suggestion(for: "secter", among: ["status", "sector"]) == "sector")
        #expect(suggestion(for: "ab", among: ["ba"]) == "ba")  // a transposition is one edit
    }

    /// The statements of the issue: a 30,000-character unknown value, a long unknown word (1 MB here: the
    /// lexer and the message cost linear time; the suggestion, above, reads a few characters of it).
    @Test func longUnknownInputsGetTheirAnswer() {
        let value = String(repeating: "字", count: 30_000)
        #expect(firstError("sentences where text = '\(value)' count") == nil)
        let word = String(repeating: "w", count: 1_000_000)
        // The message keeps the two ends of the word (a 10 MB word is not printed three times over).
        let unknown = firstError("\(word) count") ?? ""
        #expect(unknown.hasPrefix("unknown collection 'www") && unknown.hasSuffix("www'") && unknown.contains("…"))
        #expect(unknown.unicodeScalars.count <= 2001)
        #expect(firstError("projects where \(word) > 1") == "cannot compare text with number")
        // A long word where a field is expected is not lowercased once per field of the collection.
        let cjk = String(repeating: "工", count: 300_000)
        #expect(firstError("projects where sector = \(cjk) count") == nil)
    }

    /// A diagnostic on a long line shows a window of the line around its range, with the caret under the
    /// range by display width: what it prints is bounded, whatever the length of the line.
    @Test func aLongLineIsShownAsAWindow() throws {
        let source = "projects where " + String(repeating: "项目", count: 200_000) + " = 1 and secter = 工业 count"
        let file = SourceFile(name: "<query>", text: source)
        let start = source.utf8.count - "secter = 工业 count".utf8.count
        let d = Diagnostic("unknown field 'secter' in projects", at: SourceRange(start, start + 6))
        let lines = d.rendered(in: file).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)
        #expect(lines[1].utf8.count < 1000)
        #expect(lines[1].hasPrefix(" 1 | …项目") && lines[1].hasSuffix("secter = 工业 count"))
        // The caret stands under `secter`: the shown text before it is as wide as the spaces before the caret.
        let shownLine = lines[1].dropFirst(" 1 | ".count)
        let caretLine = lines[2].dropFirst(" 1 | ".count)
        let before = shownLine[..<(shownLine.range(of: "secter")?.lowerBound ?? shownLine.endIndex)]
        #expect(caretLine == String(repeating: " ", count: displayWidth(String(before))) + "^^^^^^")
        // A short line is shown whole, as before.
        let short = SourceFile(name: "<query>", text: "projects where secter = 工业")
        let e = Diagnostic("unknown field 'secter' in projects", at: SourceRange(15, 21))
        #expect(e.rendered(in: short) == """
            <query>:1:16: error: unknown field 'secter' in projects
             1 | projects where secter = 工业
               |                ^^^^^^

            """)
    }

    // MARK: Interruption

    @Test func aRaisedInterruptStopsARun() throws {
        let interrupt = Interrupt()
        interrupt.request()
        let q = try Environment(options: .init(interrupt: interrupt)).compile("projects count")
        #expect(throws: RuntimeError.self) { try q.run() }
        interrupt.reset()
        _ = try q.run()
    }

    @Test func aRaisedInterruptStopsCSVLoading() throws {
        let csv = Array(("id,sector\n" + String(repeating: "1,工业\n", count: 10_000)).utf8)
        let interrupt = Interrupt()
        interrupt.request()
        #expect(throws: CSVError(message: "interrupted", line: 2050)) {  // after the first batch of 2048 rows
            try Table(csv: csv, name: "t", interrupt: interrupt)
        }
        interrupt.reset()
        #expect(try Table(csv: csv, name: "t", interrupt: interrupt).rowCount == 10_000)
    }

    static func bigTable(_ rows: Int) -> Table {
        Table(name: "big", columns: [
            Column(name: "n", data: .number(NumberColumn(values: (0..<rows).map { Int64($0 &* 7919 % rows) }, scale: 0, unit: .plain))),
            Column(name: "t", data: .text(TextColumn((0..<rows).map { "第\($0 &* 104_729 % rows)行" }))),
        ])
    }

    /// Each kind of long loop, stopped by an interrupt raised from another task once the run is under way:
    /// a pattern over a long text, sorting by text, building a large result. (Grouping, the number sort and
    /// top-k are now too fast to outlast a timer: EngineInterruptTests stops them deterministically.)
    /// Each statement would run for many seconds; the test passes only if the run ends with `interrupted`.
    @Test(arguments: [
        "sentences where text matches '(.*){1000}X' count",
        "big sort t, n desc",
        "big where t matches '(.*){300}X' count",
    ])
    func anInterruptStopsEachLongLoop(_ query: String) throws {
        let interrupt = Interrupt()
        let env = Environment(collections: [Self.bigTable(400_000)], options: .init(interrupt: interrupt))
        let q = try env.compile(query)
        // A thread of its own: the tasks of the test runner may all be busy running other tests.
        var thread = pthread_t()
        pthread_create(&thread, nil, { argument in
            usleep(200_000)
            if let argument { Unmanaged<Interrupt>.fromOpaque(argument).takeRetainedValue().request() }
            return nil
        }, Unmanaged.passRetained(interrupt).toOpaque())
        defer { pthread_join(thread, nil) }
        do {
            _ = try q.run()
            Issue.record("\(query) ran to the end")
        } catch {
            #expect(error.diagnostic.message == "interrupted")
        }
    }

    // MARK: Flat chains

    /// 10,000 conditions joined by `and` (or `or`), 10,000 terms joined by `+`: parsed, checked and run, and
    /// printed back to a statement with the same answer.
    @Test func tenThousandTermChainsRun() throws {
        let env = Environment()
        let conditions = (1...10_000).map { "status != 'x\($0)'" }
        let and = "projects where " + conditions.joined(separator: " and ") + " count"
        let or = "projects where " + conditions.joined(separator: " or ") + " count"
        let plus = Array(repeating: "1", count: 10_000).joined(separator: " + ")
        let all = try env.compile("projects count").run()
        #expect(try env.compile(and).run() == all)
        #expect(try env.compile(or).run() == all)
        #expect(try env.compile(plus).run() == .scalar(.number(Quantity(ExactDecimal(10_000))), skipped: 0))
        let sum = "projects sum " + Array(repeating: "total", count: 10_000).joined(separator: " + ")
        #expect(throws: Never.self) { try env.compile(sum).run() }
        // Printed and read again: the same answer.
        let (statements, errors) = Parser.parseScript(SourceFile(name: "<t>", text: and))
        #expect(errors.isEmpty)
        let printed = statements.map(Printer.print).joined()
        #expect(try env.compile(printed).run() == all)
    }
}
