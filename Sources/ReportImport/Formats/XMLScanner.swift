/// A small XML reader for the parts of an Office document: start and end tags with their attributes, text
/// with its entities decoded, CDATA; comments, processing instructions and the DOCTYPE are skipped.
///
/// Not a validating parser: a malformed part gives whatever events its well-formed stretches hold, and never
/// more work than one pass over its bytes. Entities are the five XML ones and character references; no
/// DTD is read, so no entity can expand.
struct XMLScanner {
    enum Event {
        /// A start tag: its qualified name, its attributes, and whether it closed itself (`<w:br/>`).
        case start(name: Substring, attributes: [(name: Substring, value: String)], selfClosing: Bool)
        case end(name: Substring)
        case text(String)
    }

    /// Calls `visit` with every event of `bytes`, in order.
    static func scan(_ bytes: [UInt8], _ visit: (Event) -> Void) {
        let text = String(decoding: bytes, as: UTF8.self)
        let u = Array(text.utf8)
        var i = 0
        let n = u.count
        func substring(_ r: Range<Int>) -> Substring {
            Substring(decoding: u[r], as: UTF8.self)
        }
        while i < n {
            if u[i] != UInt8(ascii: "<") {
                var j = i
                while j < n, u[j] != UInt8(ascii: "<") { j += 1 }
                visit(.text(decodeEntities(u[i..<j])))
                i = j
                continue
            }
            if starts(u, i, "<!--") {
                i = find(u, i + 4, "-->").map { $0 + 3 } ?? n
            } else if starts(u, i, "<![CDATA[") {
                let close = find(u, i + 9, "]]>") ?? n
                visit(.text(String(decoding: u[(i + 9)..<close], as: UTF8.self)))
                i = min(n, close + 3)
            } else if starts(u, i, "<?") {
                i = find(u, i + 2, "?>").map { $0 + 2 } ?? n
            } else if starts(u, i, "<!") {
                i = find(u, i + 2, ">").map { $0 + 1 } ?? n
            } else if starts(u, i, "</") {
                var j = i + 2
                while j < n, !isSpace(u[j]), u[j] != UInt8(ascii: ">") { j += 1 }
                let name = substring((i + 2)..<j)
                i = find(u, j, ">").map { $0 + 1 } ?? n
                visit(.end(name: name))
            } else {
                var j = i + 1
                while j < n, !isSpace(u[j]), u[j] != UInt8(ascii: ">"), u[j] != UInt8(ascii: "/") { j += 1 }
                let name = substring((i + 1)..<j)
                var attributes: [(name: Substring, value: String)] = []
                var selfClosing = false
                // Attributes: name = "value" or 'value', until > or />.
                while j < n {
                    while j < n, isSpace(u[j]) { j += 1 }
                    guard j < n else { break }
                    if u[j] == UInt8(ascii: ">") { j += 1; break }
                    if u[j] == UInt8(ascii: "/") {
                        if j + 1 < n, u[j + 1] == UInt8(ascii: ">") { selfClosing = true; j += 2; break }
                        j += 1
                        continue
                    }
                    let nameStart = j
                    while j < n, !isSpace(u[j]), u[j] != UInt8(ascii: "="), u[j] != UInt8(ascii: ">"),
                          u[j] != UInt8(ascii: "/") { j += 1 }
                    let attributeName = substring(nameStart..<j)
                    while j < n, isSpace(u[j]) { j += 1 }
                    guard j < n, u[j] == UInt8(ascii: "=") else {
                        if j == nameStart { j += 1 }
                        continue
                    }
                    j += 1
                    while j < n, isSpace(u[j]) { j += 1 }
                    guard j < n else { break }
                    let quote = u[j]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        var k = j + 1
                        while k < n, u[k] != quote { k += 1 }
                        attributes.append((attributeName, decodeEntities(u[(j + 1)..<k])))
                        j = min(n, k + 1)
                    } else {
                        let valueStart = j
                        while j < n, !isSpace(u[j]), u[j] != UInt8(ascii: ">") { j += 1 }
                        attributes.append((attributeName, decodeEntities(u[valueStart..<j])))
                    }
                }
                i = j
                visit(.start(name: name, attributes: attributes, selfClosing: selfClosing))
            }
        }
    }

    /// `text` with `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and `&#…;` `&#x…;` replaced; any other `&` kept.
    static func decodeEntities(_ text: ArraySlice<UInt8>) -> String {
        guard text.contains(UInt8(ascii: "&")) else { return String(decoding: text, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            guard c == UInt8(ascii: "&") else { out.append(c); i += 1; continue }
            var j = i + 1
            while j < text.endIndex, j - i <= 12, text[j] != UInt8(ascii: ";") { j += 1 }
            guard j < text.endIndex, text[j] == UInt8(ascii: ";") else { out.append(c); i += 1; continue }
            let name = String(decoding: text[(i + 1)..<j], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch name {
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "amp": scalar = "&"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                }
            }
            if let scalar {
                out += Array(String(Character(scalar)).utf8)
                i = j + 1
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Private API

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
    }

    private static func starts(_ u: [UInt8], _ i: Int, _ prefix: StaticString) -> Bool {
        let p = prefix.utf8Start
        let count = prefix.utf8CodeUnitCount
        guard i + count <= u.count else { return false }
        for k in 0..<count where u[i + k] != p[k] { return false }
        return true
    }

    private static func find(_ u: [UInt8], _ from: Int, _ needle: StaticString) -> Int? {
        let count = needle.utf8CodeUnitCount
        var i = from
        while i + count <= u.count {
            if starts(u, i, needle) { return i }
            i += 1
        }
        return nil
    }
}
