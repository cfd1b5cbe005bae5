// What ReportQL offers hosts that use Foundation's types, kept out of the `ReportQL` module so the `rql`
// command links no Foundation (its start-up stays fast). The `ReportQL` product links this module, so
// `error.localizedDescription` gives the rendered text and rows decode into `Decimal` with a plain
// `import ReportQL`; `import ReportQLFoundation` adds the `Decimal` accessors below.
public import FoundationEssentials
public import ReportModel
public import ReportQL

extension CompileErrors: LocalizedError {
    /// The rendered text, as `rql` prints it (what `localizedDescription` gives).
    public var errorDescription: String? { rendered() }
}

extension RuntimeError: LocalizedError {
    /// The rendered text, as `rql` prints it (what `localizedDescription` gives).
    public var errorDescription: String? { rendered() }
}

extension ReportLoadError: LocalizedError {
    /// `file:line:col: error: message` (what `localizedDescription` gives).
    public var errorDescription: String? { description }
}

extension HostCollectionError: LocalizedError {
    /// The message, naming the row and field (what `localizedDescription` gives).
    public var errorDescription: String? { message }
}

extension Decimal: ExactDecimalRepresentable {
    /// The exact value of `value`, read from its decimal digits.
    public init?(exactDecimal value: ExactDecimal) {
        self.init(string: value.normalized.description)
    }
}

extension Quantity {
    /// The value in the quantity's own unit as a `Decimal`, exactly (`181.56` for 181.56亿元).
    public var decimalValue: Decimal {
        Decimal(string: value.normalized.description) ?? .nan
    }

    /// A quantity of `decimal` in `unit`; nil when the decimal is not finite or has more than 38 digits.
    public init?(_ decimal: Decimal, _ unit: Unit = .plain) {
        guard decimal.isFinite, let v = ExactDecimal(parsing: decimal.description) else { return nil }
        self.init(v, unit)
    }
}

extension Value {
    /// A bare number (a parameter gives it its unit); missing when the decimal is not finite or too long.
    public init(_ decimal: Decimal) {
        if let q = Quantity(decimal) { self = .number(q) } else { self = .missing }
    }

    /// The value of a number in its own unit as a `Decimal`; nil for any other value.
    public var decimalValue: Decimal? { quantity?.decimalValue }
}
