/// Numbers stored as scaled integer significands with one scale for the whole column, so a scan is a loop
/// over machine integers (or, when a value would not fit that way, each at its own scale: ``exact``). The significands are kept at the narrowest width that holds them all (8, 16, 32
/// or 64 bits: money in cents up to ±327.67 takes two bytes a row). Units are dictionary-coded per row
/// when they vary.
public struct NumberColumn: Sendable {
    /// The significands, at the narrowest width that holds them (missing values are 0).
    package internal(set) var storage: IntStorage
    /// Significands at ``scale`` places; 0 where the value is missing. Reading widens to `Int64`.
    public internal(set) var values: [Int64] {
        get { storage.int64s }
        set { storage = IntStorage(narrowing: newValue) }
    }
    /// Decimal places of every value.
    public internal(set) var scale: Int
    /// The distinct units of the column; never empty.
    public internal(set) var units: [Unit]
    /// ``units`` by unit, once there are many (see ``index(of:)``).
    private var unitIndex: [Unit: Int] = [:]
    /// Per row, an index into ``units``; nil when every row has `units[0]`.
    public internal(set) var unitCodes: [UInt16]?
    /// Per row, whether the value is present; nil when none is missing.
    public internal(set) var present: [Bool]?
    /// Bounds of the present values, for overflow-free summing (0 when there are none).
    public internal(set) var minValue: Int64 = 0
    /// The largest present significand (0 when there is none).
    public internal(set) var maxValue: Int64 = 0
    var hasBounds = false
    /// Every value at its own scale, when some value does not fit ``storage`` at ``scale`` (a computed
    /// column holding 1e9 beside 1e-30, an average with sixteen places); nil for a narrow column. When it is
    /// set, ``storage`` and ``values`` hold zeros: read values with ``quantity(at:)``.
    public internal(set) var exact: [ExactDecimal]?

    /// Rows.
    public var count: Int { storage.count }

    /// An empty column whose values will be in `unit` (until one in another unit is appended).
    public init(unit: Unit) {
        storage = .i8([])
        scale = 0
        units = [unit]
    }

    /// A column of `values` at `scale` places, all in `unit`, none missing.
    public init(values: [Int64], scale: Int, unit: Unit) {
        self.storage = IntStorage(narrowing: values)
        self.scale = scale
        self.units = [unit]
        if let lo = values.min(), let hi = values.max() { minValue = lo; maxValue = hi; hasBounds = true }
    }

    /// A column over significands already stored narrow, with their bounds; `present` as for ``present``.
    package init(storage: IntStorage, scale: Int, unit: Unit, present: [Bool]?, bounds: (Int64, Int64)?) {
        self.storage = storage
        self.scale = scale
        self.units = [unit]
        self.present = present
        if let (lo, hi) = bounds { (minValue, maxValue, hasBounds) = (lo, hi, true) }
    }

    /// The dimension every row shares, or nil when they differ.
    public var dimension: Dimension? {
        let d = units[0].dimension
        return units.allSatisfy { $0.dimension == d } ? d : nil
    }

    /// Whether row `row` has a value.
    @inlinable public func isPresent(_ row: Int) -> Bool { present?[row] ?? true }

    /// The unit of row `row`.
    @inlinable public func unit(at row: Int) -> Unit {
        if let codes = unitCodes { return units[Int(codes[row])] }
        return units[0]
    }

    /// The significand of row `row` (0 when missing) in a narrow column.
    package func significand(at row: Int) -> Int64 { storage[row] }

    /// The value of row `row` (0 when missing), exact.
    public func decimal(at row: Int) -> ExactDecimal {
        if let exact { return exact[row] }
        return ExactDecimal(significand: Int128(storage[row]), scale: scale)
    }

    /// The value of row `row` with its unit; nil when it is missing.
    public func quantity(at row: Int) -> Quantity? {
        guard isPresent(row) else { return nil }
        return Quantity(decimal(at: row), unit(at: row))
    }

    /// Whether the values are narrow significands at one scale in one unit: what the block kernels read.
    public var isUniform: Bool { unitCodes == nil && exact == nil }

    /// Appends a value (nil: missing). Widens the column's scale when the value has more places, and holds
    /// every value at its own scale (``exact``) when one would not fit the narrow storage: a value is never
    /// lost. Throws only when the column would have more than 65,535 units.
    public mutating func append(_ q: Quantity?) throws(QuantityError) {
        guard let q else {
            if present == nil { present = Array(repeating: true, count: count) }
            present?.append(false)
            storage.append(0)
            exact?.append(.zero)
            appendUnitCode(0)
            return
        }
        let v = q.value.normalized
        if exact == nil, !appendNarrow(v) { widen() }
        if exact != nil {
            exact?.append(v)
            storage.append(0)
            present?.append(true)
        }
        // Sizes first: comparing two different symbols (亿元, %) costs a Unicode-aware string comparison.
        let u = q.unit
        if let i = index(of: u) {
            appendUnitCode(UInt16(i))
        } else {
            if count == 1 && unitCodes == nil {
                units[0] = q.unit
                return
            }
            guard units.count < Int(UInt16.max) else { throw .overflow }
            units.append(q.unit)
            if !unitIndex.isEmpty { unitIndex[q.unit] = units.count - 1 }
            appendUnitCode(UInt16(units.count - 1))
        }
    }

    /// Appends `v` as an `Int64` significand at the column's scale (widening the scale of every value when
    /// `v` has more places); false, with nothing changed, when that does not fit.
    private mutating func appendNarrow(_ v: ExactDecimal) -> Bool {
        if v.scale > scale {
            guard v.scale - scale <= 18, let f = Int64(exactly: WideInt.power10(v.scale - scale)),
                  v.int64(atScale: v.scale) != nil else { return false }
            var widened: [Int64] = []
            widened.reserveCapacity(count + 1)
            for x in storage.int64s {
                let (w, o) = x.multipliedReportingOverflow(by: f)
                if o { return false }
                widened.append(w)
            }
            storage = IntStorage(narrowing: widened)
            if hasBounds {
                minValue = minValue &* f
                maxValue = maxValue &* f
            }
            scale = v.scale
        }
        guard let s = v.int64(atScale: scale) else { return false }
        if hasBounds {
            minValue = Swift.min(minValue, s)
            maxValue = Swift.max(maxValue, s)
        } else {
            (minValue, maxValue, hasBounds) = (s, s, true)
        }
        storage.append(s)
        present?.append(true)
        return true
    }

    /// Every value moved to ``exact``, each at its own scale; the narrow storage holds zeros from here on.
    private mutating func widen() {
        exact = (0..<count).map { ExactDecimal(significand: Int128(storage[$0]), scale: scale) }
        storage = .i8(Array(repeating: 0, count: count))
        scale = 0
        (minValue, maxValue, hasBounds) = (0, 0, false)
    }

    /// Where `u` is in ``units``: a scan of a few, a hash lookup of many (a column of 20,000 distinct units
    /// fills in linear time). The index is checked against ``units`` and rebuilt when they changed elsewhere.
    private mutating func index(of u: Unit) -> Int? {
        if units.count <= 8 {
            // Sizes first: comparing two different symbols (亿元, %) costs a Unicode-aware string comparison.
            return units.firstIndex { $0.numerator == u.numerator && $0.denominator == u.denominator && $0 == u }
        }
        if unitIndex.count != units.count {
            unitIndex = [:]
            for (i, x) in units.enumerated() where unitIndex[x] == nil { unitIndex[x] = i }
        }
        if let i = unitIndex[u], i < units.count, units[i] == u { return i }
        if unitIndex.count == units.count { return nil }
        return units.firstIndex(of: u)
    }

    private mutating func appendUnitCode(_ code: UInt16) {
        if unitCodes == nil {
            if code == 0 { return }
            unitCodes = Array(repeating: 0, count: count - 1)
        }
        unitCodes?.append(code)
    }
}

// Building and gathering (used by the evaluator)

extension NumberColumn {
    /// A column from its parts. `unitCodes` and `present`, when given, have one entry per value.
    public init(values: [Int64], scale: Int, units: [Unit], unitCodes: [UInt16]?, present: [Bool]?) {
        self.storage = IntStorage(narrowing: values)
        self.scale = scale
        self.units = units.isEmpty ? [.plain] : units
        self.unitCodes = unitCodes
        self.present = present
        var lo = Int64.max, hi = Int64.min
        for (i, v) in values.enumerated() where present?[i] ?? true {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        if lo <= hi { (minValue, maxValue, hasBounds) = (lo, hi, true) }
    }

    /// The rows `rows`, in that order.
    public func gathered(_ rows: [Int32]) -> NumberColumn {
        var c = self
        c.storage = storage.gathered(rows)
        if let exact { c.exact = rows.map { exact[Int($0)] } }
        if let codes = unitCodes { c.unitCodes = rows.map { codes[Int($0)] } }
        if let p = present { c.present = rows.map { p[Int($0)] } }
        return c
    }

    /// Whether any value is missing.
    public var hasMissing: Bool { present?.contains(false) ?? false }
}
