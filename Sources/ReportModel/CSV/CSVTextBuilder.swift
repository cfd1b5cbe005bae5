/// Dictionary-codes text cells by their bytes: distinct values in one byte arena, found through an
/// open-addressing table whose slots carry 32 bits of the hash beside the code, so a probe compares bytes
/// only when the hashes agree, and no `String` is made at all: the arena becomes the column's dictionary
/// (``DictionaryBytes``) as it is. The table is laid out as a ``TextIndex`` (same hash, same probing), which
/// keeps its codes when the column is built. Values are distinct by their bytes (see ``TextIndex``); each new
/// one is checked to be UTF-8 once.
struct CSVTextBuilder {
    var arena: [UInt8] = []
    /// Where each distinct value ends in `arena` (it starts where the one before ends).
    var ends: [Int] = [0]
    /// Per slot: the hash's high 32 bits, then code + 1; 0 for empty. A power of two long.
    var table = [UInt64](repeating: 0, count: 16)
    var codes = CodeStorage.u8([])
    /// Where the loads that warm the table go, so they are not optimised away.
    var sink: UInt64 = 0

    static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

    var distinct: Int { ends.count - 1 }

    mutating func appendMissing() {
        codes.append(TextColumn.missing)
    }

    /// Adds one cell; false when it is not UTF-8.
    mutating func append(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let code = insert(cell, TextIndex.hash(cell)) else { return false }
        codes.append(code)
        return true
    }

    /// Adds a batch of cells (empty unquoted ones are missing). Returns the first that is not UTF-8, if any.
    /// Every cell is hashed, then the slot each starts at loaded, before any is looked up: so the cache
    /// misses of a large table overlap instead of following one another.
    mutating func append(_ cells: UnsafeBufferPointer<CSVReader.Cell>, _ source: CellText) -> Int? {
        let n = cells.count
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
                    guard let code = insert(source.bytes(of: c), hashes[k]) else {
                        // Not UTF-8: the codes so far kept, the caller reports the cell.
                        codes.append(contentsOf: UnsafeBufferPointer(start: out, count: k), largest: largest)
                        return k
                    }
                    out[k] = code
                    largest = Swift.max(largest, code)
                }
                codes.append(contentsOf: UnsafeBufferPointer(start: out, count: n), largest: largest)
                return nil
            }
        }
    }

    /// The code of `cell` (hashed: `h`), added when new; nil when it is new and not UTF-8.
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
        guard DictionaryBytes.isValidUTF8(cell) else { return nil }
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
        let index = TextIndex(slots: table.map { UInt32(truncatingIfNeeded: $0) }, used: distinct)
        return TextColumn(storage: codes, bytes: DictionaryBytes(arena: arena, offsets: ends), index: index)
    }
}
