struct Binding: Sendable {
    var type: ResultType
    var value: EvalResult?
}

enum ResultType: Sendable {
    case scalar(ValueType)
    case table([ResultColumn])
    case none
}

struct EvalResult: Sendable {
    var queryResult: QueryResult
}

struct ExecutionContext {
    let environment: Environment
    let bindings: [String: Binding]
    let parameters: [String: Value]
    let file: SourceFile
}

struct Plan: Sendable {
    var resultType: ResultType
    var presentation: Presentation
    func run(_ context: ExecutionContext) throws(RuntimeError) -> EvalResult {
        EvalResult(queryResult: .bound(""))
    }
    func boundValue(_ r: EvalResult) -> EvalResult? { r }
}

struct Checker {
    let environment: Environment
    let bindings: [String: Binding]
    let file: SourceFile
    mutating func check(_ statement: Statement) throws(CompileErrors) -> Plan {
        throw CompileErrors([Diagnostic("not implemented", at: statement.range)], in: file)
    }
}
