/// Reads the records in batches: first the cells of a batch of rows are found (where each starts and how
/// long it is), then each field's cells go into its column together — numbers parsed in one loop, text
/// hashed in one loop and looked up in the next, so the lookups of a batch overlap their cache misses.
/// Number fields are guessed from their first non-empty cell; when a later cell is not a number the
/// reading starts again with that field as text.
struct CSVReader: @unchecked Sendable {  // reads immutable bytes; safe to share between threads
    let bytes: UnsafeBufferPointer<UInt8>
    /// Where the header starts (after a byte-order mark).
    let start: Int

    /// Rows per batch.
    static let batch = 2048
    /// Checked once per batch.
    var interrupt: Interrupt?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
    /// The cell at `pos`, moving `pos` past its delimiter; `more` when a comma followed it. A quoted cell with
    /// doubled quotes is unescaped into `scratch`.
    @inline(__always)
    func field(_ pos: inout Int, _ scratch: Scratch) throws(CSVError) -> (Cell, more: Bool) {
        let n = bytes.count
        let begin = pos
        var i = pos
        if i < n, bytes[i] == UInt8(ascii: "\"") {
            i += 1
            let contentStart = i
            var escaped = false
            while true {
                guard i < n else { throw fail("a quoted field is not closed", at: begin) }
                if bytes[i] == UInt8(ascii: "\"") {
                    if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\"") {
                        escaped = true
                        i += 2
                        continue
                    }
                    break
                }
                i += 1
            }
            let contentEnd = i
            i += 1
            guard contentEnd - contentStart <= Int(UInt32.max) else { throw fail("a field longer than 4 GB", at: begin) }
            var cell = Cell(offset: contentStart, length: UInt32(contentEnd - contentStart), flags: Cell.quotedFlag)
            if escaped {
                cell.offset = scratch.bytes.count
                scratch.origins[cell.offset] = begin
                var k = contentStart
                while k < contentEnd {
                    scratch.bytes.append(bytes[k])
                    k += bytes[k] == UInt8(ascii: "\"") ? 2 : 1
                }
                cell.length = UInt32(scratch.bytes.count - cell.offset)
                cell.flags |= Cell.escapedFlag
            }
            let more = try delimiter(&i)
            pos = i
            return (cell, more)
        }
        // Eight bytes at a time to the first byte below "-" (0x2D): every delimiter and the quote are, and
        // no byte of a multi-byte UTF-8 character is.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let low = (w &- 0x2D2D_2D2D_2D2D_2D2D) & ~w & 0x8080_8080_8080_8080
                if low != 0 {
                    i += low.trailingZeroBitCount >> 3
                    break
                }
                i += 8
            }
        }
        while i < n {
            let b = bytes[i]
            if b > UInt8(ascii: ",") { i += 1; continue }
            if b == UInt8(ascii: ",") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { break }
            if b == UInt8(ascii: "\"") { throw fail("a quote inside an unquoted field", at: i) }
            i += 1
        }
        if i &- begin > Int(UInt32.max) { throw fail("a field longer than 4 GB", at: begin) }
        let cell = Cell(offset: begin, length: UInt32(i - begin), flags: 0)
        let more = try delimiter(&i)
        pos = i
        return (cell, more)
    }

    /// Consumes the comma or line end at `i`: true after a comma, false at the end of a record.
    @inline(__always)
    func delimiter(_ i: inout Int) throws(CSVError) -> Bool {
        guard i < bytes.count else { return false }
        switch bytes[i] {
        case UInt8(ascii: ","):
            i += 1
            return true
        case UInt8(ascii: "\n"):
            i += 1
            return false
        case UInt8(ascii: "\r") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n"):
            i += 2
            return false
        case UInt8(ascii: "\r") where i + 1 == bytes.count:
            i += 1
            return false
        default:
            throw fail("unexpected text after a closing quote", at: i)
        }
    }

    func fail(_ message: String, at offset: Int) -> CSVError {
        var line = 1
        for k in 0..<Swift.min(offset, bytes.count) where bytes[k] == UInt8(ascii: "\n") { line += 1 }
        return CSVError(message: message, line: line)
    }

    /// Unescaped quoted cells of one batch, and where each began in the text.
    final class Scratch {
        var bytes: [UInt8] = []
        /// For each unescaped cell (by its offset here), where it starts in the text.
        var origins: [Int: Int] = [:]

        func reset() {
            bytes.removeAll(keepingCapacity: true)
            origins.removeAll(keepingCapacity: true)
        }

        /// Where `cell` starts in the text (its opening quote, if any), for messages.
        func origin(of cell: Cell) -> Int {
            cell.escaped ? origins[cell.offset] ?? 0 : cell.offset - (cell.quoted ? 1 : 0)
        }

        /// The content of `cell` as text; nil when it is not UTF-8.
        func string(_ cell: Cell, _ text: UnsafeBufferPointer<UInt8>) -> String? {
            bytes.withUnsafeBufferPointer { s in
                String(validating: CellText(text: text, scratch: s).bytes(of: cell), as: UTF8.self)
            }
        }
    }

    /// Where a cell's content is: `length` bytes at `offset` of the text (of the scratch when escaped).
    /// Sixteen bytes, so a batch of cells stays small.
    struct Cell {
        var offset: Int
        var length: UInt32
        var flags: UInt8

        static let quotedFlag: UInt8 = 1
        static let escapedFlag: UInt8 = 2

        var quoted: Bool { flags & Self.quotedFlag != 0 }
        var escaped: Bool { flags & Self.escapedFlag != 0 }
        /// An empty unquoted cell: a missing value.
        var isMissing: Bool { length == 0 && flags == 0 }
    }
}

/// The bytes a batch's cells point into: the text, and the scratch of unescaped quoted cells.
struct CellText {
    let text: UnsafeBufferPointer<UInt8>
    let scratch: UnsafeBufferPointer<UInt8>

    @inline(__always)
    func bytes(of cell: CSVReader.Cell) -> UnsafeBufferPointer<UInt8> {
        let base = cell.escaped ? scratch : text
        return UnsafeBufferPointer(start: base.baseAddress.map { $0 + cell.offset }, count: Int(cell.length))
    }
}
