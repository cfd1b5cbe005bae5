import Testing
import TestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Library code must not trap on any input: no `try!`, `fatalError`, `precondition`, `as!` or force unwrap.
/// An exception needs `// trap-ok: why` on its line. The `rql` command and the tests are outside this rule.
@Suite struct TrapLintTests {
    static func swiftFiles(in dir: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var out: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let path = dir + "/" + name
            if e.pointee.d_type == UInt8(DT_DIR) {
                out += swiftFiles(in: path)
            } else if name.hasSuffix(".swift") {
                out.append(path)
            }
        }
        return out
    }

    /// The file's text; empty when it cannot be read (the tests then fail on what is missing).
    static func read(_ path: String) -> String {
        (try? readFile(path)) ?? ""
    }

    /// Whether a line of code (comments and string literals removed) holds a trap.
    static func trap(in line: String) -> String? {
        var code = ""
        var inString = false
        var prev: Character = " "
        var chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if !inString, c == "/", i + 1 < chars.count, chars[i + 1] == "/" { break }
            if c == "\"", prev != "\\" { inString.toggle(); i += 1; prev = c; continue }
            if !inString { code.append(c) }
            prev = c
            i += 1
        }
        chars = Array(code)
        for word in ["try!", "fatalError(", "preconditionFailure(", "precondition(", "as! "] where code.contains(word) {
            return word
        }
        for (k, c) in chars.enumerated() where c == "!" && k > 0 {
            let before = chars[k - 1]
            let after: Character = k + 1 < chars.count ? chars[k + 1] : " "
            if after == "=" { continue }
            if before.isLetter || before.isNumber || before == "_" || before == ")" || before == "]" {
                if after == "." || after == "," || after == ")" || after == "]" || after == " " || k + 1 == chars.count {
                    return "force unwrap"
                }
            }
        }
        return nil
    }

    @Test func libraryCodeHasNoTraps() {
        var found: [String] = []
        for dir in ["Sources/ReportModel", "Sources/ReportQL", "Sources/ReportImport", "Sources/ReportQLFoundation"] {
            let files = Self.swiftFiles(in: packageRoot + dir)
            #expect(!files.isEmpty, "no sources found under \(dir)")
            for file in files {
                // Generated sources (the built-in report's literals) are checked by the tests that generate them.
                if Self.read(file).hasPrefix("// Generated from ") { continue }
                for (n, line) in Self.read(file).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if line.contains("trap-ok:") { continue }
                    if let t = Self.trap(in: String(line)) {
                        found.append("\(file.dropFirst(packageRoot.count)):\(n + 1): \(t): \(line.trimmingCharacters())")
                    }
                }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    /// Whether `text` writes an ANSI escape: the byte itself, or outside comments a Swift escape that makes it.
    static func ansiEscape(in text: String) -> Bool {
        let code = text.split(separator: "\n").filter { !$0.trimmingCharacters().hasPrefix("//") }
        let lowered = code.joined(separator: "\n").lowercased()
        return text.utf8.contains(0x1B) || ["\\u{1b}", "\\u{001b}", "\\u{00001b}", "\\e["]
            .contains { lowered.contains($0) }
    }

    /// The libraries render plain text (diagnostics as text plus ranges); colour is added by `rql` alone.
    @Test func libraryCodeWritesNoANSIEscapes() {
        var found: [String] = []
        for dir in ["Sources/ReportModel", "Sources/ReportQL", "Sources/ReportImport", "Sources/ReportQLFoundation"] {
            let files = Self.swiftFiles(in: packageRoot + dir)
            #expect(!files.isEmpty, "no sources under \(dir)")
            for file in files where Self.ansiEscape(in: Self.read(file)) { found.append(file) }
        }
        #expect(found.isEmpty, "ANSI escapes in library sources: \(found.joined(separator: ", "))")
    }

    @Test func theLintSeesANSIEscapes() {
        #expect(Self.ansiEscape(in: "let red = \"\\u{1B}[31m\""))
        #expect(Self.ansiEscape(in: "\u{1B}[0m"))
        #expect(!Self.ansiEscape(in: "let plain = \"error:\""))
        #expect(!Self.ansiEscape(in: "/// shown as `\\u{1b}`"))
    }

    @Test func theLintSeesTraps() {
        #expect(Self.trap(in: "let x = y!") == "force unwrap")
        #expect(Self.trap(in: "foo(a!.b)") == "force unwrap")
        #expect(Self.trap(in: "let x = try! f()") == "try!")
        #expect(Self.trap(in: "if a != b { }") == nil)
        #expect(Self.trap(in: "let s = \"wow!\" // really!") == nil)
        #expect(Self.trap(in: "if !done { }") == nil)
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        var s = self
        while let f = s.first, f == " " { s = s.dropFirst() }
        return String(s)
    }
}
