import Foundation
import Testing
import Model
import Loading
import Lexicons
import Extraction
import Rendering

/// Runs the extractor alone over the gold-annotated dev articles, with the repository's
/// registry and topics, and writes the events in the `events.json` shape to
/// /tmp/extraction-dev-events.json for the shared scorer.
@Suite struct ExtractionDevSetTests {
    static let eval = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")

    @Test func writesDevEvents() throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: Self.eval.appendingPathComponent("articles").path) else { return }
        let project = fm.temporaryDirectory.appendingPathComponent("extraction-dev-\(UUID().uuidString)")
        let content = project.appendingPathComponent("Content")
        try fm.createDirectory(at: content.appendingPathComponent("articles"), withIntermediateDirectories: true)
        for folder in ["actors", "topics"] {
            try fm.copyItem(at: repositoryRoot.appendingPathComponent("Content/\(folder)"), to: content.appendingPathComponent(folder))
        }
        try fm.copyItem(at: repositoryRoot.appendingPathComponent("Content/site.yml"), to: content.appendingPathComponent("site.yml"))
        // EXTRACTION_ARTICLES=/some/folder reads other articles instead (events are then not scored).
        let source = ProcessInfo.processInfo.environment["EXTRACTION_ARTICLES"].map(URL.init(fileURLWithPath:))
            ?? Self.eval.appendingPathComponent("articles")
        for name in try fm.contentsOfDirectory(atPath: source.path) {
            try fm.copyItem(at: source.appendingPathComponent(name), to: content.appendingPathComponent("articles/\(name)"))
        }
        let loaded = try ContentLoader(contentDirectory: content).load()
        let extractor = Extractor(registry: loaded.actors, topics: loaded.topics, lexicons: try Lexicons.builtIn(),
                                  places: loaded.places.flatMap { [$0.name] + $0.aliases })
        let extractions = loaded.articles.map { extractor.extract($0) }
        let events = extractions.flatMap(\.events)
        if ProcessInfo.processInfo.environment["EXTRACTION_DUMP"] != nil {
            var dump = ""
            for x in extractions {
                for e in x.events {
                    let who = e.actors.map { "\($0.id)\($0.role == .reporter ? "(r)" : "")" }.joined(separator: ",")
                    dump += "\(e.date) \(e.type.rawValue) [\(who)] loc=\(e.location ?? "-") top=\(e.topics) fat=\(e.fatalities.map(String.init) ?? "-") ¶\(e.sources[0].paragraph) \(e.sources[0].sentence.prefix(90))\n"
                }
                dump += "discovered: \(x.discoveredActors.map { "\($0.name)\($0.aliases)" })\nwarnings: \(x.warnings)\n\n"
            }
            try dump.write(toFile: "/tmp/extraction-dev-dump.txt", atomically: true, encoding: .utf8)
        }
        #expect(!events.isEmpty)
        try EventsJSON.encode(events).write(toFile: "/tmp/extraction-dev-events.json", atomically: true, encoding: .utf8)
        try? fm.removeItem(at: project)
    }
}
