import Testing
@testable import ReportQL
import ReportModel

/// Every grouping, sort and top-k loop honours the interrupt at bounded intervals (issue 14: grouping by a
/// number once ignored cancellation for 29 s). Deterministic: an interrupt already raised, or a `stop` that
/// counts how often it is asked — never a timer.
@Suite struct EngineInterruptTests {
    static let rows = 300_000

    static func evaluator(_ interrupt: Interrupt) -> Evaluator {
        let env = Environment(options: .init(interrupt: interrupt))
        return Evaluator(ExecutionContext(environment: env, bindings: [:], parameters: [:],
                                          file: SourceFile(name: "t", text: "")))
    }

    static let numbers = NumberColumn(values: (0..<rows).map { Int64($0 &* 7919 % rows) }, scale: 2, unit: .plain)
    static let texts = TextColumn((0..<rows).map { "第\($0 % 1000)行" })

    /// Raised: each grouping kernel ends with `interrupted` before it reads a second chunk.
    @Test(arguments: ["number key", "text key", "two keys", "sum", "median", "count distinct"])
    func aRaisedInterruptStopsGrouping(_ kernel: String) {
        let interrupt = Interrupt()
        let agg = Aggregation(Self.evaluator(interrupt))
        let n = Self.rows
        // Groups made before the interrupt is raised, for the aggregate kernels.
        let groups = (try? agg.groups([.text(Self.texts)], n)) ?? Groups.single(0)
        #expect(groups.count == 1000)
        interrupt.request()
        func aggregate(_ f: AggregateFunction, distinct: Bool = false) throws(RuntimeError) {
            let a = TypedAggregate(function: f, argument: nil, distinct: distinct, name: "a", type: .number(nil),
                               range: SourceRange(0, 0))
            _ = try agg.perGroup(a, .number(Self.numbers), groups)
        }
        do throws(RuntimeError) {
            switch kernel {
            case "number key": _ = try agg.groups([.number(Self.numbers)], n)
            case "text key": _ = try agg.groups([.text(Self.texts)], n)
            case "two keys": _ = try agg.combine(groups, groups)
            case "sum": try aggregate(.sum)
            case "median": try aggregate(.median)
            default: try aggregate(.count, distinct: true)
            }
            Issue.record("\(kernel) ran to the end")
        } catch {
            #expect(error.diagnostic.message == "interrupted")
        }
    }

    /// The radix sort and top-k ask `stop` at bounded intervals (every 2¹⁶ rows of a pass, every 64 blocks)
    /// and return early once it answers yes.
    @Test func sortAndTopKAskToStop() {
        let scan = Scan(count: Self.rows, selection: nil, condition: nil)
        var asked = 0
        _ = radixSortedRows(scan, Self.numbers, descending: true, limit: nil) { asked += 1; return false }
        #expect(asked >= Self.rows / (1 << 16))
        asked = 0
        let sorted = radixSortedRows(scan, Self.numbers, descending: true, limit: nil) { asked += 1; return asked > 1 }
        #expect(asked == 2 && sorted != radixSortedRows(scan, Self.numbers, descending: true, limit: nil) { false })
        // A condition nothing passes: top-k visits every block, asking as it goes.
        let none = Scan(count: Self.rows, selection: nil, condition: .constant(false))
        asked = 0
        #expect(topRows(none, Self.numbers, descending: false, k: 10) { asked += 1; return false }.isEmpty)
        #expect(asked >= Self.rows / blockSize / 64)
        let selected = Scan(count: Self.rows, selection: (0..<Int32(Self.rows)).reversed(), condition: nil)
        asked = 0
        #expect(topRows(selected, Self.numbers, descending: false, k: 10) { asked += 1; return true }.count <= 10)
        #expect(asked >= 1)
    }

    /// A run stopped inside the kernel ends with `interrupted`, not a partial answer.
    @Test func aRaisedInterruptStopsASortRun() throws {
        let interrupt = Interrupt()
        let table = Table(name: "big", columns: [Column(name: "n", data: .number(Self.numbers))])
        let q = try Environment(collections: [table], options: .init(interrupt: interrupt)).compile("big sort n desc")
        interrupt.request()
        #expect(throws: RuntimeError.self) { try q.run() }
        interrupt.reset()
        _ = try q.run()
    }
}
