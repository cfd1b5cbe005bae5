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
//
// The bytes are the column's `DictionaryBytes` (ReportModel): every entry in one buffer, each entry's
// byte-safe bit computed once when it joined the dictionary. Three ways through it, all exact as above:
// - a dictionary whose entries ascend in byte order (names numbered in the order they were written) holds
//   the entries that start with a prefix in one range of codes, found by binary search: `startswith` (and
//   `matches '^lit'`) is that range of codes (`CodeTest.codeRange`), no entry read; `like 'abc%…'` tests
//   only the entries in the range. A dictionary of a few ascending runs (rows in sorted clusters) gives a
//   range per run, and only the entries in them are tested;
// - `contains` (and `matches 'lit'`) searches the whole buffer, eight places a step, a hit counting for the
//   entry it lies in;
// - anything else tests each entry's bytes in place.
// Entries that are not byte-safe are tested through `String` in every way.

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
    /// For `like`: how many bytes of the pattern come before its first wildcard, and after its last.
    let likeHead: Int, likeTail: Int

    init(_ kind: Kind, pattern: String, compiled: TextPattern? = nil) {
        self.kind = kind
        self.pattern = pattern
        bytes = Array(pattern.utf8)
        byteSafe = !bytes.isEmpty && bytes.withUnsafeBufferPointer { Self.isByteSafe($0) }
        self.compiled = compiled
        let b = bytes
        likeHead = b.firstIndex { $0 == 0x25 || $0 == 0x5F } ?? b.count
        likeTail = b.count - ((b.lastIndex { $0 == 0x25 || $0 == 0x5F }).map { $0 + 1 } ?? 0)
        if kind == .matches, let compiled, let node = try? PatternParser.parse(compiled.source) {
            literal = Self.literal(node)
        } else {
            literal = nil
        }
    }

    /// Whether `bytes` (valid UTF-8) is text whose `Character`s are single scalars in one canonical form.
    static func isByteSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { DictionaryBytes.isByteSafe(bytes) }

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

    /// Whether entry `k` of `text` is decided on its bytes: a literal `matches` always (it is exact on bytes
    /// for every text), any other when the pattern and the entry are byte-safe.
    @inline(__always)
    func onBytes(_ text: DictionaryBytes, _ k: Int) -> Bool {
        kind == .matches ? literal != nil : byteSafe && text.safe[k] != 0
    }

    /// The bytes every entry decided on bytes must start with to hold, when there are some.
    var requiredPrefix: [UInt8]? {
        switch kind {
        case .startswith: return byteSafe ? bytes : nil
        case .like:
            guard byteSafe else { return nil }
            let head = bytes.prefix { $0 != 0x25 && $0 != 0x5F }
            return head.isEmpty ? nil : Array(head)
        case .matches:
            switch literal {
            case .prefix(let b)?, .whole(let b, _)?: return b
            default: return nil
            }
        default: return nil
        }
    }

    /// The entries that start with ``requiredPrefix`` in each ascending run of the dictionary (see
    /// `DictionaryBytes.runs`), by binary search within the run, as code order is byte order there; ascending.
    /// Nil when there is no prefix or the runs are too many.
    func prefixRanges(_ text: DictionaryBytes) -> [Range<Int>]? {
        guard let p = requiredPrefix, let runs = text.runs else { return nil }
        return p.withUnsafeBufferPointer { pb in
            // -1, 0, 1: the entry's first |p| bytes before, equal to, after p. Monotone within a run.
            func side(_ k: Int) -> Int {
                text.withEntry(k) { e in
                    let head = UnsafeBufferPointer(rebasing: e[0..<Swift.min(e.count, pb.count)])
                    return DictionaryBytes.compare(head, pb).signum()
                }
            }
            func first(_ lo: Int, _ hi: Int, _ above: (Int) -> Bool) -> Int {
                var lo = lo, hi = hi
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if above(mid) { hi = mid } else { lo = mid + 1 }
                }
                return lo
            }
            var out: [Range<Int>] = []
            for run in runs {
                let lo = first(run.lowerBound, run.upperBound) { side($0) >= 0 }
                let hi = first(lo, run.upperBound) { side($0) > 0 }
                if lo < hi { out.append(lo..<hi) }
            }
            return out
        }
    }

    /// The codes `lo..<hi` the predicate holds for exactly, when it is a prefix of an ascending dictionary
    /// whose every entry is decided on bytes (`startswith`, `matches '^lit'`); nil otherwise.
    func exactRange(_ text: DictionaryBytes) -> Range<Int>? {
        let exact: Bool
        switch kind {
        case .startswith: exact = text.unsafeEntries.isEmpty
        case .matches: if case .prefix? = literal { exact = true } else { exact = false }
        default: exact = false
        }
        guard exact, text.ascending, let ranges = prefixRanges(text) else { return nil }
        return ranges.first ?? 0..<0
    }

    /// Per entry of the dictionary `text`, 1 where the predicate holds; nil when `stop`
    /// answered true (checked every 1,024 entries). Entries decided on bytes are read from the one buffer;
    /// under a required prefix of an ascending dictionary only the entries that start with it are tested;
    /// `contains` (and a literal `matches`) searches the buffer itself, not entry by entry. Large
    /// dictionaries are read in two halves on two threads.
    func flags(_ text: DictionaryBytes, stop: () -> Bool) -> [UInt8]? {
        let n = text.count
        let ranges = prefixRanges(text) ?? [0..<n]
        var all = [UInt8](repeating: 0, count: n)
        for range in ranges {
            let parts = range.count >= 1 << 16 ? 2 : 1
            let chunk = (range.count + parts - 1) / max(parts, 1)
            let pieces: [[UInt8]?] = concurrentMap(parts) { p in
                let lo = range.lowerBound + p * chunk, hi = Swift.min(range.upperBound, lo + chunk)
                guard lo < hi else { return [] }
                return flags(text, lo..<hi, stop)
            }
            var at = range.lowerBound
            for piece in pieces {
                guard let piece else { return nil }
                all.replaceSubrange(at..<(at + piece.count), with: piece)
                at += piece.count
            }
        }
        // Entries outside the ranges that are not decided on bytes: through `String` (both lists ascend).
        if ranges != [0..<n] {
            let matcher = compiled.map(PatternMatcher.init)
            var r = 0
            for (j, k32) in text.unsafeEntries.enumerated() {
                let k = Int(k32)
                if j & 0x3FF == 0, stop() { return nil }
                while r < ranges.count, ranges[r].upperBound <= k { r += 1 }
                guard r == ranges.count || !ranges[r].contains(k), !onBytes(text, k) else { continue }
                guard let hit = test(text.string(k), matcher, stop) else { return nil }
                all[k] = hit ? 1 : 0
            }
        }
        return all
    }

    /// ``flags(_:stop:)`` for the entries `range`.
    func flags(_ text: DictionaryBytes, _ range: Range<Int>, _ stop: () -> Bool) -> [UInt8]? {
        var out = [UInt8](repeating: 0, count: range.count)
        let matcher = compiled.map(PatternMatcher.init)
        let searched: [UInt8]?
        switch (kind, literal) {
        case (.contains, _) where byteSafe: searched = bytes
        case (.matches, .anywhere(let b)?): searched = b
        default: searched = nil
        }
        let ok = text.bytes.withUnsafeBufferPointer { arena -> Bool in
            text.offsets.withUnsafeBufferPointer { offsets -> Bool in
                out.withUnsafeMutableBufferPointer { o -> Bool in
                    if let searched {
                        // The buffer searched a chunk of entries at a time; a hit counts for the entry it starts
                        // in when it ends there too.
                        let ok = searched.withUnsafeBufferPointer { p -> Bool in
                            var a = range.lowerBound
                            while a < range.upperBound {
                                if stop() { return false }
                                let b = Swift.min(range.upperBound, a + 4096)
                                var e = a
                                let base = offsets[a]
                                Self.search(p, in: UnsafeBufferPointer(rebasing: arena[base..<offsets[b]])) { s in
                                    let at = base + s
                                    while offsets[e + 1] <= at { e += 1 }
                                    if at + p.count <= offsets[e + 1] { o[e - range.lowerBound] = 1 }
                                    return offsets[e + 1] - base
                                }
                                a = b
                            }
                            return true
                        }
                        guard ok else { return false }
                        // Entries not decided on bytes (a `contains` of text that is not byte-safe): through `String`.
                        guard kind != .matches else { return true }
                        for (j, k) in text.unsafeEntries.enumerated() where range.contains(Int(k)) {
                            if j & 0x3FF == 0, stop() { return false }
                            guard let hit = test(text.string(Int(k)), matcher, stop) else { return false }
                            o[Int(k) - range.lowerBound] = hit ? 1 : 0
                        }
                        return true
                    }
                    return bytes.withUnsafeBufferPointer { p -> Bool in
                        text.safe.withUnsafeBufferPointer { safe -> Bool in
                            // One loop per test, so the test is inlined into it.
                            @inline(__always)
                            func each(_ holds: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
                                let decided = kind == .matches ? literal != nil : byteSafe
                                for k in range {
                                    if (k - range.lowerBound) & 0x3FF == 0, stop() { return false }
                                    let hit: Bool
                                    if decided && (kind == .matches || safe[k] != 0) {
                                        let at = offsets[k]
                                        hit = holds(UnsafeBufferPointer(start: arena.baseAddress.map { $0 + at },
                                                                        count: offsets[k + 1] - at))
                                    } else {
                                        guard let h = test(text.string(k), matcher, stop) else { return false }
                                        hit = h
                                    }
                                    o[k - range.lowerBound] = hit ? 1 : 0
                                }
                                return true
                            }
                            switch (kind, literal) {
                            case (.matches, let literal?):
                                switch literal {
                                case .prefix(let b): return b.withUnsafeBufferPointer { q in each { Self.hasPrefix($0, q) } }
                                case .suffix(let b, false): return b.withUnsafeBufferPointer { q in each { Self.hasSuffix($0, q) } }
                                default: return each { Self.holds(literal, $0) }
                                }
                            case (.matches, nil): return each { _ in false }  // every entry through the automaton
                            case (.startswith, _): return each { Self.hasPrefix($0, p) }
                            case (.endswith, _): return each { Self.hasSuffix($0, p) }
                            case (.like, _):
                                let head = likeHead, tail = likeTail
                                return each { Self.like($0, p, head: head, tail: tail) }
                            default: return each { Self.find(p, in: $0) }
                            }
                        }
                    }
                }
            }
        }
        return ok ? out : nil
    }

    /// Whether the predicate holds for entry `k` of the dictionary `text`; nil when a `matches` was stopped.
    func testEntry(_ text: DictionaryBytes, _ k: Int, _ matcher: PatternMatcher?,
              _ stop: () -> Bool) -> Bool? {
        guard onBytes(text, k) else { return test(text.string(k), matcher, stop) }
        return text.withEntry(k) { e in
            if let literal { return Self.holds(literal, e) }
            return bytes.withUnsafeBufferPointer { onBytes(e, $0) }
        }
    }

    /// Calls `hit` with each place in `t` where `p` (nonempty) starts, ascending but from where the last call
    /// said to go on (`hit` answers the place to search from next). Eight places a step: the bytes at each
    /// place and at `|p| - 1` after it compared with `p`'s first and last in one word each (SWAR), and only
    /// where both agree a full compare.
    static func search(_ p: UnsafeBufferPointer<UInt8>, in t: UnsafeBufferPointer<UInt8>, _ hit: (Int) -> Int) {
        let m = p.count, n = t.count
        guard m > 0, n >= m, let tb = t.baseAddress, let pb = p.baseAddress else { return }
        let raw = UnsafeRawPointer(tb)
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let first = UInt64(pb[0]) &* ones, last = UInt64(pb[m - 1]) &* ones
        let lastStart = n - m
        var from = 0
        @inline(__always) func equal(_ s: Int) -> Bool {
            var j = 0
            while j < m, tb[s + j] == pb[j] { j += 1 }
            return j == m
        }
        var i = 0
        while i + 7 <= lastStart {
            let a = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) ^ first
            let b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + m - 1, as: UInt64.self)) ^ last
            let z = a | b
            // A zero byte of z: both agree there (a borrow may flag bytes above a zero: checked in full).
            var mask = (z &- ones) & ~z & highs
            while mask != 0 {
                let s = i + mask.trailingZeroBitCount >> 3
                mask &= mask &- 1
                if s >= from, equal(s) { from = hit(s) }
            }
            i = Swift.max(i + 8, from)
        }
        i = Swift.max(i, from)
        while i <= lastStart {
            if tb[i] == pb[0], equal(i) {
                i = Swift.max(i + 1, hit(i))
            } else {
                i += 1
            }
        }
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
        default: return Self.like(t, p, head: likeHead, tail: likeTail)
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

    /// Whether `t` starts with `p`: eight bytes at a time.
    @inline(__always)
    static func hasPrefix(_ t: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count >= p.count else { return false }
        return equal(UnsafeBufferPointer(rebasing: t[0..<p.count]), p)
    }

    /// Whether `t` ends with `p`: eight bytes at a time.
    @inline(__always)
    static func hasSuffix(_ t: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count >= p.count else { return false }
        return equal(UnsafeBufferPointer(rebasing: t[(t.count - p.count)...]), p)
    }

    /// Whether two byte strings of one length are equal (``TextIndex/equal(_:_:)``, inlined across modules).
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        TextIndex.equal(a, b)
    }

    /// `like` of byte-safe `t` and `p`, with what any match needs checked first a word at a time: `p`'s bytes
    /// before its first wildcard start `t`, and those after its last end it (literal bytes each; nothing in
    /// the pattern can match across them).
    @inline(__always)
    static func like(_ t: UnsafeBufferPointer<UInt8>, _ p: UnsafeBufferPointer<UInt8>, head: Int, tail: Int) -> Bool {
        if head > 0, !hasPrefix(t, UnsafeBufferPointer(rebasing: p[0..<head])) { return false }
        if tail > 0, !hasSuffix(t, UnsafeBufferPointer(rebasing: p[(p.count - tail)...])) { return false }
        return like(t, p)
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
            if pi < pn, p[pi] == 0x25 {  // `%`: always the wildcard, also where the text has a `%`
                star = pi
                mark = si
                pi += 1
            } else if pi < pn, p[pi] == 0x5F, s[si] & 0xC0 != 0x80 {  // `_`: one whole scalar
                si += scalarLength(s[si])
                pi += 1
            } else if pi < pn, p[pi] != 0x5F, p[pi] == s[si] {
                si += 1
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
