import ReportModel

// Text predicates with a constant pattern (`contains`, `like`, `startswith`, `endswith`, `matches`), decided
// once per distinct dictionary entry over its UTF-8 bytes; the rows then read one flag per code (`CodeTest.flags`),
// as `=` and `in` do. A row's answer is the answer of the general row-by-row path for its text, exactly:
//
// - `contains`, `like`, `startswith`, `endswith` compare Swift `Character`s (canonical equivalence, grapheme
//   clusters). On the bytes they agree with that when the text and the pattern are "byte-safe": every scalar
//   in the canonical blocks of `TextIndex.isCanonicalUTF8` (one canonical form, no combining marks), no
//   carriage return (`\r\n` is one `Character`) and no halfwidth voiced sound mark (U+FF9E, U+FF9F extend
//   the `Character` before them). Then a `Character` is one scalar, equal `Character`s are equal bytes, and
//   a byte match that starts on a scalar boundary is a match of `Character`s. Any other entry (and an empty
//   pattern) is tested through `String`, as before.
// - `matches` works on scalars already (the Pike VM), so it is exact on bytes for every text. A pattern that
//   is a literal, optionally anchored (`77$`, `^项目`, `abc`), is a byte search; any other runs the VM once per
//   entry.

/// One text predicate with its constant pattern, compiled once for a run.
struct TextPredicate {
    enum Kind: Equatable { case contains, like, startswith, endswith, matches }

    /// What a `matches` pattern asks of the bytes when it is a literal.
    enum Literal {
        /// The bytes occur somewhere.
        case anywhere([UInt8])
        /// The text starts with them (`^lit`).
        case prefix([UInt8])
        /// The text ends with them (`lit\Z`), or also with them and a line feed (`lit$`).
        case suffix([UInt8], beforeNewline: Bool)
        /// The text is them (`^lit\Z`), or them and a line feed (`^lit$`).
        case whole([UInt8], beforeNewline: Bool)
    }

    let kind: Kind
    let pattern: String
    let bytes: [UInt8]
    /// Whether the pattern's bytes can be compared with a byte-safe entry's (not for `matches`).
    let byteSafe: Bool
    let literal: Literal?
    /// The compiled pattern of `matches`.
    let compiled: TextPattern?

    init(_ kind: Kind, pattern: String, compiled: TextPattern? = nil) {
        self.kind = kind
        self.pattern = pattern
        bytes = Array(pattern.utf8)
        byteSafe = !bytes.isEmpty && bytes.withUnsafeBufferPointer { Self.isByteSafe($0) }
        self.compiled = compiled
        if kind == .matches, let compiled, let node = try? PatternParser.parse(compiled.source) {
            literal = Self.literal(node)
        } else {
            literal = nil
        }
    }

    /// Whether `bytes` (valid UTF-8) is text whose `Character`s are single scalars in one canonical form.
    static func isByteSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// The literal a pattern node is, with its anchors; nil when it is anything else.
    static func literal(_ node: PatternNode) -> Literal? {
        var items: [PatternNode]
        switch node {
        case .concat(let xs): items = xs
        case .scalar: items = [node]
        default: return nil
        }
        var start = false
        var end: PatternAssertion?
        if case .assertion(.start) = items.first {
            start = true
            items.removeFirst()
        }
        if case .assertion(let a) = items.last, a == .end || a == .absoluteEnd {
            end = a
            items.removeLast()
        }
        var scalars = String.UnicodeScalarView()
        for item in items {
            guard case .scalar(let v) = item, let s = Unicode.Scalar(v) else { return nil }
            scalars.append(s)
        }
        let bytes = Array(String(scalars).utf8)
        guard !bytes.isEmpty else { return nil }
        switch (start, end) {
        case (false, nil): return .anywhere(bytes)
        case (true, nil): return .prefix(bytes)
        case (false, let a?): return .suffix(bytes, beforeNewline: a == .end)
        case (true, let a?): return .whole(bytes, beforeNewline: a == .end)
        }
    }

    /// Per entry of `dictionary`, 1 where the predicate holds; nil when `stop` answered true (checked every
    /// 1,024 entries). Large dictionaries are read in two halves on two threads.
    func flags(_ dictionary: [String], stop: () -> Bool) -> [UInt8]? {
        let n = dictionary.count
        let parts = n >= 1 << 16 ? 2 : 1
        let chunk = (n + parts - 1) / max(parts, 1)
        let pieces: [[UInt8]?] = concurrentMap(parts) { p in
            let lo = p * chunk, hi = Swift.min(n, lo + chunk)
            guard lo < hi else { return [] }
            let matcher = compiled.map(PatternMatcher.init)
            var out = [UInt8](repeating: 0, count: hi - lo)
            var i = lo
            while i < hi {
                if (i - lo) & 0x3FF == 0, stop() { return nil }
                guard let hit = test(dictionary[i], matcher, stop) else { return nil }
                out[i - lo] = hit ? 1 : 0
                i += 1
            }
            return out
        }
        var all: [UInt8] = []
        all.reserveCapacity(n)
        for piece in pieces {
            guard let piece else { return nil }
            all.append(contentsOf: piece)
        }
        return all
    }

    /// Whether the predicate holds for `s`; nil when a `matches` was stopped.
    func test(_ s: String, _ matcher: PatternMatcher?, _ stop: () -> Bool) -> Bool? {
        if kind == .matches {
            if let literal {
                return Self.bytes(of: s) { Self.holds(literal, $0) }
            }
            // nil (stopped) must reach the caller: not `matcher?.matches(…) ?? false`, which would read it as
            // "no match" and go on.
            guard let matcher else { return false }
            return matcher.matches(s, stop: stop)
        }
        if byteSafe, let hit = Self.bytes(of: s, { t -> Bool? in
            guard Self.isByteSafe(t) else { return nil }
            return bytes.withUnsafeBufferPointer { p in onBytes(t, p) }
        }) {
            return hit
        }
        switch kind {
        case .contains: return s.contains(pattern)
        case .like: return Evaluator.like(Array(s), Array(pattern))
        case .startswith: return s.hasPrefix(pattern)
        default: return s.hasSuffix(pattern)
        }
    }

    /// The predicate on byte-safe text `t` and pattern `p`.
    func onBytes(_ t: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        switch kind {
        case .contains: return Self.find(p, in: t)
        case .startswith: return Self.hasPrefix(t, p)
        case .endswith: return Self.hasSuffix(t, p)
        default: return Self.like(t, p)
        }
    }

    static func bytes<R>(of s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        return Array(s.utf8).withUnsafeBufferPointer(body)
    }

    static func holds(_ literal: Literal, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        switch literal {
        case .anywhere(let b):
            return b.withUnsafeBufferPointer { find($0, in: t) }
        case .prefix(let b):
            return b.withUnsafeBufferPointer { hasPrefix(t, $0) }
        case .suffix(let b, let nl):
            return b.withUnsafeBufferPointer { p in
                if hasSuffix(t, p) { return true }
                guard nl, t.count > p.count, t[t.count - 1] == 0x0A else { return false }
                return hasSuffix(UnsafeBufferPointer(rebasing: t[0..<(t.count - 1)]), p)
            }
        case .whole(let b, let nl):
            return b.withUnsafeBufferPointer { p in
                if t.count == p.count { return hasPrefix(t, p) }
                return nl && t.count == p.count + 1 && t[p.count] == 0x0A && hasPrefix(t, p)
            }
        }
    }

    static func hasPrefix(_ t: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count >= p.count else { return false }
        for j in 0..<p.count where t[j] != p[j] { return false }
        return true
    }

    static func hasSuffix(_ t: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count >= p.count else { return false }
        let d = t.count - p.count
        for j in 0..<p.count where t[d + j] != p[j] { return false }
        return true
    }

    /// Whether `p` (nonempty) occurs in `t`: a scan for its first byte, then a compare. A match can only start
    /// on a scalar boundary (a lead byte never equals a continuation byte).
    static func find(_ p: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>) -> Bool {
        let m = p.count, n = t.count
        guard m > 0 else { return true }
        guard n >= m else { return false }
        let first = p[0]
        var i = 0
        let last = n - m
        while i <= last {
            if t[i] == first {
                var j = 1
                while j < m, t[i + j] == p[j] { j += 1 }
                if j == m { return true }
            }
            i += 1
        }
        return false
    }

    /// SQL `LIKE` over byte-safe UTF-8: `%` any run, `_` one scalar (one `Character` in byte-safe text); the
    /// algorithm of ``Evaluator/like(_:_:)`` with positions in bytes. `_` only matches on a scalar boundary,
    /// and a literal byte of the pattern (a lead or ASCII byte first) cannot match from inside a scalar, so
    /// every match it finds is a match of scalars.
    static func like(_ s: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        var si = 0, pi = 0
        var star = -1, mark = 0
        let sn = s.count, pn = p.count
        while si < sn {
            if pi < pn, p[pi] == 0x5F, s[si] & 0xC0 != 0x80 {  // `_`: one whole scalar
                si += scalarLength(s[si])
                pi += 1
            } else if pi < pn, p[pi] != 0x5F, p[pi] == s[si] {  // as the `Character` version, `%` meets `%` literally
                si += 1
                pi += 1
            } else if pi < pn, p[pi] == 0x25 {
                star = pi
                mark = si
                pi += 1
            } else if star >= 0 {
                pi = star + 1
                mark += 1
                si = mark
            } else {
                return false
            }
        }
        while pi < pn, p[pi] == 0x25 { pi += 1 }
        return pi == pn
    }

    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }
}
