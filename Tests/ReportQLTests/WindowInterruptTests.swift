import Synchronization
import Testing
@testable import ReportQL
import ReportModel

/// `within` honours Ctrl-C in every loop (issue 14: "every loop that can run long checks the interrupt"):
/// reading the order keys, numbering the groups, the sort, making the columns dense and filling each function.
/// Deterministic: the evaluator's `onCheck` counts each ask and raises the interrupt at the ask a test chooses
/// (`Interrupt` is a final class, so it cannot count itself) — never a timer.
@Suite struct WindowInterruptTests {
    static let rows = 30_000

    /// 500 groups in scattered order (`groups: 500`), or one group already in its order (`groups: 1`), where
    /// the sort makes only n − 1 comparisons and each row loop's asks can be counted.
    static func table(groups: Int) -> Table {
        let values: [Int64] = groups == 1 ? (0..<rows).map { Int64(rows - $0) } : (0..<rows).map { Int64($0 &* 7919 % rows) }
        let numbers = NumberColumn(values: values, scale: 2, unit: .plain)
        let texts = TextColumn((0..<rows).map { "第\($0 % groups)组" })
        return Table(name: "big", columns: [Column(name: "k", data: .text(texts)), Column(name: "n", data: .number(numbers))])
    }

    final class Asks: Sendable {
        let count = Atomic<Int>(0)
        /// The ask at which the interrupt is raised (0: never).
        let raiseAt: Int
        init(raiseAt: Int = 0) { self.raiseAt = raiseAt }
    }

    /// Runs `within` alone over the table, counting asks; raises the interrupt at `asks.raiseAt`.
    static func runWindow(_ asks: Asks, interrupt: Interrupt, groups: Int = 500) throws -> Result<Frame, RuntimeError> {
        let table = table(groups: groups)
        let env = Environment(collections: [table], options: .init(interrupt: interrupt))
        let query = try env.compile("big within k sort n desc rank as r, running sum n as s, prev n as p")
        let step = try #require(query.plan.steps.lazy.compactMap { step -> WindowStep? in
            if case .window(let w) = step { return w }
            return nil
        }.first)
        let evaluator = Evaluator(ExecutionContext(environment: env, bindings: [:], parameters: [:], file: query.file))
        evaluator.onCheck = {
            let n = asks.count.add(1, ordering: .relaxed).newValue
            if n == asks.raiseAt { interrupt.request() }
        }
        let frame = Frame(table: table, hidden: { _ in false })
        do throws(RuntimeError) {
            return .success(try evaluator.window(frame, step))
        } catch {
            return .failure(error)
        }
    }

    /// A whole run asks once per 4,096 rows of each row loop (the order keys, the group numbers, each of three
    /// functions' columns: 5 × ⌈n/4096⌉) and once per 4,096 comparisons of the sort (n − 1 of them on rows
    /// already in order). Without any one of these checks the count falls below the bound.
    @Test func withinAsksAtBoundedIntervals() throws {
        let asks = Asks()
        let frame = try Self.runWindow(asks, interrupt: Interrupt(), groups: 1).get()
        #expect(frame.count == Self.rows && frame.columns.count == 5)
        let perLoop = (Self.rows + 4095) / 4096, sort = (Self.rows - 1) / 4096
        #expect(asks.count.load(ordering: .relaxed) >= 5 * perLoop + sort,
                "asked \(asks.count.load(ordering: .relaxed)) times")
    }

    /// Raised at any ask — the first, one in each phase, the last — the run ends with `interrupted`, at once:
    /// at most one more ask after the raise (the sort notes it, then the check after the sort throws).
    @Test func anAskAnsweredYesEndsWithinInterrupted() throws {
        let whole = Asks()
        _ = try Self.runWindow(whole, interrupt: Interrupt()).get()
        let total = whole.count.load(ordering: .relaxed)
        var points = Set([1, 2, total - 1, total])
        for k in 1..<8 { points.insert(total * k / 8) }
        for raiseAt in points.sorted() where raiseAt >= 1 {
            let asks = Asks(raiseAt: raiseAt)
            let result = try Self.runWindow(asks, interrupt: Interrupt())
            switch result {
            case .success: Issue.record("raised at ask \(raiseAt) of \(total): within ran to the end")
            case .failure(let error): #expect(error.diagnostic.message == "interrupted", "at ask \(raiseAt)")
            }
            let after = asks.count.load(ordering: .relaxed) - raiseAt
            #expect(after <= 1, "raised at ask \(raiseAt) of \(total): \(after) more asks before it ended")
        }
    }

    /// Through a run: a raised interrupt ends a `within` query with `interrupted`; reset, it answers.
    @Test func aRaisedInterruptEndsAWithinQuery() throws {
        let interrupt = Interrupt()
        let q = try Environment(collections: [Self.table(groups: 500)], options: .init(interrupt: interrupt))
            .compile("big within k sort n desc rank as r")
        interrupt.request()
        #expect(throws: RuntimeError.self) { try q.run() }
        interrupt.reset()
        _ = try q.run()
    }
}
