import Testing
@testable import ReportModel

@Test func builtinLoads() throws {
    let r = Report.builtin
    #expect(r.table("indicators")?.rowCount == 12)
    #expect(r.table("项目")?.rowCount == 12)
    #expect(r.table("facts")?.rowCount ?? 0 > 100)
    #expect(r.table("sentences")?.rowCount ?? 0 > 100)
}
