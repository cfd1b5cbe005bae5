/// Counts and ranks written in Chinese numerals: `两条道路`, `三个专科`, `十大工程`, `位居全市第一`.
///
/// A run of numerals is a figure only when it is a whole number as written (十五, 二十, 三百, not 十四五) and a
/// classifier follows it (个, 条, 项, 大 …) or it is a rank (全市第一). Not a figure:
/// - 一 alone (an article or an idiom: 一个平台, 一批, 一系列, 一体化, 一流, 一站式), 二 alone (an ordinal or a
///   name: 二轮延包, 水质二类, 二道河, 二人转; a count of two is written 两), a run starting 百 or 千 (千名干部进千企);
/// - a count after 每, 前, 后 (每千名) or inside quotes (“三农”, “两新”, “十四五”);
/// - the names of meetings and rules: 党的二十大, 十九届, 省委十一届十次、十一次全会, 中央八项规定; a count right
///   after another numeral's word (四级三类, 六届八次), 年度十大, 铁人三项, 三次产业, 两位数 (增长), and set
///   phrases (两个大局, 两个市场、两种资源);
/// - a rank inside 分别 (`分别居全国第二、第七`: which figure it ranks is a guess) or used as an attribute
///   (`第一位的工作任务`); a threshold (`3个过三千亿元城市`, not `跨过两个万亿元大关`);
/// - a count in a heading or a glossary entry (`三、全力抓好七项重点工作`, `[10]两个基地、两个枢纽:`): a line
///   with no sentence end names a topic, it does not report one;
/// - a count whose noun runs straight into a figure (`两项补贴资金1096.61万元`: that figure's subject).
extension FigureScanner {
    static let numeralValues: [Unicode.Scalar: Int] = [
        "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    /// 统筹国内国际两个大局, 用好两个市场、两种资源, 发挥好两个积极性.
    static let setPhrases = ["两个大局", "两个市场", "两种资源", "两个积极性"]
    static let numeralPlaces: [Unicode.Scalar: Int] = ["十": 10, "百": 100, "千": 1000]

    static func isNumeralCharacter(_ c: Unicode.Scalar) -> Bool {
        numeralValues[c] != nil || numeralPlaces[c] != nil
    }

    /// The value of `s` when it is a whole number written the usual way (两, 十二, 二十, 三百零五), else nil.
    static func numeralValue(_ s: [Unicode.Scalar]) -> Int? {
        guard !s.isEmpty, s.count <= 5 else { return nil }
        var total = 0
        var digit: Int?
        var lastPlace = Int.max
        for c in s {
            if let d = numeralValues[c] {
                guard digit == nil else { return nil }   // 十四五: two digits in a row
                digit = d
            } else if let p = numeralPlaces[c] {
                guard p < lastPlace else { return nil }
                // 十 alone is ten; 百 and 千 need their digit.
                let d = digit ?? (p == 10 && total == 0 ? 1 : 0)
                guard d > 0 else { return nil }
                total += d * p
                digit = nil
                lastPlace = p
            }
        }
        if let d = digit {
            // 三百五 is 350 only after 百; keep it simple: a trailing digit adds units.
            total += d
        }
        return total > 0 ? total : nil
    }

    /// A figure written in Chinese numerals at `i` (the first numeral), or nil when the run is not one.
    static func chineseFigure(_ doc: Document, at i: Int, lineEnd: Int, lineStart: Int,
                              inBracket: Bool, inQuote: Bool) -> Figure? {
        guard !inQuote else { return nil }
        var e = i
        while e < lineEnd, e - i < 6, isNumeralCharacter(doc.chars[e]) { e += 1 }
        let run = Array(doc.chars[i..<e])
        guard let first = run.first, first != "百", first != "千", first != "〇", run != ["一"] || doc.at(i - 1) == "第",
              let value = numeralValue(run) else { return nil }
        let before = doc.at(i - 1)
        guard before != "每", before != "前", before != "后", run != ["二"] || before == "第" else { return nil }
        // 党的二十大, 十九届, 十一届十次、十一次全会: names of meetings; 四级三类: part of a name.
        if doc.has("大精神", at: e) || doc.has("大以来", at: e) || doc.has("大报告", at: e) || doc.has("大会", at: e)
            || doc.at(e) == "届" || doc.has("中全会", at: e) || doc.has("次会议", at: e) || doc.has("次全会", at: e)
            || doc.has("党的", endingAt: i) || before == "届" || (before.isHan && isNumeralCharacter(doc.at(i - 2)))
            || doc.has("年度", endingAt: i) || doc.has("铁人", endingAt: i) || doc.has("次产业", at: e) {
            return nil
        }
        // Set phrases of the genre that name a principle, not a count of things done.
        if setPhrases.contains(where: { doc.has($0, at: i) }) { return nil }
        if isHeadingLike(doc, lineStart: lineStart, lineEnd: lineEnd) { return nil }
        var f = Figure(kind: .quantity, start: i, numberEnd: e, unitEnd: e, end: e, number: String(value), unit: "",
                       before: nil, beforeStart: i, after: nil, inBracket: inBracket, inQuote: false)
        if before == "第" {
            // `位居全市第一`: a rank in a scope; `第一批`, `第二产业` are names.
            parseUnit(doc, &f, from: e, lineEnd: lineEnd)
            // `分别居全国第二、第七`: the rank of which figure is a guess; `第一位的工作任务`: an attribute.
            if doc.find("分别", from: max(lineStart, i - 8), to: i) != nil || doc.at(f.unitEnd) == "的" { return nil }
            if f.unit == "名" || f.unit == "位" {
                f.kind = .rank
                return f
            }
            let scoped = ["全国", "全省", "全市", "全区", "全县"].contains { doc.has($0, endingAt: i - 1) }
            let next = doc.at(e)
            guard f.unit.isEmpty, scoped, !next.isHan else { return nil }
            f.kind = .rank
            f.unit = "名"
            return f
        }
        parseUnit(doc, &f, from: e, lineEnd: lineEnd)
        // 两位数 (增长), 中央八项规定, 三人篮球: not counts of things.
        if (f.unit == "位" && doc.at(f.unitEnd) == "数") || (f.unit == "项" && doc.has("规定", at: f.unitEnd))
            || (f.unit == "人" && doc.at(f.unitEnd).isHan) {
            return nil
        }
        // `3个过三千亿元城市`, `超两万人口的镇`: a threshold inside a subject.
        if before == "过" || before == "超", !f.isCount, doc.at(f.end).isHan { return nil }
        // `残疾人两项补贴资金1096.61万元`: a count whose noun runs straight into a figure names that figure's subject.
        var k = f.end
        while k < lineEnd, k - f.end < 10, doc.chars[k].isHan { k += 1 }
        if doc.at(k).isASCIIDigit { return nil }
        // `十大工程`; `十大民生工程` has no unit the scanner can name (大民 is not one).
        if f.unit.hasPrefix("大"), doc.at(f.unitEnd).isHan { return nil }
        // A count needs its classifier (两条, 三个, 十大); 年, 天 … after a numeral are a span, not a count.
        guard !f.unit.isEmpty, !["年", "天", "岁", "期", "季", "周", "倍", "届", "周年", "年制", "分钟", "小时"].contains(f.unit),
              f.after == nil || f.after == "多" || f.after == "余" else { return nil }
        return f
    }

    /// A heading or a glossary entry: a line without a sentence end, up to 40 characters.
    static func isHeadingLike(_ doc: Document, lineStart: Int, lineEnd: Int) -> Bool {
        guard lineEnd - lineStart <= 40 else { return false }
        for k in lineStart..<lineEnd where "。;!?".unicodeScalars.contains(doc.chars[k]) { return false }
        return true
    }

    /// The figures written in Chinese numerals that the import reads in `text` (a normalised report text, as a
    /// model stores it), as UTF-8 ranges with their value: what the built-in report's own test counts as numbers.
    static func numeralFigures(in text: String) -> [(utf8: Range<Int>, value: String)] {
        let doc = Document(text)
        let meta = Metadata.read(doc)
        let outline = Outline.build(doc, meta: meta)
        let figures = scan(doc, skipLines: meta.frontLines.union(outline.furnitureLines))
        return figures.filter { $0.isFigure && isNumeralCharacter(doc.chars[$0.start]) }
            .map { (doc.utf8[$0.start]..<doc.utf8[$0.numberEnd], $0.number) }
    }
}
