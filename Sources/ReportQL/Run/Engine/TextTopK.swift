import ReportModel

// Top k of one text key whose dictionary is not in byte order (names written shuffled), without ranking the
// dictionary: ranking 10⁶ entries to keep ten rows was most of the work. Each row's entry is read as a
// 128-bit integer of its first fifteen bytes and its length (``textKey(_:_:_:)``), whose order is the
// text order but between two long texts that agree on fifteen bytes (those compare their bytes). As
// ``topRows(_:_:descending:k:stop:)`` does for numbers, one pass (two threads) finds each block's best
// key, the blocks are read best first, and the scan ends at the first block whose best cannot beat the
// k-th kept row. A dictionary in byte order takes ``topCodes(_:descending:k:stop:)``: there the codes are
// the order.

/// A text's first fifteen bytes (zero past its end) and its length capped at 16, big-endian: integer order
/// is byte order (a prefix first), and equal integers are equal texts, but for two texts of 16 bytes or
/// more that agree on their first fifteen (see ``isLongKey(_:)``). `all` holds the text at `start..<end`.
@inline(__always)
func textKey(_ all: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt128 {
    let length = end - start
    var hi: UInt64 = 0, lo: UInt64 = 0
    if start + 16 <= all.count, let base = all.baseAddress {
        let raw = UnsafeRawPointer(base + start)
        hi = UInt64(bigEndian: raw.loadUnaligned(as: UInt64.self))
        lo = UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        if length < 16 {
            if length <= 8 {
                hi = length == 0 ? 0 : hi & (UInt64.max << UInt64(64 - 8 * length))
                lo = 0
            } else {
                lo &= UInt64.max << UInt64(128 - 8 * length)
            }
        }
    } else {
        for j in 0..<Swift.min(length, 16) {
            let b = UInt64(all[start + j])
            if j < 8 { hi |= b << UInt64(56 - 8 * j) } else { lo |= b << UInt64(120 - 8 * j) }
        }
    }
    lo = (lo & ~0xFF) | UInt64(Swift.min(length, 16))
    return UInt128(hi) << 64 | UInt128(lo)
}

/// Whether `key` (of ``textKey(_:_:_:)``, inverted when `descending`) is a text of 16 bytes or more: equal keys
/// of such texts need their bytes compared.
@inline(__always)
func isLongKey(_ key: UInt128, descending: Bool) -> Bool {
    UInt8(truncatingIfNeeded: key) == (descending ? ~UInt8(16) : 16)
}

/// A row offered to the text top-k: its key (smaller is better), its place (the tie-break) and its code (to
/// compare the bytes of long texts with equal keys).
struct TextRow {
    var key: UInt128
    var place: Int
    var code: UInt32
}

/// The first `k` rows of a text column in text order, descending or not, ties in row order, missing values
/// last: storage rows. Any dictionary; meant for one not in byte order. Returns early (a partial answer) once
/// `stop` says so; the caller then ends the run.
func topTexts(_ column: TextColumn, descending: Bool, k: Int, stop: () -> Bool) -> [Int32] {
    guard k > 0 else { return [] }
    switch column.storage {
    case .u8(let a): return topTexts(a, column.bytes, descending, k, stop)
    case .u16(let a): return topTexts(a, column.bytes, descending, k, stop)
    case .u32(let a): return topTexts(a, column.bytes, descending, k, stop)
    }
}

private func topTexts<T: FixedWidthInteger & UnsignedInteger>(_ codes: [T], _ bytes: DictionaryBytes, _ descending: Bool,
                                                              _ k: Int, _ stop: () -> Bool) -> [Int32] {
    let n = codes.count
    let d = bytes.count
    let blocks = (n + blockSize - 1) / blockSize
    var kept: [TextRow] = []
    var missing: [Int32] = []
    codes.withUnsafeBufferPointer { c in
        bytes.bytes.withUnsafeBufferPointer { all in
            bytes.offsets.withUnsafeBufferPointer { offsets in
                let flip: UInt128 = descending ? ~0 : 0
                @inline(__always) func key(_ code: Int) -> UInt128 {
                    textKey(all, offsets[code], offsets[code + 1]) ^ flip
                }
                // Each block's best key (UInt128.max also when it has no present row: read last).
                let best = blockBests(count: n, unread: UInt128.max, stop: stop) { b in
                    let p0 = b * blockSize
                    var x = UInt128.max
                    for j in p0..<Swift.min(p0 + blockSize, n) {
                        let code = c[j]
                        if code != T.max && Int(code) < d { x = Swift.min(x, key(Int(code))) }
                    }
                    return x
                }
                let less = { (a: TextRow, b: TextRow) -> Bool in
                    if a.key != b.key { return a.key < b.key }
                    if a.code != b.code, isLongKey(a.key, descending: descending) {
                        let x = Int(a.code), y = Int(b.code)
                        let order = DictionaryBytes.compare(UnsafeBufferPointer(rebasing: all[offsets[x]..<offsets[x + 1]]),
                                                            UnsafeBufferPointer(rebasing: all[offsets[y]..<offsets[y + 1]]))
                        if order != 0 { return descending ? order > 0 : order < 0 }
                    }
                    return a.place < b.place
                }
                var buffer = TopBuffer<TextRow>(k: k)
                let order = (0..<blocks).sorted { best[$0] != best[$1] ? best[$0] < best[$1] : $0 < $1 }
                for (visited, b) in order.enumerated() {
                    let p0 = b * blockSize
                    if let bar = buffer.bar {
                        // Past the bar; or level with it, after it, and (a short text) the same text.
                        if best[b] > bar.key || (best[b] == bar.key && p0 > bar.place && !isLongKey(bar.key, descending: descending)) {
                            break
                        }
                    }
                    if visited & 15 == 15, stop() { break }
                    for j in p0..<Swift.min(p0 + blockSize, n) {
                        let code = c[j]
                        if code == T.max || Int(code) >= d {
                            missing.append(Int32(truncatingIfNeeded: j))
                            continue
                        }
                        buffer.offer(TextRow(key: key(Int(code)), place: j, code: UInt32(code)), less)
                    }
                    if buffer.items.count >= k { buffer.compact(less) }
                }
                kept = buffer.finish(less)
            }
        }
    }
    missing.sort()
    return kept.map { Int32(truncatingIfNeeded: $0.place) } + missing.prefix(k - kept.count)
}
