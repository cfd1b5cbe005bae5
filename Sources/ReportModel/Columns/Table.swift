/// A collection: named columns of equal length.
public struct Table: Sendable {
    /// The English name.
    public var name: String
    /// The Chinese alias, when there is one.
    public var alias: String?
    /// One line of documentation.
    public var doc: String
    /// The fields, all of one length.
    public var columns: [Column]

    /// A collection named `name` (and `alias`), documented by `doc`, of `columns` (all of one length).
    public init(name: String, alias: String? = nil, doc: String = "", columns: [Column]) {
        self.name = name
        self.alias = alias
        self.doc = doc
        self.columns = columns
    }

    /// Rows (0 without columns).
    public var rowCount: Int { columns.first?.data.count ?? 0 }

    /// The index of the column answering to `word`.
    public func columnIndex(_ word: String) -> Int? {
        columns.firstIndex { $0.answers(to: word) }
    }

    /// The column answering to `word`.
    public func column(_ word: String) -> Column? {
        columnIndex(word).map { columns[$0] }
    }

    /// Whether `word` names this collection, in English (any case) or by its Chinese alias.
    public func answers(to word: String) -> Bool {
        word == alias || word.lowercased() == name.lowercased()
    }
}
