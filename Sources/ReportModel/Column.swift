/// The type of a field, as the checker sees it.
public enum FieldType: Sendable, Hashable, CustomStringConvertible {
    /// A number; `dimension` is nil when rows carry units of different dimensions (checked per row).
    case number(Dimension?)
    /// Text.
    case text
    /// A boolean.
    case bool

    /// How the type is named in messages: `number(金额(元))`, `text`, `boolean`.
    public var description: String {
        switch self {
        case .number(let d?): return "number(\(d))"
        case .number(nil): return "number"
        case .text: return "text"
        case .bool: return "boolean"
        }
    }
}

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

/// Signed integers at the narrowest width that holds them all. Appending a value that does not fit widens
/// the whole array once.
package enum IntStorage: Sendable {
    case i8([Int8])
    case i16([Int16])
    case i32([Int32])
    case i64([Int64])

    /// `values` at the narrowest width that holds them.
    package init(narrowing values: [Int64]) {
        var lo: Int64 = 0, hi: Int64 = 0
        values.withUnsafeBufferPointer { v in
            for x in v {
                lo = Swift.min(lo, x)
                hi = Swift.max(hi, x)
            }
        }
        switch IntStorage.width(lo, hi) {
        case 1: self = .i8(values.map { Int8(truncatingIfNeeded: $0) })
        case 2: self = .i16(values.map { Int16(truncatingIfNeeded: $0) })
        case 4: self = .i32(values.map { Int32(truncatingIfNeeded: $0) })
        default: self = .i64(values)
        }
    }

    /// Bytes per value that hold every value of `lo...hi`.
    package static func width(_ lo: Int64, _ hi: Int64) -> Int {
        if lo >= Int64(Int8.min) && hi <= Int64(Int8.max) { return 1 }
        if lo >= Int64(Int16.min) && hi <= Int64(Int16.max) { return 2 }
        if lo >= Int64(Int32.min) && hi <= Int64(Int32.max) { return 4 }
        return 8
    }

    package var count: Int {
        switch self {
        case .i8(let a): return a.count
        case .i16(let a): return a.count
        case .i32(let a): return a.count
        case .i64(let a): return a.count
        }
    }

    /// Bytes per value.
    package var width: Int {
        switch self {
        case .i8: return 1
        case .i16: return 2
        case .i32: return 4
        case .i64: return 8
        }
    }

    package subscript(i: Int) -> Int64 {
        switch self {
        case .i8(let a): return Int64(a[i])
        case .i16(let a): return Int64(a[i])
        case .i32(let a): return Int64(a[i])
        case .i64(let a): return a[i]
        }
    }

    /// Every value as an `Int64` (no copy when already 64-bit).
    package var int64s: [Int64] {
        switch self {
        case .i8(let a): return a.map(Int64.init)
        case .i16(let a): return a.map(Int64.init)
        case .i32(let a): return a.map(Int64.init)
        case .i64(let a): return a
        }
    }

    package mutating func append(_ v: Int64) {
        switch self {
        case .i8(var a):
            if let x = Int8(exactly: v) { self = .i64([]); a.append(x); self = .i8(a); return }
        case .i16(var a):
            if let x = Int16(exactly: v) { self = .i64([]); a.append(x); self = .i16(a); return }
        case .i32(var a):
            if let x = Int32(exactly: v) { self = .i64([]); a.append(x); self = .i32(a); return }
        case .i64(var a):
            self = .i64([]); a.append(v); self = .i64(a); return
        }
        var all = int64s
        all.append(v)
        self = IntStorage(narrowing: all)
    }

    /// Makes room for `n` values in all.
    package mutating func reserveCapacity(_ n: Int) {
        switch self {
        case .i8(var a): self = .i64([]); a.reserveCapacity(n); self = .i8(a)
        case .i16(var a): self = .i64([]); a.reserveCapacity(n); self = .i16(a)
        case .i32(var a): self = .i64([]); a.reserveCapacity(n); self = .i32(a)
        case .i64(var a): self = .i64([]); a.reserveCapacity(n); self = .i64(a)
        }
    }

    /// Appends `values`, all within `lo...hi`, widening every value once when they need more bytes.
    package mutating func append(contentsOf values: UnsafeBufferPointer<Int64>, lo: Int64, hi: Int64) {
        if IntStorage.width(lo, hi) > width {
            var all = int64s
            all.append(contentsOf: values)
            self = IntStorage(narrowing: all)
            return
        }
        switch self {
        case .i8(var a):
            self = .i64([]); a.append(contentsOf: values.lazy.map { Int8(truncatingIfNeeded: $0) }); self = .i8(a)
        case .i16(var a):
            self = .i64([]); a.append(contentsOf: values.lazy.map { Int16(truncatingIfNeeded: $0) }); self = .i16(a)
        case .i32(var a):
            self = .i64([]); a.append(contentsOf: values.lazy.map { Int32(truncatingIfNeeded: $0) }); self = .i32(a)
        case .i64(var a):
            self = .i64([]); a.append(contentsOf: values); self = .i64(a)
        }
    }

    /// The values at `rows`, in that order, at the same width.
    package func gathered(_ rows: [Int32]) -> IntStorage {
        switch self {
        case .i8(let a): return .i8(Self.gather(a, rows))
        case .i16(let a): return .i16(Self.gather(a, rows))
        case .i32(let a): return .i32(Self.gather(a, rows))
        case .i64(let a): return .i64(Self.gather(a, rows))
        }
    }

    static func gather<T>(_ a: [T], _ rows: [Int32]) -> [T] {
        a.withUnsafeBufferPointer { v in rows.map { v[Int($0)] } }
    }
}

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

    /// Rows.
    public var count: Int { storage.count }

    /// An empty column.
    public init() {
        storage = .u8([])
        dictionary = []
        index = TextIndex()
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
        self.storage = storage
        self.dictionary = dictionary
        self.index = index
    }

    /// Appends a row (nil: missing), coding it by the dictionary.
    public mutating func append(_ s: String?) {
        guard let s else {
            storage.append(Self.missing)
            return
        }
        storage.append(index.code(adding: s, to: &dictionary))
    }

    /// Appends `times` rows of `s` (nil: missing), coding it once.
    package mutating func append(_ s: String?, times: Int) {
        guard times > 0 else { return }
        let code = s.map { index.code(adding: $0, to: &dictionary) } ?? Self.missing
        let codes = [UInt32](repeating: code, count: times)
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

/// Dictionary codes at the narrowest width: `UInt8` below 255 distinct values, `UInt16` below 65,535, else
/// `UInt32`. The largest value of each width stands for ``TextColumn/missing``.
package enum CodeStorage: Sendable {
    case u8([UInt8])
    case u16([UInt16])
    case u32([UInt32])

    /// `codes` (``TextColumn/missing`` for missing) at the width `distinct` values need.
    package init(narrowing codes: [UInt32], distinct: Int) {
        switch Self.width(distinct) {
        case 1: self = .u8(codes.map { $0 == TextColumn.missing ? UInt8.max : UInt8(truncatingIfNeeded: $0) })
        case 2: self = .u16(codes.map { $0 == TextColumn.missing ? UInt16.max : UInt16(truncatingIfNeeded: $0) })
        default: self = .u32(codes)
        }
    }

    /// Bytes per code for a dictionary of `distinct` values.
    package static func width(_ distinct: Int) -> Int {
        distinct < Int(UInt8.max) ? 1 : distinct < Int(UInt16.max) ? 2 : 4
    }

    package var count: Int {
        switch self {
        case .u8(let a): return a.count
        case .u16(let a): return a.count
        case .u32(let a): return a.count
        }
    }

    /// Bytes per code.
    package var width: Int {
        switch self {
        case .u8: return 1
        case .u16: return 2
        case .u32: return 4
        }
    }

    /// The code of row `i` (``TextColumn/missing`` when missing).
    package subscript(i: Int) -> UInt32 {
        switch self {
        case .u8(let a): let c = a[i]; return c == .max ? TextColumn.missing : UInt32(c)
        case .u16(let a): let c = a[i]; return c == .max ? TextColumn.missing : UInt32(c)
        case .u32(let a): return a[i]
        }
    }

    package var uint32s: [UInt32] {
        switch self {
        case .u8(let a): return a.map { $0 == .max ? TextColumn.missing : UInt32($0) }
        case .u16(let a): return a.map { $0 == .max ? TextColumn.missing : UInt32($0) }
        case .u32(let a): return a
        }
    }

    /// Appends a code (or ``TextColumn/missing``), widening every code once when it does not fit.
    package mutating func append(_ code: UInt32) {
        let isMissing = code == TextColumn.missing
        switch self {
        case .u8(var a):
            if isMissing || code < UInt32(UInt8.max) {
                self = .u32([]); a.append(isMissing ? .max : UInt8(code)); self = .u8(a); return
            }
        case .u16(var a):
            if isMissing || code < UInt32(UInt16.max) {
                self = .u32([]); a.append(isMissing ? .max : UInt16(code)); self = .u16(a); return
            }
        case .u32(var a):
            self = .u32([]); a.append(code); self = .u32(a); return
        }
        var all = uint32s
        all.append(code)
        self = CodeStorage(narrowing: all, distinct: Int(code) + 1)
    }

    /// Makes room for `n` codes in all.
    package mutating func reserveCapacity(_ n: Int) {
        switch self {
        case .u8(var a): self = .u32([]); a.reserveCapacity(n); self = .u8(a)
        case .u16(var a): self = .u32([]); a.reserveCapacity(n); self = .u16(a)
        case .u32(var a): self = .u32([]); a.reserveCapacity(n); self = .u32(a)
        }
    }

    /// Appends `codes` (``TextColumn/missing`` for missing), none above `largest`, widening every code once
    /// when they need more bytes.
    package mutating func append(contentsOf codes: UnsafeBufferPointer<UInt32>, largest: UInt32) {
        if CodeStorage.width(Int(largest) + 1) > width {
            var all = uint32s
            all.append(contentsOf: codes)
            self = CodeStorage(narrowing: all, distinct: Int(largest) + 1)
            return
        }
        switch self {
        case .u8(var a):
            self = .u32([])
            a.append(contentsOf: codes.lazy.map { $0 == TextColumn.missing ? .max : UInt8(truncatingIfNeeded: $0) })
            self = .u8(a)
        case .u16(var a):
            self = .u32([])
            a.append(contentsOf: codes.lazy.map { $0 == TextColumn.missing ? .max : UInt16(truncatingIfNeeded: $0) })
            self = .u16(a)
        case .u32(var a):
            self = .u32([]); a.append(contentsOf: codes); self = .u32(a)
        }
    }

    /// The codes at `rows`, in that order, at the same width.
    package func gathered(_ rows: [Int32]) -> CodeStorage {
        switch self {
        case .u8(let a): return .u8(IntStorage.gather(a, rows))
        case .u16(let a): return .u16(IntStorage.gather(a, rows))
        case .u32(let a): return .u32(IntStorage.gather(a, rows))
        }
    }
}

/// Finds the code of a dictionary value. While every value is text whose UTF-8 bytes are already in their
/// one canonical form (ASCII, Latin-1, CJK ideographs, punctuation and symbols, fullwidth forms: see
/// ``isCanonicalUTF8(_:)``), an open-addressing table of codes hashed over the bytes: four bytes a value,
/// and no `String` hashing. Once a value outside that set arrives, a `[String: UInt32]`, so lookups keep
/// Swift's canonical equivalence.
package struct TextIndex: Sendable {
    /// Code + 1 per slot, 0 for empty; a power of two long.
    package internal(set) var slots: [UInt32]
    var used = 0
    /// The index once some value is not known to be canonical.
    var general: [String: UInt32]?

    package init() {
        slots = Array(repeating: 0, count: 16)
    }

    /// An index laid out already: `slots` (a power of two long, at most three quarters full) hold code + 1
    /// at the place ``hash(_:)`` and linear probing give each of `used` values.
    package init(slots: [UInt32], used: Int) {
        self.slots = slots
        self.used = used
    }

    /// The code of `s` among `dictionary`.
    package func code(of s: String, in dictionary: [String]) -> UInt32? {
        if let general { return general[s] }
        var probe = s
        // A value outside the canonical blocks may still equal a stored one canonically: compare as Swift does.
        guard probe.withUTF8({ Self.isCanonicalUTF8($0) }) else { return dictionary.firstIndex(of: s).map { UInt32($0) } }
        return probe.withUTF8 { bytes in
            find(bytes, hash: Self.hash(bytes)) { code in
                var stored = dictionary[Int(code)]
                return stored.withUTF8 { Self.equal($0, bytes) }
            }
        }
    }

    /// The code of `s` among `dictionary`, appending it when it is not there.
    package mutating func code(adding s: String, to dictionary: inout [String]) -> UInt32 {
        if general == nil {
            var probe = s
            let code = probe.withUTF8 { bytes -> UInt32? in
                guard Self.isCanonicalUTF8(bytes) else { return nil }
                let h = Self.hash(bytes)
                let found = find(bytes, hash: h) { code in
                    var stored = dictionary[Int(code)]
                    return stored.withUTF8 { Self.equal($0, bytes) }
                }
                if let found { return found }
                let c = UInt32(dictionary.count)
                dictionary.append(s)
                let all = dictionary
                insert(c, hash: h) { c in
                    var stored = all[Int(c)]
                    return stored.withUTF8 { Self.hash($0) }
                }
                return c
            }
            if let code { return code }
        }
        if let c = code(of: s, in: dictionary) { return c }
        let c = UInt32(dictionary.count)
        dictionary.append(s)
        insert(c, for: s, in: dictionary)
        return c
    }

    /// Records that `dictionary[code]` is `s` (which is not yet in the index).
    package mutating func insert(_ code: UInt32, for s: String, in dictionary: [String]) {
        if general != nil {
            general?[s] = code
            return
        }
        var s = s
        let canonical = s.withUTF8 { bytes -> Bool in
            guard Self.isCanonicalUTF8(bytes) else { return false }
            insert(code, hash: Self.hash(bytes)) { c in
                var stored = dictionary[Int(c)]
                return stored.withUTF8 { Self.hash($0) }
            }
            return true
        }
        if !canonical {
            var all: [String: UInt32] = [:]
            for (i, d) in dictionary.enumerated() where all[d] == nil { all[d] = UInt32(i) }
            general = all
            slots = []
            used = 0
        }
    }

    /// The code in the slot chain of `hash` for which `matches` holds.
    @inline(__always)
    package func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, matches: (UInt32) -> Bool) -> UInt32? {
        let mask = slots.count &- 1
        var i = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { s -> UInt32? in
            while true {
                let v = s[i]
                if v == 0 { return nil }
                if matches(v &- 1) { return v &- 1 }
                i = (i &+ 1) & mask
            }
        }
    }

    /// Adds `code` under `hash`; `rehash` gives the hash of a stored code when the table grows.
    @inline(__always)
    package mutating func insert(_ code: UInt32, hash: UInt64, rehash: (UInt32) -> UInt64) {
        if (used + 1) * 4 > slots.count * 3 { grow(rehash) }
        let mask = slots.count &- 1
        var i = Int(truncatingIfNeeded: hash) & mask
        slots.withUnsafeMutableBufferPointer { s in
            while s[i] != 0 { i = (i &+ 1) & mask }
            s[i] = code &+ 1
        }
        used += 1
    }

    mutating func grow(_ rehash: (UInt32) -> UInt64) {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        let mask = slots.count &- 1
        slots.withUnsafeMutableBufferPointer { s in
            for v in old where v != 0 {
                var i = Int(truncatingIfNeeded: rehash(v &- 1)) & mask
                while s[i] != 0 { i = (i &+ 1) & mask }
                s[i] = v
            }
        }
    }

    /// Whether two byte strings are equal: eight bytes at a time, the last word overlapping.
    @inlinable @inline(__always)
    package static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = a.count
        guard n == b.count else { return false }
        guard n > 0, let pa = UnsafeRawPointer(a.baseAddress), let pb = UnsafeRawPointer(b.baseAddress) else { return true }
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                if pa.loadUnaligned(fromByteOffset: i, as: UInt64.self) != pb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                    return false
                }
                i += 8
            }
            return pa.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == pb.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        return tail(pa, n) == tail(pb, n)
    }

    /// The bytes of a string shorter than eight, in one word (equal strings of one length, equal words).
    @inlinable @inline(__always)
    package static func tail(_ p: UnsafeRawPointer, _ n: Int) -> UInt64 {
        if n >= 4 {
            return UInt64(p.loadUnaligned(as: UInt32.self)) | UInt64(p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32
        }
        let first = UInt64(p.load(as: UInt8.self)), middle = UInt64(p.load(fromByteOffset: n >> 1, as: UInt8.self))
        let last = UInt64(p.load(fromByteOffset: n - 1, as: UInt8.self))
        return first | middle << 8 | last << 16
    }

    /// A fast hash of a short byte string: eight bytes at a time (the last word overlapping the one before),
    /// multiply and fold.
    @inlinable @inline(__always)
    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(n)
        guard n > 0, let base = UnsafeRawPointer(bytes.baseAddress) else { return h }
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                i += 8
            }
            h = (h ^ base.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* 0x94D0_49BB_1331_11EB
        } else {
            h = (h ^ tail(base, n)) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }

    /// Whether `bytes` is valid UTF-8 whose every scalar is in normal form C on its own and combines with
    /// nothing (quick check Yes, combining class 0), so text made only of them is in normal form C and two
    /// such texts are canonically equivalent only when their bytes are equal. The blocks: ASCII, Latin-1,
    /// general punctuation (U+2010–U+2027, U+2030–U+205E), letterlike symbols but Ω K Å (U+2100–U+214F),
    /// number forms and arrows (U+2150–U+218B, U+2190–U+21FF), enclosed alphanumerics, box drawing,
    /// shapes and symbols (U+2460–U+26FF), CJK symbols (U+3000–U+3029, U+3030–U+303F), enclosed CJK and
    /// compatibility units, CJK ideographs (U+3200–U+4DBF, U+4E00–U+9FFF), fullwidth forms (U+FF01–U+FFEF).
    @inlinable
    package static func isCanonicalUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            if b0 & 0xE0 == 0xC0 {
                guard i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 else { return false }
                let v = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                guard v >= 0xA0 && v <= 0xFF else { return false }
                i += 2
                continue
            }
            guard b0 & 0xF0 == 0xE0, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 else {
                return false
            }
            let v = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            switch v {
            case 0x4E00...0x9FFF, 0x3200...0x4DBF, 0x3000...0x3029, 0x3030...0x303F, 0xFF01...0xFFEF,
                 0x2010...0x2027, 0x2030...0x205E, 0x2150...0x218B, 0x2190...0x21FF, 0x2460...0x26FF:
                i += 3
            case 0x2100...0x214F where v != 0x2126 && v != 0x212A && v != 0x212B:
                i += 3
            default:
                return false
            }
        }
        return true
    }
}

/// Booleans, with missing values.
public struct BoolColumn: Sendable {
    /// The values, one a row (false where missing).
    public internal(set) var values: [Bool]
    /// Per row, whether the value is present; nil when none is missing.
    public internal(set) var present: [Bool]?
    /// Rows.
    public var count: Int { values.count }

    /// An empty column.
    public init() { values = [] }

    /// Appends a row (nil: missing).
    public mutating func append(_ b: Bool?) {
        if b == nil, present == nil { present = Array(repeating: true, count: values.count) }
        values.append(b ?? false)
        present?.append(b != nil)
    }

    /// The value of row `row`; nil when it is missing.
    public func value(at row: Int) -> Bool? {
        (present?[row] ?? true) ? values[row] : nil
    }
}

/// The storage of one column.
public enum ColumnData: Sendable {
    /// Numbers with units.
    case number(NumberColumn)
    /// Dictionary-coded text.
    case text(TextColumn)
    /// Booleans.
    case bool(BoolColumn)

    /// Rows.
    public var count: Int {
        switch self {
        case .number(let c): return c.count
        case .text(let c): return c.count
        case .bool(let c): return c.count
        }
    }

    /// The type the checker sees.
    public var type: FieldType {
        switch self {
        case .number(let c): return .number(c.dimension)
        case .text: return .text
        case .bool: return .bool
        }
    }
}

/// A named column: its English name, its Chinese alias, a line of documentation, and its data.
public struct Column: Sendable {
    /// The English name.
    public var name: String
    /// The Chinese alias, when there is one.
    public var alias: String?
    /// One line of documentation.
    public var doc: String
    /// The values.
    public var data: ColumnData

    /// A column named `name` (and `alias`), documented by `doc`, holding `data`.
    public init(name: String, alias: String? = nil, doc: String = "", data: ColumnData) {
        self.name = name
        self.alias = alias
        self.doc = doc
        self.data = data
    }

    /// The type the checker sees.
    public var type: FieldType { data.type }

    /// Whether `word` names this column, in English (any case) or by its Chinese alias.
    public func answers(to word: String) -> Bool {
        word == alias || word.lowercased() == name.lowercased()
    }
}

/// A collection: named columns of equal length.
public struct Table: Sendable {
    /// The English name.
    public var name: String
    /// The Chinese alias, when there is one.
    public var alias: String?
    /// One line of documentation.
    public var doc: String
    /// The fields, all of one length.
    public var columns: [Column]

    /// A collection named `name` (and `alias`), documented by `doc`, of `columns` (all of one length).
    public init(name: String, alias: String? = nil, doc: String = "", columns: [Column]) {
        self.name = name
        self.alias = alias
        self.doc = doc
        self.columns = columns
    }

    /// Rows (0 without columns).
    public var rowCount: Int { columns.first?.data.count ?? 0 }

    /// The index of the column answering to `word`.
    public func columnIndex(_ word: String) -> Int? {
        columns.firstIndex { $0.answers(to: word) }
    }

    /// The column answering to `word`.
    public func column(_ word: String) -> Column? {
        columnIndex(word).map { columns[$0] }
    }

    /// Whether `word` names this collection, in English (any case) or by its Chinese alias.
    public func answers(to word: String) -> Bool {
        word == alias || word.lowercased() == name.lowercased()
    }
}

// MARK: Building and gathering (used by the evaluator)

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

extension TextColumn {
    /// The rows `rows`, in that order, sharing this column's dictionary.
    public func gathered(_ rows: [Int32]) -> TextColumn {
        var c = self
        c.storage = storage.gathered(rows)
        return c
    }
}

extension BoolColumn {
    /// A column of `values`; `present`, when given, says per row whether the value is there.
    public init(values: [Bool], present: [Bool]?) {
        self.values = values
        self.present = present
    }

    /// The rows `rows`, in that order.
    public func gathered(_ rows: [Int32]) -> BoolColumn {
        var c = self
        c.values = rows.map { values[Int($0)] }
        if let p = present { c.present = rows.map { p[Int($0)] } }
        return c
    }
}

extension ColumnData {
    /// The rows `rows`, in that order.
    public func gathered(_ rows: [Int32]) -> ColumnData {
        switch self {
        case .number(let c): return .number(c.gathered(rows))
        case .text(let c): return .text(c.gathered(rows))
        case .bool(let c): return .bool(c.gathered(rows))
        }
    }
}

extension ColumnData {
    /// The columns one after another (all of one kind; a column of another kind contributes missing values).
    public static func concatenated(_ parts: [ColumnData]) -> ColumnData {
        guard let first = parts.first else { return .text(TextColumn()) }
        switch first {
        case .number:
            if let fast = concatenatedNumbers(parts) { return .number(fast) }
            var out = NumberColumn(unit: .plain)
            for part in parts {
                switch part {
                case .number(let c):
                    for i in 0..<c.count { if (try? out.append(c.quantity(at: i))) == nil { try? out.append(nil) } }
                default:
                    for _ in 0..<part.count { try? out.append(nil) }
                }
            }
            return .number(out)
        case .text:
            // Each part's codes are mapped into one dictionary, each distinct value hashed once per part, in
            // order of first appearance.
            var dictionary: [String] = []
            var index = TextIndex()
            var codes: [UInt32] = []
            codes.reserveCapacity(parts.reduce(0) { $0 + $1.count })
            for part in parts {
                guard case .text(let c) = part else {
                    codes.append(contentsOf: repeatElement(TextColumn.missing, count: part.count))
                    continue
                }
                var remap = [UInt32](repeating: TextColumn.missing, count: c.dictionary.count)
                for i in 0..<c.count {
                    let code = c.storage[i]
                    if code == TextColumn.missing {
                        codes.append(code)
                        continue
                    }
                    if remap[Int(code)] == TextColumn.missing {
                        remap[Int(code)] = index.code(adding: c.dictionary[Int(code)], to: &dictionary)
                    }
                    codes.append(remap[Int(code)])
                }
            }
            return .text(TextColumn(storage: CodeStorage(narrowing: codes, distinct: dictionary.count),
                                    dictionary: dictionary, index: index))
        case .bool:
            var out = BoolColumn()
            for part in parts {
                if case .bool(let c) = part {
                    for i in 0..<c.count { out.append(c.value(at: i)) }
                } else {
                    for _ in 0..<part.count { out.append(nil) }
                }
            }
            return .bool(out)
        }
    }
}

extension ColumnData {
    /// Number columns one after another, their significands brought to one scale and their units to one list
    /// (only units some present value has, in order of first appearance); nil when a value would not fit at
    /// that scale (the caller then appends value by value).
    static func concatenatedNumbers(_ parts: [ColumnData]) -> NumberColumn? {
        var scale = 0
        for case .number(let c) in parts where c.count > 0 {
            if c.exact != nil { return nil }
            scale = Swift.max(scale, c.scale)
        }
        let total = parts.reduce(0) { $0 + $1.count }
        var values: [Int64] = []
        values.reserveCapacity(total)
        var present = [Bool]()
        var anyMissing = false
        var units: [Unit] = []
        var unitCodes: [UInt16] = []
        var anyOtherUnit = false
        for part in parts {
            guard case .number(let c) = part else {
                values.append(contentsOf: repeatElement(0, count: part.count))
                present.append(contentsOf: repeatElement(false, count: part.count))
                unitCodes.append(contentsOf: repeatElement(0, count: part.count))
                anyMissing = anyMissing || part.count > 0
                continue
            }
            guard let factor = try? ExactDecimal.power10(scale - c.scale), let f = Int64(exactly: factor) else { return nil }
            var remap = [Int](repeating: -1, count: c.units.count)
            for i in 0..<c.count {
                guard c.isPresent(i) else {
                    values.append(0)
                    present.append(false)
                    unitCodes.append(0)
                    anyMissing = true
                    continue
                }
                let (v, overflow) = c.significand(at: i).multipliedReportingOverflow(by: f)
                if overflow { return nil }
                let u = Int(c.unitCodes?[i] ?? 0)
                if remap[u] < 0 {
                    let unit = c.units[u]
                    if let k = units.firstIndex(of: unit) {
                        remap[u] = k
                    } else {
                        guard units.count < Int(UInt16.max) else { return nil }
                        units.append(unit)
                        remap[u] = units.count - 1
                    }
                }
                values.append(v)
                present.append(true)
                unitCodes.append(UInt16(remap[u]))
                anyOtherUnit = anyOtherUnit || remap[u] != 0
            }
        }
        return NumberColumn(values: values, scale: scale, units: units, unitCodes: anyOtherUnit ? unitCodes : nil,
                            present: anyMissing ? present : nil)
    }
}
