import Foundation
import ReportQL
import Testing
import TestSupport

/// The DocC articles that are programs or generated references must not drift from what they describe.
@Suite struct ArticleTests {
    static let root = URL(fileURLWithPath: packageRoot)
    static let docc = root.appendingPathComponent("Sources/ReportQL/ReportQL.docc")

    static func swiftBlocks(_ text: String) -> [String] {
        text.components(separatedBy: "```swift\n").dropFirst().compactMap { $0.components(separatedBy: "\n```").first }
    }

    /// "Building a tool on ReportQL" is the tool CI builds and runs: its program blocks are main.swift, in order.
    @Test func buildingAToolIsTheToolSample() throws {
        let article = try String(contentsOf: Self.docc.appendingPathComponent("BuildingATool.md"), encoding: .utf8)
        let blocks = Self.swiftBlocks(article)
        let package = try String(contentsOf: Self.root.appendingPathComponent("Samples/Tool/Package.swift"), encoding: .utf8)
        let main = try String(contentsOf: Self.root.appendingPathComponent("Samples/Tool/Sources/ReportTool/main.swift"),
                              encoding: .utf8)
        #expect(blocks.first.map { $0 + "\n" } == package)
        #expect(blocks.dropFirst().joined(separator: "\n\n") + "\n" == main)
        for needle in ["TaskGroup", "JSONEncoder", "HostFunction", "Table(name:", "cancel()", "ReportImporter", "compile("] {
            #expect(main.contains(needle) || main.contains(needle.replacingOccurrences(of: "TaskGroup", with: "withThrowingTaskGroup")),
                    "the tool does not use \(needle)")
        }
        let landing = try String(contentsOf: Self.docc.appendingPathComponent("ReportQL.md"), encoding: .utf8)
        #expect(landing.contains("<doc:BuildingATool>"))
        let ci = try String(contentsOf: Self.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(ci.contains("swift run --package-path Samples/Tool"))
    }

    /// The function reference is the catalog `.help` reads, word for word.
    @Test func functionReferenceIsTheCatalog() throws {
        let article = try String(contentsOf: Self.docc.appendingPathComponent("Functions.md"), encoding: .utf8)
        let table = try #require(article.components(separatedBy: "<!-- catalog -->\n").dropFirst().first?
            .components(separatedBy: "<!-- /catalog -->").first)
        #expect(table == FunctionCatalog.markdown, "regenerate Functions.md from FunctionCatalog.markdown:\n\(FunctionCatalog.markdown)")
    }
}
