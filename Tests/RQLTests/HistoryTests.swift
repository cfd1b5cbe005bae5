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
        // A relative XDG_STATE_HOME is ignored, as the XDG specification says: never under the current folder.
        #expect(History.defaultPath { ["XDG_STATE_HOME": "state", "HOME": "/h"][$0] } == "/h/.rql_history")
        #expect(History.defaultPath { ["XDG_STATE_HOME": "./s", "HOME": "rel"][$0] } == nil)
    }

    @Test func aLinkedHistoryIsWrittenThroughToItsTarget() throws {
        let dir = try temporaryDirectory("history-link")
        try FileManager.default.createDirectory(atPath: dir + "/dotfiles", withIntermediateDirectories: true)
        try "old\n".write(toFile: dir + "/dotfiles/history", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/.rql_history", withDestinationPath: "dotfiles/history")
        let history = History(path: dir + "/.rql_history")
        for i in 0..<1600 { try history.append("q\(i)") }  // past the rewrite threshold
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/.rql_history") == "dotfiles/history")
        let entries = History(path: dir + "/dotfiles/history").load()
        #expect(entries.count == 1000)
        #expect(entries.last == "q1599")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/dotfiles") == ["history"])
    }

    /// The rewrite's temporary file is created with O_EXCL | O_NOFOLLOW: a link planted where it would go is
    /// never written through.
    @Test func aPlantedLinkIsNotFollowed() throws {
        let dir = try temporaryDirectory("history-plant")
        try "precious\n".write(toFile: dir + "/victim", atomically: true, encoding: .utf8)
        for attempt in 0..<3 {
            try FileManager.default.createSymbolicLink(atPath: dir + "/.h.tmp.\(getpid()).\(attempt)",
                                                       withDestinationPath: dir + "/victim")
        }
        let history = History(path: dir + "/h")
        for i in 0..<1501 { try history.append("q\(i)") }
        #expect(try String(contentsOfFile: dir + "/victim", encoding: .utf8) == "precious\n")
        #expect(history.load().count == 1000)
        #expect(history.load().last == "q1500")
        // The file was rewritten: 1000 lines, not 1501.
        #expect(try String(contentsOfFile: dir + "/h", encoding: .utf8).split(separator: "\n").count == 1000)
    }

    /// Only the tail of a huge history is read: a 100 MB file costs what 1 MiB does.
    @Test func onlyTheTailOfAHugeFileIsRead() throws {
        let dir = try temporaryDirectory("history-huge")
        let path = dir + "/h"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let line = Array("projects where sector = 工业 and status = 在建 sum invest2024 # padding padding\n".utf8)
        var block: [UInt8] = []
        while block.count < 1 << 20 { block += line }
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        for _ in 0..<100 { handle.write(Data(block)) }
        handle.write(Data("the newest\n".utf8))
        try handle.close()
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let tail = try History.tail(of: fd)
        #expect(tail.count <= History.tailBytes)
        #expect(tail.first == UInt8(ascii: "p"), "starts at a whole line")
        let entries = History(path: path).load()
        #expect(entries.count == 1000)
        #expect(entries.last == "the newest")
        // Appending rewrites it small.
        try History(path: path).append("one more")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0 < History.tailBytes)
        #expect(History(path: path).load().suffix(2) == ["the newest", "one more"])
    }

    /// A history cut short mid-line (a crash) still takes new entries on lines of their own.
    @Test func aCutShortLastLineIsEnded() throws {
        let dir = try temporaryDirectory("history-cut")
        try "first\nsecon".write(toFile: dir + "/h", atomically: true, encoding: .utf8)
        try History(path: dir + "/h").append("third")
        #expect(History(path: dir + "/h").load() == ["first", "secon", "third"])
    }

    @Test func aFIFOAsHistoryIsRefused() throws {
        let dir = try temporaryDirectory("history-fifo")
        #expect(mkfifo(dir + "/h", 0o600) == 0)
        #expect(History(path: dir + "/h").load() == [])
        #expect(throws: Files.Failure.self) { try History(path: dir + "/h").append("q") }
    }

    @Test func unwritableIsAnErrorNotACrash() throws {
        let dir = try temporaryDirectory("history-ro")
        try "x".write(toFile: dir + "/file", atomically: true, encoding: .utf8)
        // A path under a regular file cannot be created.
        #expect(throws: Files.Failure.self) { try History(path: dir + "/file/rql/history").append("q") }
    }
}
