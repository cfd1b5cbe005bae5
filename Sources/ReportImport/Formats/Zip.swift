/// Reading a ZIP archive (PKWARE APPNOTE): the central directory, then a member's data, stored or deflated.
///
/// Only what a Word document needs: one disk, no ZIP64, no encryption. Every offset and size is checked
/// against the archive's length, every member's CRC-32 against its data, and a member may inflate to at
/// most ``ZipArchive/memberLimit`` bytes.
struct ZipArchive {
    /// Why an archive cannot be read.
    enum Failure: Error, Equatable {
        case notZip
        case truncated(String)
        case unsupported(String)
        case corrupt(String)
        case tooLarge(String, limit: Int)
        case missing(String)
    }

    /// One member, as the central directory lists it.
    struct Entry: Equatable {
        var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeader: Int
    }

    /// The largest member inflated: a report's document.xml is a few megabytes; a zip bomb is stopped here.
    static let memberLimit = 64 << 20

    let bytes: [UInt8]
    private(set) var entries: [Entry] = []

    /// Whether `bytes` begin as a ZIP archive does (a local file header, or an empty archive's end record).
    static func looksLikeZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B
            && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6))
    }

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard Self.looksLikeZip(bytes) else { throw .notZip }
        guard let end = endRecord() else { throw .truncated("no end of central directory record") }
        let count = u16(end + 10)
        let size = u32(end + 12)
        let offset = u32(end + 16)
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw .unsupported("ZIP64 archives are not supported")
        }
        guard u16(end + 4) == 0, u16(end + 6) == 0 else { throw .unsupported("multi-disk archives are not supported") }
        guard offset + size <= end else { throw .truncated("the central directory lies beyond the end of the file") }
        var p = offset
        for _ in 0..<count {
            guard p + 46 <= end, u32(p) == 0x0201_4B50 else { throw .corrupt("a broken central directory entry") }
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            guard p + 46 + nameLength <= end else { throw .corrupt("a broken central directory entry") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(name: name, method: u16(p + 10), flags: u16(p + 8), crc: UInt32(u32(p + 16)),
                                 compressedSize: u32(p + 20), size: u32(p + 24), localHeader: u32(p + 42)))
            p += 46 + nameLength + extraLength + commentLength
        }
    }

    /// The member named `name` (exactly, or ignoring case), if any.
    func entry(_ name: String) -> Entry? {
        entries.first { $0.name == name } ?? entries.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The data of `entry`, inflated and checked.
    func data(_ entry: Entry, limit: Int = ZipArchive.memberLimit) throws(Failure) -> [UInt8] {
        if entry.flags & 1 != 0 { throw .unsupported("\(entry.name) is encrypted") }
        let h = entry.localHeader
        guard h + 30 <= bytes.count, u32(h) == 0x0403_4B50 else { throw .corrupt("\(entry.name): no local header") }
        let start = h + 30 + u16(h + 26) + u16(h + 28)
        guard start + entry.compressedSize <= bytes.count else { throw .truncated("\(entry.name) is cut short") }
        guard entry.size <= limit else { throw .tooLarge(entry.name, limit: limit) }
        let range = start..<(start + entry.compressedSize)
        let data: [UInt8]
        switch entry.method {
        case 0:
            data = Array(bytes[range])
        case 8:
            do {
                // No more than the size the directory declares: a member that inflates past it is damaged.
                data = try Inflater.inflate(bytes, range: range, limit: entry.size, expected: entry.size)
            } catch {
                switch error {
                case .corrupt(let why): throw .corrupt("\(entry.name): \(why)")
                case .tooLarge: throw .corrupt("\(entry.name) inflates to more than its declared \(entry.size) bytes")
                }
            }
        default:
            throw .unsupported("\(entry.name) uses compression method \(entry.method)")
        }
        guard data.count == entry.size, CRC32.checksum(data) == entry.crc else {
            throw .corrupt("\(entry.name) fails its CRC-32 check")
        }
        return data
    }

    // MARK: Private API

    /// The offset of the end of central directory record: searched back from the end, past a comment.
    private func endRecord() -> Int? {
        guard bytes.count >= 22 else { return nil }
        var p = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while p >= lowest {
            if bytes[p] == 0x50, bytes[p + 1] == 0x4B, bytes[p + 2] == 5, bytes[p + 3] == 6,
               p + 22 + u16(p + 20) == bytes.count {
                return p
            }
            p -= 1
        }
        return nil
    }

    private func u16(_ p: Int) -> Int {
        guard p >= 0, p + 2 <= bytes.count else { return 0 }
        return Int(bytes[p]) | Int(bytes[p + 1]) << 8
    }

    private func u32(_ p: Int) -> Int {
        guard p >= 0, p + 4 <= bytes.count else { return 0 }
        return Int(bytes[p]) | Int(bytes[p + 1]) << 8 | Int(bytes[p + 2]) << 16 | Int(bytes[p + 3]) << 24
    }
}

/// CRC-32 (ISO-HDLC, as ZIP uses it).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
