import Foundation
import Testing
@testable import Writing

@Suite struct SiteWriterTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("briefings-writer-\(UUID().uuidString)")
    }

    @Test func replacesTheOutputWhole() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        let writer = SiteWriter(output: output)
        try writer.write([("index.html", Array("one".utf8)), ("old/page.html", Array("gone".utf8))])
        try writer.write([("index.html", Array("two".utf8)), ("a/b/c.html", Array("deep".utf8))])
        #expect(try tree(output) == ["index.html": Data("two".utf8), "a/b/c.html": Data("deep".utf8)])
        // Nothing of the staging folders is left beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])
    }

    @Test func aFailedWriteLeavesThePreviousOutput() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        let writer = SiteWriter(output: output)
        try writer.write([("index.html", Array("kept".utf8))])
        #expect(throws: WriteError.self) {
            try writer.write([("index.html", Array("new".utf8)), ("../escape.html", Array("x".utf8))])
        }
        // A file and a folder of the same name cannot both be written.
        #expect(throws: (any Error).self) {
            try writer.write([("a", Array("file".utf8)), ("a/b.html", Array("x".utf8))])
        }
        #expect(try tree(output) == ["index.html": Data("kept".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Site"])
    }
}
