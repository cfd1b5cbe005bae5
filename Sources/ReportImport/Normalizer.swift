/// Stage 1: the text as the rest of the import reads it.
///
/// Full-width ASCII forms (`０-９`, `，；：（）％`, letters) become their half-width forms, the ideographic
/// space becomes a space, line ends become `\n`, and a byte-order mark is dropped. Everything else — 、。“”《》
/// and every CJK character — is kept as written, so a report already in half-width form passes unchanged and
/// the quotes of its records stay exact substrings of the text the model stores.
enum Normalizer {
    /// The normalised text, and what was changed (empty when nothing was).
    static func normalize(_ text: String) -> (text: String, changed: [String]) {
        var scalars = String.UnicodeScalarView()
        var fullWidth = false, lineEnds = false, mark = false
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
            } else {
                scalars.append(s)
            }
        }
        var changed: [String] = []
        if fullWidth { changed.append("full-width forms to half-width") }
        if lineEnds { changed.append("line ends to \\n") }
        if mark { changed.append("byte-order mark removed") }
        return (String(scalars), changed)
    }
}
