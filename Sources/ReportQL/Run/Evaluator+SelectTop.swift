import ReportModel

// `[where …] select …, E as x, … sort x [desc] top k` in one pass: the top k of the computed number E, read
// block by block from the columns (Engine/ExpressionTopK.swift), then the select evaluated on those k rows
// only. The answer is the unfused one — values, scale, order, ties, missing last — and so are the errors:
// E is arithmetic that cannot overflow (its interval fits 64 bits) and every other item cannot fail on a
// row, so no row left out could have raised one. Rows are counted against the budget as the unfused steps
// count them.

extension Evaluator {
    /// The fused steps from `i` (a `where`, a `select` and its `sort … top`) and how many it took; nil when
    /// the steps are not of that form.
    func selectTop(_ steps: [Step], _ i: Int, _ frame: Frame, _ range: SourceRange) throws(RuntimeError) -> (Evaluated, Int)? {
        var j = i
        var predicate: TypedExpr? = nil
        if case .filter(let p) = steps[j] {
            predicate = p
            j += 1
        }
        guard j + 1 < steps.count, case .select(let items) = steps[j], case .sort(let keys, let limit?) = steps[j + 1],
              keys.count == 1, case .column(let c) = keys[0].expr.kind, c < items.count,
              let input = ExpressionInput(items[c].expr, frame), input.side.scale <= 18,
              items.indices.allSatisfy({ $0 == c || Self.cannotFail(items[$0].expr) }) else { return nil }
        try visit(frame.count, range)
        var condition: RowCondition? = nil
        if let predicate { condition = try self.condition(predicate, frame) }
        let top = input.top(scan(frame, condition), descending: keys[0].descending, k: limit)
        // A scan stopped early left a partial answer: the checkpoint ends the run instead.
        try checkpoint(range)
        // The rows the unfused select and sort would have read.
        if predicate != nil { try visit(top.kept, range) }
        try visit(top.kept, range)
        var f = frame
        f.selection = top.rows
        var columns: [Frame.Column] = []
        for (n, item) in items.enumerated() {
            let data: ColumnData
            if n == c, let computed = input.column(top.rows, zeros: top.zeros) {
                data = .number(computed)
            } else {
                data = try eval(item.expr, f).column(count: f.count, type: item.expr.type)
            }
            columns.append(Frame.Column(name: item.name, alias: nil, hidden: item.hidden, data: data))
        }
        return (.table(Frame(columns: columns, storageCount: f.count)), j + 2 - i)
    }
}
