/// The text of a Word document (`.docx`: a ZIP archive of WordprocessingML parts).
///
/// The main part, `word/document.xml`, is read in document order: each paragraph (`w:p`) a line of its runs'
/// text (`w:t`), a tab (`w:tab`) a tab, a break (`w:br`, `w:cr`) a line break; each table row (`w:tr`) one line,
/// its cells' text joined by tabs. Deleted text (`w:delText`), text moved away (`w:moveFrom`: its copy stands
/// in `w:moveTo`), field instructions (`w:instrText`) and the fallback copy of alternate content
/// (`mc:Fallback`, which repeats its choice) are left out.
enum Docx {
    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let compatibilityNamespace = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    static func text(_ bytes: [UInt8]) throws(ZipArchive.Failure) -> String {
        let zip = try ZipArchive(bytes)
        guard let entry = zip.entry("word/document.xml") else { throw .missing("word/document.xml") }
        return text(xml: try zip.data(entry))
    }

    /// The text of a `document.xml` part.
    static func text(xml: [UInt8]) -> String {
        var reader = Reader()
        XMLScanner.scan(xml) { event in
            switch event {
            case .start(let name, let attributes, let selfClosing):
                reader.start(name, attributes: attributes, selfClosing: selfClosing)
            case .end(let name):
                reader.end(name)
            case .text(let s):
                if reader.inText, reader.skipDepth == 0 { reader.paragraph += s }
            }
        }
        if !reader.paragraph.isEmpty { reader.endParagraph() }
        return reader.out
    }

    /// The state of reading a `document.xml` part: the text so far, the paragraph, table row and cell being
    /// read, and the elements being skipped.
    struct Reader {
        var out = ""
        var paragraph = ""
        var cells: [String] = []
        var cell: String?
        var tableDepth = 0
        var inText = false
        var skipDepth = 0
        // Prefixes bound to WordprocessingML and markup compatibility; `w` and `mc` until the root says.
        var main: Set<Substring> = ["w"]
        var compatibility: Set<Substring> = ["mc"]
        var sawRoot = false

        /// The local name of `name` when its prefix is one of `prefixes`.
        static func local(_ name: Substring, in prefixes: Set<Substring>) -> Substring? {
            guard let colon = name.firstIndex(of: ":") else { return prefixes.contains("") ? name : nil }
            return prefixes.contains(name[..<colon]) ? name[name.index(after: colon)...] : nil
        }

        /// Ends the paragraph: a line of the text, or a part of the table cell it stands in.
        mutating func endParagraph() {
            if cell != nil {
                if !cell.isEmptyOrNil, !paragraph.isEmpty { cell?.append(" ") }
                cell?.append(paragraph)
            } else {
                out += paragraph + "\n"
            }
            paragraph = ""
        }

        /// The prefixes the root element binds to the WordprocessingML and markup-compatibility namespaces.
        mutating func bindPrefixes(_ attributes: [(name: Substring, value: String)]) {
            for a in attributes where a.name == "xmlns" || a.name.hasPrefix("xmlns:") {
                let prefix = a.name == "xmlns" ? "" : a.name.dropFirst(6)
                if a.value == Docx.mainNamespace { main.insert(prefix) }
                if a.value == Docx.compatibilityNamespace { compatibility.insert(prefix) }
            }
        }

        /// A start tag: text, tab, break, table, row or cell begins, or a skipped element (a fallback, text
        /// moved away) does.
        mutating func start(_ name: Substring, attributes: [(name: Substring, value: String)], selfClosing: Bool) {
            if !sawRoot {
                sawRoot = true
                bindPrefixes(attributes)
            }
            if skipDepth > 0 {
                if !selfClosing { skipDepth += 1 }
                return
            }
            if Self.local(name, in: compatibility) == "Fallback", !selfClosing {
                skipDepth = 1
                return
            }
            guard let l = Self.local(name, in: main) else { return }
            if l == "moveFrom", !selfClosing {
                skipDepth = 1
                return
            }
            switch l {
            case "t": inText = !selfClosing
            case "tab": paragraph.append("\t")
            case "br", "cr": paragraph.append("\n")
            case "tbl": if !selfClosing { tableDepth += 1 }
            case "tr": if tableDepth == 1 { cells = [] }
            case "tc": if tableDepth == 1, !selfClosing { cell = "" }
            default: break
            }
        }

        /// An end tag: text, paragraph, cell, row or table ends, or a skipped element does.
        mutating func end(_ name: Substring) {
            if skipDepth > 0 {
                skipDepth -= 1
                return
            }
            guard let l = Self.local(name, in: main) else { return }
            switch l {
            case "t": inText = false
            case "p": endParagraph()
            case "tc":
                if tableDepth == 1, let c = cell {
                    cells.append(c)
                    cell = nil
                }
            case "tr":
                if tableDepth == 1 {
                    out += cells.joined(separator: "\t") + "\n"
                    cells = []
                }
            case "tbl": tableDepth = max(0, tableDepth - 1)
            default: break
            }
        }
    }
}

extension Optional where Wrapped == String {
    fileprivate var isEmptyOrNil: Bool { self?.isEmpty ?? true }
}
