/// A sentence of the report that states a figure of a result.
public struct SourceQuote: Sendable, Hashable, Codable {
    /// The collection and row the quote belongs to.
    public var collection: String
    /// The 0-based index of the row in its report's collection.
    public var row: Int
    /// The section id and its title.
    public var section: String
    /// The title of ``section``; empty when the quote stands in no section.
    public var sectionTitle: String
    /// The 1-based line of the report text the quote starts on.
    public var line: Int
    /// The whole sentence around the quote.
    public var sentence: String
    /// UTF-16-free offsets: the quote's range within `sentence`, in Characters.
    public var highlight: Range<Int>

    /// A quote; `highlight` is a range of Characters within `sentence`.
    public init(collection: String, row: Int, section: String, sectionTitle: String, line: Int, sentence: String,
                highlight: Range<Int>) {
        self.collection = collection
        self.row = row
        self.section = section
        self.sectionTitle = sectionTitle
        self.line = line
        self.sentence = sentence
        self.highlight = highlight
    }
}
