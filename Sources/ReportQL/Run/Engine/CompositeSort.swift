import ReportModel

// A sort on several keys, on text keys or on booleans: every key becomes an unsigned integer per row in which
// smaller sorts first and a missing value last whichever the direction (a one-unit number as its distance
// from the smallest value, or from the largest for `desc`; a text as its dictionary entry's rank,
// Engine/TextRank.swift; a boolean false < true). Keys are packed, most significant in the high bits, into
// as few 64-bit words as their widths allow (`sort sector, invest2024 desc`: 3 + 15 bits, one word), and the
// words sorted by the stable radix sort of Engine/Sort.swift, least significant word first: ties keep the
// rows' order. With a `top`/`limit` of at most 4,096 the words feed the engine's one top-k buffer instead.

/// One sort key over a frame's positions: per position an unsigned integer, smaller first, at most `largest`.
struct OrderKey {
    var values: [UInt64]
    var largest: UInt64

    /// Bits the key needs.
    var width: Int { UInt64.bitWidth - largest.leadingZeroBitCount }
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
        let values = c.values
        let present = c.present
        var lo = Int64.max, hi = Int64.min, any = false, missing = false
        for i in 0..<n {
            if present?[i] ?? true {
                lo = Swift.min(lo, values[i])
                hi = Swift.max(hi, values[i])
                any = true
            } else {
                missing = true
            }
        }
        guard any else { return .some(nil) }
        let range = UInt64(bitPattern: hi &- lo)
        if missing && range == .max { return nil }
        var out = [UInt64](repeating: range &+ 1, count: n)
        for i in 0..<n where present?[i] ?? true {
            out[i] = UInt64(bitPattern: descending ? hi &- values[i] : values[i] &- lo)
        }
        return OrderKey(values: out, largest: missing ? range + 1 : range)
    case .text(let c):
        guard c.count == n else { return nil }
        let codes = c.codes
        let ranked = textRanks(c, codes: codes, best: best.map { ($0, descending) }, stop: stop)
        guard ranked.count > 0 else { return .some(nil) }
        let top = UInt64(ranked.count - 1)
        var missing = false
        var out = [UInt64](repeating: 0, count: n)
        ranked.ranks.withUnsafeBufferPointer { ranks in
            for i in 0..<n {
                let code = codes[i]
                if code == TextColumn.missing || Int(code) >= ranks.count {
                    out[i] = top + 1
                    missing = true
                } else {
                    let r = UInt64(ranks[Int(code)])
                    out[i] = descending ? top - r : r
                }
            }
        }
        return OrderKey(values: out, largest: missing ? top + 1 : top)
    case .bool(let c):
        guard c.count == n else { return nil }
        var missing = false
        var out = [UInt64](repeating: 0, count: n)
        for i in 0..<n {
            if let p = c.present, !p[i] {
                out[i] = 2
                missing = true
            } else {
                out[i] = c.values[i] != descending ? 1 : 0
            }
        }
        return OrderKey(values: out, largest: missing ? 2 : 1)
    }
}

/// `keys` (most significant first) packed into 64-bit words, least significant word first.
func packedWords(_ keys: [OrderKey], count n: Int) -> [[UInt64]] {
    var words: [[UInt64]] = []
    var word: [UInt64]? = nil
    var used = 0
    for key in keys.reversed() where key.width > 0 {
        if word == nil || used + key.width > UInt64.bitWidth {
            if let w = word { words.append(w) }
            word = key.values
            used = key.width
            continue
        }
        let shift = UInt64(used)
        key.values.withUnsafeBufferPointer { k in
            word?.withUnsafeMutableBufferPointer { w in
                for i in 0..<n { w[i] |= k[i] << shift }
            }
        }
        used += key.width
    }
    if let w = word { words.append(w) }
    return words
}

/// The positions `0..<n` in order of `keys` (most significant first), ties in position order; the first
/// `limit` when given. Returns early (a partial answer) once `stop` says so; the caller then ends the run.
func compositeOrder(_ keys: [OrderKey], count n: Int, limit: Int?, stop: () -> Bool) -> [Int32] {
    let words = packedWords(keys, count: n)
    let wanted = Swift.min(limit ?? n, n)
    guard !words.isEmpty else { return (0..<Int32(wanted)).map { $0 } }
    if wanted <= 4096, wanted < n / 8 {
        return compositeTop(words, count: n, k: wanted, stop: stop)
    }
    var order = (0..<Int32(n)).map { $0 }
    for (w, word) in words.enumerated() {
        var k = w == 0 ? word : order.map { word[Int($0)] }
        radixSort(&k, &order, stop: stop)
        if stop() { break }
    }
    if wanted < order.count { order.removeLast(order.count - wanted) }
    return order
}

/// The best `k` positions under `words` (least significant first), ties in position order.
func compositeTop(_ words: [[UInt64]], count n: Int, k: Int, stop: () -> Bool) -> [Int32] {
    if words.count == 1 {
        var buffer = TopBuffer<RankedRow>(k: k)
        words[0].withUnsafeBufferPointer { w in
            for i in 0..<n {
                if i & 0xFFFF == 0xFFFF, stop() { return }
                buffer.offer(RankedRow(key: w[i], place: i, row: Int32(truncatingIfNeeded: i)), RankedRow.less)
            }
        }
        return buffer.finish(RankedRow.less).map(\.row)
    }
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

/// The first `k` positions of a text column in text order (`ranks`, per code; nil when the codes themselves
/// are in text order: a byte-safe dictionary that ascends), descending or not, ties in position order,
/// missing values last — the codes read in place, nothing materialised per row. As ``topRows(_:_:descending:k:stop:)``
/// does for numbers, one pass finds each block's best key, the blocks are read best first, and the scan
/// ends at the first block whose best cannot beat the k-th kept row (a few blocks when the rows hold the
/// names in the order they were numbered). Returns early once `stop` says so; the caller then ends the run.
func topCodes(_ column: TextColumn, ranks: [UInt32]?, descending: Bool, k: Int, stop: () -> Bool) -> [Int32] {
    guard k > 0 else { return [] }
    let top = UInt64(Swift.max(ranks.map { $0.count } ?? column.bytes.count, 1) - 1)
    switch column.storage {
    case .u8(let a): return topCodes(a, ranks, top, descending, k, stop)
    case .u16(let a): return topCodes(a, ranks, top, descending, k, stop)
    case .u32(let a): return topCodes(a, ranks, top, descending, k, stop)
    }
}

func topCodes<T: FixedWidthInteger & UnsignedInteger>(_ codes: [T], _ ranks: [UInt32]?, _ top: UInt64,
                                                      _ descending: Bool, _ k: Int, _ stop: () -> Bool) -> [Int32] {
    var buffer = TopBuffer<RankedRow>(k: k)
    var missing: [Int32] = []
    let n = codes.count
    let blocks = (n + blockSize - 1) / blockSize
    codes.withUnsafeBufferPointer { c in
        (ranks ?? []).withUnsafeBufferPointer { all in
            let r: UnsafeBufferPointer<UInt32>? = ranks == nil ? nil : all
            @inline(__always) func key(_ code: T) -> UInt64 {
                let x = r.map { UInt64($0[Int(code)]) } ?? UInt64(code)
                return descending ? top &- x : x
            }
            // Each block's best key (UInt64.max: no value).
            var best = [UInt64](repeating: .max, count: blocks)
            for b in 0..<blocks {
                if b & 63 == 63, stop() { return }
                let p0 = b * blockSize
                let m = Swift.min(blockSize, n - p0)
                if r == nil {
                    // The best code: missing (the width's largest) never wins a min; for desc, a max of the
                    // codes with missing read as 0.
                    if descending {
                        var x: T = 0
                        var any = false
                        for j in p0..<(p0 + m) {
                            let v = c[j]
                            let present = v != T.max
                            any = any || present
                            x = Swift.max(x, present ? v : 0)
                        }
                        if any { best[b] = key(x) }
                    } else {
                        var x = T.max
                        for j in p0..<(p0 + m) { x = Swift.min(x, c[j]) }
                        if x != T.max { best[b] = key(x) }
                    }
                } else {
                    var x = UInt64.max
                    for j in p0..<(p0 + m) where c[j] != T.max { x = Swift.min(x, key(c[j])) }
                    best[b] = x
                }
            }
            let order = (0..<blocks).sorted { best[$0] != best[$1] ? best[$0] < best[$1] : $0 < $1 }
            for (visited, b) in order.enumerated() {
                let p0 = b * blockSize
                if let bar = buffer.bar, best[b] > bar.key || (best[b] == bar.key && p0 > bar.place) { break }
                if visited & 63 == 63, stop() { return }
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
    }
    missing.sort()
    let kept = buffer.finish(RankedRow.less).map(\.row)
    return kept + missing.prefix(k - kept.count)
}
