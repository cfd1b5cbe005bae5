import Testing
import TestSupport
@testable import ReportModel

/// Malformed report files give an error naming the file, the place and the problem — never a crash.
@Suite struct LoaderTests {
    func error(_ json: String) -> String {
        do {
            _ = try Report.load(json: json, source: "bad.json")
            return "loaded"
        } catch {
            return error.description
        }
    }

    @Test(arguments: [
        ("", "bad.json:1:1: error: unexpected end of the document"),
        ("{\"format\": \"reportql/1\",", "bad.json:1:25: error: unexpected end of the document inside an object"),
        ("[]", "bad.json:1:1: error: a report is a JSON object, not an array"),
        ("{\"format\": \"reportql/1\", \"format\": 1}", "bad.json:1:26: error: duplicate key \"format\""),
        ("{\"format\": \"reportql/1\", \"indicatorz\": []}", "bad.json:1:26: error: unknown key \"indicatorz\" (did you mean 'indicators'?)"),
        ("{\"format\": \"reportql/2\"}", "bad.json:1:12: error: format: format must be \"reportql/1\""),
        ("{\"format\": \"reportql/1\",\n \"indicators\": [{\"name\": \"x\", \"value\": 12.5, \"quote\": \"\", \"section\": \"一\"}]}",
         "bad.json:2:40: error: indicators[0].value: write figures as quantity strings with their unit"),
        ("{\"format\": \"reportql/1\", \"text\": \"abc\", \"indicators\": [{\"name\": \"x\", \"quote\": \"xyz\", \"section\": \"一\"}]}",
         "bad.json:1:56: error: indicators[0].quote: the quote is not in the report text: \"xyz\""),
        ("{\"format\": \"reportql/1\", \"facts\": [{\"subject\": \"x\", \"value\": \"12..5亿元\", \"quote\": \"\", \"section\": \"一\"}]}",
         "bad.json:1:62: error: facts[0].value: \"12..5亿元\" is not a quantity"),
        ("{\"format\": \"reportql/1\", \"facts\": [{\"value\": \"1个\", \"quote\": \"\", \"section\": \"一\"}]}",
         "bad.json:1:36: error: facts[0]: missing \"subject\""),
    ])
    func malformedFilesNameThePlace(json: String, expected: String) {
        let message = error(json)
        #expect(message.hasPrefix(expected), "\(message)")
    }

    @Test func deepNestingIsRefused() {
        let json = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(error(json).contains("nesting deeper than"))
    }

    @Test func invalidUTF8IsRefused() {
        let bytes: [UInt8] = Array("{\"format\": \"reportql/1\", \"text\": \"".utf8) + [0xFF, 0xFE] + Array("\"}".utf8)
        #expect(throws: ReportLoadError.self) { try Report.load(bytes: bytes, source: "bad.json") }
        do {
            _ = try Report.load(bytes: bytes, source: "bad.json")
        } catch {
            #expect(error.description == "bad.json:1:35: error: invalid UTF-8 (the file must be UTF-8 text)")
        }
    }

    /// String bodies are scanned sixteen bytes at a time: an escape, a quote or a control character is found
    /// wherever it stands relative to those blocks.
    @Test func stringsAreReadWhateverTheBlockBoundaries() throws {
        for n in 0..<40 {
            let run = String(repeating: "a", count: n)
            for (escape, meaning) in [("\\n", "\n"), ("\\\"", "\""), ("\\\\", "\\"), ("\\u4e2d", "中"), ("中", "中")] {
                let json = "[\"" + run + escape + run + "\"]"
                guard case .array(let items, _) = try JSONReader.parse(json), case .string(let s, _)? = items.first else {
                    Issue.record("not a string: \(json)")
                    continue
                }
                #expect(s == run + meaning + run, "\(json)")
            }
            // A raw control character is refused at its place.
            let bad = Array("[\"\(run)".utf8) + [0x09] + Array("\"]".utf8)
            #expect(throws: JSONSyntaxError(message: "control character in a string (write it as an escape)", offset: 2 + n)) {
                try JSONReader.parse(bytes: bad)
            }
            // An unterminated string is told from its opening quote.
            #expect(throws: JSONSyntaxError(message: "unterminated string", offset: 1)) {
                try JSONReader.parse("[\"" + run)
            }
        }
    }

    /// The loader checks a document's UTF-8 once, up front; it must refuse exactly what Swift refuses.
    @Test(arguments: [
        [0x61, 0x62], [0xC3, 0xA9], [0xE4, 0xB8, 0xAD], [0xF0, 0x9F, 0x98, 0x80], [0xF4, 0x8F, 0xBF, 0xBF],
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
        [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x80], [0xBF, 0x61],
        [0xE4, 0xB8], [0xE4, 0x61, 0xAD], [0xF0, 0x9F, 0x98], [0xC3], Array("中文0123456789abcdef".utf8) + [0xC3],
        Array("0123456789abcdef".utf8) + [0xE4, 0xB8, 0xAD] + Array("01234567".utf8) + [0xED, 0xBF, 0xBF],
    ] as [[UInt8]])
    func utf8CheckAgreesWithSwift(bytes: [UInt8]) {
        let ours = bytes.withUnsafeBufferPointer(firstInvalidUTF8)
        #expect((ours == nil) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
    }

    @Test func oneColumnHoldsABillionBesideATenToTheMinusThirty() throws {
        // Issue 13: the loader trapped (an overflowing Int128 multiply) widening the column's scale.
        let json = builtinReportJSON
            .replacingFirst("\"value\": \"623.68亿元\"", with: "\"value\": \"1000000000亿元\"")
            .replacingFirst("\"value\": \"24.23亿元\"", with: "\"value\": \"0.000000000000000000000000000001亿元\"")
        let r = try Report.load(json: json, source: "wide.json")
        guard case .number(let c)? = r.table("indicators")?.column("value")?.data else {
            Issue.record("no indicators.value")
            return
        }
        #expect(c.quantity(at: 0)?.description == "1000000000亿元")
        #expect(c.quantity(at: 1)?.description == "0.000000000000000000000000000001亿元")
        #expect(c.quantity(at: 2) == Report.builtin.table("indicators")?.column("value").flatMap {
            if case .number(let b) = $0.data { return b.quantity(at: 2) }
            return nil
        })
    }

    @Test func theBuiltinJSONRoundTripsThroughTheLoader() throws {
        let r = try Report.load(json: builtinReportJSON, source: "x.json")
        #expect(r.tables.count == Report.builtin.tables.count)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        var s = self
        if let r = s.firstRange(of: target) { s.replaceSubrange(r, with: replacement) }
        return s
    }
}
