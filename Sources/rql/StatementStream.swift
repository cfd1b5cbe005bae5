import ReportQL

/// Standard input that is not a terminal, read as it arrives: each statement is handed over as soon as it is
/// complete, so `(sleep 3; echo 'projects count'; sleep 3) | rql` answers after three seconds, not at the end
/// of input.
///
/// Complete means what it means in a script file: the text so far is a finished entry
/// (``Syntax/isComplete(_:)``) and the next line with a token does not continue it (``Syntax/beginsStatement(_:)``:
/// a line starting with `where` or `and` does). When the next line has not arrived yet (the writer is
/// waiting), the statement runs, as the REPL would run it.
///
/// Bounded: a statement longer than ``Files/maximumSize`` is refused; completeness is re-checked on every
/// line while the pending text is short and, past that, only when it has grown by half, so a statement of
/// very many lines costs linear time.
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
    }

    let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
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
        while true {
            guard let line = try readLine() else {
                if pending.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
                return Chunk(text: String(decoding: pending, as: UTF8.self), firstLine: firstLine)
            }
            pending += line
            nextLine += 1
            if pending.count > Files.maximumSize { throw .tooLong }
            // Worth checking: short, or grown by half since the last check.
            guard pending.count <= 4096 || pending.count >= checkedAt + checkedAt / 2 else { continue }
            checkedAt = pending.count
            let text = String(decoding: pending, as: UTF8.self)
            if Syntax.isComplete(text), try !nextLineContinues() {
                return Chunk(text: text, firstLine: firstLine)
            }
        }
    }

    /// Whether the next line with a token, among those that have already arrived, continues the statement;
    /// false when none has arrived. Reads what is ready, consumes nothing.
    private mutating func nextLineContinues() throws(Failure) -> Bool {
        var index = start
        while true {
            if let newline = buffer[index...].firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[index...newline], as: UTF8.self)
                if let begins = Syntax.beginsStatement(line) { return !begins }
                index = newline + 1
                continue
            }
            if ended || !inputReady() {
                guard ended, index < buffer.count else { return false }
                return Syntax.beginsStatement(String(decoding: buffer[index...], as: UTF8.self)) == false
            }
            if buffer.count - start > Files.maximumSize { throw .tooLong }
            try fill()
        }
    }

    /// Whether a read would return at once (data, or the end of input).
    private func inputReady() -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0
    }

    /// Reads what is there (waiting for it) onto the end of the buffer.
    private mutating func fill() throws(Failure) {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer += chunk[..<n]
                return
            } else if n == 0 {
                ended = true
                return
            } else if errno != EINTR {
                throw .unreadable(Files.Failure("standard input", errno: errno))
            }
        }
    }

    /// One line with its `\n` (the last may lack it); nil at the end of input.
    private mutating func readLine() throws(Failure) -> ArraySlice<UInt8>? {
        var scanned = start
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                let line = buffer[start...newline]
                start = newline + 1
                return line
            }
            scanned = buffer.count
            if ended {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return line
            }
            if scanned - start > Files.maximumSize { throw .tooLong }
            // Drop what was handed over before reading more.
            if start > 0 && start >= buffer.count / 2 {
                buffer.removeFirst(start)
                scanned -= start
                start = 0
            }
            try fill()
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
