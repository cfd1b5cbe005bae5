import ReportQL
import Testing

@Suite("completion")
struct CompletionTests {
    let completer: Completer = {
        var c = Completer(session: Session(environment: Environment()))
        c.metaCommands = [".help", ".collections", ".schema", ".quit", ".exit"]
        return c
    }()

    /// Completes at the end of `line`, or at `|` when the line has one.
    func complete(_ line: String) -> (from: Int, candidates: [String]) {
        var text = line
        var cursor = line.utf8.count
        if let bar = line.firstIndex(of: "|") {
            cursor = line[..<bar].utf8.count
            text.remove(at: bar)
        }
        let r = completer.complete(line: text, cursor: cursor)
        return (r.replaceFrom, r.candidates)
    }

    @Test func statementStart() {
        let r = complete("")
        #expect(r.from == 0)
        for word in ["projects", "项目", "indicators", "指标", "let", "source", "check", "核对"] {
            #expect(r.candidates.contains(word), "missing \(word)")
        }
        #expect(!r.candidates.contains("where"))
        #expect(complete("proj").candidates == ["projects"])
        #expect(complete("PROJ").candidates == ["projects"])
        #expect(complete("  ind").from == 2)
        #expect(Set(complete("项").candidates).isSuperset(of: ["项目", "项目合计"]))
    }

    @Test func fieldsOfTheCollectionBeingQueried() {
        let r = complete("projects where sec")
        #expect(r.from == "projects where ".utf8.count)
        #expect(r.candidates.first == "sector")
        #expect(complete("项目 其中 领").candidates.first == "领域")
        #expect(complete("indicators where gr").candidates.contains("growth"))
        #expect(!complete("indicators where se").candidates.contains("sector"))
        // Right after the collection: clause keywords and fields.
        let after = complete("projects ")
        #expect(after.candidates.contains("where") && after.candidates.contains("其中"))
        #expect(complete("projects wh").candidates == ["where"])
    }

    @Test func knownValuesAfterAComparison() {
        let r = complete("projects where sector = 工")
        #expect(r.candidates == ["工业"])
        #expect(r.from == "projects where sector = ".utf8.count)
        #expect(complete("项目 其中 领域 = 工").candidates == ["工业"])
        #expect(complete("projects where sector=工").candidates == ["工业"])
        #expect(complete("projects where sector != 交").candidates == ["交通港航"])
        #expect(complete("projects where sector in (工业, 交").candidates == ["交通港航"])
        #expect(complete("projects where sector not in (社").candidates == ["社会事业"])
        #expect(complete("projects where status = ").candidates == ["在建", "预备"])
        #expect(complete("projects where sector contains 农").candidates == ["农林水"])
        #expect(complete("indicators where name = 地区").candidates.contains("地区生产总值"))
        #expect(complete("projects where status = 在建 and sector = 城").candidates == ["城建环保"])
    }

    @Test func insideQuotes() {
        let r = complete("projects where status = '在")
        #expect(r.candidates == ["在建'"])
        #expect(r.from == "projects where status = '".utf8.count)
    }

    @Test func cursorInTheMiddle() {
        let r = complete("projects where sec| = 工业")
        #expect(r.candidates.first == "sector")
        #expect(r.from == "projects where ".utf8.count)
    }

    @Test func headsAfterLetAndSource() {
        #expect(complete("let x = pro").candidates == ["projects"])
        #expect(complete("source pro").candidates == ["projects"])
        #expect(complete("let ").candidates.isEmpty)
        #expect(complete("projects where total > (tot").candidates.contains("totals"))
        #expect(complete("projects where total > (tot").candidates.contains("total"))
    }

    @Test func letBoundNames() {
        let session = Session(environment: Environment())
        session.run(SourceFile(name: "<test>", text: "let big = projects where total > 50亿元")) { _ in }
        let c = Completer(session: session)
        #expect(c.complete(line: "bi", cursor: 2).candidates == ["big"])
    }

    /// After a collection or a finished operand: clauses and what may follow, never the 119 words.
    @Test func clausesAfterACollection() {
        let after = complete("projects ").candidates
        for word in ["where", "by", "sort", "top", "limit", "select", "sum", "count", "chart", "其中", "按"] {
            #expect(after.contains(word), "\(word)")
        }
        for word in ["let", "check", "source", "invest2024", "projects", "and", "asc"] {
            #expect(!after.contains(word), "\(word)")
        }
        #expect(after.count < 40)
        let inWhere = complete("projects where sector = 工业 ").candidates
        #expect(inWhere.contains("and") && inWhere.contains("or") && inWhere.contains("sum") && !inWhere.contains("sector"))
        let sortKey = complete("projects sort total ").candidates
        #expect(sortKey.prefix(2) == ["asc", "desc"])
        #expect(complete("projects select total ").candidates.first == "as")
    }

    /// After `where`, `by`, `sort`, `select`, an aggregate or an operator: the fields there, then functions with `(`.
    @Test func fieldsAndFunctionsWhereAnOperandGoes() {
        let r = complete("projects where ").candidates
        #expect(r.first == "status")
        #expect(r.contains("invest2024") && r.contains("round(") && r.contains("增速("))
        #expect(!r.contains("where") && !r.contains("let") && !r.contains("indicators"))
        #expect(complete("projects select rou").candidates == ["round("])
        #expect(complete("projects by sta").candidates.first == "status")
        #expect(complete("projects sum inv").candidates == ["invest2024"])
        #expect(complete("projects where total > ").candidates.contains("total"))
        // What a `by` with its aggregates, or a `select`, leaves is what follows sees: keys and `as` names.
        #expect(complete("projects by status sum invest2024 as plan sort pl").candidates == ["plan"])
        let grouped = complete("projects by status sum invest2024 as plan sort ").candidates
        #expect(grouped.prefix(2) == ["status", "plan"] && !grouped.contains("total"), "\(grouped)")
        let selected = complete("projects select sector, round(total, 1) as t where ").candidates
        #expect(selected.prefix(2) == ["sector", "t"] && !selected.contains("invest2024"), "\(selected)")
        // After `as`, `top` and `limit`: a new name or a number.
        #expect(complete("projects by status sum invest2024 as ").candidates.isEmpty)
        #expect(complete("projects top ").candidates.isEmpty)
    }

    @Test func fieldsOfALetName() {
        let session = Session(environment: Environment())
        session.run(SourceFile(name: "<test>", text: "let big = projects where total > 50亿元 select sector, total as t")) { _ in }
        let c = Completer(session: session)
        let line = "big where "
        let r = c.complete(line: line, cursor: line.utf8.count).candidates
        #expect(r.prefix(2) == ["sector", "t"], "\(r)")
    }

    @Test func laterStatementsOfALine() {
        #expect(complete("check; proj").candidates == ["projects"])
        #expect(complete("projects\nindicators where gr").candidates.contains("growth"))
    }

    @Test func metaCommands() {
        #expect(complete(".sch").candidates == [".schema"])
        #expect(complete(".").candidates.count == 5)
        #expect(complete(".ex").candidates == [".exit"])
        #expect(complete(".schema pro").candidates.isEmpty)
    }

    @Test func offsetsAreUTF8() {
        // `sector = 工` completes from the byte after "= ", past CJK text before it.
        let line = "项目 其中 领域 = 工"
        let r = completer.complete(line: line, cursor: line.utf8.count)
        #expect(r.replaceFrom == "项目 其中 领域 = ".utf8.count)
        // A cursor inside a multi-byte character is moved back to its start.
        _ = completer.complete(line: line, cursor: line.utf8.count - 1)
    }
}
