/// A sentence of the report: up to 。！？ or the end of its line.
struct Sentence {
    var range: Range<Int>
    var line: Int
    /// Whether it is the first sentence of its line (paragraph).
    var opensParagraph: Bool
    var segments: [Range<Int>]
}

/// One figure with the words around it: the stage after which every collection is a matter of patterns.
struct FigureInContext {
    var figure: Int
    var sentence: Int
    var segment: Range<Int>
    /// The words before the figure (after the figure before it in the segment), qualifier excluded.
    var lead: Range<Int>
    /// The growth word that ends the lead, when there is one.
    var growthWord: String?
    var fall = false
    /// The lead without its growth word: the name of what the figure measures, when the lead states one.
    var name: Range<Int>
    /// Whether the lead states a relation to the statement before (a growth, a comparison, a rank, a share)
    /// rather than a new subject — or states nothing at all.
    var relational: Bool
    /// The words after the figure, to the next figure or the end of the segment.
    var trailing: Range<Int>
    var used = false
}

/// Stage 5: sentences, their segments (split at , ; : 、 outside brackets and quotes), and a statement for
/// every figure.
struct SentenceAnalysis {
    var sentences: [Sentence] = []
    var statements: [FigureInContext] = []

    static func build(_ doc: Document, figures: [Figure], skipLines: Set<Int>) -> SentenceAnalysis {
        var c = SentenceAnalysis()
        for (n, line) in doc.lines.enumerated() where !skipLines.contains(n) {
            let r = doc.trimmed(line)
            if r.isEmpty { continue }
            var start = r.lowerBound
            var first = true
            var i = r.lowerBound
            while i <= r.upperBound {
                doc.work.steps &+= 1
                let ch = doc.at(i)
                let enumerator = i > start && isInlineEnumerator(doc, at: i)
                if i == r.upperBound || ch == "。" || ch == "!" || ch == "?" || enumerator {
                    let end = i == r.upperBound || enumerator ? i : i + 1
                    let s = doc.trimmed(start..<end)
                    if !s.isEmpty {
                        c.sentences.append(Sentence(range: s, line: n, opensParagraph: first, segments: segments(doc, s)))
                        first = false
                    }
                    start = end
                }
                i += 1
            }
        }
        // Statements: every figure that counts, in its segment.
        var fi = 0
        for (si, s) in c.sentences.enumerated() {
            for seg in s.segments {
                while fi < figures.count, figures[fi].start < seg.lowerBound { fi += 1 }
                var k = fi
                var leadStart = seg.lowerBound
                var members: [Int] = []
                while k < figures.count, figures[k].start < seg.upperBound {
                    if figures[k].isFigure { members.append(k) }
                    k += 1
                }
                for (m, f) in members.enumerated() {
                    let fig = figures[f]
                    var leadEnd = fig.before != nil ? fig.beforeStart : fig.start
                    if fig.kind == .rank, doc.at(leadEnd - 1) == "第" { leadEnd -= 1 }
                    let lead = doc.trimmed(leadStart..<max(leadStart, leadEnd))
                    let nextStart = m + 1 < members.count ? figures[members[m + 1]].beforeStart : seg.upperBound
                    let trailing = doc.trimmed(min(fig.end, nextStart)..<max(min(fig.end, nextStart), nextStart))
                    c.statements.append(statement(doc, figure: f, fig, sentence: si, segment: seg, lead: lead,
                                                  trailing: trailing))
                    leadStart = max(leadStart, fig.end)
                }
                fi = k
            }
        }
        return c
    }

    /// An enumerator (二是, 三要 … 十是) written straight after the words of the sentence before, its full
    /// stop lost: `…4.35亿元三是营商环境…`, `…审议通过目标二是基础设施…`. It starts a new sentence. 一是/一要 are
    /// not taken here (统一是, 之一是); 二 to 十 after a numeral (二十是) or 第 are not an enumerator.
    static func isInlineEnumerator(_ doc: Document, at i: Int) -> Bool {
        let c = doc.at(i)
        guard c.isChineseNumeral, c != "一", doc.at(i + 1) == "是" || doc.at(i + 1) == "要", doc.at(i + 2).isHan else {
            return false
        }
        let p = doc.at(i - 1)
        guard !p.isChineseNumeral, p != "第", p != "不", p != "再", p != "之", p != "唯", p != "统" else { return false }
        return p.isHan || p.isASCIIDigit || p == "%" || p == ")" || p == "”"
    }

    /// The segments of a sentence: split at , ; : 、 and ——, outside brackets and quotes.
    static func segments(_ doc: Document, _ s: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var bracket = 0, quote = 0
        var start = s.lowerBound
        var i = s.lowerBound
        while i < s.upperBound {
            doc.work.steps &+= 1
            let c = doc.chars[i]
            if c.isOpeningBracket { bracket += 1 } else if c.isClosingBracket { bracket = max(0, bracket - 1) }
            if c.isOpeningQuote { quote += 1 } else if c.isClosingQuote { quote = max(0, quote - 1) }
            let separator = (c == "," && !FigureScanner.isThousands(doc, at: i)) || c == ";" || c == ":" || c == "、"
                || c == "。" || c == "!" || c == "?" || (c == "—" && !isPercentRangeMark(doc, at: i))
            if separator && bracket == 0 && quote == 0 {
                let r = doc.trimmed(start..<i)
                if !r.isEmpty { out.append(r) }
                start = i + 1
            }
            i += 1
        }
        let r = doc.trimmed(start..<s.upperBound)
        if !r.isEmpty { out.append(r) }
        return out
    }

    /// A — between the two ends of a range of percentages (`5%—5.5%`): it joins, and does not split.
    static func isPercentRangeMark(_ doc: Document, at i: Int) -> Bool {
        let p = doc.at(i - 1)
        guard p.isASCIIDigit || p == "%", let end = FigureScanner.rangeEnd(doc, from: i + 1, lineEnd: doc.count) else {
            return false
        }
        return doc.at(end) == "%"
    }

    static func statement(_ doc: Document, figure: Int, _ fig: Figure, sentence: Int, segment: Range<Int>,
                          lead: Range<Int>, trailing: Range<Int>) -> FigureInContext {
        // Words that join a clause to the one before are not part of what it names.
        var lo = lead.lowerBound
        var stripped = true
        while stripped {
            stripped = false
            for w in ["以及", "并且", "同时", "并", "和", "及", "且", "而", "另外"] where doc.has(w, at: lo) && lo + w.count < lead.upperBound {
                lo += w.count
                stripped = true
            }
            if lo < lead.upperBound, doc.chars[lo] == "(" || doc.chars[lo] == ")" || doc.chars[lo].isListMarker {
                lo += 1
                stripped = true
            }
        }
        var hi = lead.upperBound
        while hi > lo, ["为", "了", "是"].contains(doc.chars[hi - 1]) { hi -= 1 }
        var growth: String?
        var fall = false
        // The longest growth word that ends the lead: 负增长, not its 增长.
        if fig.isPercent, let g = Vocabulary.growthWords.filter({ doc.has($0.word, endingAt: hi) && hi - $0.word.count >= lo })
            .max(by: { $0.word.count < $1.word.count }) {
            growth = g.word
            fall = g.fall
            hi -= g.word.count
        }
        let name = doc.trimmed(lo..<max(lo, hi))
        let leadText = doc[lo..<lead.upperBound]
        let relational = lo >= lead.upperBound
            || Vocabulary.relations.contains { leadText.hasPrefix($0) }
            || (leadText.hasPrefix("占") && (leadText.contains("比重") || leadText.contains("比例") || leadText.contains("份额")))
            || (growth != nil && name.isEmpty)
        return FigureInContext(figure: figure, sentence: sentence, segment: segment, lead: lo..<lead.upperBound,
                         growthWord: growth, fall: fall, name: name, relational: relational, trailing: trailing)
    }
}
