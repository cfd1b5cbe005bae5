import Testing
@testable import ReportQL

/// Errors render one way everywhere: FILE:LINE:COL, the source line, a caret under the range placed by display
/// width (a CJK character is two columns), and the suggestion.
@Suite struct DiagnosticsTests {
    func rendered(_ text: String) -> String {
        let session = Session(environment: Environment())
        var out = ""
        session.run(SourceFile(name: "t.rql", text: text), keepGoing: true) { outcome in
            switch outcome {
            case .checkFailed(let e): out += e.rendered()
            case .runFailed(let e): out += e.rendered()
            case .success: break
            }
        }
        return out
    }

    @Test func caretUnderCJKIsPlacedByDisplayWidth() {
        #expect(rendered("项目 其中 领域 = 工亚") == """
            t.rql:1:12: error: no row has sector = '工亚'
             1 | 项目 其中 领域 = 工亚
               |                  ^^^^
               = help: did you mean '工业'?

            """)
    }

    @Test func caretOnALaterLineNamesThatLine() {
        #expect(rendered("projects count\nprojects where secter = 工业") == """
            t.rql:2:16: error: unknown field 'secter' in projects
             2 | projects where secter = 工业
               |                ^^^^^^
               = help: did you mean 'sector'?

            """)
    }

    @Test func everyErrorOfAStatementIsRendered() {
        let text = rendered("projects where secter = 工业 and statuz = 在建")
        #expect(text.split(separator: "\n").filter { $0.contains(": error: ") }.count == 2)
    }

    @Test func widthOfText() {
        #expect(displayWidth("工业") == 4)
        #expect(displayWidth("abc") == 3)
        #expect(displayWidth("２０２４年") == 10)
        #expect(displayWidth("e\u{301}") == 1)
    }
}
