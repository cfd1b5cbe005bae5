import ReportModel

// Text functions of a dictionary-coded column — `substr`, `lower`, `upper` with constant other arguments —
// computed once per distinct dictionary entry instead of once per row through `String`: each entry's result
// joins a new dictionary (by its bytes, as every text column's values are distinct by their bytes), and the
// rows' new codes are one gather of the old codes through the entry → code map. Grouping by
// `substr(name, 1, 5)` is then grouping by a text column.
//
// The results are the row path's (`FunctionDefinition.apply`) exactly. On a byte-safe entry (every scalar in
// the canonical blocks, see `DictionaryBytes.isByteSafe`) a `Character` is one scalar, so `substr` counts
// scalars on the UTF-8 bytes and its result is a slice of the entry; `lower`/`upper` map ASCII letters on the
// bytes and leave the caseless CJK blocks as they are. Every other entry goes through the row path's own
// function on its `String`.

/// What becomes of one dictionary entry: a slice of its bytes, or a text made for it.
enum EntryResult {
    case slice(Range<Int>)
    case text(String)
}

extension Evaluator {
    /// `s` of a text column whose other arguments are constants, once per dictionary entry; nil for the row
    /// path (another function, a column argument, a constant the row path answers missing for).
    func textColumnCall(_ s: FunctionDefinition.Standard, _ vargs: [ColumnValues],
                        _ count: Int) throws(RuntimeError) -> ColumnValues? {
        guard let head = vargs.first, case .text(let c) = head, c.count == count else { return nil }
        var rest: [Value] = []
        for v in vargs.dropFirst() {
            guard case .constant(let x) = v else { return nil }
            rest.append(x)
        }
        let transform: (UnsafeBufferPointer<UInt8>, Bool) -> EntryResult
        switch s {
        case .substr:
            // The row path's positions: the start rounded, clamped to Int; a missing count is "to the end".
            guard rest.count == 1 || rest.count == 2, let start = rest[0].quantity else { return nil }
            let first = Int(clamping: start.value.rounded(places: 0).significand)
            let take = rest.count == 2 ? rest[1].quantity.map { Int(clamping: $0.value.rounded(places: 0).significand) } : nil
            let args = rest
            transform = { entry, safe in
                guard safe else { return Self.rowPathResult(.substr, entry, args) }
                return .slice(Self.substrBytes(entry, first: first, take: take))
            }
        case .lower, .upper:
            guard rest.isEmpty else { return nil }
            let upper = s == .upper
            transform = { entry, safe in
                if safe, let r = Self.asciiCase(entry, upper: upper) { return r }
                return Self.rowPathResult(s, entry, [])
            }
        default:
            return nil
        }
        return .text(try mapEntries(c, transform))
    }

    /// The row path's function of one entry (as `.text`), for entries the byte rules do not cover.
    static func rowPathResult(_ s: FunctionDefinition.Standard, _ entry: UnsafeBufferPointer<UInt8>,
                              _ rest: [Value]) -> EntryResult {
        let text = String(decoding: entry, as: UTF8.self)
        // The text functions never fail and give text for a text argument.
        if case .text(let r)? = try? FunctionDefinition.apply(s, [.text(text)] + rest) { return .text(r) }
        return .text("")
    }

    /// The bytes of `substr` on a byte-safe entry (one scalar a `Character`): skip `first − 1` scalars, keep
    /// `take` (all when nil), both clamped to the entry as the row path clamps them.
    @inline(__always)
    static func substrBytes(_ e: UnsafeBufferPointer<UInt8>, first: Int, take: Int?) -> Range<Int> {
        let n = e.count
        var i = 0
        var skip = first <= 1 ? 0 : first - 1
        while skip > 0 && i < n {
            i += scalarLength(e[i])
            skip -= 1
        }
        let from = i
        guard let take else { return from..<n }
        var keep = take
        while keep > 0 && i < n {
            i += scalarLength(e[i])
            keep -= 1
        }
        return from..<i
    }

    /// The bytes of a scalar from its lead byte.
    @inline(__always)
    static func scalarLength(_ b: UInt8) -> Int {
        b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
    }

    /// `lower`/`upper` of a byte-safe entry whose scalars are ASCII or caseless CJK (U+3000–U+9FFF, lead bytes
    /// E3–E9): ASCII letters mapped on the bytes. Nil when another scalar may have a case (Latin-1, fullwidth).
    static func asciiCase(_ e: UnsafeBufferPointer<UInt8>, upper: Bool) -> EntryResult? {
        let (lo, hi): (UInt8, UInt8) = upper ? (0x61, 0x7A) : (0x41, 0x5A)
        var changes = false
        var i = 0
        while i < e.count {
            let b = e[i]
            if b < 0x80 {
                changes = changes || (b >= lo && b <= hi)
                i += 1
            } else if b >= 0xE3 && b <= 0xE9 {
                i += 3
            } else {
                return nil
            }
        }
        guard changes else { return .slice(0..<e.count) }
        let mapped = e.map { b in b >= lo && b <= hi ? b ^ 0x20 : b }
        return .text(String(decoding: mapped, as: UTF8.self))
    }

    /// The column of `transform` applied to `c`'s rows: each dictionary entry's result coded once in a new
    /// dictionary (short results through ``ShortTextCodes``), then the rows' codes gathered through the
    /// entries' codes. Many entries are read in two halves on two threads, each half into a dictionary of its
    /// own, merged after (the results are usually few).
    func mapEntries(_ c: TextColumn, _ transform: (UnsafeBufferPointer<UInt8>, Bool) -> EntryResult) throws(RuntimeError) -> TextColumn {
        let entries = c.distinct, rows = c.count
        // Few rows over a large dictionary (after a `where`): only the entries the rows hold.
        var wanted: [Bool]?
        if entries > 2 * rows + 1024 {
            var w = [Bool](repeating: false, count: entries)
            let codes = c.codes
            try inChunks(rows) { r in
                for i in r where codes[i] != TextColumn.missing { w[Int(codes[i])] = true }
            }
            wanted = w
        }
        let parts = entries >= 1 << 16 ? 2 : 1
        let bytes = c.bytes
        let stop = { self.shouldStop }
        // Per part: its dictionary, and each of its entries' code in it.
        let mapped = concurrentMap(parts) { p -> (TextColumn, [UInt32]) in
            let lo = entries * p / parts, hi = entries * (p + 1) / parts
            var out = TextColumn()
            var codes = [UInt32](repeating: TextColumn.missing, count: hi - lo)
            var short = ShortTextCodes()
            // The last long slice (where in the entries' bytes) and its code: neighbouring entries often share it.
            var last = 0..<0
            var lastCode = TextColumn.missing
            bytes.bytes.withUnsafeBufferPointer { all in
                guard let base = all.baseAddress else { return }
                for k in lo..<hi {
                    if (k - lo) & 0xFFFF == 0, stop() { return }
                    if let wanted, !wanted[k] { continue }
                    let start = bytes.offsets[k], end = bytes.offsets[k + 1]
                    let entry = UnsafeBufferPointer(start: base + start, count: end - start)
                    switch transform(entry, bytes.safe[k] != 0) {
                    case .slice(let r):
                        let slice = UnsafeBufferPointer(rebasing: entry[r])
                        if slice.count <= ShortTextCodes.longest {
                            codes[k - lo] = short.code(slice) { out.code(adding: slice) }
                            continue
                        }
                        if lastCode != TextColumn.missing,
                           TextIndex.equal(UnsafeBufferPointer(rebasing: all[last]), slice) {
                            codes[k - lo] = lastCode
                            continue
                        }
                        lastCode = out.code(adding: slice)
                        last = (start + r.lowerBound)..<(start + r.upperBound)
                        codes[k - lo] = lastCode
                    case .text(var s):
                        codes[k - lo] = s.withUTF8 { out.code(adding: $0) }
                    }
                }
            }
            return (out, codes)
        }
        try checkpoint(SourceRange(0, 0))
        // The parts' dictionaries merged into the first; each entry's final code.
        var result = mapped[0].0
        var codeOf = mapped[0].1
        for part in mapped.dropFirst() {
            let local = part.0
            var remap = [UInt32](repeating: 0, count: local.distinct)
            for k in 0..<local.distinct {
                remap[k] = local.bytes.withEntry(k) { result.code(adding: $0) }
            }
            codeOf.reserveCapacity(entries)
            for x in part.1 { codeOf.append(x == TextColumn.missing ? x : remap[Int(x)]) }
        }
        // The rows: old code → new code, missing stays missing; written at the new dictionary's width.
        let storage: CodeStorage
        switch CodeStorage.width(result.distinct) {
        case 1: storage = .u8(try gathered(c.storage, codeOf, as: UInt8.self))
        case 2: storage = .u16(try gathered(c.storage, codeOf, as: UInt16.self))
        default: storage = .u32(try gathered(c.storage, codeOf, as: UInt32.self))
        }
        return TextColumn(storage: storage, bytes: result.bytes, index: result.index)
    }

    /// Each row's code in `codes` mapped through `map`, as `O` (its largest value for a missing row).
    func gathered<O: FixedWidthInteger & UnsignedInteger>(_ codes: CodeStorage, _ map: [UInt32],
                                                         as: O.Type) throws(RuntimeError) -> [O] {
        var out = [O](repeating: O.max, count: codes.count)
        try map.withUnsafeBufferPointer { (map) throws(RuntimeError) in
            try out.withUnsafeMutableBufferPointer { (o) throws(RuntimeError) in
                func gather<C: FixedWidthInteger & UnsignedInteger>(_ codes: [C]) throws(RuntimeError) {
                    try codes.withUnsafeBufferPointer { (p) throws(RuntimeError) in
                        try inChunks(p.count) { r in
                            for i in r where p[i] != C.max { o[i] = O(truncatingIfNeeded: map[Int(p[i])]) }
                        }
                    }
                }
                switch codes {
                case .u8(let x): try gather(x)
                case .u16(let x): try gather(x)
                case .u32(let x): try gather(x)
                }
            }
        }
        return out
    }
}

/// Codes of short texts (at most 16 bytes) in a direct-mapped table of 4,096 places, in front of a dictionary's
/// own index: a text is its length and two words of its bytes (the first eight and the last eight, which
/// overlap below 16), so a hit is two loads and a compare, no hash over bytes and no probe of the dictionary.
struct ShortTextCodes {
    static let longest = 16
    private var first = [UInt64](repeating: 0, count: 4096)
    private var second = [UInt64](repeating: 0, count: 4096)
    /// Per place: length + 1 (0: empty) in the high half, the code in the low.
    private var tags = [UInt64](repeating: 0, count: 4096)

    /// The code of `text` (at most ``longest`` bytes), from `miss` when it is not in the table.
    @inline(__always)
    mutating func code(_ text: UnsafeBufferPointer<UInt8>, miss: () -> UInt32) -> UInt32 {
        let n = text.count
        var a: UInt64 = 0, b: UInt64 = 0
        if let p = text.baseAddress, n > 0 {
            if n >= 8 {
                a = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
                b = UnsafeRawPointer(p + (n - 8)).loadUnaligned(as: UInt64.self)
            } else {
                a = TextIndex.tail(UnsafeRawPointer(p), n)
            }
        }
        let h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(n)
        let place = Int(truncatingIfNeeded: (h ^ (h >> 29)) & 4095)
        let length = UInt64(n + 1) << 32
        let tag = tags[place]
        if tag & 0xFFFF_FFFF_0000_0000 == length, first[place] == a, second[place] == b {
            return UInt32(truncatingIfNeeded: tag)
        }
        let code = miss()
        first[place] = a
        second[place] = b
        tags[place] = length | UInt64(code)
        return code
    }
}
