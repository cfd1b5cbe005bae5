/// Finds the code of a dictionary value by its UTF-8 bytes: an open-addressing table of codes (four bytes a
/// value) hashed over the bytes, probing compares bytes, and no `String` is hashed or compared.
///
/// Keys are byte-exact. Two texts are one entry only when their bytes are equal: `é` (U+00E9) and `e` + U+0301,
/// which Swift's `String ==` and hashing take as one (canonical equivalence), are two entries, each printed as
/// written, as SQLite and DuckDB hold them. That is the language's one rule for text (README, "Text"): `=`, `!=`,
/// `in`, `by`, `count distinct`, `pivot` and join keys compare bytes, and `sort`, `min`, `max` and `<` order by
/// bytes — UTF-8 byte order, which is Unicode code point order. So entries that are canonically equal but
/// byte-distinct are distinct values and rank by their bytes (`e` + U+0301, 65 CC 81, before `é`, C3 A9); a rank
/// of the dictionary must never make them ties.
package struct TextIndex: Sendable {
    /// Code + 1 per slot, 0 for empty; a power of two long.
    package internal(set) var slots: [UInt32]
    package internal(set) var used = 0

    package init() {
        slots = Array(repeating: 0, count: 16)
    }

    /// An index laid out already: `slots` (a power of two long, at most three quarters full) hold code + 1
    /// at the place ``hash(_:)`` and linear probing give each of `used` values.
    package init(slots: [UInt32], used: Int) {
        self.slots = slots
        self.used = used
    }

    /// An index of every entry of `text`, in code order. Entries must be distinct.
    package init(over text: DictionaryBytes) {
        self.init()
        var size = slots.count
        while size * 3 < text.count * 4 { size *= 2 }
        if size > slots.count { slots = Array(repeating: 0, count: size) }
        for k in 0..<text.count {
            let h = text.withEntry(k) { Self.hash($0) }
            insert(UInt32(k), hash: h) { c in text.withEntry(Int(c)) { Self.hash($0) } }
        }
    }

    /// The code of the text whose UTF-8 bytes are `bytes` among the entries of `text`.
    package func code(of bytes: UnsafeBufferPointer<UInt8>, in text: DictionaryBytes) -> UInt32? {
        find(bytes, hash: Self.hash(bytes)) { code in text.withEntry(Int(code)) { Self.equal($0, bytes) } }
    }

    /// The code of `s` among the entries of `text`.
    package func code(of s: String, in text: DictionaryBytes) -> UInt32? {
        var probe = s
        return probe.withUTF8 { code(of: $0, in: text) }
    }

    /// The code of the text whose UTF-8 bytes (valid UTF-8) are `bytes`, appending it to `text` when it is not there.
    package mutating func code(adding bytes: UnsafeBufferPointer<UInt8>, to text: inout DictionaryBytes) -> UInt32 {
        let h = Self.hash(bytes)
        // The closures read `text` in place: a copy held across the append would make it copy every byte.
        if let found = find(bytes, hash: h, matches: { code in text.withEntry(Int(code)) { Self.equal($0, bytes) } }) {
            return found
        }
        let c = UInt32(text.count)
        text.append(bytes)
        insert(c, hash: h) { c in text.withEntry(Int(c)) { Self.hash($0) } }
        return c
    }

    /// The code of `s`, appending it to `text` when it is not there.
    package mutating func code(adding s: String, to text: inout DictionaryBytes) -> UInt32 {
        var s = s
        return s.withUTF8 { code(adding: $0, to: &text) }
    }

    /// The code in the slot chain of `hash` for which `matches` holds.
    @inline(__always)
    package func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, matches: (UInt32) -> Bool) -> UInt32? {
        let mask = slots.count &- 1
        var i = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { s -> UInt32? in
            while true {
                let v = s[i]
                if v == 0 { return nil }
                if matches(v &- 1) { return v &- 1 }
                i = (i &+ 1) & mask
            }
        }
    }

    /// Adds `code` under `hash`; `rehash` gives the hash of a stored code when the table grows.
    @inline(__always)
    package mutating func insert(_ code: UInt32, hash: UInt64, rehash: (UInt32) -> UInt64) {
        if (used + 1) * 4 > slots.count * 3 { grow(rehash) }
        let mask = slots.count &- 1
        var i = Int(truncatingIfNeeded: hash) & mask
        slots.withUnsafeMutableBufferPointer { s in
            while s[i] != 0 { i = (i &+ 1) & mask }
            s[i] = code &+ 1
        }
        used += 1
    }

    mutating func grow(_ rehash: (UInt32) -> UInt64) {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count &- 1
        slots.withUnsafeMutableBufferPointer { s in
            for v in old where v != 0 {
                var i = Int(truncatingIfNeeded: rehash(v &- 1)) & mask
                while s[i] != 0 { i = (i &+ 1) & mask }
                s[i] = v
            }
        }
    }

    /// Whether two byte strings are equal: eight bytes at a time, the last word overlapping.
    @inlinable @inline(__always)
    package static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = a.count
        guard n == b.count else { return false }
        guard n > 0, let pa = UnsafeRawPointer(a.baseAddress), let pb = UnsafeRawPointer(b.baseAddress) else { return true }
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                if pa.loadUnaligned(fromByteOffset: i, as: UInt64.self) != pb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                    return false
                }
                i += 8
            }
            return pa.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == pb.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        return tail(pa, n) == tail(pb, n)
    }

    /// The bytes of a string shorter than eight, in one word (equal strings of one length, equal words).
    @inlinable @inline(__always)
    package static func tail(_ p: UnsafeRawPointer, _ n: Int) -> UInt64 {
        if n >= 4 {
            return UInt64(p.loadUnaligned(as: UInt32.self)) | UInt64(p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32
        }
        let first = UInt64(p.load(as: UInt8.self)), middle = UInt64(p.load(fromByteOffset: n >> 1, as: UInt8.self))
        let last = UInt64(p.load(fromByteOffset: n - 1, as: UInt8.self))
        return first | middle << 8 | last << 16
    }

    /// A fast hash of a short byte string: eight bytes at a time (the last word overlapping the one before),
    /// multiply and fold.
    @inlinable @inline(__always)
    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        guard n > 0, let base = UnsafeRawPointer(bytes.baseAddress) else { return h }
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 8
            }
            h = (h ^ base.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* 0x94D0_49BB_1331_11EB
        } else {
            h = (h ^ tail(base, n)) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }

    /// Whether `bytes` is valid UTF-8 whose every scalar is in normal form C on its own and combines with
    /// nothing (quick check Yes, combining class 0), so text made only of them is in normal form C and two
    /// such texts are canonically equivalent only when their bytes are equal. The blocks: ASCII, Latin-1,
    /// general punctuation (U+2010–U+2027, U+2030–U+205E), letterlike symbols but Ω K Å (U+2100–U+214F),
    /// number forms and arrows (U+2150–U+218B, U+2190–U+21FF), enclosed alphanumerics, box drawing,
    /// shapes and symbols (U+2460–U+26FF), CJK symbols (U+3000–U+3029, U+3030–U+303F), enclosed CJK and
    /// compatibility units, CJK ideographs (U+3200–U+4DBF, U+4E00–U+9FFF), fullwidth forms (U+FF01–U+FFEF).
    @inlinable
    package static func isCanonicalUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            if b0 & 0xE0 == 0xC0 {
                guard i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 else { return false }
                let v = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                guard v >= 0xA0 && v <= 0xFF else { return false }
                i += 2
                continue
            }
            guard b0 & 0xF0 == 0xE0, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 else {
                return false
            }
            let v = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            switch v {
            case 0x4E00...0x9FFF, 0x3200...0x4DBF, 0x3000...0x3029, 0x3030...0x303F, 0xFF01...0xFFEF,
                 0x2010...0x2027, 0x2030...0x205E, 0x2150...0x218B, 0x2190...0x21FF, 0x2460...0x26FF:
                i += 3
            case 0x2100...0x214F where v != 0x2126 && v != 0x212A && v != 0x212B:
                i += 3
            default:
                return false
            }
        }
        return true
    }
}
