import Foundation
import ReportImport
import ReportModel
import ReportQL

// Import three provincial reports straight to `Report`s. The text of a government work report names the
// year it is given in (2026), not the year it reports on, and may not name its province: hints say both.
let corpus = CommandLine.arguments.dropFirst().first ?? "../shared/corpus/gov-work-2026"
let provinces = [("guangdong", "广东省"), ("zhejiang", "浙江省"), ("jiangsu", "江苏省")]
let importer = ReportImporter()
var reports: [Report] = []
for (file, province) in provinces {
    let text = try String(contentsOfFile: "\(corpus)/\(file).txt", encoding: .utf8)
    let hints = ImportHints(region: province, level: "省", reportYear: "2025")
    reports.append(try importer.report(text: text, source: "\(file).txt", hints: hints))
}
for report in reports {
    let meta = report.metadata
    print(meta.region ?? "?", meta.reportYear ?? "?", meta.planYear ?? "?")   // 广东省 2025 2026, 浙江省 …
}

// A collection of the host's own rows, and a function of its own. A `Double` field is read from its shortest
// decimal form; `units` gives it a unit.
struct Province: Encodable {
    var region: String
    var population: Double                      // 万人, end of 2024
}
let population: [String: Double] = ["广东省": 12780.6, "浙江省": 6670, "江苏省": 8526]
let peopleUnit = Unit.named("万人") ?? .plain
let provinceTable = try Table(name: "provinces", alias: "省份",
                              rows: population.sorted { $0.key < $1.key }.map { Province(region: $0.key, population: $0.value) },
                              units: ["population": peopleUnit])
let perPerson = HostFunction(name: "per_person", parameters: [.number(nil), .text], result: .number(nil),
                             summary: "A figure of the region divided by its people, in whole 元 per person.") { args in
    guard case .number(let total) = args[0], case .text(let region) = args[1], let people = population[region],
          let yuan = Unit.named("元"), let inYuan = try? total.converted(to: yuan),
          let each = try inYuan.value.divided(by: ExactDecimal(Int(people * 10_000))) else { return .missing }
    return .number(Quantity(each.rounded(places: 0), yuan))
}
let env = Environment(reports: reports, collections: [provinceTable], functions: [perPerson],
                      options: .init(rowBudget: 1_000_000, deadline: .seconds(10)))

// Compile once. A query lists its parameters and their types; `region` and `year` are there for one report
// as for many.
let byIndicator = try env.compile("indicators where name = $name select region, year, growth")
let large = try env.compile("provinces where population > $min select region, population")
print(byIndicator.parameters, large.parameters)  // [$name: text] [$min: number (计数(人)) in 万人]

// A bare number takes the parameter's unit, as a literal would: 8000 is 8000万人.
if let table = try large.run(["min": 8000]).table {
    for row in table { print(row["region"] ?? "", row["population"] ?? "") }   // 广东省 12780.6万人, 江苏省 8526万人
}

// Mistakes are errors that describe themselves, with a stable code.
do {
    _ = try large.run(["minimum": 8000])
} catch {
    print(error.code, error.message)            // RQL205 a value was given for $minimum, which the query does not use
}

// Run from many tasks at once: one compiled query, one parameter each.
let names = ["地区生产总值", "社会消费品零售总额", "货物进出口总额"]
let answers = try await withThrowingTaskGroup(of: (String, QueryResult).self) { group in
    for name in names {
        group.addTask { (name, try await byIndicator.run(["name": .text(name)])) }
    }
    var out: [String: QueryResult] = [:]
    for try await (name, result) in group { out[name] = result }
    return out
}
struct Growth: Decodable {
    var region: String
    var year: String
    var growth: Decimal?                        // exact: 3.9, not 3.8999999999999999
}
for name in names {
    let rows = try answers[name]?.table?.rows(as: Growth.self) ?? []
    print(name, rows.map { "\($0.region) \($0.year) \($0.growth.map { "\($0)%" } ?? "—")" }.joined(separator: ", "))
    // 地区生产总值 广东省 2025 3.9%, 江苏省 2025 5.3%
}

// Cancel one run: the task is cancelled before the gate opens, and the run stops with code RQL210.
let (gate, open) = AsyncStream.makeStream(of: Void.self)
let running = Task {
    for await _ in gate { break }
    return try await byIndicator.run(["name": "地区生产总值"])
}
running.cancel()
open.finish()
do {
    _ = try await running.value
    print("finished")
} catch let error as RuntimeError {
    print("cancelled:", error.code)             // cancelled: RQL210
}

// A host function in a query, and a result as JSON: kind, typed columns with units, rows; exact decimals as strings.
let spending = try env.compile("indicators where name = 社会消费品零售总额 select region, value, per_person(value, region) as each")
let result = try spending.run()
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]
print(String(decoding: try encoder.encode(result), as: UTF8.self))
// {"columns":[{"name":"region","type":"text"},{"name":"value","type":"number","unit":"万亿元"},…
print(try JSONDecoder().decode(QueryResult.self, from: try encoder.encode(result)) == result)   // true
