/// Display hints a statement carries for its front end (`chart` at the end of a query).
public struct Presentation: Sendable, Hashable {
    /// Draw a grouped numeric result as a bar chart.
    public var chart = false
    /// The result is a pivot: its columns after the row keys are the points of a series (years, …), drawn
    /// as a line per row rather than as bars.
    public var series = false
    /// The word after `chart`: bars, lines or sparklines; ``ChartStyle/automatic`` lets `series` decide.
    public var style: ChartStyle = .automatic
    /// Hints for a result; `chart` draws it as bars, or as lines when `series`, unless `style` names one.
    public init(chart: Bool = false, series: Bool = false, style: ChartStyle = .automatic) {
        self.chart = chart
        self.series = series
        self.style = style
    }
}

/// What happened to one statement of a script.
public enum StatementOutcome: Sendable {
    /// It ran; `range` is the statement's source range.
    case success(QueryResult, Presentation, range: SourceRange)
    /// It failed its parse or check; nothing ran (exit status 3 in `rql`).
    case checkFailed(CompileErrors)
    /// It failed while running (exit status 1 in `rql`).
    case runFailed(RuntimeError)
}

/// A script or REPL session: statements run one after another, and `let` names bound by one are seen by
/// the next. Not thread-safe: one session per REPL or script. (A compiled ``Query`` is the thread-safe unit.)
public final class Session {
    /// The reports, collections and functions the session's statements are compiled against.
    public let environment: Environment
    /// Names bound by `let`, with their values.
    var bindings: [String: Binding] = [:]
    /// Names in the order they were bound, for completion and `.collections`.
    public private(set) var boundNames: [String] = []
    /// Values of the `$name` parameters the session's statements see (`rql --param`, `.param set`).
    public var parameters: [String: Value] = [:]

    /// A session over `environment`, with no names bound yet.
    public init(environment: Environment) {
        self.environment = environment
    }

    /// Parses, checks and runs every statement of `file` in order, reporting each outcome as it happens.
    /// With `checkOnly`, statements are parsed and checked but not run (a `let` is still bound to its type).
    /// Stops after the first failing statement unless `keepGoing`. Returns false if any statement failed.
    @discardableResult
    public func run(_ file: SourceFile, checkOnly: Bool = false, keepGoing: Bool = false,
                    onOutcome: (StatementOutcome) -> Void) -> Bool {
        let (statements, parseErrors) = Parser.parseScript(file)
        var ok = true
        var errorIndex = 0
        for statement in statements {
            // Report parse errors that come before this statement.
            while errorIndex < parseErrors.count, parseErrors[errorIndex].range.start < statement.range.start {
                onOutcome(.checkFailed(CompileErrors([parseErrors[errorIndex]], in: file)))
                errorIndex += 1
                ok = false
                if !keepGoing { return false }
            }
            let outcome = execute(statement, in: file, checkOnly: checkOnly)
            onOutcome(outcome)
            if case .success = outcome { continue }
            ok = false
            if !keepGoing { return false }
        }
        while errorIndex < parseErrors.count {
            onOutcome(.checkFailed(CompileErrors([parseErrors[errorIndex]], in: file)))
            errorIndex += 1
            ok = false
            if !keepGoing { return false }
        }
        return ok
    }

    /// Runs one parsed statement.
    func execute(_ statement: Statement, in file: SourceFile, checkOnly: Bool) -> StatementOutcome {
        var checker = Checker(environment: environment, bindings: bindings, file: file)
        let plan: Plan
        do {
            plan = try checker.check(statement)
        } catch {
            return .checkFailed(error)
        }
        if checkOnly {
            if case .letBinding(let name) = plan.statement {
                bind(name, Binding(type: plan.resultType, value: nil))
                return .success(.bound(name), plan.presentation, range: statement.range)
            }
            return .success(.bound(""), plan.presentation, range: statement.range)
        }
        do {
            let context = ExecutionContext(environment: environment, bindings: bindings, parameters: parameters, file: file)
            let (result, datum) = try Evaluator(context).result(of: plan)
            if case .letBinding(let name) = plan.statement {
                bind(name, Binding(type: plan.resultType, value: datum))
                return .success(.bound(name), plan.presentation, range: statement.range)
            }
            return .success(result, plan.presentation, range: statement.range)
        } catch {
            return .runFailed(error)
        }
    }

    func bind(_ name: String, _ binding: Binding) {
        if bindings[name] == nil { boundNames.append(name) }
        bindings[name] = binding
    }
}

extension Session {
    /// The columns of the table bound to `name` by `let`; nil when the name is not bound or holds a single value.
    public func boundColumns(_ name: String) -> [ResultColumn]? {
        guard let binding = bindings[name], case .table(let columns) = binding.type else { return nil }
        return columns.filter { !$0.hidden }.map { ResultColumn(name: $0.name, type: $0.type) }
    }
}
