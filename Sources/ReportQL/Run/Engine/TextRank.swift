import ReportModel

// Text keys of a sort: each dictionary entry ranked once in the language's text order (`Arithmetic.orderText`:
// the order of the UTF-8 bytes, which is code-point order; texts are equal exactly when their bytes are, so
// `é` and `e` + U+0301 are two texts), so rows sort on integer ranks (Engine/CompositeSort.swift) rather than
// on `String`s. A dictionary already in byte order is ranked by its codes; otherwise the entries are
// radix-sorted on eight bytes at a time after their common prefix (most significant first; entries that
// agree on those eight bytes are sorted on the next eight).

/// Per dictionary code, its rank in text order (codes no row uses may hold anything); `count`: every rank
/// is below it.
struct TextRanks {
    var ranks: [UInt32]
    var count: Int
}

/// Ranks the entries of `column`'s dictionary that its rows use (`codes`: the column's codes, read when not
/// given). With `best` (the key leads a sort cut to its first `k` rows), only the entries that can reach
/// those rows are ranked apart; the others share the rank that sorts last in that direction. A dictionary
/// much smaller than the column is ranked whole, its rows not read. Returns early (ranks of some order) once
/// `stop` says so; the caller then ends the run.
func textRanks(_ column: TextColumn, codes: [UInt32]? = nil, best: (k: Int, descending: Bool)? = nil,
               stop: () -> Bool) -> TextRanks {
    let bytes = column.bytes
    let d = bytes.count
    if bytes.ascending {
        return TextRanks(ranks: (0..<UInt32(d)).map { $0 }, count: d)
    }
    if d <= 4096, d * 8 <= column.count {
        var entries = (0..<Int32(d)).map { $0 }
        sortByBytes(&entries, bytes, stop: stop)
        var ranks = [UInt32](repeating: 0, count: d)
        for (r, c) in entries.enumerated() { ranks[Int(c)] = UInt32(truncatingIfNeeded: r) }
        return TextRanks(ranks: ranks, count: d)
    }
    let codes = codes ?? column.codes
    // The codes in use, once each.
    var used = [Bool](repeating: false, count: d)
    var entries: [Int32] = []
    for c in codes where c != TextColumn.missing && Int(c) < d && !used[Int(c)] {
        used[Int(c)] = true
        entries.append(Int32(truncatingIfNeeded: c))
    }
    var ranks = [UInt32](repeating: 0, count: d)
    var rest: UInt32? = nil
    if let best, entries.count > 4 * best.k + 64 {
        let kept = candidates(entries, codes: codes, bytes, best: best, stop: stop)
        if kept.count < entries.count {
            entries = kept
            // The others sort after every candidate: last ascending, first (then flipped) descending.
            rest = best.descending ? 0 : UInt32(truncatingIfNeeded: kept.count)
        }
    }
    sortByBytes(&entries, bytes, stop: stop)
    guard let rest else {
        for (r, c) in entries.enumerated() { ranks[Int(c)] = UInt32(truncatingIfNeeded: r) }
        return TextRanks(ranks: ranks, count: entries.count)
    }
    let shift: UInt32 = rest == 0 ? 1 : 0
    for i in ranks.indices { ranks[i] = rest }
    for (r, c) in entries.enumerated() { ranks[Int(c)] = UInt32(truncatingIfNeeded: r) + shift }
    return TextRanks(ranks: ranks, count: entries.count + 1)
}

/// Sorts dictionary entries `entries` (codes) by their bytes in `bytes`, a prefix first.
func sortByBytes(_ entries: inout [Int32], _ bytes: DictionaryBytes, stop: () -> Bool) {
    guard entries.count > 1 else { return }
    bytes.bytes.withUnsafeBufferPointer { all in
        bytes.offsets.withUnsafeBufferPointer { offsets in
            func entry(_ c: Int32) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: all[offsets[Int(c)]..<offsets[Int(c) + 1]])
            }
            // The bytes every entry starts with need no pass.
            guard let common = commonPrefix(entries, entry, stop: stop) else { return }
            // Ranges of `entries` that agree before `depth`, to sort from there.
            var work: [(Range<Int>, Int)] = [(0..<entries.count, common)]
            while let (range, depth) = work.popLast() {
                if stop() { return }
                if range.count <= 16 {
                    entries[range].sort { DictionaryBytes.compare(entry($0), entry($1)) < 0 }
                    continue
                }
                // Eight bytes from `depth`, big-endian, zero past the end: order-preserving, ties resolved below.
                var keys = [UInt64](repeating: 0, count: range.count)
                var longer = false
                for (i, c) in entries[range].enumerated() {
                    let e = entry(c)
                    var k: UInt64 = 0
                    for j in depth..<(depth + 8) {
                        k = (k << 8) | UInt64(j < e.count ? e[j] : 0)
                    }
                    keys[i] = k
                    if e.count > depth + 8 { longer = true }
                }
                var slice = Array(entries[range])
                radixSort(&keys, &slice, stop: stop)
                entries.replaceSubrange(range, with: slice)
                var i = 0
                while i < keys.count {
                    var j = i + 1
                    while j < keys.count && keys[j] == keys[i] { j += 1 }
                    if j - i > 1 {
                        let tie = (range.lowerBound + i)..<(range.lowerBound + j)
                        if longer {
                            work.append((tie, depth + 8))
                        } else {
                            // Every entry ends within the key: only zero bytes against the end differ.
                            entries[tie].sort { DictionaryBytes.compare(entry($0), entry($1)) < 0 }
                        }
                    }
                    i = j
                }
            }
        }
    }
}

/// The byte-safe entries among `entries` that can be among the first `best.k` rows (`codes`) in text order:
/// each entry's eight bytes after the entries' common prefix, read as an integer, never orders two entries
/// against their text order, so an entry whose integer is worse than the k-th best row's cannot place.
func candidates(_ entries: [Int32], codes: [UInt32], _ bytes: DictionaryBytes, best: (k: Int, descending: Bool),
                stop: () -> Bool) -> [Int32] {
    let d = bytes.count
    var prefix = [UInt64](repeating: 0, count: d)
    bytes.bytes.withUnsafeBufferPointer { all in
        bytes.offsets.withUnsafeBufferPointer { offsets in
            func entry(_ c: Int32) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: all[offsets[Int(c)]..<offsets[Int(c) + 1]])
            }
            guard let common = commonPrefix(entries, entry, stop: stop) else { return }
            for c in entries {
                let e = entry(c)
                var k: UInt64 = 0
                for j in common..<(common + 8) { k = (k << 8) | UInt64(j < e.count ? e[j] : 0) }
                // Smaller is better.
                prefix[Int(c)] = best.descending ? ~k : k
            }
        }
    }
    // The k-th best row's integer (rows in any order: only the value matters).
    var buffer = TopBuffer<UInt64>(k: best.k)
    let less: (UInt64, UInt64) -> Bool = { $0 < $1 }
    for (i, c) in codes.enumerated() where c != TextColumn.missing && Int(c) < d {
        if i & 0xFFFF == 0xFFFF, stop() { return entries }
        buffer.offer(prefix[Int(c)], less)
    }
    let kept = buffer.finish(less)
    guard kept.count == best.k, let bar = kept.last else { return entries }
    return entries.filter { prefix[Int($0)] <= bar }
}

/// How many bytes every one of `entries` (at least one) starts with; nil once `stop` says so.
private func commonPrefix(_ entries: [Int32], _ entry: (Int32) -> UnsafeBufferPointer<UInt8>,
                          stop: () -> Bool) -> Int? {
    let first = entry(entries[0])
    var common = first.count
    for (i, c) in entries.enumerated() {
        if i & 0xFFFF == 0xFFFF, stop() { return nil }
        let e = entry(c)
        var j = 0
        let m = Swift.min(common, e.count)
        while j < m && e[j] == first[j] { j += 1 }
        common = j
    }
    return common
}
