import ReportModel

/// Random `join` and `within` statements over the generated `items` and `ledger` (the same columns), each
/// with its tree for `Differential/reference.py`.
extension StatementGenerator {
    /// `items [left] join ledger on KEYS select …every output column`, or an aggregate of the joined rows.
    mutating func joinStatement(left leftTable: String, right rightTable: String, columns: [String]) -> Statement {
        let choices: [[(String, String)]] = [[("cat", "cat")], [("kind", "kind")], [("cat", "cat"), ("kind", "kind")],
                                             [("qty", "qty")], [("id", "qty")], [("kind", "kind"), ("qty", "qty")],
                                             [("rate2", "rate2")], [("amt2", "amt2")]]
        let keys = pick(choices)
        let isLeft = rng.chance(2)
        // Output names: a right key column is left out; every other name is on both sides, so qualified.
        let rightKept = columns.filter { c in !keys.contains { $0.1 == c } }
        var names: [[String]] = []
        for c in columns {
            names.append(["l", c, rightKept.contains(c) ? "\(leftTable).\(c)" : c])
        }
        for c in rightKept { names.append(["r", c, "\(rightTable).\(c)"]) }
        var text = leftTable
        var steps: [[String: Any]] = []
        if rng.chance(2), let t = texts.first(where: { $0.name == "kind" }) {
            let v = pick(t.values)
            text += " where kind = \(v)"
            steps.append(["kind": "where", "cond": ["op": "cmp", "cmp": "=", "l": ["col": "kind"], "r": ["text": v]]])
        }
        text += (isLeft ? " left join " : " join ") + rightTable + " on "
            + keys.map { $0.0 == $0.1 ? $0.0 : "\($0.0) = \($0.1)" }.joined(separator: ", ")
        let out = names.map { $0[2] }
        steps.append(["kind": "join", "other": rightTable, "left": isLeft, "keys": keys.map { [$0.0, $0.1] }, "names": names])
        // Half the time an aggregate of the joined rows (computed through the join, Run/Join+Aggregates.swift):
        // the count, or sum, avg, min or max of a number column of either side.
        if rng.chance(2) {
            let numeric = names.filter { ["amt", "amt2", "qty", "rate", "rate2"].contains($0[1]) }.map { $0[2] }
            let fn = pick(["count", "sum", "avg", "min", "max"])
            if fn == "count" || numeric.isEmpty {
                text += " count"
                steps.append(["kind": "agg", "fn": "count", "arg": jsonNull])
            } else {
                let c = pick(numeric)
                text += " \(fn) \(c)"
                steps.append(["kind": "agg", "fn": fn, "arg": ["col": c]])
            }
            return Statement(text: text, json: ["query": text, "table": table, "steps": steps, "columns": [String]()])
        }
        text += " select " + out.joined(separator: ", ")
        steps.append(["kind": "select", "items": out.map { [$0, ["col": $0]] }])
        return Statement(text: text, json: ["query": text, "table": table, "steps": steps, "columns": out])
    }

    /// `TABLE within KEYS sort ORDER CALLS select …`.
    mutating func windowStatement(columns: [String]) -> Statement {
        var keys: [String] = []
        for k in ["cat", "kind"] where rng.chance(2) { keys.append(k) }
        var order: [[Any]] = [], orderText: [String] = []
        for _ in 0..<(1 + rng.below(2)) {
            let c = pick(["amt", "amt2", "qty", "rate", "rate2", "cat", "id"])
            let desc = rng.chance(2)
            order.append([["col": c], desc])
            orderText.append(c + (desc ? " desc" : ""))
        }
        var calls: [[Any]] = [], callText: [String] = []
        for k in 0..<(1 + rng.below(3)) {
            let fn = pick(["rank", "dense_rank", "row_number", "prev", "next", "running sum", "share"])
            var arg: Any = jsonNull
            var written = fn
            if fn == "prev" || fn == "next" {
                let c = pick(["amt", "qty", "cat", "rate"])
                arg = ["col": c]
                written += " " + c
            } else if fn == "running sum" || fn == "share" {
                let c = pick(["amt", "amt2", "qty", "rate", "rate2"])
                arg = ["col": c]
                written += " " + c
            }
            calls.append(["w\(k)", fn, arg])
            callText.append(written + " as w\(k)")
        }
        var text = table + " within "
        if !keys.isEmpty { text += keys.joined(separator: ", ") + " " }
        text += "sort " + orderText.joined(separator: ", ") + " " + callText.joined(separator: ", ")
        let out = columns + calls.map { $0[0] as? String ?? "" }
        text += " select " + out.joined(separator: ", ")
        let steps: [[String: Any]] = [
            ["kind": "window", "keys": keys.map { ["col": $0] }, "order": order, "calls": calls],
            ["kind": "select", "items": out.map { [$0, ["col": $0]] }],
        ]
        return Statement(text: text, json: ["query": text, "table": table, "steps": steps, "columns": out])
    }
}
