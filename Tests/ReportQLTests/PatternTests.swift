#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Testing
@testable import ReportQL

/// The `matches` engine: Python's `re` as an oracle on random patterns and texts, the patterns that make a
/// backtracking engine take exponential time, and the errors for what it does not support.
@Suite struct PatternTests {
    func matches(_ pattern: String, _ text: String) throws -> Bool? {
        PatternMatcher(try TextPattern(pattern)).matches(text)
    }

    func error(_ pattern: String) -> PatternError? {
        do { _ = try TextPattern(pattern); return nil } catch { return error }
    }

    @Test(arguments: [
        ("abc", "xxabcxx", true), ("^abc", "xabc", false), ("abc$", "abc\n", true), ("abc\\Z", "abc\n", false),
        ("a.c", "a\nc", false), ("a.c", "a一c", true), ("[0-9]+亿元", "总投资12亿元", true),
        ("[^一-龥]", "十四五", false), ("\\d{4}年", "2025年", true), ("\\d{4}年", "202年", false),
        ("\\w+", "，。", false), ("\\w", "泉", true), ("\\s", "\u{3000}", true), ("\\bcat\\b", "a cat.", true),
        ("\\bcat\\b", "concat", false), ("(?:ab|cd){2}", "abcd", true), ("(?P<y>\\d+)%", "增长5%", true),
        ("a{2,3}?", "a", false), ("a{,2}b", "b", true), ("x{}", "x{}", true), ("[]a]", "]", true),
        ("", "", true), ("()", "x", true), ("a|", "b", true), ("\\x41\\u4e00", "A一", true), ("[\\d.]+", "3.5", true),
    ])
    func examples(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try matches(pattern, text) == expected, "\(pattern) on \(text)")
    }

    /// `(a+)+$` and `(.+)+X` take exponential time in a backtracking engine; here the work is linear in the text:
    /// ten times the text is at most twelve times the steps.
    @Test(arguments: ["(a+)+$", "(.+)+X", "(a|aa)+$", "(a*)*b", "(a?){30}a{30}"])
    func pathologicalPatternsAreLinear(_ pattern: String) throws {
        func work(_ n: Int) throws -> Int {
            let m = PatternMatcher(try TextPattern(pattern))
            #expect(m.matches(String(repeating: "a", count: n) + "!") != nil)
            return m.work
        }
        let small = try work(2_000), large = try work(20_000)
        #expect(large <= small * 12, "\(pattern): \(small) steps at n, \(large) at 10n")
    }

    @Test func stopEndsAMatch() throws {
        let m = PatternMatcher(try TextPattern("(.+)+X"))
        var calls = 0
        #expect(m.matches(String(repeating: "a", count: 100_000), stop: { calls += 1; return true }) == nil)
        #expect(calls == 1)
    }

    @Test(arguments: [
        ("(a)\\1", "backreferences ('\\1') are not supported", 3),
        ("x(?=y)", "lookahead ('(?=' and '(?!') is not supported", 1),
        ("(?<!y)x", "lookbehind ('(?<=' and '(?<!') is not supported", 0),
        ("a++", "possessive repetition is not supported", 2),
        ("(?i)abc", "inline flags and other '(?' groups are not supported", 0),
        ("a**", "a repetition of a repetition (write a group around the first)", 2),
        ("*a", "nothing to repeat", 0), ("(ab", "missing ')' for this group", 0), ("ab)", "unbalanced ')'", 2),
        ("[a-", "missing ']' for this class", 0), ("[z-a]", "the range is in the wrong order", 1),
        ("a{1001}", "a repetition count is over 1000", 1), ("\\q", "unknown escape '\\q'", 0),
        ("一(", "missing ')' for this group", 3),
    ])
    func unsupportedIsAnErrorWithItsPlace(_ pattern: String, _ message: String, _ offset: Int) {
        #expect(error(pattern) == PatternError(message: message, offset: offset))
    }

    @Test func programSizeHasABudget() {
        #expect(error("(a{1000}){1000}") == PatternError(message: "the pattern is too large: it needs more than 20000 instructions once its repetitions are written out", offset: -1))
        #expect(error("(((a{30}){30}){30})")?.message.hasPrefix("the pattern is too large") == true)
        #expect(error("a{1000}b{1000}") == nil)
    }

    /// Random patterns and texts over a small alphabet (Chinese included), answered by this engine and by
    /// Python's `re.search`; they must agree on every one, errors included. Runs when python3 is installed.
    @Test(.enabled(if: Self.python != nil)) func agreesWithPython() throws {
        // RQL_ORACLE_SEED and RQL_ORACLE_CASES run other and more cases.
        let seed = getenv("RQL_ORACLE_SEED").flatMap { UInt64(String(cString: $0)) } ?? 0x5EED
        let count = getenv("RQL_ORACLE_CASES").flatMap { Int(String(cString: $0)) } ?? 3000
        var rng = SplitMix(seed: seed)
        var cases: [(String, [String])] = []
        for _ in 0..<count {
            let p = Self.randomPattern(&rng, depth: 0)
            cases.append((p, (0..<6).map { _ in Self.randomText(&rng) }))
        }
        func hex(_ s: String) -> String { s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
        let path = "/tmp/rql-pattern-oracle-\(getpid()).txt"
        var input = ""
        for (p, texts) in cases { input += "P" + hex(p) + "\n"; for t in texts { input += "T" + hex(t) + "\n" } }
        let f = fopen(path, "w")
        #expect(f != nil)
        fputs(input, f)
        fclose(f)
        defer { unlink(path) }
        let script = """
        import re,sys,signal
        class Slow(Exception): pass
        def alarm(*a): raise Slow()
        signal.signal(signal.SIGALRM, alarm)
        d=lambda s: ''.join(chr(int(x,16)) for x in s.split())
        r=None
        for line in open(sys.argv[1]):
            k,v=line[0],d(line[1:])
            if k=='P':
                try: r=re.compile(v); print('C')
                except Exception: r=None; print('E')
            elif r is None: print('-')
            else:
                # Python backtracks: a case it cannot answer in a second is left out.
                signal.setitimer(signal.ITIMER_REAL, 1)
                try: print('1' if r.search(v) else '0')
                except Slow: print('-')
                finally: signal.setitimer(signal.ITIMER_REAL, 0)
        """
        let answers = try Self.run(script, path)
        var k = 0, disagreements: [String] = []
        for (p, texts) in cases {
            guard k < answers.count else { break }
            let compiled = try? TextPattern(p)
            if (answers[k] == "C") != (compiled != nil) { disagreements.append("compiles? \(p) python:\(answers[k])") }
            k += 1
            for t in texts {
                // Python before 3.14 never lets \B match the empty text; 3.14 and this engine do.
                if let compiled, answers[k] != "-", !(t.isEmpty && p.contains("\\B")) {
                    let mine = PatternMatcher(compiled).matches(t) == true
                    if mine != (answers[k] == "1") { disagreements.append("\(p) on \(t.debugDescription): python \(answers[k])") }
                }
                k += 1
            }
        }
        #expect(k == answers.count)
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    /// The lazy DFA against the simulation it caches: random patterns, one matcher reused over many longer
    /// texts (so later texts run on states earlier ones built), every answer the same.
    @Test func theCacheAgreesWithTheSimulation() throws {
        var rng = SplitMix(seed: 0xDFA)
        var compared = 0, cachedPatterns = 0
        for _ in 0..<1500 {
            guard let compiled = try? TextPattern(Self.randomPattern(&rng, depth: 0)) else { continue }
            let cached = PatternMatcher(compiled), plain = PatternMatcher(compiled, cache: false)
            if cached.cached { cachedPatterns += 1 }
            for _ in 0..<12 {
                let t = (0..<3).map { _ in Self.randomText(&rng) }.joined()
                #expect(cached.matches(t) == plain.matches(t), "\(compiled.source) on \(t.debugDescription)")
                compared += 1
            }
        }
        #expect(cachedPatterns > 500 && compared > 10_000)
    }

    /// A pattern whose DFA has more states than the cache holds (`(a|b)*a(a|b){13}`: 2¹⁴) drops the cache and
    /// goes on: the same answers as the simulation, and work still linear in the text.
    @Test func aFullCacheIsDroppedNotGrown() throws {
        let compiled = try TextPattern("(a|b)*a(a|b){13}c")
        var rng = SplitMix(seed: 7)
        func text(_ n: Int) -> String { String((0..<n).map { _ in rng.next() % 2 == 0 ? "a" : "b" }) }
        let small = text(20_000), large = text(200_000)
        for t in [small, large, small + "c", "a" + String(repeating: "b", count: 13) + "c"] {
            #expect(PatternMatcher(compiled).matches(t) == PatternMatcher(compiled, cache: false).matches(t))
        }
        let m1 = PatternMatcher(compiled), m10 = PatternMatcher(compiled)
        _ = m1.matches(small)
        _ = m10.matches(large)
        #expect(m10.work <= m1.work * 12, "\(m1.work) steps at n, \(m10.work) at 10n")
    }

    // MARK: The oracle's inputs

    static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3"].first { access($0, X_OK) == 0 }

    static func run(_ script: String, _ argument: String) throws -> [String] {
        let scriptPath = argument + ".py"
        let f = fopen(scriptPath, "w")
        fputs(script, f)
        fclose(f)
        defer { unlink(scriptPath) }
        guard let python, let pipe = popen("\(python) \(scriptPath) \(argument)", "r") else { return [] }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = fread(&buffer, 1, buffer.count, pipe)
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        pclose(pipe)
        return String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static let letters: [String] = ["a", "b", "一", "二", " ", "1", "_", "-", "\n", "é"]

    static func randomText(_ rng: inout SplitMix) -> String {
        let n = Int(rng.next() % 12)
        return (0..<n).map { _ in letters[Int(rng.next() % UInt64(letters.count))] }.joined()
    }

    static func randomPattern(_ rng: inout SplitMix, depth: Int) -> String {
        let n = 1 + Int(rng.next() % 4)
        var out = ""
        for _ in 0..<n {
            var atom: String
            switch rng.next() % 16 {
            case 0: atom = "."
            case 1: atom = ["\\d", "\\w", "\\s", "\\D", "\\W", "\\S"][Int(rng.next() % 6)]
            case 2: atom = ["[ab]", "[^a一]", "[a-z]", "[一-二]", "[\\d_]", "[^\\s]", "[-a]", "[]b]"][Int(rng.next() % 8)]
            case 3 where depth < 3:
                let branches = (0..<(1 + Int(rng.next() % 3))).map { _ in randomPattern(&rng, depth: depth + 1) }
                atom = (rng.next() % 2 == 0 ? "(" : "(?:") + branches.joined(separator: "|") + ")"
            case 4: atom = ["^", "$", "\\b", "\\B", "\\A", "\\Z"][Int(rng.next() % 6)]
            case 5: atom = "\\n"
            default: atom = letters[Int(rng.next() % UInt64(letters.count - 1))]
            }
            if atom.count == 1, "^$".contains(atom) || atom.hasPrefix("\\") && "bBAZ".contains(atom.last ?? " ") {
                out += atom
                continue
            }
            if atom.hasPrefix("\\"), "bBAZ".contains(atom.last ?? " ") { out += atom; continue }
            switch rng.next() % 10 {
            case 0: atom += "*"
            case 1: atom += "+"
            case 2: atom += "?"
            case 3: atom += "{\(rng.next() % 3)}"
            case 4: atom += "{\(rng.next() % 2),\(2 + rng.next() % 2)}"
            case 5: atom += "{\(rng.next() % 3),}"
            case 6: atom += ["*?", "+?", "??"][Int(rng.next() % 3)]
            default: break
            }
            out += atom
        }
        if depth == 0, rng.next() % 5 == 0 { out += "|" + randomPattern(&rng, depth: 1) }
        return out
    }
}
