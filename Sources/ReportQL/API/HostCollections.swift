import ReportModel

/// Collections a host registers: from its own `Encodable` rows, or from columns it already holds.
extension Table {
    /// A collection from rows of the host's own `Encodable` type: each stored property becomes a field.
    ///
    /// `String` becomes text; `Bool` a boolean; integers plain numbers; ``Quantity`` keeps its unit;
    /// ``ExactDecimal`` is a plain number; `Double` and `Float` are read from their shortest decimal form
    /// (`0.1` is exactly 0.1). `nil` (or an absent key) is a missing value. Nested types are refused.
    ///
    /// - Parameters:
    ///   - name: the name queries use.
    ///   - alias: an optional second (Chinese) name.
    ///   - rows: the rows; every row of one field holds the same kind of value (or nil).
    ///   - units: a unit for plain-number fields, by field name (`["total": .yiYuan]`).
    /// - Throws: ``HostCollectionError`` naming the row and field that cannot become a column.
    public init<Row: Encodable>(name: String, alias: String? = nil, rows: [Row],
                                units: [String: Unit] = [:]) throws(HostCollectionError) {
        var fields: [String] = []
        var kinds: [String: FieldKind] = [:]
        var cells: [[String: Cell]] = []
        cells.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            let encoder = RowEncoder()
            do {
                try row.encode(to: encoder)
            } catch let e as HostCollectionError {
                throw e
            } catch {
                throw HostCollectionError(message: "row \(i): \(error)")
            }
            for key in encoder.storage.order {
                guard let cell = encoder.storage.cells[key] else { continue }
                if kinds[key] == nil { fields.append(key) }
                let kind = cell.kind
                if let k = kinds[key], let kind, k != kind {
                    throw HostCollectionError(message: "row \(i): field '\(key)' holds \(kind), but earlier rows hold \(k)")
                }
                if let kind { kinds[key] = kind } else if kinds[key] == nil { kinds[key] = .unknown }
            }
            cells.append(encoder.storage.cells)
        }
        var columns: [Column] = []
        for f in fields {
            let data: ColumnData
            switch kinds[f] ?? .unknown {
            case .number:
                var c = NumberColumn(unit: units[f] ?? .plain)
                for row in cells {
                    var q: Quantity?
                    if case .number(let x)? = row[f] {
                        q = x
                        if x.unit.isPlain, let u = units[f] { q = Quantity(x.value, u) }
                    }
                    do { try c.append(q) } catch {
                        throw HostCollectionError(message: "field '\(f)': \(q?.description ?? "") is too large to hold exactly")
                    }
                }
                data = .number(c)
            case .bool:
                var c = BoolColumn()
                for row in cells {
                    if case .bool(let b)? = row[f] { c.append(b) } else { c.append(nil) }
                }
                data = .bool(c)
            case .text, .unknown:
                var c = TextColumn()
                for row in cells {
                    if case .text(let s)? = row[f] { c.append(s) } else { c.append(nil) }
                }
                data = .text(c)
            }
            columns.append(Column(name: f, data: data))
        }
        self.init(name: name, alias: alias, doc: "registered by the host", columns: columns)
    }
}

/// Why a host's rows could not become a collection.
public struct HostCollectionError: Error, Sendable, CustomStringConvertible {
    /// What is wrong, naming the row or the field: `row 2: field 'x' holds text, but earlier rows hold numbers`.
    public var message: String
    /// The message.
    public var description: String { message }
}

enum FieldKind: CustomStringConvertible {
    case number, text, bool, unknown
    var description: String {
        switch self {
        case .number: return "numbers"
        case .text: return "text"
        case .bool: return "booleans"
        case .unknown: return "nothing"
        }
    }
}

enum Cell {
    case number(Quantity)
    case text(String)
    case bool(Bool)
    case missing

    var kind: FieldKind? {
        switch self {
        case .number: return .number
        case .text: return .text
        case .bool: return .bool
        case .missing: return nil
        }
    }
}

/// Records one row's top-level fields.
final class RowEncoder: Encoder {
    final class Storage {
        var cells: [String: Cell] = [:]
        var order: [String] = []
    }

    let storage = Storage()
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(RowContainer<Key>(storage: storage))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        RefusingContainer(codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        RefusingContainer(codingPath: codingPath)
    }
}

struct RowContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: RowEncoder.Storage
    var codingPath: [any CodingKey] = []

    func set(_ key: Key, _ cell: Cell) {
        if storage.cells[key.stringValue] == nil { storage.order.append(key.stringValue) }
        storage.cells[key.stringValue] = cell
    }

    func number(_ text: String, _ key: Key) throws {
        guard let v = ExactDecimal(parsing: text) else {
            throw HostCollectionError(message: "field '\(key.stringValue)': \(text) is not a finite decimal")
        }
        set(key, .number(Quantity(v)))
    }

    mutating func encodeNil(forKey key: Key) throws { set(key, .missing) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(key, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(key, .text(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { try number(value.description, key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { try number(value.description, key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { try number(value.description, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try number(value.description, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try number(value.description, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try number(value.description, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try number(value.description, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try number(value.description, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try number(value.description, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try number(value.description, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try number(value.description, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try number(value.description, key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        switch value {
        case let q as Quantity: set(key, .number(q))
        case let d as ExactDecimal: set(key, .number(Quantity(d)))
        case let v as Value:
            switch v {
            case .number(let q): set(key, .number(q))
            case .text(let s): set(key, .text(s))
            case .bool(let b): set(key, .bool(b))
            case .missing: set(key, .missing)
            }
        default:
            throw HostCollectionError(message: "field '\(key.stringValue)': \(T.self) is not a text, number, boolean or Quantity")
        }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                       forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(RowContainer<NestedKey>(storage: RowEncoder.Storage()))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        RefusingContainer(codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { RowEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { RowEncoder() }
}

/// A container for shapes a row cannot have (a row that is an array or a single value).
struct RefusingContainer: UnkeyedEncodingContainer, SingleValueEncodingContainer {
    var codingPath: [any CodingKey]
    var count = 0

    func refuse() -> HostCollectionError {
        HostCollectionError(message: "a row must be a struct or class with named fields")
    }

    mutating func encodeNil() throws { throw refuse() }
    mutating func encode<T: Encodable>(_ value: T) throws { throw refuse() }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(RowContainer<NestedKey>(storage: RowEncoder.Storage()))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
    mutating func superEncoder() -> any Encoder { RowEncoder() }
}
