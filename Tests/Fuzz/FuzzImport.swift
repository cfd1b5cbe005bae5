// libFuzzer entry: the importer (`rql import`), then the loader on what it wrote. Built by Tests/Fuzz/run.sh,
// never by SwiftPM. Every text must import without a crash, and every model it writes must load: a model the
// loader refuses is a bug of the importer, reported as a crash.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = ReportImporter().importReport(text: text, source: "<fuzz>")
    do {
        _ = try Report.load(json: result.json, source: "<fuzz>.json")
    } catch {
        preconditionFailure("the imported model does not load: \(error)")
    }
    return 0
}
