import Foundation
import Testing
import TestSupport

/// The documented public surface: every `public` or `open` declaration of the library modules (and every case
/// of a public enum, every requirement of a public protocol) has a `///` summary, and the DocC catalog exists
/// and links only to symbols that exist.
///
/// A declaration counts as documented when the nearest line above it that is not an attribute (`@inlinable`)
/// starts with `///`. The scan reads the sources as text, with comments and string literals (interpolations,
/// multi-line and raw strings included) blanked out, so a `public` in a string or a comment is not counted.
@Suite struct DocumentationTests {
    /// The library modules whose public surface is documented.
    static let modules = ["ReportQL", "ReportModel", "ReportImport", "ReportQLFoundation"]

    static let sources = URL(fileURLWithPath: packageRoot).appendingPathComponent("Sources")

    static let catalog = sources.appendingPathComponent("ReportQL/ReportQL.docc")

    /// Every Swift file of the library modules, as `Module/path/File.swift`, sorted.
    static func libraryFiles() throws -> [String] {
        var out: [String] = []
        for module in modules {
            let root = sources.appendingPathComponent(module)
            guard let walk = FileManager.default.enumerator(atPath: root.path) else { continue }
            while let path = walk.nextObject() as? String {
                if path.hasSuffix(".swift") { out.append(module + "/" + path) }
            }
        }
        return out.sorted()
    }

    static func read(_ relative: String) throws -> String {
        try String(contentsOf: sources.appendingPathComponent(relative), encoding: .utf8)
    }

    @Test func everyPublicDeclarationHasASummary() throws {
        let files = try Self.libraryFiles()
        #expect(files.count > 20, "found too few sources under \(Self.sources.path)")
        var missing: [String] = []
        for file in files {
            for d in PublicSurface.scan(try Self.read(file)).undocumented {
                missing.append("\(file):\(d.line): \(d.text)")
            }
        }
        #expect(missing.isEmpty, """
            \(missing.count) public declaration(s) without a /// summary:
            \(missing.joined(separator: "\n"))
            """)
    }

    @Test func catalogHasALandingPageAndGettingStarted() throws {
        let landing = try String(contentsOf: Self.catalog.appendingPathComponent("ReportQL.md"), encoding: .utf8)
        #expect(landing.hasPrefix("# ``ReportQL``"))
        #expect(landing.contains("## Topics"))
        #expect(landing.contains("<doc:GettingStarted>"))
        let article = try String(contentsOf: Self.catalog.appendingPathComponent("GettingStarted.md"), encoding: .utf8)
        for needle in ["compile(", "run(", "HostFunction", "Table("] {
            #expect(article.contains(needle), "GettingStarted.md does not mention \(needle)")
        }
    }

    /// A ``Symbol`` or ``Symbol/member`` link names a public type or function the library declares (DocC
    /// would otherwise render it as plain text). Checks the first path component only.
    @Test func catalogLinksNameDeclaredSymbols() throws {
        var declared: Set<String> = ["ReportQL"]
        for file in try Self.libraryFiles() {
            declared.formUnion(PublicSurface.scan(try Self.read(file)).publicNames)
        }
        let pages = try FileManager.default.contentsOfDirectory(atPath: Self.catalog.path).filter { $0.hasSuffix(".md") }
        #expect(pages.count >= 2)
        var unknown: [String] = []
        for page in pages.sorted() {
            let text = try String(contentsOf: Self.catalog.appendingPathComponent(page), encoding: .utf8)
            for link in PublicSurface.symbolLinks(in: text) {
                let head = String(link.prefix { $0 != "/" && $0 != "(" && $0 != "-" })
                if !declared.contains(head) { unknown.append("\(page): ``\(link)``") }
            }
        }
        #expect(unknown.isEmpty, "links to no declared symbol:\n\(unknown.joined(separator: "\n"))")
    }

    /// The scanner itself, on a source built to trip it.
    @Test func scannerFindsWhatItShould() {
        let source = #"""
            /// Documented.
            public struct A {
                public var undocumented: Int
                /// Documented.
                @inlinable public func f() {}
                let s = "public var inAString = \("{")"
                let raw = #"public let inARawString"#
                // public var inAComment
                /* public var inABlockComment */
                public private(set) var alsoUndocumented = """
                    public var inAMultilineString
                    """
            }

            public enum E {
                case undocumentedCase
                /// Documented.
                case documented
                func g() { switch self { case .documented: break; default: break } }
            }

            enum Internal { case notPublic }
            """#
        let scan = PublicSurface.scan(source)
        #expect(scan.undocumented.map(\.line) == [3, 10, 15, 16])
        #expect(scan.publicNames == ["A", "E"])
    }
}

/// A line-based reader of Swift source: public declarations and whether each has a `///` summary.
enum PublicSurface {
    struct Declaration {
        var line: Int
        var text: String
    }

    struct Result {
        var undocumented: [Declaration] = []
        /// Names of the public types and functions declared at the top level, for link checks.
        var publicNames: Set<String> = []
    }

    static let modifiers: Set<String> = [
        "public", "open", "final", "static", "class", "override", "nonisolated", "mutating", "nonmutating",
        "indirect", "convenience", "required", "lazy", "dynamic", "consuming", "borrowing", "private",
        "fileprivate", "internal", "package", "weak", "unowned", "isolated", "distributed",
    ]
    static let keywords: Set<String> = [
        "struct", "class", "enum", "protocol", "actor", "typealias", "func", "init", "var", "let", "subscript",
        "case", "extension", "associatedtype", "macro",
    ]

    /// The text with comments and the contents of string literals replaced by spaces; line breaks are kept,
    /// and so are the quotes that open and close a string, and the code inside interpolations.
    static func codeOnly(_ text: String) -> [UInt8] {
        let b = Array(text.utf8)
        var out = b
        enum Mode {
            case code(parens: Int?)                 // nil: top level; a count: inside `\( … )`
            case string(multiline: Bool, hashes: Int)
        }
        var stack: [Mode] = [.code(parens: nil)]
        var i = 0
        func blank(_ k: Int) { if out[k] != 0x0A { out[k] = 0x20 } }
        func at(_ k: Int, _ s: String) -> Bool {
            let u = Array(s.utf8)
            return k + u.count <= b.count && Array(b[k..<(k + u.count)]) == u
        }
        while i < b.count {
            switch stack[stack.count - 1] {
            case .code(let parens):
                if at(i, "//") {
                    while i < b.count, b[i] != 0x0A { blank(i); i += 1 }
                } else if at(i, "/*") {
                    var depth = 0
                    repeat {
                        if at(i, "/*") { depth += 1; blank(i); blank(i + 1); i += 2 }
                        else if at(i, "*/") { depth -= 1; blank(i); blank(i + 1); i += 2 }
                        else { blank(i); i += 1 }
                    } while depth > 0 && i < b.count
                } else if b[i] == UInt8(ascii: "#") || b[i] == UInt8(ascii: "\"") {
                    var k = i, hashes = 0
                    while k < b.count, b[k] == UInt8(ascii: "#") { hashes += 1; k += 1 }
                    guard k < b.count, b[k] == UInt8(ascii: "\"") else { i = k; break }
                    let multiline = at(k, "\"\"\"")
                    stack.append(.string(multiline: multiline, hashes: hashes))
                    i = k + (multiline ? 3 : 1)
                } else if b[i] == UInt8(ascii: "("), let p = parens {
                    stack[stack.count - 1] = .code(parens: p + 1); i += 1
                } else if b[i] == UInt8(ascii: ")"), let p = parens {
                    if p == 0 { stack.removeLast() } else { stack[stack.count - 1] = .code(parens: p - 1) }
                    i += 1
                } else {
                    i += 1
                }
            case .string(let multiline, let hashes):
                let close = (multiline ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
                if b[i] == UInt8(ascii: "\\"), at(i + 1, String(repeating: "#", count: hashes)) {
                    let k = i + 1 + hashes
                    if k < b.count, b[k] == UInt8(ascii: "(") {
                        stack.append(.code(parens: 0))
                        for j in i..<(k + 1) { blank(j) }
                        i = k + 1
                    } else {
                        for j in i..<min(k + 1, b.count) { blank(j) }
                        i = k + 1
                    }
                } else if at(i, close) {
                    stack.removeLast()
                    i += close.utf8.count
                } else if b[i] == 0x0A, !multiline {
                    stack.removeLast()              // an unterminated string ends at the line break
                } else {
                    blank(i); i += 1
                }
            }
        }
        return out
    }

    /// The declaration keyword a line of code starts with, its name, and whether `public` or `open` is among
    /// its modifiers; nil when the line does not start a declaration.
    static func declaration(_ line: Substring) -> (keyword: String, name: String, isPublic: Bool)? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        var isPublic = false
        func word() -> Substring { rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" } }
        func skipParens() {
            guard rest.first == "(" else { return }
            var depth = 0
            while let c = rest.first {
                rest = rest.dropFirst()
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1; if depth == 0 { return } }
            }
        }
        func skipSpaces() { rest = rest.drop { $0 == " " || $0 == "\t" } }
        while true {
            if rest.first == "@" {
                rest = rest.dropFirst()
                rest = rest.drop { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
                skipParens()
                skipSpaces()
                continue
            }
            let w = String(word())
            guard !w.isEmpty else { return nil }
            rest = rest.dropFirst(w.count)
            // `class` is a modifier before another keyword (`class func`), a keyword otherwise.
            let next = String(rest.drop { $0 == " " }.prefix { $0.isLetter })
            if modifiers.contains(w), !(keywords.contains(w) && !keywords.contains(next) && !modifiers.contains(next)) {
                if w == "public" || w == "open" { isPublic = true }
                skipParens()                        // private(set), unowned(safe)
                skipSpaces()
                continue
            }
            guard keywords.contains(w) else { return nil }
            skipSpaces()
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            return (w, String(name), isPublic)
        }
    }

    static func scan(_ text: String) -> Result {
        let raw = text.split(separator: "\n", omittingEmptySubsequences: false)
        let code = String(decoding: codeOnly(text), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var result = Result()
        var depth = 0
        var publicBodies: [(depth: Int, isEnum: Bool)] = []  // bodies of public enums and protocols
        var pendingBody: Bool?                               // a public enum (true) or protocol (false) opens next
        for (index, line) in code.enumerated() {
            if let d = declaration(line) {
                let inBody = publicBodies.last.map { $0.depth == depth } ?? false
                let member = inBody && (publicBodies.last?.isEnum == true ? d.keyword == "case" : true)
                if d.isPublic || member {
                    var above = index - 1
                    while above >= 0, raw[above].drop(while: \.isWhitespace).hasPrefix("@") { above -= 1 }
                    if above < 0 || !raw[above].drop(while: \.isWhitespace).hasPrefix("///") {
                        result.undocumented.append(Declaration(line: index + 1, text: raw[index].trimmingCharacters(in: .whitespaces)))
                    }
                }
                if d.isPublic, depth == 0, !d.name.isEmpty,
                   ["struct", "class", "enum", "protocol", "actor", "typealias", "func"].contains(d.keyword) {
                    result.publicNames.insert(d.name)
                }
                if d.isPublic, d.keyword == "enum" { pendingBody = true }
                if d.isPublic, d.keyword == "protocol" { pendingBody = false }
            }
            for c in line.utf8 {
                if c == UInt8(ascii: "{") {
                    depth += 1
                    if let isEnum = pendingBody { publicBodies.append((depth, isEnum)); pendingBody = nil }
                } else if c == UInt8(ascii: "}") {
                    if publicBodies.last?.depth == depth { publicBodies.removeLast() }
                    depth -= 1
                }
            }
        }
        return result
    }

    /// The targets of ``double-backtick`` symbol links in Markdown, outside code blocks.
    static func symbolLinks(in markdown: String) -> [String] {
        var links: [String] = []
        var inFence = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            if inFence { continue }
            let parts = line.components(separatedBy: "``")
            // Odd-numbered parts stand between a pair of double backticks.
            for k in stride(from: 1, to: parts.count - 1, by: 2) where !parts[k].isEmpty {
                links.append(parts[k])
            }
        }
        return links
    }
}
