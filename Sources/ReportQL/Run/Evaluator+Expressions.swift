import ReportModel

// Expressions: evaluated a column at a time into `ColumnValues`s.

extension Evaluator {
    func eval(_ e: TypedExpr, _ frame: Frame) throws(RuntimeError) -> ColumnValues {
        switch e.kind {
        case .constant(let v):
            return .constant(v)
        case .column(let i):
            return ColumnValues(frame.dense(i))
        case .parameter, .binding, .subquery:
            return .constant(try scalarValue(e))
        case .negate(let x):
            return try negate(try eval(x, frame), e, frame.count)
        case .not(let x):
            let vx = try eval(x, frame)
            if case .bool(let b) = vx { return .bool(BoolColumn(values: b.values.map { !$0 }, present: b.present)) }
            return try map(frame.count, .bool, [vx]) { v throws(RuntimeError) in
                v[0].bool.map { .bool(!$0) } ?? .missing
            }
        case .and(let l, let r), .or(let l, let r):
            let isAnd: Bool
            if case .and = e.kind { isAnd = true } else { isAnd = false }
            let vl = try eval(l, frame)
            do {
                return try logical(isAnd, vl, try eval(r, frame), frame.count)
            } catch {
                // `r` failed on some row: asked again only where `l` leaves the answer open (see `guarded`).
                try rethrowStop(error)
                let open = (0..<frame.count).map { i in vl.value(at: i) != .bool(!isAnd) }
                let vr = try evalParts(frame, [(open, r)], otherwise: .bool(false), type: .bool, e.range)
                return try logical(isAnd, vl, vr, frame.count)
            }
        case .arithmetic(let op, let l, let r):
            return try arithmetic(op, try eval(l, frame), try eval(r, frame), e, frame.count)
        case .compare(let op, let l, let r):
            return try compare(op, try eval(l, frame), try eval(r, frame), frame.count, e.range)
        case .textMatch(let op, let l, let r):
            let vl = try eval(l, frame), vr = try eval(r, frame)
            // A text column against a constant pattern: once per dictionary entry, on its bytes.
            if let (kind, _, _) = Self.textPredicateParts(e),
               let v = try textPredicateVector(kind, vl, vr, r.range, e.range) {
                return v
            }
            return try map(frame.count, .bool, [vl, vr]) { v throws(RuntimeError) in
                guard case .text(let s) = v[0], case .text(let p) = v[1] else {
                    if v[0].isMissing || v[1].isMissing { return .missing }
                    return .bool(v[0].description.contains(v[1].description))
                }
                switch op {
                case .contains: return .bool(s.contains(p))
                case .like: return .bool(Self.like(Array(s), Array(p)))
                default:
                    guard let hit = try self.matcher(p, r.range).matches(s, stop: { self.shouldStop }) else {
                        try self.checkpoint(e.range)
                        return .missing
                    }
                    return .bool(hit)
                }
            }
        case .inList(let x, let items, let negated):
            let vx = try eval(x, frame)
            var vitems: [ColumnValues] = []
            for item in items { vitems.append(try eval(item, frame)) }
            return try inList(vx, vitems, negated: negated, e, frame.count)
        case .convert(let x, let unit):
            return try convert(try eval(x, frame), to: unit, e, frame.count)
        case .isMissing(let x, let negated):
            let vx = try eval(x, frame)
            return try map(frame.count, .bool, [vx]) { v throws(RuntimeError) in .bool(v[0].isMissing != negated) }
        case .call(let f, let args):
            var vargs: [ColumnValues] = []
            do {
                for a in args { vargs.append(try eval(a, frame)) }
            } catch {
                // `if(z = 0, 0, w / z)`: a branch that failed on some row is asked again of its own rows only.
                guard case .standard(.if) = f.implementation, args.count == 3 else { throw error }
                try rethrowStop(error)
                let test = try eval(args[0], frame)
                let held = (0..<frame.count).map { i in test.value(at: i) == .bool(true) }
                return try evalParts(frame, [(held, args[1]), (held.map { !$0 }, args[2])], otherwise: .missing, type: e.type, e.range)
            }
            if vargs.count == 2, let (kind, _, _) = Self.textPredicateParts(e),
               let v = try textPredicateVector(kind, vargs[0], vargs[1], args[1].range, e.range) {
                return v
            }
            if let v = try columnCall(f, vargs, frame.count) { return v }
            return try call(f, vargs, e, frame.count)
        }
    }

    /// Ends the run when `failure` is a stop (interrupt, cancellation, deadline, row budget) rather than a
    /// failure of a row that a guard (`and`, `or`, `if`) may exclude.
    func rethrowStop(_ failure: RuntimeError) throws(RuntimeError) {
        try checkpoint()
        if [.cancelled, .deadline, .rowBudget, .interrupted].contains(failure.diagnostic.code) { throw failure }
    }

    /// One value per position of `frame`: each part's expression evaluated on the positions its mask holds
    /// (only those rows: a division by zero elsewhere is never computed), `otherwise` where no mask holds.
    func evalParts(_ frame: Frame, _ parts: [([Bool], TypedExpr)], otherwise: Value,
                   type: ValueType, _ range: SourceRange) throws(RuntimeError) -> ColumnValues {
        var values: [ColumnValues] = []
        for (mask, x) in parts {
            values.append(try eval(x, frame.keeping(mask)))
            try checkpoint()
        }
        var next = [Int](repeating: 0, count: parts.count)
        var builder = ValueBuilder(type: type, capacity: frame.count)
        for i in 0..<frame.count {
            try checkpoint(every: i)
            if let k = parts.firstIndex(where: { $0.0[i] }) {
                builder.append(values[k].value(at: next[k]))
                next[k] += 1
            } else {
                builder.append(otherwise)
            }
        }
        if builder.overflowed { throw fail("a value is too large to hold exactly (38 digits)", range, code: .overflow) }
        return ColumnValues(builder.finish())
    }

    /// The value of a parameter, a binding or a scalar subquery.
    func scalarValue(_ e: TypedExpr) throws(RuntimeError) -> Value {
        switch e.kind {
        case .parameter(let name):
            guard let v = context.parameters[name] else {
                throw fail("no value was given for parameter $\(name)", e.range)
            }
            return v
        case .binding(let name):
            guard let b = context.bindings[name]?.value, case .scalar(let v, _) = b else {
                throw fail("'\(name)' has no value yet", e.range)
            }
            return v
        case .subquery(let plan):
            let d = try run(plan)
            guard case .scalar(let v, _) = d else { throw fail("the query gives a table, not one value", e.range) }
            return v
        default:
            throw fail("internal error: not a scalar", e.range)
        }
    }

    /// `-x`: on significands when the column is one unit and no value is the smallest Int64.
    func negate(_ vx: ColumnValues, _ e: TypedExpr, _ count: Int) throws(RuntimeError) -> ColumnValues {
        if case .number(var c) = vx, c.exact == nil, !c.values.contains(Int64.min) {
            c = NumberColumn(values: c.values.map { 0 - $0 }, scale: c.scale, units: c.units,
                             unitCodes: c.unitCodes, present: c.present)
            return .number(c)
        }
        return try map(count, e.type, [vx]) { v throws(RuntimeError) in
            guard let q = v[0].quantity else { return .missing }
            return .number(Quantity(q.value.negated, q.unit))
        }
    }

    /// `l op r` for + − × ÷.
    func arithmetic(_ op: BinaryOperator, _ vl: ColumnValues, _ vr: ColumnValues, _ e: TypedExpr,
                    _ count: Int) throws(RuntimeError) -> ColumnValues {
        // Columns of one unit on their significands; nil (a unit rule, an overflow) falls to the exact path.
        let stop = { self.shouldStop }
        let fast: NumberColumn?
        switch op {
        case .add, .subtract:
            fast = ScaledArithmetic.addSubtract(vl, vr, subtract: op == .subtract, count: count, stop: stop)
        case .multiply:
            fast = ScaledArithmetic.multiply(vl, vr, stop: stop)
        case .divide:
            if let q = ScaledArithmetic.divide(vl, vr, count: count, stop: stop) { return q }
            fast = nil
        default:
            fast = nil
        }
        if let fast { return .number(fast) }
        try checkpoint(e.range)
        return try map(count, e.type, [vl, vr]) { v throws(RuntimeError) in
            guard let a = v[0].quantity, let b = v[1].quantity else { return .missing }
            do throws(Arithmetic.Failure) {
                switch op {
                case .add: return .number(try Arithmetic.addSubtract(a, b, subtract: false))
                case .subtract: return .number(try Arithmetic.addSubtract(a, b, subtract: true))
                case .multiply: return .number(try Arithmetic.multiply(a, b))
                default: return .number(try Arithmetic.divide(a, b))
                }
            } catch {
                throw self.arithmeticFailure(error, e.range)
            }
        }
    }

    /// `x in (items)`, or `not in`.
    func inList(_ vx: ColumnValues, _ vitems: [ColumnValues], negated: Bool, _ e: TypedExpr,
                _ count: Int) throws(RuntimeError) -> ColumnValues {
        // Fast path: a text column against constant texts compares codes.
        if case .text(let c) = vx, vitems.allSatisfy({ if case .constant(.text) = $0 { return true }; return false }) {
            var codes = Set<UInt32>()
            for v in vitems { if case .constant(.text(let s)) = v, let k = c.code(of: s) { codes.insert(k) } }
            let mask = Self.codeMask(c, CodeTest(codes, negated: negated, storage: c.storage), stop: { self.shouldStop })
            try checkpoint(e.range)
            return .bool(mask)
        }
        var results: [ColumnValues] = []
        for v in vitems { results.append(try compare(.equal, vx, v, count, e.range)) }
        return try map(count, .bool, results) { v throws(RuntimeError) in
            if v.contains(where: { $0.bool == true }) { return .bool(!negated) }
            if v.contains(where: { $0.isMissing }) { return .missing }
            return .bool(negated)
        }
    }

    /// `x in unit`.
    func convert(_ vx: ColumnValues, to unit: Unit, _ e: TypedExpr, _ count: Int) throws(RuntimeError) -> ColumnValues {
        try map(count, e.type, [vx]) { v throws(RuntimeError) in
            guard let q = v[0].quantity else { return .missing }
            do throws(QuantityError) {
                return .number(try q.converted(to: unit))
            } catch {
                // A row of another dimension in a column whose units vary has no value in this unit.
                if case .dimensionMismatch = error { return .missing }
                throw self.fail("cannot convert \(q) to \(unit.symbol): \(error)", e.range)
            }
        }
    }

    /// A function applied row by row.
    func call(_ f: FunctionDefinition, _ vargs: [ColumnValues], _ e: TypedExpr, _ count: Int) throws(RuntimeError) -> ColumnValues {
        try map(count, e.type, vargs) { v throws(RuntimeError) in
            do throws(FunctionFailure) {
                return try f.apply(v)
            } catch {
                var code: ErrorCode?
                if case .host = f.implementation { code = .hostFunction }
                if case .message(let m) = error { throw self.fail(m, e.range, code: code) }
                throw self.fail("\(f.name) failed", e.range)
            }
        }
    }

    /// The source text at `range`, quoted, shortened to its ends when long.
    func quoted(_ range: SourceRange) -> String {
        let bytes = context.file.bytes
        let s = min(max(0, range.start), bytes.count), e = min(max(s, range.end), bytes.count)
        let text = String(decoding: bytes[s..<e], as: UTF8.self)
        return text.count <= 60 ? "'\(text)'" : "'\(text.prefix(28)) … \(text.suffix(28))'"
    }

    func arithmeticFailure(_ error: Arithmetic.Failure, _ range: SourceRange) -> RuntimeError {
        switch error {
        case .divisionByZero: return fail("division by zero", range)
        case .overflow: return fail("number too large for exact arithmetic (38 digits) in \(quoted(range))", range)
        case .mismatch(let m): return fail(m, range)
        }
    }

    /// Applies `f` row by row; all-constant arguments give a constant.
    func map(_ count: Int, _ type: ValueType, _ args: [ColumnValues],
             _ f: ([Value]) throws(RuntimeError) -> Value) throws(RuntimeError) -> ColumnValues {
        if args.allSatisfy({ if case .constant = $0 { return true }; return false }) {
            return .constant(try f(args.map { $0.value(at: 0) }))
        }
        var b = ValueBuilder(type: type, capacity: count)
        var row = [Value](repeating: .missing, count: args.count)
        for i in 0..<count {
            for k in 0..<args.count { row[k] = args[k].value(at: i) }
            b.append(try f(row))
            try checkpoint(every: i)
        }
        if b.overflowed { throw fail("a column cannot hold more than 65,535 different units", SourceRange(0, 0)) }
        return ColumnValues(b.finish())
    }

    func logical(_ isAnd: Bool, _ l: ColumnValues, _ r: ColumnValues, _ count: Int) throws(RuntimeError) -> ColumnValues {
        if case .bool(let a) = l, case .bool(let b) = r, a.present == nil, b.present == nil {
            var out = [Bool](repeating: false, count: count)
            a.values.withUnsafeBufferPointer { x in
                b.values.withUnsafeBufferPointer { y in
                    out.withUnsafeMutableBufferPointer { o in
                        if isAnd {
                            for i in 0..<count { o[i] = x[i] && y[i] }
                        } else {
                            for i in 0..<count { o[i] = x[i] || y[i] }
                        }
                    }
                }
            }
            return .bool(BoolColumn(values: out, present: nil))
        }
        // Kleene logic: false and missing is false; true or missing is true.
        return try map(count, .bool, [l, r]) { v throws(RuntimeError) in
            let a = v[0].bool, b = v[1].bool
            if isAnd {
                if a == false || b == false { return .bool(false) }
                if a == true && b == true { return .bool(true) }
            } else {
                if a == true || b == true { return .bool(true) }
                if a == false && b == false { return .bool(false) }
            }
            return .missing
        }
    }
}
