import ReportModel

/// A compiled statement: checked once, run many times with different parameters. `Sendable`: one query may
/// run from many tasks at once and gives each the same answer.
public struct Query: Sendable {
    let environment: Environment
    let plan: Plan
    /// The source the query was compiled from.
    public let file: SourceFile
    /// The `$name` parameters the query uses, in order of first use, each with its type and, when it is
    /// compared with a column of one unit, the unit a bare number given for it takes. A run needs a value for
    /// each, and no others (``run(_:)``).
    public let parameters: [QueryParameter]

    /// The type of the result: the columns of a table, or the type of a single value.
    public var resultColumns: [ResultColumn]? {
        if case .table(let cols) = plan.resultType {
            return cols.filter { !$0.hidden }.map { ResultColumn(name: $0.name, type: $0.type) }
        }
        return nil
    }

    /// Runs the query. `parameters` give the values of its `$name` parameters (``parameters``): each is
    /// checked against its type first — a bare number takes the parameter's unit, as a literal does; a value of
    /// the wrong type or dimension, a missing value and a name the query does not have are errors naming the
    /// parameter. Honours the cancellation of the current task, the environment's row budget and deadline: each
    /// ends the run with an error, never a hang.
    public func run(_ parameters: [String: Value] = [:]) throws(RuntimeError) -> QueryResult {
        let bound = try bind(parameters)
        let context = ExecutionContext(environment: environment, bindings: [:], parameters: bound, file: file)
        return try Evaluator(context).result(of: plan).0
    }
}
