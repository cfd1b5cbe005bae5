import Synchronization

/// A section of a report: a chapter (`一`) or one of its numbered parts (`一(四)`).
public struct Section: Sendable, Hashable {
    /// The section's number as the report writes it: `一` for a chapter, `一(四)` for a part.
    public var id: String
    /// The heading, without its number.
    public var title: String
    /// The id of the chapter a numbered part belongs to; nil for a chapter.
    public var parent: String?
    /// UTF-8 offsets of the section in the report text: from its heading to the next section of its level.
    public var start: Int
    /// UTF-8 offset where the section ends (exclusive).
    public var end: Int
}

/// Where a record's figures stand in the report text.
public struct TextSpan: Sendable, Hashable {
    /// UTF-8 offset of the quote in the report text.
    public var start: Int
    /// Length of the quote in UTF-8 bytes.
    public var length: Int

    /// A span of `length` UTF-8 bytes from offset `start`.
    public init(start: Int, length: Int) {
        self.start = start
        self.length = length
    }
}

/// One report, modelled: its metadata, its full text, its sections, and its collections as columnar tables.
public struct Report: Sendable {
    /// Where the report was loaded from: a path, or `<built-in>`.
    public var source: String
    /// Metadata in the order of the schema's `report` collection.
    public var meta: [(key: String, value: String)]
    /// The full text of the report; every record's quote is in it.
    public var text: String
    /// Chapters and their numbered parts, in text order.
    public var sections: [Section]
    /// Every collection, stored and derived, in schema order.
    public var tables: [Table]
    /// For each table name, the span of each row's quote in ``text`` (absent for derived collections).
    public var spans: [String: [TextSpan]]

    /// The metadata value for `key` (`title`, `region`, `reportYear` …); nil when the report does not give it.
    public func metaValue(_ key: String) -> String? {
        meta.first { $0.key == key }?.value
    }

    /// The region the report is about (`泉港区`); empty when the metadata does not give it.
    public var region: String { metaValue("region") ?? "" }
    /// The year the report reports on (`2023`); empty when the metadata does not give it.
    public var reportYear: String { metaValue("reportYear") ?? "" }

    /// The collection answering to `word` (English, any case, or its Chinese alias).
    public func table(_ word: String) -> Table? {
        tables.first { $0.answers(to: word) }
    }

    /// The 1-based line of the text at UTF-8 offset `offset`.
    public func line(at offset: Int) -> Int {
        Lines.line(of: offset, starts: lineStarts)
    }

    /// UTF-8 offsets at which each line of the text starts.
    public internal(set) var lineStarts: [Int] = [0]

    /// The deepest section holding UTF-8 offset `offset`.
    public func section(at offset: Int) -> Section? {
        var best: Section?
        for s in sections where s.start <= offset && offset < s.end {
            if best == nil || s.parent != nil { best = s }
        }
        return best
    }
}

extension Report {
    /// The built-in report: 泉港区's report on 2023 and its plan for 2024, built on first use.
    ///
    /// It is compiled in as columns (`Builtin/BuiltinSnapshot.swift`, written by `swift run generate-builtin`
    /// from `Builtin/quangang-2023.json` and checked by the tests to equal what ``load(json:source:)`` builds
    /// from it), so nothing is parsed at startup.
    public static let builtin: Report = builtinSnapshot()

    /// Built-in collection `t`, built from its literals on first use and kept, for the catalog over the
    /// built-in report, which builds only the collections a query names (a cold start of `rql -c 'projects
    /// count'` builds `projects` alone). ``builtin`` builds its own (sharing them would take this lock inside
    /// `builtin`'s one-time initialisation, where the thread sanitizer loses sight of the lock's ordering).
    package static func builtinCollection(_ t: Int) -> Table {
        builtinCollections.withLock { built in
            if let table = built[t] { return table }
            let table = builtinTable(t)
            built[t] = table
            return table
        }
    }

    private static let builtinCollections = Mutex<[Table?]>(Array(repeating: nil, count: builtinCollectionCount))
}
