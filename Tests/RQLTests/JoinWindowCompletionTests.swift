import ReportQL
import Testing

/// Tab offers `join`, `left`, `within` (and their Chinese spellings) after a finished operand, like the other clauses.
@Suite("completion of join and within")
struct JoinWindowCompletionTests {
    let completer = Completer(session: Session(environment: Environment()))

    @Test func clausesAfterAnOperand() {
        let line = "targets where growth > 5% "
        let r = completer.complete(line: line, cursor: line.utf8.count)
        for word in ["join", "left", "within", "连接", "组内"] {
            #expect(r.candidates.contains(word), "missing \(word)")
        }
    }
}
