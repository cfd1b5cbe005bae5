import ReportModel
import Testing
@testable import ReportQL

/// `Table(csv:)`: RFC 4180 quoting, line endings, missing values, exact decimals, errors with lines — and
/// the block kernels that read what it loads, checked against the row-by-row path they stand in for.
@Suite struct CSVTests {
    static func table(_ text: String, units: [String: Unit] = [:]) throws(CSVError) -> Table {
        try Table(csv: Array(text.utf8), name: "t", units: units)
    }

    static func column(_ t: Table, _ name: String) -> ColumnData {
        t.column(name)!.data
    }

    static func texts(_ t: Table, _ name: String) -> [String?] {
        guard case .text(let c) = column(t, name) else { return [] }
        return (0..<c.count).map { c.string(at: $0) }
    }

    static func numbers(_ t: Table, _ name: String) -> [String?] {
        guard case .number(let c) = column(t, name) else { return [] }
        return (0..<c.count).map { c.quantity(at: $0)?.description }
    }

    @Test func infersNumbersAndText() throws {
        let t = try Self.table("id,name,invest\n1,甲,12.5\n2,乙,3.25\n3,甲,-0.75\n", units: ["invest": .yiYuan])
        #expect(t.rowCount == 3)
        #expect(t.columns.map(\.name) == ["id", "name", "invest"])
        #expect(Self.numbers(t, "id") == ["1", "2", "3"])
        #expect(Self.texts(t, "name") == ["甲", "乙", "甲"])
        #expect(Self.numbers(t, "invest") == ["12.5亿元", "3.25亿元", "-0.75亿元"])
        guard case .number(let invest) = Self.column(t, "invest"), case .text(let name) = Self.column(t, "name") else {
            Issue.record("kinds")
            return
        }
        #expect(invest.scale == 2)
        #expect(invest.values == [1250, 325, -75])
        #expect(invest.storage.width == 2)
        #expect(name.dictionary == ["甲", "乙"])
        #expect(name.codes == [0, 1, 0])
        #expect(name.code(of: "乙") == 1)
        #expect(name.code(of: "丙") == nil)
    }

    @Test func quotingFollowsRFC4180() throws {
        let t = try Self.table("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",\"12\"\nplain,\"\"\"\"\n")
        #expect(Self.texts(t, "a") == ["x, y", "two\nlines", "plain"])
        #expect(Self.texts(t, "b") == ["say \"hi\"", "12", "\""])
    }

    @Test func lineEndingsAndByteOrderMark() throws {
        let crlf = try Self.table("\u{FEFF}a,b\r\n1,x\r\n2,y")
        #expect(crlf.columns.map(\.name) == ["a", "b"])
        #expect(Self.numbers(crlf, "a") == ["1", "2"])
        #expect(Self.texts(crlf, "b") == ["x", "y"])
        let lf = try Self.table("a,b\n1,x\n2,y\n")
        #expect(Self.texts(lf, "b") == ["x", "y"])
        let headerOnly = try Self.table("a,b\n")
        #expect(headerOnly.rowCount == 0)
    }

    @Test func emptyCellsAreMissing() throws {
        let t = try Self.table("n,s,q\n,x,\"\"\n5,,\"\"\n,\"\",z\n")
        #expect(Self.numbers(t, "n") == [nil, "5", nil])
        #expect(Self.texts(t, "s") == ["x", nil, ""])
        #expect(Self.texts(t, "q") == ["", "", "z"])
        let env = Environment(reports: [], collections: [t])
        #expect(try env.compile("t sum n").run() == .scalar(.number(Quantity(ExactDecimal(5))), skipped: 2))
        #expect(try env.compile("t where s = x count").run() == .scalar(.number(Quantity(ExactDecimal(1))), skipped: 0))
        #expect(try env.compile("t where s != x count").run() == .scalar(.number(Quantity(ExactDecimal(1))), skipped: 0))
        #expect(try env.compile("t where n > 1 count").run() == .scalar(.number(Quantity(ExactDecimal(1))), skipped: 0))
    }

    @Test func decimalsAreExact() throws {
        let t = try Self.table("v\n0.1\n0.20\n1.5\n-0.05\n1234567890123456\n.5\n7.\n")
        guard case .number(let c) = Self.column(t, "v") else { Issue.record("not numbers"); return }
        #expect(c.scale == 2)
        #expect(Self.numbers(t, "v") == ["0.1", "0.2", "1.5", "-0.05", "1234567890123456", "0.5", "7"])
        #expect(c.minValue == -5)
        // A later cell with more places widens the earlier ones exactly.
        let widened = try Self.table("v\n" + String(repeating: "1.5\n", count: 3000) + "0.001\n")
        let env = Environment(reports: [], collections: [widened])
        #expect(try env.compile("t sum v").run() == .scalar(.number(Quantity(ExactDecimal(parsing: "4500.001")!)), skipped: 0))
    }

    @Test func aFieldThatStopsBeingNumericIsText() throws {
        let t = try Self.table("code\n" + String(repeating: "007\n", count: 5000) + "A1\n")
        #expect(Self.texts(t, "code").first == "007")
        #expect(Self.texts(t, "code").last == "A1")
        #expect(Self.texts(t, "code").count == 5001)
        let words = try Self.table("v\n1e5\n2\n")
        #expect(Self.texts(words, "v") == ["1e5", "2"])
    }

    @Test func errorsNameTheLine() {
        func error(_ text: String) -> CSVError? {
            do {
                _ = try Self.table(text)
                return nil
            } catch {
                return error
            }
        }
        #expect(error("a,b\n1,2\n3\n") == CSVError(message: "a record has 1 field, the header 2", line: 3))
        #expect(error("a,b\n1,2,3\n") == CSVError(message: "a record has more than the header's 2 fields", line: 2))
        #expect(error("a\n\"open\n") == CSVError(message: "a quoted field is not closed", line: 2))
        #expect(error("a\nx\"y\n") == CSVError(message: "a quote inside an unquoted field", line: 2))
        #expect(error("a\n\"x\"y\n") == CSVError(message: "unexpected text after a closing quote", line: 2))
        #expect(error("a,A\n1,2\n") == CSVError(message: "the header names 'A' twice", line: 1))
        #expect(error("a,\n1,2\n") == CSVError(message: "field 2 of the header has no name", line: 1))
        #expect(error("v\n1\n12345678901234567890\n")?.message == "12345678901234567890 is too large to hold exactly")
        #expect(error("") == CSVError(message: "there is no header", line: 1))
        do {
            _ = try Table(csv: Array("s\nok\n".utf8) + [0xFF, 0x0A], name: "t")
            Issue.record("accepted bytes that are not UTF-8")
        } catch {
            #expect(error == CSVError(message: "the text of field 's' is not UTF-8", line: 3))
        }
        do {
            // In a quoted cell with doubled quotes (read from its unescaped copy), the line is still the cell's.
            _ = try Table(csv: Array("s\nok\nx\n\"a\"\"".utf8) + [0xFF] + Array("\"\n".utf8), name: "t")
            Issue.record("accepted bytes that are not UTF-8")
        } catch {
            #expect(error == CSVError(message: "the text of field 's' is not UTF-8", line: 4))
        }
    }

    @Test func textIsKeyedByItsBytes() throws {
        // é precomposed and decomposed are two values (README, "Text"), each row printing its own spelling,
        // whichever comes first; Swift's `String ==` would take them as one.
        for (first, second) in [("café", "cafe\u{301}"), ("cafe\u{301}", "café")] {
            let t = try Self.table("s\n\(first)\n\(second)\n工业\n\(first)\n")
            guard case .text(let c) = Self.column(t, "s") else { Issue.record("not text"); return }
            #expect(c.distinct == 3)
            #expect(c.codes == [0, 1, 2, 0])
            #expect(c.code(of: first) == 0)
            #expect(c.code(of: second) == 1)
            #expect((0..<4).map { Array(c.string(at: $0)?.utf8 ?? "".utf8) }
                    == [first, second, "工业", first].map { Array($0.utf8) })
        }
        // A CJK compatibility ideograph and its unified form (canonically equivalent): two values.
        let k = try Self.table("s\n\u{F900}\n\u{8C48}\n")
        guard case .text(let d) = Self.column(k, "s") else { Issue.record("not text"); return }
        #expect(d.distinct == 2)
    }

    @Test func manyDistinctValuesWidenTheCodes() throws {
        let n = 70_000
        var text = "name,v\n"
        for i in 0..<n { text += "项目\(i),\(i % 7)\n" }
        let t = try Self.table(text)
        guard case .text(let c) = Self.column(t, "name") else { Issue.record("not text"); return }
        #expect(c.dictionary.count == n)
        #expect(c.storage.width == 4)
        #expect(c.code(of: "项目69999") == 69_999)
        #expect(c.string(at: 12_345) == "项目12345")
        let env = Environment(reports: [], collections: [t])
        #expect(try env.compile("t where name = 项目500 select v").run()
            == .table(ResultTable(columns: [ResultColumn(name: "v", type: .number(.ratio), unit: .plain)], rows: [[.number(Quantity(ExactDecimal(3)))]])))
    }

    // MARK: Kernels against the row-by-row path

    /// A table with missing values in every column, and the same queries asked two ways: reading columns
    /// (the block kernels) and through expressions (`v + 0万元`, `lower(k)`), which go row by row.
    @Test func kernelsAgreeWithTheRowByRowPath() throws {
        var text = "k,s,v,w,u\n"
        var rows: [(k: String, s: String, v: Int64?, w: Int64?, u: Int64?)] = []
        var seed: UInt64 = 42
        func next(_ n: UInt64) -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return (seed >> 33) % n
        }
        for _ in 0..<6000 {
            let k = ["甲", "乙", "丙", ""][Int(next(4))]
            let s = ["x", "y", ""][Int(next(3))]
            let v: Int64? = next(10) == 0 ? nil : Int64(next(200_000)) - 100_000
            let w: Int64? = next(8) == 0 ? nil : Int64(next(50))
            let vText = v.map { ($0 < 0 ? "-" : "") + "\(abs($0) / 100).\(abs($0) % 100 < 10 ? "0" : "")\(abs($0) % 100)" } ?? ""
            let u = Int64(next(300)) - 100
            text += "\(k),\(s),\(vText),\(w.map(String.init) ?? ""),\(u)\n"
            rows.append((k, s, v, w, u))
        }
        let env = Environment(reports: [], collections: [try Self.table(text, units: ["v": .wanYuan])])
        let pairs = [
            ("t where k = 甲 sum v", "t where lower(k) = 甲 sum v + 0万元"),
            ("t where k != 甲 and v > 10万元 count", "t where lower(k) != 甲 and v + 0万元 > 10万元 count"),
            ("t where v >= -5.5万元 or s = y avg v", "t where v + 0万元 >= -5.5万元 or lower(s) = y avg v + 0万元"),
            ("t where k in (甲, 丙) min v", "t where lower(k) in (甲, 丙) min v + 0万元"),
            ("t where k not in (甲) max v", "t where lower(k) not in (甲) max v + 0万元"),
            ("t where w = 7 count", "t where w + 0 = 7 count"),
            ("t where w < 3.5 and w != 1 count", "t where w + 0 < 3.5 and w + 0 != 1 count"),
            ("t by k sum v as a, count as n, avg w as m, min v as lo, max w as hi",
             "t by lower(k) as k sum v + 0万元 as a, count as n, avg w + 0 as m, min v + 0万元 as lo, max w + 0 as hi"),
            ("t where s = x by k sum w as a, count as c", "t where lower(s) = x by lower(k) as k sum w + 0 as a, count as c"),
            ("t where v < 0万元 where k = 丙 sum w", "t where v + 0万元 < 0万元 where lower(k) = 丙 sum w + 0"),
        ]
        for (fast, slow) in pairs {
            let a = try env.compile(fast).run(), b = try env.compile(slow).run()
            #expect(a == b, "\(fast)")
        }
        // Sorts: by value (missing last), ties in row order — computed here directly.
        func expected(_ keep: (Int) -> Bool, _ key: (Int) -> Int64?, descending: Bool, _ k: Int) -> [Int] {
            let kept = rows.indices.filter(keep)
            let present = kept.filter { key($0) != nil }.sorted { a, b in
                let x = key(a)!, y = key(b)!
                return x != y ? (descending ? x > y : x < y) : a < b
            }
            return Array((present + kept.filter { key($0) == nil }).prefix(k))
        }
        func wColumn(_ q: String) throws -> [Value] {
            guard case .table(let t) = try env.compile(q).run() else { return [] }
            return t.rows.map { $0[0] }
        }
        func wValues(_ indices: [Int]) -> [Value] {
            indices.map { rows[$0].w.map { .number(Quantity(ExactDecimal(Int($0)))) } ?? .missing }
        }
        #expect(try wColumn("t where k = 乙 sort v desc top 7 select w")
            == wValues(expected({ rows[$0].k == "乙" }, { rows[$0].v }, descending: true, 7)))
        #expect(try wColumn("t sort w top 9 select w") == wValues(expected({ _ in true }, { rows[$0].w }, descending: false, 9)))
        #expect(try wColumn("t where k = 丙 sort v limit 6000 select w")
            == wValues(expected({ rows[$0].k == "丙" }, { rows[$0].v }, descending: false, 6000)))
        // A column with no missing value: blocks whose best value cannot enter are passed over.
        #expect(try wColumn("t where k = 甲 sort u desc top 12 select w")
            == wValues(expected({ rows[$0].k == "甲" }, { rows[$0].u }, descending: true, 12)))
        #expect(try wColumn("t where s = x sort u top 30 select w")
            == wValues(expected({ rows[$0].s == "x" }, { rows[$0].u }, descending: false, 30)))
        #expect(try wColumn("t sort u top 25 select w") == wValues(expected({ _ in true }, { rows[$0].u }, descending: false, 25)))
        #expect(try wColumn("t sort v + 0万元 desc top 5000 select w")
            == wValues(expected({ _ in true }, { rows[$0].v }, descending: true, 5000)))
    }

    /// Large scans are read in two parts on two threads; the answers are the same as in one part.
    @Test func scansInTwoPartsAgreeWithOne() throws {
        var text = "k,v,w\n"
        for i in 0..<20_000 {
            let v = i % 11 == 0 ? "" : "\((i * 7919) % 5003 - 2500).\(i % 10)"
            text += "\(["甲", "乙", "丙", ""][i % 4]),\(v),\((i * 31) % 97)\n"
        }
        let t = try Self.table(text)
        guard case .text(let k) = Self.column(t, "k"), case .number(let v) = Self.column(t, "v"),
              case .number(let w) = Self.column(t, "w") else { Issue.record("kinds"); return }
        let condition = RowCondition.codes(k.storage, .one(k.code(of: "乙"), negated: true))
        for selection in [nil, Array(stride(from: Int32(0), to: 20_000, by: 3))] {
            let count = selection?.count ?? t.rowCount
            var one = Scan(count: count, selection: selection, condition: condition)
            one.parallelFrom = .max
            var two = one
            two.parallelFrom = 0
            #expect(two.parts().count == 2)
            #expect(one.rows() == two.rows())
            #expect(countRows(one) == countRows(two))
            let (a, b) = (summarize(one, v, bounds: true), summarize(two, v, bounds: true))
            #expect(a.rows == b.rows && a.missing == b.missing && a.total == b.total && a.min == b.min && a.max == b.max)
            let inputs = [GroupInput(column: w, bounds: false), GroupInput(column: v, bounds: true)]
            let (g1, g2) = (groupSums(one, key: k.storage, inputs: inputs), groupSums(two, key: k.storage, inputs: inputs))
            #expect(g1.order == g2.order && g1.rows == g2.rows && g1.sums == g2.sums)
            #expect(g1.min == g2.min && g1.max == g2.max && g1.present == g2.present)
            // Top-k reads blocks best first, not in two parts: it must agree with a stable sort of the scan.
            for descending in [true, false] {
                for (c, k) in [(v, 25), (w, 40), (v, 0), (w, 30_000)] {
                    let kept = one.rows()
                    let present = kept.filter { c.isPresent(Int($0)) }.enumerated().sorted { x, y in
                        let (a, b) = (c.significand(at: Int(x.element)), c.significand(at: Int(y.element)))
                        return a != b ? (descending ? a > b : a < b) : x.offset < y.offset
                    }.map(\.element)
                    let expected = Array((present + kept.filter { !c.isPresent(Int($0)) }).prefix(k))
                    #expect(topRows(one, c, descending: descending, k: k) { false } == expected)
                    #expect(radixSortedRows(two, c, descending: descending, limit: nil) { false } == Array((present + kept.filter { !c.isPresent(Int($0)) })))
                }
            }
        }
    }
}
