import Foundation
import Testing
@testable import rql

@Suite("history file")
struct HistoryTests {
    @Test func multiLineEntriesAreOneLine() {
        let entry = "projects where\n  sector = 工业 \\ done"
        let encoded = History.encode(entry)
        #expect(!encoded.contains("\n"))
        #expect(History.decode(Substring(encoded)) == entry)
    }

    @Test func appendsKeepsTheNewestThousandAndLeavesNoTemporaryFile() throws {
        let dir = try temporaryDirectory("history-limit")
        let history = History(path: dir + "/state/rql/history")
        for i in 0..<1005 { try history.append("q\(i)") }
        let entries = history.load()
        #expect(entries.count == 1000)
        #expect(entries.first == "q5")
        #expect(entries.last == "q1004")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/state/rql") == ["history"])
    }

    @Test func twoWritersKeepEachOthersEntries() throws {
        let dir = try temporaryDirectory("history-two")
        let a = History(path: dir + "/h"), b = History(path: dir + "/h")
        try a.append("from a")
        try b.append("from b")
        try a.append("again a\nline 2")
        #expect(History(path: dir + "/h").load() == ["from a", "from b", "again a\nline 2"])
    }

    @Test func repeatedEntryIsKeptOnce() throws {
        let dir = try temporaryDirectory("history-repeat")
        let h = History(path: dir + "/h")
        try h.append("check")
        try h.append("check")
        #expect(h.load() == ["check"])
    }

    @Test func whereItLives() {
        #expect(History.defaultPath { ["XDG_STATE_HOME": "/s", "HOME": "/h"][$0] } == "/s/rql/history")
        #expect(History.defaultPath { ["HOME": "/h"][$0] } == "/h/.rql_history")
        #expect(History.defaultPath { ["XDG_STATE_HOME": "", "HOME": "/h"][$0] } == "/h/.rql_history")
        #expect(History.defaultPath { _ in nil } == nil)
    }

    @Test func unwritableIsAnErrorNotACrash() throws {
        let dir = try temporaryDirectory("history-ro")
        try "x".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
        // A path under a regular file cannot be created.
        #expect(throws: Files.Failure.self) { try History(path: dir + "/file/rql/history").append("q") }
    }
}
