import ReportQL
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input that is not a terminal, read as it arrives: each statement is handed over as soon as it is
/// complete, so `(sleep 3; echo 'projects count'; sleep 3) | rql` answers after three seconds, not at the end
/// of input.
///
/// Complete means what it means in a script file: the text so far is a finished entry
/// (``Syntax/isComplete(_:)``) and the next line with a token does not continue it (``Syntax/beginsStatement(_:)``:
/// a line starting with `where` or `and` does). Blank and comment lines in between join the statement. When the
/// next line has not arrived yet (the writer is waiting), the statement runs, as the REPL would run it.
///
/// Bounded: a statement (or a line) longer than ``Files/maximumSize`` is refused; completeness is re-checked on
/// every line while the pending text is short and, past that, only when it has grown by half, so any input
/// costs linear time.
struct StatementStream {
    /// A piece of the input: its text and the input line it starts on.
    struct Chunk {
        var text: String
        var firstLine: Int
    }

    /// Why reading stopped early.
    enum Failure: Error {
        case tooLong
        case unreadable(Files.Failure)
        /// Ctrl-C (SIGINT) while waiting for input.
        case interrupted
    }

    let fd: Int32
    private var buffer: [UInt8] = []
    /// Where the unread part of ``buffer`` starts.
    private var start = 0
    /// How far ``buffer`` is known to hold no line break after ``start``.
    private var scanned = 0
    private var ended = false
    private var nextLine = 1

    init(fd: Int32 = 0) {
        self.fd = fd
    }

    /// The next complete statement (or the incomplete rest at the end of input); nil at the end.
    mutating func next() throws(Failure) -> Chunk? {
        var pending: [UInt8] = []
        let firstLine = nextLine
        var checkedAt = 0
        var hasToken = false
        while true {
            guard let line = try takeLine(wait: true) else {
                if !hasToken { return nil }
                return Chunk(text: String(decoding: pending, as: UTF8.self), firstLine: firstLine)
            }
            pending += line
            if pending.count > Files.maximumSize { throw .tooLong }
            if !hasToken, line.allSatisfy(Self.isSpace) { continue }  // Only blank lines so far: nothing to run.
            hasToken = true
            // Worth checking: short, or grown by half since the last check.
            guard pending.count <= 4096 || pending.count >= checkedAt + checkedAt / 2 else { continue }
            checkedAt = pending.count
            guard Syntax.isComplete(String(decoding: pending, as: UTF8.self)) else { continue }
            // Complete so far; the lines that have arrived say whether it goes on.
            while true {
                guard let next = try peekLine() else {
                    return Chunk(text: String(decoding: pending, as: UTF8.self), firstLine: firstLine)
                }
                let blank = next.allSatisfy(Self.isSpace)
                guard !blank, let begins = Syntax.beginsStatement(String(decoding: next, as: UTF8.self)) else {
                    // A blank or comment line: part of this chunk either way.
                    pending += try takeLine(wait: false) ?? []
                    continue
                }
                if begins { return Chunk(text: String(decoding: pending, as: UTF8.self), firstLine: firstLine) }
                break  // It continues the statement: read on.
            }
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Takes the next line with its `\n` (the last may lack it); nil at the end of input, or when `wait` is false
    /// and no whole line has arrived.
    private mutating func takeLine(wait: Bool) throws(Failure) -> ArraySlice<UInt8>? {
        guard let end = try lineEnd(wait: wait) else { return nil }
        let line = buffer[start..<end]
        start = end
        scanned = end
        nextLine += 1
        return line
    }

    /// The next line, left in place; nil when none has arrived whole (or at the end of input).
    private mutating func peekLine() throws(Failure) -> ArraySlice<UInt8>? {
        guard let end = try lineEnd(wait: false) else { return nil }
        return buffer[start..<end]
    }

    /// Where the next line ends (after its `\n`), reading more input when needed: all that `wait` allows, or
    /// only what has already arrived.
    private mutating func lineEnd(wait: Bool) throws(Failure) -> Int? {
        while true {
            if let newline = newlineIndex(from: max(start, scanned)) { return newline + 1 }
            scanned = buffer.count
            if ended { return start < buffer.count ? buffer.count : nil }
            if buffer.count - start > Files.maximumSize { throw .tooLong }
            guard wait || inputReady() else { return nil }
            try fill()
        }
    }

    private func newlineIndex(from index: Int) -> Int? {
        guard index < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { raw -> Int? in
            guard let base = raw.baseAddress, let hit = memchr(base + index, 0x0A, raw.count - index) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Whether a read would return at once (data, or the end of input).
    private func inputReady() -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0
    }

    /// Reads what is there (waiting for it) onto the end of the buffer, first dropping what was handed over.
    private mutating func fill() throws(Failure) {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { scratch.deallocate() }
        while true {
            // Wait in poll(2), which a signal always interrupts (a read would be restarted): Ctrl-C while the
            // input is quiet ends the wait.
            var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&p, 1, -1) < 0 {
                if errno != EINTR { throw .unreadable(Files.Failure("standard input", errno: errno)) }
                if statementInterrupt.isRequested { throw .interrupted }
                continue
            }
            if statementInterrupt.isRequested { throw .interrupted }
            let n = systemRead(fd, scratch.baseAddress, scratch.count)
            if n > 0 {
                buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: scratch[..<n]))
                return
            } else if n == 0 {
                ended = true
                return
            } else if errno != EINTR {
                throw .unreadable(Files.Failure("standard input", errno: errno))
            }
        }
    }
}
