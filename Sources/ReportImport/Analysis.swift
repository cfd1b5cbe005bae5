internal import ReportModel

/// Stage 6: everything the collection passes share: the text, its outline, its figures and statements, and the records
/// found so far. Each pass marks the statements it uses, so a figure lands in one collection only.
struct Analysis {
    let doc: Document
    let meta: Metadata
    let outline: Outline
    var figures: [Figure]
    var clauses: SentenceAnalysis

    var indicators: [Record] = []
    var targets: [Record] = []
    var projects: [Record] = []
    var projectTotals: [Record] = []
    var keyProjects: [Record] = []
    var named: [Record] = []
    var facts: [Record] = []
    /// Sentences (indices) holding a number no pass could place.
    var unplaced: [Int] = []
    var unplacedSet: Set<Int> = []
    /// The statements each indicator (by canonical name) was read from.
    var indicatorStatements: [String: [Int]] = [:]
    /// Indices of the figures that are years, in text order (``yearWritten(in:before:)``).
    let yearFigures: [Int]

    init(doc: Document, meta: Metadata, outline: Outline, figures: [Figure], clauses: SentenceAnalysis) {
        self.doc = doc
        self.meta = meta
        self.outline = outline
        self.figures = figures
        self.clauses = clauses
        yearFigures = Self.yearFigures(figures, doc)
    }

    // MARK: Where things stand

    func role(at i: Int) -> Outline.Role {
        outline.section(at: i, doc)?.role ?? .other
    }

    /// The year a figure refers to when the text does not say: the report year in its chapter, the plan
    /// year in the plan's.
    func defaultYear(at i: Int) -> String? {
        switch role(at: i) {
        case .results: return meta.reportYear.isEmpty ? nil : meta.reportYear
        case .plan: return meta.planYear.isEmpty ? nil : meta.planYear
        default: return nil
        }
    }

    /// The last year written (2023年) in `r` before character `before`.
    ///
    /// Looks back from `before` to the start of `r` over the years written (an index of them, so a long sentence
    /// costs its own length once, not once per figure).
    func yearWritten(in r: Range<Int>, before: Int) -> String? {
        // The last year figure starting before min(before, r.upperBound).
        let end = min(before, r.upperBound)
        var lo = 0, hi = yearFigures.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if figures[yearFigures[mid]].start < end { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let f = figures[yearFigures[lo - 1]]
        return f.start >= r.lowerBound ? f.number : nil
    }

    /// The figures that are years (2023年), in text order.
    static func yearFigures(_ figures: [Figure], _ doc: Document) -> [Int] {
        figures.indices.filter { k in
            let f = figures[k]
            return f.kind == .date && f.number.count == 4 && doc.at(f.numberEnd) == "年"
                && Int(f.number).map({ (1949...2100).contains($0) }) == true
        }
    }

    /// The sentence holding character `i`, if any (sentences are in text order).
    func sentenceIndex(containing i: Int) -> Int? {
        var lo = 0, hi = clauses.sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if clauses.sentences[mid].range.upperBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return lo < clauses.sentences.count && clauses.sentences[lo].range.contains(i) ? lo : nil
    }

    /// The statements of sentence `si`: statements are in sentence order.
    func statements(ofSentence si: Int) -> Range<Int> {
        var lo = 0, hi = clauses.statements.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if clauses.statements[mid].sentence < si { lo = mid + 1 } else { hi = mid }
        }
        var e = lo
        while e < clauses.statements.count, clauses.statements[e].sentence == si { e += 1 }
        doc.work.steps &+= e - lo + 1
        return lo..<e
    }

    func text(_ r: Range<Int>) -> String { doc[r] }

    func sentence(of st: FigureInContext) -> Sentence { clauses.sentences[st.sentence] }

    /// The statement before `k` in the same sentence.
    func previous(_ k: Int) -> Int? {
        guard k > 0, clauses.statements[k - 1].sentence == clauses.statements[k].sentence else { return nil }
        return k - 1
    }

    /// A `%` figure after a growth word, outside brackets, that no share, limit, comparison or target word
    /// claims: the only figure that can be a growth.
    func isGrowth(_ st: FigureInContext) -> Bool {
        let f = figures[st.figure]
        // A range of growths (`增长5%—5.5%`) is a growth read at its low end, `upper` its high end; a fall written as
        // a range (`下降1%—2%`) is not: which end is the low one is a guess.
        guard f.kind == .quantity || (f.isPercentRange && !st.fall), f.isPercent, st.growthWord != nil, !f.inBracket,
              !isAmbiguous(st) else { return false }
        let lead = text(st.lead)
        return !Vocabulary.notGrowthMarks.contains { lead.contains($0) } && f.after != "以内"
    }

    /// `下降-1.3%`: a fall written with a negative number. Which sign is meant is a guess.
    func isAmbiguous(_ st: FigureInContext) -> Bool {
        st.fall && figures[st.figure].number.hasPrefix("-")
    }

    /// The signed growth of a growth statement: `-9.6%` for 下降9.6%.
    func growth(_ st: FigureInContext) -> String {
        let f = figures[st.figure]
        if st.fall, !f.number.hasPrefix("-") { return "-" + f.number + "%" }
        return f.number + "%"
    }

    /// The high end of a growth written as a range (`5.5%` of `增长5%—5.5%`); nil for one figure.
    func upper(_ st: FigureInContext) -> String? {
        let f = figures[st.figure]
        guard f.isPercentRange, let u = f.upper else { return nil }
        return u + f.unit
    }

    /// Where a statement's figure ends, the far end of its range included.
    func figureEnd(_ st: FigureInContext) -> Int {
        let f = figures[st.figure]
        return f.isPercentRange ? max(f.end, f.upperEnd) : f.end
    }

    /// Marks the far end of a range statement `k` (`5.5%` of `5%—5.5%`) used with it.
    mutating func useFarEnd(of k: Int) {
        guard figures[clauses.statements[k].figure].isPercentRange, k + 1 < clauses.statements.count,
              clauses.statements[k + 1].figure == clauses.statements[k].figure + 1 else { return }
        clauses.statements[k + 1].used = true
    }

    /// Every quantity string must be one `Quantity(parsing:)` reads (the loader's rule): a record with one
    /// that is not is left out, and its sentence reported.
    mutating func dropInvalidQuantities() {
        let keys: Set<String> = ["value", "growth", "upper", "number", "total", "invest2024", "invested"]
        func valid(_ r: Record) -> Bool {
            r.fields.allSatisfy { f in
                guard keys.contains(f.key), case .text(let s) = f.value else { return true }
                // The loader holds 18 significant digits exactly; a longer number is not placed.
                return Quantity(parsing: s) != nil && s.filter(\.isASCIIDigit).count <= 18
            }
        }
        func kept(_ records: [Record], _ dropped: inout [Int]) -> [Record] {
            for r in records where !valid(r) {
                if let s = sentenceIndex(containing: r.position) { dropped.append(s) }
            }
            return records.filter(valid)
        }
        var dropped: [Int] = []
        indicators = kept(indicators, &dropped)
        targets = kept(targets, &dropped)
        projects = kept(projects, &dropped)
        projectTotals = kept(projectTotals, &dropped)
        keyProjects = kept(keyProjects, &dropped)
        facts = kept(facts, &dropped)
        for s in dropped { leaveUnplaced(s) }
    }

    /// Records a sentence whose number could not be placed.
    mutating func leaveUnplaced(_ sentence: Int) {
        if unplacedSet.insert(sentence).inserted { unplaced.append(sentence) }
    }
}

extension Range where Bound == Int {
    /// The smallest range holding both.
    func joined(_ other: Range<Int>) -> Range<Int> {
        Swift.min(lowerBound, other.lowerBound)..<Swift.max(upperBound, other.upperBound)
    }
}
