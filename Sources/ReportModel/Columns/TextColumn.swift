import Synchronization

/// Text dictionary-encoded: each row holds a small integer code into the dictionary of distinct values, so
/// equality with a constant is an integer comparison and grouping is an array index. Codes are stored one byte
/// a row while the dictionary has fewer than 255 values, two bytes below 65,535, else four.
///
/// The dictionary is held once, as UTF-8 bytes in one buffer (``bytes``); a value's `String` is made from its
/// bytes when it is read (``string(at:)``, ``entry(_:)``). Values are distinct by their bytes, never merged by
/// canonical equivalence (see ``TextIndex``): each row prints exactly the bytes it was given.
public struct TextColumn: Sendable {
    /// The code that marks a missing value.
    public static let missing = UInt32.max
    /// The codes, at the narrowest width; the largest value of that width marks a missing value.
    package internal(set) var storage: CodeStorage
    /// Per row, an index into the dictionary, or ``missing``. Reading widens to `UInt32`.
    public internal(set) var codes: [UInt32] {
        get { storage.uint32s }
        set { storage = CodeStorage(narrowing: newValue, distinct: bytes.count) }
    }
    /// The dictionary: every distinct value's UTF-8 bytes, in order of first appearance, with each entry's
    /// byte-safe bit.
    package internal(set) var bytes: DictionaryBytes
    package internal(set) var index: TextIndex
    /// The dictionary's `String`s, once ``dictionary`` has been asked for.
    private var made: MadeStrings

    /// Distinct values in order of first appearance, as `String`s. Made from the bytes on first use and kept
    /// (the column then holds its dictionary twice): the engine never asks for it; read one value with
    /// ``entry(_:)`` and count them with ``distinct``.
    public var dictionary: [String] { made.strings(bytes) }

    /// How many distinct values the dictionary holds.
    public var distinct: Int { bytes.count }

    /// The dictionary's value of code `code` (below ``distinct``).
    public func entry(_ code: Int) -> String { bytes.string(code) }

    /// Rows.
    public var count: Int { storage.count }

    /// An empty column.
    public init() {
        self.init(storage: .u8([]), bytes: DictionaryBytes(), index: TextIndex())
    }

    /// A column of `strings` (nil: missing), in order.
    public init<S: Sequence>(_ strings: S) where S.Element == String? {
        self.init()
        for s in strings { append(s) }
    }

    /// A column of `codes` into `dictionary` (values distinct by their bytes; ``missing`` for a missing row),
    /// indexing the dictionary once rather than every row.
    package init(dictionary: [String], codes: [UInt32]) {
        let bytes = DictionaryBytes(dictionary)
        self.init(storage: CodeStorage(narrowing: codes, distinct: bytes.count), bytes: bytes,
                  index: TextIndex(over: bytes))
    }

    /// A column of `codes` into `dictionary` whose index is laid out already: `slots` are the
    /// ``TextIndex/slots`` of an index built over exactly `dictionary`.
    package init(dictionary: [String], codes: [UInt32], slots: [UInt32]) {
        let bytes = DictionaryBytes(dictionary)
        self.init(storage: CodeStorage(narrowing: codes, distinct: bytes.count), bytes: bytes,
                  index: TextIndex(slots: slots, used: bytes.count))
    }

    /// A column from its parts: `index` must have been built over exactly `bytes`.
    package init(storage: CodeStorage, bytes: DictionaryBytes, index: TextIndex) {
        self.storage = storage
        self.bytes = bytes
        self.index = index
        made = MadeStrings()
    }

    /// Appends a row (nil: missing), coding it by the dictionary.
    public mutating func append(_ s: String?) {
        guard let s else {
            storage.append(Self.missing)
            return
        }
        storage.append(code(adding: s))
    }

    /// The code of `s`, added to the dictionary when it is new.
    mutating func code(adding s: String) -> UInt32 {
        var s = s
        return s.withUTF8 { code(adding: $0) }
    }

    /// The code of the text whose UTF-8 bytes (valid UTF-8) are `text`, added to the dictionary when it is new.
    package mutating func code(adding text: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let before = bytes.count
        let code = index.code(adding: text, to: &bytes)
        // Strings made for a dictionary another column still shares must not be taken for this one's.
        if bytes.count != before, !isKnownUniquelyReferenced(&made) { made = MadeStrings() }
        return code
    }

    /// Appends `times` rows of `s` (nil: missing), coding it once.
    package mutating func append(_ s: String?, times: Int) {
        guard times > 0 else { return }
        var coded = Self.missing
        if let s { coded = code(adding: s) }
        let codes = [UInt32](repeating: coded, count: times)
        codes.withUnsafeBufferPointer { storage.append(contentsOf: $0, largest: UInt32(max(bytes.count, 1) - 1)) }
    }

    /// The code of `s` (compared by its bytes), or nil when no row holds it.
    public func code(of s: String) -> UInt32? { index.code(of: s, in: bytes) }

    /// The text of row `row`; nil when it is missing.
    public func string(at row: Int) -> String? {
        let c = storage[row]
        return c == Self.missing ? nil : bytes.string(Int(c))
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

/// A dictionary's `String`s, made from its bytes the first time they are asked for. Shared only by columns whose
/// dictionaries are equal (a column that adds a value while sharing it takes a new one), and made again when
/// the dictionary has grown since.
final class MadeStrings: Sendable {
    let strings = Mutex<[String]?>(nil)

    func strings(_ bytes: DictionaryBytes) -> [String] {
        strings.withLock { made in
            if let made, made.count == bytes.count { return made }
            let all = bytes.strings
            made = all
            return all
        }
    }
}
