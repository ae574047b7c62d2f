import Foundation
import Testing
@testable import Pipeline

/// The extraction measured as the evaluation measures it: the shared scorer, run on the
/// events of a site built from the sample registry and the gold-annotated dev articles.
@Suite(.serialized) struct DevSetScoreTests {
    static let eval = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")

    /// F1 on the whole dev set, and on the seed alone.
    @Test func scorerFiguresStayAboveTheBar() throws {
        guard FileManager.default.fileExists(atPath: Self.eval.appendingPathComponent("score_events.py").path) else {
            // Outside CI the shared folder may be missing; in CI it must be there.
            #expect(ProcessInfo.processInfo.environment["CI"] == nil, "../shared/eval is missing")
            return
        }
        let events = try Self.buildDevSite()
        let seedOnly = try Self.score(events, gold: ["2020-02-21-poutine-conseil-securite-idlib.json"])
        #expect(seedOnly.f1 >= 0.6, "seed F1 \(seedOnly.f1)")
        let all = try Self.score(events, gold: nil)
        #expect(all.f1 >= 0.9, "dev set F1 \(all.f1)")
        #expect(all.exactDate >= 0.9, "dev set exact date \(all.exactDate)")
        print("dev set: \(all.attributes)\n\(all.line)\nseed: \(seedOnly.line)")
    }

    /// Builds Content/'s registry and topics with the dev articles; returns events.json's path.
    static func buildDevSite() throws -> URL {
        let fm = FileManager.default
        let project = fm.temporaryDirectory.appendingPathComponent("briefings-dev-\(UUID().uuidString)")
        let content = project.appendingPathComponent("Content")
        try fm.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        for folder in ["actors", "topics"] {
            try fm.copyItem(at: repositoryRoot.appendingPathComponent("Content/\(folder)"), to: content.appendingPathComponent(folder))
        }
        try fm.copyItem(at: repositoryRoot.appendingPathComponent("Content/site.yml"), to: content.appendingPathComponent("site.yml"))
        for name in try fm.contentsOfDirectory(atPath: eval.appendingPathComponent("articles").path) {
            try fm.copyItem(at: eval.appendingPathComponent("articles/\(name)"), to: content.appendingPathComponent("articles/\(name)"))
        }
        try SiteBuilder(project: project).build()
        return project.appendingPathComponent("Site/data/events.json")
    }

    struct Score {
        var f1: Double
        var line: String
        /// The scorer's "matched attributes" line.
        var attributes: String
        var exactDate: Double
    }

    static func score(_ events: URL, gold files: [String]?) throws -> Score {
        var arguments = [eval.appendingPathComponent("score_events.py").path, events.path]
        if let files {
            let gold = FileManager.default.temporaryDirectory.appendingPathComponent("briefings-gold-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: gold, withIntermediateDirectories: true)
            for file in files {
                try FileManager.default.copyItem(at: eval.appendingPathComponent("gold/\(file)"), to: gold.appendingPathComponent(file))
            }
            arguments += ["--gold", gold.path]
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let last = output.split(separator: "\n").last.map(String.init) ?? ""
        guard last.hasPrefix("F1 "), let f1 = Double(last.dropFirst(3).prefix(5)) else {
            throw ScoreError(output: output)
        }
        let attributes = output.split(separator: "\n").last { $0.hasPrefix("matched attributes") }.map(String.init) ?? ""
        let exactDate = attributes.components(separatedBy: "exact date ").dropFirst().first
            .flatMap { Double($0.prefix(4)) } ?? 0
        return Score(f1: f1, line: last, attributes: attributes, exactDate: exactDate)
    }

    struct ScoreError: Error { let output: String }
}
