import ReportImport
import ReportModel
import Testing
import TestSupport

/// Inputs the import fuzzer (Tests/Fuzz/run.sh import) found, and inputs written to look like them: each
/// imports, and the model it writes loads.
@Suite struct FuzzRegressionTests {
    static let directory = packageRoot + "Tests/ReportImportTests/FuzzRegressions/"
    static let files: [String] = ((try? listDirectory(directory)) ?? []).filter { !$0.hasPrefix(".") }.sorted()

    @Test func thereAreRegressionInputs() {
        #expect(!Self.files.isEmpty)
    }

    @Test(arguments: files)
    func importsAndLoads(_ name: String) throws {
        let bytes = try readFile(Self.directory + name)
        let result = ReportImporter().importReport(text: bytes, source: name)
        _ = try Report.load(json: result.json, source: name + ".json")
    }
}
