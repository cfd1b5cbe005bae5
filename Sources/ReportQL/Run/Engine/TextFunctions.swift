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

    /// A text column of `transform` applied to each dictionary entry `c`'s rows hold, in the rows' order:
    /// each result's code in a new dictionary, then the rows' codes gathered through the entries' codes. The
    /// entries are read in two halves on two threads when there are many, each half into a dictionary of its
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
            // The last slice's bytes and code: neighbouring entries (names numbered in order) often share it.
            var last: [UInt8] = []
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
                        if lastCode != TextColumn.missing, last.withUnsafeBufferPointer({ TextIndex.equal($0, slice) }) {
                            codes[k - lo] = lastCode
                            continue
                        }
                        lastCode = out.code(adding: slice)
                        last.removeAll(keepingCapacity: true)
                        last.append(contentsOf: slice)
                        codes[k - lo] = lastCode
                    case .text(var s):
                        codes[k - lo] = s.withUTF8 { out.code(adding: $0) }
                        lastCode = TextColumn.missing
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
        // The rows: old code → new code, missing stays missing.
        var out = [UInt32](repeating: TextColumn.missing, count: rows)
        let old = c.storage
        try codeOf.withUnsafeBufferPointer { (map) throws(RuntimeError) in
            try out.withUnsafeMutableBufferPointer { (o) throws(RuntimeError) in
                func gather<C: FixedWidthInteger & UnsignedInteger>(_ codes: [C]) throws(RuntimeError) {
                    try codes.withUnsafeBufferPointer { (p) throws(RuntimeError) in
                        try inChunks(rows) { r in
                            for i in r where p[i] != C.max { o[i] = map[Int(p[i])] }
                        }
                    }
                }
                switch old {
                case .u8(let x): try gather(x)
                case .u16(let x): try gather(x)
                case .u32(let x): try gather(x)
                }
            }
        }
        return TextColumn(storage: CodeStorage(narrowing: out, distinct: result.distinct), bytes: result.bytes,
                          index: result.index)
    }
}
