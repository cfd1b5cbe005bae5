/// Facts: every figure no other collection took, with the words that say what it measures.
///
/// The subject is the lead of the figure (`授信金额41.92亿元` → 授信金额); a growth, comparison or rank after
/// an item takes the item's subject (`海铁联运230万吨、增长24.5%` → 海铁联运增长); a verb alone takes the
/// words after the figure (`并完成18个片区控规编制` → 片区控规编制: a light verb — 完成, 实现, 推动, 开展, 打造 … —
/// that leads a subject is dropped everywhere, `完成N个X` included, while 新增, 实施, 签约 … stay). A subject is
/// words of its own sentence, never a paraphrase; where a sentence needs more to tell two values apart, the
/// words come from the sentence too: a from-to change (`从每人每月99元提高到107元` → …(每人每月,提高前) and
/// …(每人每月,提高后)), a `分别` pair (its names, or the parallel things of the clause before), a list (`A、B、C各1个`).
/// A count whose words run into a rank takes the rank's words whole (`80多种产品产能全国第一` → 产品产能全国第一,
/// not 产品产能全国第); the rank after it does not repeat that subject: it ranks what it ranks (产品产能全国排名), or,
/// after a duration, what held the rank — named before the duration (`实际使用外资连续8年全国第一` → 实际使用外资
/// 全国排名) or by the figure before it (`油气当量3.25亿吨、连续5年稳居全国第一` → 油气当量全国排名).
/// A fact's quote is its clause (a 、 series included), up to the figure when its subject stood before it and
/// other words follow; a pair (a continuation, a from-to change, two figures that count one thing, 分别) is
/// quoted as one. A figure without a unit, a range,
/// a fall written negative, or a figure with nothing to say what it measures is not placed: its sentence is
/// reported instead.
extension Analysis {
    mutating func readFacts() {
        // The subject each statement lends to a relation after it: its own, or (for a relation) the one it
        // borrowed, so `增长5.8%,高于全省1.2个百分点,排名全省第3位` all refer to the same indicator.
        var subjects: [Int: String] = [:]
        let statements = clauses.statements
        let pairs = respectivelyFacts()
        // Whether each statement's subject stands before its figure (`新增公共停车场13个`), so its quote ends
        // at the figure; a figure that counts the words after it (`完成78个…整治`) quotes them too.
        var subjectFirst: [Int: Bool] = [:]
        // Each statement's record, and the statements that borrowed a clause before them (a continuation or
        // a shared verb): such a pair is quoted as one.
        var recordOf: [Int: Int] = [:]
        var borrower: Set<Int> = []
        var things: [Int: String] = [:]
        // The subject and quote a statement before gave the one after it (a from-to change, two figures in a row).
        var pending: [Int: (subject: String, quote: Range<Int>)] = [:]
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
            if let given = pending[k] {
                // The second figure of a from-to change or of two figures that count one thing.
                appendFact(k, st, quote: given.quote, subject: given.subject, qualifier: qualifier(st))
                subjects[k] = given.subject
                continue
            }
            if let (next, subject, subjectNext) = changeFromTo(k) {
                // `补贴标准从每人每月99元提高到107元`: the value before the change and the value after it.
                let quote = st.segment.lowerBound..<figures[statements[next].figure].end
                appendFact(k, st, quote: quote, subject: subject, qualifier: qualifier(st))
                subjects[k] = subject
                pending[next] = (subjectNext, quote)
                continue
            }
            if let (next, subject) = countedTogether(k) {
                // `精心办好8类31件为民办实事项目`: two figures that count one thing, quoted as one.
                let clause = clauseRange(st)
                let quote = quoteStartInClause(k, clause, subjectFirst)..<max(clauseRange(statements[next]).upperBound, figures[statements[next].figure].end)
                appendFact(k, st, quote: quote, subject: subject, qualifier: qualifier(st))
                subjects[k] = subject
                pending[next] = (subject, quote)
                continue
            }
            if let pair = pairs[k] {
                // `企业职工基本养老保险、城乡居民基本医疗保险参保人数分别达5.86万人、30.68万人`.
                appendFact(k, st, quote: pair.quote, subject: pair.subject, qualifier: qualifier(st) ?? pair.qualifier)
                subjects[k] = pair.subject
                continue
            }
            guard let (found, from, trailUsed) = factSubject(k, subjects) else {
                leaveUnplaced(st.sentence)
                continue
            }
            var subject0 = found
            let clause = clauseRange(st)
            var quoteStart = from.map { statements[$0].segment.lowerBound } ?? quoteStartInClause(k, clause, subjectFirst)
            var quoteEnd = max(st.segment.upperBound, f.end)
            if from == nil, !text(st.segment).contains("等"), let head = listHead(k) {
                // `退、减、缓各项税费4.35亿元`: the items before 、 share the figure.
                subject0 = doc[head..<st.segment.lowerBound] + found
                quoteStart = min(quoteStart, head)
            }
            // A continuation or a shared verb: the subject of a statement before.
            var pairedWith: Int?
            if from == nil {
                (subject0, pairedWith) = borrowedSubject(k, subject0, shares: !trailUsed && !st.relational, subjects, subjectFirst, &things)
            }
            if let p = pairedWith {
                borrower.insert(k)
                if !borrower.contains(p), let pr = recordOf[p] {
                    quoteStart = min(quoteStart, facts[pr].quote.lowerBound)
                }
            }
            let first = from == nil && !trailUsed && !st.relational
            subjectFirst[k] = first
            quoteEnd = factQuoteEnd(k, st, quoteEnd, clause: clause, subjectFirst: first || from != nil, borrowed: from != nil)
            let subject = lightVerbsDropped(subject0)
            subjects[k] = from.flatMap { subjects[$0] } ?? lentSubject(st, subject)
            if let p = pairedWith, !borrower.contains(p), let pr = recordOf[p], quoteStart <= facts[pr].quote.lowerBound {
                facts[pr].quote = facts[pr].quote.lowerBound..<max(facts[pr].quote.upperBound, quoteEnd)
            }
            recordOf[k] = facts.count
            appendFact(k, st, quote: quoteStart..<quoteEnd, subject: subject, qualifier: qualifier(st))
        }
    }

    /// Records statement `k`'s fact (its value, and the year written before it or the report's) and marks the
    /// statement used.
    mutating func appendFact(_ k: Int, _ st: FigureInContext, quote: Range<Int>, subject: String, qualifier: String?) {
        let f = figures[st.figure]
        var r = Record(quote: quote, position: f.start)
        r.set("subject", subject)
        r.set("value", growthOrValue(st))
        r.set("qualifier", qualifier)
        r.set("year", yearWritten(in: clauses.sentences[st.sentence].range, before: f.start) ?? defaultYear(at: f.start))
        facts.append(r)
        clauses.statements[k].used = true
    }

    /// The subject statement `k` (whose own subject is `subject`, found in its clause) takes from a statement
    /// before it, and that statement: a continuation (`高质量实施重点项目271个,完成年度投资323.04亿元`: what the
    /// clause before counted), or a shared verb when the statement `shares` one. `things` records what a continuation counted.
    func borrowedSubject(_ k: Int, _ subject: String, shares: Bool, _ subjects: [Int: String],
                         _ subjectFirst: [Int: Bool], _ things: inout [Int: String]) -> (String, Int?) {
        if let (cont, lender, thing) = continuation(k, subject, subjects, things) {
            things[k] = thing
            return (cont, lender)
        }
        if shares, let (shared, lender) = sharedVerb(k, subject, subjects, subjectFirst) {
            return (shared, lender)
        }
        return (subject, nil)
    }

    /// Where statement `k`'s quote ends. A subject that stands before its figure (`subjectFirst`) ends its quote
    /// at the figure when other words follow it in the segment (`完成土地出让5处以上常态化实施…`,
    /// `…企业32家省级科技小巨人5家`); otherwise the quote is the clause, its items joined by 、 included
    /// (`全年完成土地征收8850.58亩、房屋拆除…、坟墓迁移11宗`).
    func factQuoteEnd(_ k: Int, _ st: FigureInContext, _ quoteEnd: Int, clause: Range<Int>, subjectFirst: Bool,
                      borrowed: Bool) -> Int {
        let f = figures[st.figure]
        let after = doc[f.end..<st.segment.upperBound]
        if subjectFirst, after.count > 4 || nextInSegment(k) != nil {
            return f.end
        } else if !borrowed || after.isEmpty {
            return max(quoteEnd, clause.upperBound)
        }
        return quoteEnd
    }

    /// The subject a statement lends to a relation after it: a growth lends the name it grows, not `…增长`;
    /// a rank lends what it ranks (`基本公卫服务评价全省排名` → 基本公卫服务评价 (…、全市第1名)).
    func lentSubject(_ st: FigureInContext, _ subject: String) -> String {
        let lent = st.growthWord != nil && !st.relational ? subjectWords(clean(text(st.name))) : subject
        var lend = lent.isEmpty ? subject : lent
        if figures[st.figure].kind == .rank, lend.hasSuffix("排名"), lend.count > 6 { lend = String(lend.dropLast(4)) }
        return lend
    }

    /// Words before a figure that bound or round it, kept with a qualifier after it (突破…以上); 达, 达到 and
    /// 预计 only say the figure was reached or expected.
    static let boundWords: Set<String> = ["约", "近", "超", "超过", "突破", "逾", "不低于", "不少于", "不超过", "超额"]

    /// 多, 余, 以上 … after the figure; 约, 超, 突破 … before it; 以上 after the noun it counts
    /// (`2.49万吨标煤以上`); 预计 before the verb (`预计完成1605万美元`).
    func qualifier(_ st: FigureInContext) -> String? {
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
        // `力争超额完成播种面积2.9万亩、粮食生产1.1万吨的年度任务`: every figure of the clause is to be exceeded.
        if doc[clauseRange(st).lowerBound..<f.start].contains("超额完成") { return "超额" }
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
            guard doc.at(segments[i].lowerBound - 1) == "、", !withFigures(p),
                  !doc[p].contains(where: { $0.isASCIIDigit }) else { break }
            if p.count > 6 {
                // `…规范打造重点消费商圈、夜间经济街区、特色商业街各1个`: a longer first item is the words after its
                // verb.
                if let v = lastVerbEnd(in: p), (2...8).contains(p.upperBound - v) { head = v }
                break
            }
            head = p.lowerBound
            i -= 1
        }
        return head
    }

    /// Where the words after the last verb of `r` (an action or light verb) begin.
    func lastVerbEnd(in r: Range<Int>) -> Int? {
        var best: Int?
        for v in Vocabulary.actionVerbs + Vocabulary.lightVerbs {
            let scalars = Array(v.unicodeScalars)
            var i = r.upperBound - scalars.count
            while i >= r.lowerBound {
                doc.work.steps &+= 1
                if scalars.indices.allSatisfy({ doc.at(i + $0) == scalars[$0] }) {
                    if i + scalars.count > (best ?? -1) { best = i + scalars.count }
                    break
                }
                i -= 1
            }
        }
        return best
    }

    /// `城区15分钟、农村30分钟文体便民服务圈`: a figure that ends its item, before a parallel item (as short as
    /// its own name's last words, the same unit) whose words after the figure say what both measure; its subject
    /// is those last words and the words after.
    func parallelItem(_ k: Int, name: String) -> String? {
        let st = clauses.statements[k]
        let n = k + 1
        guard n < clauses.statements.count else { return nil }
        let next = clauses.statements[n]
        guard next.sentence == st.sentence, figures[st.figure].end == st.segment.upperBound,
              doc.at(st.segment.upperBound) == "、", next.segment.lowerBound == st.segment.upperBound + 1,
              figures[next.figure].unit == figures[st.figure].unit, next.growthWord == nil else { return nil }
        let nextName = clean(text(next.lead))
        let (trail, ends) = trailingWords(next)
        // The words follow the figure as a noun does (`30分钟文体便民服务圈`), not after 的 (`0.8万亩的年度任务`).
        guard (2...4).contains(nextName.count), name.count > nextName.count, trail.count >= 2, ends,
              !text(next.trailing).hasPrefix("的") else { return nil }
        return String(name.suffix(nextName.count)) + trail
    }

    /// A growth keeps its sign (下降3% → -3%); anything else is the quantity as written.
    func growthOrValue(_ st: FigureInContext) -> String {
        isGrowth(st) ? growth(st) : figures[st.figure].quantity
    }

    /// What a figure measures, and the statement it borrowed that from, if any.
    func factSubject(_ k: Int, _ subjects: [Int: String]) -> (String, Int?, Bool)? {
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
            return (borrowed + name, prev, false)
        }
        if f.kind == .rank, let (base, scope) = rankScope(clean(leadText)) {
            if let prev, rankRunIn(clauses.statements[prev])?.lowerBound == f.start {
                // A figure whose words ran into this rank holds it already (`80多种产品产能全国第一`): the rank
                // is of what it ranks (产品产能全国排名); after a duration, of what held it (`实际使用外资连续8年
                // 全国第一` → 实际使用外资全国排名), named before the duration or by the figure before it
                // (`油气当量3.25亿吨、连续5年稳居全国第一` → 油气当量全国排名).
                if !base.isEmpty { return (subjectWords(base) + scope + "排名", nil, false) }
                let counted = clauses.statements[prev]
                if isDuration(counted) {
                    var held = subjectWords(clean(text(counted.lead)))
                    for w in ["连续", "近"] where held.hasSuffix(w) { held = String(held.dropLast(w.count)) }
                    if held.count >= 2 { return (held + scope + "排名", prev, false) }
                    if let before = previous(prev), let lent = subjects[before] { return (lent + scope + "排名", before, false) }
                }
            }
            // `位居全市第1名` after a figure: its subject's rank in the city; `获全省基本公卫服务评价第4名`.
            // `增速排名全省第3位` after a figure: the rank of that figure's growth.
            if let borrowed, let prev, base.count <= 4 { return (borrowed + base + scope + "排名", prev, false) }
            if !base.isEmpty { return (subjectWords(base) + scope + "排名", nil, false) }
        }
        if st.relational || joined || (f.kind == .rank && name.count <= 4 && borrowed != nil) {
            let lead = joined ? "" : clean(leadText)
            if lead.isEmpty, !trail.isEmpty, trailEnds || joined { return (trail, nil, true) }
            if let borrowed, let prev { return (borrowed + lead, prev, false) }
            if !trail.isEmpty { return (lead + trail, nil, true) }
            return nil
        }
        var subject = name + (st.growthWord ?? "")
        var trailUsed = false
        if st.growthWord == nil, trail.isEmpty, let parallel = parallelItem(k, name: name) {
            return (parallel, nil, false)
        }
        if st.growthWord == nil, rawName.hasSuffix("在内的") || rawName.hasSuffix("在内"), !trail.isEmpty {
            // `含7个院士团队在内的25个高水平科研团队入驻…`: the part counted before it is an aside; the figure
            // counts what follows.
            return (trail, nil, true)
        }
        if st.growthWord == nil, !trail.isEmpty, ["含", "包括", "包含"].contains(where: { name.hasSuffix($0) }) {
            // `吸引含7个院士团队在内的`: what the part counts.
            return (trail, nil, true)
        }
        if st.growthWord == nil, !trail.isEmpty, !name.hasSuffix("等"), let r = name.lastIndex(of: "等"),
           name.distance(from: r, to: name.endIndex) <= 5, trail.count >= 4 {
            // `南山中路等道路约3000盏智能灯具提升改造`: the examples name where; the figure counts the words after it.
            return (String(name[name.index(after: r)...]) + trail, nil, true)
        }
        if name.hasSuffix("等") || (Self.namesList(name) && !trail.isEmpty) {
            // `利澳三期、安然纺织扩建等16个工业重点技改项目`: what the list is; `…等80个项目新开工建设`,
            // `立亚化学和万家鑫轻工2家企业获批市级企业技术中心`: what was done, by a bare noun.
            subject = trail.isEmpty ? name : countedThing(trail)
            trailUsed = !trail.isEmpty
        } else if !trail.isEmpty, st.growthWord == nil,
                  name.count <= 3 || rawName.hasSuffix("的") || rawName.hasSuffix("首批")
                    || Vocabulary.actionVerbs.contains(where: { name.hasSuffix($0) }) {
            // `并完成18个片区控规编制`, `…创业园的11个孵化项目`, `聘任首批14名营商环境监督员代表`: the figure
            // stands before what it counts.
            subject = name + trail
            trailUsed = true
        } else if st.growthWord == nil, (2...3).contains(trail.count), text(st.trailing).hasPrefix(trail + "等") {
            // `锦川实验小学2栋教学楼等先后投入使用`: the figure counts the noun after it, of the name before.
            subject = name + trail
            trailUsed = true
        }
        if subject.isEmpty { return nil }
        return (subject, nil, trailUsed)
    }

    /// The words after a figure that may name it, and whether they end where the clause (or a 和) ends
    /// rather than run into the next figure's words.
    func trailingWords(_ st: FigureInContext) -> (String, Bool) {
        let raw = text(st.trailing)
        let nextFigureFollows = st.trailing.upperBound < st.segment.upperBound
        if let rank = rankRunIn(st) {
            // `80多种产品产能全国第一`: the words run into a rank and take it whole.
            var t = Substring(raw)
            while let f = t.first, f == "的" || f.isSpaceLike { t = t.dropFirst() }
            return (String(t) + doc[rank], true)
        }
        var t = Substring(raw)
        var cut = false
        if let i = t.firstIndex(where: { $0 == "和" || $0 == "及" || $0 == "与" || $0 == "(" || $0 == "等" }) {
            t = t[..<i]
            cut = true
        }
        // `含7个院士团队在内的…`: what is counted ends before 在内.
        if let r = t.firstRange(of: "在内") {
            t = t[..<r.lowerBound]
            cut = true
        }
        while let f = t.first, f == "的" || f.isSpaceLike { t = t.dropFirst() }
        let words = String(t).trimmingSpaceLike()
        return (words, cut || !nextFigureFollows)
    }

    /// The rank a figure's words run into (`80多种产品产能全国第一`, `14种农产品产量居全国第1位`, `连续5年稳居全国
    /// 第一`): the rank's text, when the words after the figure end in its 第 with no 和, 及, 与, 等 or bracket
    /// between.
    func rankRunIn(_ st: FigureInContext) -> Range<Int>? {
        let raw = text(st.trailing)
        guard raw.count >= 2, raw.hasSuffix("第"), figures[st.figure].kind != .rank,
              !raw.contains(where: { "和及与(等".contains($0) }), !raw.contains("在内") else { return nil }
        var i = st.figure + 1
        while i < figures.count, !figures[i].isFigure { i += 1 }
        guard i < figures.count, figures[i].kind == .rank, figures[i].beforeStart == figures[i].start,
              figures[i].start == st.trailing.upperBound, figures[i].end <= st.segment.upperBound else { return nil }
        return figures[i].start..<figures[i].end
    }

    /// Whether a lead names several things (`立亚化学和万家鑫轻工`, `A、B等`) that a count after it counts.
    static func namesList(_ name: String) -> Bool {
        name.hasSuffix("等") || (name.contains("和") && name.count <= 14 && !name.contains(where: { "的在是了".contains($0) })
                                && Vocabulary.actionVerbs.allSatisfy { !name.contains($0) })
    }

    /// What a count after a list counts: the noun and what was done. A bare noun (企业, 项目) goes after
    /// what was done (`项目新开工建设` → 新开工建设项目, `企业获批市级企业技术中心` → 获批市级企业技术中心企业, but
    /// `企业列入泉州民企百强企业` → 列入泉州民企百强企业); a longer one stands alone, or after a status
    /// (`工业重点技改项目建设加快推进` → 工业重点技改项目).
    func countedThing(_ trail: String) -> String {
        for noun in ["企业", "项目", "单位", "家企业"] where trail.hasPrefix(noun) && trail.count > noun.count + 1 {
            let done = String(trail.dropFirst(noun.count))
            return done.hasSuffix(noun) ? done : done + noun
        }
        // `工业重点技改项目建设加快推进`: the thing, without the progress said of it.
        var t = Substring(trail)
        for w in ["加快推进", "顺利推进", "有序推进", "稳步推进", "全面推进"] where t.hasSuffix(w) && t.count > w.count + 2 {
            t = t.dropLast(w.count)
            if t.hasSuffix("建设"), t.count > 4 { t = t.dropLast(2) }
            return String(t)
        }
        return trail
    }

    /// A count of years, terms or times (`连续5年`, `连续三届`): how long a rank after it has held.
    func isDuration(_ st: FigureInContext) -> Bool {
        let unit = figures[st.figure].unit
        return ["年", "届", "次"].contains(unit) || clean(text(st.lead)).hasSuffix("连续")
    }

    /// A rank's scope (全市, 全省 …) in its lead, and what is ranked: `获全省基本公卫服务评价` → (基本公卫服务评价, 全省),
    /// `位居全市` → ("", 全市).
    func rankScope(_ lead: String) -> (String, String)? {
        guard let scope = ["全国", "全省", "全市", "全区", "全县"].first(where: { lead.contains($0) }),
              let r = lead.firstRange(of: scope) else { return nil }
        var before = String(lead[..<r.lowerBound])
        for w in ["位居", "位列", "稳居", "继续保持", "保持", "排名", "排在", "居", "列", "获得", "获评", "获"] where before.hasSuffix(w) {
            before = String(before.dropLast(w.count))
            break
        }
        // `连续多年稳居全国第一`, `水质优良率连续三年保持…`: how long, not what.
        if let r = before.ranges(of: "连续").last, before[r.upperBound...].count <= 3 {
            before = String(before[..<r.lowerBound])
        }
        // `泉港区获…`: the report's own region ranks; what is ranked follows the scope.
        let after = String(lead[r.upperBound...])
        if !after.isEmpty { return (after, scope) }
        return ((before.hasSuffix("区") || before.hasSuffix("市") || before.hasSuffix("县")) && before.count <= 4 ? "" : before, scope)
    }

    /// The clause a statement stands in: its segment and those joined to it by 、 (split at , ; : only), when
    /// it is no longer than 160 characters (else the segment, so a list of thousands of figures is not quoted
    /// whole for each of them).
    func clauseRange(_ st: FigureInContext) -> Range<Int> {
        let segments = clauses.sentences[st.sentence].segments
        var lo = 0, hi = segments.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if segments[mid].lowerBound < st.segment.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        guard lo < segments.count, segments[lo] == st.segment else { return st.segment }
        func separator(after r: Range<Int>) -> Unicode.Scalar {
            var i = r.upperBound
            while doc.at(i).isSpaceLike, i < doc.count { i += 1 }
            return doc.at(i)
        }
        // A clause longer than a sentence is (a list of hundreds of items) is not a quote: the segment is.
        let longest = 160
        var a = lo, b = lo
        while a > 0, separator(after: segments[a - 1]) == "、" {
            doc.work.steps &+= 1
            a -= 1
            if segments[lo].upperBound - segments[a].lowerBound > longest { return st.segment }
        }
        while b + 1 < segments.count, separator(after: segments[b]) == "、" {
            doc.work.steps &+= 1
            b += 1
            if segments[b].upperBound - segments[a].lowerBound > longest { return st.segment }
        }
        return segments[a].lowerBound..<segments[b].upperBound
    }

    /// The statement after `k` in the same segment, if any.
    func nextInSegment(_ k: Int) -> Int? {
        let n = k + 1
        guard n < clauses.statements.count, clauses.statements[n].segment == clauses.statements[k].segment else { return nil }
        return n
    }

    /// Where the quote of statement `k` starts in its clause: the clause's start (after a `2023年以来` that only
    /// dates it), or, after a figure whose subject stood before it in the same segment, the statement's own words.
    func quoteStartInClause(_ k: Int, _ clause: Range<Int>, _ subjectFirst: [Int: Bool]) -> Int {
        let st = clauses.statements[k]
        if k > 0, clauses.statements[k - 1].segment == st.segment, subjectFirst[k - 1] == true {
            return figures[clauses.statements[k - 1].figure].end
        }
        var i = clause.lowerBound
        let c = Array(doc[i..<min(clause.upperBound, i + 8)])
        if c.count > 6, c[0...3].allSatisfy(\.isASCIIDigit), c[4] == "年" {
            if c[5] == "来" { i += 6 } else if c[5] == "以", c[6] == "来" { i += 7 }
        } else if doc.has("今年以来", at: i) {
            i += 4
        } else if let n = wholeYearMonths(c) {
            i += n
        }
        return i < st.segment.upperBound ? i : clause.lowerBound
    }

    /// A clause that goes on about what the clause before counted (`…重点项目271个,完成年度投资323.04亿元`,
    /// `…招商项目200个、总投资1350亿元`, `…重点项目开工52个、竣工48个`): that thing's name before its own words.
    func continuation(_ k: Int, _ subject: String, _ subjects: [Int: String], _ things: [Int: String]) -> (String, Int, String)? {
        let st = clauses.statements[k]
        guard let prev = previous(k), let lent = subjects[prev], st.growthWord == nil,
              clauses.statements[prev].segment != st.segment else { return nil }
        var own = subject
        let clause = doc[clauseRange(st)]
        if let w = ["涵盖", "覆盖", "包括"].first(where: { clause.hasPrefix($0) }) {
            // `涵盖工业科技、交通港航、城建环保等6大领域`: the parts of what was counted, by their kind.
            let unit = figures[st.figure].unit
            let kind = unit.hasPrefix("大") ? String(unit.dropFirst()) : cleanTrailing(text(st.trailing))
            guard !kind.isEmpty else { return nil }
            own = w + kind
        }
        // `调查地块74块、面积2392.97亩`: the area of what was counted.
        guard ["完成投资", "完成年度投资", "年度投资", "总投资", "竣工", "涵盖", "覆盖", "包括", "受益"].contains(where: { own.hasPrefix($0) })
                || own == "面积"
        else { return nil }
        // After another continuation, the thing that one went on about (重点项目, not 重点项目完成年度投资).
        var thing = Substring(things[prev] ?? lightVerbsDropped(lent))
        // The thing counted, without the verb that did it: 高质量实施重点项目 → 重点项目.
        var changed = true
        while changed {
            changed = false
            for w in ["高质量", "实施", "新建", "新增", "发放"] where thing.hasPrefix(w) && thing.count > w.count + 1 {
                thing = thing.dropFirst(w.count)
                changed = true
            }
        }
        // `新增标准化厂房面积60万平方米,完成年度投资…`: the thing, not its measure; `发放临时救助资金…,受益…`: the
        // programme, not its money.
        for w in ["面积", "资金"] where thing.hasSuffix(w) && thing.count > w.count + 1 {
            thing = thing.dropLast(w.count)
            break
        }
        // `重点项目开工52个、竣工48个`: a status after the thing gives way to the next one.
        for w in ["开工", "竣工", "建成", "投产"] where thing.hasSuffix(w) && thing.count > w.count + 1 {
            thing = thing.dropLast(w.count)
            break
        }
        return (String(thing) + own, prev, String(thing))
    }

    /// A clause that shares the verb of the one before (`新增公共停车场13个,公共停车泊位1075个`,
    /// `新培育国家科技型中小企业32家省级科技小巨人5家`): that verb before its own subject.
    func sharedVerb(_ k: Int, _ subject: String, _ subjects: [Int: String], _ subjectFirst: [Int: Bool]) -> (String, Int)? {
        guard let prev = previous(k), subjectFirst[prev] == true, let lent = subjects[prev],
              let verb = ["新增", "新培育", "新建", "培育", "实施", "引进"].first(where: { lent.hasPrefix($0) }),
              clauses.statements[k].growthWord == nil, !subject.hasPrefix(verb), subject.count >= 2 else { return nil }
        // A verb is shared across a comma, not a semicolon (`…学位1550个;泉港职业中专学校…5年制贯通培养`).
        var i = clauses.statements[k].segment.lowerBound - 1
        while i > 0, doc.at(i).isSpaceLike { i -= 1 }
        guard i >= 0, doc.at(i) != ";", doc.at(i) != "；" else { return nil }
        let lead = clean(text(clauses.statements[k].lead))
        // A clause with a verb of its own (`提升3个…`, `对接意向迁入企业`, `完成用海审批、变更3.87公顷` with the items
        // before its 、 series, `入园率提升至58%`) does not share it.
        for words in [lead, subject] {
            guard !Vocabulary.actionVerbs.contains(where: { words.hasPrefix($0) }), !Vocabulary.lightVerbs.contains(where: { words.hasPrefix($0) }),
                  !Vocabulary.ownVerbs.contains(where: { words.hasPrefix($0) }) else { return nil }
        }
        let rawLead = text(clauses.statements[k].lead).trimmingSpaceLike()
        guard !Vocabulary.changeVerbs.contains(where: { rawLead.hasSuffix($0) }) else { return nil }
        return (verb + subject, prev)
    }

    /// A change from one figure to the next in one segment (`困难残疾人生活补贴标准从每人每月99元提高到107元`): the
    /// statement after, and the subjects of both, the thing changed with the words after 从 (每人每月) and the
    /// change (提高前, 提高后), so the two values are told apart.
    func changeFromTo(_ k: Int) -> (Int, String, String)? {
        let st = clauses.statements[k]
        let n = k + 1
        guard n < clauses.statements.count, clauses.statements[n].segment == st.segment, !clauses.statements[n].used else { return nil }
        let f = figures[st.figure], g = figures[clauses.statements[n].figure]
        guard f.kind == .quantity, g.kind == .quantity, !f.unit.isEmpty, !g.unit.isEmpty, f.before == nil, f.after == nil else { return nil }
        let lead = doc[st.segment.lowerBound..<f.beforeStart]
        guard let from = ["从", "由"].compactMap({ w in lead.lastIndex(of: Character(w)).map { ($0, w) } }).max(by: { $0.0 < $1.0 })?.0
        else { return nil }
        let gap = doc[f.end..<g.beforeStart].trimmingSpaceLike()
        guard let change = Self.fromToVerbs.first(where: { gap == $0 + "到" || gap == $0 + "至" }) else { return nil }
        let thing = lightVerbsDropped(subjectWords(clean(String(lead[..<from]))))
        let per = String(lead[lead.index(after: from)...]).trimmingSpaceLike()
        guard thing.count >= 2, per.count <= 8, !per.contains(where: \.isASCIIDigit) else { return nil }
        let inner = per.isEmpty ? "" : per + ","
        return (n, thing + "(" + inner + change + "前)", thing + "(" + inner + change + "后)")
    }

    static let fromToVerbs = ["提高", "提升", "增加", "增长", "上调", "扩大", "降低", "下降", "减少", "下调", "调整"]

    /// Two figures in a row that count one thing (`精心办好8类31件为民办实事项目`, `完善9方面30个领域…清单`): the
    /// statement after and their one subject, the words after the second (after a list that ends in 等, the list
    /// and those words: `实施农村人居环境整治、综合服务设施提升等4大工程21项任务`).
    func countedTogether(_ k: Int) -> (Int, String)? {
        let st = clauses.statements[k]
        guard let n = nextInSegment(k), !clauses.statements[n].used else { return nil }
        let next = clauses.statements[n]
        let f = figures[st.figure], g = figures[next.figure]
        guard f.kind == .quantity, g.kind == .quantity, !f.unit.isEmpty, !g.unit.isEmpty, !f.isPercent, !g.isPercent,
              f.after == nil, g.before == nil, f.end == g.beforeStart, next.growthWord == nil, st.growthWord == nil else { return nil }
        let (trail, _) = trailingWords(next)
        guard trail.count >= 2 else { return nil }
        let name = subjectWords(clean(text(st.name)))
        if name.hasSuffix("等") {
            let clause = clauseRange(st)
            let list = subjectWords(clean(doc[clause.lowerBound..<st.name.upperBound]))
            return (n, list + trail)
        }
        return (n, lightVerbsDropped(trail))
    }

    /// A subject without the light verb or scope word that leads it (完成, 实现, 推动, 全区 …): `完成矿山生态修复`
    /// → 矿山生态修复; words that say what was done (新增, 实施, 签约) stay.
    func lightVerbsDropped(_ s: String) -> String {
        var t = Substring(s)
        var changed = true
        while changed {
            changed = false
            for w in Vocabulary.lightVerbs where t.hasPrefix(w) && t.count > w.count + 1 {
                t = t.dropFirst(w.count)
                changed = true
                break
            }
        }
        return String(t)
    }

    /// `分别` pairs among the facts: the names before 分别 (split at 、 和 及 与, completed from the last) paired in
    /// order with the figures after it, when there are as many of each. FigureInContext index → subject, qualifier
    /// (a qualifier before the first figure, `分别达`, holds for all) and quote.
    func respectivelyFacts() -> [Int: (subject: String, qualifier: String?, quote: Range<Int>)] {
        var out: [Int: (subject: String, qualifier: String?, quote: Range<Int>)] = [:]
        var k = 0
        let statements = clauses.statements
        while k < statements.count {
            doc.work.steps &+= 1
            let st = statements[k]
            guard !st.used, let p = doc.find("分别", from: st.segment.lowerBound, to: figures[st.figure].beforeStart) else {
                k += 1
                continue
            }
            // The names: back from 分别 to the clause's start.
            var start = p
            while start > 0, !",;:。!?\n".contains(doc.chars[start - 1]) { start -= 1 }
            let list = lightVerbsDropped(subjectWords(clean(doc[start..<p])))
            var names = expandedNames(list)
            // The figures after 分别: a run joined only by 、 和 及 与.
            var group = [k]
            var n = k + 1
            while n < statements.count, statements[n].sentence == st.sentence, !statements[n].used {
                let gap = doc[figures[statements[n - 1].figure].end..<figures[statements[n].figure].beforeStart]
                guard !gap.isEmpty, gap.allSatisfy({ "、和及与 ".contains($0) }) else { break }
                group.append(n)
                n += 1
            }
            if names.count == 1, group.count >= 2, let before = namesBefore(start, of: names[0], count: group.count) {
                names = before
            }
            guard names.count >= 2, names.count == group.count,
                  names.allSatisfy({ (2...24).contains($0.count) && !$0.contains(where: \.isASCIIDigit) }),
                  group.allSatisfy({ figures[statements[$0].figure].kind == .quantity && !figures[statements[$0].figure].unit.isEmpty }) else {
                k += 1
                continue
            }
            let end = figures[statements[group[group.count - 1]].figure].end
            let q = figures[st.figure].before
            for (i, m) in group.enumerated() {
                out[m] = (names[i], q, start..<end)
            }
            k = n
        }
        return out
    }

    /// `持续拓宽企业职工基本养老保险和城乡居民基本医疗保险参保覆盖面,实现参保人数分别达5.86万人、30.68万人`: one
    /// name before 分别 (参保人数) for `count` figures, and the clause before it lists that many things before the
    /// name's first words (参保): each thing with the name. The last thing ends before those words; the ones
    /// before it are as long as it (parallel names), after the words that lead the list.
    func namesBefore(_ start: Int, of name: String, count: Int) -> [String]? {
        guard start >= 2, doc.at(start - 1) == "," || doc.at(start - 1) == "，" else { return nil }
        var from = start - 1
        while from > 0, !",;:。!?\n".contains(doc.chars[from - 1]) { from -= 1 }
        let clause = doc[from..<(start - 1)]
        guard clause.count <= 60, name.count >= 3, let shared = (2...(name.count - 1)).reversed().lazy
            .map({ String(name.prefix($0)) }).first(where: { clause.contains($0) }),
              let r = clause.ranges(of: shared).last else { return nil }
        var items = String(clause[..<r.lowerBound]).split(whereSeparator: { "、和及与".contains($0) }).map(String.init)
        guard items.count == count, let last = items.last, last.count >= 4 else { return nil }
        items = items.map { $0.count > last.count ? String($0.suffix(last.count)) : $0 }
        return items.map { $0 + name }
    }

    /// A subject without the time and aspiration words that lead it (全年, 2023年以来, 力争, 其中 …), and after
    /// a long quoted or bracketed aside, only what follows it.
    func subjectWords(_ s: String) -> String {
        var t = Substring(s)
        // `全力实施科技创新“四个倍增”计划技术合同交易额`: the programme the figure is reported under, then its subject.
        if let close = t.lastIndex(of: "”") {
            let rest = t[t.index(after: close)...]
            for w in ["计划", "行动", "工程", "战略"] where rest.hasPrefix(w) && rest.count >= w.count + 3 {
                t = rest.dropFirst(w.count)
                break
            }
        }
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
        // `赴北京、天津…等地开展招商活动`: where it was done, then what was done.
        if let r = t.firstRange(of: "等地"), t.distance(from: r.upperBound, to: t.endIndex) >= 3 { t = t[r.upperBound...] }
        var changed = true
        while changed {
            changed = false
            // `全区共签约`: the scope, without 共.
            for w in ["全区共", "全市共", "全县共", "全省共"] where t.hasPrefix(w) && t.count > w.count + 1 {
                t = Substring(String(w.dropLast()) + t.dropFirst(w.count))
                changed = true
            }
            let c = Array(t)
            if c.count > 5, c[0...3].allSatisfy(\.isASCIIDigit), c[4] == "年" {
                t = t.dropFirst(5)
                for w in ["以来", "来", "度"] where t.hasPrefix(w) { t = t.dropFirst(w.count); break }
                changed = true
            }
            if let n = wholeYearMonths(Array(t.prefix(8))), t.count > n + 1 {
                t = t.dropFirst(n)
                changed = true
            }
            for w in ["力争全年", "确保全年", "今年以来", "今年来", "全年共", "全年", "今年", "力争", "确保", "其中", "共",
                      "我区", "我市", "我县", "我省", "先后", "是"]
            where t.hasPrefix(w) && t.count > w.count + 1 {
                t = t.dropFirst(w.count)
                changed = true
                break
            }
        }
        return String(t)
    }

    /// The length of a leading `1-12月` (`1—12月`, `1至12月`, `1～12月`): months that make the whole year, which
    /// date a clause as 全年 does and say nothing of what was counted.
    func wholeYearMonths(_ c: [Character]) -> Int? {
        guard c.count >= 5, c[0] == "1", "-—–~～至".contains(c[1]), c[2] == "1", c[3] == "2", c[4] == "月" else { return nil }
        return 5
    }

    /// Without the qualifying words at the end that the figure's qualifier already says.
    func clean(_ s: String) -> String {
        var t = s.trimmingSpaceLike()
        var changed = true
        while changed {
            changed = false
            for w in ["预计完成", "预计实现", "累计完成", "预计", "总计", "合计", "达到", "达", "为", "共", "是", "了",
                      "的", "均", "各", "分别"] where t.hasSuffix(w) && t.count > w.count {
                t = String(t.dropLast(w.count))
                changed = true
            }
            // `入园率提升至58%`: what the figure is, not the change that reached it.
            for w in Vocabulary.changeVerbs where t.hasSuffix(w) && t.count > w.count + 1 {
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
