/// Reading a host's collection from CSV text, straight into columns.
extension Table {
    /// A collection from CSV text (RFC 4180): the first record names the fields, every other record is a row.
    ///
    /// Fields are separated by commas and records by LF or CRLF (the last one may be unterminated). A field
    /// in double quotes may hold commas, line breaks and doubled quotes (`"say ""hi"""`); a quote inside an
    /// unquoted field is an error. A leading UTF-8 byte-order mark is skipped.
    ///
    /// A field becomes a number column when every non-empty cell is a decimal (`-12.5`, `300`, `.5`; no
    /// exponents, spaces or separators). Numbers are read exactly, digit by digit, into scaled integers at
    /// the largest number of places any cell has; `units` gives a number field its unit (plain otherwise).
    /// Every other field is text, dictionary-coded. An empty cell is a missing value, except that a quoted
    /// empty cell (`""`) in a text field is the empty text.
    ///
    /// Large inputs are read on two threads (see BENCHMARKS.md); the result is the same either way.
    ///
    /// ```swift
    /// let bytes = Array("id,sector,invest\n1,工业,12.50\n2,农林水,\n".utf8)
    /// let t = try Table(csv: bytes, name: "mine", units: ["invest": .yiYuan])
    /// // invest: 12.5亿元 and a missing value; sector: text
    /// ```
    ///
    /// - Throws: ``CSVError`` naming the line: a record with the wrong number of fields, a stray quote,
    ///   text that is not UTF-8, a number too large to hold exactly, or a header that is empty or names a
    ///   field twice; `interrupted` when `interrupt` was raised (checked every batch of 2048 rows).
    public init(csv bytes: [UInt8], name: String, alias: String? = nil,
                units: [String: Unit] = [:], interrupt: Interrupt? = nil) throws(CSVError) {
        let columns = try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
            var reader = CSVReader(buffer)
            reader.interrupt = interrupt
            return try reader.read(units: units)
        }
        self.init(name: name, alias: alias, doc: "loaded from CSV", columns: columns)
    }
}

/// Why CSV text could not become a collection, and where.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The line (1-based) of the text where it went wrong.
    public var line: Int

    /// An error `message` at `line`.
    public init(message: String, line: Int) {
        self.message = message
        self.line = line
    }

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}

extension CSVReader {
    /// The columns of the text: the header's names, then every record, read again with a field as text each
    /// time a field guessed to be numeric turns out not to be.
    func read(units: [String: Unit]) throws(CSVError) -> [Column] {
        var names: [String] = []
        var pos = start
        let scratch = Scratch()
        if pos < bytes.count {
            var more = true
            while more {
                let cell: Cell
                (cell, more) = try field(&pos, scratch)
                let origin = scratch.origin(of: cell)
                guard let s = scratch.string(cell, bytes) else { throw fail("the header is not UTF-8 text", at: origin) }
                if s.isEmpty { throw fail("field \(names.count + 1) of the header has no name", at: origin) }
                if names.contains(where: { $0.lowercased() == s.lowercased() }) {
                    throw fail("the header names '\(s)' twice", at: origin)
                }
                names.append(s)
            }
        }
        if names.isEmpty { throw CSVError(message: "there is no header", line: 1) }
        var text = Set<Int>()
        while true {
            switch try rows(from: pos, names: names, text: text, units: names.map { units[$0] }) {
            case .read(let builders):
                return zip(names, builders).map { name, b in Column(name: name, data: b.finish()) }
            case .readAgainAsText(let field):
                text.insert(field)
            }
        }
    }
}
