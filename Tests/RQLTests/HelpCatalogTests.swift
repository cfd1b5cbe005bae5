import Testing
import ReportQL

/// `.help FUNCTION` and `.functions` read the library's one catalogue (`FunctionCatalog`), the source of the
/// DocC reference too, so the REPL and the documentation cannot drift apart.
@Suite("help from the function catalogue")
struct HelpCatalogTests {
    @Test func functionsListsEveryCatalogueEntry() throws {
        let r = try rql("-c", ".functions")
        #expect(r.status == 0)
        for f in FunctionCatalog.standard {
            #expect(r.stdout.contains("  " + f.signature), "\(f.name)")
        }
    }

    @Test func helpOnAFunctionIsTheCatalogueEntry() throws {
        let round = try #require(FunctionCatalog.entry(named: "round"))
        let r = try rql("-c", ".help round")
        #expect(r.stdout.hasPrefix(round.signature))
        #expect(r.stdout.contains(round.example) && r.stdout.contains(round.exampleResult))
        #expect(try rql("-c", ".help 四舍五入").stdout == r.stdout)
        #expect(try rql("-c", ".help ROUND").stdout == r.stdout)
    }

    @Test func everyFunctionsHelpFitsEightyColumns() throws {
        for topic in FunctionCatalog.standard.map(\.name) + ["functions"] {
            let r = try rql("-c", ".help \(topic)")
            for line in r.stdout.split(separator: "\n") {
                #expect(displayColumns(String(line)) <= 80, "\(topic): \(line)")
            }
        }
        for line in try rql("-c", ".functions").stdout.split(separator: "\n") {
            #expect(displayColumns(String(line)) <= 80, ".functions: \(line)")
        }
    }
}
