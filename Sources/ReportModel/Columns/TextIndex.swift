/// Finds the code of a dictionary value. While every value is text whose UTF-8 bytes are already in their
/// one canonical form (ASCII, Latin-1, CJK ideographs, punctuation and symbols, fullwidth forms: see
/// ``isCanonicalUTF8(_:)``), an open-addressing table of codes hashed over the bytes: four bytes a value,
/// and no `String` hashing. Once a value outside that set arrives, a `[String: UInt32]`, so lookups keep
/// Swift's canonical equivalence.
package struct TextIndex: Sendable {
    /// Code + 1 per slot, 0 for empty; a power of two long.
    package internal(set) var slots: [UInt32]
    var used = 0
    /// The index once some value is not known to be canonical.
    package internal(set) var general: [String: UInt32]?

    package init() {
        slots = Array(repeating: 0, count: 16)
    }

    /// An index laid out already: `slots` (a power of two long, at most three quarters full) hold code + 1
    /// at the place ``hash(_:)`` and linear probing give each of `used` values.
    package init(slots: [UInt32], used: Int) {
        self.slots = slots
        self.used = used
    }

    /// The code of `s` among `dictionary`.
    package func code(of s: String, in dictionary: [String]) -> UInt32? {
        if let general { return general[s] }
        var probe = s
        // A value outside the canonical blocks may still equal a stored one canonically: compare as Swift does.
        guard probe.withUTF8({ Self.isCanonicalUTF8($0) }) else { return dictionary.firstIndex(of: s).map { UInt32($0) } }
        return probe.withUTF8 { bytes in
            find(bytes, hash: Self.hash(bytes)) { code in
                var stored = dictionary[Int(code)]
                return stored.withUTF8 { Self.equal($0, bytes) }
            }
        }
    }

    /// The code of `s` among `dictionary`, appending it when it is not there.
    package mutating func code(adding s: String, to dictionary: inout [String]) -> UInt32 {
        if general == nil {
            var probe = s
            let code = probe.withUTF8 { bytes -> UInt32? in
                guard Self.isCanonicalUTF8(bytes) else { return nil }
                let h = Self.hash(bytes)
                let found = find(bytes, hash: h) { code in
                    var stored = dictionary[Int(code)]
                    return stored.withUTF8 { Self.equal($0, bytes) }
                }
                if let found { return found }
                let c = UInt32(dictionary.count)
                dictionary.append(s)
                let all = dictionary
                insert(c, hash: h) { c in
                    var stored = all[Int(c)]
                    return stored.withUTF8 { Self.hash($0) }
                }
                return c
            }
            if let code { return code }
        }
        if let c = code(of: s, in: dictionary) { return c }
        let c = UInt32(dictionary.count)
        dictionary.append(s)
        insert(c, for: s, in: dictionary)
        return c
    }

    /// Records that `dictionary[code]` is `s` (which is not yet in the index).
    package mutating func insert(_ code: UInt32, for s: String, in dictionary: [String]) {
        if general != nil {
            general?[s] = code
            return
        }
        var s = s
        let canonical = s.withUTF8 { bytes -> Bool in
            guard Self.isCanonicalUTF8(bytes) else { return false }
            insert(code, hash: Self.hash(bytes)) { c in
                var stored = dictionary[Int(c)]
                return stored.withUTF8 { Self.hash($0) }
            }
            return true
        }
        if !canonical {
            var all: [String: UInt32] = [:]
            for (i, d) in dictionary.enumerated() where all[d] == nil { all[d] = UInt32(i) }
            general = all
            slots = []
            used = 0
        }
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
