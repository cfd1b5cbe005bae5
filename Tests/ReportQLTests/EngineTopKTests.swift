import Testing
@testable import ReportQL
import ReportModel

/// The top-k kernels of a text key (Engine/TextTopK.swift) and of packed keys read block by block
/// (Engine/CompositeSort.swift `wordTop`) against the row path's comparison of values, on data in every
/// order (random, ascending, descending, constant, clustered) with ties, missing values, texts that share
/// 8- and 15-byte prefixes (CJK and ASCII), k = 0 and k past the row count; and, at sizes read on two
/// threads, against the full sort.
@Suite struct EngineTopKTests {
    /// Texts that agree on their first 8 or 15 bytes (the key's word and its whole width), are prefixes of one
    /// another, hold NUL bytes, CJK and Latin-1, are empty — with the suite's random texts.
    static let pool: [String] = {
        let fifteen = "abcdefghijklmno"
        var p = [fifteen, fifteen + "\u{0}", fifteen + "a", fifteen + "b", fifteen + "ab", fifteen + "\u{0}z",
                 "abcdefgh", "abcdefgh1", "abcdefgh2", "abcdefg", "abcdefgh\u{0}", "项目00001", "项目0000",
                 "项目000010", "项目0000100000", "项目00001000000", "项目工业", "项目工业区", "项目", "",
                 "é", "e", "\u{0}", "~", "共同的很长的前缀甲", "共同的很长的前缀乙", "共同的很长的前缀"]
        p += EngineSortTests.texts(300, seed: 23)
        var seen = Set<[UInt8]>()
        return p.filter { seen.insert(Array($0.utf8)).inserted }
    }()

    enum Order: CaseIterable { case random, ascending, descending, constant, clustered }

    /// `n` values drawn from `pool` (indices; nil missing) in `order`.
    static func arranged<T>(_ n: Int, _ pool: [T], _ order: Order, seed: UInt64, by less: (T, T) -> Bool) -> [T?] {
        var rng = SplitMix(seed: seed)
        var v: [T?] = (0..<n).map { _ in rng.next() % 10 == 0 ? nil : pool[Int(rng.next() % UInt64(pool.count))] }
        func ordered(_ a: T?, _ b: T?) -> Bool {
            switch (a, b) {
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?): return less(x, y)
            }
        }
        switch order {
        case .random: break
        case .ascending: v.sort(by: ordered)
        case .descending: v.sort { ordered($1, $0) }
        case .constant: v = v.map { $0 == nil ? nil : pool[0] }
        case .clustered:
            // Sorted runs of a few hundred rows, the runs in random order.
            v.sort(by: ordered)
            var runs: [[T?]] = stride(from: 0, to: n, by: 300).map { Array(v[$0..<Swift.min($0 + 300, n)]) }
            for i in runs.indices.reversed() where i > 0 { runs.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            v = runs.flatMap { $0 }
        }
        return v
    }

    static func bytesLess(_ a: String, _ b: String) -> Bool { Arithmetic.orderText(a, b) < 0 }

    /// The integer key of `v` (not a constant, not on the comparison path).
    static func key(_ v: ColumnValues, _ n: Int, descending: Bool, best: Int? = nil) throws -> OrderKey {
        try #require(sortKey(v, count: n, descending: descending, best: best, stop: { false }) ?? nil)
    }

    /// The first `k` positions by the row path's comparison of values, `descending` or not, missing last,
    /// ties in position order.
    static func expected(_ columns: [(ColumnValues, Bool)], _ n: Int, _ k: Int) -> [Int] {
        let less = { (a: Int, b: Int) -> Bool in
            for (v, desc) in columns {
                let x = v.value(at: a), y = v.value(at: b)
                var c = Arithmetic.order(x, y)
                if desc, !x.isMissing, !y.isMissing { c = -c }
                if c != 0 { return c < 0 }
            }
            return a < b
        }
        // A bounded insertion: k is small.
        var best: [Int] = []
        for i in 0..<n {
            if best.count == k, let last = best.last, !less(i, last) { continue }
            var lo = 0, hi = best.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if less(best[mid], i) { lo = mid + 1 } else { hi = mid }
            }
            best.insert(i, at: lo)
            if best.count > k { best.removeLast() }
        }
        return best
    }

    @Test(arguments: [false, true])
    func textTopMatchesTheComparison(_ descending: Bool) {
        let n = 6000
        for order in Order.allCases {
            let strings = Self.arranged(n, Self.pool, order, seed: 31, by: Self.bytesLess)
            let column = TextColumn(strings)
            for k in [0, 1, 10, 100, n + 5] {
                let want = Self.expected([(.text(column), descending)], n, k)
                let got = topTexts(column, descending: descending, k: k) { false }
                #expect(got.map(Int.init) == want, "\(order) k \(k)")
                if column.bytes.ascending {
                    #expect(topCodes(column, descending: descending, k: k) { false }.map(Int.init) == want, "\(order) k \(k)")
                }
            }
        }
    }

    /// Large enough to be read on two threads: the top k agrees with the full sort's first k rows.
    @Test(arguments: [false, true])
    func textTopOnTwoThreadsMatchesTheFullSort(_ descending: Bool) throws {
        let n = 300_000
        for order in [Order.random, .descending, .clustered] {
            let strings = Self.arranged(n, Self.pool, order, seed: 41, by: Self.bytesLess)
            let column = TextColumn(strings)
            let full = compositeOrder([try Self.key(.text(column), n, descending: descending)], count: n, limit: nil) { false }
            for k in [1, 10, 1000] {
                let got = topTexts(column, descending: descending, k: k) { false }
                #expect(got == Array(full.prefix(k)), "\(order) k \(k)")
            }
        }
    }

    /// A small text key (ranked whole), a number and a truth value, packed into one word and read block by
    /// block for the top k, in every direction and data order.
    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func packedTopMatchesTheComparison(_ textDescending: Bool, _ numberDescending: Bool) throws {
        let n = 7000
        let statuses = ["预备", "在建", "工业", "a", "abcdefgh1", "abcdefgh0"]
        for order in Order.allCases {
            let texts = Self.arranged(n, statuses, order == .constant ? .random : order, seed: 7, by: Self.bytesLess)
            // Few distinct numbers (ties across texts), negative and positive, missing.
            let numbers = Self.arranged(n, (-40...40).map { Int64($0) * 25 }, order, seed: 9, by: <)
            let flags = Self.arranged(n, [false, true], .random, seed: 13, by: { !$0 && $1 })
            let text = TextColumn(texts)
            var number = NumberColumn(unit: .plain)
            for x in numbers { try number.append(x.map { Quantity(ExactDecimal(significand: Int128($0), scale: 2), .plain) }) }
            let flag = BoolColumn(values: flags.map { $0 ?? false }, present: flags.map { $0 != nil })
            let sets: [[(ColumnValues, Bool)]] = [
                [(.text(text), textDescending), (.number(number), numberDescending)],
                [(.number(number), numberDescending), (.text(text), textDescending)],
                [(.bool(flag), textDescending), (.number(number), numberDescending), (.text(text), false)],
            ]
            for columns in sets {
                let keys = try columns.map { try Self.key($0.0, n, descending: $0.1) }
                #expect(packedWords(keys).count == 1)
                for k in [0, 1, 10, 100] {
                    let got = compositeOrder(keys, count: n, limit: k) { false }
                    #expect(got.map(Int.init) == Self.expected(columns, n, k), "\(order) k \(k)")
                }
                let all = compositeOrder(keys, count: n, limit: n + 5) { false }
                #expect(all.count == n && all.map(Int.init).prefix(50) == Self.expected(columns, n, 50)[...])
            }
        }
    }

    /// Numbers spanning all of 64 bits with missing values: a key of 64 bits, two words with a text (the built
    /// words' top k), and one word alone (the block-read top k).
    @Test func widestNumbersKeepTheirOrder() throws {
        let n = 5000
        var rng = SplitMix(seed: 17)
        let edges: [Int64] = [.min + 1, .min + 2, -1, 0, 1, .max - 1, .max]
        let values: [Int64?] = (0..<n).map { _ in
            let r = rng.next() % 12
            return r == 0 ? nil : (r < 5 ? edges[Int(rng.next() % 7)] : Int64(bitPattern: rng.next()) / 2)
        }
        let number = NumberColumn(values: values.map { $0 ?? 0 }, scale: 0, units: [.plain], unitCodes: nil,
                                  present: values.map { $0 != nil })
        let text = TextColumn(Self.arranged(n, Self.pool, .random, seed: 3, by: Self.bytesLess))
        for descending in [false, true] {
            let m = try Self.key(.number(number), n, descending: descending)
            #expect(m.width == 64)
            let t = try Self.key(.text(text), n, descending: !descending)
            for k in [1, 10, 300] {
                #expect(compositeOrder([m], count: n, limit: k) { false }.map(Int.init)
                        == Self.expected([(.number(number), descending)], n, k))
                #expect(compositeOrder([m, t], count: n, limit: k) { false }.map(Int.init)
                        == Self.expected([(.number(number), descending), (.text(text), !descending)], n, k))
            }
        }
    }

    /// Two keys on two threads: the block-read top k agrees with the full sort.
    @Test func packedTopOnTwoThreadsMatchesTheFullSort() throws {
        let n = 300_000
        for order in [Order.random, .ascending, .descending] {
            let texts = Self.arranged(n, ["在建", "预备"], .random, seed: 5, by: Self.bytesLess)
            let numbers = Self.arranged(n, (0..<20_000).map { Int64($0) }, order, seed: 6, by: <)
            let number = NumberColumn(values: numbers.map { $0 ?? 0 }, scale: 2, units: [.plain], unitCodes: nil,
                                      present: numbers.map { $0 != nil })
            let keys = try [(ColumnValues.text(TextColumn(texts)), false), (.number(number), true)].map {
                try Self.key($0.0, n, descending: $0.1)
            }
            let full = compositeOrder(keys, count: n, limit: nil) { false }
            for k in [1, 10, 4096] {
                #expect(compositeOrder(keys, count: n, limit: k) { false } == Array(full.prefix(k)), "\(order) k \(k)")
            }
        }
    }

    /// Through a query, after a `where` (a selection) and without: `sort … top k` gives the first k rows of
    /// the full sort.
    @Test func queriesAgreeWithTheFullSort() throws {
        let n = 20_000
        let names = Self.arranged(n, Self.pool, .clustered, seed: 8, by: Self.bytesLess)
        let statuses = Self.arranged(n, ["预备", "在建", "停建"], .random, seed: 9, by: Self.bytesLess)
        let totals = Self.arranged(n, (0..<500).map { Int64($0) }, .descending, seed: 10, by: <)
        let table = Table(name: "p", columns: [
            Column(name: "name", data: .text(TextColumn(names))),
            Column(name: "status", data: .text(TextColumn(statuses))),
            Column(name: "total", data: .number(NumberColumn(values: totals.map { $0 ?? 0 }, scale: 2, units: [.plain],
                                                             unitCodes: nil, present: totals.map { $0 != nil }))),
        ])
        let env = try Environment(collections: [table])
        func rows(_ q: String) throws -> [[Value]] {
            guard case .table(let t) = try env.compile(q).run() else { return [] }
            return t.rows
        }
        for sort in ["name desc", "name", "status, total desc", "total, status desc", "status desc, name"] {
            for filter in ["", "where total > 2 "] {
                let full = try rows("p \(filter)sort \(sort) select name, status, total")
                for k in [1, 10, 2000] {
                    let top = try rows("p \(filter)sort \(sort) top \(k) select name, status, total")
                    #expect(top == Array(full.prefix(k)), "\(filter)sort \(sort) top \(k)")
                }
            }
        }
    }

    /// The text and packed top-k ask `stop` every few blocks and return once it says so.
    @Test func topKAsksToStop() throws {
        let n = 140_000
        let text = TextColumn((0..<n).map { "名\(($0 &* 7919) % n)" })
        #expect(!text.bytes.ascending)
        var asked = 0
        _ = topTexts(text, descending: true, k: 10) { asked += 1; return false }
        #expect(asked >= n / blockSize / 16)
        asked = 0
        let stopped = topTexts(text, descending: true, k: 10) { asked += 1; return true }
        #expect(asked <= 2 && stopped.count <= 10)
        let number = NumberColumn(values: (0..<n).map { Int64($0 % 977) }, scale: 2, unit: .plain)
        let keys = try [ColumnValues.text(text), .number(number)].map { try Self.key($0, n, descending: false, best: 10) }
        asked = 0
        _ = compositeOrder(keys, count: n, limit: 10) { asked += 1; return false }
        #expect(asked >= n / blockSize / 16)
        asked = 0
        _ = compositeOrder(keys, count: n, limit: 10) { asked += 1; return true }
        #expect(asked <= 2)
    }
}
