import Testing
@testable import ReportQL
import ReportModel

/// The composite-key sort (Engine/CompositeSort.swift) and text ranks (Engine/TextRank.swift) against the
/// row path's comparison: ranks follow the language's text order (bytes), the packed keys
/// sort as the comparison does, the top-k candidates never lose a row, and every loop asks to stop.
@Suite struct EngineSortTests {
    /// Deterministic pseudo-random texts: shared prefixes longer than a radix key, NUL bytes, prefixes of one
    /// another, CJK, Latin-1.
    static func texts(_ n: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let pieces = ["项目", "a", "\u{0}", "ab", "é", "z", "0", "01234567", "工业", "~", ""]
        var seen = Set<[UInt8]>()
        var out: [String] = []
        while out.count < n {
            var s = next() % 3 == 0 ? "共同的很长的前缀abcdefgh" : ""
            for _ in 0..<(next() % 5) { s += pieces[next() % pieces.count] }
            if next() % 2 == 0 { s += String(next() % 1000) }
            if seen.insert(Array(s.utf8)).inserted { out.append(s) }
        }
        return out
    }

    static func stringOrder(_ a: String?, _ b: String?) -> Int {
        Arithmetic.order(a.map(Value.text) ?? .missing, b.map(Value.text) ?? .missing)
    }

    /// Ranks of a dictionary not in byte order agree with the row path's text order, entry for entry.
    @Test(arguments: [false, true])
    func ranksFollowStringOrder(_ withDecomposed: Bool) {
        var dictionary = Self.texts(3000, seed: 7)
        if withDecomposed {
            // é twice: precomposed and as e + U+0301, two texts (bytes), e + U+0301 first.
            dictionary += ["caf\u{E9}", "cafe\u{301}", "cafe", "caff"]
        }
        let codes = (0..<UInt32(dictionary.count)).reversed().map { $0 }
        let column = TextColumn(dictionary: dictionary, codes: codes)
        #expect(column.dictionary.count == dictionary.count)
        let ranked = textRanks(column, codes: codes) { false }
        let byString = dictionary.indices.sorted { Self.stringOrder(dictionary[$0], dictionary[$1]) < 0 }
        for (a, b) in zip(byString, byString.dropFirst()) {
            let c = Self.stringOrder(dictionary[a], dictionary[b])
            #expect(c == 0 ? ranked.ranks[a] == ranked.ranks[b] : ranked.ranks[a] < ranked.ranks[b],
                    "\(dictionary[a].debugDescription) \(dictionary[b].debugDescription)")
        }
        #expect(ranked.ranks.allSatisfy { Int($0) < ranked.count })
        if withDecomposed, let x = dictionary.firstIndex(of: "caf\u{E9}"),
           let y = dictionary.lastIndex(where: { $0.unicodeScalars.elementsEqual("cafe\u{301}".unicodeScalars) }) {
            #expect(x != y && ranked.ranks[y] < ranked.ranks[x])
        }
    }

    /// Rows under two keys (a text with missing values and a number), in both directions and with `top`,
    /// in the order the comparison of values gives, ties in row order.
    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func compositeOrderMatchesTheComparison(_ textDescending: Bool, _ numberDescending: Bool) {
        let words = Self.texts(400, seed: 11)
        let n = 5000
        var state: UInt64 = 3
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let strings: [String?] = (0..<n).map { _ in next() % 10 == 0 ? nil : words[next() % words.count] }
        let numbers: [Int64?] = (0..<n).map { _ in next() % 7 == 0 ? nil : Int64(next() % 50) - 25 }
        let text = TextColumn(strings)
        var number = NumberColumn(unit: .plain)
        for x in numbers { try? number.append(x.map { Quantity(ExactDecimal(significand: Int128($0), scale: 1), .plain) }) }
        #expect(number.isUniform && number.count == n)
        let expected = (0..<n).sorted { a, b in
            var c = Self.stringOrder(strings[a], strings[b])
            if textDescending, strings[a] != nil, strings[b] != nil { c = -c }
            if c != 0 { return c < 0 }
            switch (numbers[a], numbers[b]) {
            case (nil, nil): return a < b
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?): return x != y ? (numberDescending ? x > y : x < y) : a < b
            }
        }
        for limit in [nil, 10, 100] as [Int?] {
            let best = limit.flatMap { $0 < n / 8 ? $0 : nil }
            guard let t = sortKey(.text(text), count: n, descending: textDescending, best: best, stop: { false }),
                  let m = sortKey(.number(number), count: n, descending: numberDescending, stop: { false }) else {
                Issue.record("no integer key")
                return
            }
            let order = compositeOrder([t, m].compactMap { $0 }, count: n, limit: limit) { false }
            #expect(order.map(Int.init) == Array(expected.prefix(limit ?? n)), "limit \(String(describing: limit))")
        }
    }

    /// The text top-k kernel, on a dictionary in byte order (codes are ranks, best blocks first) and on one
    /// that is not (ranks of the candidates), missing values last, ties in row order.
    @Test(arguments: [false, true])
    func topCodesMatchesTheComparison(_ descending: Bool) {
        let n = 20_000
        let sorted = (0..<3000).map { "名\(1000 + $0)" }
        var state: UInt64 = 5
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        // Rows mostly in name order (the dictionary ascends), with repeats and missing values.
        let ascending: [String?] = (0..<n).map { i in i % 13 == 0 ? nil : sorted[(i * 3000 / n + next() % 3) % 3000] }
        let shuffled: [String?] = (0..<n).map { _ in next() % 11 == 0 ? nil : sorted[next() % 3000] }
        for strings in [ascending, shuffled] {
            let column = TextColumn(strings)
            let expected = (0..<n).sorted { a, b in
                var c = Self.stringOrder(strings[a], strings[b])
                if descending, strings[a] != nil, strings[b] != nil { c = -c }
                return c != 0 ? c < 0 : a < b
            }
            for k in [1, 10, 100] {
                let top = column.bytes.ascending ? topCodes(column, descending: descending, k: k) { false }
                    : topTexts(column, descending: descending, k: k) { false }
                #expect(top.map(Int.init) == Array(expected.prefix(k)), "k \(k), ascending \(column.bytes.ascending)")
                #expect(topTexts(column, descending: descending, k: k) { false } == top)
            }
        }
        // Every row missing but k - 1: those first, then missing rows in row order.
        let sparse = TextColumn((0..<n).map { $0 % 5000 == 0 ? "x\($0)" : nil })
        #expect(topCodes(sparse, descending: descending, k: 6) { false }.count == 6)
        #expect(topTexts(sparse, descending: descending, k: 6) { false }.map(Int.init)
                == EngineTopKTests.expected([(.text(sparse), descending)], n, 6))
    }

    /// Numbers in several units or at their own scales keep the comparison path.
    @Test func mixedUnitsHaveNoIntegerKey() throws {
        var c = NumberColumn(unit: .plain)
        try c.append(Quantity(ExactDecimal(significand: 1, scale: 0), .yiYuan))
        try c.append(Quantity(ExactDecimal(significand: 9000, scale: 0), .wanYuan))
        #expect(!c.isUniform)
        #expect(sortKey(.number(c), count: 2, descending: false, stop: { false }) == nil)
    }

    /// The byte sort, the candidate pass and the radix passes ask `stop` at bounded intervals and return once
    /// it says yes; a run with the interrupt raised ends with `interrupted`.
    @Test func compositeSortAsksToStop() throws {
        let n = 140_000
        let strings = (0..<n).map { "名\(($0 &* 7919) % n)" }
        let text = TextColumn(strings)
        #expect(!text.bytes.ascending)
        var asked = 0
        let ranked = textRanks(text, codes: text.codes) { asked += 1; return false }
        #expect(ranked.count == n && asked >= n / (1 << 16))
        asked = 0
        _ = textRanks(text, codes: text.codes) { asked += 1; return asked > 1 }
        #expect(asked == 2)
        asked = 0
        _ = textRanks(text, codes: text.codes, best: (10, true)) { asked += 1; return false }
        #expect(asked >= n / (1 << 16))
        guard let key = sortKey(.text(text), count: n, descending: false, stop: { false }), let key else {
            Issue.record("no integer key")
            return
        }
        asked = 0
        let full = compositeOrder([key], count: n, limit: nil) { asked += 1; return false }
        #expect(asked >= n / (1 << 16))
        asked = 0
        let stopped = compositeOrder([key], count: n, limit: nil) { asked += 1; return asked > 1 }
        // Asked while the word is built (the second time says stop), then once by the radix pass and once after it.
        #expect((2...4).contains(asked) && stopped != full)
        asked = 0
        _ = compositeOrder([key, key], count: n, limit: 10) { asked += 1; return false }
        #expect(asked >= n / (1 << 16))

        let interrupt = Interrupt()
        let table = Table(name: "big", columns: [Column(name: "t", data: .text(text)),
                                                 Column(name: "n", data: .number(NumberColumn(values: (0..<n).map { Int64($0 % 977) }, scale: 2, unit: .plain)))])
        let env = try Environment(collections: [table], options: .init(interrupt: interrupt))
        for q in ["big sort t, n desc", "big sort t desc top 5", "big sort n, t top 5"] {
            let compiled = try env.compile(q)
            interrupt.request()
            #expect(throws: RuntimeError.self) { try compiled.run() }
            interrupt.reset()
            _ = try compiled.run()
        }
    }
}
