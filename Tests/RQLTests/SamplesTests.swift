import Foundation
import Testing

/// Every script in Samples/ runs through the built `rql` and prints exactly the output saved beside it.
/// After a deliberate change of output, regenerate with `for f in Samples/*.rql; do rql "$f" > "${f%.rql}.out"; done`
/// and read the diff before committing it.
@Suite struct SamplesTests {
    static let samples: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Samples")

    static let scripts: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? [])
            .filter { $0.hasSuffix(".rql") }.sorted()
    }()

    @Test func thereAreSamples() {
        #expect(Set(Self.scripts).isSuperset(of: ["tour.rql", "portfolio.rql", "targets.rql", "facts.rql", "analyst.rql"]))
    }

    @Test(arguments: scripts)
    func sample(_ name: String) throws {
        let script = Self.samples.appendingPathComponent(name).path
        let expected = try String(contentsOfFile: String(script.dropLast(4)) + ".out", encoding: .utf8)
        let result = try rql(script)
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(name): \(result.stderr)")
        #expect(result.stdout == expected, "\(name) differs from its .out")
    }
}
