/// The text a reader sees on an HTML page, as plain text for the import.
///
/// The tokens of ``HTMLTokenizer`` are placed on a stack of open elements, with the standard's implied end
/// tags for `p`, `li`, `dt`/`dd`, table rows and cells, and `head`. What a page shows around its article is
/// dropped: `head`, `script`, `style`, `template`, `nav`, `aside`, forms' controls, hidden elements, elements
/// whose role is navigation, banner or contentinfo or whose class or id names a menu, breadcrumb, header or
/// footer, and `header`/`footer` outside an `article` or `main`. Block elements end lines; a table row is one
/// line with its cells joined by tabs. Runs of white space are one space, and none where a line break stood
/// between two Chinese characters (the page's source wrapping a sentence).
enum HTMLText {
    static func text(_ html: [UInt8]) -> String {
        var x = Extractor()
        HTMLTokenizer.tokenize(html) { x.take($0) }
        return x.finish()
    }

    /// The steps the tree took over `html`: one a token, one an element looked at or popped (for the
    /// linearity test).
    static func work(_ html: [UInt8]) -> Int {
        var x = Extractor()
        HTMLTokenizer.tokenize(html) { x.take($0) }
        return x.steps
    }

    /// Whether decoded text looks like an HTML page: a doctype or `<html`, `<head` or `<body` near its start.
    static func looksLikeHTML(_ text: [UInt8]) -> Bool {
        let head = text.prefix(4096).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for marker in ["<!doctype html", "<html", "<head", "<body"] {
            let m = Array(marker.utf8)
            if head.count >= m.count {
                for k in 0...(head.count - m.count) where head[k] == m[0] && Array(head[k..<(k + m.count)]) == m {
                    return true
                }
            }
        }
        return false
    }

    // MARK: Element classes

    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                    "param", "source", "track", "wbr", "keygen", "basefont", "bgsound", "frame"]
    static let skipped: Set<String> = ["head", "title", "script", "style", "noscript", "template", "nav", "aside",
                                       "iframe", "object", "svg", "math", "select", "button", "textarea", "canvas",
                                       "audio", "video", "map", "noembed", "noframes", "datalist", "dialog"]
    static let headContent: Set<String> = ["meta", "link", "title", "script", "style", "base", "noscript",
                                           "template", "head", "html"]
    static let block: Set<String> = ["address", "article", "aside", "blockquote", "body", "br", "caption", "center",
                                     "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                                     "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
                                     "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "option", "p",
                                     "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
                                     "tr", "ul", "xmp", "plaintext"]
    /// Start tags that close an open `p`.
    static let closesParagraph: Set<String> = ["address", "article", "aside", "blockquote", "center", "details",
                                               "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
                                               "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p",
                                               "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
                                               "pre", "listing", "form", "hr", "table", "xmp", "plaintext", "li",
                                               "dd", "dt"]
    /// Class names and ids of page furniture.
    static let chromeNames: Set<String> = ["nav", "navbar", "nav-bar", "navigation", "menu", "topmenu", "mainmenu",
                                           "main-menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs", "footer",
                                           "header", "sidebar", "side-bar", "copyright", "topbar", "top-bar",
                                           "site-header", "site-footer", "page-footer", "skip-link", "share",
                                           "toolbar"]
    static let chromeRoles: Set<String> = ["navigation", "banner", "contentinfo", "search", "menu", "menubar"]

    // MARK: Private API

    private struct Open {
        var name: String
        var skips: Bool
    }

    private struct Extractor {
        /// Deeper nesting than this is not tracked (the elements still give their text).
        static let maxDepth = 512

        var stack: [Open] = []
        /// How many elements of each name are open: an end tag or implied end for a name not open costs
        /// nothing, and one that is open pops what stands above it, so the work stays linear.
        var openCount: [String: Int] = [:]
        var steps = 0
        var skipping = 0
        var preformatted = 0
        var articles = 0
        var out: [UInt8] = []
        var lineStart = 0
        var pendingBreak = false
        var pendingCell = false
        var pendingSpace = false
        var spaceHadNewline = false

        mutating func take(_ token: HTMLTokenizer.Token) {
            steps += 1
            switch token {
            case .start(let name, let attributes, let selfClosing): start(name, attributes, selfClosing)
            case .end(let name): end(name)
            case .text(let bytes): if skipping == 0 { text(bytes) }
            }
        }

        mutating func finish() -> String {
            trimLine()
            if out.last != 0x0A, !out.isEmpty { out.append(0x0A) }
            return String(decoding: out, as: UTF8.self)
        }

        // MARK: Tags

        mutating func start(_ name: String, _ attributes: [(name: String, value: String)], _ selfClosing: Bool) {
            if !HTMLText.headContent.contains(name) { close(["head"], stoppingAt: []) }
            if HTMLText.closesParagraph.contains(name) { close(["p"], stoppingAt: ["td", "th", "table", "button", "html"]) }
            switch name {
            case "li": close(["li"], stoppingAt: ["ul", "ol", "table", "td", "th"])
            case "dt", "dd": close(["dt", "dd"], stoppingAt: ["dl", "table", "td", "th"])
            case "tr": close(["tr"], stoppingAt: ["table"])
            case "td", "th": close(["td", "th"], stoppingAt: ["tr", "table"])
            case "option": close(["option"], stoppingAt: ["select"])
            case "body": close(["head"], stoppingAt: [])
            default: break
            }
            if skipping == 0 {
                if name == "td" || name == "th" {
                    if !atLineStart { pendingCell = true }
                } else if HTMLText.block.contains(name) {
                    pendingBreak = true
                }
            }
            if HTMLText.void.contains(name) { return }
            let skips = isChrome(name, attributes)
            if selfClosing && skips { return }
            guard stack.count < Self.maxDepth else { return }
            stack.append(Open(name: name, skips: skips))
            openCount[name, default: 0] += 1
            if skips { skipping += 1 }
            if name == "pre" || name == "listing" || name == "textarea" { preformatted += 1 }
            if name == "article" || name == "main" { articles += 1 }
        }

        mutating func end(_ name: String) {
            if name == "br" || name == "p" { pendingBreak = skipping == 0 || pendingBreak }
            guard openCount[name, default: 0] > 0, let k = stack.lastIndex(where: { $0.name == name }) else { return }
            steps += stack.count - k
            popTo(k)
            if skipping == 0, HTMLText.block.contains(name) { pendingBreak = true }
        }

        /// Closes the nearest open element named in `names`, unless one named in `stops` comes first (or it
        /// lies more than 64 elements down: such an implied end is not looked for).
        mutating func close(_ names: Set<String>, stoppingAt stops: Set<String>) {
            guard names.contains(where: { openCount[$0, default: 0] > 0 }) else { return }
            var k = stack.count - 1
            while k >= 0, k >= stack.count - 64 {
                steps += 1
                let n = stack[k].name
                if names.contains(n) {
                    popTo(k)
                    if skipping == 0, HTMLText.block.contains(n) { pendingBreak = true }
                    return
                }
                if stops.contains(n) { return }
                k -= 1
            }
        }

        /// Pops the element at `index` and everything opened after it.
        mutating func popTo(_ index: Int) {
            while stack.count > index, let top = stack.popLast() {
                openCount[top.name, default: 1] -= 1
                steps += 1
                if top.skips { skipping -= 1 }
                if top.name == "pre" || top.name == "listing" || top.name == "textarea" { preformatted -= 1 }
                if top.name == "article" || top.name == "main" { articles -= 1 }
            }
        }

        func isChrome(_ name: String, _ attributes: [(name: String, value: String)]) -> Bool {
            if HTMLText.skipped.contains(name) { return true }
            if (name == "header" || name == "footer") && articles == 0 { return true }
            for (key, value) in attributes {
                switch key {
                case "hidden": return true
                case "aria-hidden": if value.lowercased() == "true" { return true }
                case "role": if HTMLText.chromeRoles.contains(value.lowercased()) { return true }
                case "style":
                    let s = value.lowercased().filter { $0 != " " }
                    if s.contains("display:none") || s.contains("visibility:hidden") { return true }
                case "class", "id":
                    for word in value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
                        if HTMLText.chromeNames.contains(String(word)) {
                            if (word == "header" || word == "footer") && articles > 0 { continue }
                            return true
                        }
                    }
                default: break
                }
            }
            return false
        }

        // MARK: Text

        var atLineStart: Bool { out.count == lineStart }

        mutating func text(_ bytes: [UInt8]) {
            var k = 0
            while k < bytes.count {
                let c = bytes[k]
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D {
                    if preformatted > 0 {
                        if c == 0x0A {
                            newline()
                        } else if c != 0x0D {
                            flushPending()
                            out.append(c)
                        }
                    } else {
                        pendingSpace = true
                        if c == 0x0A || c == 0x0D { spaceHadNewline = true }
                    }
                    k += 1
                    continue
                }
                // One character (all of its UTF-8 bytes).
                var e = k + 1
                while e < bytes.count, bytes[e] & 0xC0 == 0x80 { e += 1 }
                flushPending(before: bytes[k..<e])
                out += bytes[k..<e]
                k = e
            }
        }

        mutating func flushPending(before next: ArraySlice<UInt8> = []) {
            if pendingBreak {
                if !atLineStart { newline() }
                pendingBreak = false
                pendingCell = false
                pendingSpace = false
            }
            if pendingCell {
                trimLine()
                out.append(0x09)
                pendingCell = false
                pendingSpace = false
            }
            if pendingSpace {
                if !atLineStart, out.last != 0x09,
                   !(spaceHadNewline && Self.isWide(lastCharacter) && Self.isWide(next)) {
                    out.append(0x20)
                }
                pendingSpace = false
            }
            spaceHadNewline = false
        }

        mutating func newline() {
            trimLine()
            out.append(0x0A)
            lineStart = out.count
        }

        /// Drops the spaces at the end of the current line.
        mutating func trimLine() {
            while out.count > lineStart, out.last == 0x20 { out.removeLast() }
        }

        var lastCharacter: ArraySlice<UInt8> {
            var s = out.count - 1
            while s > lineStart, out[s] & 0xC0 == 0x80 { s -= 1 }
            return s >= lineStart && s >= 0 ? out[s...] : []
        }

        /// Whether the UTF-8 character is a CJK ideograph, kana, or full-width punctuation (U+2E80 up, in
        /// three bytes or more).
        static func isWide(_ c: ArraySlice<UInt8>) -> Bool {
            guard let first = c.first else { return false }
            if first >= 0xF0 { return true }
            guard first >= 0xE2, c.count >= 3 else { return false }
            let value = (UInt32(first & 0x0F) << 12) | (UInt32(c[c.startIndex + 1] & 0x3F) << 6)
                | UInt32(c[c.startIndex + 2] & 0x3F)
            return value >= 0x2E80 && !(value >= 0xFE00 && value < 0xFF01) && value < 0xFFF0
        }
    }
}
