// libFuzzer entry: lex → parse → check → evaluate one script on the built-in report.
// Built by Tests/Fuzz/run.sh together with the library sources (one module), never by SwiftPM.

let fuzzEnvironment = Environment(options: .init(rowBudget: 200_000))

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let session = Session(environment: fuzzEnvironment)
    session.run(SourceFile(name: "<fuzz>", text: text), keepGoing: true) { _ in }
    _ = Syntax.isComplete(text)
    return 0
}
