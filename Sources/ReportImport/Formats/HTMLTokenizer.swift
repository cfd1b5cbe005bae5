/// An HTML tokenizer after the WHATWG HTML tokenization states: data, tag open, end tag open, tag name,
/// the attribute states, self-closing start tag, markup declaration, comment, bogus comment, DOCTYPE (as a
/// bogus comment), RAWTEXT (`script`, `style`, …), RCDATA (`title`, `textarea`) and PLAINTEXT, with
/// named and numeric character references decoded in data, RCDATA and attribute values.
///
/// Every state consumes at least one byte, and the end-tag search of RAWTEXT looks at each `<` once, so the
/// work is linear in the page's length whatever it holds.
struct HTMLTokenizer {
    enum Token {
        /// A start tag: its name in lower case, its attributes (names in lower case, the first of a repeated
        /// name kept), and whether it ended with `/>`.
        case start(name: String, attributes: [(name: String, value: String)], selfClosing: Bool)
        case end(name: String)
        /// Characters, references decoded.
        case text([UInt8])
    }

    /// Elements whose content is RAWTEXT (no tags, no references) up to their end tag.
    static let rawText: Set<String> = ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript"]
    /// Elements whose content is RCDATA (no tags; references decoded).
    static let rcData: Set<String> = ["title", "textarea"]

    private let u: [UInt8]
    private var i = 0

    /// Calls `emit` with every token of the UTF-8 `bytes`, in order.
    static func tokenize(_ bytes: [UInt8], _ emit: (Token) -> Void) {
        var t = HTMLTokenizer(u: bytes)
        t.run(emit)
    }

    private init(u: [UInt8]) { self.u = u }

    private mutating func run(_ emit: (Token) -> Void) {
        let n = u.count
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty {
                emit(.text(text))
                text.removeAll(keepingCapacity: true)
            }
        }
        while i < n {
            let c = u[i]
            if c == UInt8(ascii: "&") {
                i += 1
                appendReference(to: &text, inAttribute: false)
                continue
            }
            guard c == UInt8(ascii: "<") else {
                text.append(c == 0 ? 0x20 : c)
                i += 1
                continue
            }
            // Tag open state.
            guard i + 1 < n else { text.append(c); i += 1; break }
            let next = u[i + 1]
            if next == UInt8(ascii: "!") {
                flush()
                markupDeclaration()
            } else if next == UInt8(ascii: "/") {
                // End tag open state.
                if i + 2 < n, Self.isAlpha(u[i + 2]) {
                    i += 2
                    guard let tag = tag() else { break }
                    flush()
                    emit(.end(name: tag.name))
                } else if i + 2 < n, u[i + 2] == UInt8(ascii: ">") {
                    i += 3
                } else if i + 2 >= n {
                    text += u[i...]
                    i = n
                } else {
                    flush()
                    i += 2
                    bogusComment()
                }
            } else if Self.isAlpha(next) {
                i += 1
                guard let tag = tag() else { break }
                flush()
                emit(.start(name: tag.name, attributes: tag.attributes, selfClosing: tag.selfClosing))
                if !tag.selfClosing || tag.name == "script" {
                    if tag.name == "plaintext" {
                        emit(.text(Array(u[i...])))
                        i = n
                    } else if Self.rawText.contains(tag.name) || Self.rcData.contains(tag.name) {
                        rawContent(until: tag.name, decode: Self.rcData.contains(tag.name), emit)
                    }
                }
            } else if next == UInt8(ascii: "?") {
                flush()
                i += 1
                bogusComment()
            } else {
                text.append(c)
                i += 1
            }
        }
        flush()
    }

    // MARK: Tags

    private struct Tag {
        var name: String
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
    }

    private static func isAlpha(_ c: UInt8) -> Bool {
        (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z")
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D
    }

    private static func lower(_ c: UInt8) -> UInt8 {
        c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c | 0x20 : c
    }

    /// Tag name state through the attribute states, from the name's first letter to just past `>`; nil
    /// when the input ends inside the tag (the tag is then dropped, as the standard says).
    private mutating func tag() -> Tag? {
        let n = u.count
        var name: [UInt8] = []
        while i < n, !Self.isSpace(u[i]), u[i] != UInt8(ascii: "/"), u[i] != UInt8(ascii: ">") {
            name.append(Self.lower(u[i]))
            i += 1
        }
        var tag = Tag(name: String(decoding: name, as: UTF8.self))
        var seen: Set<String> = []
        // Before attribute name state.
        while i < n {
            let c = u[i]
            if Self.isSpace(c) { i += 1; continue }
            if c == UInt8(ascii: ">") { i += 1; return tag }
            if c == UInt8(ascii: "/") {
                // Self-closing start tag state.
                i += 1
                if i < n, u[i] == UInt8(ascii: ">") { tag.selfClosing = true; i += 1; return tag }
                continue
            }
            // Attribute name state (a leading `=` belongs to the name).
            var attributeName: [UInt8] = [Self.lower(c)]
            i += 1
            while i < n, !Self.isSpace(u[i]), u[i] != UInt8(ascii: "/"), u[i] != UInt8(ascii: ">"),
                  u[i] != UInt8(ascii: "=") {
                attributeName.append(Self.lower(u[i]))
                i += 1
            }
            // After attribute name state.
            while i < n, Self.isSpace(u[i]) { i += 1 }
            var value: [UInt8] = []
            if i < n, u[i] == UInt8(ascii: "=") {
                i += 1
                // Before attribute value state.
                while i < n, Self.isSpace(u[i]) { i += 1 }
                guard i < n else { return nil }
                let q = u[i]
                if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                    i += 1
                    while i < n, u[i] != q {
                        if u[i] == UInt8(ascii: "&") {
                            i += 1
                            appendReference(to: &value, inAttribute: true)
                        } else {
                            value.append(u[i])
                            i += 1
                        }
                    }
                    guard i < n else { return nil }
                    i += 1
                } else if q != UInt8(ascii: ">") {
                    while i < n, !Self.isSpace(u[i]), u[i] != UInt8(ascii: ">") {
                        if u[i] == UInt8(ascii: "&") {
                            i += 1
                            appendReference(to: &value, inAttribute: true)
                        } else {
                            value.append(u[i])
                            i += 1
                        }
                    }
                }
            }
            let key = String(decoding: attributeName, as: UTF8.self)
            if seen.insert(key).inserted {
                tag.attributes.append((key, String(decoding: value, as: UTF8.self)))
            }
        }
        return nil
    }

    // MARK: Comments and declarations

    /// Markup declaration open state, at `<!`: a comment, or a DOCTYPE or CDATA section read as a bogus
    /// comment (neither carries text a reader sees).
    private mutating func markupDeclaration() {
        let n = u.count
        if i + 3 < n, u[i + 2] == UInt8(ascii: "-"), u[i + 3] == UInt8(ascii: "-") {
            // Comment start state: `<!-->` and `<!--->` end at once.
            i += 4
            if i < n, u[i] == UInt8(ascii: ">") { i += 1; return }
            if i + 1 < n, u[i] == UInt8(ascii: "-"), u[i + 1] == UInt8(ascii: ">") { i += 2; return }
            // Comment state, to `-->` or `--!>`.
            while i < n {
                if u[i] == UInt8(ascii: "-"), i + 2 < n, u[i + 1] == UInt8(ascii: "-") {
                    if u[i + 2] == UInt8(ascii: ">") { i += 3; return }
                    if u[i + 2] == UInt8(ascii: "!"), i + 3 < n, u[i + 3] == UInt8(ascii: ">") { i += 4; return }
                }
                i += 1
            }
            return
        }
        i += 2
        bogusComment()
    }

    /// Bogus comment state: everything to the next `>`.
    private mutating func bogusComment() {
        while i < u.count, u[i] != UInt8(ascii: ">") { i += 1 }
        i = min(u.count, i + 1)
    }

    // MARK: RAWTEXT and RCDATA

    /// The content of a RAWTEXT or RCDATA element, up to (not including) its appropriate end tag: `</name`
    /// in any case, followed by a space, `/` or `>`.
    private mutating func rawContent(until name: String, decode: Bool, _ emit: (Token) -> Void) {
        let n = u.count
        let target = Array(name.utf8)
        let start = i
        var end = n
        var k = i
        while k < n {
            if u[k] == UInt8(ascii: "<"), k + 1 < n, u[k + 1] == UInt8(ascii: "/"), k + 2 + target.count <= n {
                var match = true
                for (j, t) in target.enumerated() where Self.lower(u[k + 2 + j]) != t {
                    match = false
                    break
                }
                if match {
                    let after = k + 2 + target.count
                    if after == n || Self.isSpace(u[after]) || u[after] == UInt8(ascii: "/") || u[after] == UInt8(ascii: ">") {
                        end = k
                        break
                    }
                }
            }
            k += 1
        }
        if decode {
            var text: [UInt8] = []
            i = start
            while i < end {
                if u[i] == UInt8(ascii: "&") {
                    i += 1
                    appendReference(to: &text, inAttribute: false, end: end)
                } else {
                    text.append(u[i])
                    i += 1
                }
            }
            if !text.isEmpty { emit(.text(text)) }
        } else if end > start {
            emit(.text(Array(u[start..<end])))
        }
        i = end
    }

    // MARK: Character references

    /// Code points the standard replaces in numeric references: 0x80–0x9F read as windows-1252.
    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Character reference state, just past `&`: appends the referenced characters, or `&` itself when
    /// what follows is not a reference.
    private mutating func appendReference(to out: inout [UInt8], inAttribute: Bool, end: Int? = nil) {
        let n = end ?? u.count
        if i < n, u[i] == UInt8(ascii: "#") {
            var k = i + 1
            let hex = k < n && (u[k] | 0x20) == UInt8(ascii: "x")
            if hex { k += 1 }
            var value: UInt32 = 0
            var digits = 0
            while k < n {
                let c = u[k]
                let d: UInt32
                if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
                    d = UInt32(c - UInt8(ascii: "0"))
                } else if hex, (c | 0x20) >= UInt8(ascii: "a"), (c | 0x20) <= UInt8(ascii: "f") {
                    d = UInt32((c | 0x20) - UInt8(ascii: "a") + 10)
                } else {
                    break
                }
                value = min(0x11_0000, value &* (hex ? 16 : 10) &+ d)
                digits += 1
                k += 1
            }
            guard digits > 0 else { out.append(UInt8(ascii: "&")); return }
            if k < n, u[k] == UInt8(ascii: ";") { k += 1 }
            i = k
            if value >= 0x80 && value <= 0x9F { value = Self.windows1252[Int(value - 0x80)] }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            out += Array(String(Character(scalar ?? "\u{FFFD}")).utf8)
            return
        }
        // Named character reference state: the longest name in the table.
        var k = i
        while k < n, k - i < HTMLEntities.longest, Self.isAlpha(u[k]) || (u[k] >= 0x30 && u[k] <= 0x39) { k += 1 }
        guard k > i else { out.append(UInt8(ascii: "&")); return }
        let name = String(decoding: u[i..<k], as: UTF8.self)
        if k < n, u[k] == UInt8(ascii: ";"), let value = HTMLEntities.table[name] {
            out += Array(value.utf8)
            i = k + 1
            return
        }
        // Without `;`: the longest legacy name that begins the run.
        var length = min(name.utf8.count, 6)
        while length >= 2 {
            let prefix = String(name.prefix(length))
            if HTMLEntities.legacy.contains(prefix), let value = HTMLEntities.table[prefix] {
                let after = i + length
                let following: UInt8 = after < n ? u[after] : 0
                if inAttribute, Self.isAlpha(following) || (following >= 0x30 && following <= 0x39)
                    || following == UInt8(ascii: "=") {
                    break
                }
                out += Array(value.utf8)
                i = after
                return
            }
            length -= 1
        }
        out.append(UInt8(ascii: "&"))
    }
}
