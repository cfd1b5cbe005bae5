import ReportModel

/// Results are `Codable`, so a host can store or send them. A value encodes as JSON would write it: text as a
/// string, a boolean as a boolean, missing as null, and a number as `{"value": "168.52", "unit": "亿元"}`
/// (the decimal as a string: exact through any decoder).
extension Value: Codable {
    /// Decodes null as ``missing``, a boolean, a string as text, and a quantity object as a number.
    ///
    /// Throws `DecodingError` for anything else, or for a quantity whose value or unit is not valid.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .missing
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let s = try? c.decode(String.self) {
            self = .text(s)
        } else {
            self = .number(try c.decode(Quantity.self))
        }
    }

    /// Encodes missing as null, a boolean, text as a string, and a number as
    /// `{"value": "168.52", "unit": "亿元"}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .missing: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .text(let s): try c.encode(s)
        case .number(let q): try c.encode(q)
        }
    }
}

/// `"text"`, `"boolean"`, `"any"`, `"number"` or `"number:money"` (the dimension's id).
extension ValueType: Codable {
    /// Decodes one of the strings above; throws `DecodingError.dataCorrupted` for any other.
    public init(from decoder: any Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        switch s {
        case "text": self = .text
        case "boolean": self = .bool
        case "any": self = .any
        case "number": self = .number(nil)
        default:
            guard s.hasPrefix("number:") else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown type '\(s)'"))
            }
            self = .number(Dimension(id: String(s.dropFirst(7))))
        }
    }

    /// Encodes the type as one of the strings above.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .text: try c.encode("text")
        case .bool: try c.encode("boolean")
        case .any: try c.encode("any")
        case .number(nil): try c.encode("number")
        case .number(let d?): try c.encode("number:" + d.id)
        }
    }
}

