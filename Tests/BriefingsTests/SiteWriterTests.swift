import Foundation
import Testing
@testable import Writing
import Model

@Suite struct SiteWriterTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("briefings-writer-\(UUID().uuidString)")
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
}
