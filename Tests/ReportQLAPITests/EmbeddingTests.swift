import Foundation
import ReportModel
import ReportQL
import Testing
import TestSupport

/// The public embedding API, used exactly as a host would: a plain `import ReportQL`, never `@testable`.
@Suite struct EmbeddingTests {
    let env = Environment()

    @Test func compileOnceRunMany() throws {
        let q = try env.compile("projects where sector = 工业 and status = 在建 sum invest2024")
        for _ in 0..<3 {
            #expect(try q.run() == .scalar(.number(Quantity(parsing: "168.52亿元")!), skipped: 0))
        }
    }

    @Test func parametersAreBoundAtRunTime() throws {
        let q = try env.compile("projects where sector = $sector sum invest2024")
        #expect(try q.run(["sector": .text("工业")]) == .scalar(.number(Quantity(parsing: "181.56亿元")!), skipped: 0))
        #expect(try q.run(["sector": .text("农林水")]) == .scalar(.number(Quantity(parsing: "13.63亿元")!), skipped: 0))
        #expect(throws: RuntimeError.self) { try q.run() }
    }

    @Test func declaredParameterTypesAreChecked() {
        #expect(throws: CompileErrors.self) {
            try env.compile("projects where total > $min", parameters: ["min": .text])
        }
        #expect(throws: Never.self) {
            try env.compile("projects where total > $min", parameters: ["min": .number(.money)])
        }
    }

    @Test func compileErrorsAreValuesWithRanges() {
        do {
            _ = try env.compile("projets where secter = 1")
            Issue.record("compiled")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.diagnostics[0].range == SourceRange(0, 7))
            #expect(error.diagnostics[0].help == "did you mean 'projects'?")
            #expect(error.rendered().hasPrefix("<query>:1:1: error: unknown collection 'projets'\n 1 | projets where secter = 1\n   | ^^^^^^^\n"))
        }
    }

    @Test func hostFunctionsAreTypeChecked() throws {
        let double = HostFunction(name: "double", parameters: [.number(nil)], result: .number(nil)) { args in
            guard case .number(let q) = args[0] else { return .missing }
            return .number(Quantity(try q.value.adding(q.value), q.unit))
        }
        let env = Environment(functions: [double])
        let q = try env.compile("projects where sector = 工业 and status = 在建 select double(invest2024) as d")
        guard case .table(let t) = try q.run() else { Issue.record("not a table"); return }
        #expect(t.rows == [[.number(Quantity(parsing: "337.04亿元")!)]])
        #expect(throws: CompileErrors.self) { try env.compile("projects select double(sector)") }
        #expect(throws: CompileErrors.self) { try env.compile("projects select double(total, total)") }
    }

    struct Row: Encodable {
        var id: Int
        var name: String
        var sector: String
        var invest: Double
        var done: Bool?
    }

    @Test func hostRowsBecomeACollection() throws {
        let rows = [
            Row(id: 1, name: "甲", sector: "工业", invest: 0.1, done: true),
            Row(id: 2, name: "乙", sector: "工业", invest: 0.2, done: nil),
            Row(id: 3, name: "丙", sector: "农林水", invest: 1.5, done: false),
        ]
        let mine = try Table(name: "mine", alias: "我的", rows: rows, units: ["invest": .yiYuan])
        let env = Environment(collections: [mine])
        let q = try env.compile("mine where sector = 工业 sum invest")
        #expect(try q.run() == .scalar(.number(Quantity(parsing: "0.3亿元")!), skipped: 0))
        let q2 = try env.compile("我的 where done is missing select name")
        guard case .table(let t) = try q2.run() else { Issue.record("not a table"); return }
        #expect(t.rows == [[.text("乙")]])
    }

    @Test func hostColumnsBecomeACollection() throws {
        let table = Table(name: "big", columns: [
            Column(name: "sector", data: .text(TextColumn((0..<1000).map { $0 % 3 == 0 ? "工业" : "其他" }))),
            Column(name: "money", data: .number(NumberColumn(values: (0..<1000).map { Int64($0) }, scale: 2, unit: .yiYuan))),
        ])
        let env = Environment(collections: [table])
        // Σ i for i ≡ 0 (mod 3), i < 1000 = 3 × (0 + 1 + … + 333) = 166833 hundredths.
        #expect(try env.compile("big where sector = 工业 sum money").run()
                == .scalar(.number(Quantity(parsing: "1668.33亿元")!), skipped: 0))
    }

    @Test func rowBudgetStopsARun() throws {
        let env = Environment(options: .init(rowBudget: 5))
        let q = try env.compile("projects where status = 在建 sum total")
        #expect(throws: RuntimeError.self) { try q.run() }
    }

    @Test func cancellationStopsARun() async throws {
        let q = try env.compile("facts where subject contains 项目 count")
        let task = Task { () throws -> QueryResult in
            withUnsafeCurrentTask { $0?.cancel() }
            return try q.run()
        }
        await #expect(throws: RuntimeError.self) { try await task.value }
    }

    @Test func oneQueryManyTasksSameAnswers() async throws {
        let q = try env.compile("projects by sector sum invest2024 as plan, count as n sort plan desc")
        let expected = try await q.run()
        let answers = try await withThrowingTaskGroup(of: QueryResult.self) { group in
            for _ in 0..<64 { group.addTask { try await q.run() } }
            var out: [QueryResult] = []
            for try await r in group { out.append(r) }
            return out
        }
        #expect(answers.count == 64)
        #expect(answers.allSatisfy { $0 == expected })
    }

    @Test func resultsAreCodableAndExact() throws {
        let r = try env.compile("projects by status sum invest2024 as plan").run()
        let data = try JSONEncoder().encode(r)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"value\":\"300.96\""))
        #expect(json.contains("\"unit\":\"亿元\""))
        #expect(try JSONDecoder().decode(QueryResult.self, from: data) == r)
    }

    @Test func resultColumnsAreTyped() throws {
        let q = try env.compile("projects by status sum invest2024 as plan")
        #expect(q.resultColumns?.map(\.name) == ["status", "plan"])
        #expect(q.resultColumns?.map(\.type) == [.text, .number(.money)])
    }

    @Test func manyReportsQueryAcrossRegions() throws {
        let json = builtinReportJSON.replacingOccurrences(of: "\"region\": \"泉港区\"", with: "\"region\": \"样例县\"")
            .replacingOccurrences(of: "\"reportYear\": \"2023\"", with: "\"reportYear\": \"2022\"")
        let other = try Report.load(json: json, source: "other.json")
        #expect(other.region == "样例县")
        let env = Environment(reports: [Report.builtin, other])
        let q = try env.compile("indicators where name = 地区生产总值 by region, year avg growth as g")
        guard case .table(let t) = try q.run() else { Issue.record("not a table"); return }
        #expect(t.columns.map(\.name) == ["region", "year", "g"])
        #expect(t.rows == [[.text("泉港区"), .text("2023"), .number(Quantity(parsing: "-9.6%")!)],
                           [.text("样例县"), .text("2022"), .number(Quantity(parsing: "-9.6%")!)]])
        #expect(try env.compile("projects sum invest2024").run() == .scalar(.number(Quantity(parsing: "646.12亿元")!), skipped: 0))
        guard case .sources(let quotes) = try env.compile("source indicators where name = 地区生产总值").run() else {
            Issue.record("no sources"); return
        }
        #expect(quotes.count == 2)
    }
}
