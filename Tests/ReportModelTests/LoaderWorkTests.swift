import Testing
@testable import ReportModel

/// The loader's work grows linearly with the file: ten times the input costs at most twelve times the work
/// (counted by the loader: quote-search steps and unit lookups), for the inputs that once took seconds.
@Suite struct LoaderWorkTests {
    func work(_ json: String) throws -> Int {
        var work = 0
        _ = try Report.load(bytes: Array(json.utf8), source: "w.json", work: &work)
        return work
    }

    /// A quote that a naive search compares almost in full at every place: `aaa…ab` in `aaaa…ab`.
    @Test func aQuoteIsFoundInLinearTime() throws {
        func json(_ n: Int) -> String {
            let text = String(repeating: "a", count: n) + "b"
            let quote = String(repeating: "a", count: n / 2) + "b"
            return "{\"format\": \"reportql/1\", \"text\": \"\(text)\", \"facts\": [{\"subject\": \"x\", \"value\": \"1个\", \"quote\": \"\(quote)\", \"section\": \"一\"}], \"sections\": [{\"id\": \"一\", \"title\": \"a\"}]}"
        }
        let small = try work(json(20_000)), large = try work(json(200_000))
        #expect(large <= small * 12, "\(small) steps at n, \(large) at 10n")
        // And found where it is.
        let report = try Report.load(json: json(1_000), source: "w.json")
        #expect(report.spans["facts"]?.first?.start == 500)
    }

    /// A file whose figures carry thousands of distinct units.
    @Test func distinctUnitsLoadInLinearTime() throws {
        func json(_ n: Int) -> String {
            let facts = (0..<n).map { k -> String in
                let unit = String(Character(Unicode.Scalar(UInt32(0x5000 + k)) ?? "个"))
                return "{\"subject\": \"x\", \"value\": \"\(k)\(unit)\", \"quote\": \"\", \"section\": \"一\"}"
            }
            return "{\"format\": \"reportql/1\", \"text\": \"x\", \"facts\": [\(facts.joined(separator: ","))], \"sections\": [{\"id\": \"一\", \"title\": \"x\"}]}"
        }
        let small = try work(json(2_000)), large = try work(json(20_000))
        #expect(large <= small * 12, "\(small) at n, \(large) at 10n")
        let report = try Report.load(json: json(20_000), source: "w.json")
        guard case .number(let values)? = report.tables.first(where: { $0.name == "facts" })?.column("value")?.data else {
            Issue.record("no value column")
            return
        }
        #expect(values.units.count >= 19_000)
        #expect(values.quantity(at: 12_345)?.description == "12345" + String(Character(Unicode.Scalar(UInt32(0x5000 + 12_345)) ?? "个")))
    }

    /// A raised interrupt ends the loading of a large file.
    @Test func interruptStopsLoading() {
        let interrupt = Interrupt()
        interrupt.request()
        let facts = Array(repeating: "{\"subject\": \"x\", \"value\": \"1个\", \"quote\": \"\", \"section\": \"一\"}", count: 2_000)
        let json = "{\"format\": \"reportql/1\", \"text\": \"x\", \"facts\": [\(facts.joined(separator: ","))], \"sections\": [{\"id\": \"一\", \"title\": \"x\"}]}"
        do {
            _ = try Report.load(bytes: Array(json.utf8), source: "w.json", interrupt: interrupt)
            Issue.record("loaded")
        } catch {
            #expect(error.message == "interrupted")
        }
        interrupt.reset()
        #expect(throws: Never.self) { try Report.load(bytes: Array(json.utf8), source: "w.json", interrupt: interrupt) }
    }

    /// The parse itself asks the interrupt (every 1,024 items of an array): a report of a million records
    /// took seconds to parse before any record was checked, and Ctrl-C waited for it. A document truncated
    /// after 4,000 records shows which ends it: parsed to its end it would be a syntax error.
    @Test func interruptStopsTheParse() {
        let interrupt = Interrupt()
        interrupt.request()
        let facts = Array(repeating: "{\"subject\": \"x\", \"value\": \"1个\", \"quote\": \"\", \"section\": \"一\"}", count: 4_000)
        let truncated = Array("{\"format\": \"reportql/1\", \"text\": \"x\", \"facts\": [\(facts.joined(separator: ","))".utf8)
        do {
            _ = try Report.load(bytes: truncated, source: "w.json", interrupt: interrupt)
            Issue.record("loaded")
        } catch {
            #expect(error.message == "interrupted")
            #expect(error.line == 1 && error.column < truncated.count / 2, "\(error)")
        }
        interrupt.reset()
        do {
            _ = try Report.load(bytes: truncated, source: "w.json", interrupt: interrupt)
            Issue.record("loaded")
        } catch {
            #expect(error.message.contains("unexpected end"), "\(error)")
        }
    }
}
