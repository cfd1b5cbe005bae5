import ReportModel

// A sort on several keys, on text keys or on booleans: every key becomes an unsigned integer per row in which
// smaller sorts first and a missing value last whichever the direction (a one-unit number as its distance
// from the smallest value, or from the largest for `desc`; a text as its dictionary entry's rank,
// Engine/TextRank.swift; a boolean false < true). Keys are packed, most significant in the high bits, into
// as few 64-bit words as their widths allow (`sort sector, invest2024 desc`: 3 + 15 bits, one word), and the
// words sorted by the stable radix sort of Engine/Sort.swift, least significant word first: ties keep the
// rows' order. A key is read in place from the column's narrow storage (`IntStorage`, `CodeStorage`) a block
// at a time, straight into its word: no widened column and no array per key. With a `top`/`limit` of at most
// 4,096 and one word, the word is never built: one pass (two threads) finds each block's best word, the
// blocks are read best first into the engine's one top-k buffer, and the scan ends at the first block whose
// best cannot beat the k-th kept row, as for one number key (Engine/TopK.swift).

/// One sort key over a frame's positions: per position an unsigned integer, smaller first, at most `largest`,
/// computed from the column where it lies (``fill(_:_:_:shift:)``).
struct OrderKey {
    enum Source {
        /// Significands; the key is `v - base` (`base - v` descending), `largest` for a missing value.
        case number(IntStorage, present: [Bool]?, base: Int64, descending: Bool)
        /// Codes; the key is the code's rank (`ranks`, or the code itself when nil), from `top` descending,
        /// `largest` for a missing value.
        case text(CodeStorage, ranks: [UInt32]?, top: UInt64, descending: Bool)
        /// False 0, true 1 (reversed descending), missing 2.
        case bool([Bool], present: [Bool]?, descending: Bool)
    }

    var source: Source
    var largest: UInt64

    /// Bits the key needs.
    var width: Int { UInt64.bitWidth - largest.leadingZeroBitCount }

    /// ORs the keys of positions `p0..<p0 + m`, shifted left by `shift` bits, into `out[0..<m]` (into zeros when
    /// `first`: what was there is dropped).
    func fill(_ out: UnsafeMutablePointer<UInt64>, _ p0: Int, _ m: Int, shift: UInt64, first: Bool) {
        let keep: UInt64 = first ? 0 : .max
        switch source {
        case .number(let s, let present, let base, let descending):
            switch s {
            case .i8(let a): numberKeys(a, present, base, descending, largest, out, keep, p0, m, shift)
            case .i16(let a): numberKeys(a, present, base, descending, largest, out, keep, p0, m, shift)
            case .i32(let a): numberKeys(a, present, base, descending, largest, out, keep, p0, m, shift)
            case .i64(let a): numberKeys(a, present, base, descending, largest, out, keep, p0, m, shift)
            }
        case .text(let s, let ranks, let top, let descending):
            switch s {
            case .u8(let a): textKeys(a, ranks, top, descending, largest, out, keep, p0, m, shift)
            case .u16(let a): textKeys(a, ranks, top, descending, largest, out, keep, p0, m, shift)
            case .u32(let a): textKeys(a, ranks, top, descending, largest, out, keep, p0, m, shift)
            }
        case .bool(let values, let present, let descending):
            for j in 0..<m {
                let i = p0 + j
                let k: UInt64 = present?[i] == false ? 2 : (values[i] != descending ? 1 : 0)
                out[j] = (out[j] & keep) | k << shift
            }
        }
    }
}

@inline(__always)
private func numberKeys<T: FixedWidthInteger & SignedInteger>(_ a: [T], _ present: [Bool]?, _ base: Int64, _ descending: Bool,
                                                             _ missing: UInt64, _ out: UnsafeMutablePointer<UInt64>, _ keep: UInt64,
                                                             _ p0: Int, _ m: Int, _ shift: UInt64) {
    a.withUnsafeBufferPointer { all in
        guard let v = all.baseAddress.map({ $0 + p0 }) else { return }
        if let present {
            present.withUnsafeBufferPointer { p in
                for j in 0..<m {
                    let x = UInt64(bitPattern: descending ? base &- Int64(v[j]) : Int64(v[j]) &- base)
                    out[j] = (out[j] & keep) | (p[p0 + j] ? x : missing) << shift
                }
            }
        } else if descending {
            for j in 0..<m { out[j] = (out[j] & keep) | UInt64(bitPattern: base &- Int64(v[j])) << shift }
        } else {
            for j in 0..<m { out[j] = (out[j] & keep) | UInt64(bitPattern: Int64(v[j]) &- base) << shift }
        }
    }
}

@inline(__always)
private func textKeys<T: FixedWidthInteger & UnsignedInteger>(_ a: [T], _ ranks: [UInt32]?, _ top: UInt64, _ descending: Bool,
                                                             _ missing: UInt64, _ out: UnsafeMutablePointer<UInt64>, _ keep: UInt64,
                                                             _ p0: Int, _ m: Int, _ shift: UInt64) {
    a.withUnsafeBufferPointer { all in
        guard let c = all.baseAddress.map({ $0 + p0 }) else { return }
        if let ranks {
            ranks.withUnsafeBufferPointer { r in
                for j in 0..<m {
                    let code = c[j]
                    let k: UInt64
                    if code == T.max || Int(code) >= r.count {
                        k = missing
                    } else {
                        let x = UInt64(r[Int(code)])
                        k = descending ? top &- x : x
                    }
                    out[j] = (out[j] & keep) | k << shift
                }
            }
        } else if descending {
            // A missing value's code (the width's largest) is past `top`.
            for j in 0..<m {
                let x = UInt64(c[j])
                out[j] = (out[j] & keep) | (x > top ? missing : top &- x) << shift
            }
        } else {
            for j in 0..<m {
                let x = UInt64(c[j])
                out[j] = (out[j] & keep) | (x > top ? missing : x) << shift
            }
        }
    }
}

/// The key of `v` (one value per position, `count` positions), sorted `descending` or not, missing last;
/// `.some(nil)` when every position sorts the same (a constant), nil when the values need the comparison
/// path (numbers in several units or at their own scales).
/// `best`: the key leads a sort cut to its first `best` rows (a text key then ranks only the entries that can
/// reach them).
func sortKey(_ v: ColumnValues, count n: Int, descending: Bool, best: Int? = nil, stop: () -> Bool) -> OrderKey?? {
    switch v {
    case .constant:
        return .some(nil)
    case .number(let c):
        guard c.isUniform, c.count == n else { return nil }
        guard let (lo, hi, missing) = bounds(c.storage, c.present) else { return .some(nil) }
        let range = UInt64(bitPattern: hi &- lo)
        if missing && range == .max { return nil }
        return OrderKey(source: .number(c.storage, present: c.present, base: descending ? hi : lo, descending: descending),
                        largest: missing ? range + 1 : range)
    case .text(let c):
        guard c.count == n else { return nil }
        var ranks: [UInt32]? = nil
        var count = c.bytes.count
        if !c.bytes.ascending {
            let ranked = textRanks(c, best: best.map { ($0, descending) }, stop: stop)
            ranks = ranked.ranks
            count = ranked.count
        }
        guard count > 0 else { return .some(nil) }
        let top = UInt64(count - 1)
        return OrderKey(source: .text(c.storage, ranks: ranks, top: top, descending: descending), largest: top + 1)
    case .bool(let c):
        guard c.count == n else { return nil }
        return OrderKey(source: .bool(c.values, present: c.present, descending: descending), largest: 2)
    }
}

/// The smallest and largest present significand and whether any is missing; nil when none is present.
func bounds(_ storage: IntStorage, _ present: [Bool]?) -> (Int64, Int64, Bool)? {
    func of<T: FixedWidthInteger & SignedInteger>(_ a: [T]) -> (Int64, Int64, Bool)? {
        a.withUnsafeBufferPointer { v in
            guard let base = v.baseAddress else { return nil }
            guard let present else {
                return (Int64(blockMin(base, v.count)), Int64(blockMax(base, v.count)), false)
            }
            var lo = T.max, hi = T.min, any = false, missing = false
            present.withUnsafeBufferPointer { p in
                for i in 0..<v.count {
                    if p[i] {
                        lo = Swift.min(lo, v[i])
                        hi = Swift.max(hi, v[i])
                        any = true
                    } else {
                        missing = true
                    }
                }
            }
            return any ? (Int64(lo), Int64(hi), missing) : nil
        }
    }
    switch storage {
    case .i8(let a): return of(a)
    case .i16(let a): return of(a)
    case .i32(let a): return of(a)
    case .i64(let a): return of(a)
    }
}

/// A packed word: keys and the bit each starts at.
typealias PackedWord = [(key: OrderKey, shift: UInt64)]

/// `keys` (most significant first) grouped into 64-bit words, least significant word first.
func packedWords(_ keys: [OrderKey]) -> [PackedWord] {
    var words: [PackedWord] = []
    var word: PackedWord = []
    var used = 0
    for key in keys.reversed() where key.width > 0 {
        if !word.isEmpty && used + key.width > UInt64.bitWidth {
            words.append(word)
            word = []
            used = 0
        }
        word.append((key, UInt64(used)))
        used += key.width
    }
    if !word.isEmpty { words.append(word) }
    return words
}

/// The word of positions `p0..<p0 + m` into `out` (overwritten; a word holds at least one key).
@inline(__always)
func fillWord(_ word: PackedWord, _ out: UnsafeMutablePointer<UInt64>, _ p0: Int, _ m: Int) {
    for (i, (key, shift)) in word.enumerated() { key.fill(out, p0, m, shift: shift, first: i == 0) }
}

/// The word of every position `0..<n`, built a block at a time on two threads; stops between blocks once
/// `stop` says so (leaving the rest zero).
func builtWord(_ word: PackedWord, count n: Int, stop: () -> Bool) -> [UInt64] {
    var out = [UInt64](repeating: 0, count: n)
    let halves = blockHalves(count: n)
    out.withUnsafeMutableBufferPointer { o in
        guard let base = o.baseAddress else { return }
        _ = concurrentMap(halves.count) { h -> Bool in
            let range = halves[h]
            for b in range {
                if (b - range.lowerBound) & 15 == 15, stop() { return false }
                let p0 = b * blockSize
                fillWord(word, base + p0, p0, Swift.min(blockSize, n - p0))
            }
            return true
        }
    }
    return out
}

/// The positions `0..<n` in order of `keys` (most significant first), ties in position order; the first
/// `limit` when given. Returns early (a partial answer) once `stop` says so; the caller then ends the run.
func compositeOrder(_ keys: [OrderKey], count n: Int, limit: Int?, stop: () -> Bool) -> [Int32] {
    let words = packedWords(keys)
    let wanted = Swift.min(limit ?? n, n)
    guard !words.isEmpty, wanted > 0 else { return (0..<Int32(wanted)).map { $0 } }
    if wanted <= 4096, wanted < n / 8 {
        if words.count == 1 { return wordTop(words[0], count: n, k: wanted, stop: stop) }
        return compositeTop(words.map { builtWord($0, count: n, stop: stop) }, count: n, k: wanted, stop: stop)
    }
    var order = (0..<Int32(n)).map { $0 }
    for (w, word) in words.enumerated() {
        let built = builtWord(word, count: n, stop: stop)
        var k = w == 0 ? built : order.map { built[Int($0)] }
        radixSort(&k, &order, stop: stop)
        if stop() { break }
    }
    if wanted < order.count { order.removeLast(order.count - wanted) }
    return order
}

/// The best `k` positions of `0..<n` under one packed word, ties in position order, the word computed a block
/// at a time and never stored: each block's best word first (two threads), then the blocks best first
/// until one cannot beat the k-th kept row. Returns early once `stop` says so.
func wordTop(_ word: PackedWord, count n: Int, k: Int, stop: () -> Bool) -> [Int32] {
    let blocks = (n + blockSize - 1) / blockSize
    let best = blockBests(count: n, unread: UInt64.max, stop: stop) { b in
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: blockSize) { buffer in
            guard let out = buffer.baseAddress else { return UInt64.max }
            let p0 = b * blockSize
            let m = Swift.min(blockSize, n - p0)
            fillWord(word, out, p0, m)
            return blockMin(out, m)
        }
    }
    var buffer = TopBuffer<RankedRow>(k: k)
    let order = (0..<blocks).sorted { best[$0] != best[$1] ? best[$0] < best[$1] : $0 < $1 }
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: blockSize) { keys in
        guard let out = keys.baseAddress else { return }
        for (visited, b) in order.enumerated() {
            let p0 = b * blockSize
            if let bar = buffer.bar, best[b] > bar.key || (best[b] == bar.key && p0 > bar.place) { break }
            if visited & 15 == 15, stop() { return }
            let m = Swift.min(blockSize, n - p0)
            fillWord(word, out, p0, m)
            for j in 0..<m {
                buffer.offer(RankedRow(key: out[j], place: p0 + j, row: Int32(truncatingIfNeeded: p0 + j)), RankedRow.less)
            }
            if buffer.items.count >= k { buffer.compact(RankedRow.less) }
        }
    }
    return buffer.finish(RankedRow.less).map(\.row)
}

/// The best `k` positions under `words` (least significant first, each built), ties in position order.
func compositeTop(_ words: [[UInt64]], count n: Int, k: Int, stop: () -> Bool) -> [Int32] {
    let less = { (a: Int32, b: Int32) -> Bool in
        for word in words.reversed() {
            let x = word[Int(a)], y = word[Int(b)]
            if x != y { return x < y }
        }
        return a < b
    }
    var buffer = TopBuffer<Int32>(k: k)
    for i in 0..<n {
        if i & 0xFFFF == 0xFFFF, stop() { break }
        buffer.offer(Int32(truncatingIfNeeded: i), less)
    }
    return buffer.finish(less)
}

/// The first `k` positions of a text column whose dictionary ascends in byte order (codes are ranks),
/// descending or not, ties in position order, missing values last — the codes read in place, nothing
/// materialised per row. As ``topRows(_:_:descending:k:stop:)`` does for numbers, one pass (two threads)
/// finds each block's best code, the blocks are read best first, and the scan ends at the first block whose
/// best cannot beat the k-th kept row (a few blocks when the rows hold the names in the order they were
/// numbered). Other dictionaries: ``topTexts(_:descending:k:stop:)``. Returns early once `stop` says so; the
/// caller then ends the run.
func topCodes(_ column: TextColumn, descending: Bool, k: Int, stop: () -> Bool) -> [Int32] {
    guard k > 0 else { return [] }
    let top = UInt64(Swift.max(column.bytes.count, 1) - 1)
    switch column.storage {
    case .u8(let a): return topCodes(a, top, descending, k, stop)
    case .u16(let a): return topCodes(a, top, descending, k, stop)
    case .u32(let a): return topCodes(a, top, descending, k, stop)
    }
}

func topCodes<T: FixedWidthInteger & UnsignedInteger>(_ codes: [T], _ top: UInt64, _ descending: Bool, _ k: Int,
                                                      _ stop: () -> Bool) -> [Int32] {
    var buffer = TopBuffer<RankedRow>(k: k)
    var missing: [Int32] = []
    let n = codes.count
    let blocks = (n + blockSize - 1) / blockSize
    codes.withUnsafeBufferPointer { c in
        @inline(__always) func key(_ code: T) -> UInt64 {
            descending ? top &- UInt64(code) : UInt64(code)
        }
        // Each block's best key (UInt64.max: no value). The best code: missing (the width's largest) never
        // wins a min.
        let best = blockBests(count: n, unread: UInt64.max, stop: stop) { b in
            let p0 = b * blockSize
            let m = Swift.min(blockSize, n - p0)
            if descending {
                // Codes plus one, wrapping: a missing value (the width's largest) becomes 0.
                var x: T = 0
                for j in p0..<(p0 + m) { x = Swift.max(x, c[j] &+ 1) }
                return x != 0 ? key(x - 1) : .max
            }
            var x = T.max
            for j in p0..<(p0 + m) { x = Swift.min(x, c[j]) }
            return x != T.max ? key(x) : .max
        }
        let order = (0..<blocks).sorted { best[$0] != best[$1] ? best[$0] < best[$1] : $0 < $1 }
        for (visited, b) in order.enumerated() {
            let p0 = b * blockSize
            if let bar = buffer.bar, best[b] > bar.key || (best[b] == bar.key && p0 > bar.place) { break }
            if visited & 15 == 15, stop() { return }
            let m = Swift.min(blockSize, n - p0)
            for j in p0..<(p0 + m) {
                let v = c[j]
                if v == T.max {
                    missing.append(Int32(truncatingIfNeeded: j))
                    continue
                }
                buffer.offer(RankedRow(key: key(v), place: j, row: Int32(truncatingIfNeeded: j)), RankedRow.less)
            }
            if buffer.items.count >= k { buffer.compact(RankedRow.less) }
        }
    }
    missing.sort()
    let kept = buffer.finish(RankedRow.less).map(\.row)
    return kept + missing.prefix(k - kept.count)
}
