/// Why a report file could not be loaded: the file, the place in it, and what is wrong.
public struct ReportLoadError: Error, Sendable, CustomStringConvertible {
    /// The file, or `<built-in>`.
    public var file: String
    /// The line (1-based).
    public var line: Int
    /// The column (1-based, in characters).
    public var column: Int
    /// The JSON path of the offending value (`indicators[3].growth`), when there is one.
    public var path: String
    /// What is wrong.
    public var message: String

    /// `file:line:col: error: path: message`, as every ReportQL diagnostic is written; `file: error: message`
    /// when the error concerns the whole file (it does not exist, cannot be read).
    public var description: String {
        let place = path.isEmpty ? "" : "\(path): "
        if line <= 0 { return "\(file): error: \(place)\(message)" }
        return "\(file):\(line):\(column): error: \(place)\(message)"
    }

    /// An error about `file`, at `line` and `column` (0 for the file as a whole), at JSON `path`.
    public init(file: String, line: Int = 0, column: Int = 0, path: String = "", message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }
}

extension Report {
    /// Reads a report in the `reportql/1` JSON format. `source` names the file in errors.
    public static func load(json: String, source: String) throws(ReportLoadError) -> Report {
        try load(bytes: Array(json.utf8), source: source)
    }

    /// Reads a report from UTF-8 bytes in the `reportql/1` JSON format. Raising `interrupt` ends the loading
    /// with the error `interrupted`.
    public static func load(bytes: [UInt8], source: String, interrupt: Interrupt? = nil) throws(ReportLoadError) -> Report {
        var work = 0
        return try load(bytes: bytes, source: source, interrupt: interrupt, work: &work)
    }

    /// ``load(bytes:source:interrupt:)``, counting the loader's work (quote searches, unit lookups) in `work`.
    package static func load(bytes: [UInt8], source: String, interrupt: Interrupt? = nil,
                             work: inout Int) throws(ReportLoadError) -> Report {
        var loader = ReportLoader(bytes: bytes, source: source)
        loader.interrupt = interrupt
        defer { work = loader.work }
        return try loader.load()
    }
}

/// Turns a parsed JSON document into a ``Report``, checking every key, value and quote.
struct ReportLoader {
    let bytes: [UInt8]
    let source: String
    /// Units by symbol, each looked up once (see ``quantity(_:)``).
    var units: [[UInt8]: Unit] = [:]
    /// Checked every 1024 records.
    var interrupt: Interrupt?
    /// Quote-search steps and unit lookups so far, for the tests that compare the work at n and 10n.
    var work = 0

    init(bytes: [UInt8], source: String) {
        self.bytes = bytes
        self.source = source
    }

    func error(_ message: String, at offset: Int, path: String = "") -> ReportLoadError {
        // Interrupted (Ctrl-C): no place is shown, and finding one (the characters before the offset) in a
        // one-line file of hundreds of megabytes took seconds after the interrupt.
        if message == "interrupted", interrupt.shouldStop {
            return ReportLoadError(file: source, line: 1, column: 1, path: path, message: message)
        }
        let (l, c) = Lines.location(of: offset, in: bytes)
        return ReportLoadError(file: source, line: l, column: c, path: path, message: message)
    }

    mutating func load() throws(ReportLoadError) -> Report {
        let root: JSONValue
        do {
            root = try JSONReader.parse(bytes: bytes, interrupt: interrupt)
        } catch {
            throw self.error(error.message, at: error.offset)
        }
        guard case .object(let members, _) = root else {
            throw error("a report is a JSON object, not \(root.kindName)", at: root.offset)
        }
        let collectionKeys = Set(Schema.collections.map(\.key))
        let allowed: Set<String> = collectionKeys.union(["format", "meta", "text", "sections"])
        var byKey: [String: JSONMember] = [:]
        for m in members {
            guard allowed.contains(m.key) else {
                let hint = didYouMeanHint(for: m.key, among: allowed.sorted())
                throw error("unknown key \"\(m.key)\"\(hint)", at: m.keyOffset)
            }
            byKey[m.key] = m
        }
        guard let format = byKey["format"] else {
            throw error("missing \"format\": \"reportql/1\"", at: root.offset)
        }
        guard case .string("reportql/1", _) = format.value else {
            throw error("format must be \"reportql/1\"", at: format.value.offset, path: "format")
        }
        let text = try string(byKey["text"]?.value, path: "text") ?? ""
        let textBytes = Array(text.utf8)
        let lineStarts = Lines.starts(of: textBytes)

        // Metadata.
        var meta: [(key: String, value: String)] = []
        let metaSchema = Schema.textCollections.first { $0.name == "report" }?.fields ?? []
        if let m = byKey["meta"] {
            guard case .object(let fields, _) = m.value else {
                throw error("meta is an object, not \(m.value.kindName)", at: m.value.offset, path: "meta")
            }
            let names = metaSchema.map(\.name)
            for field in fields {
                guard names.contains(field.key) else {
                    let hint = didYouMeanHint(for: field.key, among: names)
                    throw error("unknown key \"\(field.key)\"\(hint)", at: field.keyOffset, path: "meta")
                }
            }
            for name in names {
                if let v = fields.first(where: { $0.key == name }),
                   let s = try string(v.value, path: "meta.\(name)") {
                    meta.append((name, s))
                }
            }
        }

        // Sections, located in the text by their titles.
        var sections: [Section] = []
        if let s = byKey["sections"] {
            sections = try loadSections(s.value, text: textBytes)
        }

        var report = Report(source: source, meta: meta, text: text, sections: sections, tables: [], spans: [:])
        report.lineStarts = lineStarts

        var tables: [Table] = []
        var spans: [String: [TextSpan]] = [:]
        for collection in Schema.collections {
            let (table, tableSpans) = try loadCollection(collection, byKey[collection.key]?.value,
                                                         text: textBytes, report: report)
            tables.append(table)
            spans[collection.name] = tableSpans
        }
        linkTargets(&tables)
        tables.append(contentsOf: TextCollections.build(report: report))
        tables.append(metaTable(meta))
        report.tables = tables
        report.spans = spans
        return report
    }

    func string(_ value: JSONValue?, path: @autoclosure () -> String) throws(ReportLoadError) -> String? {
        guard let value else { return nil }
        switch value {
        case .string(let s, _): return s
        case .null: return nil
        default: throw error("expected a string, found \(value.kindName)", at: value.offset, path: path())
        }
    }

    func loadSections(_ value: JSONValue, text: [UInt8]) throws(ReportLoadError) -> [Section] {
        guard case .array(let items, _) = value else {
            throw error("sections is an array, not \(value.kindName)", at: value.offset, path: "sections")
        }
        var result: [Section] = []
        var searchFrom = 0
        var ids: Set<String> = []
        for (n, item) in items.enumerated() {
            let path = "sections[\(n)]"
            guard case .object(let fields, _) = item else {
                throw error("a section is an object, not \(item.kindName)", at: item.offset, path: path)
            }
            var id: String?, title: String?, parent: String?, heading: String?
            for f in fields {
                switch f.key {
                case "id": id = try string(f.value, path: path + ".id")
                case "title": title = try string(f.value, path: path + ".title")
                case "parent": parent = try string(f.value, path: path + ".parent")
                case "heading": heading = try string(f.value, path: path + ".heading")
                default:
                    throw error("unknown key \"\(f.key)\" (a section has id, title, parent, heading)", at: f.keyOffset, path: path)
                }
            }
            guard let id, !id.isEmpty else { throw error("a section needs an \"id\"", at: item.offset, path: path) }
            guard ids.insert(id).inserted else { throw error("duplicate section id \"\(id)\"", at: item.offset, path: path) }
            if let parent, !ids.contains(parent) {
                throw error("parent \"\(parent)\" is not an earlier section", at: item.offset, path: path)
            }
            let title0 = title ?? ""
            let marker = heading ?? title0
            var start = searchFrom
            if heading != nil, find(Array(marker.utf8), in: text, from: searchFrom) == nil {
                throw error("the heading is not in the report text after the previous section: \"\(marker)\"",
                            at: item.offset, path: path + ".heading")
            }
            if !marker.isEmpty, let at = find(Array(marker.utf8), in: text, from: searchFrom) {
                start = sectionStart(text, foundAt: at)
            }
            searchFrom = start
            result.append(Section(id: id, title: title0, parent: parent, start: start, end: text.count))
        }
        // Each section ends where the next one of its level (or a higher one) begins.
        for i in result.indices {
            for j in (i + 1)..<max(i + 1, result.count) {
                let later = result[j]
                let sameOrHigher = result[i].parent == nil ? later.parent == nil : true
                if sameOrHigher { result[i].end = later.start; break }
            }
        }
        return result
    }

    mutating func loadCollection(_ c: Schema.CollectionSpec, _ value: JSONValue?, text: [UInt8],
                                 report: Report) throws(ReportLoadError) -> (Table, [TextSpan]) {
        var builders: [ColumnBuilder] = c.fields.map { ColumnBuilder(field: $0) }
        var spans: [TextSpan] = []
        let items: [JSONValue]
        switch value {
        case nil, .null?: items = []
        case .array(let a, _)?: items = a
        case let v?: throw error("\(c.key) is an array, not \(v.kindName)", at: v.offset, path: c.key)
        }
        let stored = c.fields.filter { $0.kind != .derived }
        let keys = stored.map { $0.key ?? $0.name }
        let fieldKeys = c.fields.map { $0.key ?? $0.name }
        let sectionIDs = Set(report.sections.map(\.id))
        var sectionByID: [String: Section] = [:]
        for section in report.sections where sectionByID[section.id] == nil { sectionByID[section.id] = section }
        let lineField = c.fields.firstIndex { $0.name == "line" }
        let roles = FieldRoles(c)
        // Paths name a place in messages only: made when one is needed.
        func path(_ n: Int) -> String { "\(c.key)[\(n)]" }
        func path(_ n: Int, _ k: Int) -> String { "\(c.key)[\(n)].\(fieldKeys[k])" }
        var member = [Int](repeating: -1, count: c.fields.count)
        for (n, item) in items.enumerated() {
            if n & 0x3FF == 0x3FF, interrupt.shouldStop { throw error("interrupted", at: item.offset, path: path(n)) }
            guard case .object(let fields, _) = item else {
                throw error("a record is an object, not \(item.kindName)", at: item.offset, path: path(n))
            }
            // Which member gives each field (one pass over the members, which also finds unknown keys).
            for k in member.indices { member[k] = -1 }
            for (m, f) in fields.enumerated() {
                guard let k = fieldKeys.firstIndex(of: f.key),
                      c.fields[k].kind != .derived else {
                    let hint = didYouMeanHint(for: f.key, among: keys)
                    throw error("unknown key \"\(f.key)\"\(hint)", at: f.keyOffset, path: path(n))
                }
                member[k] = m
            }
            let (quote, sectionID) = try loadFields(c, roles, of: fields, members: member, into: &builders,
                                                    item: item, path: path(n), fieldPath: { path(n, $0) })
            if let sectionID, !sectionIDs.isEmpty, !sectionIDs.contains(sectionID) {
                throw error("unknown section \"\(sectionID)\"", at: item.offset, path: path(n) + ".section")
            }
            let span = try locate(quote, in: sectionID.flatMap { sectionByID[$0] }, text: text, item: item,
                                  path: path(n))
            spans.append(span)
            if let li = lineField {
                try appendQuantity(&builders[li], Quantity(ExactDecimal(report.line(at: span.start))), path(n), 0)
            }
        }
        let table = Table(name: c.name, alias: c.alias, doc: c.doc, columns: builders.map { $0.column() })
        return (table, spans)
    }

    /// The fields of a collection that the loader reads for more than their column.
    struct FieldRoles {
        let keys: [String]
        let quote: Int?
        let section: Int?
        let value: Int?

        init(_ c: Schema.CollectionSpec) {
            keys = c.fields.map { $0.key ?? $0.name }
            quote = c.fields.firstIndex { $0.name == "quote" }
            section = c.fields.firstIndex { $0.name == "section" }
            value = c.fields.firstIndex { $0.name == "value" }
        }
    }

    /// Appends the fields of record `item` (its members `fields`, `members[k]` giving field `k`, or -1) to
    /// `builders`. Returns the record's quote and section.
    mutating func loadFields(_ c: Schema.CollectionSpec, _ roles: FieldRoles, of fields: [JSONMember], members: [Int],
                             into builders: inout [ColumnBuilder], item: JSONValue, path: @autoclosure () -> String,
                             fieldPath: (Int) -> String) throws(ReportLoadError) -> (quote: String?, section: String?) {
        var quote: String?
        var sectionID: String?
        var unitOfValue: String?
        for (k, field) in c.fields.enumerated() {
            let value: JSONValue? = members[k] < 0 ? nil : fields[members[k]].value
            var absent = value == nil
            if case .null? = value { absent = true }
            if field.required, absent {
                throw error("missing \"\(roles.keys[k])\"", at: item.offset, path: path())
            }
            switch field.kind {
            case .text:
                let s = try string(value, path: fieldPath(k))
                builders[k].text.append(s)
                if k == roles.quote { quote = s }
                if k == roles.section { sectionID = s }
            case .bool:
                switch value {
                case nil, .null?: builders[k].bool.append(nil)
                case .bool(let b, _)?: builders[k].bool.append(b)
                case let v?: throw error("expected true or false, found \(v.kindName)", at: v.offset, path: fieldPath(k))
                }
            case .quantity:
                guard let v = value else { try appendQuantity(&builders[k], nil, fieldPath(k), 0); continue }
                switch v {
                case .null: try appendQuantity(&builders[k], nil, fieldPath(k), v.offset)
                case .string(let s, let o):
                    guard let q = quantity(s) else {
                        throw error("\"\(s)\" is not a quantity (write a decimal and its unit, e.g. \"623.68亿元\")",
                                    at: o, path: fieldPath(k))
                    }
                    if k == roles.value { unitOfValue = q.unit.symbol }
                    try appendQuantity(&builders[k], q, fieldPath(k), o)
                case .number(let s, let o):
                    throw error("write figures as quantity strings with their unit (\"\(s)\" → \"\(s)亿元\" or \"\(s)%\"), never as JSON numbers",
                                at: o, path: fieldPath(k))
                default:
                    throw error("expected a quantity string, found \(v.kindName)", at: v.offset, path: fieldPath(k))
                }
            case .derived:
                if field.name == "unit" { builders[k].text.append(unitOfValue.map { $0.isEmpty ? nil : $0 } ?? nil) }
            }
        }
        return (quote, sectionID)
    }

    /// Where `quote` is in the report's text: inside `section` when it can be found there, else anywhere; an
    /// empty span for no quote.
    mutating func locate(_ quote: String?, in section: Section?, text: [UInt8], item: JSONValue,
                         path: @autoclosure () -> String) throws(ReportLoadError) -> TextSpan {
        guard let quote, !quote.isEmpty else { return TextSpan(start: 0, length: 0) }
        let q = Array(quote.utf8)
        let found = find(q, in: text, from: section?.start ?? 0, to: section?.end ?? text.count, work: &work)
            ?? find(q, in: text, from: 0, work: &work)
        guard let at = found else {
            throw error("the quote is not in the report text: \"\(quote)\"", at: item.offset, path: path() + ".quote")
        }
        return TextSpan(start: at, length: q.count)
    }

    /// `Quantity(parsing: text)`, reading the number by bytes and the unit of each symbol once. Falls back to
    /// `Quantity(parsing:)` whenever the two could differ: when the number is followed by anything but ASCII
    /// or a CJK ideograph (a combining mark would join the last digit into one character), or the symbol is
    /// not text in one canonical form.
    mutating func quantity(_ text: String) -> Quantity? {
        let utf8 = text.utf8
        var end = utf8.startIndex
        for b in utf8 {
            let digitOrPoint = (b >= 0x30 && b <= 0x39) || b == 0x2E
            guard digitOrPoint || ((b == 0x2B || b == 0x2D) && end == utf8.startIndex) else { break }
            end = utf8.index(after: end)
        }
        if end < utf8.endIndex {
            let next = utf8[end]
            guard next < 0x80 || (next >= 0xE4 && next <= 0xE9) else { return Quantity(parsing: text) }
        }
        guard let value = ExactDecimal(parsing: text[..<end]) else { return nil }
        // The symbol: the rest, without spaces (ASCII, tab, U+3000 E3 80 80) at either end.
        var lo = end, hi = utf8.endIndex
        while true {
            if lo < hi, utf8[lo] == 0x20 || utf8[lo] == 0x09 { lo = utf8.index(after: lo); continue }
            if utf8.distance(from: lo, to: hi) >= 3, utf8[lo] == 0xE3, utf8[utf8.index(lo, offsetBy: 1)] == 0x80,
               utf8[utf8.index(lo, offsetBy: 2)] == 0x80 { lo = utf8.index(lo, offsetBy: 3); continue }
            break
        }
        while true {
            if lo < hi, utf8[utf8.index(before: hi)] == 0x20 || utf8[utf8.index(before: hi)] == 0x09 {
                hi = utf8.index(before: hi); continue
            }
            if utf8.distance(from: lo, to: hi) >= 3, utf8[utf8.index(hi, offsetBy: -3)] == 0xE3,
               utf8[utf8.index(hi, offsetBy: -2)] == 0x80, utf8[utf8.index(hi, offsetBy: -1)] == 0x80 {
                hi = utf8.index(hi, offsetBy: -3); continue
            }
            break
        }
        let symbolBytes = utf8[lo..<hi]
        // Byte-for-byte equal symbols are the same unit; anything else is looked up by name.
        work += 1
        let key = Array(symbolBytes)
        if let unit = units[key] { return Quantity(value, unit) }
        var symbol = String(decoding: symbolBytes, as: UTF8.self)
        guard symbol.withUTF8({ TextIndex.isCanonicalUTF8($0) }) else { return Quantity(parsing: text) }
        guard let unit = Unit.named(symbol) else { return nil }
        units[key] = unit
        return Quantity(value, unit)
    }

    func appendQuantity(_ b: inout ColumnBuilder, _ q: Quantity?, _ path: @autoclosure () -> String,
                        _ offset: Int) throws(ReportLoadError) {
        do {
            try b.number.append(q)
        } catch {
            throw self.error("\(q?.description ?? "value") is too large to hold exactly", at: offset, path: path())
        }
    }

    /// Fills `targets.actual` and `targets.base` from the indicator each target names.
    func linkTargets(_ tables: inout [Table]) {
        guard let ti = tables.firstIndex(where: { $0.name == "targets" }),
              let ii = tables.firstIndex(where: { $0.name == "indicators" }) else { return }
        let indicators = tables[ii]
        guard case .text(let inames)? = indicators.column("name")?.data,
              case .number(let igrowth)? = indicators.column("growth")?.data,
              case .number(let ivalue)? = indicators.column("value")?.data,
              case .text(let links)? = tables[ti].column("indicator")?.data else { return }
        var actual = NumberColumn(unit: .percent), base = NumberColumn(unit: .plain)
        var indicatorRow: [String: Int] = [:]
        for r in 0..<inames.count { if let name = inames.string(at: r), indicatorRow[name] == nil { indicatorRow[name] = r } }
        for row in 0..<links.count {
            let row2 = links.string(at: row).flatMap { indicatorRow[$0] }
            try? actual.append(row2.flatMap { igrowth.quantity(at: $0) })
            try? base.append(row2.flatMap { ivalue.quantity(at: $0) })
        }
        for (i, col) in tables[ti].columns.enumerated() {
            if col.name == "actual" { tables[ti].columns[i].data = .number(actual) }
            if col.name == "base" { tables[ti].columns[i].data = .number(base) }
        }
    }

    func metaTable(_ meta: [(key: String, value: String)]) -> Table {
        let schema = Schema.textCollections.first { $0.name == "report" }
        let fields = schema?.fields ?? []
        let columns = fields.map { f in
            Column(name: f.name, alias: f.alias, doc: f.doc,
                   data: .text(TextColumn([meta.first { $0.key == f.name }?.value])))
        }
        return Table(name: "report", alias: "报告", doc: schema?.doc ?? "", columns: columns)
    }
}

/// Accumulates one column while records are read.
struct ColumnBuilder {
    let field: Schema.Field
    var text = TextColumn()
    var number = NumberColumn(unit: .plain)
    var bool = BoolColumn()

    init(field: Schema.Field) { self.field = field }

    func column() -> Column {
        let data: ColumnData
        switch field.kind {
        case .text: data = .text(text)
        case .quantity: data = .number(number)
        case .bool: data = .bool(bool)
        case .derived: data = field.name == "unit" ? .text(text) : .number(number)
        }
        return Column(name: field.name, alias: field.alias, doc: field.doc, data: data)
    }
}

/// The first UTF-8 offset at or after `from` (and ending by `to`) where `needle` occurs in `haystack`.
/// The UTF-8 of 一 … 十, 、, （ and ）: the characters of a heading's number besides ASCII digits and brackets.
private let headingNumberScalars: Set<[UInt8]> = Set("一二三四五六七八九十、（）".unicodeScalars.map { Array(String($0).utf8) })

/// Where a section whose title (or heading) was found at byte `at` starts: backed up over the heading's number
/// written just before it (`一、`, `(一)`, `（三）`, `1.`), at most 12 bytes, never past a line break or a space,
/// and never into the words before it (a text whose line breaks were lost: `…增长8%。二、2024年工作安排`).
package func sectionStart(_ text: [UInt8], foundAt at: Int) -> Int {
    var k = at
    while k > 0, k > at - 12, text[k - 1] != 0x0A, text[k - 1] != 0x20 {
        let b = text[k - 1]
        if (0x30...0x39).contains(b) || b == 0x28 || b == 0x29 || b == 0x2E {
            k -= 1
        } else if k >= 3, k - 3 >= at - 12, headingNumberScalars.contains(Array(text[(k - 3)..<k])) {
            k -= 3
        } else {
            break
        }
    }
    return k
}

func find(_ needle: [UInt8], in haystack: [UInt8], from: Int, to: Int? = nil) -> Int? {
    var work = 0
    return find(needle, in: haystack, from: from, to: to, work: &work)
}

/// ``find(_:in:from:to:)``, counting its steps in `work`. Fast for text (sixteen places compared at once), and
/// linear in the worst case: once the candidates' comparisons have cost more than a few passes over the range
/// (a needle such as `aaa…ab` in `aaaa…`), the rest is searched by Knuth–Morris–Pratt.
func find(_ needle: [UInt8], in haystack: [UInt8], from: Int, to: Int? = nil, work: inout Int) -> Int? {
    let end = min(to ?? haystack.count, haystack.count)
    guard !needle.isEmpty, from >= 0, end - from >= needle.count else { return nil }
    let last = end - needle.count
    let allowance = 4 * (end - from) + 64
    var spent = 0
    let fast: (found: Int?, resume: Int?) = haystack.withUnsafeBytes { h -> (Int?, Int?) in
        needle.withUnsafeBytes { n -> (Int?, Int?) in
            guard let base = h.baseAddress, let nb = n.baseAddress else { return (nil, nil) }
            var i = from
            // Sixteen places at once: those where the needle's first two bytes stand (in Chinese text a
            // first byte alone matches at almost every character), then each of those in full.
            if needle.count >= 2 {
                let first = SIMD16<UInt8>(repeating: needle[0]), second = SIMD16<UInt8>(repeating: needle[1])
                while i + 17 <= h.count, i <= last {
                    let a = h.loadUnaligned(fromByteOffset: i, as: SIMD16<UInt8>.self)
                    let b = h.loadUnaligned(fromByteOffset: i + 1, as: SIMD16<UInt8>.self)
                    let hits = (a .== first) .& (b .== second)
                    spent += 1
                    if any(hits) {
                        for k in 0..<16 where hits[k] {
                            if i + k > last { return (nil, nil) }
                            spent += 1 + needle.count / 8
                            if memoryEqual(base + i + k, nb, needle.count) { return (i + k, nil) }
                        }
                    }
                    i += 16
                    if spent > allowance { return (nil, i) }
                }
            }
            while i <= last {
                spent += 1 + needle.count / 8
                if memoryEqual(base + i, nb, needle.count) { return (i, nil) }
                i += 1
                if spent > allowance { return (nil, i) }
            }
            return (nil, nil)
        }
    }
    work += spent
    guard let resume = fast.resume else { return fast.found }
    // Knuth–Morris–Pratt from `resume`: the failure table, then one pass.
    var failure = [Int](repeating: 0, count: needle.count)
    var k = 0
    for q in 1..<max(1, needle.count) {
        while k > 0 && needle[q] != needle[k] { k = failure[k - 1]; work += 1 }
        if needle[q] == needle[k] { k += 1 }
        failure[q] = k
        work += 1
    }
    k = 0
    var i = resume
    while i < end {
        work += 1
        while k > 0 && haystack[i] != needle[k] { k = failure[k - 1]; work += 1 }
        if haystack[i] == needle[k] { k += 1 }
        if k == needle.count { return i - needle.count + 1 }
        i += 1
    }
    return nil
}

/// Whether `count` bytes at `a` and `b` are equal.
func memoryEqual(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
    var k = 0
    while k + 8 <= count {
        if a.loadUnaligned(fromByteOffset: k, as: UInt64.self) != b.loadUnaligned(fromByteOffset: k, as: UInt64.self) {
            return false
        }
        k += 8
    }
    while k < count {
        if a.load(fromByteOffset: k, as: UInt8.self) != b.load(fromByteOffset: k, as: UInt8.self) { return false }
        k += 1
    }
    return true
}
