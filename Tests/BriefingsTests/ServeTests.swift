import Foundation
import Testing

/// `briefings serve` as an editor uses it: the real executable on a loopback port, spoken to
/// over HTTP, its project's files edited while it runs.
@Suite(.serialized) struct ServeTests {
    /// A running `briefings serve` on a project of its own.
    final class Served {
        let project: TestProject
        let process = Process()
        let port: Int
        private let output = Output()
        var http: LoopbackHTTP { LoopbackHTTP(port: port) }

        init(_ files: [String: String] = TestProject.minimal) throws {
            project = try TestProject(files)
            process.executableURL = CommandLineTests.executable
            process.arguments = ["serve", project.directory.path, "--port", "0"]
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            output.collect(out.fileHandleForReading, into: \.out)
            output.collect(err.fileHandleForReading, into: \.err)
            try process.run()
            guard output.wait(for: "Serving at http://127.0.0.1:", in: \.out, seconds: 60),
                  let port = output.out.split(separator: ":").dropFirst(2).first.flatMap({ Int($0.prefix { $0.isNumber }) })
            else {
                process.terminate()
                throw TestHTTPError(message: "the server did not start: \(output.out) \(output.err)")
            }
            self.port = port
        }

        var out: String { output.out }
        var err: String { output.err }
        func wait(forOutput text: String, seconds: Double = 60) -> Bool { output.wait(for: text, in: \.out, seconds: seconds) }

        func write(_ path: String, _ text: String) throws {
            let url = project.directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        /// Ctrl-C; the exit status, or nil if the server was still running after 20 s.
        func interrupt() -> Int32? {
            kill(process.processIdentifier, SIGINT)
            let deadline = Date().addingTimeInterval(20)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            guard !process.isRunning else { process.terminate(); return nil }
            return process.terminationStatus
        }

        deinit {
            if process.isRunning { process.terminate(); process.waitUntilExit() }
            project.remove()
        }
    }

    /// What the server has printed so far, read as it comes.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var texts = [String: String]()
        var out: String { lock.withLock { texts["out", default: ""] } }
        var err: String { lock.withLock { texts["err", default: ""] } }

        func collect(_ handle: FileHandle, into stream: KeyPath<Output, String>) {
            let key = stream == \Output.out ? "out" : "err"
            handle.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard !data.isEmpty else { handle.readabilityHandler = nil; return }
                self?.lock.withLock { self?.texts[key, default: ""] += String(decoding: data, as: UTF8.self) }
            }
        }

        func wait(for text: String, in stream: KeyPath<Output, String>, seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if self[keyPath: stream].contains(text) { return true }
                usleep(20_000)
            }
            return false
        }
    }

    @Test func servesThePagesWithTheReloadScriptWhichSiteNeverHolds() throws {
        let served = try Served()
        let home = try served.http.get("/")
        #expect(home.status == 200)
        #expect(home.header("Content-Type") == "text/html; charset=utf-8")
        #expect(home.body.contains("<h1"))
        #expect(home.body.contains("<script src=\"/__briefings/live.js\""))
        // The files on disk are exactly those `briefings build` writes.
        let written = try tree(served.project.site)
        #expect(!written.isEmpty)
        #expect(!written.values.contains { String(decoding: $0, as: UTF8.self).contains("__briefings") })
        let script = try served.http.get("/__briefings/live.js")
        #expect(script.status == 200 && script.body.contains("new EventSource"))
        let css = try served.http.get("/style.css")
        #expect(css.status == 200 && css.header("Content-Type") == "text/css; charset=utf-8" && !css.body.contains("__briefings"))
        let folder = try served.http.get("/topics")
        #expect(folder.status == 301 && folder.header("Location") == "/topics/")
        let missing = try served.http.get("/no/such/page/")
        #expect(missing.status == 404 && missing.body.contains("__briefings/live.js"))
        let head = try served.http.send("HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(head.status == 200 && head.body.isEmpty && head.header("Content-Length") == String(home.body.utf8.count))
        let post = try served.http.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc")
        #expect(post.status == 405 && post.header("Allow") == "GET, HEAD")
        #expect(served.interrupt() == 0)
    }

    @Test func refusesEveryPathThatLeavesTheSite() throws {
        let served = try Served()
        let secret = try String(contentsOf: served.project.directory.appendingPathComponent("Content/site.yml"), encoding: .utf8)
        // A link inside the site to a file outside it is not followed.
        try FileManager.default.createSymbolicLink(atPath: served.project.site.appendingPathComponent("leak.yml").path,
                                                   withDestinationPath: served.project.directory.appendingPathComponent("Content/site.yml").path)
        let attempts = [
            "/../Content/site.yml", "/%2e%2e/Content/site.yml", "/%2E%2E%2FContent%2Fsite.yml", "/..%2fContent/site.yml",
            "/%252e%252e/Content/site.yml", "/topics/../../Content/site.yml", "/..\\Content\\site.yml", "/%5c..%5cContent/site.yml",
            "/%00", "/%zz", "/leak.yml", "/.\(served.project.site.lastPathComponent).previous/x", "//etc/passwd",
            "http://127.0.0.1/../Content/site.yml",
        ]
        for path in attempts {
            let reply = try served.http.get(path)
            #expect([400, 404].contains(reply.status), "\(path): \(reply.status)")
            #expect(!reply.body.contains(secret), "\(path) leaked a file outside the site")
        }
        let huge = try served.http.send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: \(String(repeating: "a", count: 20_000))\r\nConnection: close\r\n\r\n")
        #expect(huge.status == 431 || huge.status == 400, "an oversized header is refused: \(huge.status)")
        var many = "GET / HTTP/1.1\r\nHost: x\r\n"
        for i in 0..<200 { many += "X-\(i): y\r\n" }
        let crowded = try served.http.send(many + "Connection: close\r\n\r\n")
        #expect(crowded.status == 431 || crowded.status == 400, "too many headers are refused: \(crowded.status)")
        #expect(try served.http.get("/").status == 200, "the server still answers")
        #expect(served.interrupt() == 0)
    }

    @Test func rebuildsAfterAChangeAndTellsTheOpenPages() throws {
        let served = try Served()
        let stream = try LoopbackHTTP.Connection(port: served.port, timeout: 60)
        defer { stream.close() }
        try stream.write("GET /__briefings/events HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(stream.wait(for: "event: built\ndata: "), "the stream starts with the current state")
        #expect(stream.received.contains("Content-Type: text/event-stream"))
        try served.write("Content/articles/2020-02-21-appel.txt",
                         "Poutine et Erdogan parlent encore d'Idlib\nLe président russe Vladimir Poutine a discuté vendredi au téléphone avec Recep Tayyip Erdogan de la situation à Idlib, a indiqué le Kremlin.\n")
        #expect(stream.wait(for: "event: built\n", count: 2), "a change is announced to the open pages")
        let generations = stream.received.components(separatedBy: "event: built\ndata: ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        #expect(generations.count == 2 && generations[1] > generations[0])
        let page = try served.http.get("/articles/2020-02-21-appel/")
        #expect(page.body.contains("Poutine et Erdogan parlent encore d&#39;Idlib") || page.body.contains("Poutine et Erdogan parlent encore d’Idlib")
                || page.body.contains("Poutine et Erdogan parlent encore d'Idlib"))
        #expect(page.body.contains("data-generation=\"\(generations[1])\""))
        #expect(served.wait(forOutput: "Changed: Content/articles/2020-02-21-appel.txt"))
        #expect(served.interrupt() == 0)
    }

    @Test func aFailedBuildIsShownOverThePageWhileTheLastGoodSiteIsServed() throws {
        let served = try Served()
        let before = try served.http.get("/")
        let stream = try LoopbackHTTP.Connection(port: served.port, timeout: 60)
        defer { stream.close() }
        try stream.write("GET /__briefings/events HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(stream.wait(for: "event: built"))
        try served.write("Content/notes/analyse.md", "---\ntitle: a: b\n---\nTexte.\n")
        #expect(stream.wait(for: "event: failed\ndata: {\"message\":\"Content\\/notes\\/analyse.md:2:"), "the pages are told why")
        #expect(served.wait(forOutput: "Build failed: still serving the last good site"))
        #expect(served.err.contains("Content/notes/analyse.md:2:"))
        let during = try served.http.get("/")
        #expect(during.status == 200 && during.body == before.body, "the last good site is still served")
        // A page opened now learns of the failure at once.
        let late = try LoopbackHTTP.Connection(port: served.port, timeout: 60)
        defer { late.close() }
        try late.write("GET /__briefings/events HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(late.wait(for: "event: failed"))
        try FileManager.default.removeItem(at: served.project.directory.appendingPathComponent("Content/notes/analyse.md"))
        #expect(stream.wait(for: "event: built", count: 2), "fixed: the pages reload")
        #expect(served.interrupt() == 0)
    }

    @Test func aPortInUseIsSaidPlainly() throws {
        let served = try Served()
        let second = try CommandLineTests().run(["serve", served.project.directory.path, "--port", String(served.port)])
        #expect(second.status == 1)
        #expect(second.errors.contains("briefings: cannot serve on 127.0.0.1:\(served.port): the port is in use"))
        #expect(try served.http.get("/").status == 200, "the first server goes on")
        #expect(served.interrupt() == 0)
    }

    @Test func ctrlCStopsTheServerWithPagesStillOpen() throws {
        let served = try Served()
        let stream = try LoopbackHTTP.Connection(port: served.port, timeout: 30)
        defer { stream.close() }
        try stream.write("GET /__briefings/events HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(stream.wait(for: "event: built"))
        let started = Date()
        #expect(served.interrupt() == 0)
        #expect(Date().timeIntervalSince(started) < 10)
        _ = stream.readToEnd()
        #expect(served.out.contains("Stopped"))
        #expect((try? served.http.get("/")) == nil, "nothing listens any more")
    }
}
