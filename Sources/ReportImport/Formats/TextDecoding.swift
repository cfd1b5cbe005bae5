internal import ReportModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Bytes to text: UTF-8 (with or without its BOM), UTF-16 with a BOM, or GB18030 (which GBK and GB2312 are
/// subsets of), converted by the C library's `iconv`.
///
/// The encoding is taken from the bytes: a BOM; else valid UTF-8 is UTF-8; else a charset the page
/// declares (`<meta charset=…>`); else GB18030. Bytes that are valid in none of these are an error naming
/// the offset of the first bad byte — never text with replacement characters in it.
enum TextDecoding {
    enum Encoding: String, Equatable {
        case utf8 = "UTF-8"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        case gb18030 = "GB18030"
        case big5 = "BIG5"
    }

    enum Failure: Error, Equatable {
        /// The bytes are not valid in `encoding`, first at `offset`.
        case invalid(Encoding, offset: Int)
        /// The C library cannot convert from `encoding` (its converters are missing).
        case unavailable(Encoding)
    }

    /// The text of `bytes` and the encoding it was read in. `declared` is a charset the document names.
    static func decode(_ bytes: [UInt8], declared: String? = nil) throws(Failure) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            if let bad = invalidUTF8Offset(body) { throw .invalid(.utf8, offset: bad + 3) }
            return (String(decoding: body, as: UTF8.self), .utf8)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (try utf16(bytes.dropFirst(2), bigEndian: false), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (try utf16(bytes.dropFirst(2), bigEndian: true), .utf16BE) }
        guard let bad = invalidUTF8Offset(bytes) else { return (String(decoding: bytes, as: UTF8.self), .utf8) }
        let encoding: Encoding
        switch declared?.lowercased() {
        case "big5", "big5-hkscs", "x-x-big5": encoding = .big5
        case "utf-8", "utf8":
            // Declared UTF-8 but not: the page is mislabelled; GB18030 is the likely truth, and is checked.
            _ = bad
            encoding = .gb18030
        default: encoding = .gb18030
        }
        return (try convert(bytes, from: encoding), encoding)
    }

    /// The offset of the first byte that is not part of valid UTF-8; nil when all of it is (the model's
    /// validator, the one the report loader uses).
    static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
    }

    /// The charset an HTML page declares in its first 1024 bytes (`<meta charset="gbk">` or
    /// `content="text/html; charset=gb2312"`), lower-cased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(1024).map { $0 >= 0x80 ? 0x20 : $0 }, as: UTF8.self).lowercased()
        guard let r = head.firstRange(of: "charset=") else { return nil }
        let name = head[r.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    // MARK: Private API

    private static func utf16(_ body: ArraySlice<UInt8>, bigEndian: Bool) throws(Failure) -> String {
        let encoding: Encoding = bigEndian ? .utf16BE : .utf16LE
        guard body.count % 2 == 0 else { throw .invalid(encoding, offset: 2 + body.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var k = body.startIndex
        while k < body.endIndex {
            let a = UInt16(body[k]), b = UInt16(body[k + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            k += 2
        }
        var scalars = String.UnicodeScalarView()
        var decoder = UTF16()
        var iterator = units.makeIterator()
        var offset = 2
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                scalars.append(s)
                offset += s.value > 0xFFFF ? 4 : 2
            case .emptyInput: break loop
            case .error: throw .invalid(encoding, offset: offset)
            }
        }
        return String(scalars)
    }

    /// `bytes` in `encoding`, converted to UTF-8 by iconv.
    private static func convert(_ bytes: [UInt8], from encoding: Encoding) throws(Failure) -> String {
        let cd = iconv_open("UTF-8", encoding.rawValue)
        guard let cd, cd != iconv_t(bitPattern: -1) else { throw .unavailable(encoding) }
        defer { iconv_close(cd) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        var failedAt: Int?
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                guard let inBase = inBuffer.baseAddress, let outBase = outBuffer.baseAddress else { return }
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBase)
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBase)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                // GB18030 is at most 4 bytes for a character that UTF-8 writes in at most 4, and 1–2 bytes
                // for those UTF-8 writes in up to 3: twice the input is room enough.
                let result = iconv(cd, &inPointer, &inLeft, &outPointer, &outLeft)
                if result == -1 || inLeft > 0 { failedAt = inBuffer.count - inLeft }
                produced = outBuffer.count - outLeft
            }
        }
        if let failedAt { throw .invalid(encoding, offset: failedAt) }
        return String(decoding: output[..<produced], as: UTF8.self)
    }
}
