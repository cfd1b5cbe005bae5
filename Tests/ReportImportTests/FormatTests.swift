@testable import ReportImport
import ReportModel
import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// The forms a report comes in (``ReportText``): the seed report as an HTML page with its chrome, as a Word
/// `.docx`, in GB18030 and UTF-16, and as a PDF, imports to the same records as its plain text; the form is
/// read from the content; broken and hostile inputs give errors, not crashes or runaway work.
///
/// The fixtures under `Fixtures/formats` are made by `Fixtures/formats/make_fixtures.py` from the seed.
@Suite struct FormatTests {
    static let seedPath = packageRoot + "../shared/reports/quangang-2023.txt"
    static let fixtures = packageRoot + "Tests/ReportImportTests/Fixtures/formats/"

    /// The collections compared between forms: every record, every field but the quote's position.
    static let collections = ["indicators", "targets", "projects", "projectTotals", "keyProjects", "named", "facts"]

    /// The seed's text, imported once for every comparison.
    static let plain: Imported? = try? Imported(text: try readFile(seedPath), source: "seed.txt")

    static func imported(_ bytes: [UInt8], _ name: String) throws -> Imported {
        let text = try ReportText.extract(from: bytes, fileName: name)
        return try Imported(text: text, source: name)
    }

    /// Rows of `collection` without the quote's byte offsets (which differ between forms).
    static func rows(_ i: Imported, _ collection: String) -> [[String: String]] {
        i.rows(collection).map { $0.filter { !$0.key.hasPrefix("_") && $0.key != "line" } }
    }

    /// Every record's quote stands verbatim in the stored text.
    static func expectQuotesFound(_ i: Imported, _ name: String) {
        for c in collections {
            for row in i.rows(c) {
                guard let quote = row["quote"] else { continue }
                #expect(i.report.text.contains(quote), "\(name) \(c): quote not in the text: \(quote)")
            }
        }
    }

    @Test(arguments: ["seed.html", "seed.docx", "seed-gb18030.txt"])
    func seedInEveryFormImportsAsItsText(_ fixture: String) throws {
        let plain = try #require(Self.plain)
        let other = try Self.imported(try readBytes(Self.fixtures + fixture), fixture)
        for c in Self.collections {
            let expected = Self.rows(plain, c), got = Self.rows(other, c)
            #expect(!expected.isEmpty || c == "projectTotals", "\(c) is empty in the seed")
            #expect(got == expected, "\(fixture): \(c) differs (\(got.count) rows, \(expected.count) expected)")
        }
        #expect(other.result.metadata["region"] == "泉港区")
        #expect(other.result.metadata["reportYear"] == "2023")
        Self.expectQuotesFound(other, fixture)
    }

    @Test func htmlChromeIsDropped() throws {
        let text = try ReportText.extract(from: try readBytes(Self.fixtures + "seed.html"), fileName: "seed.html")
        // The page's script, style, navigation, breadcrumb, header, footer, aside, hidden div, comment and
        // noscript each hold a figure (999, 888, 777); none of it is text.
        for leak in ["999亿元", "888亿元", "777亿元", "99%", "首页", "当前位置", "版权所有", "相关链接", "document.write", "font-family"] {
            #expect(!text.contains(leak), "page chrome leaked: \(leak)")
        }
        // The article's own header (its title) is kept; entities are decoded; wrapped source lines are joined.
        #expect(text.hasPrefix("关于泉港区2023年国民经济和社会发展计划执行情况"))
        #expect(text.contains("“深学争优、敢为争先、实干争效”"))
        #expect(!text.contains("&"))
        #expect(text.contains("全年预计实现地区生产总值623.68亿元,下降9.6%(预计数,下同);"))
    }

    /// Each kind of page furniture, one at a time: dropped, while the text around it stays.
    @Test(arguments: [
        "<nav>菜单1</nav>", "<aside>链接2</aside>", "<button>按钮3</button>", "<select><option>选项4</select>",
        "<div role=navigation>导航5</div>", "<div role=\"banner\">横幅6</div>", "<ul class=\"menu top\"><li>栏目7</ul>",
        "<div id=breadcrumb>位置8</div>", "<div class=\"footer\">版权9</div>", "<p hidden>隐藏10</p>",
        "<span aria-hidden=\"true\">图标11</span>", "<div style=\"DISPLAY: none\">隐藏12</div>",
        "<header>站名13</header>", "<footer>页脚14</footer>", "<template>模板15</template>",
        "<noscript>脚本16</noscript>", "<style>p{}17</style>", "<script>x=18</script>", "<svg><text>图19</text></svg>",
        "<iframe>框20</iframe>", "<textarea>输入21</textarea>", "<nav/>", "<svg/>",
    ])
    func furnitureIsDropped(_ furniture: String) {
        let page = "<html><body><p>前文。" + furniture + "<p>后文。</body></html>"
        #expect(HTMLText.text(Array(page.utf8)) == "前文。\n后文。\n", "\(furniture)")
    }

    @Test func htmlBlocksTablesAndWhiteSpace() {
        let page = """
            <html><head><title>标题</title></head><body><article><header><h1>关于2023年的报告</h1></header>
            <p>地区生产
               总值 623.68亿元, growth
               rate<br>下一行&nbsp;&lt;&gt;&amp;&quot;&#x4E00;&#19968;&copy &notin;</p>
            <table><tr><td>工业</td><td>72个</td></tr><tr><th>合计<td>271个</table>
            <ul><li>一<li>二</ul><pre>  两个
            空格</pre></article></body></html>
            """
        #expect(HTMLText.text(Array(page.utf8)) == """
            关于2023年的报告
            地区生产总值 623.68亿元, growth rate
            下一行\u{A0}<>&"一一© ∉
            工业\t72个
            合计\t271个
            一
            二
              两个
            空格

            """)
    }

    @Test func docxLeavesOutDeletionsFieldCodesAndFallbacks() throws {
        let text = try ReportText.extract(from: try readBytes(Self.fixtures + "seed.docx"), fileName: "seed.docx")
        for leak in ["666亿元", "PAGE 555", "444亿元"] { #expect(!text.contains(leak), "\(leak) leaked") }
        #expect(text.components("图表说明") == 1)
        // A table row is one line, its cells joined by tabs; a cell's paragraphs by a space.
        #expect(text.contains("附表\t说明\n资料 来源\t区发改局\n"))
    }

    /// Tracked changes read as accepted: insertions and moved-to text in, deletions and moved-from text out.
    @Test func docxTrackedChanges() {
        let xml = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:r><w:t>增长</w:t></w:r><w:del><w:r><w:delText>5%</w:delText></w:r></w:del>\
            <w:ins><w:r><w:t>6%</w:t></w:r></w:ins></w:p>
            <w:p><w:moveFrom><w:r><w:t>移走的句子。</w:t></w:r></w:moveFrom></w:p>
            <w:p><w:moveTo><w:r><w:t>移走的句子。</w:t></w:r></w:moveTo></w:p></w:body></w:document>
            """
        #expect(Docx.text(xml: Array(xml.utf8)) == "增长6%\n\n移走的句子。\n")
    }

    @Test func utf16WithBOMImportsAsItsText() throws {
        let seed = try readFile(Self.seedPath)
        let plain = try #require(Self.plain)
        for bigEndian in [false, true] {
            var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
            for unit in seed.utf16 {
                let (hi, lo) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                bytes += bigEndian ? [hi, lo] : [lo, hi]
            }
            #expect(ReportText.format(of: bytes, fileName: "seed.txt") == .text)
            let other = try Self.imported(bytes, "seed-utf16.txt")
            for c in Self.collections { #expect(Self.rows(other, c) == Self.rows(plain, c), "UTF-16 \(c)") }
        }
        // UTF-8 with its BOM: the BOM is not text.
        let withBOM = try ReportText.extract(from: [0xEF, 0xBB, 0xBF] + Array("地区".utf8), fileName: "a.txt")
        #expect(withBOM == "地区")
    }

    /// The form comes from the content, whatever the name says.
    @Test func formIsReadFromTheContent() throws {
        let html = try readBytes(Self.fixtures + "seed.html")
        let docx = try readBytes(Self.fixtures + "seed.docx")
        let pdf = try readBytes(Self.fixtures + "seed.pdf")
        let cases: [([UInt8], String, ReportText.Format)] = [
            (html, "report.txt", .html),
            (html, "report", .html),
            (docx, "report.txt", .docx),
            (docx, "report.html", .docx),
            (pdf, "report.docx", .pdf),
            (Array("地区生产总值623.68亿元".utf8), "report.html", .text),
            (Array("<p>地区生产总值</p>".utf8), "report.html", .html),
            (Array("<p>地区生产总值</p>".utf8), "report.txt", .text),
            (Array("  <!doctype HTML><p>x".utf8), "x", .html),
        ]
        for (bytes, name, expected) in cases {
            #expect(ReportText.format(of: bytes, fileName: name) == expected, "\(name) as \(expected)")
        }
        // A .txt that is a page imports as the page.
        let fromTxt = try ReportText.extract(from: html, fileName: "report.txt")
        #expect(fromTxt == (try ReportText.extract(from: html, fileName: "report.html")))
        #expect(!fromTxt.contains("<p"))
    }

    @Test func gbkPageDeclaringItsCharset() throws {
        // 地区生产总值 in GBK, on a page that says charset=gb2312.
        let gbk: [UInt8] = [0xB5, 0xD8, 0xC7, 0xF8, 0xC9, 0xFA, 0xB2, 0xFA, 0xD7, 0xDC, 0xD6, 0xB5]
        let page = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>".utf8)
            + gbk + Array("623.68</p></body></html>".utf8)
        let text = try ReportText.extract(from: page, fileName: "page.htm")
        #expect(text == "地区生产总值623.68\n")
    }

    @Test func bytesInNoEncodingAreAnErrorWithTheirOffset() {
        #expect(throws: ReportText.Failure("bad.txt is not text in UTF-8 nor GB18030: an invalid byte at offset 3")) {
            try ReportText.extract(from: Array("abc".utf8) + [0x80, 0xFF, 0xFF], fileName: "bad.txt")
        }
        #expect(throws: ReportText.Failure.self) {
            try ReportText.extract(from: [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], fileName: "lone-surrogate.txt")
        }
        let binary = Array("abc".utf8) + [0, 1, 2]
        #expect(throws: ReportText.Failure.self) { try ReportText.extract(from: binary, fileName: "x.bin") }
        #expect(throws: ReportText.Failure.self) {
            try ReportText.extract(from: Array("{\\rtf1\\ansi 地区".utf8), fileName: "x.rtf")
        }
        let ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        do {
            _ = try ReportText.extract(from: ole, fileName: "old.doc")
            Issue.record("an OLE .doc was read as text")
        } catch {
            #expect(error.message.contains(".docx"))
        }
    }

    @Test func regionLevels() {
        let cases: [(String, String)] = [
            ("福建省", "省"), ("广西壮族自治区", "省"), ("北京市", "省"), ("重庆市", "省"), ("泉州市", "市"),
            ("恩施土家族苗族自治州", "市"), ("锡林郭勒盟", "市"), ("阿里地区", "市"), ("安溪县", "县"),
            ("泉港区", "区"), ("浦东新区", "区"), ("达尔罕茂明安联合旗", "旗"), ("", ""), ("某地", ""),
        ]
        for (region, level) in cases { #expect(RegionLevel.level(of: region) == level, "\(region)") }
    }

    // MARK: PDF

    @Test func pdfImportsAsItsText() throws {
        let bytes = try readBytes(Self.fixtures + "seed.pdf")
        guard PDF.converterPath() != nil else {
            // Without poppler-utils the error names the package.
            do {
                _ = try ReportText.extract(from: bytes, fileName: "seed.pdf")
                Issue.record("a PDF was read without pdftotext")
            } catch {
                #expect(error.message.contains("poppler-utils"))
            }
            return
        }
        let plain = try #require(Self.plain)
        let other = try Self.imported(bytes, "seed.pdf")
        // A PDF has no paragraphs, only lines: they are rejoined by their measure, their gaps and indents, which
        // gets the indicators, the targets and the project plan exactly — a paragraph that ends on a full line
        // without punctuation (…盘活试点项目) is not run into the next (社会消费品零售总额增长6.5%主要考虑:…).
        for c in ["indicators", "targets", "projects", "projectTotals", "keyProjects", "named"] {
            #expect(Self.rows(other, c) == Self.rows(plain, c), "PDF \(c)")
        }
        Self.expectQuotesFound(other, "seed.pdf")
        // A PDF pdftotext cannot read: its error, naming the file.
        do {
            _ = try ReportText.extract(from: Array("%PDF-1.4\n1 0 obj garbage".utf8), fileName: "broken.pdf")
            Issue.record("a broken PDF gave text")
        } catch {
            #expect(error.message.hasPrefix("broken.pdf: pdftotext could not read this PDF"))
        }
    }

    @Test func pdfWithoutTheConverterNamesThePackage() {
        #expect(PDF.converterPath(searching: []) == nil)
        let message = ReportText.message(for: .noConverter, "a.pdf")
        #expect(message.contains("pdftotext") && message.contains("poppler-utils"))
    }

    @Test func pdfLinesJoinByTheirMeasure() {
        let full = String(repeating: "甲", count: 30)
        let text = "\(full)\n乙乙。\n一、标题\n\(full)\n\n\u{0C}丙丙。\n短行\n丁丁\n3.6%不是标题\n"
        #expect(PDF.joinLines(text) == "\(full)乙乙。\n一、标题\n\(full)丙丙。\n短行\n丁丁\n3.6%不是标题\n")
        // A full line without punctuation that ends its paragraph: the next is set in (a first-line indent) or
        // stands after a gap (pdftotext -layout prints it as an empty line).
        let indented = "\(full)\n\(full)\n    乙乙增长6.5%。\n\(full)\n\n戊戊。\n"
        #expect(PDF.joinLines(indented) == "\(full)\(full)\n乙乙增长6.5%。\n\(full)\n戊戊。\n")
    }

    // MARK: Hostile inputs

    @Test func zipBombIsStoppedAtTheLimit() throws {
        // A DEFLATE stream of 10 MB of zeros in 50 KB (fixed Huffman: one literal, then copies of 258 at
        // distance 1), in an archive whose header claims 10 bytes: it stops there. One whose header claims
        // 300 MB is refused before inflating (the limit is 64 MB).
        let stream = Deflate.zeros(copies: 40_000)
        #expect(stream.count < 70_000)
        for declared in [10, 300_000_000] {
            let zip = ZipMaker.archive([("word/document.xml", 8, stream, declared, 0)])
            do {
                _ = try ReportText.extract(from: zip, fileName: "bomb.docx")
                Issue.record("the bomb inflated")
            } catch {
                #expect(error.message.contains("word/document.xml"), "\(error.message)")
            }
        }
        // Below the limit, the same construction inflates exactly.
        let small = Deflate.zeros(copies: 100)
        #expect(try Inflater.inflate(small, range: 0..<small.count, limit: 1 << 20) == [UInt8](repeating: 0, count: 1 + 100 * 258))
        #expect(throws: Inflater.Failure.tooLarge(limit: 1000)) {
            try Inflater.inflate(small, range: 0..<small.count, limit: 1000)
        }
    }

    @Test func storedEncryptedAndZip64Members() throws {
        let xml = Array(("<w:document xmlns:w=\"\(Docx.mainNamespace)\"><w:body><w:p><w:r><w:t>地区生产总值623.68亿元</w:t>"
                         + "</w:r></w:p></w:body></w:document>").utf8)
        let stored = ZipMaker.archive([("word/document.xml", 0, xml, xml.count, CRC32.checksum(xml))])
        #expect(try ReportText.extract(from: stored, fileName: "a.docx") == "地区生产总值623.68亿元\n")
        // A wrong CRC-32.
        let badCRC = ZipMaker.archive([("word/document.xml", 0, xml, xml.count, CRC32.checksum(xml) ^ 1)])
        #expect(throws: ReportText.Failure.self) { try ReportText.extract(from: badCRC, fileName: "a.docx") }
        // Encrypted: the central directory's flag bit 0.
        var encrypted = stored
        let signature: [UInt8] = [0x50, 0x4B, 1, 2]
        let found = (0..<(encrypted.count - 4)).first { k -> Bool in Array(encrypted[k..<(k + 4)]) == signature }
        let central = try #require(found)
        encrypted[central + 8] = 1
        do {
            _ = try ReportText.extract(from: encrypted, fileName: "a.docx")
            Issue.record("an encrypted member was read")
        } catch {
            #expect(error.message.contains("encrypted"))
        }
        // ZIP64: the end record's counts at 0xFFFF.
        var zip64 = stored
        let end = zip64.count - 22
        zip64[end + 8] = 0xFF; zip64[end + 9] = 0xFF; zip64[end + 10] = 0xFF; zip64[end + 11] = 0xFF
        do {
            _ = try ReportText.extract(from: zip64, fileName: "a.docx")
            Issue.record("a ZIP64 archive was read")
        } catch {
            #expect(error.message.contains("ZIP64"))
        }
        // A ZIP archive that is not a Word document.
        let other = ZipMaker.archive([("data.csv", 0, Array("a,b".utf8), 3, CRC32.checksum(Array("a,b".utf8)))])
        do {
            _ = try ReportText.extract(from: other, fileName: "a.zip")
            Issue.record("a ZIP without word/document.xml was read")
        } catch {
            #expect(error.message.contains("not a Word .docx"))
        }
    }

    @Test func truncatedAndDamagedArchivesAreErrors() throws {
        let docx = try readBytes(Self.fixtures + "seed.docx")
        var errors = 0
        var k = 4
        while k < docx.count {
            do {
                _ = try ReportText.extract(from: Array(docx[..<k]), fileName: "cut.docx")
            } catch {
                errors += 1
            }
            k += 97
        }
        #expect(errors == (docx.count - 4 + 96) / 97, "every truncation is an error")
        // One flipped byte in the compressed data fails the inflater or the CRC, never gives other text.
        var flipped = docx
        let seedText = try ReportText.extract(from: docx, fileName: "seed.docx")
        var caught = 0
        for at in stride(from: 200, to: min(docx.count - 200, 12_000), by: 311) {
            flipped = docx
            flipped[at] ^= 0x55
            if let text = try? ReportText.extract(from: flipped, fileName: "x.docx") {
                #expect(text == seedText, "a damaged archive gave other text (byte \(at))")
            } else {
                caught += 1
            }
        }
        #expect(caught > 0)
    }

    @Test func deeplyNestedAndHugeHTML() {
        let n = 100_000
        let nested = Array((String(repeating: "<div><span>", count: n) + "地区生产总值623.68亿元"
                            + String(repeating: "</span></div>", count: n)).utf8)
        #expect(HTMLText.text(nested) == "地区生产总值623.68亿元\n")
        // Unclosed skipped elements deep down, and end tags of nothing.
        let unclosed = Array((String(repeating: "<p><b>", count: n) + "<nav>菜单</nav>正文"
                              + String(repeating: "</i>", count: n)).utf8)
        #expect(HTMLText.text(unclosed) == "正文\n")
        // Huge and endless references.
        let entities = Array(("&#99999999999999999999999;&#x110000;&#0;&" + String(repeating: "a", count: 100_000)
                              + ";&amp" + String(repeating: "&lt;", count: 10_000)).utf8)
        let text = HTMLText.text(entities)
        #expect(text.hasPrefix("\u{FFFD}\u{FFFD}\u{FFFD}&aaaa"))
        #expect(text.hasSuffix("&" + String(repeating: "<", count: 10_000) + "\n"))
        // A script that never ends hides the rest; a comment that never ends too.
        #expect(HTMLText.text(Array("<p>正文<script>var a = '<p>不是正文'".utf8)) == "正文\n")
        #expect(HTMLText.text(Array("<p>正文<!-- 注释 <p>不是正文".utf8)) == "正文\n")
    }

    /// The work is linear: ten times the page is at most about ten times the work, in tokens seen and in
    /// stack steps of the tree (deep nesting and implied ends included).
    @Test func htmlWorkIsLinear() {
        func steps(_ n: Int) -> Int {
            let page = "<p><button>" + String(repeating: "<span>", count: 600) + String(repeating: "<div>x</p>", count: n)
                + String(repeating: "</nope>", count: n)
            return HTMLText.work(Array(page.utf8))
        }
        let (a, b) = (steps(1_000), steps(10_000))
        #expect(b <= a * 11, "\(a) steps at n, \(b) at 10n")
        func tokens(_ n: Int) -> Int {
            let page = String(repeating: "<div class=a><p>地区&nbsp;生产总值</p><script>x</script><!--c-->", count: n)
                + String(repeating: "<b>", count: n)
            var count = 0
            HTMLTokenizer.tokenize(Array(page.utf8)) { _ in count += 1 }
            return count
        }
        let small = tokens(1_000), large = tokens(10_000)
        #expect(large <= small * 11)
    }
}

extension String {
    /// How many times `s` occurs.
    fileprivate func components(_ s: String) -> Int {
        var count = 0
        var rest = self[...]
        while let r = rest.firstRange(of: s) {
            count += 1
            rest = rest[r.upperBound...]
        }
        return count
    }
}

/// DEFLATE streams built by hand, for the inflater's limits.
enum Deflate {
    /// One final fixed-Huffman block: a literal 0, `copies` copies of length 258 at distance 1, end of block.
    static func zeros(copies: Int) -> [UInt8] {
        var w = BitWriter()
        w.write(1, 1)       // BFINAL
        w.write(1, 2)       // BTYPE = fixed
        w.huffman(0b0011_0000, 8)   // literal 0: codes 0–143 are 00110000 + n, 8 bits
        for _ in 0..<copies {
            w.huffman(0b1100_0101, 8)  // length symbol 285 (258): 280–287 are 11000000 + (n − 280)
            w.huffman(0, 5)            // distance code 0 (1)
        }
        w.huffman(0, 7)     // end of block, 256: 0000000
        return w.bytes
    }

    struct BitWriter {
        var bytes: [UInt8] = []
        var bit = 0
        /// `count` bits of `value`, least significant first (header fields and extra bits).
        mutating func write(_ value: Int, _ count: Int) {
            for k in 0..<count { push((value >> k) & 1) }
        }
        /// A Huffman code, most significant bit first.
        mutating func huffman(_ code: Int, _ length: Int) {
            for k in stride(from: length - 1, through: 0, by: -1) { push((code >> k) & 1) }
        }
        private mutating func push(_ b: Int) {
            if bit == 0 { bytes.append(0) }
            bytes[bytes.count - 1] |= UInt8(b << bit)
            bit = (bit + 1) & 7
        }
    }
}

/// ZIP archives built by hand: local headers, central directory, end record.
enum ZipMaker {
    /// Members: name, method, data as stored, declared uncompressed size, CRC-32.
    static func archive(_ members: [(String, Int, [UInt8], Int, UInt32)]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ v: Int, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
        func u32(_ v: Int, _ a: inout [UInt8]) { u16(v & 0xFFFF, &a); u16((v >> 16) & 0xFFFF, &a) }
        for (name, method, data, size, crc) in members {
            let offset = out.count
            let n = Array(name.utf8)
            u32(0x0403_4B50, &out); u16(20, &out); u16(0, &out); u16(method, &out); u16(0, &out); u16(0, &out)
            u32(Int(crc), &out); u32(data.count, &out); u32(size, &out); u16(n.count, &out); u16(0, &out)
            out += n + data
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(0, &central); u16(method, &central)
            u16(0, &central); u16(0, &central); u32(Int(crc), &central); u32(data.count, &central); u32(size, &central)
            u16(n.count, &central); u16(0, &central); u16(0, &central); u16(0, &central); u16(0, &central)
            u32(0, &central); u32(offset, &central)
            central += n
        }
        let cdOffset = out.count
        out += central
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(members.count, &out); u16(members.count, &out)
        u32(central.count, &out); u32(cdOffset, &out); u16(0, &out)
        return out
    }
}

extension Imported: @unchecked Sendable {}
