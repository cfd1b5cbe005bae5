internal import ReportModel

/// One record of a collection, its fields in `reportql/1` order, and where its quote stands.
struct Record {
    enum Value {
        case text(String)
        case bool(Bool)
    }

    var fields: [(key: String, value: Value)] = []
    /// Character range of the quote in the text.
    var quote: Range<Int>
    /// Where the record's figures stand, for ordering.
    var position: Int

    init(quote: Range<Int>, position: Int? = nil) {
        self.quote = quote
        self.position = position ?? quote.lowerBound
    }

    mutating func set(_ key: String, _ value: String?) {
        if let value { fields.append((key, .text(value))) }
    }

    mutating func set(_ key: String, _ value: Bool?) {
        if let value { fields.append((key, .bool(value))) }
    }

    func text(_ key: String) -> String? {
        for f in fields where f.key == key {
            if case .text(let s) = f.value { return s }
        }
        return nil
    }
}

/// Writes the `reportql/1` document: one key per line at the top, one record per line in the arrays.
struct JSONWriter {
    private(set) var out = ""

    static func quoted(_ s: String) -> String { jsonStringLiteral(s) }

    static func object(_ fields: [(key: String, value: Record.Value)]) -> String {
        let parts = fields.map { f -> String in
            switch f.value {
            case .text(let s): return quoted(f.key) + ": " + quoted(s)
            case .bool(let b): return quoted(f.key) + ": " + (b ? "true" : "false")
            }
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    static func document(meta: [(key: String, value: String)], text: String,
                         sections: [[(key: String, value: Record.Value)]],
                         collections: [(key: String, records: [Record])]) -> String {
        var lines: [String] = []
        lines.append("{")
        lines.append("  \"format\": \"reportql/1\",")
        lines.append("  \"meta\": {")
        for (k, m) in meta.enumerated() {
            lines.append("    " + quoted(m.key) + ": " + quoted(m.value) + (k + 1 < meta.count ? "," : ""))
        }
        lines.append("  },")
        lines.append("  \"text\": " + quoted(text) + ",")
        var blocks: [(String, [String])] = [("sections", sections.map(object))]
        for c in collections { blocks.append((c.key, c.records.map { object($0.fields) })) }
        for (b, block) in blocks.enumerated() {
            let last = b + 1 == blocks.count
            if block.1.isEmpty {
                lines.append("  " + quoted(block.0) + ": []" + (last ? "" : ","))
                continue
            }
            lines.append("  " + quoted(block.0) + ": [")
            for (k, item) in block.1.enumerated() {
                lines.append("    " + item + (k + 1 < block.1.count ? "," : ""))
            }
            lines.append("  ]" + (last ? "" : ","))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
