/// A compiled `matches` pattern: a program for a Pike VM (Thompson's simulation of the pattern's NFA), which
/// answers "does the pattern match anywhere in the text" in time linear in the text — at most one step per
/// instruction per scalar, whatever the pattern — with no backtracking, so `(a+)+$` or `(.+)+X` cost no more
/// than `a+`. Compiled once per statement; the program's size is bounded (``maxInstructions``), repetitions
/// `{m,n}` counted after expansion.
struct TextPattern: Sendable {
    /// The most instructions a pattern may compile to (`a{1000}` is a thousand, `(a{100}){100}` ten thousand).
    static let maxInstructions = 20_000

    /// The pattern as written.
    let source: String
    let program: [PatternInstruction]
    let sets: [ScalarSet]
    /// Every match must start at the start of the text (the pattern begins with `^` or `\A` in every branch).
    let anchored: Bool

    init(_ source: String) throws(PatternError) {
        self.source = source
        let node = try PatternParser.parse(source)
        var compiler = PatternCompiler()
        try compiler.emit(node)
        try compiler.append(.match)
        program = compiler.program
        sets = compiler.sets
        anchored = Self.startsAnchored(node)
    }

    private static func startsAnchored(_ node: PatternNode) -> Bool {
        switch node {
        case .assertion(.start): return true
        case .concat(let items): return items.first.map(startsAnchored) ?? false
        case .alternation(let branches): return branches.allSatisfy(startsAnchored)
        default: return false
        }
    }
}

/// One step of a pattern's program.
enum PatternInstruction: Equatable, Sendable {
    /// Consumes this scalar.
    case scalar(UInt32)
    /// Consumes any scalar but a line feed.
    case any
    /// Consumes a scalar of `sets[index]`.
    case set(Int)
    /// Goes on only where the assertion holds.
    case assert(PatternAssertion)
    /// Goes on at both.
    case split(Int, Int)
    case jump(Int)
    case match
}

/// Turns a ``PatternNode`` into instructions.
struct PatternCompiler {
    var program: [PatternInstruction] = []
    var sets: [ScalarSet] = []

    mutating func append(_ instruction: PatternInstruction) throws(PatternError) {
        guard program.count < TextPattern.maxInstructions else {
            throw PatternError(message: "the pattern is too large: it needs more than \(TextPattern.maxInstructions) instructions once its repetitions are written out", offset: -1)
        }
        program.append(instruction)
    }

    mutating func emit(_ node: PatternNode) throws(PatternError) {
        switch node {
        case .empty:
            break
        case .scalar(let c):
            try append(.scalar(c))
        case .any:
            try append(.any)
        case .set(let s):
            if !s.negated, s.items.count == 1, case .range(let lo, let hi) = s.items[0], lo == hi {
                try append(.scalar(lo))
            } else {
                sets.append(s)
                try append(.set(sets.count - 1))
            }
        case .assertion(let a):
            try append(.assert(a))
        case .concat(let items):
            for item in items { try emit(item) }
        case .alternation(let branches):
            // split L1, next; L1: b1; jump end; next: split L2, next2; … ; last branch; end:
            var jumps: [Int] = []
            for (k, branch) in branches.enumerated() {
                if k < branches.count - 1 {
                    let split = program.count
                    try append(.split(split + 1, -1))
                    try emit(branch)
                    jumps.append(program.count)
                    try append(.jump(-1))
                    program[split] = .split(split + 1, program.count)
                } else {
                    try emit(branch)
                }
            }
            for j in jumps { program[j] = .jump(program.count) }
        case .repetition(let body, let min, let max):
            for _ in 0..<min { try emit(body) }
            if let max {
                // Each optional copy may be skipped to the end: x{0,3} is x?(x?(x?)) with one exit.
                var exits: [Int] = []
                for _ in min..<max {
                    exits.append(program.count)
                    try append(.split(program.count + 1, -1))
                    try emit(body)
                }
                for e in exits { program[e] = .split(e + 1, program.count) }
            } else {
                // L: split body, end; body; jump L; end:
                let loop = program.count
                try append(.split(loop + 1, -1))
                try emit(body)
                try append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
    }
}

/// Runs a ``TextPattern`` over texts, reusing its thread lists. One per evaluation; not shared.
final class PatternMatcher {
    let pattern: TextPattern
    /// The pattern's program and sets, held here so the loops below read them directly.
    private let program: [PatternInstruction]
    private let sets: [ScalarSet]
    private let anchored: Bool
    private var current: ThreadList
    private var next: ThreadList
    private var stack: [Int] = []
    private var text: [UInt32] = []
    /// Steps since the last call of `stop`.
    private var steps = 0
    /// Steps taken over every text so far: the measure of work the tests compare at n and 10n.
    private(set) var work = 0
    /// Steps between calls of `stop`.
    static let checkInterval = 1 << 16

    init(_ pattern: TextPattern) {
        self.pattern = pattern
        program = pattern.program
        sets = pattern.sets
        anchored = pattern.anchored
        current = ThreadList(size: pattern.program.count)
        next = ThreadList(size: pattern.program.count)
    }

    /// Whether the pattern matches somewhere in `s`; nil when `stop` (called every ``checkInterval`` steps)
    /// answered true.
    func matches(_ s: String, stop: () -> Bool = { false }) -> Bool? {
        text.removeAll(keepingCapacity: true)
        for u in s.unicodeScalars { text.append(u.value) }
        let n = text.count
        current.clear()
        var i = 0
        while true {
            if !anchored || i == 0 {
                if add(0, at: i, to: &current) { return true }
            }
            if current.count == 0 {
                if anchored || i >= n { return false }
            }
            if i >= n { return false }
            let c = text[i]
            next.clear()
            for t in 0..<current.count {
                let pc = current.dense[t]
                let hit: Bool
                switch program[pc] {
                case .scalar(let x): hit = c == x
                case .any: hit = c != 0x0A
                case .set(let k): hit = sets[k].contains(c)
                default: hit = false
                }
                if hit, add(pc + 1, at: i + 1, to: &next) { return true }
            }
            steps &+= current.count + 1
            work &+= current.count + 1
            if steps >= Self.checkInterval {
                steps = 0
                if stop() { return nil }
            }
            swap(&current, &next)
            i += 1
        }
    }

    /// Adds the thread at `pc` and every thread it reaches without consuming, at text position `i`;
    /// true when one of them is the match.
    private func add(_ pc: Int, at i: Int, to list: inout ThreadList) -> Bool {
        stack.removeAll(keepingCapacity: true)
        stack.append(pc)
        while let pc = stack.popLast() {
            guard list.insert(pc) else { continue }
            switch program[pc] {
            case .match:
                return true
            case .jump(let to):
                stack.append(to)
            case .split(let a, let b):
                stack.append(b)
                stack.append(a)
            case .assert(let a):
                if holds(a, at: i) { stack.append(pc + 1) }
            default:
                break
            }
        }
        return false
    }

    private func holds(_ a: PatternAssertion, at i: Int) -> Bool {
        let n = text.count
        switch a {
        case .start: return i == 0
        case .end: return i == n || (i == n - 1 && text[i] == 0x0A)
        case .absoluteEnd: return i == n
        case .wordBoundary(let negated):
            let before = i > 0 && ScalarClasses.isWord(text[i - 1])
            let after = i < n && ScalarClasses.isWord(text[i])
            return (before != after) != negated
        }
    }
}

/// A set of program counters with constant-time insert and clear (Briggs and Torczon's sparse set).
struct ThreadList {
    var dense: [Int]
    var sparse: [Int]
    var count = 0

    init(size: Int) {
        dense = [Int](repeating: 0, count: size)
        sparse = [Int](repeating: 0, count: size)
    }

    mutating func clear() { count = 0 }

    /// Inserts `pc`; false when it was there already.
    mutating func insert(_ pc: Int) -> Bool {
        let s = sparse[pc]
        if s < count && dense[s] == pc { return false }
        sparse[pc] = count
        dense[count] = pc
        count += 1
        return true
    }
}

extension TextPattern {
    /// The message for a pattern that cannot be used, naming it (shortened when long) and the place.
    static func describe(_ error: PatternError, pattern: String) -> String {
        let scalars = Array(pattern.unicodeScalars)
        let shown = scalars.count > 40
            ? String(String.UnicodeScalarView(scalars.prefix(37))) + "…" : pattern
        guard error.offset >= 0 else { return "invalid pattern '\(shown)' for 'matches': \(error.message)" }
        var column = 0, bytes = 0
        for s in scalars where bytes < error.offset { bytes += UTF8.width(s); column += 1 }
        return "invalid pattern '\(shown)' for 'matches' at character \(column + 1): \(error.message)"
    }

    /// Where the caret goes for `error` in the string literal at `literal`: under the offending character
    /// when the literal is the pattern as written (no escapes between its quotes), else the whole literal.
    static func place(_ error: PatternError, pattern: String, in literal: SourceRange, _ file: SourceFile) -> SourceRange {
        let bytes = file.bytes
        guard error.offset >= 0, literal.start < literal.end, literal.end <= bytes.count else { return literal }
        // The opening quote is one character: 1 to 4 bytes.
        var open = literal.start + 1
        while open < literal.end, bytes[open] & 0xC0 == 0x80 { open += 1 }
        var close = literal.end - 1
        while close > open, bytes[close] & 0xC0 == 0x80 { close -= 1 }
        guard bytes[open..<close].elementsEqual(pattern.utf8) else { return literal }
        let at = open + error.offset
        guard at < close else { return literal }
        var end = at + 1
        while end < close, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return SourceRange(at, end)
    }
}
