import ReportModel

// Block-at-a-time kernels over the narrow column storage (`IntStorage`, `CodeStorage`).
//
// A `where` condition becomes a `RowCondition` that fills a byte mask for one block of rows at a time,
// small enough to stay in the first-level cache. The steps that consume rows — count, sum, avg, min, max,
// grouping by a text column, top-k — read the same block while it is hot, so a filter followed by an
// aggregate never builds a mask or a selection of the whole table, and never goes through `Value`. Large
// scans are read in two halves on two threads. Every kernel keeps the semantics of the row-by-row path it
// stands in for: exact integer sums, missing values skipped and counted, groups in order of first
// appearance, ties in sort order broken by position. See BENCHMARKS.md.

/// Rows per block: the mask, the codes and the values of a block fit in the first-level cache together.
let blockSize = 2048

/// The rows a step reads, in order: the frame's positions (all storage rows, or its selection), less those
/// a condition drops.
struct Scan: @unchecked Sendable {  // immutable; its parts are read on two threads
    /// Positions: the frame's row count.
    let count: Int
    /// Position → storage row; nil when they are the same.
    let selection: [Int32]?
    let condition: RowCondition?
    /// The positions this scan reads: all of them, or one part when a step reads its parts in parallel.
    var range: Range<Int>
    /// Asked before every block: true ends the scan early (the run's interrupt, cancellation, deadline). The
    /// step that read the scan then calls the evaluator's checkpoint, which ends the run: a partial answer
    /// is never returned.
    var stop: (() -> Bool)?

    init(count: Int, selection: [Int32]?, condition: RowCondition?) {
        self.count = count
        self.selection = selection
        self.condition = condition
        range = 0..<count
    }

    /// Positions from which a scan is read in two parts, on two threads (tests lower it).
    var parallelFrom = 1 << 18

    /// The scan in two parts of whole blocks when it is large, else itself alone.
    func parts() -> [Scan] {
        guard range.count >= parallelFrom, range.count >= 2 * blockSize else { return [self] }
        let middle = (range.lowerBound + range.count / 2) / blockSize * blockSize
        var first = self, second = self
        first.range = range.lowerBound..<middle
        second.range = middle..<range.upperBound
        return [first, second]
    }

    /// One block of kept rows.
    enum Block {
        /// Storage rows `start..<start+count`, kept where `mask` is nonzero (all of them when nil).
        case dense(start: Int, count: Int, mask: UnsafePointer<UInt8>?)
        /// Storage rows, every one kept, in order.
        case rows(UnsafeBufferPointer<Int32>)
    }

    /// Calls `body` with every block, in order, while `more` (checked before each block) holds.
    func forEachBlock(while more: () -> Bool = { true }, _ body: (Block) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: blockSize) { maskBuffer in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: blockSize) { rowBuffer in
                guard let mask = maskBuffer.baseAddress, let kept = rowBuffer.baseAddress else { return }
                func run(_ sel: UnsafePointer<Int32>?) {
                    var p0 = range.lowerBound
                    while p0 < range.upperBound, more(), stop?() != true {
                        let n = Swift.min(blockSize, range.upperBound - p0)
                        if let sel {
                            let rows = sel + p0
                            if let condition {
                                condition.fill(mask, .set, p0, n, rows)
                                var k = 0
                                for j in 0..<n {
                                    kept[k] = rows[j]
                                    k &+= Int(mask[j])
                                }
                                body(.rows(UnsafeBufferPointer(start: kept, count: k)))
                            } else {
                                body(.rows(UnsafeBufferPointer(start: rows, count: n)))
                            }
                        } else if let condition {
                            condition.fill(mask, .set, p0, n, nil)
                            body(.dense(start: p0, count: n, mask: UnsafePointer(mask)))
                        } else {
                            body(.dense(start: p0, count: n, mask: nil))
                        }
                        p0 += n
                    }
                }
                if let selection {
                    selection.withUnsafeBufferPointer { run($0.baseAddress) }
                } else {
                    run(nil)
                }
            }
        }
    }

    /// The storage rows kept, in order.
    func rows() -> [Int32] {
        let parts = inParallel(self) { $0.partRows() }
        return parts.count == 1 ? parts[0] : parts.flatMap { $0 }
    }

    /// The storage rows this part keeps, in order.
    func partRows() -> [Int32] {
        var out: [Int32] = []
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: blockSize) { buffer in
            guard let tmp = buffer.baseAddress else { return }
            forEachBlock { block in
                switch block {
                case .dense(let start, let n, let mask?):
                    var k = 0
                    for j in 0..<n {
                        tmp[k] = Int32(truncatingIfNeeded: start + j)
                        k &+= Int(mask[j])
                    }
                    out.append(contentsOf: UnsafeBufferPointer(start: tmp, count: k))
                case .dense(let start, let n, nil):
                    out.append(contentsOf: Int32(truncatingIfNeeded: start)..<Int32(truncatingIfNeeded: start + n))
                case .rows(let r):
                    out.append(contentsOf: r)
                }
            }
        }
        return out
    }
}

extension Scan.Block {
    /// The block as a fill reads it: positions `p0..<p0+n` (storage rows `rows` when given), entry j's storage
    /// row `rows[j]` or `base + j`, kept where `mask` is nonzero (all when nil).
    var reading: (p0: Int, n: Int, base: Int, rows: UnsafePointer<Int32>?, mask: UnsafePointer<UInt8>?) {
        switch self {
        case .dense(let start, let count, let mask): return (start, count, start, nil, mask)
        case .rows(let r): return (0, r.count, 0, r.baseAddress, nil)
        }
    }
}

/// Runs `body` on each part of `scan` (see ``Scan/parts()``), the parts on their own threads; the results
/// in the parts' order.
func inParallel<R>(_ scan: Scan, _ body: (Scan) -> R) -> [R] {
    let parts = scan.parts()
    guard parts.count > 1 else { return [body(scan)] }
    return concurrentMap(parts.count) { body(parts[$0]) }
}
