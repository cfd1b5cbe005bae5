/// Text dictionary-encoded: each row holds a small integer code into ``dictionary``, so equality with a
/// constant is an integer comparison and grouping is an array index. Codes are stored one byte a row while
/// the dictionary has fewer than 255 values, two bytes below 65,535, else four.
public struct TextColumn: Sendable {
    /// The code that marks a missing value.
    public static let missing = UInt32.max
    /// The codes, at the narrowest width; the largest value of that width marks a missing value.
    package internal(set) var storage: CodeStorage
    /// Per row, an index into ``dictionary``, or ``missing``. Reading widens to `UInt32`.
    public internal(set) var codes: [UInt32] {
        get { storage.uint32s }
        set { storage = CodeStorage(narrowing: newValue, distinct: dictionary.count) }
    }
    /// Distinct values in order of first appearance.
    public internal(set) var dictionary: [String]
    package internal(set) var index: TextIndex
    /// The dictionary's UTF-8 bytes in one buffer, entry for entry, with each entry's byte-safe bit.
    package internal(set) var bytes: DictionaryBytes

    /// Rows.
    public var count: Int { storage.count }

    /// An empty column.
    public init() {
        storage = .u8([])
        dictionary = []
        index = TextIndex()
        bytes = DictionaryBytes()
    }

    /// A column of `strings` (nil: missing), in order.
    public init<S: Sequence>(_ strings: S) where S.Element == String? {
        self.init()
        for s in strings { append(s) }
    }

    /// A column of `codes` into `dictionary` (distinct values; ``missing`` for a missing row), indexing the
    /// dictionary once rather than every row.
    package init(dictionary: [String], codes: [UInt32]) {
        var index = TextIndex()
        for (code, s) in dictionary.enumerated() { index.insert(UInt32(code), for: s, in: dictionary) }
        self.init(storage: CodeStorage(narrowing: codes, distinct: dictionary.count), dictionary: dictionary,
                  index: index)
    }

    /// A column of `codes` into `dictionary` whose index is laid out already: `slots` are the
    /// ``TextIndex/slots`` of an index built over exactly `dictionary`.
    package init(dictionary: [String], codes: [UInt32], slots: [UInt32]) {
        self.init(storage: CodeStorage(narrowing: codes, distinct: dictionary.count), dictionary: dictionary,
                  index: TextIndex(slots: slots, used: dictionary.count))
    }

    /// A column from its parts: `index` must have been built over exactly `dictionary`.
    package init(storage: CodeStorage, dictionary: [String], index: TextIndex) {
        self.init(storage: storage, dictionary: dictionary, index: index, bytes: DictionaryBytes(dictionary))
    }

    /// A column from its parts: `index` and `bytes` must have been built over exactly `dictionary`.
    package init(storage: CodeStorage, dictionary: [String], index: TextIndex, bytes: DictionaryBytes) {
        self.storage = storage
        self.dictionary = dictionary
        self.index = index
        self.bytes = bytes
    }

    /// Appends a row (nil: missing), coding it by the dictionary.
    public mutating func append(_ s: String?) {
        guard let s else {
            storage.append(Self.missing)
            return
        }
        storage.append(code(adding: s))
    }

    /// The code of `s`, added to the dictionary (and its bytes) when it is new.
    mutating func code(adding s: String) -> UInt32 {
        let code = index.code(adding: s, to: &dictionary)
        if dictionary.count > bytes.count, let last = dictionary.last { bytes.append(last) }
        return code
    }

    /// Appends `times` rows of `s` (nil: missing), coding it once.
    package mutating func append(_ s: String?, times: Int) {
        guard times > 0 else { return }
        var coded = Self.missing
        if let s { coded = code(adding: s) }
        let codes = [UInt32](repeating: coded, count: times)
        codes.withUnsafeBufferPointer { storage.append(contentsOf: $0, largest: UInt32(max(dictionary.count, 1) - 1)) }
    }

    /// The code of `s`, or nil when no row holds it.
    public func code(of s: String) -> UInt32? { index.code(of: s, in: dictionary) }

    /// The text of row `row`; nil when it is missing.
    public func string(at row: Int) -> String? {
        let c = storage[row]
        return c == Self.missing ? nil : dictionary[Int(c)]
    }
}

extension TextColumn {
    /// The rows `rows`, in that order, sharing this column's dictionary.
    public func gathered(_ rows: [Int32]) -> TextColumn {
        var c = self
        c.storage = storage.gathered(rows)
        return c
    }
}
