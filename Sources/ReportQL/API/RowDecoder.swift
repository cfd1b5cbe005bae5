import ReportModel

/// A number type a result's numbers decode into exactly, from their decimal digits. ``ResultTable/rows(as:)``
/// decodes a number into any type that conforms; `Decimal` conforms (the `ReportQLFoundation` module of the
/// package adds it, and the `ReportQL` product links it).
public protocol ExactDecimalRepresentable {
    /// The number `value`, exactly; nil when the type cannot hold it.
    init?(exactDecimal value: ExactDecimal)
}

/// The coding key of a row's position in the table, for error paths.
struct RowIndexKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(intValue: Int) { self.intValue = intValue; self.stringValue = "row \(intValue)" }
    init?(stringValue: String) { self.stringValue = stringValue; self.intValue = nil }
}

/// Decodes one row: a keyed container whose keys are the column names.
struct RowDecoder: Decoder {
    let row: ResultRow
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(RowDecodingContainer<Key>(row: row, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Value].self, .init(codingPath: codingPath,
            debugDescription: "a row decodes into a struct or class with a property per column"))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.typeMismatch(Value.self, .init(codingPath: codingPath,
            debugDescription: "a row decodes into a struct or class with a property per column"))
    }
}

struct RowDecodingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let row: ResultRow
    var codingPath: [any CodingKey]

    var allKeys: [Key] { row.columns.compactMap { Key(stringValue: $0.name) } }

    func contains(_ key: Key) -> Bool { row[key.stringValue] != nil }

    func value(_ key: Key) throws -> Value {
        guard let v = row[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                debugDescription: "the result has no column '\(key.stringValue)'; its columns are "
                    + row.columns.map { "'\($0.name)'" }.joined(separator: ", ")))
        }
        return v
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        (row[key.stringValue] ?? .missing).isMissing
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try CellDecoder(value: try value(key), codingPath: codingPath + [key]).decode(T.self)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.typeMismatch(type, .init(codingPath: codingPath + [key],
            debugDescription: "a result cell holds one value, not a nested structure"))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Value].self, .init(codingPath: codingPath + [key],
            debugDescription: "a result cell holds one value, not a list"))
    }

    func superDecoder() throws -> any Decoder { RowDecoder(row: row, codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { RowDecoder(row: row, codingPath: codingPath + [key]) }
}

/// Decodes one cell into the type the host's property declares.
struct CellDecoder: Decoder, SingleValueDecodingContainer {
    let value: Value
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        // A Quantity (or another Codable the host made) reads the cell's JSON form: value and unit.
        guard case .number(let q) = value else { throw mismatch(type) }
        return KeyedDecodingContainer(QuantityContainer<Key>(quantity: q, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw mismatch([Value].self) }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func mismatch(_ type: Any.Type) -> DecodingError {
        let what: String
        switch value {
        case .number(let q): what = "the number \(q)"
        case .text(let s): what = "the text '\(s)'"
        case .bool(let b): what = "the boolean \(b)"
        case .missing: what = "a missing value"
        }
        return DecodingError.typeMismatch(type, .init(codingPath: codingPath,
            debugDescription: "cannot decode \(what) as \(type)"))
    }

    func decodeNil() -> Bool { value.isMissing }

    func number() throws -> Quantity {
        guard case .number(let q) = value else { throw mismatch(Quantity.self) }
        return q
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let b) = value else { throw mismatch(type) }
        return b
    }

    func decode(_ type: String.Type) throws -> String {
        switch value {
        case .text(let s): return s
        case .number(let q): return q.value.normalized.description
        default: throw mismatch(type)
        }
    }

    func decode(_ type: Double.Type) throws -> Double { try number().doubleValue }
    func decode(_ type: Float.Type) throws -> Float { Float(try number().doubleValue) }

    func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let v = try number().value.normalized
        guard v.scale == 0, let i = I(exactly: v.significand) else { throw mismatch(type) }
        return i
    }

    func decode(_ type: Int.Type) throws -> Int { try integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == Value.self, let v = value as? T { return v }
        if T.self == Quantity.self, let q = try number() as? T { return q }
        if T.self == ExactDecimal.self, let d = try number().value as? T { return d }
        if let exact = T.self as? any ExactDecimalRepresentable.Type {
            let q = try number()
            guard let v = exact.init(exactDecimal: q.value), let t = v as? T else { throw mismatch(type) }
            return t
        }
        return try T(from: self)
    }
}

/// A quantity as a keyed container: `value` (its decimal digits) and `unit` (its symbol), as it encodes.
struct QuantityContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let quantity: Quantity
    var codingPath: [any CodingKey]

    var allKeys: [Key] { ["value", "unit"].compactMap { Key(stringValue: $0) } }
    func contains(_ key: Key) -> Bool { key.stringValue == "value" || key.stringValue == "unit" }
    func decodeNil(forKey key: Key) throws -> Bool { false }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let text: String
        switch key.stringValue {
        case "value": text = quantity.value.normalized.description
        case "unit": text = quantity.unit.symbol
        default:
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "a number has 'value' and 'unit'"))
        }
        return try CellDecoder(value: .text(text), codingPath: codingPath + [key]).decode(T.self)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type,
                                               forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.typeMismatch(type, .init(codingPath: codingPath + [key], debugDescription: "not nested"))
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Value].self, .init(codingPath: codingPath + [key], debugDescription: "not nested"))
    }
    func superDecoder() throws -> any Decoder { CellDecoder(value: .number(quantity), codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { CellDecoder(value: .number(quantity), codingPath: codingPath) }
}
