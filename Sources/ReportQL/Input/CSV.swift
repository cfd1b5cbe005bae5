import ReportModel

/// Reading a host's collection from CSV text, straight into columns.
extension Table {
    /// A collection from CSV text (RFC 4180): the first record names the fields, every other record is a row.
    ///
    /// Fields are separated by commas and records by LF or CRLF (the last one may be unterminated). A field
    /// in double quotes may hold commas, line breaks and doubled quotes (`"say ""hi"""`); a quote inside an
    /// unquoted field is an error. A leading UTF-8 byte-order mark is skipped.
    ///
    /// A field becomes a number column when every non-empty cell is a decimal (`-12.5`, `300`, `.5`; no
    /// exponents, spaces or separators). Numbers are read exactly, digit by digit, into scaled integers at
    /// the largest number of places any cell has; `units` gives a number field its unit (plain otherwise).
    /// Every other field is text, dictionary-coded. An empty cell is a missing value, except that a quoted
    /// empty cell (`""`) in a text field is the empty text.
    ///
    /// Large inputs are read on two threads (see BENCHMARKS.md); the result is the same either way.
    ///
    /// ```swift
    /// let bytes = Array("id,sector,invest\n1,工业,12.50\n2,农林水,\n".utf8)
    /// let t = try Table(csv: bytes, name: "mine", units: ["invest": .yiYuan])
    /// // invest: 12.5亿元 and a missing value; sector: text
    /// ```
    ///
    /// - Throws: ``CSVError`` naming the line: a record with the wrong number of fields, a stray quote,
    ///   text that is not UTF-8, a number too large to hold exactly, or a header that is empty or names a
    ///   field twice; `interrupted` when `interrupt` was raised (checked every batch of 2048 rows).
    public init(csv bytes: [UInt8], name: String, alias: String? = nil,
                units: [String: Unit] = [:], interrupt: Interrupt? = nil) throws(CSVError) {
        let columns = try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
            var reader = CSVReader(buffer)
            reader.interrupt = interrupt
            return try reader.read(units: units)
        }
        self.init(name: name, alias: alias, doc: "loaded from CSV", columns: columns)
    }
}

/// Why CSV text could not become a collection, and where.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The line (1-based) of the text where it went wrong.
    public var line: Int

    /// An error `message` at `line`.
    public init(message: String, line: Int) {
        self.message = message
        self.line = line
    }

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}

// MARK: Private API

/// Reads the records in batches: first the cells of a batch of rows are found (where each starts and how
/// long it is), then each field's cells go into its column together — numbers parsed in one loop, text
/// hashed in one loop and looked up in the next, so the lookups of a batch overlap their cache misses.
/// Number fields are guessed from their first non-empty cell; when a later cell is not a number the
/// reading starts again with that field as text.
struct CSVReader: @unchecked Sendable {  // reads immutable bytes; safe to share between threads
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the header starts (after a byte-order mark).
    let start: Int

    /// Rows per batch.
    static let batch = 2048
    /// Checked once per batch.
    var interrupt: Interrupt?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// A field that turned out not to be numeric: read again with it as text.
    struct Retry: Error {
        var field: Int
    }

    func read(units: [String: Unit]) throws(CSVError) -> [Column] {
        var names: [String] = []
        var pos = start
        let scratch = Scratch()
        if pos < bytes.count {
            var more = true
            while more {
                let cell: Cell
                (cell, more) = try field(&pos, scratch)
                let origin = scratch.origin(of: cell)
                guard let s = scratch.string(cell, bytes) else { throw fail("the header is not UTF-8 text", at: origin) }
                if s.isEmpty { throw fail("field \(names.count + 1) of the header has no name", at: origin) }
                if names.contains(where: { $0.lowercased() == s.lowercased() }) {
                    throw fail("the header names '\(s)' twice", at: origin)
                }
                names.append(s)
            }
        }
        if names.isEmpty { throw CSVError(message: "there is no header", line: 1) }
        var text = Set<Int>()
        while true {
            do {
                let builders = try rows(from: pos, names: names, text: text, units: names.map { units[$0] })
                return zip(names, builders).map { name, b in Column(name: name, data: b.finish()) }
            } catch let e as Retry {
                text.insert(e.field)
            } catch let e as CSVError {
                throw e
            } catch {
                throw CSVError(message: "\(error)", line: 1)
            }
        }
    }

    /// One batch of records, split into cells: `cells[f * batch + r]` is field `f` of row `r`. Split by one
    /// thread, then read by several.
    final class Batch: @unchecked Sendable {
        var cells: [Cell]
        var rows = 0
        /// Where the batch starts and ends in the text.
        var start = 0, end = 0
        let scratch = Scratch()
        /// A failure of splitting this batch (reported after the batch before it is read).
        var failure: CSVError?

        init(fields: Int) {
            cells = Array(repeating: Cell(offset: 0, length: 0, flags: 0), count: fields * CSVReader.batch)
        }
    }

    /// Splits the records from `pos` into `batch`, up to ``batch`` of them, moving `pos` past them.
    func split(_ pos: inout Int, into b: Batch, fields: Int) {
        b.scratch.reset()
        b.rows = 0
        b.start = pos
        b.failure = nil
        // Locals, not the batch's properties, in the loop: no exclusivity checks on a class.
        let scratch = b.scratch
        var rows = 0
        do {
            try b.cells.withUnsafeMutableBufferPointer { cells throws(CSVError) in
                while rows < Self.batch && pos < bytes.count {
                    let recordStart = pos
                    var f = 0
                    var more = true
                    while more {
                        let cell: Cell
                        (cell, more) = try field(&pos, scratch)
                        guard f < fields else {
                            throw fail("a record has more than the header's \(fields) fields", at: recordStart)
                        }
                        cells[f &* Self.batch &+ rows] = cell
                        f += 1
                    }
                    if f != fields {
                        throw fail("a record has \(f) field\(f == 1 ? "" : "s"), the header \(fields)", at: recordStart)
                    }
                    rows += 1
                }
            }
        } catch {
            b.failure = error
        }
        b.rows = rows
        b.end = pos
    }

    /// Reads every record after the header into one builder per field.
    ///
    /// Large inputs are read on two threads once the first batches show what each field costs: one splits
    /// the next batch into cells and fills some columns from the current one, the other fills the rest.
    func rows(from first: Int, names: [String], text: Set<Int>, units: [Unit?]) throws -> [CSVColumnBuilder] {
        let fields = names.count
        var builders = (0..<fields).map { CSVColumnBuilder(text: text.contains($0), unit: units[$0] ?? .plain) }
        var outcomes = [CSVColumnBuilder.Outcome](repeating: .ok, count: fields)
        let buffers = [Batch(fields: fields), Batch(fields: fields)]
        var pos = first
        var current = 0
        split(&pos, into: buffers[0], fields: fields)
        // What splitting and each field cost over the first batches, and then the fields each thread fills.
        let clock = ContinuousClock()
        var splitCost = Duration.zero
        var costs = [Duration](repeating: .zero, count: fields)
        var groups: [[Int]]?
        var batches = 0
        while true {
            let b = buffers[current], next = buffers[1 - current]
            if let failure = b.failure { throw failure }
            if interrupt.shouldStop { throw fail("interrupted", at: pos) }
            if b.rows == 0 { break }
            if let groups {
                builders.withUnsafeMutableBufferPointer { builders in
                    outcomes.withUnsafeMutableBufferPointer { outcomes in
                        let shared = Shared(builders: builders, outcomes: outcomes)
                        let from = pos
                        _ = concurrentMap(2) { w in
                            if w == 0 {
                                var p = from
                                split(&p, into: next, fields: fields)
                            }
                            for f in groups[w] { shared.outcomes[f] = fill(&shared.builders[f], f, b) }
                        }
                    }
                }
                pos = next.end
            } else {
                for f in 0..<fields {
                    let t0 = clock.now
                    outcomes[f] = fill(&builders[f], f, b)
                    costs[f] += clock.now - t0
                }
                let t0 = clock.now
                split(&pos, into: next, fields: fields)
                splitCost += clock.now - t0
            }
            for f in 0..<fields {
                switch outcomes[f] {
                case .ok: break
                case .notNumber: throw Retry(field: f)
                case .tooLarge(let cell):
                    throw fail("\(b.scratch.string(cell, bytes) ?? "a number") is too large to hold exactly",
                               at: b.scratch.origin(of: cell))
                case .notUTF8(let cell):
                    throw fail("the text of field '\(names[f])' is not UTF-8", at: b.scratch.origin(of: cell))
                }
            }
            batches += 1
            if batches == 1, b.rows == Self.batch {
                // Room for as many rows as the text seems to hold (a little more), so the columns and the
                // tables of text with many distinct values do not grow step by step.
                let estimate = (bytes.count - b.start) / Swift.max(1, b.end - b.start) * b.rows * 21 / 20 + b.rows
                for f in 0..<fields { builders[f].reserve(rows: estimate, seen: b.rows) }
            }
            if batches == 8, groups == nil {
                groups = Self.balance(split: splitCost, costs, remaining: bytes.count - pos, read: pos - first)
            }
            current = 1 - current
        }
        for i in builders.indices { builders[i].decideUndecided() }
        return builders
    }

    /// Fills field `f` of batch `b` into its builder.
    func fill(_ builder: inout CSVColumnBuilder, _ f: Int, _ b: Batch) -> CSVColumnBuilder.Outcome {
        b.cells.withUnsafeBufferPointer { c in
            b.scratch.bytes.withUnsafeBufferPointer { s in
                builder.add(UnsafeBufferPointer(rebasing: c[(f * Self.batch)..<(f * Self.batch + b.rows)]),
                            CellText(text: bytes, scratch: s))
            }
        }
    }

    /// The fields each of two threads fills (the first one also splits), or nil when one thread is as good:
    /// little text left, or one field costing as much as all the rest.
    static func balance(split: Duration, _ costs: [Duration], remaining: Int, read: Int) -> [[Int]]? {
        guard remaining > 16 * read else { return nil }
        var load = [split, .zero]
        var groups: [[Int]] = [[], []]
        for f in costs.indices.sorted(by: { costs[$0] > costs[$1] }) {
            let w = load[0] <= load[1] ? 0 : 1
            groups[w].append(f)
            load[w] += costs[f]
        }
        let total = load[0] + load[1]
        return Swift.max(load[0], load[1]) < total * 0.8 ? groups.map { $0.sorted() } : nil
    }

    /// The builders and outcomes two threads fill, each its own fields.
    struct Shared: @unchecked Sendable {
        let builders: UnsafeMutableBufferPointer<CSVColumnBuilder>
        let outcomes: UnsafeMutableBufferPointer<CSVColumnBuilder.Outcome>
    }

    /// The cell at `pos`, moving `pos` past its delimiter; `more` when a comma followed it. A quoted cell with
    /// doubled quotes is unescaped into `scratch`.
    @inline(__always)
    func field(_ pos: inout Int, _ scratch: Scratch) throws(CSVError) -> (Cell, more: Bool) {
        let n = bytes.count
        let begin = pos
        var i = pos
        if i < n, bytes[i] == UInt8(ascii: "\"") {
            i += 1
            let contentStart = i
            var escaped = false
            while true {
                guard i < n else { throw fail("a quoted field is not closed", at: begin) }
                if bytes[i] == UInt8(ascii: "\"") {
                    if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\"") {
                        escaped = true
                        i += 2
                        continue
                    }
                    break
                }
                i += 1
            }
            let contentEnd = i
            i += 1
            guard contentEnd - contentStart <= Int(UInt32.max) else { throw fail("a field longer than 4 GB", at: begin) }
            var cell = Cell(offset: contentStart, length: UInt32(contentEnd - contentStart), flags: Cell.quotedFlag)
            if escaped {
                cell.offset = scratch.bytes.count
                scratch.origins[cell.offset] = begin
                var k = contentStart
                while k < contentEnd {
                    scratch.bytes.append(bytes[k])
                    k += bytes[k] == UInt8(ascii: "\"") ? 2 : 1
                }
                cell.length = UInt32(scratch.bytes.count - cell.offset)
                cell.flags |= Cell.escapedFlag
            }
            let more = try delimiter(&i)
            pos = i
            return (cell, more)
        }
        // Eight bytes at a time to the first byte below "-" (0x2D): every delimiter and the quote are, and
        // no byte of a multi-byte UTF-8 character is.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let low = (w &- 0x2D2D_2D2D_2D2D_2D2D) & ~w & 0x8080_8080_8080_8080
                if low != 0 {
                    i += low.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
        }
        while i < n {
            let b = bytes[i]
            if b > UInt8(ascii: ",") { i += 1; continue }
            if b == UInt8(ascii: ",") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { break }
            if b == UInt8(ascii: "\"") { throw fail("a quote inside an unquoted field", at: i) }
            i += 1
        }
        if i &- begin > Int(UInt32.max) { throw fail("a field longer than 4 GB", at: begin) }
        let cell = Cell(offset: begin, length: UInt32(i - begin), flags: 0)
        let more = try delimiter(&i)
        pos = i
        return (cell, more)
    }

    /// Consumes the comma or line end at `i`: true after a comma, false at the end of a record.
    @inline(__always)
    func delimiter(_ i: inout Int) throws(CSVError) -> Bool {
        guard i < bytes.count else { return false }
        switch bytes[i] {
        case UInt8(ascii: ","):
            i += 1
            return true
        case UInt8(ascii: "\n"):
            i += 1
            return false
        case UInt8(ascii: "\r") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n"):
            i += 2
            return false
        case UInt8(ascii: "\r") where i + 1 == bytes.count:
            i += 1
            return false
        default:
            throw fail("unexpected text after a closing quote", at: i)
        }
    }

    func fail(_ message: String, at offset: Int) -> CSVError {
        var line = 1
        for k in 0..<Swift.min(offset, bytes.count) where bytes[k] == UInt8(ascii: "\n") { line += 1 }
        return CSVError(message: message, line: line)
    }

    /// Unescaped quoted cells of one batch, and where each began in the text.
    final class Scratch {
        var bytes: [UInt8] = []
        /// For each unescaped cell (by its offset here), where it starts in the text.
        var origins: [Int: Int] = [:]

        func reset() {
            bytes.removeAll(keepingCapacity: true)
            origins.removeAll(keepingCapacity: true)
        }

        /// Where `cell` starts in the text (its opening quote, if any), for messages.
        func origin(of cell: Cell) -> Int {
            cell.escaped ? origins[cell.offset] ?? 0 : cell.offset - (cell.quoted ? 1 : 0)
        }

        /// The content of `cell` as text; nil when it is not UTF-8.
        func string(_ cell: Cell, _ text: UnsafeBufferPointer<UInt8>) -> String? {
            bytes.withUnsafeBufferPointer { s in
                String(validating: CellText(text: text, scratch: s).bytes(of: cell), as: UTF8.self)
            }
        }
    }

    /// Where a cell's content is: `length` bytes at `offset` of the text (of the scratch when escaped).
    /// Sixteen bytes, so a batch of cells stays small.
    struct Cell {
        var offset: Int
        var length: UInt32
        var flags: UInt8

        static let quotedFlag: UInt8 = 1
        static let escapedFlag: UInt8 = 2

        var quoted: Bool { flags & Self.quotedFlag != 0 }
        var escaped: Bool { flags & Self.escapedFlag != 0 }
        /// An empty unquoted cell: a missing value.
        var isMissing: Bool { length == 0 && flags == 0 }
    }
}

/// The bytes a batch's cells point into: the text, and the scratch of unescaped quoted cells.
struct CellText {
    let text: UnsafeBufferPointer<UInt8>
    let scratch: UnsafeBufferPointer<UInt8>

    @inline(__always)
    func bytes(of cell: CSVReader.Cell) -> UnsafeBufferPointer<UInt8> {
        let base = cell.escaped ? scratch : text
        return UnsafeBufferPointer(start: base.baseAddress.map { $0 + cell.offset }, count: Int(cell.length))
    }
}

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

/// Dictionary-codes text cells by their bytes: distinct values in one byte arena, found through an
/// open-addressing table whose slots carry 32 bits of the hash beside the code, so a probe compares bytes
/// only when the hashes agree, and no `String` is made until the end. The table is laid out as a
/// ``TextIndex`` (same hash, same probing), which keeps its codes when the column is built. A value outside
/// the canonical blocks (see ``TextIndex/isCanonicalUTF8(_:)``) hands the column over to
/// ``TextColumn/append(_:)``, which compares such text as Swift does.
struct CSVTextBuilder {
    var arena: [UInt8] = []
    /// Where each distinct value ends in `arena` (it starts where the one before ends).
    var ends: [Int] = [0]
    /// Per slot: the hash's high 32 bits, then code + 1; 0 for empty. A power of two long.
    var table = [UInt64](repeating: 0, count: 16)
    var codes = CodeStorage.u8([])
    /// The column once a value outside the canonical blocks arrived.
    var general: TextColumn?
    /// Where the loads that warm the table go, so they are not optimised away.
    var sink: UInt64 = 0

    static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    var distinct: Int { ends.count - 1 }

    mutating func appendMissing() {
        if general != nil { general?.append(nil); return }
        codes.append(TextColumn.missing)
    }

    /// Adds one cell; false when it is not UTF-8.
    mutating func append(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        if general != nil {
            guard let s = String(validating: cell, as: UTF8.self) else { return false }
            general?.append(s)
            return true
        }
        if let code = insert(cell, TextIndex.hash(cell)) {
            codes.append(code)
            return true
        }
        guard let s = String(validating: cell, as: UTF8.self) else { return false }
        var column = finish()
        column.append(s)
        general = column
        return true
    }

    /// Adds a batch of cells (empty unquoted ones are missing). Returns the first that is not UTF-8, if any.
    /// Every cell is hashed, then the slot each starts at loaded, before any is looked up: so the cache
    /// misses of a large table overlap instead of following one another.
    mutating func append(_ cells: UnsafeBufferPointer<CSVReader.Cell>, _ source: CellText) -> Int? {
        let n = cells.count
        guard general == nil else { return appendGeneral(cells, 0, source) }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { hb -> Int? in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: n) { cb -> Int? in
                guard let hashes = hb.baseAddress, let out = cb.baseAddress else { return nil }
                let mask = table.count &- 1
                for k in 0..<n { hashes[k] = TextIndex.hash(source.bytes(of: cells[k])) }
                // A loop of nothing but independent loads, so many misses are in flight at once.
                var warm: UInt64 = 0
                table.withUnsafeBufferPointer { t in
                    for k in 0..<n { warm ^= t[Int(truncatingIfNeeded: hashes[k]) & mask] }
                }
                sink ^= warm
                var largest: UInt32 = 0
                for k in 0..<n {
                    let c = cells[k]
                    if c.isMissing {
                        out[k] = TextColumn.missing
                        continue
                    }
                    let cell = source.bytes(of: c)
                    if let code = insert(cell, hashes[k]) {
                        out[k] = code
                        largest = Swift.max(largest, code)
                        continue
                    }
                    // Not canonical: hand over to the general column (after the codes so far).
                    guard let s = String(validating: cell, as: UTF8.self) else { return k }
                    codes.append(contentsOf: UnsafeBufferPointer(start: out, count: k), largest: largest)
                    var column = finish()
                    column.append(s)
                    general = column
                    return appendGeneral(cells, k + 1, source)
                }
                codes.append(contentsOf: UnsafeBufferPointer(start: out, count: n), largest: largest)
                return nil
            }
        }
    }

    mutating func appendGeneral(_ cells: UnsafeBufferPointer<CSVReader.Cell>, _ from: Int, _ source: CellText) -> Int? {
        for k in from..<cells.count {
            if cells[k].isMissing { general?.append(nil); continue }
            guard let s = String(validating: source.bytes(of: cells[k]), as: UTF8.self) else { return k }
            general?.append(s)
        }
        return nil
    }

    /// The code of `cell` (hashed: `h`), added when new; nil when it is outside the canonical blocks.
    @inline(__always)
    mutating func insert(_ cell: UnsafeBufferPointer<UInt8>, _ h: UInt64) -> UInt32? {
        let tag = h & Self.tagMask
        let mask = table.count &- 1
        var i = Int(truncatingIfNeeded: h) & mask
        let found: UInt32? = arena.withUnsafeBufferPointer { a in
            ends.withUnsafeBufferPointer { e in
                table.withUnsafeBufferPointer { t in
                    while true {
                        let v = t[i]
                        if v == 0 { return nil }
                        if v & Self.tagMask == tag {
                            let code = Int(UInt32(truncatingIfNeeded: v) &- 1)
                            let from = e[code], to = e[code + 1]
                            if to - from == cell.count && TextIndex.equal(UnsafeBufferPointer(rebasing: a[from..<to]), cell) {
                                return UInt32(code)
                            }
                        }
                        i = (i &+ 1) & mask
                    }
                }
            }
        }
        if let found { return found }
        guard TextIndex.isCanonicalUTF8(cell) else { return nil }
        let code = UInt32(distinct)
        arena.append(contentsOf: cell)
        ends.append(arena.count)
        table[i] = tag | UInt64(code &+ 1)
        if distinct * 4 > table.count * 3 { grow() }
        return code
    }

    /// Makes room for about `rows` rows, `seen` of them read: the codes, and when most values so far were
    /// distinct, the arena and the table for as many distinct values in proportion.
    mutating func reserve(rows: Int, seen: Int) {
        guard general == nil else { return }
        codes.reserveCapacity(rows)
        guard distinct * 2 > seen else { return }
        let expected = rows / seen * distinct
        arena.reserveCapacity(arena.count / Swift.max(1, distinct) * expected)
        ends.reserveCapacity(expected + 1)
        var size = table.count
        while size * 3 < expected * 4 { size *= 2 }
        if size > table.count { grow(to: size) }
    }

    /// Doubles the table, placing every value again (in code order, so the arena is read front to back).
    mutating func grow() { grow(to: table.count * 2) }

    mutating func grow(to size: Int) {
        var bigger = [UInt64](repeating: 0, count: size)
        let mask = bigger.count &- 1
        arena.withUnsafeBufferPointer { a in
            ends.withUnsafeBufferPointer { e in
                bigger.withUnsafeMutableBufferPointer { t in
                    // In batches: hash and load the home slots of a batch, then place it.
                    var hashes = [UInt64](repeating: 0, count: 256)
                    var from = 0
                    var warm: UInt64 = 0
                    while from < distinct {
                        let to = Swift.min(distinct, from + 256)
                        for code in from..<to {
                            hashes[code - from] = TextIndex.hash(UnsafeBufferPointer(rebasing: a[e[code]..<e[code + 1]]))
                        }
                        for k in 0..<(to - from) { warm ^= t[Int(truncatingIfNeeded: hashes[k]) & mask] }
                        for code in from..<to {
                            let h = hashes[code - from]
                            var i = Int(truncatingIfNeeded: h) & mask
                            while t[i] != 0 { i = (i &+ 1) & mask }
                            t[i] = h & Self.tagMask | UInt64(code + 1)
                        }
                        from = to
                    }
                    sink ^= warm
                }
            }
        }
        table = bigger
    }

    func finish() -> TextColumn {
        if let general { return general }
        let count = distinct
        // Many values are made into strings on two threads, each half of them.
        let parts = count >= 1 << 16 ? 2 : 1
        let dictionary = [String](unsafeUninitializedCapacity: count) { buffer, initialized in
            arena.withUnsafeBufferPointer { a in
                ends.withUnsafeBufferPointer { e in
                    let shared = StringsOut(buffer: buffer, arena: a, ends: e)
                    _ = concurrentMap(parts) { part in
                        for i in (count * part / parts)..<(count * (part + 1) / parts) {
                            let bytes = UnsafeBufferPointer(rebasing: shared.arena[shared.ends[i]..<shared.ends[i + 1]])
                            shared.buffer.initializeElement(at: i, to: String(decoding: bytes, as: UTF8.self))
                        }
                    }
                }
            }
            initialized = count
        }
        let index = TextIndex(slots: table.map { UInt32(truncatingIfNeeded: $0) }, used: distinct)
        return TextColumn(storage: codes, dictionary: dictionary, index: index)
    }
}

/// Where threads make the dictionary's strings, each its own range.
struct StringsOut: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<String>
    let arena: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>
}

