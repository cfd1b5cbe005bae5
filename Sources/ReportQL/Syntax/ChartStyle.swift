/// How `chart` draws a result: the word after `chart` (`chart line`, `图表 折线`), or nothing for the default.
///
/// The words are not keywords: they mean a style only right after `chart`, so fields named `line` or `bar`
/// keep working everywhere else.
public enum ChartStyle: String, Sendable, Hashable, CaseIterable {
    /// `chart`: bars, or a line per row after `pivot` (whose columns are the points of a series).
    case automatic
    /// `chart bar` (条形): horizontal bars, one chart per number column.
    case bar
    /// `chart line` (折线): a line per row over the number columns, on one axis with units.
    case line
    /// `chart spark` (迷你): the table with a sparkline (`▁▂▃▄▅▆▇█`) per row over its number columns.
    case spark

    /// The words that name the style after `chart`, English first (the one the printer writes).
    public var words: [String] {
        switch self {
        case .automatic: []
        case .bar: ["bar", "条形"]
        case .line: ["line", "折线"]
        case .spark: ["spark", "迷你"]
        }
    }

    /// The style a word names, in English or Chinese, any case; nil for any other word.
    public init?(word: String) {
        let lower = word.lowercased()
        guard let style = Self.allCases.first(where: { $0.words.contains(lower) }) else { return nil }
        self = style
    }

    /// Every word a style may be written with, for completion and did-you-mean.
    public static var allWords: [String] { allCases.flatMap(\.words) }
}
