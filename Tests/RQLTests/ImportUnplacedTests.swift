import Foundation
import Testing

/// `rql import FILE --unplaced OUT`: every sentence with a number the import did not place is written to OUT
/// with its line, and the summary never says every number was placed when one was not.
@Suite struct ImportUnplacedTests {
    @Test func unplacedSentencesAreWrittenToTheFile() throws {
        let dir = try temporaryDirectory("unplaced")
        let text = "一、2023年工作回顾\n全年地区生产总值增长5.5%。\n全年新建5G基站1200,完成年度目标。\n"
        try text.write(toFile: dir + "/r.txt", atomically: true, encoding: .utf8)
        let result = try rql("import", dir + "/r.txt", "--unplaced", dir + "/un.txt")
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOfFile: dir + "/un.txt", encoding: .utf8)
        #expect(written == "line 3: 全年新建5G基站1200,完成年度目标。\n")
        #expect(result.stderr.contains("unplaced: 1 sentence with numbers not placed"))
        #expect(!result.stderr.contains("every number was placed"))
    }
}
