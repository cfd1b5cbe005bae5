import Foundation
import Testing

/// The README's JSON section: the CLI prints the form it shows, and its Python example reads numbers back exactly.
@Suite struct JSONFormTests {
    static let readme: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
    }()

    static var section: String {
        readme.components(separatedBy: "## JSON output").dropFirst().first?.components(separatedBy: "\n## ").first ?? ""
    }

    @Test func theReadmeShowsWhatTheCommandPrints() throws {
        let shown = try #require(Self.section.components(separatedBy: "$ rql --format json -c 'projects by status sum invest2024 as plan'\n")
            .dropFirst().first?.components(separatedBy: "\n").first)
        let r = try rql("--format", "json", "-c", "projects by status sum invest2024 as plan")
        #expect(r.stdout == shown + "\n")
    }

    @Test func thePythonExampleReadsNumbersExactly() throws {
        let python = try #require(Self.section.components(separatedBy: "```python\n").dropFirst().first?
            .components(separatedBy: "```").first)
        let r = try rql("--format", "json", "-c", "projects by status sum invest2024 as plan",
                        "-c", "0.1 + 0.2", "-c", "12345678901234567890.123456789012345678亿元")
        #expect(r.status == 0)
        let out = try run("/usr/bin/env", ["python3", "-c", python], input: r.stdout)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == """
            {'status': '在建', 'plan': (Decimal('300.96'), '亿元')}
            {'status': '预备', 'plan': (Decimal('22.1'), '亿元')}
            {'value': (Decimal('0.3'), '')}
            {'value': (Decimal('12345678901234567890.123456789012345678'), '亿元')}

            """)
    }
}
