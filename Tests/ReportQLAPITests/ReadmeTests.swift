import Foundation
import Testing
import TestSupport

/// The README's Embedding example is the program CI builds and runs (Samples/Embedding): they must not drift.
@Suite struct ReadmeTests {
    static let root = URL(fileURLWithPath: packageRoot)

    @Test func embeddingExampleIsTheSample() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Embedding").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```swift\n").dropFirst().first?
            .components(separatedBy: "```").first)
        let sample = try String(contentsOf: Self.root.appendingPathComponent(
            "Samples/Embedding/Sources/EmbeddingExample/main.swift"), encoding: .utf8)
        #expect(block == sample)
    }

    @Test func quickStartIsTwoCommands() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Quick start").dropFirst().first?
            .components(separatedBy: "\n## ").first)
        let block = try #require(section.components(separatedBy: "```sh\n").dropFirst().first?
            .components(separatedBy: "```").first)
        let commands = block.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(commands.count == 2)
        #expect(commands.first?.hasPrefix("swift run rql") == true)
        #expect(commands.last?.hasPrefix("swift test") == true)
        // One install line names every package CI installs, and no headers: libedit is loaded at run time.
        #expect(!section.contains("libedit-dev"))
        let ci = try String(contentsOf: Self.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        let ciLine = try #require(ci.split(separator: "\n").first { $0.contains("apt-get install") })
        let ciPackages = ciLine.split(separator: " ").drop { $0 != "install" }.dropFirst().filter { !$0.hasPrefix("-") && $0 != ">/dev/null" }
        #expect(!ciPackages.isEmpty)
        let readmeLine = try #require(section.split(separator: "\n").first { $0.contains("apt-get install") })
        let readmePackages = Set(readmeLine.components(separatedBy: "apt-get install ").last?
            .components(separatedBy: "`").first?.split(separator: " ").map(String.init) ?? [])
        for package in ciPackages { #expect(readmePackages.contains(String(package)), "\(package) is not on the README's install line") }
        let shim = try String(contentsOf: Self.root.appendingPathComponent("Sources/CLibEdit/shim.h"), encoding: .utf8)
        #expect(!shim.contains("#include <editline") && !shim.contains("#include <histedit"))
        let map = try String(contentsOf: Self.root.appendingPathComponent("Sources/CLibEdit/module.modulemap"),
                             encoding: .utf8)
        #expect(!map.contains("link "))
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        #expect(!manifest.contains("pkgConfig"))
    }
}
