import ReportModel

import ReportModel

/// `within KEYS sort ORDER FUNCTIONS`: the keys and the order checked like `by` keys and `sort` keys, each
/// function's argument and result type and unit worked out, and a new field per function.
extension Checker {
    mutating func checkWindow(_ window: Window, _ range: SourceRange, _ cols: [ShapeColumn],
                              tableName: String) -> (Step, [ShapeColumn]) {
        let keys = window.keys.map { checkExpr($0, cols, tableName: tableName) }
        for key in keys { checkSortKey(key, cols) }
        let order = window.order.map { (expr: checkExpr($0.expr, cols, tableName: tableName), descending: $0.descending) }
        for key in order { checkSortKey(key.expr, cols) }
        var out = cols
        var calls: [TWindowCall] = []
        for call in window.calls {
            let t = checkWindowCall(call, ordered: !order.isEmpty, cols, tableName: tableName)
            if out.contains(where: { $0.answers(to: t.name) }) {
                error("the table has a field '\(t.name)' already", call.range,
                      help: "name the new field with 'as', as in '\(call.function.rawValue)\(call.argument == nil ? "" : " …") as \(call.function == .prev ? "before" : "r")'")
            }
            calls.append(t)
            out.append(ShapeColumn(name: t.name, alias: nil, type: t.type, hidden: false, unit: t.unit))
        }
        return (.window(WindowStep(keys: keys, order: order, calls: calls, range: range)), out)
    }

    private mutating func checkWindowCall(_ call: WindowCall, ordered: Bool, _ cols: [ShapeColumn],
                                          tableName: String) -> TWindowCall {
        let name = call.alias?.text ?? sourceText(call.range).split(separator: " ", omittingEmptySubsequences: true)
            .joined(separator: " ")
        let spelling = call.function.rawValue
        if call.function.needsOrder, !ordered {
            error("'\(spelling)' needs an order: write 'sort' and the fields rows are ordered by before it", call.range,
                  help: "as in 'within year sort growth desc \(spelling)\(call.function.takesArgument ? " growth" : "")'")
        }
        guard let arg = call.argument else {
            return TWindowCall(function: call.function, argument: nil, name: name, type: .number(.ratio), unit: .plain,
                               range: call.range)
        }
        let te = checkExpr(arg, cols, tableName: tableName)
        switch call.function {
        case .runningSum, .share:
            switch te.type {
            case .number, .any: break
            default: error("'\(spelling)' needs numbers, but this is \(te.type)", arg.range)
            }
        default:
            break
        }
        if call.function == .share {
            return TWindowCall(function: .share, argument: te, name: name, type: .number(.ratio), unit: .percent,
                               range: call.range)
        }
        return TWindowCall(function: call.function, argument: te, name: name, type: te.type, unit: te.unit,
                           range: call.range)
    }
}
