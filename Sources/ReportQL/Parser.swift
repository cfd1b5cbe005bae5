/// Placeholder until the parser lands.
enum Parser {
    static func parseScript(_ file: SourceFile) -> ([Statement], [Diagnostic]) {
        ([], [])
    }
}
