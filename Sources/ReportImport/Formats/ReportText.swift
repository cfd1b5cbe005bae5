/// The plain text of a report, whatever form it came in: text (UTF-8, UTF-16 with a BOM, GB18030/GBK), an
/// HTML page, a Word `.docx`, or a PDF (through poppler's `pdftotext`).
///
/// The form is read from the content — `%PDF-`, a ZIP archive (a `.docx` holds `word/document.xml`), a page that
/// opens as HTML — not from the file name, which only settles the case of a file that begins with `<`
/// and is named `.htm`/`.html`. The text returned is what the import stores, so every record's quote is
/// found in it verbatim.
///
/// ```swift
/// let text = try ReportText.extract(from: bytes, fileName: "report.docx")
/// let result = ReportImporter().importReport(text: text, source: "report.docx")
/// ```
public enum ReportText {
    /// The forms a report is read from.
    public enum Format: String, Sendable, Equatable, CaseIterable {
        /// Plain text: UTF-8, UTF-16 with a BOM, or GB18030.
        case text
        /// An HTML page.
        case html
        /// A Word document (Office Open XML).
        case docx
        /// A PDF, read by `pdftotext`.
        case pdf
    }

    /// Why a report's text could not be had, in words for the person who gave the file.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// What went wrong, naming the file.
        public var message: String
        /// The message.
        public var description: String { message }
        /// A failure with `message`.
        public init(_ message: String) { self.message = message }
    }

    /// The form of `bytes`, from their content (and for a file that begins with `<`, `fileName`).
    public static func format(of bytes: [UInt8], fileName: String = "") -> Format {
        if PDF.looksLikePDF(bytes) { return .pdf }
        if ZipArchive.looksLikeZip(bytes) { return .docx }
        if HTMLText.looksLikeHTML(bytes.count > 2 && (bytes[0] == 0xFF || bytes[0] == 0xFE) ? utf16Head(bytes) : bytes) {
            return .html
        }
        let lower = fileName.lowercased()
        if [".htm", ".html", ".xhtml", ".shtml"].contains(where: { lower.hasSuffix($0) }),
           bytes.drop(while: { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF })
            .first == UInt8(ascii: "<") {
            return .html
        }
        return .text
    }

    /// The plain text of the report in `bytes`; `fileName` names it in errors (and see ``format(of:fileName:)``).
    public static func extract(from bytes: [UInt8], fileName: String = "") throws(Failure) -> String {
        switch format(of: bytes, fileName: fileName) {
        case .pdf:
            do {
                return try PDF.text(bytes)
            } catch {
                throw Failure(message(for: error, fileName))
            }
        case .docx:
            do {
                return try Docx.text(bytes)
            } catch {
                throw Failure("\(fileName): " + describe(error))
            }
        case .html:
            let text = try decode(bytes, declared: TextDecoding.declaredCharset(bytes), fileName)
            return HTMLText.text(Array(text.utf8))
        case .text:
            if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                throw Failure("\(fileName) is an old binary Word (.doc) or other OLE file; save it as .docx or text")
            }
            if bytes.starts(with: Array("{\\rtf".utf8)) {
                throw Failure("\(fileName) is RTF; save it as .docx or text")
            }
            let text = try decode(bytes, declared: nil, fileName)
            if let nul = text.utf8.firstIndex(of: 0) {
                let offset = text.utf8.distance(from: text.utf8.startIndex, to: nul)
                throw Failure("\(fileName) is not text (a NUL character at byte \(offset)); the forms read are "
                              + "text, HTML, .docx and PDF")
            }
            return text
        }
    }

    // MARK: Private API

    private static func decode(_ bytes: [UInt8], declared: String?, _ fileName: String) throws(Failure) -> String {
        do {
            return try TextDecoding.decode(bytes, declared: declared).text
        } catch {
            switch error {
            case .invalid(let encoding, let offset):
                let tried = encoding == .gb18030 || encoding == .big5 ? "UTF-8 nor \(encoding.rawValue)" : encoding.rawValue
                throw Failure("\(fileName) is not text in \(tried): an invalid byte at offset \(offset)")
            case .unavailable(let encoding):
                throw Failure("\(fileName) is not UTF-8, and this system's iconv cannot convert \(encoding.rawValue)")
            }
        }
    }

    static func message(for error: PDF.Failure, _ fileName: String) -> String {
        switch error {
        case .noConverter:
            "\(fileName) is a PDF: reading it needs pdftotext, from the poppler-utils package "
                + "(apt-get install poppler-utils)"
        case .failed(let status):
            "\(fileName): pdftotext could not read this PDF (exit status \(status)); it may be damaged or encrypted"
        case .system(let why):
            "\(fileName): \(why)"
        }
    }

    private static func describe(_ error: ZipArchive.Failure) -> String {
        switch error {
        case .notZip: "not a ZIP archive"
        case .truncated(let why): "a truncated or damaged .docx (\(why))"
        case .unsupported(let why): why
        case .corrupt(let why): "a damaged .docx (\(why))"
        case .tooLarge(let name, let limit): "\(name) inflates to more than \(limit >> 20) MB; refusing it"
        case .missing(let name): "a ZIP archive without \(name): not a Word .docx"
        }
    }

    /// The first bytes of UTF-16 text as ASCII, for sniffing.
    private static func utf16Head(_ bytes: [UInt8]) -> [UInt8] {
        let littleEndian = bytes[0] == 0xFF
        var out: [UInt8] = []
        var k = 2
        while k + 1 < min(bytes.count, 8192) {
            let (lo, hi) = littleEndian ? (bytes[k], bytes[k + 1]) : (bytes[k + 1], bytes[k])
            out.append(hi == 0 && lo < 0x80 ? lo : 0x20)
            k += 2
        }
        return out
    }
}
