/// Where a quote first occurs in the text, as the `reportql/1` loader will find it, in time that does not grow
/// with the distance searched: every position that starts a character is indexed by a hash of the 12 bytes
/// from there, so a search visits only the places where the quote's first 12 bytes stand.
///
/// Quotes shorter than 12 bytes are searched byte by byte (``loaderFind(_:_:from:to:)``), as the loader does.
struct QuoteIndex {
    let bytes: [UInt8]
    private let long: PositionTable
    private let short: PositionTable

    let work: Work

    init(_ bytes: [UInt8], work: Work) {
        self.work = work
        self.bytes = bytes
        long = PositionTable(bytes, width: 12)
        short = PositionTable(bytes, width: 4)
    }

    /// The first offset at or after `from` (and, with the quote, before `to`) where `needle` occurs.
    func find(_ needle: [UInt8], from: Int, to: Int? = nil) -> Int? {
        let end = min(to ?? bytes.count, bytes.count)
        work.steps &+= needle.count
        if needle.count >= long.width { return long.find(needle, bytes, from: from, to: end, work) }
        if needle.count >= short.width { return short.find(needle, bytes, from: from, to: end, work) }
        work.steps &+= max(0, end - from)
        return loaderFind(needle, bytes, from: from, to: end)
    }
}

/// One hash table of QuoteIndex: positions by the hash of the `width` bytes from there.
private struct PositionTable {
    let width: Int
    /// (hash, position), sorted by hash, then position.
    let entries: [(hash: UInt64, at: Int)]

    init(_ bytes: [UInt8], width w: Int) {
        width = w
        var e: [(hash: UInt64, at: Int)] = []
        if bytes.count >= w {
            e.reserveCapacity(bytes.count / 2)
            for i in 0...(bytes.count - w) where bytes[i] & 0xC0 != 0x80 {
                e.append((Self.hash(bytes, i, w), i))
            }
        }
        e.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.at < $1.at }
        entries = e
    }

    static func hash(_ b: [UInt8], _ i: Int, _ width: Int) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for k in i..<(i + width) {
            h = (h ^ UInt64(b[k])) &* 0x100000001b3
        }
        return h
    }

    func find(_ needle: [UInt8], _ bytes: [UInt8], from: Int, to end: Int, _ work: Work) -> Int? {
        guard from >= 0, end - from >= needle.count else { return nil }
        let h = Self.hash(needle, 0, width)
        // The first entry with this hash and a position at or after `from`.
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            let e = entries[mid]
            if e.hash < h || (e.hash == h && e.at < from) { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        while k < entries.count, entries[k].hash == h {
            let at = entries[k].at
            if at + needle.count > end { return nil }
            var j = 0
            while j < needle.count, bytes[at + j] == needle[j] { j += 1 }
            work.steps &+= j + 1
            if j == needle.count { return at }
            k += 1
        }
        return nil
    }
}
