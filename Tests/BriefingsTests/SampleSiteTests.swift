import Foundation
import Testing
@testable import Pipeline

/// The sample content is the demo: the committed `Site/` must be exactly what it builds to.
@Suite(.serialized) struct SampleSiteTests {
    @Test func committedSiteIsAFreshBuildByteForByte() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefings-sample-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        try SiteBuilder(project: repositoryRoot, output: output).build()
        let fresh = try tree(output)
        let committed = try tree(repositoryRoot.appendingPathComponent("Site"))
        #expect(!fresh.isEmpty)
        let differing = Set(fresh.keys).union(committed.keys).filter { fresh[$0] != committed[$0] }.sorted()
        #expect(differing.isEmpty, "Site/ differs from a fresh build in \(differing.prefix(10)): run scripts/build-site and commit Site/")
    }

    @Test func sampleContentIsWhatTheDemoPromises() throws {
        var report = SiteBuilder.BuildReport()
        let result = try SiteBuilder(project: repositoryRoot).render(into: &report)
        let content = result.content
        #expect(content.articles.count >= 9)
        #expect(Set(content.articles.compactMap(\.language)).isSuperset(of: ["fr", "en"]))
        #expect(Set(content.topics.map(\.slug)) == ["idlib", "libya", "eu-response"])
        #expect(content.actors.count >= 12)
        #expect(content.notes.count >= 2)
        let seed = try Data(contentsOf: repositoryRoot.appendingPathComponent("Content/articles/2020-02-21-poutine-conseil-securite-idlib.txt"))
        let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/articles/2020-02-21-poutine-conseil-securite-idlib.txt")
        if let original = try? Data(contentsOf: shared) {
            #expect(seed == original, "the seed article must be kept byte for byte")
        }
        // Every topic's briefing has events drawn from the articles.
        for briefing in result.assembly.briefings {
            #expect(!briefing.events.isEmpty, "no events for topic \(briefing.topic.slug)")
        }
    }
}
