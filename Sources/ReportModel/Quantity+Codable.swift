/// Quantities encode with their decimal as a string, so no decoder reads them through binary floating point:
/// `{"value": "168.52", "unit": "亿元"}`.
extension Quantity: Codable {
    enum CodingKeys: String, CodingKey { case value, unit }

    /// Decodes `{"value": "168.52", "unit": "亿元"}`; an absent `unit` is a plain number.
    ///
    /// Throws `DecodingError.dataCorrupted` when `value` is not a decimal string or `unit` is not a unit.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let text = try c.decode(String.self, forKey: .value)
        let symbol = try c.decodeIfPresent(String.self, forKey: .unit) ?? ""
        guard let v = ExactDecimal(parsing: text) else {
            throw DecodingError.dataCorruptedError(forKey: .value, in: c, debugDescription: "'\(text)' is not a decimal")
        }
        guard let u = Unit.named(symbol) else {
            throw DecodingError.dataCorruptedError(forKey: .unit, in: c, debugDescription: "'\(symbol)' is not a unit")
        }
        self.init(v, u)
    }

    /// Encodes the decimal without trailing fractional zeros, as a string, and the unit's symbol.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value.normalized.description, forKey: .value)
        try c.encode(unit.symbol, forKey: .unit)
    }
}

extension Dimension: Codable {
    /// Decodes a dimension from its ``id`` string.
    public init(from decoder: any Decoder) throws {
        self.init(id: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the dimension as its ``id`` string (`money`, `count:个`).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(id)
    }
}
