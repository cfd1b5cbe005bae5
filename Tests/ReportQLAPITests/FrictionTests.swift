import Foundation
import ReportImport
import ReportModel
import ReportQL
import Testing
import TestSupport

/// Each friction of issue #20 ("Embedding"), as a host meets it: a plain `import ReportQL`, never `@testable`.
@Suite struct FrictionTests {
    let env = Environment()

    // MARK: A parameter contract

    @Test func aQueryListsItsParameters() throws {
        let q = try env.compile("projects where total > $min and sector = $sector select sector, total")
        #expect(q.parameters.map(\.name) == ["min", "sector"])
        #expect(q.parameters[0].type == .number(.money))
        #expect(q.parameters[0].unit == .yiYuan)
        #expect(q.parameters[1].type == .text)
        let declared = try env.compile("projects where total > $min count", parameters: ["min": .number(.money)])
        #expect(declared.parameters == [QueryParameter(name: "min", type: .number(.money), unit: .yiYuan)])
    }

    @Test func aBareNumberTakesTheParameterUnitAsALiteralDoes() throws {
        // The literal `total > 100` means 100亿元; so does a bare 100 passed for $min, declared or not.
        let literal = try env.compile("projects where total > 100 count").run()
        #expect(literal == .scalar(.number(Quantity(ExactDecimal(6))), skipped: 0))
        let declared = try env.compile("projects where total > $min count", parameters: ["min": .number(.money)])
        #expect(try declared.run(["min": 100]) == literal)
        let inferred = try env.compile("projects where total > $min count")
        #expect(try inferred.run(["min": 100]) == literal)
        #expect(try inferred.run(["min": .number(Quantity(ExactDecimal(1_000_000), .wanYuan))]) == literal)
    }

    @Test func aMisspeltParameterIsAnError() throws {
        let q = try env.compile("projects where total > $min count")
        do {
            _ = try q.run(["mni": 100])
            Issue.record("ran")
        } catch {
            #expect(error.code == .unknownParameter)
            #expect(error.diagnostic.help == "did you mean '$min'?")
            #expect(error.description.contains("$mni"))
        }
    }

    @Test func aValueOfTheWrongKindIsAnErrorNamingTheParameter() throws {
        let q = try env.compile("projects where total > $min count", parameters: ["min": .number(.money)])
        for bad: Value in [.number(Quantity(ExactDecimal(5), .percent)), "工业", true] {
            do {
                _ = try q.run(["min": bad])
                Issue.record("ran with \(bad)")
            } catch {
                #expect(error.code == .parameterType)
                #expect(error.message.contains("$min"))
                #expect(error.range == SourceRange(23, 27))
            }
        }
        #expect { try q.run() } throws: { ($0 as? RuntimeError)?.code == .missingParameter }
        // A bare number for a parameter of a dimension with no unit to take is refused, not guessed.
        let noUnit = try env.compile("$k + 1亿元", parameters: ["k": .number(.money)])
        #expect { try noUnit.run(["k": 5]) } throws: { ($0 as? RuntimeError)?.code == .parameterType }
    }

    @Test func valuesFromPlainSwiftValues() throws {
        let q = try env.compile("projects where sector = $sector and invest2024 > $min count")
        let a = try q.run(["sector": "工业", "min": 5.2])
        let b = try q.run(["sector": .text("工业"), "min": .number(Quantity(ExactDecimal(parsing: "5.2") ?? ExactDecimal(0), .yiYuan))])
        #expect(a == b)
        #expect(Value(5.2) == .number(Quantity(ExactDecimal(parsing: "5.2") ?? ExactDecimal(0))))
        #expect(Value(Quantity(ExactDecimal(3), .yiYuan)).quantity?.unit == .yiYuan)
        #expect(Value("工业") == .text("工业"))
        #expect(Value(1e-7) == .number(Quantity(ExactDecimal(significand: 1, scale: 7))))
        #expect(Value(1.5e20) == .number(Quantity(ExactDecimal(significand: 150_000_000_000_000_000_000, scale: 0))))
        #expect(Value(Double.nan) == .missing)
    }

    // MARK: Typed results

    struct SectorPlan: Decodable, Equatable {
        var sector: String
        var plan: Decimal
        var planDouble: Double?
        var n: Int
        var exact: Quantity?
    }

    @Test func resultsReadByNameAndDecodeIntoTheHostsTypes() throws {
        let q = try env.compile("projects by sector sum invest2024 as plan, count as n sort plan desc")
        let table = try #require(try q.run().table)
        #expect(table["plan"]?.first == .number(Quantity(ExactDecimal(parsing: "181.56") ?? ExactDecimal(0), .yiYuan)))
        #expect(table[0]["sector"] == .text("工业"))
        #expect(table[0]["nope"] == nil)
        #expect(table.first?["n"]?.doubleValue == 2)
        let rows = try table.rows(as: SectorPlan.self)
        #expect(rows.count == table.count)
        #expect(rows[0].sector == "工业")
        #expect(rows[0].plan == Decimal(string: "181.56"))
        #expect(rows[0].exact == nil)                 // no column `exact`: an optional property stays nil
        #expect(table[0]["plan"]?.quantity?.doubleValue == 181.56)
        struct Wrong: Decodable { var sector: Int }
        #expect(throws: DecodingError.self) { try table.rows(as: Wrong.self) }
    }

    @Test func quantitiesDecodeAsTheHostDeclares() throws {
        struct Row: Decodable { var total: Quantity; var asDouble: Double; var asDecimal: Decimal; var asText: String }
        let q = try env.compile("projects where sector = 工业 and status = 在建 select total, total as asDouble, total as asDecimal, total as asText")
        let row = try #require(try q.run().table?.rows(as: Row.self).first)
        #expect(row.total == Quantity(ExactDecimal(parsing: "459.13") ?? ExactDecimal(0), .yiYuan))
        #expect(row.asDouble == 459.13)
        #expect(row.asDecimal == Decimal(string: "459.13"))
        #expect(row.asText == "459.13")
    }

    @Test func oneJSONFormFromCodableAndFromJson() throws {
        for text in ["projects by status sum invest2024 as plan", "projects sum invest2024", "source indicators where name = 地区生产总值",
                     "check", "indicators where name = 地区生产总值 select name, growth"] {
            let r = try env.compile(text).run()
            let encoded = try JSONEncoder().encode(r)
            let fromCodable = try JSONSerialization.jsonObject(with: encoded) as? NSDictionary
            let fromText = try JSONSerialization.jsonObject(with: Data(r.json().utf8)) as? NSDictionary
            #expect(fromCodable != nil)
            #expect(fromCodable == fromText, "\(text)")
            #expect(try JSONDecoder().decode(QueryResult.self, from: encoded) == r, "\(text)")
            #expect(!String(decoding: encoded, as: UTF8.self).contains("\"_0\""))
        }
        let r = try env.compile("projects by status sum invest2024 as plan").run()
        #expect(r.json() == """
            {"kind":"table","columns":[{"name":"status","type":"text"},{"name":"plan","type":"number","dimension":"money","unit":"亿元"}],\
            "rows":[["在建",{"value":"300.96","unit":"亿元"}],["预备",{"value":"22.1","unit":"亿元"}]]}
            """)
    }

    // MARK: Errors for humans and for code

    @Test func errorsDescribeThemselves() throws {
        do {
            _ = try env.compile("projects where secter = 工业")
            Issue.record("compiled")
        } catch {
            #expect("\(error)" == error.rendered())
            #expect(error.localizedDescription == error.rendered())
            #expect(error.code == .unknownName)
            #expect(error.code.rawValue == "RQL101")
            #expect(error.range == SourceRange(15, 21))
            #expect("\(error)".hasPrefix("<query>:1:16: error: unknown field 'secter' in projects"))
        }
        let divide = try env.compile("1亿元 / 0")
        do {
            _ = try divide.run()
            Issue.record("ran")
        } catch {
            #expect("\(error)" == error.rendered())
            #expect(error.localizedDescription == error.rendered())
            #expect(error.code == .divisionByZero)
            #expect(!"\(error)".contains("bytes"))
        }
        let any: any Error = ReportLoadError(file: "x.json", message: "no such file or folder")
        #expect(any.localizedDescription == "x.json: error: no such file or folder")
    }

    @Test func codesAreStableAcrossKinds() throws {
        let cases: [(String, ErrorCode)] = [
            ("projects where", .syntax), ("projets count", .unknownName), ("projects sum sector", .type),
            ("projects where total > 5% count", .unit), ("projects select round(total, 1, 2)", .arity),
            ("projects where sector = 工亚 count", .unknownValue),
        ]
        for (text, code) in cases {
            #expect { try env.compile(text) } throws: { ($0 as? CompileErrors)?.code == code }
        }
    }

    // MARK: Loading in one call

    @Test func aFileOrAFolderLoadsInOneCall() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rql-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = builtinReportJSON.replacingOccurrences(of: "\"region\": \"泉港区\"", with: "\"region\": \"样例县\"")
        try builtinReportJSON.write(to: dir.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try other.write(to: dir.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        try "not a report".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let folder = try Report.load(contentsOf: dir.path)
        #expect(folder.map(\.region) == ["泉港区", "样例县"])
        let file = try Report.load(contentsOf: dir.appendingPathComponent("b.json").path)
        #expect(file.map(\.region) == ["样例县"])
        #expect { try Report.load(contentsOf: dir.appendingPathComponent("none").path) } throws: {
            ($0 as? ReportLoadError)?.description.hasSuffix("none: error: no such file or folder") == true
        }
        let empty = dir.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(throws: ReportLoadError.self) { try Report.load(contentsOf: empty.path) }
        // An environment in one call: the folder through the corpus cache (written on the first opening, read
        // on the next), a file as one report.
        let cache = dir.appendingPathComponent("cache").path
        let query = "projects by region sum invest2024"
        let first = try Environment(contentsOf: dir.path, cacheDirectory: cache).compile(query).run()
        #expect(first.table?.count == 2)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).count == 1)
        let warm = try Environment(contentsOf: dir.path, cacheDirectory: cache).compile(query).run()
        #expect(warm == first)
        let one = try Environment(contentsOf: dir.appendingPathComponent("b.json").path).compile(query).run()
        #expect(one.table?.count == 1 && one.table?[0]["region"] == .text("样例县"))
    }

    @Test func importStraightToAReportWithHints() throws {
        let report = try ReportImporter().report(text: Report.builtin.text, source: "quangang.txt",
                                                 hints: ImportHints(region: "样例区", level: "区", reportYear: "2030"))
        #expect(report.metadata.region == "样例区")
        #expect(report.metadata.level == "区")
        #expect(report.metadata.office == Report.builtin.metadata.office)
        #expect(report.metadata.reportYear == "2030")
        #expect(report.metadata.planYear == "2031")
        let env = Environment(reports: [report])
        #expect(try env.compile("report select region").run().table?[0]["region"] == .text("样例区"))
        #expect(try env.compile("indicators where name = 地区生产总值 select region, year").run().table?[0].values
                == [.text("样例区"), .text("2030")])
    }

    @Test func metadataIsATypedStruct() {
        var report = Report.builtin
        #expect(report.metadata.region == "泉港区")
        #expect(report.metadata.reportYear == "2023")
        report.metadata.region = "样例区"
        #expect(report.region == "样例区")
        #expect(report.metaValue("region") == "样例区")
    }

    // MARK: One schema however many reports

    @Test func regionAndYearExistForOneReport() throws {
        let q = "indicators where name = 地区生产总值 select region, year, growth"
        let one = try env.compile(q).run()
        #expect(one.table?[0].values.prefix(2) == [.text("泉港区"), .text("2023")])
        let two = Environment(reports: [Report.builtin, Report.builtin])
        #expect(try two.compile(q).run().table?.count == 2)
        #expect(try env.compile("projects by year sum invest2024").run().table?.count == 1)
        // A collection with a field of that name keeps its own: named's year is the year a mention refers to.
        let named = try #require(try env.compile("named limit 1 select region, year").run().table)
        #expect(named.columns.map(\.name) == ["region", "year"])
        #expect(named[0]["region"] == .text("泉港区"))
        // Over one report, a plain listing leaves out the region and year every row repeats; over two it shows them.
        #expect(try env.compile("projects limit 1").run().table?.columns.first?.name == "status")
        #expect(try two.compile("projects limit 1").run().table?.columns.first?.name == "region")
        let report = try #require(try env.compile("report select region, year, reportYear").run().table)
        #expect(report.columns.filter { $0.name == "region" }.count == 1)
        #expect(report[0]["year"] == .text("2023") && report[0]["reportYear"] == .text("2023"))
        #expect(report[0]["region"] == .text("泉港区"))
    }

    // MARK: Async and deadlines

    @Test func asyncRunGivesTheSameAnswer() async throws {
        let q = try env.compile("projects where sector = $sector sum invest2024")
        let runSync = { () throws -> QueryResult in try q.run(["sector": "工业"]) }
        let sync = try runSync()
        let async = try await q.run(["sector": "工业"])
        #expect(sync == async)
    }

    @Test func asyncRunHonoursCancellation() async throws {
        let q = try env.compile("facts where subject contains 项目 count")
        let task = Task { () async throws -> QueryResult in
            withUnsafeCurrentTask { $0?.cancel() }
            return try await q.run()
        }
        let result = await task.result
        guard case .failure(let error) = result else { Issue.record("finished"); return }
        #expect((error as? RuntimeError)?.code == .cancelled)
    }

    @Test func aDeadlineStopsARun() throws {
        let past = Environment(options: .init(deadline: .zero))
        #expect { try past.compile("projects where status = 在建 sum total").run() } throws: {
            ($0 as? RuntimeError)?.code == .deadline
        }
        let ample = Environment(options: .init(rowBudget: 1_000_000, deadline: .seconds(3600)))
        #expect(try ample.compile("projects where status = 在建 count").run().scalar != nil)
    }

    // MARK: Documentation

    @Test func everyFunctionIsDocumentedWithItsArgumentOrder() throws {
        #expect(FunctionCatalog.standard.count == 17)
        #expect(FunctionCatalog.entry(named: "growth")?.signature == "growth(new, old)")
        #expect(FunctionCatalog.entry(named: "增长率")?.name == "growth")
        #expect(FunctionCatalog.entry(named: "share")?.aliases == ["占比", "比重"])
        for f in FunctionCatalog.standard {
            let r = try env.compile(f.example).run()
            #expect(r.scalar?.description == f.exampleResult, "\(f.example)")
            #expect(f.help.hasPrefix(f.signature))
        }
        let host = HostFunction(name: "twice", parameters: [.number(nil)], result: .number(nil)) { $0[0] }
        #expect(Environment(functions: [host]).functionDocs.first?.signature == "twice(number) → number")
        let documented = HostFunction(name: "per_person", parameters: [.number(nil), .text], result: .number(nil),
                                      summary: "A figure of a region per person.") { _ in .missing }
        let docs = Environment(functions: [documented]).functionDocs
        #expect(docs.first?.summary == "A figure of a region per person.")
        #expect(docs.count == FunctionCatalog.standard.count + 1)
    }

    @Test func unitsHaveAList() {
        let symbols = Unit.knownUnits.map(\.symbol)
        #expect(symbols.contains("万元") && symbols.contains("亿元") && symbols.contains("%"))
        #expect(Unit.named("万人")?.symbol == "万人")
    }
}
