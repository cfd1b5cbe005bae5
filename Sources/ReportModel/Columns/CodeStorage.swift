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
