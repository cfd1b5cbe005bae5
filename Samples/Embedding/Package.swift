// swift-tools-version: 6.0
// A program outside ReportQL that uses it as a library, exactly as the README's Embedding section shows.
// CI builds and runs it: `swift run --package-path Samples/Embedding`.
import PackageDescription

// A path dependency is known by its folder's name, which differs between checkouts (CI clones elsewhere).
let root = Context.packageDirectory.split(separator: "/").dropLast(2).last.map(String.init) ?? "ReportQL"

let package = Package(
    name: "EmbeddingExample",
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "EmbeddingExample",
            dependencies: [.product(name: "ReportQL", package: root)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
