// swift-tools-version: 6.0
// The tool the DocC article "Building a tool on ReportQL" walks through: its code blocks are this program's
// main.swift, in order (a test holds them equal). CI builds and runs it: `swift run --package-path Samples/Tool`.
import PackageDescription

// A path dependency is known by its folder's name, which differs between checkouts (CI clones elsewhere).
let root = Context.packageDirectory.split(separator: "/").dropLast(2).last.map(String.init) ?? "ReportQL"

let package = Package(
    name: "ReportTool",
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "ReportTool",
            dependencies: [.product(name: "ReportQL", package: root)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
