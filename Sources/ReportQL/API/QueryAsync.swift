extension Query {
    /// Runs the query from asynchronous code: `try await query.run(["sector": "工业"])`.
    ///
    /// The same run as the synchronous ``run(_:)`` — parameters checked against ``parameters``, the row budget
    /// and the deadline of ``Environment/Options`` — with the cancellation of the calling task checked in every
    /// phase: before the parameters are bound, at every step and every 65,536 rows while the query runs, and
    /// once more before the result is handed back. A cancelled run throws a ``RuntimeError`` with code
    /// ``ErrorCode/cancelled``; a run past its deadline, ``ErrorCode/deadline``.
    public func run(_ parameters: [String: Value] = [:]) async throws(RuntimeError) -> QueryResult {
        try checkCancellation("before it started")
        let bound = try bind(parameters)
        try checkCancellation("before it started")
        let context = ExecutionContext(environment: environment, bindings: [:], parameters: bound, file: file)
        let evaluator = Evaluator(context)
        let result = try evaluator.result(of: plan).0
        try checkCancellation("as it finished")
        try evaluator.checkpoint(SourceRange(0, file.bytes.count))
        return result
    }

    func checkCancellation(_ when: String) throws(RuntimeError) {
        if Task.isCancelled {
            throw RuntimeError(diagnostic: Diagnostic("the query was cancelled \(when)", at: SourceRange(0, file.bytes.count),
                                                      code: .cancelled), file: file)
        }
    }
}
