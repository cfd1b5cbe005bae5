/// A text column's dictionary as UTF-8 bytes in one contiguous buffer, entry `k` at `offsets[k]..<offsets[k+1]`,
/// with what the text predicates need to know of each entry computed once, when the entry is added:
/// whether it is "byte-safe" (see ``isByteSafe(_:)``) and where the entries stop ascending in byte order
/// (within an ascending run, the entries with a prefix are a range of codes, found by binary search). This is a
/// ``TextColumn``'s dictionary: the column holds no other copy of it (its `String`s are made on demand).
/// Entries are distinct by their bytes (see ``TextIndex``).
package struct DictionaryBytes: Sendable {
    /// Every entry's bytes, one after another.
    package private(set) var bytes: [UInt8] = []
    /// Where each entry starts, and one more: the end of the last. Never empty.
    package private(set) var offsets: [Int] = [0]
    /// Per entry, 1 when its text is byte-safe, else 0.
    package private(set) var safe: [UInt8] = []
    /// The entries that are not byte-safe, ascending (usually none).
    package private(set) var unsafeEntries: [Int32] = []
    /// Where the entries, in code order, stop ascending in byte order: each entry whose bytes are not greater
    /// than the one's before it starts a new ascending run (rows written in a few sorted clusters give a few
    /// runs). Nil once there are more than ``maxRuns``.
    package private(set) var descents: [Int]? = []
    /// The most ascending runs ``descents`` records.
    package static let maxRuns = 1024

    /// Whether each entry's bytes are greater than the one's before it (code order is byte order).
    package var ascending: Bool { descents?.isEmpty == true }

    /// The ascending runs of entries, in code order; nil when there are more than ``maxRuns``.
    package var runs: [Range<Int>]? {
        guard let descents else { return nil }
        var out: [Range<Int>] = []
        var start = 0
        for d in descents {
            out.append(start..<d)
            start = d
        }
        out.append(start..<count)
        return out
    }

    /// Records that entry `k` is not above the one before it.
    mutating func descend(at k: Int) {
        guard descents != nil else { return }
        if descents?.count ?? 0 >= Self.maxRuns - 1 { descents = nil } else { descents?.append(k) }
    }

    package init() {}

    /// The bytes of `dictionary`'s entries.
    package init(_ dictionary: [String]) {
        var total = 0
        for s in dictionary { total += s.utf8.count }
        bytes.reserveCapacity(total)
        offsets.reserveCapacity(dictionary.count + 1)
        safe.reserveCapacity(dictionary.count)
        for s in dictionary { append(s) }
    }

    /// Entries laid out already: `arena` holds them one after another, entry `k` at `offsets[k]..<offsets[k+1]`
    /// (checked by the caller: ascending, within the arena, valid UTF-8).
    package init(arena: [UInt8], offsets: [Int]) {
        bytes = arena
        self.offsets = offsets.isEmpty ? [0] : offsets
        let n = self.offsets.count - 1
        safe = [UInt8](repeating: 0, count: n)
        bytes.withUnsafeBufferPointer { all in
            for k in 0..<n {
                let e = UnsafeBufferPointer(rebasing: all[self.offsets[k]..<self.offsets[k + 1]])
                if Self.isByteSafe(e) { safe[k] = 1 } else { unsafeEntries.append(Int32(truncatingIfNeeded: k)) }
                if descents != nil, k > 0 {
                    let p = UnsafeBufferPointer(rebasing: all[self.offsets[k - 1]..<self.offsets[k]])
                    if Self.compare(p, e) >= 0 { descend(at: k) }
                }
            }
        }
    }

    /// Entries.
    package var count: Int { safe.count }

    /// Adds an entry after the others.
    package mutating func append(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    /// Adds an entry after the others: `entry`, valid UTF-8 (not within this dictionary's own bytes).
    package mutating func append(_ entry: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        bytes.append(contentsOf: entry)
        let end = bytes.count
        let k = safe.count
        offsets.append(end)
        let (isSafe, above) = bytes.withUnsafeBufferPointer { all -> (Bool, Bool) in
            let e = UnsafeBufferPointer(rebasing: all[start..<end])
            let isSafe = Self.isByteSafe(e)
            guard descents != nil, k > 0 else { return (isSafe, true) }
            let p = UnsafeBufferPointer(rebasing: all[offsets[k - 1]..<start])
            return (isSafe, Self.compare(p, e) < 0)
        }
        safe.append(isSafe ? 1 : 0)
        if !isSafe { unsafeEntries.append(Int32(truncatingIfNeeded: k)) }
        if !above { descend(at: k) }
    }

    /// Entry `k` as a `String`, made from its bytes.
    @inline(__always)
    package func string(_ k: Int) -> String {
        withEntry(k) { String(decoding: $0, as: UTF8.self) }
    }

    /// Every entry as a `String`, in code order.
    package var strings: [String] { (0..<count).map(string) }

    /// Whether `bytes` is valid UTF-8: the canonical blocks' scan first (most text), else the standard library's check.
    package static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        TextIndex.isCanonicalUTF8(bytes) || String(validating: bytes, as: UTF8.self) != nil
    }

    /// Calls `body` with the bytes of entry `k`.
    @inline(__always)
    package func withEntry<R>(_ k: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[offsets[k]..<offsets[k + 1]])) }
    }

    /// Byte order: negative, zero or positive as `a` sorts before, with or after `b` (a prefix first).
    @inlinable
    package static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = Swift.min(a.count, b.count)
        var i = 0
        while i < n {
            let x = a[i], y = b[i]
            if x != y { return x < y ? -1 : 1 }
            i += 1
        }
        return a.count - b.count
    }

    /// Whether `bytes` (valid UTF-8) is text whose `Character`s are single scalars in one canonical form:
    /// every scalar in the canonical blocks of ``TextIndex/isCanonicalUTF8(_:)`` (one canonical form, no
    /// combining marks), no carriage return (`\r\n` is one `Character`) and no halfwidth voiced sound mark
    /// (U+FF9E, U+FF9F extend the `Character` before them). Two such texts are equal `Character` by
    /// `Character` exactly when their bytes are, and a byte match starting on a scalar boundary is a match
    /// of `Character`s.
    package static func isByteSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The common case first: ASCII but a carriage return, and ideographs U+5000–U+9FFF (lead bytes
        // E5–E9 of valid UTF-8, every one canonical and a `Character` alone).
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80, b != 0x0D {
                i += 1
            } else if b >= 0xE5 && b <= 0xE9 {
                i += 3
            } else {
                return isByteSafeInFull(bytes)
            }
        }
        return true
    }

    /// ``isByteSafe(_:)`` scalar by scalar against the canonical blocks.
    static func isByteSafeInFull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard TextIndex.isCanonicalUTF8(bytes) else { return false }
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0D { return false }
            // U+FF9E, U+FF9F: EF BE 9E, EF BE 9F.
            if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBE, bytes[i + 2] == 0x9E || bytes[i + 2] == 0x9F { return false }
            i += 1
        }
        return true
    }
}
