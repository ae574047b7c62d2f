import Foundation
import Testing
@testable import Writing
import Model

@Suite struct SiteWriterTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("briefings-writer-\(UUID().uuidString)")
    }

    /// On Linux the new site and the old one trade places in one step: a reader of the output
    /// (the preview server, during a rebuild) never finds it missing.
    @Test func theNewSiteTakesTheOldOnesPlaceInOneStep() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let old = root.appendingPathComponent("Site"), new = root.appendingPathComponent("new")
        try FileManager.default.createDirectory(at: old, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: new, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: old.appendingPathComponent("index.html"))
        try Data("new".utf8).write(to: new.appendingPathComponent("index.html"))
        #if os(Linux)
        #expect(AtomicExchange.swap(new.path, old.path))
        #expect(try String(contentsOf: old.appendingPathComponent("index.html"), encoding: .utf8) == "new")
        #expect(try String(contentsOf: new.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #else
        #expect(!AtomicExchange.swap(new.path, old.path))
        #endif
    }

    @Test func replacesTheOutputWhole() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        let writer = SiteWriter(output: output)
        try writer.write([SiteFile(path: "index.html", text: "one"), SiteFile(path: "old/page.html", text: "gone")])
        try writer.write([SiteFile(path: "index.html", text: "two"), SiteFile(path: "a/b/c.html", text: "deep")])
        #expect(try tree(output) == ["index.html": Data("two".utf8), "a/b/c.html": Data("deep".utf8)])
        // Nothing of the staging folders is left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])
    }

    @Test func aFailedWriteLeavesThePreviousOutput() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        let writer = SiteWriter(output: output)
        try writer.write([SiteFile(path: "index.html", text: "kept")])
        #expect(throws: WriteError.self) {
            try writer.write([SiteFile(path: "index.html", text: "new"), SiteFile(path: "../escape.html", text: "x")])
        }
        // A file and a folder of the same name cannot both be written.
        #expect(throws: (any Error).self) {
            try writer.write([SiteFile(path: "a", text: "file"), SiteFile(path: "a/b.html", text: "x")])
        }
        #expect(try tree(output) == ["index.html": Data("kept".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])
    }

    /// A file's bytes replace what it held, however long; a file that cannot be made is an
    /// error that names it.
    @Test func fileBytesWritesWholeFilesAndNamesTheOneItCannotMake() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let path = root.appendingPathComponent("entry").path
        let long = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try FileBytes.write(long, to: path)
        #expect(FileManager.default.contents(atPath: path) == Data(long))
        try FileBytes.write(Array("short".utf8), to: path)
        #expect(FileManager.default.contents(atPath: path) == Data("short".utf8))
        try FileBytes.write([], to: path)
        #expect(FileManager.default.contents(atPath: path) == Data())
        let missing = root.appendingPathComponent("no-such-folder/entry").path
        let error = #expect(throws: WriteError.self) { try FileBytes.write([1, 2, 3], to: missing) }
        #expect(error?.path == missing)
    }
}
