/// Reading the records after the header in batches, on one thread or two.
extension CSVReader {
    /// How reading the records ended: a builder per field, or a field guessed numeric that holds text, to be
    /// read again as text.
    enum RowsOutcome {
        case read([CSVColumnBuilder])
        case readAgainAsText(field: Int)
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
    func rows(from first: Int, names: [String], text: Set<Int>, units: [Unit?]) throws(CSVError) -> RowsOutcome {
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
                case .notNumber: return .readAgainAsText(field: f)
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
        return .read(builders)
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
}
