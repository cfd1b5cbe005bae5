import ReportModel
import ReportQL

// 1. An environment: the built-in 泉港区 report, a collection of your own rows, a function of your own.
struct Project: Encodable {
    var name: String
    var sector: String
    var invest: Double   // 亿元
}
let mine = try Table(name: "mine", rows: [
    Project(name: "甲", sector: "工业", invest: 12.5),
    Project(name: "乙", sector: "农林水", invest: 3.25),
], units: ["invest": .yiYuan])
let perCapita = HostFunction(name: "per_capita", parameters: [.number(nil), .number(nil)],
                             result: .number(nil)) { args in
    guard case .number(let total) = args[0], case .number(let people) = args[1],
          let share = try total.value.divided(by: people.value) else { return .missing }
    return .number(Quantity(share, total.unit))
}
let env = Environment(collections: [mine], functions: [perCapita])

// 2. Compile once (errors are values with ranges and the same rendered text `rql` prints) ...
let query = try env.compile("projects where sector = $sector and total > $min sum invest2024")
print(query.parameters)                        // [$sector: text, $min: number (金额(元)) in 亿元]

// 3. ... run many times with parameters, checked against their types: a bare 100 is 100亿元, as in a literal.
for sector in ["工业", "农林水"] {
    if let sum = try query.run(["sector": .text(sector), "min": 100]).scalar {
        print(sector, sum)                     // 工业 181.56亿元, 农林水 3.3亿元
    }
}

// 4. Tables read by column name; your own rows and functions are queried like the built-in collections.
if let t = try env.compile("mine select name, per_capita(invest, 5) as each").run().table {
    for row in t { print(row["name"] ?? "", row["each"] ?? "") }   // 甲 2.5亿元, 乙 0.65亿元
}

// 5. A run honours Task cancellation, an optional row budget and a deadline; each ends in an error, never a hang.
let limited = try Environment(options: .init(rowBudget: 100)).compile("facts where subject contains 项目 count")
do {
    _ = try limited.run()
} catch {
    print(error.code, error)                   // RQL212 <query>:1:1: error: the query visited more than 100 rows …
}

// 6. Mistakes are reported with what was meant; an error prints as `rql` prints it.
do {
    _ = try env.compile("projects where secter = 工业")
} catch {
    print(error)                               // <query>:1:16: error: unknown field 'secter' in projects …
}
