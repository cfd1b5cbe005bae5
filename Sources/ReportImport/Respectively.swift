/// `分别` pairs: one sentence, several indicators, their values and growths paired in order.
///
/// `城镇和农村居民人均可支配收入分别达到41,000元和22,500元,分别增长4.6%和6.9%`, `一、二、三产业增加值分别增长
/// 4.2%、5%、5.4%`, `城乡居民人均可支配收入分别增长5.3%、7%`. The names before 分别 are split at 、 和 及 与 and
/// completed from the last one (城镇 + 居民人均可支配收入); 城乡 stands for 城镇 and 农村. The figures after it
/// fall into groups — a run joined only by 、 和 及 与 — each led by a growth word (a growth group) or by
/// nothing or a verb (a level group). A group is paired with the names only when it has exactly as many
/// figures as there are names; otherwise nothing is guessed and the figures are left to the other passes.
extension Analysis {
    struct Pairing {
        var names: [String]
        var subject: Range<Int>
        var values: [Int]?
        var growths: [Int]?
        var end: Int
    }

    /// Reads the 分别 pairs among `indices` (statement indices) into indicators, or returns them as targets.
    @discardableResult
    mutating func readRespectively(_ indices: [Int], asTargets: Bool) -> [Record] {
        var sentences: [Int] = []
        for k in indices where sentences.last != clauses.statements[k].sentence {
            sentences.append(clauses.statements[k].sentence)
        }
        var out: [Record] = []
        for si in sentences {
            doc.work.steps &+= 1
            let s = clauses.sentences[si]
            guard let p = doc.find("分别", from: s.range.lowerBound, to: s.range.upperBound) else { continue }
            for pairing in pairings(si, from: p) {
                for (n, name) in pairing.names.enumerated() {
                    let canonical = IndicatorNames.canonical(name)
                    let value = pairing.values.map { clauses.statements[$0[n]] }
                    let growth0 = pairing.growths.map { clauses.statements[$0[n]] }
                    if asTargets {
                        guard let g = growth0, !out.contains(where: { $0.text("name") == canonical }) else { continue }
                        var r = Record(quote: pairing.subject.lowerBound..<pairing.end, position: figures[g.figure].start)
                        let link = linkedIndicator(name)
                        r.set("name", canonical)
                        r.set("wording", name)
                        r.set("growth", growth(g))
                        let after = figures[g.figure].after
                        r.set("note", after.flatMap { ["左右", "以上", "以下", "上下"].contains($0) ? $0 : nil }
                            ?? (link == nil ? missingIndicatorNote(canonical) : nil))
                        r.set("indicator", link)
                        out.append(r)
                    } else {
                        guard !indicators.contains(where: { $0.text("name") == canonical }) else { continue }
                        let parts = [value, growth0].compactMap { $0 }
                        var r = Record(quote: pairing.subject.lowerBound..<pairing.end,
                                       position: parts.map { figures[$0.figure].start }.min() ?? pairing.subject.lowerBound)
                        r.set("name", canonical)
                        r.set("wording", name)
                        r.set("value", value.map { figures[$0.figure].quantity })
                        r.set("growth", growth0.map { growth($0) })
                        r.set("qualifier", qualifiers(parts))
                        r.set("estimate", isEstimate(sentence: si, before: pairing.subject.lowerBound) ? true : nil)
                        r.set("period", period(in: clauseStart(sentence: si, before: pairing.subject.lowerBound)..<pairing.subject.lowerBound))
                        indicators.append(r)
                    }
                }
                for k in (pairing.values ?? []) + (pairing.growths ?? []) { clauses.statements[k].used = true }
            }
        }
        return out
    }

    /// The pairings of a sentence, from its first 分别 at `p0` on (a sentence may hold several).
    func pairings(_ si: Int, from p0: Int) -> [Pairing] {
        let s = clauses.sentences[si]
        let members = statements(ofSentence: si)
        var out: [Pairing] = []
        var p: Int? = p0
        while let at = p {
            defer { p = doc.find("分别", from: at + 2, to: s.range.upperBound) }
            // The subject: back from 分别 to the clause's start (、 joins names and does not end it).
            var start = at
            while start > s.range.lowerBound, !",;:。!?(".contains(doc.chars[start - 1]) { start -= 1 }
            guard let (list, range) = indicatorName(start..<at) else { continue }
            let names = expandedNames(list)
            // Every name a name (no figures, not too long), and at least one an indicator the table knows.
            guard names.count >= 2, names.allSatisfy({ (2...20).contains($0.count) && !$0.contains(where: \.isASCIIDigit) }),
                  names.contains(where: { isIndicatorName($0, headline: false) }) else { continue }
            // The figures after 分别, in groups.
            var groups: [(growth: Bool, members: [Int])] = []
            var last = at + 2
            for k in members where !clauses.statements[k].used {
                let st = clauses.statements[k]
                let f = figures[st.figure]
                guard f.start >= at + 2, f.kind == .quantity else { continue }
                // A group is joined by 、和及与 only: a comma ends it (`分别增长4.3%、5.5%,十方面民生实事圆满完成`).
                let joint = doc[last..<max(last, f.beforeStart)].filter { !"、和及与 ".contains($0) }
                var gap = String(joint.filter { $0 != "," })
                if gap.hasPrefix("分别") { gap = String(gap.dropFirst(2)) }
                if joint.isEmpty, !groups.isEmpty {
                    groups[groups.count - 1].members.append(k)
                } else if Vocabulary.growthWords.contains(where: { gap == $0.word || gap == "同比" + $0.word || gap == "比上年" + $0.word }) {
                    groups.append((true, [k]))
                } else if gap.isEmpty || ["达到", "达", "为", "是", "实现", "完成", "突破", "约", "分别为"].contains(gap) {
                    groups.append((false, [k]))
                } else {
                    break
                }
                last = f.end
            }
            var pairing = Pairing(names: names, subject: range, values: nil, growths: nil, end: range.upperBound)
            for g in groups where g.members.count == names.count {
                let fs = g.members.map { figures[clauses.statements[$0].figure] }
                if g.growth, pairing.growths == nil, fs.allSatisfy(\.isPercent) {
                    pairing.growths = g.members
                } else if !g.growth, pairing.values == nil,
                          fs.allSatisfy({ !$0.isPercent || names.allSatisfy { $0.hasSuffix("率") } }) {
                    pairing.values = g.members
                }
                pairing.end = max(pairing.end, fs.map(\.end).max() ?? pairing.end)
            }
            if pairing.values != nil || pairing.growths != nil { out.append(pairing) }
        }
        return out
    }

    /// `城镇和农村居民人均可支配收入` → 城镇居民人均可支配收入, 农村居民人均可支配收入; `一、二、三产业增加值` →
    /// 一产业增加值 …; `城乡居民人均可支配收入` → 城镇 …, 农村 ….
    func expandedNames(_ list: String) -> [String] {
        var items: [String] = []
        var current = ""
        var chars = Array(list)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "、" || c == "和" || c == "及" || c == "与" {
                if !current.isEmpty { items.append(current) }
                current = ""
            } else if c == "以", i + 1 < chars.count, chars[i + 1] == "及" {
                if !current.isEmpty { items.append(current) }
                current = ""
                i += 1
            } else {
                current.append(c)
            }
            i += 1
        }
        if !current.isEmpty { items.append(current) }
        if items.count == 1, items[0].hasPrefix("城乡"), items[0].count > 2 {
            let rest = String(items[0].dropFirst(2))
            return ["城镇" + rest, "农村" + rest]
        }
        guard items.count >= 2, let lastItem = items.last else { return items }
        chars = Array(lastItem)
        return items.dropLast().map { e -> String in
            if IndicatorNames.isKnown(e) || e.count >= lastItem.count { return e }
            // `第一、二、三产业增加值`: 第 belongs to the whole list, so 第一 is completed as 一 is (第一产业增加值).
            if e.hasPrefix("第"), !lastItem.hasPrefix("第"), e.count - 1 < lastItem.count {
                return e + String(chars[(e.count - 1)...])
            }
            // `企业职工基本养老保险、城乡居民基本医疗保险参保人数`: the words after the last item's copy of this
            // item's ending (保险) complete it.
            if e.count >= 4, let r = lastItem.ranges(of: e.suffix(2)).last, r.upperBound < lastItem.endIndex {
                return e + lastItem[r.upperBound...]
            }
            return e + String(chars[e.count...])
        } + [lastItem]
    }
}
