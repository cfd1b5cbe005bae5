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
