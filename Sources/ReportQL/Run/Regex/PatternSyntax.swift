/// The syntax of `matches` patterns: a regular expression read into a tree (``PatternNode``).
///
/// The accepted language is the common core of Python's `re` and POSIX ERE, over Unicode scalars:
/// literals; `.` (any scalar but a line feed); classes `[...]` with ranges, `^` negation and the shorthands
/// `\d \w \s \D \W \S` (inside and outside classes); escapes (`\n \t \r \f \v \0 \xHH \uHHHH \U0010FFFF`, and
/// any punctuation); anchors `^ $ \A \Z \b \B`; groups `( )`, `(?: )`, `(?P<name> )`, `(?<name> )`;
/// alternation `|`; repetition `* + ? {m} {m,} {,n} {m,n}`, each also lazy (`*?`, … — a boolean match is the
/// same either way). What needs backtracking — backreferences, lookaround, atomic groups, possessive
/// quantifiers, conditionals — and inline flags are refused with the place they start.

/// A pattern that cannot be used: what is wrong, and where (a UTF-8 offset into the pattern).
struct PatternError: Error, Equatable {
    var message: String
    var offset: Int
}

/// One class item: a range of scalars, or a shorthand class.
enum ClassItem: Equatable, Sendable {
    case range(UInt32, UInt32)
    case digit(negated: Bool)
    case word(negated: Bool)
    case space(negated: Bool)

    func contains(_ c: UInt32) -> Bool {
        switch self {
        case .range(let lo, let hi): return c >= lo && c <= hi
        case .digit(let n): return ScalarClasses.isDigit(c) != n
        case .word(let n): return ScalarClasses.isWord(c) != n
        case .space(let n): return ScalarClasses.isSpace(c) != n
        }
    }
}

/// A set of scalars: the union of `items`, or its complement.
struct ScalarSet: Equatable, Sendable {
    var items: [ClassItem]
    var negated: Bool

    func contains(_ c: UInt32) -> Bool {
        var hit = false
        for item in items where item.contains(c) { hit = true; break }
        return hit != negated
    }
}

/// Zero-width tests.
enum PatternAssertion: Equatable, Sendable {
    /// `^`, `\A`: the start of the text.
    case start
    /// `$`: the end, or just before a line feed that ends the text.
    case end
    /// `\Z`: the very end.
    case absoluteEnd
    /// `\b`, `\B`.
    case wordBoundary(negated: Bool)
}

/// The tree of a pattern.
indirect enum PatternNode: Equatable {
    case empty
    case scalar(UInt32)
    /// `.`: any scalar but a line feed.
    case any
    case set(ScalarSet)
    case assertion(PatternAssertion)
    case concat([PatternNode])
    case alternation([PatternNode])
    /// `node{min,max}`; max nil is unbounded.
    case repetition(PatternNode, min: Int, max: Int?)
}

/// The Unicode classes behind `\d`, `\w` and `\s`, as Python's `re` defines them for text.
enum ScalarClasses {
    /// `\d`: a decimal digit of any script (general category Nd).
    static func isDigit(_ c: UInt32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        if isIdeograph(c) { return false }
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.generalCategory == .decimalNumber
    }

    /// `\w`: a letter or a number of any script (Chinese characters included), or `_`.
    static func isWord(_ c: UInt32) -> Bool {
        if c < 0x80 {
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
        }
        if isIdeograph(c) { return true }
        guard let s = Unicode.Scalar(c) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return s.properties.numericType != nil
        }
    }

    /// The CJK Unified Ideographs block (every one a letter, general category Lo): Chinese text answers
    /// `\d`, `\w` and `\s` without a lookup in the Unicode tables.
    @inline(__always)
    static func isIdeograph(_ c: UInt32) -> Bool { c >= 0x4E00 && c <= 0x9FFF }

    /// `\s`: white space, including the ideographic space U+3000 and the separators U+001C–U+001F.
    static func isSpace(_ c: UInt32) -> Bool {
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) }
        if isIdeograph(c) { return false }
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.isWhitespace
    }
}

/// Reads a pattern into a ``PatternNode``.
struct PatternParser {
    static let maxCount = 1000
    /// Groups nest at most this deep (each level is a frame of the recursive reader).
    static let maxDepth = 200

    private let scalars: [Unicode.Scalar]
    /// The UTF-8 offset of each scalar (and one past the end), for error places.
    private let offsets: [Int]
    private var i = 0
    private var depth = 0

    init(_ pattern: String) {
        scalars = Array(pattern.unicodeScalars)
        var o: [Int] = [0]
        o.reserveCapacity(scalars.count + 1)
        var at = 0
        for s in scalars { at += UTF8.width(s); o.append(at) }
        offsets = o
    }

    static func parse(_ pattern: String) throws(PatternError) -> PatternNode {
        var p = PatternParser(pattern)
        let node = try p.alternation()
        if p.i < p.scalars.count {
            // Only an unmatched `)` stops the top level early.
            throw p.fail("unbalanced ')'", at: p.i)
        }
        return node
    }

    private func fail(_ message: String, at index: Int) -> PatternError {
        PatternError(message: message, offset: offsets[min(index, offsets.count - 1)])
    }

    private var atEnd: Bool { i >= scalars.count }
    private func peek(_ k: Int = 0) -> UInt32? { i + k < scalars.count ? scalars[i + k].value : nil }

    private mutating func alternation() throws(PatternError) -> PatternNode {
        var branches: [PatternNode] = [try sequence()]
        while peek() == 0x7C {  // |
            i += 1
            branches.append(try sequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func sequence() throws(PatternError) -> PatternNode {
        var items: [PatternNode] = []
        while let c = peek(), c != 0x7C, c != 0x29 {  // | )
            let start = i
            var atom = try self.atom()
            // Quantifiers.
            var quantified = false
            while let q = peek() {
                var bounds: (Int, Int?)?
                let qStart = i
                switch q {
                case 0x2A: bounds = (0, nil); i += 1  // *
                case 0x2B: bounds = (1, nil); i += 1  // +
                case 0x3F: bounds = (0, 1); i += 1  // ?
                case 0x7B: bounds = try braces()  // {
                default: break
                }
                guard let (lo, hi) = bounds else { break }
                if quantified { throw fail("a repetition of a repetition (write a group around the first)", at: qStart) }
                if case .assertion = atom, scalars[start] != "(" { throw fail("nothing to repeat", at: qStart) }
                if start == qStart { throw fail("nothing to repeat", at: qStart) }
                quantified = true
                atom = .repetition(atom, min: lo, max: hi)
                if peek() == 0x3F { i += 1 }  // lazy: the same answer for "does it match"
                else if peek() == 0x2B { throw fail("possessive repetition is not supported", at: i) }
            }
            items.append(atom)
        }
        if items.isEmpty { return .empty }
        return items.count == 1 ? items[0] : .concat(items)
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at `i`; nil (and `i` unmoved) when the brace is a literal, as in Python.
    private mutating func braces() throws(PatternError) -> (Int, Int?)? {
        let open = i
        let s = scalars
        var k = i + 1
        func number() -> Int? {
            var v = 0, any = false
            while k < s.count, s[k].value >= 0x30, s[k].value <= 0x39 {
                any = true
                v = Swift.min(v * 10 + Int(s[k].value - 0x30), 1_000_000)
                k += 1
            }
            return any ? v : nil
        }
        let lo = number()
        var hi: Int? = lo
        var comma = false
        if k < s.count, s[k] == "," {
            comma = true
            k += 1
            hi = number()
        }
        // `{}` and anything but digits and one comma is literal text, as in Python.
        guard k < s.count, s[k] == "}", lo != nil || comma else { return nil }
        i = k + 1
        let low = lo ?? 0
        if low > Self.maxCount || (hi ?? 0) > Self.maxCount {
            throw fail("a repetition count is over \(Self.maxCount)", at: open)
        }
        if let hi, hi < low { throw fail("the repetition {\(low),\(hi)} has its bounds in the wrong order", at: open) }
        return (low, hi)
    }

    private mutating func atom() throws(PatternError) -> PatternNode {
        guard let c = peek() else { return .empty }
        let start = i
        switch c {
        case 0x28:  // (
            return try group()
        case 0x5B:  // [
            return .set(try bracket())
        case 0x2E:  // .
            i += 1
            return .any
        case 0x5E:  // ^
            i += 1
            return .assertion(.start)
        case 0x24:  // $
            i += 1
            return .assertion(.end)
        case 0x5C:  // \
            return try escape(inClass: false)
        case 0x2A, 0x2B, 0x3F:  // * + ?
            throw fail("nothing to repeat", at: start)
        default:
            i += 1
            return .scalar(c)
        }
    }

    private mutating func group() throws(PatternError) -> PatternNode {
        let open = i
        i += 1
        if peek() == 0x3F {  // (?
            let kind = peek(1)
            switch kind {
            case 0x3A:  // (?:
                i += 2
            case 0x50 where peek(2) == 0x3C, 0x3C where peek(2) != 0x3D && peek(2) != 0x21:  // (?P<name> (?<name>
                i += kind == 0x50 ? 3 : 2
                let nameStart = i
                while let c = peek(), c != 0x3E { i += 1; if c == 0x29 { break } }
                guard peek() == 0x3E, i > nameStart else { throw fail("a group name ends with '>'", at: open) }
                i += 1
            case 0x3D, 0x21:
                throw fail("lookahead ('(?=' and '(?!') is not supported", at: open)
            case 0x3C:
                throw fail("lookbehind ('(?<=' and '(?<!') is not supported", at: open)
            case 0x3E:
                throw fail("atomic groups ('(?>') are not supported", at: open)
            case 0x50 where peek(2) == 0x3D:
                throw fail("backreferences ('(?P=') are not supported", at: open)
            case 0x28:
                throw fail("conditional groups are not supported", at: open)
            case 0x23:
                throw fail("comments ('(?#') are not supported", at: open)
            default:
                throw fail("inline flags and other '(?' groups are not supported", at: open)
            }
        }
        depth += 1
        if depth > Self.maxDepth { throw fail("groups nest more than \(Self.maxDepth) deep", at: open) }
        let inner = try alternation()
        depth -= 1
        guard peek() == 0x29 else { throw fail("missing ')' for this group", at: open) }
        i += 1
        return inner
    }

    /// A class `[...]`.
    private mutating func bracket() throws(PatternError) -> ScalarSet {
        let open = i
        i += 1
        var negated = false
        if peek() == 0x5E { negated = true; i += 1 }
        var items: [ClassItem] = []
        var first = true
        while true {
            guard let c = peek() else { throw fail("missing ']' for this class", at: open) }
            if c == 0x5D && !first { i += 1; break }  // ]
            first = false
            // One end of a range, or a shorthand.
            let lo: UInt32
            if c == 0x5C {
                let e = try escape(inClass: true)
                switch e {
                case .scalar(let v): lo = v
                case .set(let s): items.append(contentsOf: s.items); continue
                default: throw fail("this escape cannot stand in a class", at: i - 1)
                }
            } else {
                if c == 0x5B, peek(1) == 0x3A {
                    // `[:alpha:]` means those characters to Python; refused here so nobody expects POSIX classes.
                    throw fail("POSIX classes ('[:name:]') are not supported; write the characters or \\d, \\w, \\s", at: i)
                }
                lo = c
                i += 1
            }
            // A range `lo-hi`, unless `-` is the last thing before `]`.
            if peek() == 0x2D, let next = peek(1), next != 0x5D {
                let dash = i
                i += 1
                let hi: UInt32
                if next == 0x5C {
                    guard case .scalar(let v) = try escape(inClass: true) else {
                        throw fail("a range cannot end in a class shorthand", at: dash)
                    }
                    hi = v
                } else {
                    hi = next
                    i += 1
                }
                if hi < lo { throw fail("the range is in the wrong order", at: dash - 1) }
                items.append(.range(lo, hi))
            } else {
                items.append(.range(lo, lo))
            }
        }
        return ScalarSet(items: items, negated: negated)
    }

    /// An escape at `i` (a backslash): a scalar, a shorthand class or an assertion.
    private mutating func escape(inClass: Bool) throws(PatternError) -> PatternNode {
        let at = i
        i += 1
        guard let c = peek() else { throw fail("a pattern cannot end in '\\'", at: at) }
        i += 1
        switch c {
        case 0x64: return .set(ScalarSet(items: [.digit(negated: false)], negated: false))  // d
        case 0x44: return .set(ScalarSet(items: [.digit(negated: true)], negated: false))  // D
        case 0x77: return .set(ScalarSet(items: [.word(negated: false)], negated: false))  // w
        case 0x57: return .set(ScalarSet(items: [.word(negated: true)], negated: false))  // W
        case 0x73: return .set(ScalarSet(items: [.space(negated: false)], negated: false))  // s
        case 0x53: return .set(ScalarSet(items: [.space(negated: true)], negated: false))  // S
        case 0x6E: return .scalar(0x0A)  // n
        case 0x74: return .scalar(0x09)  // t
        case 0x72: return .scalar(0x0D)  // r
        case 0x66: return .scalar(0x0C)  // f
        case 0x76: return .scalar(0x0B)  // v
        case 0x61: return .scalar(0x07)  // a
        case 0x30: return .scalar(0)  // 0
        case 0x62 where inClass: return .scalar(0x08)  // [\b] is a backspace
        case 0x62: return .assertion(.wordBoundary(negated: false))  // b
        case 0x42 where !inClass: return .assertion(.wordBoundary(negated: true))  // B
        case 0x41 where !inClass: return .assertion(.start)  // A
        case 0x5A where !inClass: return .assertion(.absoluteEnd)  // Z
        case 0x78: return .scalar(try hex(2, at: at))  // x
        case 0x75: return .scalar(try hex(4, at: at))  // u
        case 0x55: return .scalar(try hex(8, at: at))  // U
        case 0x31...0x39:
            throw fail("backreferences ('\\\(Character(Unicode.Scalar(c) ?? "1"))') are not supported", at: at)
        case 0x6B where peek() == 0x3C:
            throw fail("backreferences ('\\k<') are not supported", at: at)
        default:
            // Escaped punctuation (and any non-ASCII scalar) is itself; an unknown letter or digit is a mistake.
            let isAlnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
            if isAlnum, let s = Unicode.Scalar(c) {
                throw fail("unknown escape '\\\(Character(s))'", at: at)
            }
            return .scalar(c)
        }
    }

    private mutating func hex(_ digits: Int, at: Int) throws(PatternError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<digits {
            guard let c = peek() else { throw fail("this escape needs \(digits) hexadecimal digits", at: at) }
            let d: UInt32
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: throw fail("this escape needs \(digits) hexadecimal digits", at: at)
            }
            v = v &* 16 &+ d
            i += 1
        }
        guard v <= 0x10FFFF, Unicode.Scalar(v) != nil || (v >= 0xD800 && v <= 0xDFFF) else {
            throw fail("this escape is not a Unicode scalar", at: at)
        }
        return v
    }
}
