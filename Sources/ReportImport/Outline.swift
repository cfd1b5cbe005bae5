internal import ReportModel

/// Stage 3: the report's sections, placed exactly where the `reportql/1` loader will place them.
///
/// Chapters are lines that begin `一、`; their parts begin `(一)` (or, in a chapter without such parts, a
/// short `1.` heading). The opening before the first chapter is `正文`; the closing address that begins
/// `各位代表` after the last chapter is `结语`. The loader finds a section by searching for its title from
/// the previous section on; where that search would land elsewhere, the section gets a `heading` that it
/// cannot miss.
struct Outline {
    enum Role: Equatable {
        case opening, results, plan, other, closing
    }

    struct Section {
        var id: String
        var title: String
        var parent: String?
        var heading: String?
        /// Character index of the heading's marker (一、 or (一)), or of the closing's first word.
        var markerStart: Int
        /// Character index where the title text starts.
        var titleStart: Int
        var role: Role
        /// The loader's UTF-8 range of the section.
        var bytes: Range<Int> = 0..<0
    }

    var sections: [Section] = []
    /// Lines that are page furniture: not the report.
    var furnitureLines: Set<Int> = []

    /// `一、标题…` at the start of a trimmed line: the numeral and where the title starts.
    static func chapterHeading(_ doc: Document, _ r: Range<Int>) -> (numeral: String, titleStart: Int)? {
        var i = r.lowerBound
        while i < r.upperBound, doc.chars[i].isChineseNumeral { i += 1 }
        guard i > r.lowerBound, i - r.lowerBound <= 3, i < r.upperBound, doc.chars[i] == "、" || doc.chars[i] == "." else {
            return nil
        }
        return (doc[r.lowerBound..<i], skipSpaces(doc, i + 1, r.upperBound))
    }

    static func skipSpaces(_ doc: Document, _ i: Int, _ end: Int) -> Int {
        var k = i
        while k < end, doc.chars[k].isSpaceLike { k += 1 }
        return k
    }

    /// `(一)标题…` at the start of a trimmed line.
    static func partHeading(_ doc: Document, _ r: Range<Int>) -> (numeral: String, titleStart: Int)? {
        var i = r.lowerBound
        guard i < r.upperBound, doc.chars[i] == "(" else { return nil }
        i += 1
        let n0 = i
        while i < r.upperBound, doc.chars[i].isChineseNumeral { i += 1 }
        guard i > n0, i - n0 <= 3, i < r.upperBound, doc.chars[i] == ")" else { return nil }
        return (doc[n0..<i], skipSpaces(doc, i + 1, r.upperBound))
    }

    /// `1.标题` or `1、标题` at the start of a trimmed line.
    static func digitHeading(_ doc: Document, _ r: Range<Int>) -> (number: String, titleStart: Int)? {
        var i = r.lowerBound
        while i < r.upperBound, doc.chars[i].isASCIIDigit { i += 1 }
        guard i > r.lowerBound, i - r.lowerBound <= 2, i + 1 < r.upperBound, doc.chars[i] == "." || doc.chars[i] == "、",
              !doc.chars[i + 1].isASCIIDigit else { return nil }
        return (doc[r.lowerBound..<i], skipSpaces(doc, i + 1, r.upperBound))
    }

    /// A heading's title: the rest of its line up to the first 。 (a part's title often runs into its text).
    static func title(_ doc: Document, from start: Int, lineEnd: Int) -> String {
        var e = start
        while e < lineEnd, doc.chars[e] != "。", doc.chars[e] != ":" || e == start { e += 1 }
        return doc[doc.trimmed(start..<e)]
    }

    static func isFurniture(_ doc: Document, _ r: Range<Int>) -> Bool {
        guard r.count <= 40 else { return false }
        let s = doc[r]
        return Vocabulary.furniture.contains { s.contains($0) }
    }

    static func build(_ doc: Document, meta: Metadata) -> Outline {
        var o = Outline()
        let headings = o.readHeadings(doc, meta: meta)
        var chapters = headings.chapters
        let parts = headings.parts
        assignRoles(&chapters, meta: meta)

        var all: [Section] = []
        let firstChapter = chapters.first?.section.markerStart ?? doc.count
        let opening = doc.trimmed(0..<firstChapter)
        if !opening.isEmpty || chapters.isEmpty {
            var s = Section(id: "正文", title: "正文", parent: nil, markerStart: 0, titleStart: 0, role: .opening)
            if chapters.isEmpty { s.role = .results }
            all.append(s)
        }
        for c in chapters {
            all.append(c.section)
            let role = c.section.role
            for var p in parts where p.parent == c.section.id {
                p.role = role
                all.append(p)
            }
        }
        if let last = chapters.last, let closing = closing(doc, after: last.line) { all.append(closing) }
        // Sections in text order (a closing found inside a chapter's parts would be out of order otherwise).
        all.sort { $0.markerStart < $1.markerStart }
        o.sections = all
        o.placeLikeTheLoader(doc)
        return o
    }

    /// The chapters (with their lines) and parts the headings give, in text order; furniture lines are
    /// recorded in ``furnitureLines`` and the metadata's front lines skipped. `1.` headings are parts only in a
    /// chapter that has no `(一)` parts.
    mutating func readHeadings(_ doc: Document, meta: Metadata)
        -> (chapters: [(section: Section, line: Int)], parts: [Section]) {
        var chapters: [(section: Section, line: Int)] = []
        var parts: [Section] = []
        var digitParts: [(chapter: Int, section: Section)] = []
        for (n, line) in doc.lines.enumerated() {
            doc.work.steps &+= 1
            let r = doc.trimmed(line)
            if r.isEmpty { continue }
            if Self.isFurniture(doc, r) { furnitureLines.insert(n); continue }
            if meta.frontLines.contains(n) { continue }
            if let h = Self.chapterHeading(doc, r) {
                let t = Self.title(doc, from: h.titleStart, lineEnd: r.upperBound)
                // A numeral met again is not a new chapter (the loader refuses duplicate ids).
                guard !t.isEmpty, !chapters.contains(where: { $0.section.id == h.numeral }) else { continue }
                chapters.append((Section(id: h.numeral, title: t, parent: nil, markerStart: r.lowerBound,
                                         titleStart: h.titleStart, role: .other), n))
            } else if let h = Self.partHeading(doc, r), let chapter = chapters.last {
                let t = Self.title(doc, from: h.titleStart, lineEnd: r.upperBound)
                let id = chapter.section.id + "(" + h.numeral + ")"
                guard !t.isEmpty, !parts.contains(where: { $0.id == id }) else { continue }
                parts.append(Section(id: id, title: t,
                                     parent: chapter.section.id, markerStart: r.lowerBound, titleStart: h.titleStart,
                                     role: .other))
            } else if let h = Self.digitHeading(doc, r), let chapter = chapters.last {
                let t = Self.title(doc, from: h.titleStart, lineEnd: r.upperBound)
                let id = chapter.section.id + "(" + h.number + ")"
                if !t.isEmpty, t.count <= 30, !t.contains(where: \.isASCIIDigit), !digitParts.contains(where: { $0.section.id == id }) {
                    digitParts.append((chapters.count - 1, Section(
                        id: id, title: t, parent: chapter.section.id,
                        markerStart: r.lowerBound, titleStart: h.titleStart, role: .other)))
                }
            }
        }
        // `1.` headings are parts only in a chapter that has no `(一)` parts.
        let chaptersWithParts = Set(parts.compactMap(\.parent))
        for (_, s) in digitParts where !chaptersWithParts.contains(s.parent ?? "") { parts.append(s) }
        return (chapters, parts)
    }

    /// Roles: the chapter on the report year (or the first chapter), then the plan chapters after it.
    static func assignRoles(_ chapters: inout [(section: Section, line: Int)], meta: Metadata) {
        var results: Int?
        for (k, c) in chapters.enumerated() {
            let t = c.section.title
            if (!meta.reportYear.isEmpty && t.contains(meta.reportYear) && !t.contains(meta.planYear.isEmpty ? "~" : meta.planYear))
                || t.contains("执行情况") || t.contains("完成情况") || t.contains("回顾") {
                results = k
                break
            }
        }
        if results == nil, !chapters.isEmpty { results = 0 }
        for k in chapters.indices {
            guard let r = results else { break }
            chapters[k].section.role = k == r ? .results : k > r ? .plan : .other
        }
    }

    /// The closing: the first line after the last chapter's heading (line `line`) that addresses the deputies.
    static func closing(_ doc: Document, after line: Int) -> Section? {
        for n in (line + 1)..<doc.lines.count {
            let r = doc.trimmed(doc.lines[n])
            if !r.isEmpty, doc.has("各位代表", at: r.lowerBound) {
                let head = doc[r.lowerBound..<min(r.upperBound, r.lowerBound + 12)]
                return Section(id: "结语", title: "结语", parent: nil, heading: head,
                               markerStart: r.lowerBound, titleStart: r.lowerBound, role: .closing)
            }
        }
        return nil
    }

    /// Gives a section a heading where the loader's search for its title would land elsewhere, then records
    /// the UTF-8 range the loader will compute for each section.
    mutating func placeLikeTheLoader(_ doc: Document) {
        var searchFrom = 0
        var starts: [Int] = []
        for k in sections.indices {
            let s = sections[k]
            let wanted = doc.utf8[s.titleStart]
            var candidates: [String?] = [s.heading]
            if s.heading == nil {
                candidates = [nil]
                if s.id == "正文" {
                    let first = doc.lines.map { doc.trimmed($0) }.first { !$0.isEmpty } ?? 0..<0
                    candidates.append(doc[first.lowerBound..<min(first.upperBound, first.lowerBound + 12)])
                } else {
                    let line = doc.lines[doc.lineIndex(of: s.markerStart)]
                    let end = min(doc.trimmed(line).upperBound, s.titleStart + s.title.count)
                    candidates.append(doc[s.markerStart..<end])
                    candidates.append(doc[s.markerStart..<doc.trimmed(line).upperBound])
                }
            }
            var start = searchFrom
            for (n, heading) in candidates.enumerated() {
                let marker = heading ?? s.title
                let found = marker.isEmpty ? nil : loaderFind(Array(marker.utf8), doc.bytes, from: searchFrom)
                let target = heading == nil ? wanted : doc.utf8[s.id == "正文" ? 0 : s.markerStart]
                let ok: Bool
                if s.id == "正文" {
                    ok = heading == nil ? found == nil : found != nil
                } else {
                    ok = found == target || (heading != nil && n == 0 && found != nil)
                }
                if ok || n == candidates.count - 1 {
                    sections[k].heading = heading
                    if let at = found { start = sectionStart(doc.bytes, foundAt: at) }
                    break
                }
            }
            searchFrom = start
            starts.append(start)
        }
        for k in sections.indices {
            var end = doc.bytes.count
            for j in (k + 1)..<max(k + 1, sections.count) {
                if sections[k].parent != nil || sections[j].parent == nil { end = starts[j]; break }
            }
            sections[k].bytes = starts[k]..<max(starts[k], end)
        }
    }

    /// The section the loader will report for the character at `i`: the deepest one holding it.
    func section(at i: Int, _ doc: Document) -> Section? {
        let b = doc.utf8[max(0, min(i, doc.count))]
        var best: Section?
        for s in sections where s.bytes.lowerBound <= b && b < s.bytes.upperBound {
            if best == nil || s.parent != nil { best = s }
        }
        return best
    }
}

/// The loader's search: the first offset at or after `from` where `needle` occurs.
func loaderFind(_ needle: [UInt8], _ haystack: [UInt8], from: Int, to: Int? = nil) -> Int? {
    let end = min(to ?? haystack.count, haystack.count)
    guard let first = needle.first, from >= 0, end - from >= needle.count else { return nil }
    var i = from
    let last = end - needle.count
    while i <= last {
        if haystack[i] == first {
            var k = 1
            while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
        }
        i += 1
    }
    return nil
}
