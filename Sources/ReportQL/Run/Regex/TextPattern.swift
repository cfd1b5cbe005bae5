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
///
/// Where the pattern has no assertion that depends on the text around a position (`$`, `\Z`, `\b`; `^` only
/// holds at 0), each set of threads the simulation reaches is a state of a DFA built lazily, as RE2 does: the
/// set after a scalar is computed once by the simulation and then looked up, so a text costs one lookup a
/// scalar. The cache is bounded (``maxStates``, ``maxTransitions``) and dropped when full, so the work stays at
/// most the simulation's, a scalar at a time; patterns with such assertions run the simulation alone.
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

    /// Whether the lazy DFA may be used (no position-dependent assertion but `^`).
    let cached: Bool
    /// The DFA's states: each a sorted set of program counters; `matching` when the match was reached.
    private var states: [[Int]] = []
    private var ids: [[Int]: Int32] = [:]
    /// Transitions: ASCII in a table of 128 a state (-1 unknown), the rest by (state, scalar).
    private var asciiNext: [Int32] = []
    private var otherNext: [UInt64: Int32] = [:]
    /// The state at position 0, once computed.
    private var initial: Int32 = -1
    /// The id of "the match was reached"; the cache's states are ≥ 0.
    private static let matching: Int32 = -2
    static let maxStates = 4_096
    static let maxTransitions = 1 << 18

    convenience init(_ pattern: TextPattern) { self.init(pattern, cache: true) }

    /// `cache: false` runs the simulation alone (the tests compare the two).
    init(_ pattern: TextPattern, cache: Bool) {
        self.pattern = pattern
        program = pattern.program
        sets = pattern.sets
        anchored = pattern.anchored
        current = ThreadList(size: pattern.program.count)
        next = ThreadList(size: pattern.program.count)
        cached = cache && !pattern.program.contains {
            if case .assert(let a) = $0 { return a != .start }
            return false
        }
    }

    /// Whether the pattern matches somewhere in `s`; nil when `stop` (called every ``checkInterval`` steps)
    /// answered true.
    func matches(_ s: String, stop: () -> Bool = { false }) -> Bool? {
        text.removeAll(keepingCapacity: true)
        for u in s.unicodeScalars { text.append(u.value) }
        return cached ? runCached(stop) : simulate(stop)
    }

    /// Thompson's simulation of the whole text.
    private func simulate(_ stop: () -> Bool) -> Bool? {
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
            if step(text[i], at: i) { return true }
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

    /// Moves every thread of `current` over `c` (the scalar at `i`) into `next`; true when one reaches the match.
    private func step(_ c: UInt32, at i: Int) -> Bool {
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
        return false
    }

    /// The text through the lazy DFA: a lookup a scalar, the simulation's step where the lookup misses.
    private func runCached(_ stop: () -> Bool) -> Bool? {
        if initial == -1 {
            current.clear()
            initial = add(0, at: 0, to: &current) ? Self.matching : intern(current)
        }
        var state = initial
        for c in text {
            if state == Self.matching { return true }
            let pcs = Int(state)
            // A dead state of an anchored pattern: nothing can match any more.
            if anchored, states[pcs].isEmpty { return false }
            var to: Int32 = -1
            if c < 128 {
                to = asciiNext[pcs &* 128 &+ Int(c)]
            } else if let t = otherNext[UInt64(UInt32(bitPattern: state)) << 32 | UInt64(c)] {
                to = t
            }
            if to == -1 {
                // A miss is the simulation's step: it counts as one, toward `stop` too.
                work &+= states[pcs].count
                steps &+= states[pcs].count
                if states.count >= Self.maxStates || otherNext.count >= Self.maxTransitions {
                    let kept = states[pcs]
                    dropCache()
                    state = intern(kept)
                }
                to = transition(state, c)
                remember(state, c, to)
            }
            work &+= 1
            steps &+= 1
            if steps >= Self.checkInterval {
                steps = 0
                if stop() { return nil }
            }
            state = to
        }
        return state == Self.matching
    }

    /// The state after `c` from `state`: the simulation's step, then thread 0 again where unanchored. Past
    /// position 0 no assertion of a cached pattern holds (`^` only at 0), so position 1 stands for them all.
    private func transition(_ state: Int32, _ c: UInt32) -> Int32 {
        current.clear()
        for pc in states[Int(state)] { _ = current.insert(pc) }
        if step(c, at: 0) { return Self.matching }
        if !anchored, add(0, at: 1, to: &next) { return Self.matching }
        return intern(next)
    }

    private func remember(_ state: Int32, _ c: UInt32, _ to: Int32) {
        if c < 128 {
            asciiNext[Int(state) &* 128 &+ Int(c)] = to
        } else {
            otherNext[UInt64(UInt32(bitPattern: state)) << 32 | UInt64(c)] = to
        }
    }

    private func intern(_ list: ThreadList) -> Int32 { intern(list.dense[0..<list.count].sorted()) }

    private func intern(_ key: [Int]) -> Int32 {
        if let id = ids[key] { return id }
        let id = Int32(states.count)
        states.append(key)
        ids[key] = id
        asciiNext.append(contentsOf: repeatElement(-1, count: 128))
        return id
    }

    /// Forgets every state: the next lookups miss and rebuild what they need.
    private func dropCache() {
        states.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        asciiNext.removeAll(keepingCapacity: true)
        otherNext.removeAll(keepingCapacity: true)
        initial = -1
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
