/// A JSON value that remembers where it stood in its document, so a loader can name the place of a problem.
///
/// Numbers are kept as their literal text: nothing is read through binary floating point.
package enum JSONValue: Sendable {
    /// An object: its members in order.
    case object([JSONMember], offset: Int)
    /// An array.
    case array([JSONValue], offset: Int)
    /// A string, unescaped.
    case string(String, offset: Int)
    /// A number, as its literal text.
    case number(String, offset: Int)
    /// `true` or `false`.
    case bool(Bool, offset: Int)
    /// `null`.
    case null(offset: Int)

    /// Byte offset of the value's first character in the document.
    public var offset: Int {
        switch self {
        case .object(_, let o), .array(_, let o), .string(_, let o), .number(_, let o), .bool(_, let o), .null(let o):
            return o
        }
    }

    /// A short name of the value's kind for messages.
    public var kindName: String {
        switch self {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "a boolean"
        case .null: return "null"
        }
    }
}

/// One `"key": value` pair of an object.
package struct JSONMember: Sendable {
    /// The key, unescaped.
    public var key: String
    /// Byte offset of the key's opening quote.
    public var keyOffset: Int
    /// The value.
    public var value: JSONValue
}

/// A JSON syntax error at a byte offset.
package struct JSONSyntaxError: Error, Sendable, Equatable {
    /// What is wrong.
    public var message: String
    /// Byte offset where it went wrong.
    public var offset: Int
}

/// A strict JSON reader (RFC 8259): no comments, no trailing commas, duplicate keys refused, nesting bounded.
package struct JSONReader {
    /// Deeper nesting is refused rather than risking the stack.
    public static let maxDepth = 256

    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0
    /// Asked every 1,024 items of an array: a report of a million records takes seconds to parse.
    private var interrupt: Interrupt?

    /// Parses one JSON document.
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        var r = JSONReader(bytes: Array(text.utf8))
        return try r.document()
    }

    /// Parses one JSON document from UTF-8 bytes (a leading byte-order mark is skipped). Raising `interrupt`
    /// ends the parse with the error `interrupted` (asked every 1,024 items of an array).
    public static func parse(bytes: [UInt8], interrupt: Interrupt? = nil) throws(JSONSyntaxError) -> JSONValue {
        var r = JSONReader(bytes: bytes)
        r.interrupt = interrupt
        return try r.document()
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func document() throws(JSONSyntaxError) -> JSONValue {
        // Valid UTF-8 throughout means every string between two quotes is valid too (a quote byte never
        // stands inside a multi-byte character), so strings are then made without checking them again.
        if let bad = bytes.withUnsafeBufferPointer(firstInvalidUTF8) {
            throw fail("invalid UTF-8 (the file must be UTF-8 text)", at: bad)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        skipSpace()
        let v = try value()
        skipSpace()
        if i < bytes.count { throw fail("unexpected text after the JSON document") }
        return v
    }

    private func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(message: message, offset: offset ?? i)
    }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard i < bytes.count else { throw fail("unexpected end of the document (is the file truncated?)") }
        let start = i
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string(), offset: start)
        case UInt8(ascii: "t"): try literal("true"); return .bool(true, offset: start)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false, offset: start)
        case UInt8(ascii: "n"): try literal("null"); return .null(offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw fail("expected a JSON value")
        }
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        for b in word.utf8 {
            guard i < bytes.count, bytes[i] == b else { throw fail("expected '\(word)'") }
            i += 1
        }
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maxDepth { throw fail("nesting deeper than \(Self.maxDepth) levels") }
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        let start = i
        try enter()
        i += 1
        var members: [JSONMember] = []
        var seen: Set<String> = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            depth -= 1
            return .object(members, offset: start)
        }
        while true {
            skipSpace()
            guard i < bytes.count else { throw fail("unexpected end of the document inside an object") }
            guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
            let keyOffset = i
            let key = try string()
            // A few keys are compared one by one; a set takes over for objects with many.
            let duplicate: Bool
            if members.count < 16 {
                duplicate = members.contains { $0.key == key }
            } else {
                if seen.isEmpty { seen = Set(members.map(\.key)) }
                duplicate = !seen.insert(key).inserted
            }
            if duplicate { throw fail("duplicate key \"\(key)\"", at: keyOffset) }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
            i += 1
            skipSpace()
            let v = try value()
            members.append(JSONMember(key: key, keyOffset: keyOffset, value: v))
            skipSpace()
            guard i < bytes.count else { throw fail("unexpected end of the document inside an object") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; break }
            throw fail("expected ',' or '}'")
        }
        depth -= 1
        return .object(members, offset: start)
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        let start = i
        try enter()
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
            i += 1
            depth -= 1
            return .array(items, offset: start)
        }
        while true {
            skipSpace()
            items.append(try value())
            if items.count & 0x3FF == 0, interrupt.shouldStop { throw fail("interrupted") }
            skipSpace()
            guard i < bytes.count else { throw fail("unexpected end of the document inside an array") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; break }
            throw fail("expected ',' or ']'")
        }
        depth -= 1
        return .array(items, offset: start)
    }

    private mutating func number() throws(JSONSyntaxError) -> JSONValue {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        func digits(_ r: inout JSONReader) -> Int {
            var n = 0
            while r.i < r.bytes.count, r.bytes[r.i] >= 0x30, r.bytes[r.i] <= 0x39 { r.i += 1; n += 1 }
            return n
        }
        if digits(&self) == 0 { throw fail("expected digits") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            if digits(&self) == 0 { throw fail("expected digits after '.'") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            if digits(&self) == 0 { throw fail("expected digits in the exponent") }
        }
        return .number(String(decoding: bytes[start..<i], as: UTF8.self), offset: start)
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        let start = i
        i += 1
        // Most strings have no escape: their bytes are the string.
        let k = bytes.withUnsafeBufferPointer { Self.endOfPlainRun($0, from: i) }
        if k < bytes.count, bytes[k] == UInt8(ascii: "\"") {
            let s = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[i..<k]), as: UTF8.self) }
            i = k + 1
            return s
        }
        var out: [UInt8] = []
        var runStart = i
        i = k   // the bytes before k are plain
        while true {
            guard i < bytes.count else { throw fail("unterminated string", at: start) }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                out.append(contentsOf: bytes[runStart..<i])
                i += 1
                break
            }
            if b < 0x20 { throw fail("control character in a string (write it as an escape)") }
            if b == UInt8(ascii: "\\") {
                out.append(contentsOf: bytes[runStart..<i])
                i += 1
                guard i < bytes.count else { throw fail("unterminated string", at: start) }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            throw fail("unpaired surrogate in \\u escape")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate in \\u escape") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail("unpaired surrogate in \\u escape")
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape") }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default:
                    throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))'", at: i - 2)
                }
                runStart = i
                continue
            }
            i = bytes.withUnsafeBufferPointer { Self.endOfPlainRun($0, from: i + 1) }
        }
        // The document is valid UTF-8 and escapes add whole characters: `out` is valid too.
        return String(decoding: out, as: UTF8.self)
    }

    /// The offset of the first quote, backslash or control character at or after `from` (the end when there is
    /// none): sixteen bytes at a time, as string bodies (the report text above all) are long.
    static func endOfPlainRun(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var k = from
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            let quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\"")), backslash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
            let space = SIMD16<UInt8>(repeating: 0x20)
            while k + 16 <= bytes.count {
                let v = base.loadUnaligned(fromByteOffset: k, as: SIMD16<UInt8>.self)
                let special = (v .== quote) .| (v .== backslash) .| (v .< space)
                if any(special) {
                    for lane in 0..<16 where special[lane] { return k + lane }
                }
                k += 16
            }
        }
        while k < bytes.count, bytes[k] != UInt8(ascii: "\""), bytes[k] != UInt8(ascii: "\\"), bytes[k] >= 0x20 { k += 1 }
        return k
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard i < bytes.count else { throw fail("unterminated \\u escape") }
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw fail("invalid hex digit in \\u escape")
            }
            v = v * 16 + d
            i += 1
        }
        return v
    }
}

/// The offset of the first byte of `bytes` that is not part of well-formed UTF-8 (no overlong forms,
/// surrogates or values beyond U+10FFFF), or nil when all of it is well formed.
package func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let n = bytes.count
    var i = 0
    while i < n {
        // Eight ASCII bytes at a time.
        if i + 8 <= n, let base = bytes.baseAddress,
           UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
            i += 8
            continue
        }
        let b = bytes[i]
        if b < 0x80 { i += 1; continue }
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return i
        }
        guard i + length <= n else { return i }
        let second = bytes[i + 1]
        guard second >= low, second <= high else { return i }
        for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
        i += length
    }
    return nil
}

/// `s` as a JSON string literal: quotes, backslashes and control characters escaped (and U+2028/U+2029, which
/// JavaScript treats as line breaks), every other character as UTF-8. The one escaper every writer uses.
package func jsonStringLiteral(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}
