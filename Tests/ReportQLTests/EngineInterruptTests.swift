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

    /// Raised: the loops of an aggregate through a join (each id's rows counted — as bits when no id repeats,
    /// else as counts — and the weighted sum) end with `interrupted`, like the join's own loops: on two threads
    /// (300,000 rows) and on one (50,000).
    @Test(arguments: [(rows, 1000), (50_000, 1000), (rows, rows), (50_000, 50_000)])
    func aRaisedInterruptStopsAJoinAggregate(_ n: Int, _ card: Int) {
        let interrupt = Interrupt()
        let e = Self.evaluator(interrupt)
        let ids = (0..<Int32(n)).map { $0 % Int32(card) }
        let side = JoinSide(selection: nil, count: n)
        let counts = try? e.keyCounts(ids, card: card)
        switch counts {
        case .once(let bits)?: #expect(card == n && bits.first == .max)
        case .many(let c)?: #expect(card < n && c.first == Int32(n / card))
        case nil: Issue.record("no counts")
        }
        let all = try? e.weightedSummary(Self.numbers, side, ids, counts ?? .once([]), unmatchedWeighsOne: false)
        #expect(all?.present == Int64(n * n / card))
        interrupt.request()
        do throws(RuntimeError) {
            _ = try e.keyCounts(ids, card: card)
            Issue.record("the join's counts ran to the end")
        } catch {
            #expect(error.diagnostic.message == "interrupted")
        }
        do throws(RuntimeError) {
            _ = try e.weightedSummary(Self.numbers, side, ids, counts ?? .once([]), unmatchedWeighsOne: false)
            Issue.record("the weighted sum ran to the end")
        } catch {
            #expect(error.diagnostic.message == "interrupted")
        }
    }

    /// Raised: `floor` of a number column on its scaled integers (Engine/ColumnFunctions.swift) ends with
    /// `interrupted`; not raised, it gives the column.
    @Test func aRaisedInterruptStopsAColumnFunction() {
        let interrupt = Interrupt()
        let e = Self.evaluator(interrupt)
        let floor = FunctionDefinition(name: "floor", implementation: .standard(.floor))
        let done = try? e.columnCall(floor, [.number(Self.numbers)], Self.rows)
        #expect(done != nil)
        interrupt.request()
        do throws(RuntimeError) {
            _ = try e.columnCall(floor, [.number(Self.numbers)], Self.rows)
            Issue.record("floor ran to the end")
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

    /// A one-thread scan of every row that counts how often it is asked to stop, and stops after `after` asks.
    static func counting(_ asked: Counter, after: Int = .max, condition: RowCondition? = nil) -> Scan {
        var scan = Scan(count: rows, selection: nil, condition: condition)
        scan.parallelFrom = .max
        scan.stop = { asked.value += 1; return asked.value > after }
        return scan
    }

    final class Counter: @unchecked Sendable { var value = 0 }

    /// The text-key grouping kernels (countAndSum, packedCountAndSum, groupColumn), the whole-table summary
    /// and the fused expression aggregate ask before every block, and a stop leaves rows unread.
    @Test func scanKernelsAskToStop() throws {
        let blocks = (Self.rows + blockSize - 1) / blockSize
        let small = NumberColumn(values: (0..<Self.rows).map { Int64($0 % 100) }, scale: 0, unit: .plain)
        let cases: [(String, (Scan) -> Int)] = [
            ("countAndSum", { s in groupSums(s, key: Self.texts.storage, inputs: []).rows.reduce(0, +) }),
            ("packedCountAndSum", { s in
                let bytes = TextColumn((0..<Self.rows).map { "第\($0 % 10)行" })
                return groupSums(s, key: bytes.storage, inputs: [GroupInput(column: small, bounds: false)]).rows.reduce(0, +)
            }),
            ("groupColumn", { s in
                let g = groupSums(s, key: Self.texts.storage, inputs: [GroupInput(column: Self.numbers, bounds: true)])
                return g.rows.reduce(0, +)
            }),
            ("summarize", { s in summarize(s, Self.numbers, bounds: true).rows }),
        ]
        for (name, kernel) in cases {
            let asked = Counter()
            #expect(kernel(Self.counting(asked)) == Self.rows, "\(name)")
            #expect(asked.value >= blocks, "\(name) asked \(asked.value) times")
            let stopped = Counter()
            #expect(kernel(Self.counting(stopped, after: 1)) < Self.rows, "\(name)")
        }
    }

    /// The fused aggregate of column arithmetic asks before every block and stops.
    @Test func expressionAggregateAsksToStop() throws {
        let table = Table(name: "big", columns: [Column(name: "n", data: .number(Self.numbers)),
                                                 Column(name: "m", data: .number(Self.numbers))])
        let frame = Frame(table: table, hidden: { _ in false })
        let n = TypedExpr(.column(0), .number(nil), SourceRange(0, 0))
        let m = TypedExpr(.column(1), .number(nil), SourceRange(0, 0))
        let input = try #require(ExpressionInput(TypedExpr(.arithmetic(.subtract, n, m), .number(nil), SourceRange(0, 0)), frame))
        let asked = Counter()
        #expect(input.summarize(Self.counting(asked), bounds: true).rows == Self.rows)
        #expect(asked.value >= Self.rows / blockSize)
        #expect(input.summarize(Self.counting(Counter(), after: 1), bounds: false).rows < Self.rows)
        // Through a run: a raised interrupt ends it with `interrupted`, never a partial sum.
        let interrupt = Interrupt()
        let q = try Environment(collections: [table], options: .init(interrupt: interrupt)).compile("big sum n - m * 2")
        interrupt.request()
        #expect(throws: RuntimeError.self) { try q.run() }
        interrupt.reset()
        _ = try q.run()
    }

    /// A condition's booleans for a whole column (comparisons and code tests a column at a time) ask every
    /// 16 blocks; once stopped the rest is false and the run's checkpoint ends it.
    @Test func conditionValuesAskToStop() {
        var asked = 0
        let all = RowCondition.constant(true).values(count: Self.rows) { asked += 1; return false }
        #expect(all.allSatisfy { $0 } && asked >= Self.rows / (16 * blockSize))
        asked = 0
        let stopped = RowCondition.constant(true).values(count: Self.rows) { asked += 1; return asked > 1 }
        #expect(asked == 2 && stopped.filter { $0 }.count == 16 * blockSize)
    }

    /// The column-at-a-time comparison and code test pass `stop` on (the evaluator then checkpoints).
    @Test func columnMasksAskToStop() {
        let test = CodeTest.one(Self.texts.code(of: "第3行"), negated: false)
        #expect(Evaluator.codeMask(Self.texts, test, stop: { false }).values.contains(true))
        #expect(!Evaluator.codeMask(Self.texts, test, stop: { true }).values.contains(true))
        #expect(Evaluator.compareIntegers(Self.numbers, .greater, .greater(5), stop: { false }).values.contains(true))
        #expect(!Evaluator.compareIntegers(Self.numbers, .greater, .greater(5), stop: { true }).values.contains(true))
    }

    /// A constant column (min = max): the check of its storage, and so `count distinct` and grouping by it,
    /// end with `interrupted` once it is raised.
    @Test(arguments: ["count distinct", "number key"])
    func aRaisedInterruptStopsAConstantColumn(_ kernel: String) {
        let interrupt = Interrupt()
        let agg = Aggregation(Self.evaluator(interrupt))
        let constant = NumberColumn(values: [Int64](repeating: 5, count: Self.rows), scale: 0, unit: .plain)
        #expect((try? Self.evaluator(interrupt).isConstant(constant)) == true)
        interrupt.request()
        do throws(RuntimeError) {
            if kernel == "number key" {
                _ = try agg.groups([.number(constant)], Self.rows)
            } else {
                let a = TypedAggregate(function: .count, argument: nil, distinct: true, name: "a", type: .number(nil),
                                       range: SourceRange(0, 0))
                _ = try agg.perGroup(a, .number(constant), Groups.single(Self.rows))
            }
            Issue.record("\(kernel) ran to the end")
        } catch {
            #expect(error.diagnostic.message == "interrupted")
        }
    }

    /// Division asks `stop` every block, on the narrow path and on the wide one (quotients past 64 bits), and a
    /// run whose interrupt is raised ends with `interrupted`.
    @Test func divisionAsksToStop() throws {
        let seven = ColumnValues.constant(.number(Quantity(ExactDecimal(7), .plain)))
        let tiny = ColumnValues.constant(.number(Quantity(ExactDecimal(significand: 1, scale: 9), .plain)))
        for divisor in [seven, tiny] {
            var asked = 0
            #expect(ScaledArithmetic.divide(.number(Self.numbers), divisor, count: Self.rows, stop: { asked += 1; return false }) != nil)
            #expect(asked >= Self.rows / (blockSize * 32))
            asked = 0
            #expect(ScaledArithmetic.divide(.number(Self.numbers), divisor, count: Self.rows, stop: { asked += 1; return asked > 1 }) == nil)
            #expect(asked == 2)
        }
        let interrupt = Interrupt()
        let table = Table(name: "big", columns: [Column(name: "n", data: .number(Self.numbers))])
        let q = try Environment(collections: [table], options: .init(interrupt: interrupt)).compile("big select n / 7 as q")
        interrupt.request()
        #expect(throws: RuntimeError.self) { try q.run() }
        interrupt.reset()
        _ = try q.run()
    }
}
