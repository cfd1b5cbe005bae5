// libFuzzer entry: the report loader (reportql/1 JSON). Built by Tests/Fuzz/run.sh, never by SwiftPM.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let report = try? Report.load(bytes: bytes, source: "<fuzz>") {
        // A report that loads must also be queryable.
        let session = Session(environment: Environment(reports: [report], options: .init(rowBudget: 100_000)))
        session.run(SourceFile(name: "<fuzz>", text: "check\nfacts count\nsource indicators\nsentences count"),
                    keepGoing: true) { _ in }
    }
    return 0
}
