/// Named projects: every specific project the text names, one record per mention.
///
/// Four shapes, tried in order on each clause (split at , ; : outside quotes):
/// 1. a list before 等 that goes on to say what its items are (`A、B等一批项目…`, `A、B等80个项目新开工建设`,
///    `A、B等先后投入使用`);
/// 2. a project verb and its object, when the object ends like a project (`加快建设石化物流贸易基地`,
///    `推进A段、B道路、C一期工程建设`);
/// 3. a name and its status (`天辰化工一期建成投产`, `福厦客专泉港段9月顺利通车运营`);
/// 4. a quoted name after 共建, 建设 or 打造 (`共建…平台“电子特气及新材料工程技术中心”`).
extension Analysis {
    struct NamedDraft {
        var name: String
        var status: String?
        var year: String?
        var quote: Range<Int>
        var sentence: Int
    }

    mutating func readNamed() {
        var drafts: [NamedDraft] = []
        var draftNames: Set<String> = []
        for (si, s) in clauses.sentences.enumerated() {
            let sentenceDrafts = drafts.count
            let parts = namedClauses(s.range)
            if isTopicSentence(s.range, parts) { continue }
            for (ci, c0) in parts.enumerated() {
                doc.work.steps &+= 1
                var c = c0
                // A shortcoming (`防洪减灾等水利工程仍需进一步加强`) names a field of work, not a project's progress.
                if Vocabulary.shortcomingWords.contains(where: { doc.find($0, from: c.lowerBound, to: c.upperBound) != nil }) {
                    continue
                }
                var found: ([String], String?)?
                var quoteStart: Int?
                var quoteEnd: Int?
                if let e = etcList(c) {
                    found = (e.names, e.status)
                    quoteEnd = e.end
                } else if let v = verbObject(c) {
                    found = (v.names, v.status)
                    quoteStart = v.verbStart
                }
                if found == nil, let (names, status, next) = nameAndStatus(c, next: ci + 1 < parts.count ? parts[ci + 1] : nil,
                                                                          drafts: drafts[sentenceDrafts...], sentence: si) {
                    found = (names, status)
                    if let next { c = c.joined(next) }
                }
                if found == nil { found = quotedName(c) }
                guard let (names, status) = found, !names.isEmpty else { continue }
                let year = yearWritten(in: c, before: c.upperBound) ?? defaultYear(at: c.lowerBound)
                c = (quoteStart ?? quoteStartAfterConnectives(c))..<(quoteEnd ?? c.upperBound)
                var seen: Set<String> = []
                for n in names where seen.insert(n).inserted {
                    var name = n
                    // `锦川实验小学项目` after `锦川实验小学`: the same project.
                    if name.hasSuffix("项目"), draftNames.contains(String(name.dropLast(2))) {
                        name = String(name.dropLast(2))
                    }
                    drafts.append(NamedDraft(name: name, status: status, year: year, quote: c, sentence: si))
                    draftNames.insert(name)
                }
            }
        }
        named = drafts.map { d in
            var r = Record(quote: d.quote)
            r.set("name", d.name)
            r.set("status", d.status.map(Vocabulary.normalizedStatus))
            r.set("statusWording", d.status)
            r.set("year", d.year)
            return r
        }
    }

    /// An enumerated topic sentence (`二要实施聚城畅通工程。`): an enumerator, a verb and its object, nothing more.
    /// It names the area of work the sentences after it detail, not a project — unless its verb states a
    /// project's status (`一要加快建设石化物流贸易基地。`, 续建).
    func isTopicSentence(_ s: Range<Int>, _ parts: [Range<Int>]) -> Bool {
        guard parts.count == 1, let c = parts.first, doc.chars[c.lowerBound].isChineseNumeral,
              doc.at(c.lowerBound + 1) == "要" || doc.at(c.lowerBound + 1) == "是", c.count <= 24 else { return false }
        let (start, words) = stripLead((c.lowerBound + 2)..<c.upperBound)
        let verbs = words.joined()
        if Vocabulary.statusVocabulary.contains(where: { $0.words.contains(where: { verbs.hasSuffix($0) }) }) { return false }
        return start < c.upperBound
    }

    /// Where a named project's quote starts: after the connectives that tie its clause to the one before
    /// (`再加上`, `但考虑到2024年我区`) and an enumerator (`一要`), which say nothing of the project.
    func quoteStartAfterConnectives(_ c: Range<Int>) -> Int {
        var i = c.lowerBound
        if doc.chars[i].isChineseNumeral, doc.at(i + 1) == "要" || doc.at(i + 1) == "是", i + 2 < c.upperBound { i += 2 }
        var connective = false
        for w in ["再加上", "但考虑到", "考虑到"] where doc.has(w, at: i) {
            i += w.count
            connective = true
            break
        }
        guard connective else { return i }
        var moved = true
        while moved {
            moved = false
            if doc.at(i).isASCIIDigit, doc.at(i + 3).isASCIIDigit, doc.at(i + 4) == "年" {
                i += 5
                moved = true
            }
            for w in ["我区", "我市", "我县", "我省"] where doc.has(w, at: i) {
                i += w.count
                moved = true
            }
        }
        return i < c.upperBound ? i : c.lowerBound
    }

    /// A sentence's clauses: split at , ; : 。 ! ? outside brackets and quotes.
    func namedClauses(_ s: Range<Int>) -> [Range<Int>] {
        splitOutsideBrackets(s) { $0 == "," || $0 == ";" || $0 == ":" || $0 == "。" || $0 == "!" || $0 == "?" }
    }

    /// The pieces of `r` between characters `isSeparator` accepts outside brackets and quotes, trimmed, the
    /// empty ones left out. The one bracket-aware splitter of clauses and of `、` lists.
    func splitOutsideBrackets(_ r: Range<Int>, at isSeparator: (Unicode.Scalar) -> Bool) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var bracket = 0, quote = 0
        var start = r.lowerBound
        for i in r {
            doc.work.steps &+= 1
            let c = doc.chars[i]
            if c.isOpeningBracket { bracket += 1 } else if c.isClosingBracket { bracket = max(0, bracket - 1) }
            if c.isOpeningQuote { quote += 1 } else if c.isClosingQuote { quote = max(0, quote - 1) }
            if isSeparator(c) && bracket == 0 && quote == 0 {
                let piece = doc.trimmed(start..<i)
                if !piece.isEmpty { out.append(piece) }
                start = i + 1
            }
        }
        let piece = doc.trimmed(start..<r.upperBound)
        if !piece.isEmpty { out.append(piece) }
        return out
    }

    /// The words that lead a clause (adverbs, verbs, years, 一要 …): where the rest starts, and the words.
    func stripLead(_ r: Range<Int>) -> (start: Int, words: [String]) {
        var i = r.lowerBound
        var words: [String] = []
        let lead = Vocabulary.leadWordsLongestFirst
        while i < r.upperBound {
            while i < r.upperBound, doc.chars[i].isSpaceLike { i += 1 }
            if i >= r.upperBound { break }
            if doc.chars[i].isChineseNumeral, i + 1 < r.upperBound, doc.chars[i + 1] == "要" || doc.chars[i + 1] == "是" {
                i += 2
                continue
            }
            if doc.at(i).isASCIIDigit, doc.at(i + 1).isASCIIDigit, doc.at(i + 2).isASCIIDigit, doc.at(i + 3).isASCIIDigit,
               doc.at(i + 4) == "年" {
                i += doc.has("年度", at: i + 4) ? 6 : 5
                continue
            }
            if let w = lead.first(where: { doc.has($0, at: i) }), i + w.count < r.upperBound {
                words.append(w)
                i += w.count
                continue
            }
            break
        }
        return (i, words)
    }

    /// A status word in `r`: the one that ends last (`已建成即将投产` → 即将投产), the longest of those.
    func status(in r: Range<Int>) -> (word: String, at: Int)? {
        var best: (String, Int)?
        for w in Vocabulary.namedStatuses {
            var from = r.lowerBound
            while let at = doc.find(w, from: from, to: r.upperBound) {
                let end = at + w.count
                if let b = best {
                    let bestEnd = b.1 + b.0.count
                    if end > bestEnd || (end == bestEnd && w.count > b.0.count) { best = (w, at) }
                } else {
                    best = (w, at)
                }
                from = at + 1
            }
        }
        guard let (w, at) = best else { return nil }
        let normal = w == "新开工建设" ? "新开工" : w == "预备项目转在建" ? "预备转在建" : w
        return (normal, at)
    }

    /// The status the lead words give when the text gives none after the names: 扎实推进, 重点实施.
    func leadStatus(_ r: Range<Int>, _ start: Int) -> String? {
        var words = stripLead(r.lowerBound..<min(r.upperBound, start + 1)).words
        let notStatus: Set<String> = ["其中", "再加上", "但考虑到", "考虑到", "我区", "我市", "我县", "在我区", "在我市",
                                      "在我县", "全年", "今年", "明年", "确保", "力争", "并", "还", "但", "同时", "以"]
        words.removeAll { notStatus.contains($0) }
        var s = words.joined()
        if s.hasSuffix("了") { s.removeLast() }
        return s.isEmpty ? nil : s
    }

    /// Where `r`'s text ends like a project, outside quotes: the end of the last such ending.
    func lastProjectEnding(_ r: Range<Int>) -> (end: Int, ending: String)? {
        var depth = [Int](repeating: 0, count: r.count + 1)
        var d = 0
        for (k, i) in r.enumerated() {
            if doc.chars[i].isOpeningQuote { d += 1 } else if doc.chars[i].isClosingQuote { d = max(0, d - 1) }
            depth[k + 1] = d
        }
        var e = r.upperBound
        while e - r.lowerBound >= 3 {
            if depth[e - r.lowerBound] == 0,
               let w = Vocabulary.projectEndingsLongestFirst.first(where: { doc.has($0, endingAt: e) }) {
                return (e, w)
            }
            e -= 1
        }
        return nil
    }

    /// The `、`-separated items of `r`, outside quotes and brackets.
    func items(_ r: Range<Int>) -> [Range<Int>] {
        splitOutsideBrackets(r) { $0 == "、" }
    }

    /// A name as a list gives it: after a category that ends in 项目 (`…深加工项目利澳产业园` → 利澳产业园),
    /// before a count (`锦川实验小学2栋教学楼` → 锦川实验小学).
    func cleanName(_ r0: Range<Int>) -> String? {
        var r = r0
        var i = r.lowerBound
        var quote = 0
        var cut: Int?
        while i < r.upperBound {
            let c = doc.chars[i]
            if c.isOpeningQuote { quote += 1 } else if c.isClosingQuote { quote = max(0, quote - 1) }
            if quote == 0, c.isASCIIDigit, !doc.at(i - 1).isLatinLetter, !doc.at(i - 1).isASCIIDigit {
                cut = i
                break
            }
            i += 1
        }
        if let cut { r = r.lowerBound..<cut }
        if let p = doc.find("项目", from: r.lowerBound, to: r.upperBound), p + 2 < r.upperBound {
            var last = p
            while let q = doc.find("项目", from: last + 2, to: r.upperBound), q + 2 < r.upperBound { last = q }
            if r.upperBound - (last + 2) >= 2 {
                // `试点项目连片开发项目`: work on a kind of project (试点项目), not a project of its own.
                if Vocabulary.genericNames.contains(where: { doc.has($0, endingAt: last + 2) && $0.count >= 4 }) { return nil }
                r = (last + 2)..<r.upperBound
            }
        }
        let name = doc[doc.trimmed(r)]
        guard name.count >= 2, !Vocabulary.genericNames.contains(name), !name.contains("等"), !name.contains("("),
              !(name.first?.isASCIIDigit ?? true), !name.hasPrefix("一批"), !name.hasPrefix("各类") else { return nil }
        return name
    }

    /// Whether `r` holds a number that is not part of a name (`G228`, `“505”`).
    func hasFigure(_ r: Range<Int>) -> Bool {
        var quote = 0
        for i in r {
            let c = doc.chars[i]
            if c.isOpeningQuote { quote += 1 } else if c.isClosingQuote { quote = max(0, quote - 1) }
            if quote == 0, c.isASCIIDigit, !doc.at(i - 1).isLatinLetter, !doc.at(i - 1).isASCIIDigit { return true }
        }
        return false
    }

    /// 1. `[lead] A、B和C等[N个|一批][…项目|…工程|…] [status]`.
    func etcList(_ c: Range<Int>) -> (names: [String], status: String?, end: Int?)? {
        var quote = 0
        var etc: Int?
        for i in c {
            let ch = doc.chars[i]
            if ch.isOpeningQuote { quote += 1 } else if ch.isClosingQuote { quote = max(0, quote - 1) }
            if ch == "等", quote == 0, i > c.lowerBound { etc = i; break }
        }
        guard let etc else { return nil }
        // After 等: a count, then what the items are, or straight away their status.
        var p = etc + 1
        while p < c.upperBound, doc.chars[p].isASCIIDigit { p += 1 }
        if p > etc + 1, !doc.has("项目", at: p), let u = doc.first(of: Vocabulary.classifiers, at: p) { p += u.count }
        for w in ["一批", "多个", "几个", "一系列", "若干"] where doc.has(w, at: p) { p += w.count }
        // `…等4大工程21项任务`: areas of work, not projects.
        if doc.at(p) == "大" { return nil }
        let window = doc[p..<min(c.upperBound, p + 14)]
        // What the items are, and where that ends: `等一批项目` → 项目; the words after it.
        var kindEnd: Int?
        if let (off, noun) = Vocabulary.projectNouns.compactMap({ n in window.firstRange(of: n).map { (window.distance(from: window.startIndex, to: $0.lowerBound), n) } })
            .min(by: { $0.0 < $1.0 }) {
            var e = p + off + noun.count
            while e < c.upperBound, doc.chars[e].isClosingQuote { e += 1 }
            kindEnd = e
        }
        var q = p
        for w in ["先后", "陆续", "均已", "均", "已", "相继", "正"] where doc.has(w, at: q) { q += w.count }
        let statusFirst = Vocabulary.namedStatuses.contains { doc.has($0, at: q) }
        guard statusFirst || Vocabulary.projectNouns.contains(where: { window.contains($0) }) else { return nil }
        let (start, _) = stripLead(c.lowerBound..<etc)
        var list = items(start..<etc)
        // `…热利用二期和福海粮油…改造`: 和 between two projects.
        if let last = list.last {
            for joiner in ["和", "及"] {
                if let j = doc.find(joiner, from: last.lowerBound + 2, to: last.upperBound - 2),
                   lastProjectEnding(last.lowerBound..<j)?.end == j {
                    list.removeLast()
                    list.append(last.lowerBound..<j)
                    list.append((j + 1)..<last.upperBound)
                    break
                }
            }
        }
        // `祥云中路、圭峰路等5个口袋公园`: roads name where the parks are, unless the items are roads.
        let kind = doc[p..<(kindEnd ?? p)]
        let placesOnly = !kind.isEmpty && !kind.contains("路")
        var names: [String] = []
        for (k, item) in list.enumerated() {
            guard var name = cleanName(item) else { continue }
            if placesOnly, ["路", "街", "大道", "巷"].contains(where: { name.hasSuffix($0) }) { continue }
            // `泉港医院传染病楼、医技楼`: a building of the institution named just before.
            if name.count <= 3, k > 0, let prev = names.last,
               let inst = Vocabulary.institutions.compactMap({ w in prev.firstRange(of: w).map { prev[..<$0.upperBound] } }).first {
                name = inst + name
            }
            names.append(name)
        }
        // The status after the list, else the lead verb — when it governs the items: not when the words
        // after what they are say what is done with them (`引导…等载体建设向特色化…提升`, `围绕…等重点项目专班式推进
        // 用地用海用林审批`).
        var rest = kindEnd.map { doc[$0..<c.upperBound] } ?? ""
        for w in ["项目建设", "工程建设", "建设", "改造", "施工"] where rest.hasPrefix(w) {
            rest = String(rest.dropFirst(w.count))
            break
        }
        let governed = kindEnd == nil || rest.isEmpty || rest.hasPrefix("、")
        let st = status(in: (etc + 1)..<c.upperBound)?.word ?? (governed ? leadStatus(c, start) : nil)
        // `等10个口袋公园、10处立体绿化建设`: the next counted item is not part of the mention.
        var end: Int?
        if let k = kindEnd, doc.at(k) == "、", doc.at(k + 1).isASCIIDigit { end = k }
        return (names, st, end)
    }

    /// 2. `[verb] NAME[、NAME…][建设|施工]`, where NAME ends like a project.
    func verbObject(_ c: Range<Int>) -> (names: [String], status: String?, verbStart: Int?)? {
        let (start, words) = stripLead(c)
        var starts: [Int] = []
        if words.contains(where: { Vocabulary.projectVerbs.contains($0) }) { starts.append(start) }
        for verb in ["推进", "推动", "实施", "完成"] {
            var from = start + 1
            while let at = doc.find(verb, from: from, to: c.upperBound) {
                starts.append(at + verb.count)
                from = at + 1
            }
        }
        for (n, s) in starts.enumerated() where s < c.upperBound {
            // After a verb inside the clause, only a name with a strong ending (not 改造, 整治 …).
            let midClause = n > 0 || !words.contains(where: { Vocabulary.projectVerbs.contains($0) })
            if let names = objectNames(s..<c.upperBound, strongOnly: midClause) {
                let after = names.end..<c.upperBound
                let verb = midClause ? ["推进", "推动", "实施", "完成"].first { doc.has($0, endingAt: s) } : leadStatus(c, start)
                // `积极探索…开发项目政府和社会资本合作新机制`: the verb's object is the mechanism, not the project.
                let rest = doc[after]
                let governed = rest.isEmpty || ["建设", "施工", "工程建设", "面积", "前期工作"].contains(where: { rest.hasPrefix($0) })
                    || (rest.first?.isASCIIDigit ?? false)
                // After a verb inside the clause (`…畅通推进国道G228线…`), the mention starts at the verb.
                let verbStart = midClause ? verb.map { s - $0.count }.flatMap { $0 > start ? $0 : nil } : nil
                return (names.names, status(in: after)?.word ?? (governed ? verb : nil), verbStart)
            }
        }
        return nil
    }

    private func objectNames(_ r: Range<Int>, strongOnly: Bool) -> (names: [String], end: Int)? {
        guard let first = r.first, !doc.chars[first].isASCIIDigit else { return nil }
        let weak: Set<String> = ["修缮", "重建", "扩建", "改扩建", "改造", "整治"]
        let list = items(r)
        if list.count > 1, let last = list.last {
            guard let (e, _) = lastProjectEnding(last) else { return nil }
            let rest = doc[e..<last.upperBound]
            guard ["", "建设", "施工", "工程建设", "前期工作"].contains(rest) else { return nil }
            let heads = list.dropLast()
            if heads.allSatisfy({ lastProjectEnding($0)?.end == $0.upperBound }) {
                let names = (heads + [last.lowerBound..<e]).compactMap { cleanName($0) }
                return names.count == list.count ? (names, e) : nil
            }
            if heads.allSatisfy({ lastProjectEnding($0) == nil && $0.count <= 5 }) {
                return cleanName(r.lowerBound..<e).map { ([$0], e) }
            }
            return nil
        }
        guard let (e, ending) = lastProjectEnding(r) else { return nil }
        let rest = doc[e..<r.upperBound]
        if let f = rest.first, f.isASCIIDigit || (f == "各" && rest.dropFirst().first?.isASCIIDigit == true) { return nil }
        if weak.contains(ending), strongOnly { return nil }
        if weak.contains(ending), !["", "建设", "施工", "面积"].contains(where: { rest.hasPrefix($0) && ($0 != "" || rest.isEmpty) }) {
            return nil
        }
        guard e - r.lowerBound >= 3, !hasFigure(r.lowerBound..<e) else { return nil }
        return cleanName(r.lowerBound..<e).map { ([$0], e) }
    }

    /// The words that end a name in ``nameAndStatus(_:next:drafts:sentence:)``.
    static let nameStops = ["已", "预计", "将于", "将", "于", "顺利", "实现", "开始", "正式", "即将", "建设进展", "正在", "目前",
                            "年内", "年底前", "年底", "上半年", "下半年", "如期", "今年", "明年", "力争", "确保"]

    /// The first characters of those words and of the named statuses.
    static let stopInitials: Set<Unicode.Scalar> = Set((nameStops + Vocabulary.namedStatuses).compactMap(\.unicodeScalars.first))

    /// 3. `NAME [已|预计|于…|9月|顺利…] STATUS`, or `NAME建设…` with the status in the next clause.
    func nameAndStatus(_ c: Range<Int>, next: Range<Int>?, drafts: ArraySlice<NamedDraft>,
                       sentence: Int) -> ([String], String?, Range<Int>?)? {
        let (start, _) = stripLead(c)
        let stops = Self.nameStops
        var stop = start
        while stop < c.upperBound {
            if doc.chars[stop].isASCIIDigit, !doc.at(stop - 1).isLatinLetter { break }
            // Only a character some stop word starts with can start one (the import's hottest loop).
            if Self.stopInitials.contains(doc.chars[stop]) {
                if stops.contains(where: { doc.has($0, at: stop) }) { break }
                if Vocabulary.namedStatuses.contains(where: { doc.has($0, at: stop) }) { break }
            }
            stop += 1
        }
        guard stop > start, lastProjectEnding(start..<stop)?.end == stop else { return nil }
        var st = status(in: stop..<c.upperBound)?.word
        var usedNext: Range<Int>?
        if st == nil {
            let raw = doc[start..<stop]
            guard raw.hasSuffix("项目") || raw.hasSuffix("工程"), doc.has("建设", at: stop) else { return nil }
            if let next, let s = status(in: next), stripLead(next).words.isEmpty, lastProjectEnding(next) == nil {
                st = s.word
                usedNext = next
            }
        }
        guard var name = cleanName(start..<stop) else { return nil }
        // `诚峰一级渔港一期工程…,二期疏浚工程…`: the second phase of the port named just before.
        if ["二期", "三期", "四期", "五期"].contains(where: { name.hasPrefix($0) }),
           let prev = drafts.last(where: { $0.sentence == sentence })?.name, let r = prev.firstRange(of: "一期") {
            name = prev[..<r.lowerBound] + name
        }
        return ([name], st, usedNext)
    }

    /// 4. `共建…“NAME”` where NAME ends like a project or a centre.
    func quotedName(_ c: Range<Int>) -> ([String], String?)? {
        guard let open = (c.lowerBound..<c.upperBound).first(where: { doc.chars[$0] == "“" }),
              let close = ((open + 1)..<c.upperBound).first(where: { doc.chars[$0] == "”" }) else { return nil }
        let name = doc[(open + 1)..<close]
        guard ["中心", "基地", "园", "项目", "工程"].contains(where: { name.hasSuffix($0) }), name.count >= 4 else { return nil }
        let before = doc[c.lowerBound..<open]
        guard let verb = ["共建", "建设", "打造", "建成", "启用"].first(where: { before.contains($0) }) else { return nil }
        return ([name], verb)
    }
}
