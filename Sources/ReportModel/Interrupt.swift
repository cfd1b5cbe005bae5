import Synchronization

/// A request to stop: a host raises it (a Stop button, a signal handler for Ctrl-C) and every long loop of
/// the library — scans, grouping, sorting, pattern matching, building results, loading reports — checks it at
/// bounded intervals and ends with an error. Lock-free, so a signal handler may raise it.
///
/// One interrupt may serve many runs: ``reset()`` it before the next.
public final class Interrupt: Sendable {
    private let flag = Atomic<Bool>(false)

    /// An interrupt not yet raised.
    public init() {}

    /// Asks every run that checks this interrupt to stop.
    public func request() {
        flag.store(true, ordering: .relaxed)
    }

    /// Whether ``request()`` was called since the last ``reset()``.
    public var isRequested: Bool {
        flag.load(ordering: .relaxed)
    }

    /// Lowers the interrupt, for the next run.
    public func reset() {
        flag.store(false, ordering: .relaxed)
    }
}

extension Optional where Wrapped == Interrupt {
    /// Whether work should stop: this interrupt was raised, or the task running the work was cancelled.
    package var shouldStop: Bool {
        self?.isRequested == true || Task.isCancelled
    }
}
