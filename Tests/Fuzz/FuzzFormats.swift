// libFuzzer entry: report text extraction (HTML pages, Word .docx: ZIP, DEFLATE, WordprocessingML), built by
// Tests/Fuzz/run.sh html|docx, never by SwiftPM. FUZZ_FORMAT (set at build time by -D) picks the target.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormats(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    #if FUZZ_DOCX
    if ZipArchive.looksLikeZip(bytes) {
        _ = try? ReportText.extract(from: bytes, fileName: "fuzz.docx")
    } else {
        // The bytes as a document.xml part, and as a raw DEFLATE stream.
        _ = Docx.text(xml: bytes)
        _ = try? Inflater.inflate(bytes, range: 0..<bytes.count, limit: 1 << 20)
    }
    #else
    _ = HTMLText.text(bytes)
    if ReportText.format(of: bytes, fileName: "fuzz.html") != .pdf {
        _ = try? ReportText.extract(from: bytes, fileName: "fuzz.html")
    }
    #endif
    return 0
}
