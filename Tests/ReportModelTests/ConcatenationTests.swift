import Testing
@testable import ReportModel

/// Collections of several reports are their columns concatenated (`Catalog.merge`); the fast paths must give
/// every row's value, unit and absence exactly as appending the rows one by one does.
@Suite struct ConcatenationTests {
    static func q(_ s: String) -> Quantity? { Quantity(parsing: s) }

    static func numbers(_ values: [String?]) -> ColumnData {
        var c = NumberColumn(unit: .plain)
        for v in values { try? c.append(v.flatMap(q)) }
        return .number(c)
    }

    static func texts(_ values: [String?]) -> ColumnData { .text(TextColumn(values)) }

    static func rows(_ data: ColumnData) -> [String] {
        switch data {
        case .number(let c): return (0..<c.count).map { c.quantity(at: $0)?.description ?? "-" }
        case .text(let c): return (0..<c.count).map { c.string(at: $0) ?? "-" }
        case .bool(let c): return (0..<c.count).map { c.value(at: $0).map { "\($0)" } ?? "-" }
        }
    }

    @Test func numbersOfDifferentScalesAndUnits() throws {
        let parts = [
            Self.numbers(["1.5亿元", nil, "2亿元"]),
            Self.numbers(["0.25%", "3万元", nil]),
            Self.texts(["x"]),
            Self.numbers([nil, nil]),
            Self.numbers(["7个"]),
        ]
        let merged = ColumnData.concatenated(parts)
        #expect(Self.rows(merged) == ["1.5亿元", "-", "2亿元", "0.25%", "3万元", "-", "-", "-", "-", "7个"])
        guard case .number(let c) = merged else { Issue.record("not numbers"); return }
        // Only units some present value has: the all-missing part adds no plain unit.
        #expect(c.units.map(\.symbol) == ["亿元", "%", "万元", "个"])
        #expect(c.minValue == 25 && c.maxValue == 700, "\(c.minValue) \(c.maxValue)")
    }

    @Test func oneUnitStaysOneUnit() {
        let merged = ColumnData.concatenated([Self.numbers(["1亿元", nil]), Self.numbers([nil]), Self.numbers(["2.5亿元"])])
        guard case .number(let c) = merged else { Issue.record("not numbers"); return }
        #expect(c.units.map(\.symbol) == ["亿元"])
        #expect(c.unitCodes == nil)
        #expect(c.dimension == .money)
        #expect(Self.rows(merged) == ["1亿元", "-", "-", "2.5亿元"])
    }

    @Test func valuesThatDoNotFitAtOneScaleFallBack() {
        // 9e17 at scale 0 and 0.01 at scale 2: 9e19 does not fit an Int64 significand, so the rows are appended
        // one by one, and the column holds each value at its own scale: nothing is lost.
        #expect(ColumnData.concatenatedNumbers([Self.numbers(["900000000000000000"]), Self.numbers(["0.01"])]) == nil)
        let merged = ColumnData.concatenated([Self.numbers(["900000000000000000"]), Self.numbers(["0.01"])])
        #expect(Self.rows(merged) == ["900000000000000000", "0.01"])
    }

    @Test func textsShareOneDictionaryInOrderOfAppearance() throws {
        var gathered = TextColumn(["b", "a", "c"])
        gathered = gathered.gathered([2, 1])   // rows c, a; the dictionary still holds b first
        let parts: [ColumnData] = [Self.texts(["甲", nil, "乙"]), .text(gathered), Self.numbers(["1个"]), Self.texts(["乙", "甲"])]
        let merged = ColumnData.concatenated(parts)
        #expect(Self.rows(merged) == ["甲", "-", "乙", "c", "a", "-", "乙", "甲"])
        guard case .text(let c) = merged else { Issue.record("not text"); return }
        #expect(c.dictionary == ["甲", "乙", "c", "a"])
        #expect(c.code(of: "a") == 3)
        #expect(c.code(of: "b") == nil)
    }

    @Test func canonicallyEquivalentTextsStayTwoValues() throws {
        // é as U+00E9 and as e + U+0301: one value to Swift's `String ==`, two to ReportQL (README, "Text"),
        // when appended, merged across reports and written to the corpus cache and read back.
        let (pre, de) = ("caf\u{E9}", "cafe\u{301}")
        let bytes = { (rows: [String]) in rows.map { Array($0.utf8) } }
        let appended = TextColumn([de, pre, nil, de])
        #expect(appended.distinct == 2)
        #expect(appended.codes == [0, 1, TextColumn.missing, 0])
        #expect(appended.code(of: pre) == 1)
        let merged = ColumnData.concatenated([Self.texts([pre]), .text(appended), Self.texts([de, pre])])
        #expect(bytes(Self.rows(merged)) == bytes([pre, de, pre, "-", de, de, pre]))
        guard case .text(let c) = merged else { Issue.record("not text"); return }
        #expect(bytes(c.dictionary) == bytes([pre, de]))
        var out = ByteWriter()
        TableCodec.write(Table(name: "t", columns: [Column(name: "s", data: merged)]), to: &out)
        let back = try out.bytes.withUnsafeBytes { raw in
            var input = ByteReader(raw)
            return try TableCodec.read(&input)
        }
        guard let data = back.columns.first?.data, case .text(let r) = data else { Issue.record("not text"); return }
        #expect(bytes(Self.rows(data)) == bytes(Self.rows(merged)))
        #expect(r.code(of: de) == 1 && r.code(of: pre) == 0)
    }

    @Test func stringsMadeOnDemandFollowTheirOwnColumn() {
        // Two copies share the dictionary's strings until one adds a value; neither then sees the other's.
        var a = TextColumn(["x", "y"])
        #expect(a.dictionary == ["x", "y"])
        var b = a
        a.append("z")
        b.append("w")
        #expect(a.dictionary == ["x", "y", "z"])
        #expect(b.dictionary == ["x", "y", "w"])
        #expect(a.entry(2) == "z" && b.entry(2) == "w" && b.distinct == 3)
    }
}
