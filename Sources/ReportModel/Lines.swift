// Lines of UTF-8 text: where each starts, and the line and column of a byte offset. The one offset-to-line
// of the package: report files (the loader's errors, `Report.line(at:)`) and ReportQL sources (diagnostics)
// both count lines here.

package enum Lines {
    /// The UTF-8 offsets at which the lines of `bytes` start: 0, and the offset after every line feed.
    package static func starts(of bytes: some Sequence<UInt8>) -> [Int] {
        if let found = bytes.withContiguousStorageIfAvailable({ Lines.starts(of: $0) }) { return found }
        var starts = [0]
        for (k, b) in bytes.enumerated() where b == 0x0A { starts.append(k + 1) }
        return starts
    }

    /// ``starts(of:)`` over contiguous bytes: a plain loop, not a generic iterator (10 MB in milliseconds).
    package static func starts(of bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        for k in 0..<bytes.count where bytes[k] == 0x0A { starts.append(k + 1) }
        return starts
    }

    /// The 1-based line holding byte `offset`, by binary search in `starts` (from ``starts(of:)``).
    package static func line(of offset: Int, starts: [Int]) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] > offset { hi = mid } else { lo = mid + 1 }
        }
        return max(1, lo)
    }

    /// The 1-based line and column (columns count characters) of byte `offset` of `bytes`; `starts` as
    /// ``starts(of:)`` gives it, computed when not given.
    package static func location(of offset: Int, in bytes: [UInt8], starts: [Int]? = nil) -> (line: Int, column: Int) {
        let o = min(max(0, offset), bytes.count)
        let starts = starts ?? Lines.starts(of: bytes)
        let line = Lines.line(of: o, starts: starts)
        let prefix = String(decoding: bytes[starts[line - 1]..<o], as: UTF8.self)
        return (line, prefix.count + 1)
    }
}
