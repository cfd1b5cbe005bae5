/// One number of the text and what it is: a quantity with its unit, or a year, a date, part of a name …
struct Figure {
    enum Kind: Equatable {
        /// A figure with its unit: `623.68亿元`, `-9.6%`, `700多次`.
        case quantity
        /// A rank: `第3位`, `第1名` (a quantity whose unit is 位 or 名).
        case rank
        /// A number without a unit the import can name: not placed.
        case bare
        /// One end of a range (`6%-6.5%`, `99元至107元`): not placed as one figure, since which end is meant is a
        /// guess. Only a target's growth written as a range of percentages is placed, as both ends (`growth`
        /// and `upper`, ``Figure/upper``).
        case range
        /// A year (`2023年`), a date or a time (`9月`, `1-12月`, `09:09`).
        case date
        /// Part of a name (`“505”`, `G228线`, `5G`, `1+N`) or an ordinal (`第二批`, `第3批`).
        case name
        /// A list marker (`1.`, `(2)`).
        case marker
        /// A threshold inside a subject (`20亿元以上项目`, `超50万元村`): text, not a figure.
        case threshold
    }

    var kind: Kind
    /// First character: the sign or the first digit.
    var start: Int
    var numberEnd: Int
    /// End of the unit.
    var unitEnd: Int
    /// End of the unit and of a qualifier written after it (以上, 左右 …).
    var end: Int
    /// The number as written, with its sign: `-9.6`.
    var number: String
    /// The unit as the quantity string writes it: `亿元`, `%`, `百分点`, `万人`, `个`; empty when none.
    var unit: String
    /// A qualifier written before the number (约, 超, 突破 …), and where it starts.
    var before: String?
    var beforeStart: Int
    /// A qualifier written after the number or unit (多, 余, 以上, 以内, 左右 …).
    var after: String?
    var inBracket: Bool
    var inQuote: Bool
    /// For the near end of a percent range (`5%—5.5%`, `4.5-5%`): the far end's number (`5.5`) and where the far
    /// end's figure ends. The near end then carries the far end's unit when it has none of its own.
    var upper: String? = nil
    var upperEnd: Int = 0
    /// The qualifier written after the far end (`8—9%左右`).
    var upperAfter: String? = nil

    /// The near end of a range of percentages whose far end is known: a target written as a range.
    var isPercentRange: Bool { kind == .range && upper != nil && isPercent }

    /// Whether it counts as a figure of the report (a record's value, or an unplaced number).
    var isFigure: Bool { kind == .quantity || kind == .rank || kind == .bare || kind == .range }

    /// The `reportql/1` quantity string: `623.68亿元`.
    var quantity: String { number + unit }

    var isPercent: Bool { unit == "%" || unit == "‰" }

    /// Money, in 元 or 美元.
    var isMoney: Bool { unit.hasSuffix("元") }

    /// A count of things: 个, 家, 项 …, with or without a multiplier.
    var isCount: Bool {
        !unit.isEmpty && !isPercent && !isMoney && unit != "百分点" && !Vocabulary.units.contains(unit)
    }
}

/// Stage 4: every number of the text, classified.
///
/// The scanner never fails: a number it cannot classify is `.bare`, and the later stages report it.
enum FigureScanner {
    static func scan(_ doc: Document, skipLines: Set<Int>) -> [Figure] {
        var figures: [Figure] = []
        for (n, line) in doc.lines.enumerated() where !skipLines.contains(n) {
            var bracket = 0, quote = 0
            var i = line.lowerBound
            while i < line.upperBound {
                doc.work.steps &+= 1
                let c = doc.chars[i]
                if c.isOpeningBracket { bracket += 1 } else if c.isClosingBracket { bracket = max(0, bracket - 1) }
                if c.isOpeningQuote { quote += 1 } else if c.isClosingQuote { quote = max(0, quote - 1) }
                if c == "\"" { quote = quote > 0 ? 0 : 1 }
                if c.isASCIIDigit, !doc.at(i - 1).isASCIIDigit, doc.at(i - 1) != "." || !doc.at(i - 2).isASCIIDigit {
                    let f = figure(doc, at: i, lineEnd: line.upperBound, lineStart: line.lowerBound,
                                   inBracket: bracket > 0, inQuote: quote > 0)
                    figures.append(f)
                    i = max(i + 1, f.numberEnd)
                    continue
                }
                // `两条道路`, `位居全市第一` (ChineseNumerals.swift).
                if isNumeralCharacter(c), !isNumeralCharacter(doc.at(i - 1)),
                   let f = chineseFigure(doc, at: i, lineEnd: line.upperBound, lineStart: line.lowerBound,
                                         inBracket: bracket > 0, inQuote: quote > 0) {
                    figures.append(f)
                    i = max(i + 1, f.numberEnd)
                    continue
                }
                i += 1
            }
        }
        // The far end of a range: a figure right after a range mark that ends the figure before it.
        for k in figures.indices.dropFirst() where figures[k].kind == .quantity {
            let p = figures[k - 1]
            if p.kind == .range, p.end == figures[k].start - 1, isRangeMark(doc.at(figures[k].start - 1)) {
                figures[k].kind = .range
                // `5%—5.5%` and `4.5-5%` (the % written only after the far end): the far end is kept on the near
                // one. Both ends plain numbers, neither signed nor qualified; any other range stays unplaced.
                let far = figures[k]
                if far.isPercent, p.unit.isEmpty || p.unit == far.unit, p.before == nil, p.after == nil,
                   !p.number.hasPrefix("-"), !far.number.hasPrefix("-"), !isRangeMark(doc.at(far.end)) {
                    figures[k - 1].upper = far.number
                    figures[k - 1].upperEnd = far.end
                    figures[k - 1].upperAfter = far.after
                    figures[k - 1].unit = far.unit
                }
            }
        }
        markThresholds(doc, &figures)
        return figures
    }

    /// The number starting at `i` and what follows it.
    static func figure(_ doc: Document, at i: Int, lineEnd: Int, lineStart: Int, inBracket: Bool, inQuote: Bool) -> Figure {
        let e = numberEnd(doc, from: i, lineEnd: lineEnd)
        let digits = doc[i..<e].filter { $0 != "," }
        let (start, sign) = signStart(doc, before: i, lineStart: lineStart)
        var f = Figure(kind: .quantity, start: start, numberEnd: e, unitEnd: e, end: e, number: sign + digits,
                       unit: "", before: nil, beforeStart: start, after: nil, inBracket: inBracket, inQuote: inQuote)
        // Spaces may stand between the number and its unit: `2.15 万亿元`.
        var q = e
        while q < lineEnd, q - e < 2, doc.chars[q] == " " || doc.chars[q] == "\u{A0}" { q += 1 }

        if inQuote { f.kind = .name; return f }
        if classifiedBeforeUnit(doc, &f, digits: digits, sign: sign, unitFrom: q, lineEnd: lineEnd) { return f }
        parseUnit(doc, &f, from: q, lineEnd: lineEnd)
        if f.unit.isEmpty {
            // `21项目`, `重点项目271总投资`: a count of projects written without 个.
            if doc.has("项目", at: e) || doc.has("项目", endingAt: start) || doc.has("项目:", endingAt: start) {
                f.unit = "个"
            } else {
                f.kind = .bare
            }
        }
        // A range after the unit: `6%-6.5%`, `99元至107元`.
        if isRangeMark(doc.at(f.end)), rangeEnd(doc, from: f.end + 1, lineEnd: lineEnd) != nil {
            f.kind = .range
        }
        markQualifierBefore(doc, &f, lineStart: lineStart)
        return f
    }

    /// Where the number starting at `i` ends: its digits, thousands separators (`1,234.5亿元`: a comma between
    /// digits, then exactly three) and decimals.
    static func numberEnd(_ doc: Document, from i: Int, lineEnd: Int) -> Int {
        var e = i
        while e < lineEnd, doc.chars[e].isASCIIDigit { e += 1 }
        while e - i <= 3 || doc.at(e - 4) == ",", isThousands(doc, at: e) { e += 4 }
        if e + 1 < lineEnd, doc.chars[e] == ".", doc.chars[e + 1].isASCIIDigit {
            e += 1
            while e < lineEnd, doc.chars[e].isASCIIDigit { e += 1 }
        }
        return e
    }

    /// Where the figure whose digits start at `i` starts, and its sign: `增长-1.3%` is negative, but `1-12月`
    /// and `6%-6.5%` are not.
    static func signStart(_ doc: Document, before i: Int, lineStart: Int) -> (start: Int, sign: String) {
        let s = doc.at(i - 1)
        if s == "-" || s == "+" || s == "−", i - 1 >= lineStart {
            let p = doc.at(i - 2)
            if !p.isASCIIDigit, !p.isLatinLetter, p != "%", !p.isClosingBracket, p != "-" {
                return (i - 1, s == "+" ? "" : "-")
            }
        }
        return (i, "")
    }

    /// Sets the kind of a figure that is not a plain quantity (a name, date, range, rank or list marker), as
    /// far as the words around its number tell, before its unit is read (from `q`); true when it did.
    static func classifiedBeforeUnit(_ doc: Document, _ f: inout Figure, digits: String, sign: String,
                                     unitFrom q: Int, lineEnd: Int) -> Bool {
        let start = f.start
        let e = f.numberEnd
        let next = doc.at(q)
        if doc.at(start - 1).isLatinLetter || doc.at(e).isLatinLetter || doc.at(start - 1) == "+" || doc.at(e) == "+" {
            f.kind = .name
            return true
        }
        // Times and dates.
        if next == ":", doc.at(q + 1).isASCIIDigit { f.kind = .date; return true }
        if isRangeMark(next), let end = rangeEnd(doc, from: q + 1, lineEnd: lineEnd) {
            let unitAfter = doc.at(end)
            f.kind = (unitAfter == "年" || unitAfter == "月" || unitAfter == "日" || unitAfter == "-") ? .date : .range
            return true
        }
        if next == "年", !doc.has("年制", at: q), let y = Int(digits), sign.isEmpty, (1949...2100).contains(y), digits.count == 4 {
            f.kind = .date
            return true
        }
        if next == "月" || next == "日" || next == "号" { f.kind = .date; return true }
        if digits.count == 8, Int(digits) != nil, doc.at(q) == "日" { f.kind = .date; return true }
        // Ordinals and ranks.
        if doc.at(start - 1) == "第" {
            parseUnit(doc, &f, from: q, lineEnd: lineEnd)
            if f.unit == "名" || f.unit == "位" {
                f.kind = .rank
            } else {
                f.kind = .name
            }
            return true
        }
        // List markers: `1.在建项目`, `2、`, `(1)`.
        if !digits.contains("."), digits.count <= 2 {
            let after = doc.at(e)
            if after == "." && !doc.at(e + 1).isASCIIDigit || after == "、" && sign.isEmpty
                || doc.at(start - 1) == "(" && after == ")" {
                f.kind = .marker
                return true
            }
        }
        return false
    }

    /// A qualifier before the number (`约`, `近`, `超过` …), but not `签约` or `最近`.
    static func markQualifierBefore(_ doc: Document, _ f: inout Figure, lineStart: Int) {
        var b = f.start
        while b > lineStart, doc.chars[b - 1] == " " { b -= 1 }
        if let w = doc.first(of: Vocabulary.qualifiersBefore, endingAt: b),
           w != "约" || !"签合节制预公条契履特邀相失".contains(doc.at(b - 2)),
           w != "近" || !"最附接临靠将".contains(doc.at(b - 2)) {
            f.before = w
            f.beforeStart = b - w.count
        }
    }

    /// A comma at `i` between a digit and exactly three digits: a thousands separator.
    static func isThousands(_ doc: Document, at i: Int) -> Bool {
        doc.at(i) == "," && doc.at(i - 1).isASCIIDigit && doc.at(i + 1).isASCIIDigit && doc.at(i + 2).isASCIIDigit
            && doc.at(i + 3).isASCIIDigit && !doc.at(i + 4).isASCIIDigit
    }

    static func isRangeMark(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "~" || c == "—" || c == "至" || c == "到" || c == "–"
    }

    /// Where the number after a range mark ends, when one follows.
    static func rangeEnd(_ doc: Document, from: Int, lineEnd: Int) -> Int? {
        var k = from
        while k < lineEnd, doc.chars[k] == " " { k += 1 }
        guard k < lineEnd, doc.chars[k].isASCIIDigit else { return nil }
        while k < lineEnd, doc.chars[k].isASCIIDigit || doc.chars[k] == "." { k += 1 }
        return k
    }

    /// Reads the unit (and 多/余 and 以上/左右 …) after the number; sets `unit`, `unitEnd`, `after`, `end`.
    static func parseUnit(_ doc: Document, _ f: inout Figure, from q0: Int, lineEnd: Int) {
        var q = q0
        var after: String?
        if doc.at(q) == "多" || doc.at(q) == "余" {
            after = String(doc.at(q))
            q += 1
        }
        var unit = ""
        let c = doc.at(q)
        if c == "%" || c == "‰" {
            unit = String(c)
            q += 1
        } else if let u = doc.first(of: Vocabulary.units, at: q) {
            unit = u == "个百分点" ? "百分点" : u
            q += u.count
        } else if let m = doc.first(of: Vocabulary.multipliers, at: q) {
            var k = q + m.count
            var inner: String?
            if doc.at(k) == "多" || doc.at(k) == "余" {
                inner = String(doc.at(k))
                k += 1
            }
            if let u = doc.first(of: Vocabulary.units, at: k) {
                // `1万余亩` → 万亩; a unit that already has a multiplier (万元) keeps its own.
                unit = Vocabulary.units.contains(m + u) ? m + u : (m == "万" && !u.hasPrefix("万") ? "万" + u : m + u)
                q = k + u.count
                after = inner ?? after
            } else if let u = doc.first(of: Vocabulary.classifiers, at: k) {
                unit = m + u
                q = k + u.count
                after = inner ?? after
            }
        } else if doc.has("项目", at: q) {
            // `21项目`: a count of projects, written without 个 (set by the caller).
        } else if let u = doc.first(of: Vocabulary.classifiers, at: q) {
            unit = u
            q += u.count
        } else if c == "大", doc.at(q + 1).isHan {
            // `4大工程`, `6大领域`.
            let three = doc.at(q + 2).isHan && !doc.at(q + 3).isHan
            unit = doc[q..<(q + (three ? 3 : 2))]
            q += unit.count
        }
        guard !unit.isEmpty else {
            if after != nil {
                // `300多` with no unit: the qualifier stays, the figure is bare.
                f.after = after
            }
            return
        }
        f.unit = unit
        f.unitEnd = q
        let gap = doc.at(q) == " " ? 1 : 0
        if after == nil, let w = doc.first(of: Vocabulary.qualifiersAfter, at: q + gap), w != "多", w != "余" {
            after = w
            q += gap + w.count
        }
        f.after = after
        f.end = q
    }

    /// A figure with 以上/以下 after it, or 超 before it, followed by a short noun and another figure in the
    /// same clause, is a threshold of that noun (`其中20亿元以上项目20个`, `收入超50万元村达40%`).
    static func markThresholds(_ doc: Document, _ figures: inout [Figure]) {
        for k in figures.indices where figures[k].kind == .quantity && !figures[k].isPercent {
            let f = figures[k]
            let bounded = f.after == "以上" || f.after == "以下" || f.before == "超" || f.before == "超过"
            guard bounded else { continue }
            var j = f.end
            var noun = 0
            while j < doc.count, doc.chars[j].isHan, noun <= 4 { j += 1; noun += 1 }
            guard noun >= 1, noun <= 4 else { continue }
            let stop = doc.at(j)
            if stop.isASCIIDigit || (k + 1 < figures.count && figures[k + 1].beforeStart == j) {
                figures[k].kind = .threshold
            }
        }
    }
}
