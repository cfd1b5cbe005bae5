/// Did-you-mean: the one place every "did you mean …?" comes from (unknown collections, fields, values,
/// functions, keywords, report keys, command-line options).
///
/// Its cost is bounded whatever the input: a suggestion is at most three edits away, so a candidate whose
/// length differs from the word's by more than that is skipped, a word longer than every candidate by more
/// than that is answered (nil) after reading only that many characters of it, and the edit distance is
/// computed in a band of width 2·limit+1 and abandoned as soon as a whole row is over the limit.
/// A 10 MB unknown word costs as much as a short one; a long one near a long candidate, linear time.

/// The candidate closest to `word` by edit distance, when it is close enough to be what was meant.
package func suggestion(for word: String, among candidates: [String]) -> String? {
    var work = 0
    return Suggestion.closest(to: word, among: candidates, work: &work)
}

/// `did you mean 'sector'?` for the candidate closest to `word`: the one wording of every suggestion, as the
/// `help:` of a diagnostic or, in parentheses, after a one-line message (``didYouMeanHint(for:among:)``).
/// `prefix` is written before the candidate (`$` for a parameter).
package func didYouMean(for word: String, among candidates: [String], prefix: String = "") -> String? {
    suggestion(for: word, among: candidates).map { didYouMean(prefix + $0) }
}

/// `did you mean 'candidate'?`.
package func didYouMean(_ candidate: String) -> String {
    "did you mean '\(candidate)'?"
}

/// ` (did you mean 'sector'?)` after a one-line message, or nothing when no candidate is close.
package func didYouMeanHint(for word: String, among candidates: [String]) -> String {
    didYouMean(for: word, among: candidates).map { " (\($0))" } ?? ""
}

package enum Suggestion {
    /// How far a candidate may be: a third of the longer length, at least one edit and at most three.
    package static func defaultLimit(_ word: Int, _ candidate: Int) -> Int {
        max(1, min(3, (max(word, candidate) + 1) / 3))
    }

    /// The largest limit any rule may give.
    static let maxLimit = 3

    /// The closest candidate within `limit(word length, candidate length)` edits (case ignored), the first
    /// of equals; `work` counts the characters read and the distance cells computed.
    package static func closest(to word: String, among candidates: [String],
                                limit: (Int, Int) -> Int = defaultLimit, work: inout Int) -> String? {
        let lowered = candidates.map { Array($0.lowercased()) }
        guard let longest = lowered.map(\.count).max() else { return nil }
        // Read no more of the word than any candidate could need.
        var chars: [Character] = []
        for ch in word {
            work += 1
            chars.append(ch)
            if chars.count > longest + maxLimit { return nil }
        }
        let w = Array(String(chars).lowercased())
        var best: (String, Int)?
        for (k, c) in lowered.enumerated() {
            work += 1
            let bound = min(limit(w.count, c.count), best.map { $0.1 - 1 } ?? maxLimit)
            guard bound >= 0, abs(w.count - c.count) <= bound else { continue }
            if let d = distance(w, c, limit: bound, work: &work) { best = (candidates[k], d) }
        }
        return best?.0
    }

    /// The edit distance of `a` and `b` (Levenshtein, with an adjacent transposition counted as one edit)
    /// when it is at most `limit`; nil when it is more. Computes only the cells within `limit` of the
    /// diagonal and stops at the first row whose cells are all over the limit.
    package static func distance(_ a: [Character], _ b: [Character], limit: Int, work: inout Int) -> Int? {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return nil }
        if n == 0 || m == 0 { return max(n, m) }
        let over = limit + 1
        var prev2 = [Int](repeating: over, count: m + 1)
        var prev = [Int](repeating: over, count: m + 1)
        var cur = [Int](repeating: over, count: m + 1)
        for j in 0...min(m, limit) { prev[j] = j }
        for i in 1...n {
            let lo = max(1, i - limit), hi = min(m, i + limit)
            cur[lo - 1] = lo - 1 == 0 && i <= limit ? i : over
            var rowMin = cur[lo - 1]
            if lo <= hi {
                for j in lo...hi {
                    work += 1
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, prev2[j - 2] + 1) }
                    cur[j] = min(v, over)
                    rowMin = min(rowMin, cur[j])
                }
            }
            if hi < m { cur[hi + 1] = over }
            if rowMin > limit { return nil }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[m] <= limit ? prev[m] : nil
    }
}
