/// Tables as bytes and back, for the corpus cache (`Sources/ReportQL/CACHE.md`): each column's storage written
/// as it is held — significands and codes at their width, the distinct strings of a dictionary in one UTF-8
/// arena — so reading a column back is a few copies, not a parse.
///
/// Reading never trusts the bytes: every length is checked against what is left, every code against its
/// dictionary, every unit code against its units, and the bounds are recomputed, so damaged or crafted bytes
/// end in a ``TableCodec/Damage``, never a trap or a column that lies.
package enum TableCodec {
    /// Why bytes could not be read back as a table.
    package struct Damage: Error, Sendable, CustomStringConvertible {
        /// What was wrong, for the one-line warning.
        package var message: String
        package init(_ message: String) { self.message = message }
        package var description: String { message }
    }

    /// Appends `table` to `out`.
    package static func write(_ table: Table, to out: inout ByteWriter) {
        out.string(table.name)
        out.optionalString(table.alias)
        out.string(table.doc)
        out.int(table.columns.count)
        for column in table.columns {
            out.string(column.name)
            out.optionalString(column.alias)
            out.string(column.doc)
            write(column.data, to: &out)
        }
    }

    /// Reads a table written by ``write(_:to:)``.
    package static func read(_ input: inout ByteReader) throws(Damage) -> Table {
        let name = try input.string()
        let alias = try input.optionalString()
        let doc = try input.string()
        let n = try input.count(max: 4096)
        var columns: [Column] = []
        var rows: Int?
        for _ in 0..<n {
            let cname = try input.string()
            let calias = try input.optionalString()
            let cdoc = try input.string()
            let data = try readData(&input)
            if let rows, rows != data.count { throw Damage("column \(cname) of \(name) has \(data.count) rows, not \(rows)") }
            rows = data.count
            columns.append(Column(name: cname, alias: calias, doc: cdoc, data: data))
        }
        return Table(name: name, alias: alias, doc: doc, columns: columns)
    }

    /// `table` without its rows: the same columns, types and units, for a catalog that builds the rows later.
    package static func skeleton(of table: Table) -> Table {
        var t = table
        t.columns = table.columns.map { c in
            var c = c
            switch c.data {
            case .number(let n):
                c.data = .number(NumberColumn(values: [], scale: n.scale, units: n.units, unitCodes: nil, present: nil))
            case .text: c.data = .text(TextColumn())
            case .bool: c.data = .bool(BoolColumn())
            }
            return c
        }
        return t
    }

    // MARK: Columns

    static func write(_ data: ColumnData, to out: inout ByteWriter) {
        switch data {
        case .number(let c):
            out.u8(0)
            out.int(c.count)
            out.int(c.scale)
            out.int(c.units.count)
            for u in c.units { writeUnit(u, to: &out) }
            out.optionalArray(c.unitCodes)
            out.optionalBools(c.present)
            switch c.storage {
            case .i8(let a): out.u8(1); out.array(a)
            case .i16(let a): out.u8(2); out.array(a)
            case .i32(let a): out.u8(4); out.array(a)
            case .i64(let a): out.u8(8); out.array(a)
            }
        case .text(let c):
            out.u8(1)
            out.int(c.count)
            // The dictionary's bytes as they are held: its offsets and its one buffer.
            let text = c.bytes
            out.int(text.count)
            out.array(text.offsets.map { UInt64($0) })
            out.int(text.bytes.count)
            out.raw(text.bytes)
            // The hash index's slots: read back without hashing a value.
            if c.index.used == text.count {
                out.u8(1)
                out.array(c.index.slots)
            } else {
                out.u8(0)
            }
            switch c.storage {
            case .u8(let a): out.u8(1); out.array(a)
            case .u16(let a): out.u8(2); out.array(a)
            case .u32(let a): out.u8(4); out.array(a)
            }
        case .bool(let c):
            out.u8(2)
            out.int(c.count)
            out.bools(c.values)
            out.optionalBools(c.present)
        }
    }

    static func readData(_ input: inout ByteReader) throws(Damage) -> ColumnData {
        switch try input.u8() {
        case 0: return .number(try readNumbers(&input))
        case 1: return .text(try readText(&input))
        case 2:
            let n = try input.count()
            let values = try input.bools(n)
            let present = try input.optionalBools(n)
            return .bool(BoolColumn(values: values, present: present))
        case let tag: throw Damage("unknown column kind \(tag)")
        }
    }

    static func readNumbers(_ input: inout ByteReader) throws(Damage) -> NumberColumn {
        let n = try input.count()
        let scale = try input.int()
        guard (0...38).contains(scale) else { throw Damage("scale \(scale) out of range") }
        let unitCount = try input.count(max: Int(UInt16.max))
        guard unitCount > 0 else { throw Damage("a number column without units") }
        var units: [Unit] = []
        for _ in 0..<unitCount { units.append(try readUnit(&input)) }
        let unitCodes: [UInt16]? = try input.optionalArray(n)
        if let unitCodes, unitCodes.contains(where: { Int($0) >= unitCount }) { throw Damage("a unit code out of range") }
        let present = try input.optionalBools(n)
        let storage: IntStorage
        switch try input.u8() {
        case 1: storage = .i8(try input.array(n))
        case 2: storage = .i16(try input.array(n))
        case 4: storage = .i32(try input.array(n))
        case 8: storage = .i64(try input.array(n))
        case let w: throw Damage("significand width \(w)")
        }
        // Bounds recomputed over the present values, never read: the kernels sum within them.
        var lo = Int64.max, hi = Int64.min
        for i in 0..<n where present?[i] ?? true {
            let v = storage[i]
            lo = min(lo, v)
            hi = max(hi, v)
        }
        var c = NumberColumn(storage: storage, scale: scale, unit: units[0], present: present,
                             bounds: lo <= hi ? (lo, hi) : nil)
        c.units = units
        c.unitCodes = unitCodes
        return c
    }

    static func readText(_ input: inout ByteReader) throws(Damage) -> TextColumn {
        let n = try input.count()
        let distinct = try input.count(max: Int(UInt32.max) - 1)
        let offsets: [UInt64] = try input.array(distinct + 1)
        let total = try input.count()
        guard offsets.first == 0, offsets.last == UInt64(total) else { throw Damage("dictionary offsets do not span its text") }
        let arena = try input.bytes(total)
        var valid = true
        arena.withUnsafeBufferPointer { bytes in
            for k in 0..<distinct {
                let a = Int(offsets[k]), b = Int(offsets[k + 1])
                guard a <= b, b <= bytes.count else { valid = false; return }
                guard DictionaryBytes.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[a..<b])) else { valid = false; return }
            }
        }
        guard valid else { throw Damage("a dictionary value is not UTF-8, or out of place") }
        // The arena is the dictionary's bytes already: kept as they are, no `String` made.
        let text = DictionaryBytes(arena: arena, offsets: offsets.map { Int($0) })
        var index: TextIndex
        if try input.u8() == 1 {
            let slots: [UInt32] = try input.array()
            let slotCount = slots.count
            guard slotCount > distinct, slotCount & (slotCount - 1) == 0 else { throw Damage("hash index of \(slotCount) slots") }
            // Every code in the index exactly once.
            var seen = [Bool](repeating: false, count: distinct)
            for s in slots where s != 0 {
                guard Int(s) <= distinct, !seen[Int(s) - 1] else { throw Damage("hash index does not match the dictionary") }
                seen[Int(s) - 1] = true
            }
            guard !seen.contains(false) else { throw Damage("hash index does not match the dictionary") }
            // Codes in range and an empty slot to end every probe: nothing can trap. Whether each value sits
            // where it hashes is the cache's checksum's to vouch for (a misplaced one would only go unfound).
            index = TextIndex(slots: slots, used: distinct)
        } else {
            // Values must be distinct by their bytes: two equal ones would be one value under two codes.
            var built = TextIndex()
            for k in 0..<distinct {
                let twice = text.withEntry(k) { built.code(of: $0, in: text) != nil }
                guard !twice else { throw Damage("a dictionary value twice") }
                let h = text.withEntry(k) { TextIndex.hash($0) }
                built.insert(UInt32(k), hash: h) { c in text.withEntry(Int(c)) { TextIndex.hash($0) } }
            }
            index = built
        }
        let storage: CodeStorage
        let width = try input.u8()
        guard Int(width) == CodeStorage.width(distinct) else { throw Damage("code width \(width) for \(distinct) values") }
        switch width {
        case 1:
            let a: [UInt8] = try input.array(n)
            guard !a.contains(where: { $0 != .max && Int($0) >= distinct }) else { throw Damage("a text code out of range") }
            storage = .u8(a)
        case 2:
            let a: [UInt16] = try input.array(n)
            guard !a.contains(where: { $0 != .max && Int($0) >= distinct }) else { throw Damage("a text code out of range") }
            storage = .u16(a)
        default:
            let a: [UInt32] = try input.array(n)
            guard !a.contains(where: { $0 != TextColumn.missing && Int($0) >= distinct }) else { throw Damage("a text code out of range") }
            storage = .u32(a)
        }
        return TextColumn(storage: storage, bytes: text, index: index)
    }

    static func writeUnit(_ u: Unit, to out: inout ByteWriter) {
        out.string(u.symbol)
        out.string(u.dimension.id)
        out.int128(u.numerator)
        out.int128(u.denominator)
    }

    static func readUnit(_ input: inout ByteReader) throws(Damage) -> Unit {
        let symbol = try input.string()
        let dimension = try input.string()
        let numerator = try input.int128()
        let denominator = try input.int128()
        guard numerator > 0, denominator > 0 else { throw Damage("unit \(symbol) of scale \(numerator)/\(denominator)") }
        return Unit(symbol: symbol, dimension: Dimension(id: dimension), numerator: numerator, denominator: denominator)
    }
}

/// Little-endian bytes, appended.
package struct ByteWriter: Sendable {
    package private(set) var bytes: [UInt8] = []

    package init() {}

    package mutating func u8(_ v: UInt8) { bytes.append(v) }
    package mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    package mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    package mutating func int(_ v: Int) { u64(UInt64(bitPattern: Int64(v))) }
    package mutating func int128(_ v: Int128) {
        u64(UInt64(truncatingIfNeeded: v))
        u64(UInt64(truncatingIfNeeded: v >> 64))
    }
    package mutating func utf8(_ s: String) { bytes.append(contentsOf: s.utf8) }
    /// Bytes as they are, no count before them.
    package mutating func raw(_ a: [UInt8]) { bytes.append(contentsOf: a) }
    package mutating func string(_ s: String) {
        int(s.utf8.count)
        utf8(s)
    }
    package mutating func optionalString(_ s: String?) {
        u8(s == nil ? 0 : 1)
        if let s { string(s) }
    }
    /// The elements' bytes as they lie in memory (every platform the package builds on is little-endian).
    package mutating func array<T: FixedWidthInteger>(_ a: [T]) {
        int(a.count)
        a.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
    mutating func optionalArray<T: FixedWidthInteger>(_ a: [T]?) {
        u8(a == nil ? 0 : 1)
        if let a { array(a) }
    }
    mutating func bools(_ a: [Bool]) {
        bytes.append(contentsOf: a.lazy.map { $0 ? 1 : 0 })
    }
    mutating func optionalBools(_ a: [Bool]?) {
        u8(a == nil ? 0 : 1)
        if let a { bools(a) }
    }
    /// Raw bytes.
    package mutating func append(_ b: [UInt8]) { bytes.append(contentsOf: b) }
}

/// Reads what ``ByteWriter`` wrote, checking every length against what is left.
package struct ByteReader {
    let buffer: UnsafeRawBufferPointer
    package private(set) var offset = 0

    /// A reader of `buffer`, which must outlive it.
    package init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

    /// Bytes not yet read.
    package var remaining: Int { buffer.count - offset }

    mutating func need(_ n: Int) throws(TableCodec.Damage) {
        guard n >= 0, n <= remaining else { throw TableCodec.Damage("ends early (needs \(n) bytes at \(offset), has \(remaining))") }
    }

    package mutating func u8() throws(TableCodec.Damage) -> UInt8 {
        try need(1)
        defer { offset += 1 }
        return buffer[offset]
    }

    package mutating func u32() throws(TableCodec.Damage) -> UInt32 {
        try need(4)
        defer { offset += 4 }
        return UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
    }

    package mutating func u64() throws(TableCodec.Damage) -> UInt64 {
        try need(8)
        defer { offset += 8 }
        return UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    package mutating func int() throws(TableCodec.Damage) -> Int { Int(truncatingIfNeeded: Int64(bitPattern: try u64())) }

    /// A count: not negative, at most `max`, and (one byte an element at least) not beyond the bytes left.
    package mutating func count(max: Int = Int(Int32.max)) throws(TableCodec.Damage) -> Int {
        let n = try int()
        guard n >= 0, n <= max, n <= remaining else { throw TableCodec.Damage("count \(n) out of range at \(offset - 8)") }
        return n
    }

    mutating func int128() throws(TableCodec.Damage) -> Int128 {
        let lo = try u64(), hi = try u64()
        return Int128(Int64(bitPattern: hi)) << 64 | Int128(lo)
    }

    package mutating func bytes(_ n: Int) throws(TableCodec.Damage) -> [UInt8] {
        try need(n)
        defer { offset += n }
        return Array(UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + n)]))
    }

    package mutating func string() throws(TableCodec.Damage) -> String {
        let n = try count()
        let b = try bytes(n)
        guard let s = String(validating: b, as: UTF8.self) else { throw TableCodec.Damage("text that is not UTF-8 at \(offset - n)") }
        return s
    }

    package mutating func optionalString() throws(TableCodec.Damage) -> String? {
        try u8() == 0 ? nil : try string()
    }

    /// An array written by ``ByteWriter/array(_:)``; `expected`, when given, is the count it must have.
    package mutating func array<T: FixedWidthInteger>(_ expected: Int? = nil) throws(TableCodec.Damage) -> [T] {
        let n = try int()
        guard n >= 0, n <= remaining / MemoryLayout<T>.size, expected == nil || expected == n else {
            throw TableCodec.Damage("array of \(n) where \(expected.map(String.init) ?? "fewer") belong")
        }
        let size = n * MemoryLayout<T>.size
        let start = offset
        offset += size
        // Not through `unsafeUninitializedCapacity` when empty: it writes the count into the empty array every
        // array shares, a data race (of a zero over a zero) when two threads read empty arrays at once.
        guard n > 0 else { return [] }
        return [T](unsafeUninitializedCapacity: n) { out, count in
            if let base = out.baseAddress, let from = buffer.baseAddress, size > 0 {
                UnsafeMutableRawPointer(base).copyMemory(from: from + start, byteCount: size)
            }
            count = n
        }
    }

    mutating func optionalArray<T: FixedWidthInteger>(_ expected: Int) throws(TableCodec.Damage) -> [T]? {
        try u8() == 0 ? nil : try array(expected)
    }

    mutating func bools(_ n: Int) throws(TableCodec.Damage) -> [Bool] {
        try need(n)
        defer { offset += n }
        return UnsafeRawBufferPointer(rebasing: buffer[offset..<(offset + n)]).map { $0 != 0 }
    }

    mutating func optionalBools(_ n: Int) throws(TableCodec.Damage) -> [Bool]? {
        try u8() == 0 ? nil : try bools(n)
    }
}

/// A 64-bit hash of bytes, eight at a time in four independent lanes: fast enough to check a gigabyte of
/// cache in a fraction of a second, and changed by any flipped bit. Not cryptographic.
package func contentHash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
    let k: UInt64 = 0x9E37_79B9_7F4A_7C15
    var h0 = seed ^ 0x243F_6A88_85A3_08D3, h1 = seed ^ 0x1319_8A2E_0370_7344
    var h2 = seed ^ 0xA409_3822_299F_31D0, h3 = seed ^ 0x082E_FA98_EC4E_6C89
    let n = bytes.count
    var i = 0
    @inline(__always) func mix(_ h: UInt64, _ w: UInt64) -> UInt64 {
        let x = (h ^ w) &* k
        return (x << 31 | x >> 33) &+ w
    }
    while i + 32 <= n {
        h0 = mix(h0, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
        h1 = mix(h1, bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self))
        h2 = mix(h2, bytes.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self))
        h3 = mix(h3, bytes.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self))
        i += 32
    }
    var h = h0 ^ (h1 << 17 | h1 >> 47) ^ (h2 << 29 | h2 >> 35) ^ (h3 << 43 | h3 >> 21) ^ UInt64(n)
    while i < n {
        h = mix(h, UInt64(bytes[i]))
        i += 1
    }
    h ^= h >> 33
    h = h &* 0xFF51_AFD7_ED55_8CCD
    h ^= h >> 33
    h = h &* 0xC4CE_B9FE_1A85_EC53
    h ^= h >> 33
    return h
}
