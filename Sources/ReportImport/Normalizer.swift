/// Stage 1: the text as the rest of the import reads it.
///
/// Full-width ASCII forms (`０-９`, `，；：（）％`, letters) become their half-width forms, the ideographic
/// space becomes a space, line ends become `\n`, a byte-order mark is dropped, and the traditional characters of
/// ``Traditional`` become their simplified forms (so 規上工業增加值 is read, and stored, as 规上工业增加值). Everything else — 、。“”《》
/// and every CJK character — is kept as written, so a report already in half-width form passes unchanged and
/// the quotes of its records stay exact substrings of the text the model stores.
enum Normalizer {
    /// ``Traditional/map`` by scalar value (a `Character` key is hashed by normalising it: too slow per character).
    static let simplified: [UInt32: Unicode.Scalar] = {
        var out: [UInt32: Unicode.Scalar] = [:]
        for (t, s) in Traditional.map {
            if let k = t.unicodeScalars.first, t.unicodeScalars.count == 1, let v = s.unicodeScalars.first { out[k.value] = v }
        }
        return out
    }()

    /// The normalised text, and what was changed (empty when nothing was).
    static func normalize(_ text: String) -> (text: String, changed: [String]) {
        var scalars = String.UnicodeScalarView()
        var fullWidth = false, lineEnds = false, mark = false, traditional = false
        var previousWasCR = false
        for (k, s) in text.unicodeScalars.enumerated() {
            let v = s.value
            if v == 0x0D {                       // \r\n and a lone \r both end a line
                scalars.append("\n")
                previousWasCR = true
                lineEnds = true
                continue
            }
            if v == 0x0A && previousWasCR { previousWasCR = false; continue }
            previousWasCR = false
            if v == 0xFEFF && k == 0 { mark = true; continue }
            if (0xFF01...0xFF5E).contains(v), let half = Unicode.Scalar(v - 0xFEE0) {
                scalars.append(half)
                fullWidth = true
            } else if v == 0x3000 {
                scalars.append(" ")
                fullWidth = true
            } else if v == 0xFE6A {              // small percent sign
                scalars.append("%")
                fullWidth = true
            } else if v >= 0x4E00, let t = simplified[v] {
                scalars.append(t)
                traditional = true
            } else {
                scalars.append(s)
            }
        }
        var changed: [String] = []
        if fullWidth { changed.append("full-width forms to half-width") }
        if lineEnds { changed.append("line ends to \\n") }
        if mark { changed.append("byte-order mark removed") }
        if traditional { changed.append("traditional characters to simplified") }
        return (String(scalars), changed)
    }
}
