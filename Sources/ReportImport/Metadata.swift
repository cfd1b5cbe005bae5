/// Stage 2: the report's metadata, read from the lines before its first chapter.
///
/// A published report opens with labelled lines (索引号, 发布机构, 公文生成日期, 时间), its title (关于…的报告),
/// the meeting it was given at (——…在…人民代表大会…会议上) and its speaker (…局局长 姓名). Those lines hold
/// dates and index numbers, not figures: ``frontLines`` lists them so later stages skip them.
struct Metadata {
    /// `reportql/1` meta keys and values, in schema order.
    var fields: [(key: String, value: String)] = []
    var region = ""
    var reportYear = ""
    var planYear = ""
    /// Lines (indices into ``Document/lines``) that are metadata, title, meeting or speaker.
    var frontLines: Set<Int> = []

    static func read(_ doc: Document) -> Metadata {
        var m = Metadata()
        var values = m.readFrontLines(doc)
        let title = values["title"] ?? ""
        m.readYears(doc, title: title, meeting: values["meeting"])
        m.region = Self.region(title: title, meeting: values["meeting"], office: values["office"] ?? values["speakerTitle"])
        values["region"] = m.region.isEmpty ? nil : m.region
        values["reportYear"] = m.reportYear.isEmpty ? nil : m.reportYear
        values["planYear"] = m.planYear.isEmpty ? nil : m.planYear
        for key in ["title", "office", "index", "generated", "published", "meeting", "speaker", "speakerTitle",
                    "region", "reportYear", "planYear"] {
            if let v = values[key] { m.fields.append((key, v)) }
        }
        return m
    }

    /// The labelled lines, title, meeting and speaker before the first chapter: their values by meta key,
    /// each line read recorded in ``frontLines``.
    mutating func readFrontLines(_ doc: Document) -> [String: String] {
        var values: [String: String] = [:]
        var titleLine: Int?
        for (n, line) in doc.lines.enumerated() {
            let r = doc.trimmed(line)
            if r.isEmpty { continue }
            let s = doc[r]
            if Outline.chapterHeading(doc, r) != nil { break }
            // Labelled lines: the label may be spaced out (索 引 号).
            if let colon = s.firstIndex(where: { $0 == ":" }) {
                let label = String(s[..<colon].filter { !$0.isSpaceLike })
                if let entry = Vocabulary.metaLabels.first(where: { $0.label == label }) {
                    let value = String(s[s.index(after: colon)...]).trimmingSpaceLike()
                    if values[entry.key] == nil, !value.isEmpty { values[entry.key] = value }
                    frontLines.insert(n)
                    continue
                }
            }
            if titleLine == nil, s.hasPrefix("关于") || s.contains("的报告"), s.contains("报告"),
               s.contains("计划") || s.contains("国民经济"), s.count <= 160, !s.hasSuffix("。") {
                titleLine = n
                values["title"] = s
                frontLines.insert(n)
                continue
            }
            if titleLine == nil, Self.isWorkReportTitle(s) {
                titleLine = n
                values["title"] = s
                frontLines.insert(n)
                continue
            }
            if values["meeting"] == nil, s.contains("人民代表大会") || s.contains("会议上") || s.contains("日在"), s.count <= 100,
               s.hasPrefix("—") || s.contains("会议上") {
                values["meeting"] = s
                frontLines.insert(n)
                continue
            }
            if values["speaker"] == nil, titleLine != nil, s.count <= 40, !s.contains(":"), !s.contains("各位代表"),
               let space = s.lastIndex(where: { $0 == " " || $0 == "\u{A0}" || $0 == "\u{3000}" }) {
                let name = String(s[s.index(after: space)...]).trimmingSpaceLike()
                let office = String(s[..<space]).trimmingSpaceLike()
                if (2...4).contains(name.count), name.allSatisfy(\.isHan), !office.isEmpty {
                    values["speaker"] = name
                    values["speakerTitle"] = office
                    frontLines.insert(n)
                }
            }
        }
        return values
    }

    /// The year reported on and the year planned, from the title, the meeting or the text.
    mutating func readYears(_ doc: Document, title: String, meeting: String?) {
        // Years: the year reported on, then the year planned, as the title (or the text) gives them.
        var years: [String] = []
        for source in [title, doc.text] {
            for y in Self.years(in: source) where !years.contains(y) { years.append(y) }
            if years.count >= 2 { break }
        }
        reportYear = years.first ?? ""
        if let work = Self.workReportYears(title: title, meeting: meeting) {
            reportYear = work.report
            planYear = work.plan
        } else if years.count > 1, let a = Int(years[0]), let b = Int(years[1]), b == a + 1 {
            planYear = years[1]
        } else if let a = Int(reportYear) {
            planYear = String(a + 1)
        }
        // A government work report (政府工作报告) is dated by the year it plans: 2026年…政府工作报告 reviews 2025.
        if title.isEmpty || !title.contains("计划"), let y = Int(years.first ?? ""),
           Self.openingMentions("政府工作报告", doc) {
            reportYear = String(y - 1)
            planYear = String(y)
        }
    }

    /// Whether `word` stands in a line before the first chapter.
    static func openingMentions(_ word: String, _ doc: Document) -> Bool {
        for line in doc.lines {
            let r = doc.trimmed(line)
            if Outline.chapterHeading(doc, r) != nil { return false }
            if doc.find(word, from: r.lowerBound, to: min(r.upperBound, r.lowerBound + 80)) != nil { return true }
        }
        return false
    }

    /// Four-digit years written before 年, in order.
    static func years(in s: String) -> [String] {
        let c = Array(s)
        var out: [String] = []
        var i = 0
        while i + 4 < c.count {
            if c[i].isASCIIDigit, i == 0 || !c[i - 1].isASCIIDigit,
               c[i + 1].isASCIIDigit, c[i + 2].isASCIIDigit, c[i + 3].isASCIIDigit, c[i + 4] == "年",
               let y = Int(String(c[i..<(i + 4)])), (1949...2100).contains(y) {
                out.append(String(y))
                i += 4
                continue
            }
            i += 1
        }
        return out
    }

    /// The region the report is about: 泉港区 in 关于泉港区2023年…, else the meeting's or office's region.
    static func region(title: String, meeting: String?, office: String?) -> String {
        let endings: [Character] = ["省", "市", "区", "县", "州", "旗", "盟"]
        // `关于泉港区2023年…` or, without 关于, `松江县2024年…的报告`: the words before the first year.
        if !title.isEmpty {
            let rest = title.hasPrefix("关于") ? title.dropFirst(2) : Substring(title)
            let name = String(rest.prefix { !$0.isASCIIDigit && $0 != "关" })
            if let last = name.last, endings.contains(last), name.count <= 12, name.count >= 2 { return name }
        }
        let fromTitle = region(workReportTitle: title)
        if !fromTitle.isEmpty { return fromTitle }
        if let meeting {
            let name = region(meeting: meeting)
            if !name.isEmpty { return name }
        }
        if let office, let range = office.firstRange(of: "发展和改革") {
            let name = String(office[..<range.lowerBound])
            if name.count >= 2 { return name }
        }
        return ""
    }
}

extension StringProtocol {
    /// Without spaces, no-break spaces and bullets at either end.
    func trimmingSpaceLike() -> String {
        var s = Substring(self)
        while let f = s.first, f.isSpaceLike { s = s.dropFirst() }
        while let l = s.last, l.isSpaceLike { s = s.dropLast() }
        return String(s)
    }
}
