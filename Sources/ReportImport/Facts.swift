/// Facts: every figure no other collection took, with the words that say what it measures.
///
/// The subject is the lead of the figure (`授信金额41.92亿元` → 授信金额); a growth, comparison or rank after
/// an item takes the item's subject (`海铁联运230万吨、增长24.5%` → 海铁联运增长); a verb alone takes the
/// words after the figure (`并完成18个片区控规编制` → 完成片区控规编制). A figure without a unit, a range,
/// a fall written negative, or a figure with nothing to say what it measures is not placed: its sentence is
/// reported instead.
extension Analysis {
    mutating func readFacts() {
        // The subject each statement lends to a relation after it: its own, or (for a relation) the one it
        // borrowed, so `增长5.8%,高于全省1.2个百分点,排名全省第3位` all refer to the same indicator.
        var subjects: [Int: String] = [:]
        let statements = clauses.statements
        for (k, st) in statements.enumerated() {
            doc.work.steps &+= 1
            let f = figures[st.figure]
            if st.used {
                // A used statement still lends its subject to a relation after it.
                subjects[k] = indicatorName(st.name)?.0 ?? previous(k).flatMap { subjects[$0] }
                continue
            }
            guard f.kind == .quantity || f.kind == .rank, !f.unit.isEmpty, !isAmbiguous(st) else {
                leaveUnplaced(st.sentence)
                continue
            }
            guard let (found, from) = factSubject(k, subjects) else {
                leaveUnplaced(st.sentence)
                continue
            }
            var subject0 = found
            var quoteStart = from.map { statements[$0].segment.lowerBound } ?? st.segment.lowerBound
            if from == nil, !text(st.segment).contains("等"), let head = listHead(k) {
                // `退、减、缓各项税费4.35亿元`: the items before 、 share the figure.
                subject0 = doc[head..<st.segment.lowerBound] + found
                quoteStart = head
            }
            let subject = subject0
            // A growth lends the name it grows, not `…增长`.
            let lent = st.growthWord != nil && !st.relational ? subjectWords(clean(text(st.name))) : subject
            subjects[k] = from.flatMap { subjects[$0] } ?? (lent.isEmpty ? subject : lent)
            var r = Record(quote: quoteStart..<max(st.segment.upperBound, f.end), position: f.start)
            r.set("subject", subject)
            r.set("value", growthOrValue(st))
            r.set("qualifier", qualifier(st))
            r.set("year", yearWritten(in: clauses.sentences[st.sentence].range, before: f.start) ?? defaultYear(at: f.start))
            facts.append(r)
            clauses.statements[k].used = true
        }
    }

    /// Words before a figure that bound or round it, kept with a qualifier after it (突破…以上); 达, 达到 and
    /// 预计 only say the figure was reached or expected.
    static let boundWords: Set<String> = ["约", "近", "超", "超过", "突破", "逾", "不低于", "不少于", "不超过", "超额"]

    /// 多, 余, 以上 … after the figure; 约, 超, 突破 … before it; 以上 after the noun it counts
    /// (`2.49万吨标煤以上`); 预计 before the verb (`预计完成1605万美元`).
    func qualifier(_ st: Statement) -> String? {
        let f = figures[st.figure]
        // Every qualifier of the figure: 突破7000万元以上 → 突破…以上.
        if let a = f.after {
            if let b = f.before, Self.boundWords.contains(b) { return b + "…" + a }
            return a
        }
        let trailing = text(st.trailing)
        if trailing.count <= 6, let w = ["以上", "以下", "以内", "左右"].first(where: { trailing.hasSuffix($0) }) {
            if let b = f.before, Self.boundWords.contains(b) { return b + "…" + w }
            return w
        }
        if let b = f.before { return b }
        let lead = text(st.lead)
        if ["预计", "预计完成", "预计实现", "预计达到"].contains(where: { lead.hasSuffix($0) }) { return "预计" }
        return nil
    }

    /// Where short items without figures, joined to the figure's segment by 、, begin: the 退、减、 of
    /// `退、减、缓各项税费4.35亿元`.
    func listHead(_ k: Int) -> Int? {
        let st = clauses.statements[k]
        guard previous(k).map({ clauses.statements[$0].segment != st.segment }) ?? true else { return nil }
        guard doc.at(st.segment.lowerBound - 1) == "、" else { return nil }
        let segments = clauses.sentences[st.sentence].segments
        // The segment's place by binary search (segments are in text order).
        var lo = 0, hi = segments.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if segments[mid].lowerBound < st.segment.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        guard lo < segments.count, segments[lo] == st.segment else { return nil }
        var i = lo
        var head: Int?
        // The last statement before the figure's segment: a segment before it holds figures only if that
        // statement stands in it.
        let before = previous(k) ?? (k > 0 && clauses.statements[k - 1].sentence == st.sentence ? k - 1 : nil)
        func withFigures(_ p: Range<Int>) -> Bool {
            guard let b = before else { return false }
            return clauses.statements[b].segment.lowerBound >= p.lowerBound
        }
        while i > 0 {
            let p = segments[i - 1]
            guard doc.at(segments[i].lowerBound - 1) == "、", p.count <= 6, !withFigures(p),
                  !doc[p].contains(where: { $0.isASCIIDigit }) else { break }
            head = p.lowerBound
            i -= 1
        }
        return head
    }

    /// A growth keeps its sign (下降3% → -3%); anything else is the quantity as written.
    func growthOrValue(_ st: Statement) -> String {
        isGrowth(st) ? growth(st) : figures[st.figure].quantity
    }

    /// What a figure measures, and the statement it borrowed that from, if any.
    func factSubject(_ k: Int, _ subjects: [Int: String]) -> (String, Int?)? {
        let st = clauses.statements[k]
        let f = figures[st.figure]
        let leadText = text(st.lead)
        // A lead ending in 和/及 belongs to the figure before (`粮食播种面积和1.17万吨的粮食生产`).
        let joined = ["和", "及", "与", "以及"].contains { leadText.hasSuffix($0) }
        let rawName = text(st.name)
        let name = joined ? "" : subjectWords(clean(rawName))
        let (trail, trailEnds) = trailingWords(st)
        // What a relation refers to: the statement before it, passing over bracketed asides.
        var prev = previous(k)
        if !f.inBracket {
            while let p = prev, figures[clauses.statements[p].figure].inBracket { prev = previous(p) }
        }
        let borrowed = prev.flatMap { subjects[$0] }
        if f.inBracket, let borrowed, let prev {
            return (borrowed + name, prev)
        }
        if st.relational || joined || (f.kind == .rank && name.count <= 4 && borrowed != nil) {
            let lead = joined ? "" : clean(leadText)
            if lead.isEmpty, !trail.isEmpty, trailEnds || joined { return (trail, nil) }
            if let borrowed, let prev { return (borrowed + lead, prev) }
            if !trail.isEmpty { return (lead + trail, nil) }
            return nil
        }
        var subject = name + (st.growthWord ?? "")
        if name.hasSuffix("等") {
            // `利澳三期、安然纺织扩建等16个工业重点技改项目`: what the list is.
            subject = trail.isEmpty ? name : trail
        } else if !trail.isEmpty, st.growthWord == nil,
                  name.count <= 3 || rawName.hasSuffix("的") || Vocabulary.actionVerbs.contains(where: { name.hasSuffix($0) }) {
            // `并完成18个片区控规编制`, `…创业园的11个孵化项目`: the figure stands before what it counts.
            subject = name + trail
        }
        if subject.isEmpty { return nil }
        return (subject, nil)
    }

    /// The words after a figure that may name it, and whether they end where the clause (or a 和) ends
    /// rather than run into the next figure's words.
    func trailingWords(_ st: Statement) -> (String, Bool) {
        let raw = text(st.trailing)
        let nextFigureFollows = st.trailing.upperBound < st.segment.upperBound
        var t = Substring(raw)
        var cut = false
        if let i = t.firstIndex(where: { $0 == "和" || $0 == "及" || $0 == "与" || $0 == "(" || $0 == "等" }) {
            t = t[..<i]
            cut = true
        }
        while let f = t.first, f == "的" || f.isSpaceLike { t = t.dropFirst() }
        let words = String(t).trimmingSpaceLike()
        return (words, cut || !nextFigureFollows)
    }

    /// A subject without the time and aspiration words that lead it (全年, 2023年以来, 力争, 其中 …), and after
    /// a long quoted or bracketed aside, only what follows it.
    func subjectWords(_ s: String) -> String {
        var t = Substring(s)
        // After a long aside in brackets or quotes, only what follows it: `创新“3个1+1”模式(…)清单化`.
        if let i = t.lastIndex(where: { $0 == "”" || $0 == ")" || $0 == "》" }) {
            let opener: Character = t[i] == "”" ? "“" : t[i] == ")" ? "(" : "《"
            var depth = 0
            var j = i
            while j > t.startIndex {
                j = t.index(before: j)
                if t[j] == t[i] { depth += 1 } else if t[j] == opener { if depth == 0 { break }; depth -= 1 }
            }
            let rest = t[t.index(after: i)...]
            if t.distance(from: j, to: i) >= 7, rest.count >= 3 { t = rest }
        }
        var changed = true
        while changed {
            changed = false
            let c = Array(t)
            if c.count > 5, c[0...3].allSatisfy(\.isASCIIDigit), c[4] == "年" {
                t = t.dropFirst(5)
                for w in ["以来", "来", "度"] where t.hasPrefix(w) { t = t.dropFirst(w.count); break }
                changed = true
            }
            for w in ["力争全年", "确保全年", "今年以来", "今年来", "全年共", "全年", "今年", "力争", "确保", "其中", "共",
                      "我区", "我市", "我县", "我省"]
            where t.hasPrefix(w) && t.count > w.count + 1 {
                t = t.dropFirst(w.count)
                changed = true
                break
            }
        }
        return String(t)
    }

    /// Without the qualifying words at the end that the figure's qualifier already says.
    func clean(_ s: String) -> String {
        var t = s.trimmingSpaceLike()
        var changed = true
        while changed {
            changed = false
            for w in ["预计完成", "预计实现", "累计完成", "预计", "总计", "合计", "达到", "达", "为", "共", "是", "了",
                      "的", "均", "各"] where t.hasSuffix(w) && t.count > w.count {
                t = String(t.dropLast(w.count))
                changed = true
            }
            if let first = t.first, first == "(" || first == ")" { t = String(t.dropFirst()); changed = true }
        }
        return t
    }

    /// The words after a figure that name it: up to 和, 及 or 与, without a leading 的.
    func cleanTrailing(_ s: String) -> String {
        var t = Substring(s)
        if let cut = t.firstIndex(where: { $0 == "和" || $0 == "及" || $0 == "与" || $0 == "(" }) { t = t[..<cut] }
        while let f = t.first, f == "的" || f.isSpaceLike { t = t.dropFirst() }
        return String(t).trimmingSpaceLike()
    }
}
