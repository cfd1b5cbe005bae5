/// The collections built from a report's text: `sentences` and `sections`.
enum TextCollections {
    static func build(report: Report) -> [Table] {
        [sentences(report), sections(report)]
    }

    static func schema(_ name: String) -> Schema.CollectionSpec? {
        Schema.textCollections.first { $0.name == name }
    }

    static func column(_ c: Schema.CollectionSpec?, _ name: String, _ data: ColumnData) -> Column {
        let f = c?.fields.first { $0.name == name }
        return Column(name: name, alias: f?.alias, doc: f?.doc ?? "", data: data)
    }

    /// Sentences end at 。！？!? or a line break; blank ones and page furniture are skipped.
    static func sentenceSpans(_ bytes: [UInt8]) -> [TextSpan] {
        var spans: [TextSpan] = []
        var start = 0
        var i = 0
        func flush(_ end: Int) {
            var s = start, e = end
            while s < e, isSpace(bytes, s) { s += spaceWidth(bytes, s) }
            while e > s, bytes[e - 1] == 0x20 || bytes[e - 1] == 0x0A || bytes[e - 1] == 0x0D || bytes[e - 1] == 0x09 { e -= 1 }
            if e > s { spans.append(TextSpan(start: s, length: e - s)) }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                flush(i)
                start = i + 1
                i += 1
                continue
            }
            if b == 0x21 || b == 0x3F { // ! ?
                flush(i + 1)
                start = i + 1
                i += 1
                continue
            }
            // 。 E3 80 82, ！ EF BC 81, ？ EF BC 9F
            if i + 2 < bytes.count,
               (b == 0xE3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x82)
                || (b == 0xEF && bytes[i + 1] == 0xBC && (bytes[i + 2] == 0x81 || bytes[i + 2] == 0x9F)) {
                flush(i + 3)
                start = i + 3
                i += 3
                continue
            }
            i += 1
        }
        flush(bytes.count)
        return spans
    }

    static func isSpace(_ b: [UInt8], _ i: Int) -> Bool {
        if b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D { return true }
        // U+3000 ideographic space E3 80 80, U+2022 bullet E2 80 A2, U+00A0 C2 A0
        if i + 2 < b.count, b[i] == 0xE3, b[i + 1] == 0x80, b[i + 2] == 0x80 { return true }
        if i + 2 < b.count, b[i] == 0xE2, b[i + 1] == 0x80, b[i + 2] == 0xA2 { return true }
        if i + 1 < b.count, b[i] == 0xC2, b[i + 1] == 0xA0 { return true }
        return false
    }

    static func spaceWidth(_ b: [UInt8], _ i: Int) -> Int {
        b[i] < 0x80 ? 1 : (b[i] == 0xC2 ? 2 : 3)
    }

    static func sentences(_ report: Report) -> Table {
        let bytes = Array(report.text.utf8)
        let c = schema("sentences")
        let spans = sentenceSpans(bytes)
        var text = TextColumn(), section = TextColumn()
        var lines: [Int64] = []
        lines.reserveCapacity(spans.count)
        for span in spans {
            text.append(String(decoding: bytes[span.start..<(span.start + span.length)], as: UTF8.self))
            section.append(report.section(at: span.start)?.id)
            lines.append(Int64(report.line(at: span.start)))
        }
        let n = NumberColumn(values: spans.indices.map { Int64($0 + 1) }, scale: 0, unit: .plain)
        let line = NumberColumn(values: lines, scale: 0, unit: .plain)
        return Table(name: "sentences", alias: "句子", doc: c?.doc ?? "", columns: [
            column(c, "n", .number(n)), column(c, "text", .text(text)),
            column(c, "section", .text(section)), column(c, "line", .number(line)),
        ])
    }

    static func sections(_ report: Report) -> Table {
        let c = schema("sections")
        var line = NumberColumn(unit: .plain)
        for s in report.sections { try? line.append(Quantity(ExactDecimal(report.line(at: s.start)))) }
        return Table(name: "sections", alias: "章节", doc: c?.doc ?? "", columns: [
            column(c, "id", .text(TextColumn(report.sections.map { Optional($0.id) }))),
            column(c, "title", .text(TextColumn(report.sections.map { Optional($0.title) }))),
            column(c, "parent", .text(TextColumn(report.sections.map(\.parent)))),
            column(c, "line", .number(line)),
        ])
    }
}
