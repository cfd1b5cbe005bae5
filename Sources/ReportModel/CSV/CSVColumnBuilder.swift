/// One field's cells on their way into a column: undecided while every cell so far is empty, then numbers
/// (scaled integers, narrowed as they come) or dictionary-coded text.
struct CSVColumnBuilder {
    enum Outcome {
        case ok, notNumber
        case tooLarge(CSVReader.Cell)
        case notUTF8(CSVReader.Cell)
    }

    enum Kind { case undecided, number, text }

    var kind: Kind
    let unit: Unit
    /// Rows before the first non-empty cell, and which of them were a quoted `""`.
    var pending: [Bool] = []

    // Numbers.
    var values = IntStorage.i8([])
    var scale = 0
    var present: [Bool]?
    var lo = Int64.max, hi = Int64.min

    // Text.
    var text = CSVTextBuilder()

    init(text: Bool, unit: Unit) {
        kind = text ? .text : .undecided
        self.unit = unit
    }

    /// Adds a batch of cells.
    mutating func add(_ cells: UnsafeBufferPointer<CSVReader.Cell>, _ source: CellText) -> Outcome {
        var first = 0
        if kind == .undecided {
            while first < cells.count, cells[first].length == 0 {
                pending.append(cells[first].quoted)
                first += 1
            }
            guard first < cells.count else { return .ok }
            if case .notNumber = CSVColumnBuilder.parse(source.bytes(of: cells[first])) {
                kind = .text
                for quotedEmpty in pending {
                    if quotedEmpty { _ = text.append(UnsafeBufferPointer(start: nil, count: 0)) } else { text.appendMissing() }
                }
            } else {
                kind = .number
                if !pending.isEmpty {
                    present = pending.map { _ in false }
                    values = .i8(Array(repeating: 0, count: pending.count))
                }
            }
            pending = []
        }
        let rest = UnsafeBufferPointer(rebasing: cells[first...])
        return kind == .number ? addNumbers(rest, source) : addTexts(rest, source)
    }

    mutating func addTexts(_ cells: UnsafeBufferPointer<CSVReader.Cell>, _ source: CellText) -> Outcome {
        if let bad = text.append(cells, source) { return .notUTF8(cells[bad]) }
        return .ok
    }

    mutating func addNumbers(_ cells: UnsafeBufferPointer<CSVReader.Cell>, _ source: CellText) -> Outcome {
        let n = cells.count
        guard n > 0 else { return .ok }
        return withUnsafeTemporaryAllocation(of: Int64.self, capacity: n) { vb -> Outcome in
            withUnsafeTemporaryAllocation(of: Int8.self, capacity: n) { pb -> Outcome in
                guard let v = vb.baseAddress, let places = pb.baseAddress else { return .ok }
                // Parse: significands and places; -1 places for a missing cell.
                var most = scale
                var missing = 0
                for k in 0..<n {
                    let c = cells[k]
                    if c.length == 0 {
                        v[k] = 0
                        places[k] = -1
                        missing += 1
                        continue
                    }
                    switch CSVColumnBuilder.parse(source.bytes(of: c)) {
                    case .number(let x, let p):
                        v[k] = x
                        places[k] = Int8(p)
                        most = Swift.max(most, p)
                    case .notNumber: return .notNumber
                    case .tooLarge: return .tooLarge(c)
                    }
                }
                // Every value so far at the batch's largest number of places.
                if most > scale {
                    guard let f = Self.power10(most - scale) else { return .tooLarge(cells[0]) }
                    var all = values.int64s
                    for i in all.indices {
                        let (w, o) = all[i].multipliedReportingOverflow(by: f)
                        if o { return .tooLarge(cells[0]) }
                        all[i] = w
                    }
                    values = IntStorage(narrowing: all)
                    if lo <= hi {
                        lo = lo &* f
                        hi = hi &* f
                    }
                    scale = most
                }
                var blo = Int64.max, bhi = Int64.min
                for k in 0..<n {
                    let p = Int(places[k])
                    if p < 0 { continue }
                    if p != scale {
                        guard let f = Self.power10(scale - p) else { return .tooLarge(cells[k]) }
                        let (w, o) = v[k].multipliedReportingOverflow(by: f)
                        if o { return .tooLarge(cells[k]) }
                        v[k] = w
                    }
                    blo = Swift.min(blo, v[k])
                    bhi = Swift.max(bhi, v[k])
                }
                if missing > 0 || present != nil {
                    if present == nil { present = Array(repeating: true, count: values.count) }
                    for k in 0..<n { present?.append(places[k] >= 0) }
                }
                if blo <= bhi {
                    lo = Swift.min(lo, blo)
                    hi = Swift.max(hi, bhi)
                }
                values.append(contentsOf: UnsafeBufferPointer(start: v, count: n),
                              lo: Swift.min(blo, missing > 0 ? 0 : blo), hi: Swift.max(bhi, missing > 0 ? 0 : bhi))
                return .ok
            }
        }
    }

    static func power10(_ n: Int) -> Int64? {
        guard n >= 0, n <= 18 else { return nil }
        var r: Int64 = 1
        for _ in 0..<n { r *= 10 }
        return r
    }

    enum Parsed {
        /// A significand and its number of places: `-12.50` → (-1250, 2).
        case number(Int64, Int)
        /// A decimal whose significand needs more than 18 digits.
        case tooLarge
        case notNumber
    }

    /// A cell read as a decimal.
    @inline(__always)
    static func parse(_ cell: UnsafeBufferPointer<UInt8>) -> Parsed {
        guard let p = cell.baseAddress else { return .notNumber }
        let n = cell.count
        var i = 0
        var negative = false
        if p[0] == UInt8(ascii: "-") || p[0] == UInt8(ascii: "+") {
            negative = p[0] == UInt8(ascii: "-")
            i = 1
        }
        let start = i
        // Leading zeros add nothing, so wrapping arithmetic is exact while at most 18 digits are significant.
        var digits: UInt64 = 0
        while i < n {
            let d = p[i] &- UInt8(ascii: "0")
            if d >= 10 { break }
            digits = digits &* 10 &+ UInt64(d)
            i &+= 1
        }
        var count = i - start
        var places = 0
        if i < n {
            guard p[i] == UInt8(ascii: ".") else { return .notNumber }
            i &+= 1
            let fraction = i
            while i < n {
                let d = p[i] &- UInt8(ascii: "0")
                if d >= 10 { return .notNumber }
                digits = digits &* 10 &+ UInt64(d)
                i &+= 1
            }
            places = i - fraction
            count += places
        }
        guard count > 0 else { return .notNumber }
        if count > 18 {
            var zeros = 0
            for k in start..<n where p[k] != UInt8(ascii: ".") {
                if p[k] != UInt8(ascii: "0") { break }
                zeros += 1
            }
            if count - zeros > 18 || places > 18 { return .tooLarge }
        }
        let v = Int64(bitPattern: digits)
        return .number(negative ? 0 &- v : v, places)
    }

    /// Makes room for about `rows` rows, `seen` of them read.
    mutating func reserve(rows: Int, seen: Int) {
        switch kind {
        case .number: values.reserveCapacity(rows)
        case .text: text.reserve(rows: rows, seen: seen)
        case .undecided: break
        }
    }

    /// A field with no non-empty cell is text.
    mutating func decideUndecided() {
        if kind == .undecided {
            kind = .text
            for quotedEmpty in pending {
                if quotedEmpty { _ = text.append(UnsafeBufferPointer(start: nil, count: 0)) } else { text.appendMissing() }
            }
            pending = []
        }
    }

    func finish() -> ColumnData {
        switch kind {
        case .number:
            return .number(NumberColumn(storage: values, scale: scale, unit: unit, present: present,
                                        bounds: lo <= hi ? (lo, hi) : nil))
        case .text, .undecided:
            return .text(text.finish())
        }
    }
}
