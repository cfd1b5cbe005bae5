// swift-tools-version: 6.0
// A program outside ReportQL that uses it as a library, exactly as the README's Embedding section shows.
// CI builds and runs it: `swift run --package-path Samples/Embedding`.
import PackageDescription

let package = Package(
    name: "EmbeddingExample",
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "EmbeddingExample",
            dependencies: [.product(name: "ReportQL", package: "main")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
