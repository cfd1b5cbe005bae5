import ReportModel
import Synchronization
import Testing
@testable import ReportQL

/// A join whose keys match many rows each makes its output in the probe: the interrupt and the row budget are
/// asked at bounded intervals of output rows, not of probing rows (Ctrl-C once waited 2 s in
/// `sentences join sentences as o on section count` over 300 reports, and the row budget was never asked —
/// it was asked only when the output reached an exact multiple of 65,536). Counted, never timed.
@Suite struct JoinInterruptTests {
    /// `n` rows a side, every row with the one key: n² rows out.
    static func table(_ n: Int) -> Table {
        Table(name: "big", columns: [
            Column(name: "k", data: .text(TextColumn((0..<n).map { _ in "同" }))),
            Column(name: "v", data: .number(NumberColumn(values: (0..<n).map { Int64($0) }, scale: 0, unit: .plain))),
        ])
    }

    static let statement = "big join big as o on k count"

    /// The asks the join of `statement` makes over `n` rows a side (the join alone, not the count after it),
    /// the interrupt raised at ask `raiseAt` (0: never); the joined frame or the error.
    static func run(_ n: Int, raiseAt: Int = 0, budget: Int? = nil) throws -> (asks: Int, result: Result<Frame, RuntimeError>) {
        let interrupt = Interrupt()
        let table = table(n)
        let env = Environment(collections: [table], options: .init(rowBudget: budget, interrupt: interrupt))
        let query = try env.compile(statement)
        let step = try #require(query.plan.steps.lazy.compactMap { step -> JoinStep? in
            if case .join(let j) = step { return j }
            return nil
        }.first)
        let evaluator = Evaluator(ExecutionContext(environment: env, bindings: [:], parameters: [:], file: query.file))
        let asks = Atomic<Int>(0)
        evaluator.onCheck = {
            if asks.add(1, ordering: .relaxed).newValue == raiseAt { interrupt.request() }
        }
        do throws(RuntimeError) {
            let frame = try evaluator.join(Frame(table: table, hidden: { _ in false }), step)
            return (asks.load(ordering: .relaxed), .success(frame))
        } catch {
            return (asks.load(ordering: .relaxed), .failure(error))
        }
    }

    /// 1,500 rows a side (2.25 million out, 1,500 a probing row): the probe asks once per 65,536 rows out
    /// at least, and an ask answered yes ends the run with `interrupted` at once.
    @Test func theProbeAsksPerRowsOut() throws {
        let n = 1_500
        let whole = try Self.run(n)
        guard case .success(let frame) = whole.result else { Issue.record("\(whole.result)"); return }
        #expect(frame.count == n * n)
        #expect(whole.asks >= n * n / 0x10000, "asked \(whole.asks) times for \(n * n) rows out")
        for raiseAt in [2, whole.asks / 3, whole.asks / 2, whole.asks - 1] {
            let stopped = try Self.run(n, raiseAt: raiseAt)
            switch stopped.result {
            case .success: Issue.record("raised at ask \(raiseAt) of \(whole.asks): the join ran to the end")
            case .failure(let e): #expect(e.diagnostic.message == "interrupted")
            }
            #expect(stopped.asks == raiseAt, "raised at ask \(raiseAt): \(stopped.asks - raiseAt) more asks")
        }
    }

    /// The row budget counts the rows a join makes: 2.25 million rows out over a budget of one million is an
    /// error raised in the probe, before the joined frame is made (its steps, `JoinWork`, stay below the rows it
    /// would have made); within three million (the rows read and made) it answers.
    @Test func theRowBudgetCountsRowsOut() throws {
        let counter = JoinWork()
        let over = try JoinWork.$counter.withValue(counter) { try Self.run(1_500, budget: 1_000_000) }
        switch over.result {
        case .success: Issue.record("a join of 2.25 million rows ran within a budget of 1 million")
        case .failure(let e): #expect(e.diagnostic.message.contains("budget"), "\(e.diagnostic.message)")
        }
        #expect(counter.steps < 1_500 * 1_500, "the join went on to make its frame: \(counter.steps) steps")
        let within = try Self.run(1_500, budget: 3_000_000)
        if case .failure(let e) = within.result { Issue.record("\(e.diagnostic.message)") }
    }
}
