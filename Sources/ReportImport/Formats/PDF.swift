#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of a PDF, by poppler's `pdftotext` (Debian's `poppler-utils`), run directly (no shell).
///
/// The PDF is written to a private temporary file, `pdftotext -enc UTF-8 FILE -` prints its text, pages
/// separated by form feeds. Lines that `pdftotext` broke inside a paragraph are joined back: a line that
/// does not end a sentence (。；！？：) continues on the next, unless that one is empty or starts a heading.
enum PDF {
    enum Failure: Error, Equatable {
        /// `pdftotext` is not installed.
        case noConverter
        /// `pdftotext` ran and failed: its exit status.
        case failed(status: Int32)
        /// The temporary file or the process could not be made: the system's reason.
        case system(String)
    }

    static func looksLikePDF(_ bytes: [UInt8]) -> Bool {
        let marker: [UInt8] = Array("%PDF-".utf8)
        let head = Array(bytes.prefix(1024))
        guard head.count >= marker.count else { return false }
        for k in 0...(head.count - marker.count) where Array(head[k..<(k + marker.count)]) == marker { return true }
        return false
    }

    /// The directories searched for `pdftotext`: `PATH`, then the usual ones.
    static func searchPath() -> [String] {
        (getenv("PATH").map { String(cString: $0) } ?? "").split(separator: ":").map(String.init)
            + ["/usr/bin", "/usr/local/bin", "/bin"]
    }

    /// The path of `pdftotext` in `dirs`, if it is there.
    static func converterPath(searching dirs: [String] = searchPath()) -> String? {
        for d in dirs where !d.isEmpty {
            let p = d + "/pdftotext"
            if access(p, X_OK) == 0 { return p }
        }
        return nil
    }

    static func text(_ bytes: [UInt8]) throws(Failure) -> String {
        guard let tool = converterPath() else { throw .noConverter }
        let tmpdir = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array((tmpdir + "/rql-import-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { b -> Int32 in
            guard let base = b.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard fd >= 0 else { throw .system("cannot make a temporary file: " + String(cString: strerror(errno))) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                throw .system("cannot write a temporary file: " + reason)
            }
            written += n
        }
        close(fd)
        // `-layout`: the page's vertical gaps and first-line indents are kept, so a paragraph that ends on a
        // full line is not run into the next.
        let (status, output) = try run(tool, ["pdftotext", "-q", "-layout", "-enc", "UTF-8", path, "-"])
        guard status == 0 else { throw .failed(status: status) }
        return joinLines(String(decoding: output, as: UTF8.self))
    }

    /// Runs `tool` with `arguments` (the first is its name), standard output read to the end; its exit
    /// status and output.
    private static func run(_ tool: String, _ arguments: [String]) throws(Failure) -> (Int32, [UInt8]) {
        var pipes: [Int32] = [-1, -1]
        guard pipe(&pipes) == 0 else { throw .system("cannot make a pipe: " + String(cString: strerror(errno))) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, pipes[0])
        posix_spawn_file_actions_adddup2(&actions, pipes[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipes[1])
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tool, &actions, nil, &argv, environ)
        close(pipes[1])
        guard spawned == 0 else {
            close(pipes[0])
            throw .system("cannot run \(tool): " + String(cString: strerror(spawned)))
        }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(pipes[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            output += chunk[..<n]
        }
        close(pipes[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS, which Swift does not import as functions.
        let exited = status & 0x7F == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output)
    }

    /// `pdftotext`'s lines with the breaks inside paragraphs removed; form feeds as line breaks.
    ///
    /// A typeset paragraph's lines run to the full measure and its last line stops short: a line within two
    /// characters of the measure (the 90th percentile of the lines' display widths) goes on in the next,
    /// unless the next begins a heading (一、 (二) 3. •), is set in from the body's left edge (a first-line indent)
    /// or an empty line (a paragraph gap, as `-layout` prints it) stands between them, across a page break too. Lines are joined with nothing between them, or a
    /// space between two ASCII letters.
    static func joinLines(_ text: String) -> String {
        let raw = text.split(separator: "\n", omittingEmptySubsequences: false)
        // pdftotext ends a page with an empty line and starts the next with a form feed: that empty line is
        // the page's end, not the paragraph's.
        var lines: [String] = []
        var indents: [Int] = []
        for (k, line) in raw.enumerated() {
            if line.isEmpty, k + 1 < raw.count, raw[k + 1].first == "\u{0C}" { continue }
            let bare = line.replacing("\u{0C}", with: "")
            lines.append(bare.trimmingSpaceLike())
            indents.append(bare.prefix { $0 == " " || $0 == "\u{3000}" }.reduce(0) { $0 + ($1 == " " ? 1 : 2) })
        }
        // The body's left edge: the most common indent of the lines with text. A line set in from it (a first-line
        // indent, a centred heading) begins a paragraph.
        var counts: [Int: Int] = [:]
        for (k, line) in lines.enumerated() where !line.isEmpty { counts[indents[k], default: 0] += 1 }
        let edge = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? 0
        let widths = lines.filter { !$0.isEmpty }.map(width).sorted()
        let measure = widths.isEmpty ? 0 : widths[min(widths.count - 1, widths.count * 9 / 10)]
        var out = ""
        var previous = ""
        var previousFull = false
        for (k, line) in lines.enumerated() {
            if line.isEmpty {
                if !previous.isEmpty { out += previous + "\n" }
                previous = ""
                continue
            }
            if !previous.isEmpty, previousFull, !startsHeading(line), indents[k] < edge + 2 {
                let letters = (previous.last.map { $0.isASCII && $0.isLetter } ?? false)
                    && (line.first.map { $0.isASCII && $0.isLetter } ?? false)
                previous += (letters ? " " : "") + line
            } else {
                if !previous.isEmpty { out += previous + "\n" }
                previous = line
            }
            previousFull = measure >= 20 && width(line) >= measure - 4
        }
        if !previous.isEmpty { out += previous + "\n" }
        return out
    }

    /// Columns: two for a wide (CJK) character, one for others.
    private static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 2 : 1) }
    }

    /// Whether `s` begins as a heading or list item does: 一、 第三部分 (一) (1) 1. 2、 • — but not 3.6%.
    private static func startsHeading(_ s: String) -> Bool {
        let c = Array(s.prefix(6))
        guard let first = c.first else { return true }
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        if "●•·■◆▲—".contains(first) { return true }
        if numerals.contains(first) || first == "第" {
            let rest = c.dropFirst().drop { numerals.contains($0) }
            if let mark = rest.first, "、章节部篇".contains(mark) { return true }
        }
        if first == "(" || first == "（", c.count >= 3 {
            let rest = c.dropFirst().drop { numerals.contains($0) || $0.isASCIIDigit }
            if rest.count < c.count - 1, let close = rest.first, close == ")" || close == "）" { return true }
        }
        if first.isASCIIDigit {
            let rest = c.drop { $0.isASCIIDigit }
            if let mark = rest.first, mark == "、" || mark == "." || mark == "．",
               let after = rest.dropFirst().first, !after.isASCIIDigit { return true }
        }
        return false
    }
}
