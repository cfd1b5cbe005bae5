/// The normalised report text as characters, with the UTF-8 offset of each, its lines and sentences.
///
/// The import works on character indices; the loader of `reportql/1` works on UTF-8 offsets. ``utf8``
/// turns one into the other so sections and quotes are placed exactly where the loader will find them.
///
/// A character is a Unicode scalar: comparing two is comparing two integers, where comparing Swift
/// `Character`s breaks graphemes and normalises on every access (the import's hottest cost). The two agree on
/// every report text (Chinese, digits, punctuation — nothing combines); a combining mark would count as a
/// character of its own.
struct Document {
    /// The work done on this text, in steps (``Work``).
    let work = Work()
    let text: String
    let chars: [Unicode.Scalar]
    /// UTF-8 offset of each character, plus one past the end.
    let utf8: [Int]
    let bytes: [UInt8]
    /// Each line's character range, without its `\n`.
    let lines: [Range<Int>]

    init(_ text: String) {
        self.text = text
        chars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(chars.count + 1)
        var o = 0
        for c in chars {
            offsets.append(o)
            o += UTF8.width(c)
        }
        offsets.append(o)
        utf8 = offsets
        bytes = Array(text.utf8)
        var lines: [Range<Int>] = []
        var start = 0
        for (i, c) in chars.enumerated() where c == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<chars.count)
        var virtual: [Range<Int>] = []
        var physical: [Int] = []
        // A text on one line (its line breaks lost) is split whatever its length.
        let oneLine = lines.filter { !$0.isEmpty }.count <= 1
        for (n, r) in lines.enumerated() {
            for part in Self.split(chars, r, always: oneLine) {
                virtual.append(part)
                physical.append(n)
            }
        }
        self.lines = virtual
        physicalLine = physical
    }

    /// For each of ``lines``, the line of the text it stands on (they differ where a long line was split).
    let physicalLine: [Int]

    /// The longest line read as one: a longer one is text whose line breaks were lost.
    static let longestLine = 1500

    /// A line of text whose line breaks were lost (longer than ``longestLine``, or the only line), split where its paragraphs
    /// began: before the chapter headings 一、二、 … and the part headings (一)(二) … in their order, after the end
    /// of a sentence or spaces; before the items 1. 2. … of a part after the end of a sentence; before 各位代表; before • and runs of three or more spaces; and in its opening, before
    /// the labels of a published report's metadata (发布机构:, 时间: …), its title (关于…), after its title (…的报告, …政府工作报告) when text follows it straight, and after its meeting (…会议上).
    /// Any other line is one line.
    static func split(_ chars: [Unicode.Scalar], _ r: Range<Int>, always: Bool = false) -> [Range<Int>] {
        guard r.count > longestLine || always else { return [r] }
        let numerals: [Unicode.Scalar] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        func at(_ i: Int) -> Unicode.Scalar { i >= r.lowerBound && i < r.upperBound ? chars[i] : "\n" }
        func has(_ w: String, _ i: Int) -> Bool {
            var k = i
            for c in w.unicodeScalars {
                guard at(k) == c else { return false }
                k += 1
            }
            return true
        }
        // A chapter's title that runs into its text (`二、2026年主要预期目标地区生产总值增长5%左右;`): it ends after
        // the last word that ends a heading (目标, 情况 …) before the first punctuation, within 40 characters.
        func headingEnd(from t: Int) -> Int? {
            var end: Int?
            var k = t
            while k < min(r.upperBound, t + 40), !",。;:!?、".contains(at(k)) {
                if at(k) == "(", end != nil || k > t { return end ?? k }
                for w in Vocabulary.headingEndings where has(w, k) {
                    end = k + w.count
                    // `二、2024年工作安排今年全县…`: the words after it open a sentence, so the title ends here.
                    if Vocabulary.sentenceOpeners.contains(where: { has($0, k + w.count) })
                        || (at(k + w.count).isASCIIDigit && at(k + w.count + 4) == "年") {
                        return k + w.count
                    }
                }
                k += 1
            }
            return end
        }
        var cuts: [Int] = []
        var chapter = 0, part = 0, item = 1
        // Where the title of the last chapter heading ended without punctuation: its text (or its first part) begins.
        var titleEnd = -1
        var i = r.lowerBound
        while i < r.upperBound {
            let c = chars[i], prev = at(i - 1)
            let afterSentence = i == r.lowerBound || "。!?;:".contains(prev) || prev.isSpaceLike || prev == "”" || i == titleEnd
            let opening = i - r.lowerBound < 400
            // The first chapter may follow the opening's last words straight (a speaker's name: `局长 李文华一、2024年…`)
            // when a year and the words that end a heading follow it.
            let firstChapter = chapter == 0 && opening && c == "一" && !prev.isChineseNumeral
                && (i + 2..<i + 6).allSatisfy { at($0).isASCIIDigit } && at(i + 6) == "年" && headingEnd(from: i + 2) != nil
            if afterSentence || firstChapter, chapter < numerals.count, c == numerals[chapter], at(i + 1) == "、",
               !at(i + 2).isChineseNumeral {
                cuts.append(i)
                chapter += 1
                part = 0
                item = 1
                if let e = headingEnd(from: i + 2) {
                    titleEnd = e
                    if at(e) != "(" { cuts.append(e) }
                }
            } else if afterSentence, part < numerals.count, c == "(", at(i + 1) == numerals[part], at(i + 2) == ")" {
                cuts.append(i)
                part += 1
                item = 1
            } else if afterSentence, let d = c.wholeNumberValue, c.isASCIIDigit, d == item, at(i + 1) == ".",
                      !at(i + 2).isASCIIDigit, !at(i - 1).isASCIIDigit {
                cuts.append(i)
                item += 1
            } else if c == "•" || (c == " " && at(i + 1) == " " && at(i + 2) == " " && prev != " ") {
                cuts.append(i)
            } else if i > r.lowerBound, has("各位代表", i) {
                cuts.append(i)
            } else if opening, i > r.lowerBound,
                      Vocabulary.metaLabels.contains(where: { has($0.label + ":", i) }) || has("关于", i) || has("——", i) {
                cuts.append(i)
            } else if opening, has("会议上", i) {
                cuts.append(i + 3)
                titleEnd = i + 3
            } else if opening, has("的报告", i) || has("政府工作报告", i) {
                // A title run straight into the text (`…计划草案的报告一、2024年…`): the text starts after it, as
                // after the end of a sentence.
                let e = i + (has("的报告", i) ? 3 : 6)
                if !",。;:!?、()”".unicodeScalars.contains(at(e)), at(e) != "\n" {
                    cuts.append(e)
                    titleEnd = e
                }
            }
            i += 1
        }
        var out: [Range<Int>] = []
        var s = r.lowerBound
        for cut in cuts.sorted() where cut > s && cut < r.upperBound {
            out.append(s..<cut)
            s = cut
        }
        out.append(s..<r.upperBound)
        return out
    }

    var count: Int { chars.count }

    subscript(_ r: Range<Int>) -> String {
        let lo = max(0, min(r.lowerBound, chars.count)), hi = max(lo, min(r.upperBound, chars.count))
        return String(decoding: bytes[utf8[lo]..<utf8[hi]], as: UTF8.self)
    }

    /// The character at `i`, or a space outside the text.
    func at(_ i: Int) -> Unicode.Scalar {
        i >= 0 && i < chars.count ? chars[i] : " "
    }

    /// Whether `word` is written at character `i`.
    func has(_ word: String, at i: Int) -> Bool {
        work.steps &+= 1
        var k = i
        for c in word.unicodeScalars {
            guard k >= 0, k < chars.count, chars[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// Whether `word` ends just before character `i`.
    func has(_ word: String, endingAt i: Int) -> Bool {
        has(word, at: i - word.unicodeScalars.count)
    }

    /// The first of `words` written at `i` (the list is tried in order: put longer words first).
    func first(of words: [String], at i: Int) -> String? {
        words.first { has($0, at: i) }
    }

    /// The first of `words` that ends just before `i`.
    func first(of words: [String], endingAt i: Int) -> String? {
        words.first { has($0, endingAt: i) }
    }

    /// The first character index at or after `from` (and before `to`) where `word` starts.
    func find(_ word: String, from: Int, to: Int? = nil) -> Int? {
        let w = Array(word.unicodeScalars)
        guard let first = w.first else { return nil }
        let end = min(to ?? chars.count, chars.count)
        var i = max(0, from)
        while i + w.count <= end {
            work.steps &+= 1
            if chars[i] == first {
                var k = 1
                while k < w.count, chars[i + k] == w[k] { k += 1 }
                if k == w.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// `r` without the spaces at either end.
    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, chars[lo].isSpaceLike { lo += 1 }
        while hi > lo, chars[hi - 1].isSpaceLike { hi -= 1 }
        return lo..<hi
    }

    /// The line holding character `i`.
    func lineIndex(of i: Int) -> Int {
        // The last line starting at or before `i` (a split line's parts have no character between them).
        var lo = 0, hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].lowerBound <= i { lo = mid + 1 } else { hi = mid }
        }
        return max(0, min(lo - 1, lines.count - 1))
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

    var isLatinLetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }

    /// A CJK ideograph.
    var isHan: Bool {
        let v = value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x2A6DF).contains(v)
            || (0xF900...0xFAFF).contains(v)
    }

    /// Spaces, no-break spaces and the bullets that indent lines of pages copied from the web.
    var isSpaceLike: Bool {
        self == " " || self == "\t" || self == "\u{A0}" || self == "\u{3000}" || self == "•" || self == "\u{FEFF}"
    }

    var isOpeningBracket: Bool { self == "(" || self == "[" || self == "【" || self == "〔" }
    var isClosingBracket: Bool { self == ")" || self == "]" || self == "】" || self == "〕" }
    var isOpeningQuote: Bool { self == "“" || self == "《" || self == "‘" || self == "「" || self == "『" }
    var isClosingQuote: Bool { self == "”" || self == "》" || self == "’" || self == "」" || self == "』" }

    /// Chinese numerals used in headings: 一 … 十.
    var isChineseNumeral: Bool {
        switch self {
        case "一", "二", "三", "四", "五", "六", "七", "八", "九", "十": return true
        default: return false
        }
    }

    /// Circled or parenthesised digits used as list markers: ⑴ … ⒇, ① … ⑳.
    var isListMarker: Bool { (0x2474...0x2487).contains(value) || (0x2460...0x2473).contains(value) }

    /// The whole number it stands for (as `Character.wholeNumberValue`).
    var wholeNumberValue: Int? { properties.numericValue.flatMap { Int(exactly: $0) } }
}

extension StringProtocol {
    /// Whether the text holds the character `c` (a document character is a scalar).
    func contains(_ c: Unicode.Scalar) -> Bool { unicodeScalars.contains(c) }
}

extension Character {
    /// The character's one scalar; nil for a character of several (no predicate below holds for those).
    private var onlyScalar: Unicode.Scalar? { unicodeScalars.count == 1 ? unicodeScalars.first : nil }

    var isASCIIDigit: Bool { onlyScalar?.isASCIIDigit ?? false }
    var isLatinLetter: Bool { onlyScalar?.isLatinLetter ?? false }
    var isHan: Bool { onlyScalar?.isHan ?? false }
    var isSpaceLike: Bool { onlyScalar?.isSpaceLike ?? false }
    var isOpeningBracket: Bool { onlyScalar?.isOpeningBracket ?? false }
    var isClosingBracket: Bool { onlyScalar?.isClosingBracket ?? false }
    var isOpeningQuote: Bool { onlyScalar?.isOpeningQuote ?? false }
    var isClosingQuote: Bool { onlyScalar?.isClosingQuote ?? false }
    var isChineseNumeral: Bool { onlyScalar?.isChineseNumeral ?? false }
    var isListMarker: Bool { onlyScalar?.isListMarker ?? false }
}

/// A count of the import's elementary steps — a word compared at a place, a character scanned by a search, a
/// candidate of the quote index, a statement or figure visited by a pass — so tests can check that ten times
/// the text costs about ten times the work (no wall clock involved).
final class Work {
    var steps = 0
}
