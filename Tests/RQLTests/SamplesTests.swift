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

    /// The analyst sample runs over its own folder of reports (6 regions × 4 years, made by make.py beside it);
    /// its caches go to a fresh directory, so no warning about another build's cache reaches stderr.
    @Test func analystSample() throws {
        let dir = Self.samples.appendingPathComponent("Analyst").path
        let expected = try String(contentsOfFile: dir + "/analyst.out", encoding: .utf8)
        let cache = try temporaryDirectory("analyst-cache")
        let result = try rql("--report", dir + "/reports", dir + "/analyst.rql", environment: ["XDG_CACHE_HOME": cache])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        #expect(result.stdout == expected, "Samples/Analyst/analyst.rql differs from its .out")
        #expect(result.stdout.contains("百分点"))
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
