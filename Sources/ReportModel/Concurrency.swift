import Dispatch

// The package's one way to spread work over the cores: every parallel loop in the libraries and in `rql`
// (column scans, corpus loading, report merging, CSV parsing, imports) calls `concurrentMap`.

/// `body(i)` for every `i` in `0..<count`, spread over the cores by Dispatch; the results in index order.
/// `body` runs on several threads at once, so it must only read what the calls share.
package func concurrentMap<R>(_ count: Int, _ body: (Int) -> R) -> [R] {
    guard count > 1 else { return count == 1 ? [body(0)] : [] }
    var results = [R?](repeating: nil, count: count)
    withoutActuallyEscaping(body) { body in
        results.withUnsafeMutableBufferPointer { out in
            let shared = ConcurrentSlots(out: out, body: body)
            DispatchQueue.concurrentPerform(iterations: count) { i in
                shared.out[i] = shared.body(i)
            }
        }
    }
    return results.compactMap { $0 }
}

/// What the threads of ``concurrentMap(_:_:)`` share: each writes only its own slot.
private struct ConcurrentSlots<R>: @unchecked Sendable {
    let out: UnsafeMutableBufferPointer<R?>
    let body: (Int) -> R
}
