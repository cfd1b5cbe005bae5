/// Prints a syntax tree back to canonical source: English keywords in lower case, single spaces, the fewest
/// parentheses the precedence allows, words bare unless they need backticks, text in `'…'`, numbers with
/// their units (`100亿元`). Parsing the printed form gives the same tree, ranges aside.
public enum Printer {
    /// `let x = projects where status = 在建`
    public static func print(_ statement: Statement) -> String {
        switch statement.kind {
        case .letBinding(let name, let value): "let \(print(name)) = \(print(value))"
        case .source(let pipeline): "source \(print(pipeline))"
        case .check: "check"
        case .pipeline(let pipeline): print(pipeline)
        }
    }

    /// `projects by sector sum invest2024 as plan sort plan desc chart`
    public static func print(_ pipeline: Pipeline) -> String {
        var out = print(pipeline.head)
        for clause in pipeline.clauses {
            out += " " + print(clause)
        }
        if pipeline.chart { out += " chart" }
        if pipeline.chart, let word = pipeline.chartStyle.words.first { out += " " + word }
        return out
    }

    /// `where x = 1`, `by sector sum total`, `sort plan desc`, …
    public static func print(_ clause: Clause) -> String {
        switch clause.kind {
        case .filter(let condition):
            return "where \(print(condition))"
        case .group(let keys, let aggregates):
            var out = "by " + keys.map(print).joined(separator: ", ")
            if !aggregates.isEmpty { out += " " + aggregates.map(print).joined(separator: ", ") }
            return out
        case .aggregate(let aggregates):
            return aggregates.map(print).joined(separator: ", ")
        case .sort(let keys):
            return "sort " + keys.map { print($0.expr) + ($0.descending ? " desc" : "") }.joined(separator: ", ")
        case .top(let count):
            return "top \(print(count))"
        case .limit(let count, let offset):
            return "limit \(print(count))" + (offset.map { " offset \(print($0))" } ?? "")
        case .select(let columns):
            return "select " + columns.map(print).joined(separator: ", ")
        case .join(let join):
            return print(join)
        case .window(let window):
            return print(window)
        case .pivot(let field, let aggregate):
            return "pivot \(print(field)) \(print(aggregate))"
        }
    }

    /// `sum invest2024 as plan`, `count distinct sector`, `count`
    public static func print(_ aggregate: Aggregate) -> String {
        var out = aggregate.function.rawValue
        if aggregate.distinct { out += " distinct" }
        if let argument = aggregate.argument { out += " " + print(argument) }
        if let alias = aggregate.alias { out += " as " + print(alias) }
        return out
    }

    /// An expression, with parentheses only where precedence needs them.
    public static func print(_ expr: Expr) -> String {
        print(expr, Neighbors())
    }

    // MARK: Private API

    private static func print(_ projection: Projection) -> String {
        print(projection.expr) + (projection.alias.map { " as " + print($0) } ?? "")
    }

    /// A name bare if it lexes back as the same word, otherwise in backticks.
    static func print(_ name: Name) -> String {
        word(name.text)
    }

    private static func word(_ text: String) -> String {
        Lexer.isBareWord(text) ? text : "`\(text)`"
    }

    /// What is printed on either side of an expression, which decides whether it needs parentheses.
    private struct Neighbors {
        /// How tightly the expression must bind so the operator on its left does not take its first operand.
        var left: Precedence = .none
        /// The operator printed just after the expression, which its last operand must not take.
        var right: Precedence = .none
    }

    /// How an expression's operator sits: between operands, before one, after one, or none.
    private enum Fixity {
        case infix, prefix, postfix, primary
    }

    /// `expr`, in parentheses if the operators around it would otherwise take its operands.
    ///
    /// An infix operator keeps its operands from a looser neighbour on either side. A prefix operator
    /// (`not`, `-`) takes everything after it that binds at least as tightly, so only its right neighbour
    /// matters; a postfix one (`in 万元`, `is missing`, `in (…)`) takes everything before it that binds
    /// at least as tightly, so only its left neighbour matters. Comparisons never chain.
    private static func print(_ expr: Expr, _ neighbors: Neighbors) -> String {
        let (level, fixity) = precedence(of: expr)
        let chains = level == .comparison && neighbors.right == .comparison
        let parenthesized = switch fixity {
        case .infix: level < neighbors.left || neighbors.right > level || chains
        case .prefix: neighbors.right >= level
        case .postfix: level < neighbors.left || chains
        case .primary: false
        }
        let outer = parenthesized ? Neighbors() : neighbors
        let text = printUnparenthesized(expr, outer)
        return parenthesized ? "(\(text))" : text
    }

    private static func printUnparenthesized(_ expr: Expr, _ outer: Neighbors) -> String {
        switch expr.kind {
        case .number(let value, let unit):
            return "\(value)\(unit)"
        case .text(let text):
            return textLiteral(text)
        case .word(let text):
            return word(text)
        case .bool(let value):
            return value ? "true" : "false"
        case .missing:
            return "missing"
        case .parameter(let name):
            return "$\(name)"
        case .negate(let operand):
            let text = print(operand, Neighbors(left: .unary, right: outer.right))
            return text.hasPrefix("-") ? "- \(text)" : "-\(text)"
        case .not(let operand):
            return "not \(print(operand, Neighbors(left: .not, right: outer.right)))"
        case .binary(let op, let left, let right):
            let level = precedence(of: op)
            let leftText = print(left, Neighbors(left: outer.left, right: level))
            let rightText = print(right, Neighbors(left: level.tighter, right: outer.right))
            return "\(leftText) \(op.rawValue) \(rightText)"
        case .inList(let value, let items, let negated):
            let list = items.map { print($0) }.joined(separator: ", ")
            let valueText = print(value, Neighbors(left: outer.left, right: .comparison))
            return "\(valueText) \(negated ? "not in" : "in") (\(list))"
        case .convert(let value, let unit):
            let unitText = unit.text == "%" || unit.text == "‰" ? unit.text : word(unit.text)
            return "\(print(value, Neighbors(left: outer.left, right: .conversion))) in \(unitText)"
        case .isMissing(let value, let negated):
            let valueText = print(value, Neighbors(left: outer.left, right: .comparison))
            return "\(valueText) is \(negated ? "not missing" : "missing")"
        case .call(let name, let arguments):
            let callee = AggregateFunction(rawValue: name.text) != nil ? name.text : word(name.text)
            return "\(callee)(\(arguments.map { print($0) }.joined(separator: ", ")))"
        case .subquery(let pipeline):
            return "(\(print(pipeline)))"
        }
    }

    private static func precedence(of expr: Expr) -> (Precedence, Fixity) {
        switch expr.kind {
        case .binary(let op, _, _): (precedence(of: op), .infix)
        case .not: (.not, .prefix)
        case .negate: (.unary, .prefix)
        case .number(let value, _) where value.isNegative: (.unary, .prefix)
        case .inList, .isMissing: (.comparison, .postfix)
        case .convert: (.conversion, .postfix)
        default: (.primary, .primary)
        }
    }

    private static func precedence(of op: BinaryOperator) -> Precedence {
        switch op {
        case .or: .or
        case .and: .and
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .contains, .like, .matches: .comparison
        case .add, .subtract: .term
        case .multiply, .divide: .factor
        }
    }

    /// `text` as a ReportQL text literal: `'…'` with `\\`, `\'`, `\n`, `\t` escaped. The one quoting of
    /// ReportQL text: the printer and completion both write literals with it.
    static func textLiteral(_ text: String) -> String {
        var out = "'"
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "'"
    }
}
