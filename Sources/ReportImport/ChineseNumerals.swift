/// Counts and ranks written in Chinese numerals: `两条道路`, `三个专科`, `十大工程`, `位居全市第一`.
///
/// A run of numerals is a figure only when it is a whole number as written (十五, 二十, 三百, not 十四五) and a
/// classifier follows it (个, 条, 项, 大 …) or it is a rank (全市第一). Not a figure: 一 alone (an article:
/// 一个平台, 一批), a run starting 百 or 千 (千名干部进千企), a count after 每 (每千名), one inside quotes or a
/// name (党的二十大, 十九届).
extension FigureScanner {
    static let numeralValues: [Unicode.Scalar: Int] = [
        "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
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
        guard before != "每", before != "前", before != "后" else { return nil }
        // 党的二十大, 十九届: names of meetings.
        if doc.has("大精神", at: e) || doc.has("大以来", at: e) || doc.has("大报告", at: e) || doc.has("大会", at: e)
            || doc.at(e) == "届" || doc.has("中全会", at: e) || doc.has("次会议", at: e) {
            return nil
        }
        var f = Figure(kind: .quantity, start: i, numberEnd: e, unitEnd: e, end: e, number: String(value), unit: "",
                       before: nil, beforeStart: i, after: nil, inBracket: inBracket, inQuote: false)
        if before == "第" {
            // `位居全市第一`: a rank in a scope; `第一批`, `第二产业` are names.
            parseUnit(doc, &f, from: e, lineEnd: lineEnd)
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
}
