
import ReportModel

/// Random ReportQL statements over one collection, each with the same statement as a tree for the
/// reference evaluator (`Differential/reference.py`). Literals are taken from the data often, so equality,
/// ties and boundaries are exercised; every statement is one the checker accepts.
struct StatementGenerator {
    struct Field {
        var name: String
        var unit: Unit?
        var dimension: Dimension?
        var samples: [Quantity]
    }

    struct Expression {
        var text: String
        var json: [String: Any]
        var unit: Unit?
        var dimension: Dimension?
    }

    struct Statement {
        var text: String
        var json: [String: Any]
    }

    var rng: DiffRandom
    let table: String
    var numbers: [Field] = []
    var texts: [(name: String, values: [String])] = []

    init(table t: Table, seed: UInt64) {
        rng = DiffRandom(seed: seed)
        table = t.name
        for c in t.columns where c.name != "section" && c.name != "name" {
            switch c.data {
            case .number(let n):
                let samples = (0..<n.count).compactMap { n.quantity(at: $0) }
                numbers.append(Field(name: c.name, unit: n.units.count == 1 ? n.units[0] : nil, dimension: n.dimension,
                                     samples: samples))
            case .text(let x):
                if !x.dictionary.isEmpty, x.dictionary.count <= 64 { texts.append((c.name, x.dictionary)) }
            case .bool:
                break
            }
        }
    }

    mutating func pick<T>(_ a: [T]) -> T { a[rng.below(a.count)] }

    static func unitJSON(_ u: Unit) -> [Any] {
        [u.symbol, Int(u.numerator), Int(u.denominator), u.dimension.id]
    }

    // MARK: Expressions

    func column(_ f: Field) -> Expression {
        Expression(text: f.name, json: ["col": f.name], unit: f.unit, dimension: f.dimension)
    }

    /// A number expression without division: a field, a field times a constant, a sum or difference.
    mutating func numeric() -> Expression {
        let f = pick(numbers)
        switch rng.below(10) {
        case 5, 6:
            let k = pick(["2", "3", "1.5", "0.5", "10", "0.01", "1000000000000000", "0.0000000000001"])
            let e = column(f)
            return Expression(text: "\(e.text) * \(k)", json: ["arith": "*", "l": e.json, "r": ["num": k, "unit": jsonNull]],
                              unit: f.unit, dimension: f.dimension)
        case 7, 8:
            let partners = numbers.filter { $0.dimension != nil && $0.dimension == f.dimension }
            guard !partners.isEmpty, f.dimension != nil else { return column(f) }
            let g = pick(partners)
            let op = pick(["+", "-"])
            var unit: Unit?
            var dimension = f.dimension
            if let a = f.unit, let b = g.unit {
                if op == "-", a == .percent, b == .percent {
                    unit = .points
                    dimension = .points
                } else {
                    unit = a == b ? a : Self.commonUnit(a, b)
                }
            } else if op == "-", f.dimension == .ratio {
                // % − % is 百分点 only when both are known to be percentages.
                return column(f)
            }
            return Expression(text: "\(f.name) \(op) \(g.name)", json: ["arith": op, "l": ["col": f.name], "r": ["col": g.name]],
                              unit: unit, dimension: dimension)
        default:
            return column(f)
        }
    }

    static func commonUnit(_ a: Unit, _ b: Unit) -> Unit {
        let (big, small) = a.numerator * b.denominator >= b.numerator * a.denominator ? (a, b) : (b, a)
        return small.convertsExactly(to: big) ? big : small
    }

    /// A number literal to compare `e` with: often a value of the data, with or without its unit.
    mutating func literal(for e: Expression) -> Expression {
        var value: ExactDecimal
        var unit: Unit? = e.unit
        if case .column(let name) = columnName(e), let f = numbers.first(where: { $0.name == name }), !f.samples.isEmpty,
           rng.below(3) > 0 {
            let q = pick(f.samples)
            value = q.value
            unit = q.unit
        } else {
            value = ExactDecimal(parsing: pick(["0", "1", "5", "12.5", "100", "250", "-3", "30", "2", "0.5", "98765432109876543210.5",
                                                 "0.0000000001"])) ?? .zero
        }
        var written: Unit?
        if let u = e.unit, unit == u {
            // The expression's own unit: written or left for the number to take.
            written = u.isPlain || rng.chance(2) ? nil : u
        } else if let u = unit, u.dimension == e.dimension {
            written = u.isPlain ? nil : u
        } else {
            switch e.dimension {
            case Dimension.money?: written = pick([Unit.yiYuan, .wanYuan])
            case Dimension.points?: written = .points
            case Dimension.ratio?: written = e.unit == nil ? .percent : nil
            default: written = e.unit.flatMap { $0.isPlain ? nil : $0 }
            }
        }
        let text = "\(value)\(written?.symbol ?? "")"
        let json: [String: Any] = ["num": value.description, "unit": written.map { Self.unitJSON($0) } ?? jsonNull]
        return Expression(text: value.isNegative ? "(\(text))" : text, json: json, unit: written, dimension: e.dimension)
    }

    enum Name { case column(String), other }
    func columnName(_ e: Expression) -> Name {
        if let c = e.json["col"] as? String { return .column(c) }
        return .other
    }

    // MARK: Conditions

    mutating func condition(_ depth: Int = 0) -> (String, [String: Any]) {
        let r = rng.below(12)
        if depth < 2, r < 3 {
            let (a, aj) = condition(depth + 1), (b, bj) = condition(depth + 1)
            if r == 2 { return ("not (\(a))", ["op": "not", "a": aj]) }
            let op = r == 0 ? "and" : "or"
            return ("(\(a)) \(op) (\(b))", ["op": op, "a": aj, "b": bj])
        }
        if r < 6, !texts.isEmpty {
            let f = pick(texts)
            switch rng.below(5) {
            case 0, 1:
                let v = pick(f.values), op = pick(["=", "!="])
                return ("\(f.name) \(op) '\(v)'", ["op": "cmp", "cmp": op, "l": ["col": f.name], "r": ["text": v]])
            case 2, 3:
                let vs = (0..<(1 + rng.below(3))).map { _ in pick(f.values) }
                let neg = rng.chance(2)
                return ("\(f.name) \(neg ? "not in" : "in") (\(vs.map { "'\($0)'" }.joined(separator: ", ")))",
                        ["op": "in", "x": ["col": f.name], "items": vs.map { ["text": $0] }, "neg": neg])
            default:
                let neg = rng.chance(2)
                return ("\(f.name) is \(neg ? "not " : "")missing", ["op": "missing", "x": ["col": f.name], "neg": neg])
            }
        }
        if r == 6 {
            let f = pick(numbers)
            let neg = rng.chance(2)
            return ("\(f.name) is \(neg ? "not " : "")missing", ["op": "missing", "x": ["col": f.name], "neg": neg])
        }
        if r == 7 {
            let f = pick(numbers)
            let e = column(f)
            let items = (0..<(1 + rng.below(3))).map { _ in literal(for: e) }
            let neg = rng.chance(3)
            return ("\(f.name) \(neg ? "not in" : "in") (\(items.map(\.text).joined(separator: ", ")))",
                    ["op": "in", "x": e.json, "items": items.map(\.json), "neg": neg])
        }
        let e = numeric()
        let l = literal(for: e)
        let op = pick(["=", "!=", "<", "<=", ">", ">="])
        if rng.chance(4) {
            return ("\(l.text) \(op) \(e.text)", ["op": "cmp", "cmp": op, "l": l.json, "r": e.json])
        }
        return ("\(e.text) \(op) \(l.text)", ["op": "cmp", "cmp": op, "l": e.json, "r": l.json])
    }

    // MARK: Statements

    mutating func statement() -> Statement {
        var text = table
        var steps: [[String: Any]] = []
        var columns: [String] = []
        if rng.below(3) > 0 {
            let (c, cj) = condition()
            text += " where \(c)"
            steps.append(["kind": "where", "cond": cj])
        }
        func sortKeys(_ g: inout StatementGenerator) -> (String, [[Any]]) {
            var parts: [String] = [], keys: [[Any]] = []
            for _ in 0..<(1 + g.rng.below(2)) {
                let desc = g.rng.chance(2)
                if !g.texts.isEmpty, g.rng.chance(3) {
                    let f = g.pick(g.texts)
                    parts.append(f.name + (desc ? " desc" : ""))
                    keys.append([["col": f.name], desc])
                } else {
                    let e = g.numeric()
                    parts.append(e.text + (desc ? " desc" : ""))
                    keys.append([e.json, desc])
                }
            }
            return (parts.joined(separator: ", "), keys)
        }
        func slice(_ g: inout StatementGenerator, _ text: inout String, _ steps: inout [[String: Any]]) {
            switch g.rng.below(3) {
            case 0:
                let n = g.rng.below(8)
                text += " top \(n)"
                steps.append(["kind": "limit", "count": n, "offset": 0])
            case 1:
                let n = g.rng.below(8), m = g.rng.below(6)
                text += " limit \(n)" + (m > 0 ? " offset \(m)" : "")
                steps.append(["kind": "limit", "count": n, "offset": m])
            default:
                break
            }
        }
        func aggregate(_ g: inout StatementGenerator) -> (String, String, Any, Expression) {
            let fn = g.pick(["count", "sum", "avg", "min", "max", "median", "distinct", "count", "sum"])
            if fn == "count" {
                return ("count", "count", jsonNull, Expression(text: "", json: [:], unit: .plain, dimension: .ratio))
            }
            if fn == "distinct" {
                // Missing values are skipped; 1亿元 and 10000万元 are one value.
                let shape = Expression(text: "", json: [:], unit: .plain, dimension: .ratio)
                if !g.texts.isEmpty, g.rng.chance(3) {
                    let f = g.pick(g.texts)
                    return ("count distinct \(f.name)", "countd", ["col": f.name], shape)
                }
                let e = g.numeric()
                return ("count distinct \(e.text)", "countd", e.json, shape)
            }
            let e = g.numeric()
            let unit: Unit? = fn == "count" ? .plain : e.unit
            let dim: Dimension? = fn == "count" ? .ratio : e.dimension
            return ("\(fn) \(e.text)", fn, e.json, Expression(text: "", json: [:], unit: unit, dimension: dim))
        }
        switch rng.below(5) {
        case 0:
            // Sorts (successive ones compose), a slice, the rows.
            for _ in 0..<(1 + rng.below(2)) where rng.below(4) > 0 {
                let (s, keys) = sortKeys(&self)
                text += " sort \(s)"
                steps.append(["kind": "sort", "keys": keys])
            }
            slice(&self, &text, &steps)
            var items: [[Any]] = []
            for t in texts.prefix(2) { items.append([t.name, ["col": t.name]]) }
            for f in numbers.prefix(4) { items.append([f.name, ["col": f.name]]) }
            text += " select " + items.map { $0[0] as? String ?? "" }.joined(separator: ", ")
            steps.append(["kind": "select", "items": items])
            columns = items.map { $0[0] as? String ?? "" }
        case 1:
            let (a, fn, arg, _) = aggregate(&self)
            text += " \(a)"
            steps.append(["kind": "agg", "fn": fn, "arg": arg])
        case 2:
            // One or two keys, text or number (numbers group across units: 1亿元 with 10000万元).
            var candidates = texts.map(\.name) + numbers.map(\.name)
            var keys: [String] = []
            for _ in 0..<(1 + rng.below(2)) where !candidates.isEmpty {
                let preferText = !texts.isEmpty && rng.below(3) > 0
                let pool = preferText ? candidates.filter { n in texts.contains { $0.name == n } } : candidates
                let k = pick(pool.isEmpty ? candidates : pool)
                keys.append(k)
                candidates.removeAll { $0 == k }
            }
            var parts: [String] = [], aggs: [[Any]] = [], shapes: [Expression] = []
            for k in 0..<(1 + rng.below(3)) {
                let (a, fn, arg, shape) = aggregate(&self)
                parts.append("\(a) as a\(k)")
                aggs.append(["a\(k)", fn, arg])
                shapes.append(shape)
            }
            text += " by \(keys.joined(separator: ", ")) " + parts.joined(separator: ", ")
            steps.append(["kind": "by", "keys": keys, "aggs": aggs])
            columns = keys + aggs.map { $0[0] as? String ?? "" }
            if rng.chance(3) {
                let k = rng.below(shapes.count)
                let e = Expression(text: "a\(k)", json: ["col": "a\(k)"], unit: shapes[k].unit, dimension: shapes[k].dimension)
                let l = literal(for: e), op = pick([">", "<", ">=", "="])
                text += " where a\(k) \(op) \(l.text)"
                steps.append(["kind": "where", "cond": ["op": "cmp", "cmp": op, "l": e.json, "r": l.json]])
            }
            if rng.chance(2) {
                let k = rng.below(shapes.count), desc = rng.chance(2)
                text += " sort a\(k)" + (desc ? " desc" : "")
                steps.append(["kind": "sort", "keys": [[["col": "a\(k)"], desc]]])
            }
            slice(&self, &text, &steps)
        case 3:
            // Computed values, quotients among them.
            var items: [[Any]] = [], parts: [String] = []
            for k in 0..<(1 + rng.below(3)) {
                let e = numeric()
                parts.append("\(e.text) as x\(k)")
                items.append(["x\(k)", e.json])
            }
            let f = pick(numbers)
            if rng.chance(2), let g = numbers.first(where: { $0.dimension == f.dimension && $0.dimension != nil && $0.name != f.name }) {
                parts.append("\(f.name) / \(g.name) as q")
                items.append(["q", ["arith": "/", "l": ["col": f.name], "r": ["col": g.name]]])
            } else {
                let k = pick(["3", "7", "0.3", "2", "6", "0.0000007", "30000000000000000000"])
                parts.append("\(f.name) / \(k) as q")
                items.append(["q", ["arith": "/", "l": ["col": f.name], "r": ["num": k, "unit": jsonNull]]])
            }
            text += " select " + parts.joined(separator: ", ")
            steps.append(["kind": "select", "items": items])
            if rng.chance(2) {
                let desc = rng.chance(2)
                text += " sort x0" + (desc ? " desc" : "")
                steps.append(["kind": "sort", "keys": [[["col": "x0"], desc]]])
            }
            slice(&self, &text, &steps)
            columns = items.map { $0[0] as? String ?? "" }
        default:
            var parts: [String] = [], aggs: [[Any]] = []
            for k in 0..<(2 + rng.below(2)) {
                let (a, fn, arg, _) = aggregate(&self)
                parts.append("\(a) as a\(k)")
                aggs.append(["a\(k)", fn, arg])
            }
            text += " " + parts.joined(separator: ", ")
            steps.append(["kind": "aggs", "aggs": aggs])
            columns = aggs.map { $0[0] as? String ?? "" }
        }
        return Statement(text: text, json: ["query": text, "table": table, "steps": steps, "columns": columns])
    }
}
