import ReportModel

// Expressions: names, operators, function calls and their types and units.

extension Checker {

    func placeholder(_ range: SourceRange) -> TypedExpr { TypedExpr(.constant(.missing), .any, range) }

    /// Whether `e` is a bare word that answers to no column or binding (so it may be text).
    func isFreeWord(_ e: Expr, _ cols: [ShapeColumn]?) -> Bool {
        guard case .word(let w) = e.kind else { return false }
        if cols?.contains(where: { $0.answers(to: w) }) ?? false { return false }
        if let b = bindings[w], case .scalar = b.type { return false }
        return true
    }

    mutating func checkExpr(_ e: Expr, _ cols: [ShapeColumn]?, tableName: String, textOK: Bool = false) -> TypedExpr {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            if depth == Self.maxDepth + 1 { error("expression nested too deeply (limit \(Self.maxDepth))", e.range) }
            return placeholder(e.range)
        }
        switch e.kind {
        case .number(let v, let unitText):
            guard let unit = Unit.named(unitText) else {
                error("unknown unit '\(unitText)'", e.range)
                return placeholder(e.range)
            }
            return TypedExpr(.constant(.number(Quantity(v, unit))), .number(unit.dimension), e.range, unit: unit)
        case .text(let s):
            return TypedExpr(.constant(.text(s)), .text, e.range)
        case .bool(let b):
            return TypedExpr(.constant(.bool(b)), .bool, e.range)
        case .missing:
            return TypedExpr(.constant(.missing), .any, e.range)
        case .word(let w):
            return resolveWord(w, e.range, cols, tableName: tableName, textOK: textOK)
        case .parameter(let name):
            if !parameterUses.contains(where: { $0.name == name }) {
                parameterUses.append(QueryParameter(name: name, type: parameterTypes[name] ?? .any))
            }
            return TypedExpr(.parameter(name), parameterTypes[name] ?? .any, e.range)
        case .negate(let x):
            let tx = checkExpr(x, cols, tableName: tableName)
            switch tx.type {
            case .number, .any: break
            default: error("'-' needs a number, but this is \(tx.type)", x.range)
            }
            return TypedExpr(.negate(tx), tx.type, e.range, unit: tx.unit)
        case .not(let x):
            let tx = checkExpr(x, cols, tableName: tableName)
            requireBool(tx, "'not'")
            return TypedExpr(.not(tx), .bool, e.range)
        case .binary(let op, let l, let r):
            return checkBinary(op, l, r, e.range, cols, tableName: tableName)
        case .inList(let x, let items, let negated):
            return checkInList(x, items, negated: negated, e.range, cols, tableName: tableName)
        case .convert(let x, let unitName):
            return checkConvert(x, unitName, e.range, cols, tableName: tableName)
        case .isMissing(let x, let negated):
            let tx = checkExpr(x, cols, tableName: tableName)
            return TypedExpr(.isMissing(tx, negated: negated), .bool, e.range)
        case .call(let name, let args):
            return checkCall(name, args, e.range, cols, tableName: tableName)
        case .subquery(let p):
            return checkSubquery(p, e.range, cols, tableName: tableName, textOK: textOK)
        }
    }

    /// `x in (a, b, …)`: each item comparable with `x` (a free word on the left may be text, when the items
    /// are fields), in `x`'s unit, and a known value of its field.
    private mutating func checkInList(_ x: Expr, _ items: [Expr], negated: Bool, _ range: SourceRange,
                                      _ cols: [ShapeColumn]?, tableName: String) -> TypedExpr {
        let freeLeft = isFreeWord(x, cols) && !items.allSatisfy { isFreeWord($0, cols) }
        let tx = checkExpr(x, cols, tableName: tableName, textOK: freeLeft)
        var titems: [TypedExpr] = []
        for item in items {
            let ti = adoptUnit(checkExpr(item, cols, tableName: tableName, textOK: true), from: tx, cols)
            checkComparable(tx, ti, "compare", range)
            checkKnownValue(tx, ti, cols)
            titems.append(ti)
        }
        return TypedExpr(.inList(tx, titems, negated: negated), .bool, range)
    }

    /// `x in UNIT`: a known unit, of `x`'s dimension, and `x` a number.
    private mutating func checkConvert(_ x: Expr, _ unitName: Name, _ range: SourceRange, _ cols: [ShapeColumn]?,
                                       tableName: String) -> TypedExpr {
        let tx = checkExpr(x, cols, tableName: tableName)
        guard let unit = Unit.named(unitName.text) else {
            error("unknown unit '\(unitName.text)'", unitName.range)
            return placeholder(range)
        }
        switch tx.type {
        case .number(let d?) where d != unit.dimension:
            error("cannot convert \(d) to \(unitName.text) (\(unit.dimension))", range)
        case .number, .any: break
        default: error("'in \(unitName.text)' converts numbers, but this is \(tx.type)", x.range)
        }
        return TypedExpr(.convert(tx, unit), .number(unit.dimension), range, unit: unit)
    }

    /// A query in brackets inside an expression: a bare operand is that operand; otherwise the query must
    /// give one value.
    private mutating func checkSubquery(_ p: Pipeline, _ range: SourceRange, _ cols: [ShapeColumn]?,
                                        tableName: String, textOK: Bool) -> TypedExpr {
        if p.clauses.isEmpty && !isTableHead(p.head) {
            return checkExpr(p.head, cols, tableName: tableName, textOK: textOK)
        }
        let plan = checkPipeline(p, statement: .query)
        switch plan.resultType {
        case .scalar(let t):
            return TypedExpr(.subquery(plan), t, range)
        default:
            error("a query inside an expression must give one value; end it with an aggregate such as 'sum total'",
                  range)
            return placeholder(range)
        }
    }

    mutating func resolveWord(_ w: String, _ range: SourceRange, _ cols: [ShapeColumn]?, tableName: String,
                              textOK: Bool) -> TypedExpr {
        if let cols, let i = cols.firstIndex(where: { $0.answers(to: w) }) {
            return TypedExpr(.column(i), cols[i].type, range, unit: cols[i].unit)
        }
        if let b = bindings[w], case .scalar(let t) = b.type {
            return TypedExpr(.binding(w), t, range)
        }
        // After a join, a name both sides had is qualified on both: a bare one is neither.
        let suffix = "." + w.lowercased(), aliasSuffix = "." + w
        let qualified = cols?.filter { $0.name.lowercased().hasSuffix(suffix) || $0.alias?.hasSuffix(aliasSuffix) == true } ?? []
        if qualified.count > 1 {
            error("'\(w)' is a field of both sides of the join", range,
                  help: "write \(qualified.map { "'\($0.name)'" }.joined(separator: " or "))")
            return placeholder(range)
        }
        if textOK {
            return TypedExpr(.constant(.text(w)), .text, range)
        }
        if let cols {
            let names = cols.flatMap { [$0.name] + ($0.alias.map { [$0] } ?? []) }
            let help = didYouMean(for: w, among: names)
                ?? "the fields are: \(cols.filter { !$0.hidden }.map(\.name).joined(separator: ", "))"
            error("unknown field '\(w)'\(tableName.isEmpty ? "" : " in \(tableName)")", range, help: help)
        } else {
            let names = bindings.keys.sorted() + collectionNames
            let help = didYouMean(for: w, among: names)
                ?? "write text in quotes: '\(w)'"
            error("unknown name '\(w)'", range, help: help)
        }
        return placeholder(range)
    }

    mutating func checkBinary(_ op: BinaryOperator, _ l: Expr, _ r: Expr, _ range: SourceRange,
                              _ cols: [ShapeColumn]?, tableName: String) -> TypedExpr {
        switch op {
        case .and, .or:
            let tl = checkExpr(l, cols, tableName: tableName), tr = checkExpr(r, cols, tableName: tableName)
            requireBool(tl, "'\(op.rawValue)'")
            requireBool(tr, "'\(op.rawValue)'")
            return TypedExpr(op == .and ? .and(tl, tr) : .or(tl, tr), .bool, range)
        case .add, .subtract, .multiply, .divide:
            let tl = checkExpr(l, cols, tableName: tableName), tr = checkExpr(r, cols, tableName: tableName)
            for t in [tl, tr] {
                switch t.type {
                case .number, .any: break
                default:
                    error("'\(op.rawValue)' needs numbers, but this is \(t.type)", t.range,
                          help: t.type == .text && op == .add ? "join text with concat(a, b)" : nil)
                }
            }
            var type = ValueType.number(nil)
            let unit = Self.resultUnit(op, tl.unit, tr.unit)
            checkVaryingDimension(op, tl, tr, cols)
            if case .number(let a) = tl.type, case .number(let b) = tr.type {
                switch Arithmetic.resultDimension(op, a, b) {
                case .success(let d):
                    type = .number(d)
                    // % − % is a difference in 百分点; whether a ratio column holds percentages is known per row.
                    if op == .subtract, a == .ratio, b == .ratio {
                        type = isPercentConstant(tl) && isPercentConstant(tr) ? .number(.points)
                            : (isConstant(tl) && isConstant(tr) ? .number(.ratio) : .number(nil))
                    }
                case .failure(let f):
                    if case .mismatch(let m) = f { error(m, range) }
                }
                // Where both units are known the result's is too: % − % is 百分点, 亿元 × 2 is 亿元.
                if let unit { type = .number(unit.dimension) }
                // A value divided by itself is a plain ratio whatever its unit.
                if op == .divide, a == nil, b == nil, sourceText(l.range) == sourceText(r.range) { type = .number(.ratio) }
            }
            return TypedExpr(.arithmetic(op, tl, tr), type, range, unit: unit)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            let freeLeft = isFreeWord(l, cols) && !isFreeWord(r, cols)
            var tl = checkExpr(l, cols, tableName: tableName, textOK: freeLeft)
            var tr = checkExpr(r, cols, tableName: tableName, textOK: true)
            // A number written without a unit, compared with a column of one unit, is in that unit:
            // `total > 100` is `total > 100亿元`, `growth > 5` is `growth > 5%`.
            tr = adoptUnit(tr, from: tl, cols)
            tl = adoptUnit(tl, from: tr, cols)
            checkMissingComparison(op, l, r, range)
            inferParameter(tr, from: tl, cols)
            inferParameter(tl, from: tr, cols)
            checkComparable(tl, tr, "compare", range)
            if op == .equal || op == .notEqual {
                checkKnownValue(tl, tr, cols)
                checkKnownValue(tr, tl, cols)
            }
            return TypedExpr(.compare(op, tl, tr), .bool, range)
        case .contains, .like, .matches:
            let tl = checkExpr(l, cols, tableName: tableName)
            let tr = checkExpr(r, cols, tableName: tableName, textOK: true)
            if case .number = tl.type { error("'\(op.rawValue)' needs text, but this is \(tl.type)", tl.range) }
            if op == .matches, case .constant(.text(let pattern)) = tr.kind {
                do { _ = try TextPattern(pattern) } catch {
                    self.error(TextPattern.describe(error, pattern: pattern), TextPattern.place(error, pattern: pattern, in: tr.range, file))
                }
            }
            return TypedExpr(.textMatch(op, tl, tr), .bool, range)
        }
    }

    /// A parameter compared with a column takes what a literal would: the column's one unit (a bare number
    /// passed for it is in that unit) and, when the host declared no type, the column's type.
    mutating func inferParameter(_ e: TypedExpr, from other: TypedExpr, _ cols: [ShapeColumn]?) {
        guard case .parameter(let name) = e.kind, case .column(let i) = other.kind, let cols, i < cols.count,
              let k = parameterUses.firstIndex(where: { $0.name == name }) else { return }
        if case .any = parameterUses[k].type { parameterUses[k].type = cols[i].type }
        if parameterUses[k].unit == nil, let unit = cols[i].unit,
           case .number(let d) = parameterUses[k].type, d == nil || d == unit.dimension {
            parameterUses[k].unit = unit
        }
    }

    func isPercentConstant(_ e: TypedExpr) -> Bool {
        if case .constant(.number(let q)) = e.kind { return q.unit == .percent }
        return false
    }

    func isConstant(_ e: TypedExpr) -> Bool {
        if case .constant = e.kind { return true }
        return false
    }

    mutating func checkComparable(_ a: TypedExpr, _ b: TypedExpr, _ verb: String, _ range: SourceRange) {
        switch (a.type, b.type) {
        case (.any, _), (_, .any): return
        case (.number(let x), .number(let y)):
            if let x, let y, x != y, !(x == .ratio && y == .ratio) {
                error("cannot \(verb) \(x) with \(y)", range)
            }
        case (.text, .text), (.bool, .bool): return
        default:
            error("cannot \(verb) \(a.type) with \(b.type)", range,
                  help: b.type == .text ? "is a unit missing from the number, or a field name misspelt?" : nil)
        }
    }

    /// `sector = 工亚`: a text constant no row of a known-valued field holds, with a close known value.
    mutating func checkKnownValue(_ field: TypedExpr, _ value: TypedExpr, _ cols: [ShapeColumn]?) {
        guard case .column(let i) = field.kind, let cols, let known = cols[i].knownValues,
              case .constant(.text(let s)) = value.kind,
              // By bytes, as `=` compares: a text only canonically equal to a known value matches no row.
              !known.contains(where: { Arithmetic.orderText($0, s) == 0 }) else { return }
        if let close = suggestion(for: s, among: known) {
            error("no row has \(cols[i].name) = '\(s)'", value.range, help: didYouMean(close))
        }
    }

    mutating func checkCall(_ name: Name, _ args: [Expr], _ range: SourceRange, _ cols: [ShapeColumn]?,
                            tableName: String) -> TypedExpr {
        let targs = args.map { checkExpr($0, cols, tableName: tableName, textOK: true) }
        if let host = environment.functions[name.text] {
            return checkHostCall(name, host, targs, range)
        }
        guard let f = FunctionDefinition.standard(named: name.text) else {
            let all = FunctionDefinition.allNames + environment.functions.keys.sorted()
            let help = didYouMean(for: name.text, among: all)
            error("unknown function '\(name.text)'", name.range, help: help)
            return placeholder(range)
        }
        let builtin = FunctionDefinition(name: f.rawValue, implementation: .standard(f))
        let (type, unit) = standardCallType(f, targs, range)
        return TypedExpr(.call(builtin, targs), type, range, unit: unit)
    }

    /// A call of a host function: its argument count and types against its declared parameters.
    private mutating func checkHostCall(_ name: Name, _ host: HostFunction, _ targs: [TypedExpr],
                                        _ range: SourceRange) -> TypedExpr {
        if host.parameters.count != targs.count {
            error("\(name.text) takes \(host.parameters.count) argument\(host.parameters.count == 1 ? "" : "s"), not \(targs.count)", range)
        } else {
            for (p, a) in zip(host.parameters, targs) where !ValueType.accepts(p, a.type) {
                error("\(name.text) expects \(p) here, but this is \(a.type)", a.range)
            }
        }
        return TypedExpr(.call(FunctionDefinition(name: name.text, implementation: .host(host)), targs), host.result, range)
    }

    /// Whether a call of `f` has from `lo` to `hi` arguments; an error if not.
    private mutating func checkArity(_ f: FunctionDefinition.Standard, _ targs: [TypedExpr], _ lo: Int, _ hi: Int,
                                     _ range: SourceRange) -> Bool {
        if targs.count < lo || targs.count > hi {
            let want = lo == hi ? "\(lo)" : "\(lo) to \(hi)"
            error("\(f.rawValue) takes \(want) argument\(hi == 1 ? "" : "s"), not \(targs.count)", range)
            return false
        }
        return true
    }

    /// An error unless argument `i` of a call of `f` (if there is one) is a number.
    private mutating func checkNumberArgument(_ f: FunctionDefinition.Standard, _ targs: [TypedExpr], _ i: Int) {
        guard i < targs.count else { return }
        switch targs[i].type {
        case .number, .any: break
        default: error("\(f.rawValue) expects a number here, but this is \(targs[i].type)", targs[i].range)
        }
    }

    /// The type and unit of a call of the standard function `f`, after checking its arguments.
    private mutating func standardCallType(_ f: FunctionDefinition.Standard, _ targs: [TypedExpr],
                                           _ range: SourceRange) -> (ValueType, Unit?) {
        func arity(_ lo: Int, _ hi: Int) -> Bool { checkArity(f, targs, lo, hi, range) }
        func number(_ i: Int) { checkNumberArgument(f, targs, i) }
        var type = ValueType.any
        var unit: Unit?
        switch f {
        case .round, .floor, .ceil:
            if arity(1, 2) { number(0); number(1) }
            type = targs.first?.type ?? .any
            unit = targs.first?.unit
        case .abs:
            if arity(1, 1) { number(0) }
            type = targs.first?.type ?? .any
            unit = targs.first?.unit
        case .coalesce:
            _ = arity(1, 64)
            type = targs.first { $0.type != .any }?.type ?? .any
        case .length:
            _ = arity(1, 1)
            type = .number(.ratio)
        case .concat:
            _ = arity(1, 64)
            type = .text
        case .substr:
            if arity(2, 3) { number(1); number(2) }
            type = .text
        case .lower, .upper, .unit:
            _ = arity(1, 1)
            type = .text
        case .number:
            if arity(1, 1) { number(0) }
            type = .number(.ratio)
        case .share, .growth:
            if arity(2, 2) {
                number(0)
                number(1)
                if case .number(let a?) = targs[0].type, case .number(let b?) = targs[1].type, a != b {
                    error("\(f.rawValue) compares quantities of one dimension, not \(a) and \(b)", range)
                }
            }
            type = .number(.ratio)
        case .if:
            if arity(3, 3) { requireBool(targs[0], "if") }
            type = targs.count > 1 ? targs[1].type : .any
            if targs.count == 3, targs[1].unit == targs[2].unit { unit = targs[1].unit }
        case .startswith, .endswith:
            _ = arity(2, 2)
            type = .bool
        }
        return (type, unit)
    }
}

extension ValueType {
    /// Whether a parameter declared `declared` accepts a value of type `actual`.
    static func accepts(_ declared: ValueType, _ actual: ValueType) -> Bool {
        switch (declared, actual) {
        case (.any, _), (_, .any): return true
        case (.number(let a), .number(let b)): return a == nil || b == nil || a == b
        case (.text, .text), (.bool, .bool): return true
        default: return false
        }
    }
}
