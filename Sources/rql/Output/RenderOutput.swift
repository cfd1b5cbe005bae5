import ReportQL
import ReportModel

/// Where a formatter's text goes, piece by piece: a ``Writer`` (standard output or a file, written as it comes,
/// so a long table starts showing at once) or a string (``text``, for tests and help).
///
/// Every formatter loop asks ``stopped`` before each row: once Ctrl-C raised the interrupt, printing ends
/// within a row, however long the table (issue #14: "Ctrl-C ends the running statement and its output").
final class RenderOutput {
    private let writer: Writer?
    private let interrupt: Interrupt?
    /// What was written, when collecting into a string.
    private(set) var text = ""

    /// Collects the text in ``text``; stopped once `interrupt` (if any) is raised.
    init(interrupt: Interrupt? = nil) {
        writer = nil
        self.interrupt = interrupt
    }

    /// Writes to `writer`; stopped once `interrupt` is raised.
    init(writer: Writer, interrupt: Interrupt?) {
        self.writer = writer
        self.interrupt = interrupt
    }

    func write(_ piece: String) {
        if let writer { writer.write(piece) } else { text += piece }
    }

    /// Whether printing should end now (Ctrl-C).
    var stopped: Bool { interrupt?.isRequested == true }

    /// What `body` writes, as a string.
    static func collect(_ body: (RenderOutput) -> Void) -> String {
        let out = RenderOutput()
        body(out)
        return out.text
    }
}
