// swift-tools-version: 6.0
import PackageDescription

// Layering, bottom to top:
//   ReportModel  — exact decimals, units, columns, the report model and its JSON format (FoundationEssentials only)
//   ReportQL     — the language: lexer, parser, checker, evaluator, and the embedding API
//   ReportImport — reads the text of a report of the genre and writes its reportql/1 model
//   ReportQLFoundation — LocalizedError and Decimal for hosts (FoundationEssentials; `rql` does not link it)
//   CLibEdit     — declarations of the few libedit functions rql calls (a header of its own: libedit is loaded at
//                  run time with dlopen, so building needs no libedit headers); only the rql line editor imports it
//   rql          — the command: REPL, script runner, output formats
/// The folder holding this manifest (for the linker's search path below).
let packageRoot = String(#filePath.dropLast("Package.swift".count))

let package = Package(
    name: "ReportQL",
    products: [
        .library(name: "ReportQL", targets: ["ReportModel", "ReportQL", "ReportImport", "ReportQLFoundation"]),
        .executable(name: "rql", targets: ["rql"]),
    ],
    targets: [
        .target(
            name: "ReportModel",
            exclude: ["Builtin/quangang-2023.json", "Builtin/FORMAT.md"]
        ),
        .target(name: "ReportQL", dependencies: ["ReportModel"]),
        .target(name: "ReportImport", dependencies: ["ReportModel"]),
        // Foundation's types for hosts (LocalizedError, Decimal): a module of its own, so `rql` links no Foundation.
        .target(name: "ReportQLFoundation", dependencies: ["ReportModel", "ReportQL"]),
        .systemLibrary(name: "CLibEdit"),
        .executableTarget(
            name: "rql",
            dependencies: ["ReportModel", "ReportQL", "ReportImport", "CLibEdit"],
            exclude: ["Link"],
            // Release builds on Linux start faster (BENCHMARKS.md, "Cold start"): a position-dependent executable,
            // whose ~30,000 absolute pointers (Swift's witness tables and vtables) the dynamic loader need not rewrite,
            // a copied page each, at every start (Go builds this way too); and the C++ runtime that Swift's runtime
            // uses linked in statically (Link/libstdc++.so is a linker script naming libstdc++.a; with
            // -static-libgcc), so no libstdc++.so is mapped and bound symbol by symbol. Only this executable:
            // the library products carry no unsafe flags, so hosts can depend on them.
            linkerSettings: [.unsafeFlags(["-Xlinker", "-no-pie", "-L", packageRoot + "Sources/rql/Link",
                                           "-Xclang-linker", "-static-libgcc"],
                                          .when(platforms: [.linux], configuration: .release))]
        ),
        // The benchmark suite (BENCHMARKS.md): `Sources/rql-bench/run.sh` runs all of it.
        .executableTarget(name: "rql-bench", dependencies: ["ReportQL", "ReportModel"], exclude: ["run.sh", "summarize.py", "gen_corpus.py", "shapes.py", "corpus.sh", "cold.py"]),
        // Writes Sources/ReportModel/Builtin/BuiltinSnapshot.swift from quangang-2023.json: `swift run generate-builtin`.
        // Both read files through ReportQL's one reader (`FileSystem.read`).
        .executableTarget(name: "generate-builtin", dependencies: ["ReportModel", "ReportQL"]),
        // Where the package is and how to read its files, for the Foundation-free test targets.
        .target(name: "TestSupport", dependencies: ["ReportQL"], path: "Tests/TestSupport"),
        // ReportImport: the built-in report's test reads numbers written in Chinese numerals as the import does.
        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel", "ReportImport", "TestSupport", "generate-builtin"]),
        .testTarget(name: "ReportQLTests", dependencies: ["ReportModel", "ReportQL", "TestSupport"], exclude: ["Golden", "FuzzRegressions", "Differential"]),
        .testTarget(name: "ReportQLAPITests", dependencies: ["ReportModel", "ReportQL", "ReportImport", "ReportQLFoundation", "TestSupport"]),
        .testTarget(name: "RQLTests", dependencies: ["rql", "ReportModel", "ReportQL"], exclude: ["Charts"]),
        .testTarget(name: "ReportImportTests", dependencies: ["ReportImport", "ReportModel", "TestSupport"],
                    exclude: ["Fixtures", "FuzzRegressions", "Corpus"]),
    ],
    swiftLanguageModes: [.v6]
)
