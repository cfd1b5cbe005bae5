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
let query = try env.compile("projects where sector = $sector sum invest2024")

// 3. ... run many times with parameters. Results are typed values: a quantity keeps its unit.
for sector in ["工业", "农林水"] {
    if case .scalar(.number(let q), _) = try query.run(["sector": .text(sector)]) {
        print(sector, q)                       // 工业 181.56亿元, 农林水 13.63亿元
    }
}

// 4. Your own rows and functions are queried like the built-in collections.
if case .table(let t) = try env.compile("mine select name, per_capita(invest, 5) as each").run() {
    for row in t.rows { print(row.map(\.description).joined(separator: " ")) }   // 甲 2.5亿元 …
}

// 5. A run honours Task cancellation and an optional row budget; both end in an error, never a hang.
let limited = try Environment(options: .init(rowBudget: 100)).compile("facts where subject contains 项目 count")
do {
    _ = try limited.run()
} catch {
    print(error.rendered())                    // <query>:1:1: error: the query visited more than 100 rows …
}

// 6. Mistakes are reported with what was meant.
do {
    _ = try env.compile("projects where secter = 工业")
} catch {
    print(error.rendered())                    // <query>:1:16: error: unknown field 'secter' in projects …
}
