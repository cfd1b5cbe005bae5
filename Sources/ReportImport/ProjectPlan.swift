/// The key-project plan (projects, projectTotals) and the report year's key projects (keyProjects).
///
/// A plan row reads `SECTOR项目N个,总投资X亿元,年度计划投资Y亿元`; a row whose subject is a status (在建,
/// 预备, 续建, 新开工 …) is that status's total and sets the status of the rows after it; a row whose subject
/// names the key projects as a whole (重点项目) is the plan's total.
extension Analysis {
    mutating func readProjectPlan() {
        var status: String?
        var lastRowEnd = 0
        let statements = clauses.statements
        for (k, st) in statements.enumerated() where !st.used {
            doc.work.steps &+= 1
            let f = figures[st.figure]
            guard f.kind == .quantity, f.isMoney, role(at: f.start) == .plan else { continue }
            let lead = text(st.lead)
            guard lead.hasSuffix("总投资") || lead.hasSuffix("总投资为") || lead.hasSuffix("计划总投资") else { continue }
            // The count before the total, in the same sentence.
            var count: Int?
            for j in stride(from: k - 1, through: max(0, k - 2), by: -1) where statements[j].sentence == st.sentence {
                let g = figures[statements[j].figure]
                if g.isMoney { break }
                if !statements[j].used, g.kind == .quantity, g.unit == "个" || g.unit == "项" { count = j; break }
            }
            // The investment planned for the year, after it.
            var annual: Int?
            if k + 1 < statements.count, statements[k + 1].sentence == st.sentence, !statements[k + 1].used,
               figures[statements[k + 1].figure].isMoney {
                let l = text(statements[k + 1].lead)
                if ["计划投资", "年度投资", "当年投资", "计划完成投资", "年度计划", "当年计划"].contains(where: { l.contains($0) }) {
                    annual = k + 1
                }
            }
            let anchor = count.map { figures[statements[$0].figure].start } ?? st.lead.upperBound
            guard let subject = planSubject(before: anchor, in: sentence(of: st).range) else { continue }
            // `按领域分,产业类项目…`: the rows after it break down the whole plan, not the last status.
            let between = doc[min(lastRowEnd, subject.range.lowerBound)..<subject.range.lowerBound]
            if ["按领域", "按行业", "分领域", "分行业", "按类别", "从领域", "从行业"].contains(where: { between.contains($0) }) {
                status = nil
            }
            let last = annual ?? k
            var r = Record(quote: subject.range.lowerBound..<figures[statements[last].figure].end)
            let s = subject.text
            let number = count.map { figures[statements[$0].figure].quantity }
            let total = f.quantity
            let invest = annual.map { figures[statements[$0].figure].quantity }
            if s.isEmpty || s.contains("重点") || ["全部", "合计", "总计", "全年"].contains(s) {
                r.set("status", "全部")
                status = nil
                setFigures(&r, number, total, invest)
                projectTotals.append(r)
            } else if Vocabulary.planStatuses.contains(s) || (s.count <= 5 && Vocabulary.planStatuses.contains { s.hasSuffix($0) }) {
                r.set("status", s)
                status = s
                setFigures(&r, number, total, invest)
                projectTotals.append(r)
            } else {
                r.set("status", status ?? "全部")
                r.set("sector", s.hasSuffix("类") && s.count > 1 ? String(s.dropLast()) : s)
                setFigures(&r, number, total, invest)
                projects.append(r)
            }
            clauses.statements[k].used = true
            if let count { clauses.statements[count].used = true }
            if let annual { clauses.statements[annual].used = true }
            lastRowEnd = r.quote.upperBound
        }
    }

    private func setFigures(_ r: inout Record, _ number: String?, _ total: String, _ invest: String?) {
        r.set("number", number)
        r.set("total", total)
        r.set("invest2024", invest)
    }

    /// The words before the nearest 项目 ending at most a few characters before `anchor`: 在建, 工业, 区级重点.
    func planSubject(before anchor: Int, in sentence: Range<Int>) -> (text: String, range: Range<Int>)? {
        var p = anchor
        var gap = 0
        while p - 2 >= sentence.lowerBound, !doc.has("项目", endingAt: p), gap <= 4 { p -= 1; gap += 1 }
        guard doc.has("项目", endingAt: p) else { return nil }
        let end = p - 2
        var start = end
        while start > sentence.lowerBound, doc.chars[start - 1].isHan { start -= 1 }
        var changed = true
        while changed {
            changed = false
            for w in ["其中", "安排", "全市共", "全区共", "全县共", "全省共", "全市", "全区", "全县", "全省", "共", "年度", "年"]
            where doc.has(w, at: start) && start + w.count <= end {
                start += w.count
                changed = true
            }
        }
        return (doc[start..<end], start..<end)
    }

    /// Key projects by level: `18个省级重点项目完成投资127亿元`, `省重点项目46个,完成投资312.5亿元`.
    mutating func readKeyProjects() {
        for (si, s) in clauses.sentences.enumerated() where role(at: s.range.lowerBound) == .results {
            for (n, seg) in s.segments.enumerated() {
                doc.work.steps &+= 1
                guard let at = doc.find("重点项目", from: seg.lowerBound, to: seg.upperBound) else { continue }
                // A one-character level (省, 市, 区) not when it ends another word: 园区重点项目, 城市重点项目.
                guard let level = Vocabulary.projectLevels.first(where: {
                    doc.has($0.word, endingAt: at)
                        && ($0.word.count > 1 || !"园社街景新城片港校都超门辖郊".contains(doc.at(at - 2)))
                }) else { continue }
                let next = n + 1 < s.segments.count ? s.segments[n + 1] : nil
                let members = statements(ofSentence: si).filter {
                    let st = clauses.statements[$0]
                    return st.sentence == si && !st.used && (st.segment == seg || st.segment == next)
                }
                guard let invested = members.first(where: {
                    let f = figures[clauses.statements[$0].figure]
                    return f.isMoney && f.start > at && text(clauses.statements[$0].lead).contains("投资")
                }) else { continue }
                let count = members.first {
                    let st = clauses.statements[$0]
                    let u = figures[st.figure].unit
                    return st.segment == seg && (u == "个" || u == "项")
                }
                var r = Record(quote: seg.lowerBound..<figures[clauses.statements[invested].figure].end)
                r.set("level", level.level)
                r.set("number", count.map { figures[clauses.statements[$0].figure].quantity })
                r.set("invested", figures[clauses.statements[invested].figure].quantity)
                keyProjects.append(r)
                clauses.statements[invested].used = true
                if let count { clauses.statements[count].used = true }
            }
        }
    }
}
