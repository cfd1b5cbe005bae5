/// Indicators (the report year's headline figures) and targets (the plan year's expected growth).
///
/// An indicator is a name and its level and/or growth: `地区生产总值623.68亿元,下降9.6%`, `地区生产总值增长6.2%`,
/// `社会消费品零售总额完成23.6亿元`. They are read from the headline paragraph of the report-year chapter (any
/// name that ends like an indicator: 增加值, 总产值, 零售总额 …), and elsewhere in that chapter for the names of
/// ``Vocabulary/indicatorNames``. A growth is only a `%` right after a growth word; comparisons, ranks,
/// shares, limits and bracketed targets beside an indicator are left to the facts.
extension Analysis {
    struct IndicatorDraft {
        var name: String
        var nameRange: Range<Int>
        var sentence: Int
        var value: Int?
        var growth: Int?
    }

    mutating func readIndicators() {
        guard let chapter = outline.sections.first(where: { $0.role == .results && $0.parent == nil }) else { return }
        let chapterEnd = outline.sections.first { $0.parent == nil && $0.markerStart > chapter.markerStart }?.markerStart ?? doc.count
        let firstPart = outline.sections.first { $0.parent == chapter.id }
        let headlineEnd = firstPart?.markerStart ?? chapterEnd
        let all = clauses.statements.indices
        // The opening before the first chapter (a work report's summary of the year stands there) and the
        // chapter's own opening paragraphs.
        assembleIndicators(all.filter {
            let p = figures[clauses.statements[$0].figure].start
            return (p >= chapter.markerStart && p < headlineEnd) || (role(at: p) == .opening && p < chapter.markerStart)
        }, headline: true)
        if indicators.isEmpty, let firstPart {
            // No headline paragraph before the parts: the first part holds the headline figures.
            let end = outline.sections.first { $0.markerStart > firstPart.markerStart }?.markerStart ?? chapterEnd
            assembleIndicators(all.filter {
                let p = figures[clauses.statements[$0].figure].start
                return p >= firstPart.markerStart && p < end
            }, headline: true)
        }
        assembleIndicators(all.filter {
            let p = figures[clauses.statements[$0].figure].start
            return p >= chapter.markerStart && p < chapterEnd
        }, headline: false)
        // In text order: a 分别 pair is read before the sentences around it.
        indicators = indicators.enumerated().sorted { ($0.element.position, $0.offset) < ($1.element.position, $1.offset) }.map(\.element)
    }

    private mutating func assembleIndicators(_ indices0: [Int], headline: Bool) {
        readRespectively(indices0, asTargets: false)
        // Paragraphs that review several years (这五年, 五年来) come after those on the report year, so the
        // report year's figure is the one kept for a name both give.
        var multiYear: [Int: Bool] = [:]
        for k in indices0 {
            let line = clauses.sentences[clauses.statements[k].sentence].line
            if multiYear[line] == nil { multiYear[line] = isMultiYearLine(line) }
        }
        let lines = indices0.map { clauses.sentences[clauses.statements[$0].sentence].line }
        let indices = indices0.indices.filter { multiYear[lines[$0]] != true }.map { indices0[$0] }
            + indices0.indices.filter { multiYear[lines[$0]] == true }.map { indices0[$0] }
        var draft: IndicatorDraft?
        for k in indices {
            doc.work.steps &+= 1
            let st = clauses.statements[k]
            if st.used { continue }
            let f = figures[st.figure]
            guard f.kind == .quantity else { continue }
            if var d = draft, d.sentence == st.sentence, d.value == nil, !f.isPercent,
               ["", "达到", "达", "为", "总量", "总量达到", "总量为", "规模达到"].contains(text(st.lead)),
               isLevel(st, name: d.name), isThisYears(st) {
                d.value = k
                draft = d
                continue
            }
            // `完成12.36亿元,完成年度预算的102.3%,同口径增长4.5%`: a completion rate between a level and its growth is
            // an aside (a fact); the indicator goes on.
            if let d = draft, d.sentence == st.sentence, f.isPercent, st.growthWord == nil,
               Vocabulary.completionMarks.contains(where: { text(st.lead).contains($0) }) {
                continue
            }
            if st.relational, var d = draft, d.sentence == st.sentence {
                if isGrowth(st), d.growth == nil, !f.inBracket, isThisYears(st) {
                    d.growth = k
                    draft = d
                }
                continue
            }
            if let d = draft { keepIndicator(d) }
            draft = nil
            guard let (name, range) = indicatorName(st.name), isIndicatorName(name, headline: headline),
                  isThisYears(st) else { continue }
            if isGrowth(st) {
                draft = IndicatorDraft(name: name, nameRange: range, sentence: st.sentence, value: nil, growth: k)
            } else if isLevel(st, name: name) {
                draft = IndicatorDraft(name: name, nameRange: range, sentence: st.sentence, value: k, growth: nil)
            }
        }
        if let d = draft { keepIndicator(d) }
    }

    private mutating func keepIndicator(_ d: IndicatorDraft) {
        let canonical = IndicatorNames.canonical(d.name)
        if let old = indicators.firstIndex(where: { $0.text("name") == canonical }) {
            // A level without growth (a five-year review's 突破3万亿元) gives way to the year's growth; its
            // figures go back to the facts.
            guard indicators[old].text("growth") == nil, d.growth != nil else { return }
            for k in indicatorStatements[canonical] ?? [] { clauses.statements[k].used = false }
            indicators.remove(at: old)
        }
        let parts = [d.value, d.growth].compactMap { $0 }
        guard let last = parts.map({ figures[clauses.statements[$0].figure].end }).max() else { return }
        let first = parts.map { figures[clauses.statements[$0].figure].start }.min() ?? d.nameRange.upperBound
        var r = Record(quote: d.nameRange.lowerBound..<last)
        r.set("name", canonical)
        r.set("wording", d.name)
        r.set("value", d.value.map { figures[clauses.statements[$0].figure].quantity })
        r.set("growth", d.growth.map { growth(clauses.statements[$0]) })
        r.set("qualifier", qualifiers(parts.map { clauses.statements[$0] }))
        r.set("estimate", isEstimate(sentence: d.sentence, before: first) ? true : nil)
        r.set("period", period(in: clauseStart(sentence: d.sentence, before: first)..<first))
        indicators.append(r)
        indicatorStatements[canonical] = parts
        for k in parts { clauses.statements[k].used = true }
    }

    /// Where the clause holding character `first` starts in sentence `si`: after the last `;` before it. Clauses
    /// joined by semicolons (an opening summary's `预计全年地区生产总值增长5%左右;规上工业增加值增长7.3%;1-11月…`)
    /// each say their own 预计 and part of the year.
    func clauseStart(sentence si: Int, before first: Int) -> Int {
        let s = clauses.sentences[si]
        var i = min(first, s.range.upperBound)
        while i > s.range.lowerBound, doc.chars[i - 1] != ";" { i -= 1 }
        doc.work.steps &+= first - i + 1
        return i
    }

    /// An estimate: 预计 before the figures in their clause (``clauseStart(sentence:before:)``), or 预计数 in the
    /// paragraph.
    func isEstimate(sentence si: Int, before first: Int) -> Bool {
        let s = clauses.sentences[si]
        let start = clauseStart(sentence: si, before: first)
        let before = doc[start..<max(start, first)]
        let paragraph = doc[doc.trimmed(doc.lines[s.line])]
        return before.contains("预计") || paragraph.contains("预计数")
    }

    /// Every qualifier of the figures (约, 突破 before; 以上, 左右 after), in text order, joined by `…`.
    func qualifiers(_ statements: [FigureInContext]) -> String? {
        var words: [String] = []
        for st in statements {
            let f = figures[st.figure]
            for w in [f.before, f.after].compactMap({ $0 }) where w != "预计" && w != "达到" && w != "达" && !words.contains(w) {
                words.append(w)
            }
        }
        return words.isEmpty ? nil : words.joined(separator: "…")
    }

    /// The part of the year a figure covers when the words before it say so: 上半年, 前三季度, 1—11月 ….
    func period(in r: Range<Int>) -> String? {
        let text = doc[r]
        for w in Vocabulary.periodWords where text.contains(w) {
            return w
        }
        // `1-11月`, `1—11月`, `1至11月` (not 1-12月, the whole year).
        var i = r.lowerBound
        while i < r.upperBound {
            if doc.chars[i].isASCIIDigit, !doc.at(i - 1).isASCIIDigit {
                var e = i
                while e < r.upperBound, doc.chars[e].isASCIIDigit { e += 1 }
                if FigureScanner.isRangeMark(doc.at(e)) {
                    var k = e + 1
                    while k < r.upperBound, doc.chars[k].isASCIIDigit { k += 1 }
                    if k > e + 1, doc.at(k) == "月", doc[(e + 1)..<k] != "12" { return doc[i..<(k + 1)] }
                }
                i = e
            } else {
                i += 1
            }
        }
        return nil
    }

    /// Whether the line reviews several years (这五年, 五年来, 过去五年 …).
    func isMultiYearLine(_ n: Int) -> Bool {
        let line = doc.lines[n]
        return doc.find("五年", from: line.lowerBound, to: line.upperBound) != nil
    }

    /// Whether a figure can be the report year's: not an average over years (年均), a figure of another year
    /// written before it in its sentence, a share, a plan's target or a completion rate.
    func isThisYears(_ st: FigureInContext) -> Bool {
        let lead = text(st.lead) + text(st.name)
        if Vocabulary.notThisYearMarks.contains(where: { lead.contains($0) }) { return false }
        let f = figures[st.figure]
        if let y = yearWritten(in: st.segment, before: f.start),
           !meta.reportYear.isEmpty, y != meta.reportYear {
            return false
        }
        return true
    }

    /// A level: a figure that is not a share, a limit, a comparison or a bracketed aside.
    func isLevel(_ st: FigureInContext, name: String) -> Bool {
        let f = figures[st.figure]
        guard f.kind == .quantity, !f.inBracket, st.growthWord == nil, f.unit != "百分点", f.after != "以内" else { return false }
        if f.isPercent, !(name.hasSuffix("率") || name.hasSuffix("指数")) { return false }
        // `…增长5.1%,八方面为民办实事全部完成`: a count followed by its noun counts that noun.
        if f.isCount, doc.at(f.end).isHan { return false }
        let lead = text(st.lead)
        return !Vocabulary.notGrowthMarks.contains { lead.contains($0) }
    }

    /// The name an indicator or target goes by: the lead without 全年, 预计, 实现 … before it and 完成, 同比 …
    /// after it. A region prefix stays when only 生产总值 follows (全区生产总值 is that region's GDP).
    func indicatorName(_ r: Range<Int>) -> (String, Range<Int>)? {
        // `城乡居民人均可支配收入分别增长5%和7%`: which figure is whose is a guess.
        if doc[r].contains("分别") { return nil }
        var lo = r.lowerBound, hi = r.upperBound
        var changed = true
        while changed && lo < hi {
            changed = false
            // `2025年全省地区生产总值`: the year is not part of the name.
            if hi - lo > 5, (lo..<(lo + 4)).allSatisfy({ doc.chars[$0].isASCIIDigit }), doc.chars[lo + 4] == "年" {
                lo += 5
                changed = true
            }
            // `1-11月社会消费品零售总额`, `上半年税收收入`: the part of the year is the record's period, not its name.
            var m = lo
            while m < hi, doc.chars[m].isASCIIDigit || (m > lo && FigureScanner.isRangeMark(doc.chars[m])) { m += 1 }
            if m > lo, m + 1 < hi, doc.chars[m] == "月", doc.chars[m - 1].isASCIIDigit {
                lo = m + 1
                changed = true
            }
            for w in Vocabulary.periodWords where doc.has(w, at: lo) && lo + w.count < hi {
                lo += w.count
                changed = true
                break
            }
            for w in Vocabulary.indicatorPrefixes where doc.has(w, at: lo) && lo + w.count < hi {
                if Vocabulary.regionPrefixes.contains(w), doc.has("生产总值", at: lo + w.count) { continue }
                lo += w.count
                changed = true
                break
            }
            for w in Vocabulary.indicatorSuffixes where doc.has(w, endingAt: hi) && hi - w.count > lo {
                hi -= w.count
                changed = true
                break
            }
            while lo < hi, doc.chars[lo].isSpaceLike || doc.chars[lo] == "—" { lo += 1; changed = true }
            while hi > lo, doc.chars[hi - 1].isSpaceLike { hi -= 1; changed = true }
        }
        guard lo < hi else { return nil }
        return (doc[lo..<hi], lo..<hi)
    }

    func isIndicatorName(_ name: String, headline: Bool) -> Bool {
        // A name the table knows is one, brackets included (地区生产总值(GDP)).
        if Vocabulary.indicatorNames.contains(name) || IndicatorNames.isKnown(name) { return true }
        guard (2...20).contains(name.count), !name.contains(where: { $0.isASCIIDigit }),
              !name.contains("等"), !name.contains("、"), !name.contains("(") else { return false }
        return headline && Vocabulary.indicatorEndings.contains { name.hasSuffix($0) } && !name.hasPrefix("占")
    }

    /// The indicator a target refers to: the same name, the name without its region, or GDP for any
    /// 生产总值.
    func linkedIndicator(_ name: String) -> String? {
        let names = indicators.compactMap { $0.text("name") }
        let canonical = IndicatorNames.canonical(name)
        if names.contains(canonical) { return canonical }
        if names.contains(name) { return name }
        for p in Vocabulary.regionPrefixes where name.hasPrefix(p) {
            let rest = String(name.dropFirst(p.count))
            if names.contains(rest) { return rest }
        }
        if name.hasSuffix("生产总值") { return names.first { $0.hasSuffix("生产总值") } }
        return nil
    }

    /// For a target with no indicator of the report year: says so, naming the indicator that covers part of
    /// it when there is one (进出口总额 → 出口总额).
    func missingIndicatorNote(_ name: String) -> String {
        let year = meta.reportYear.isEmpty ? "" : meta.reportYear + "年"
        let names = indicators.compactMap { $0.text("name") }
        if let near = names.first(where: { $0.count >= 2 && $0 != name && (name.hasSuffix($0) || $0.hasSuffix(name)) }) {
            return "\(year)指标无\(name),只有\(near)"
        }
        return "\(year)指标无\(name)"
    }

    // MARK: Targets

    mutating func readTargets() {
        let planned = clauses.statements.indices.filter { role(at: figures[clauses.statements[$0].figure].start) == .plan }
        var drafts: [Record] = readRespectively(planned, asTargets: true)
        let statements = clauses.statements
        for (k, st) in statements.enumerated() where !st.used {
            doc.work.steps &+= 1
            let f = figures[st.figure]
            guard role(at: f.start) == .plan, isGrowth(st), isPlanYears(st) else { continue }
            var nameRange = st.name
            if st.relational {
                // `地区生产总值2.3万亿元左右,增长5.5%`: the growth of the item before it.
                guard let p = previous(k), !statements[p].relational else { continue }
                nameRange = statements[p].name
            }
            guard let (name, range) = indicatorName(nameRange), isTargetName(name, sentence: st.sentence),
                  !drafts.contains(where: { $0.text("name") == IndicatorNames.canonical(name) }) else { continue }
            var r = Record(quote: range.lowerBound..<figureEnd(st))
            let link = linkedIndicator(name)
            r.set("name", IndicatorNames.canonical(name))
            r.set("wording", name)
            r.set("growth", growth(st))
            r.set("upper", upper(st))
            r.set("note", (f.isPercentRange ? f.upperAfter : f.after).flatMap { ["左右", "以上", "以下", "上下"].contains($0) ? $0 : nil }
                ?? (link == nil ? missingIndicatorNote(IndicatorNames.canonical(name)) : nil))
            r.set("indicator", link)
            drafts.append(r)
            clauses.statements[k].used = true
            useFarEnd(of: k)
        }
        // 与去年同期持平: a growth of 0%.
        for (si, s) in clauses.sentences.enumerated() where role(at: s.range.lowerBound) == .plan {
            for seg in s.segments {
                doc.work.steps &+= 1
                guard let at = doc.find("持平", from: seg.lowerBound, to: seg.upperBound) else { continue }
                var p = at
                while p > seg.lowerBound, !(doc.chars[p] == "与" || doc.has("同比", at: p) || doc.has("保持", at: p)) { p -= 1 }
                guard p > seg.lowerBound, let (name, range) = indicatorName(seg.lowerBound..<p),
                      isTargetName(name, sentence: si),
                      !drafts.contains(where: { $0.text("name") == IndicatorNames.canonical(name) }) else { continue }
                var r = Record(quote: range.lowerBound..<(at + 2))
                r.set("name", IndicatorNames.canonical(name))
                r.set("wording", name)
                r.set("growth", "0%")
                r.set("note", doc[p..<(at + 2)])
                r.set("indicator", linkedIndicator(name))
                drafts.append(r)
            }
        }
        targets = drafts.sorted { $0.position < $1.position }
    }

    /// Whether a growth in the plan chapter can be the plan year's target: not an average over the years of a
    /// five-year plan (年均, 十五五) or a figure of another year written before it.
    func isPlanYears(_ st: FigureInContext) -> Bool {
        let lead = text(st.lead) + text(st.name)
        if ["年均", "十五五", "五年"].contains(where: { lead.contains($0) }) { return false }
        if let y = yearWritten(in: st.segment, before: figures[st.figure].start),
           !meta.planYear.isEmpty, y != meta.planYear {
            return false
        }
        return true
    }

    /// Whether a growth in the plan chapter names a target: a headline indicator's name, the name of an
    /// indicator of the report year, an indicator-like name in a sentence about 目标 or in a bullet, or the
    /// head of a paragraph that goes on to give its reasons (主要考虑).
    func isTargetName(_ name: String, sentence si: Int) -> Bool {
        guard isIndicatorName(name, headline: true) || (2...12).contains(name.count) else { return false }
        guard !name.contains(where: { $0.isASCIIDigit }), !name.contains("等"), !name.contains("、") else { return false }
        if isIndicatorName(name, headline: false) || linkedIndicator(name) != nil { return true }
        let s = clauses.sentences[si]
        let sentenceText = doc[s.range]
        let line = doc[doc.trimmed(doc.lines[s.line])]
        if isIndicatorName(name, headline: true), sentenceText.contains("目标") || line.hasPrefix("—") { return true }
        return s.opensParagraph && line.contains("主要考虑") && name.count <= 12
    }
}
