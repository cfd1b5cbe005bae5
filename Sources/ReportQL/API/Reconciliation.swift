import ReportModel

/// One stated total compared with the sum of its parts.
public struct Reconciliation: Sendable, Hashable, Codable {
    /// What was compared, in the report's words: `在建项目 总投资 = Σ 各领域`.
    public var what: String
    /// The figure the report states.
    public var stated: Quantity
    /// The figure recomputed exactly from its parts (or from where the report restates it).
    public var computed: Quantity
    /// The exact difference between the two; zero when they agree.
    public var difference: Quantity
    /// Whether the stated and computed figures are exactly equal.
    public var matches: Bool { difference.value.isZero }

    /// A comparison of `stated` with `computed`; `difference` is given, not recomputed.
    public init(what: String, stated: Quantity, computed: Quantity, difference: Quantity) {
        self.what = what
        self.stated = stated
        self.computed = computed
        self.difference = difference
    }
}
