import Foundation
import Testing
import Extraction
import Lexicons
import Loading
import Model
@testable import Pipeline

/// The extraction cache's format: what it writes reads back equal, and what it cannot hold or
/// read is refused rather than read wrong.
@Suite struct CompactCodingTests {
    static func roundTrip<Value: Codable>(_ value: Value) throws -> Value {
        try CompactDecoder.decode(Value.self, from: try CompactEncoder.encode(value))
    }

    /// Every article of the sample site, extracted, written and read back.
    @Test func theSampleSitesExtractionsReadBackEqual() throws {
        let content = try ContentLoader(contentDirectory: repositoryRoot.appendingPathComponent("Content")).load()
        let extractor = SiteBuilder.extractor(content, lexicons: try LanguageData.load(project: repositoryRoot))
        let extractions = content.articles.map(extractor.extract)
        #expect(extractions.count == content.articles.count)
        #expect(extractions.reduce(0) { $0 + $1.events.count } > 100)
        #expect(extractions.contains { !$0.discoveredActors.isEmpty })
        for extraction in extractions {
            #expect(try Self.roundTrip(extraction) == extraction)
        }
    }

    /// Absent optionals, empty and nested lists, a dictionary, a range, negative and large
    /// numbers, text beyond ASCII.
    @Test func everyShapeTheCacheHoldsReadsBackEqual() throws {
        var actor = Actor(slug: "état-major", name: "État-major « général »", kind: .organisation)
        actor.fieldLines = ["name": 2, "kind": 3, "aliases": -1]
        actor.links = NoteLink.scan("Voir [[topic:idlib|la bataille]] et [[acteur:x]].")
        #expect(actor.links.count == 2)
        #expect(try Self.roundTrip(actor) == actor)
        let range = 3...9
        #expect(try Self.roundTrip(range) == range)
        let day = try #require(Day(year: 2020, month: 2, day: 29))
        #expect(try Self.roundTrip(day) == day)
        let numbers: [Int] = [0, -1, 1, 127, 128, -128, Int.max, Int.min]
        #expect(try Self.roundTrip(numbers) == numbers)
        let nested: [[String]] = [[], ["a"], ["", "b c"]]
        #expect(try Self.roundTrip(nested) == nested)
        let optionals = EventPatch(date: nil, type: .militaryAction, actors: [], topics: nil, location: "Saraqeb", fatalities: 0)
        #expect(try Self.roundTrip(optionals) == optionals)
        let values: [Double] = [0.5, -3.25, 1e300]
        #expect(try Self.roundTrip(values) == values)
    }

    private enum Shape: Codable, Equatable {
        case point
        case circle(radius: Int)
    }

    /// An enum with values takes nested containers, which the format does not have.
    @Test func aShapeTheFormatDoesNotHaveIsRefused() {
        #expect(throws: EncodingError.self) { try CompactEncoder.encode([Shape.circle(radius: 2)]) }
    }

    @Test func truncatedOrTrailingBytesAreRefused() throws {
        let bytes = try CompactEncoder.encode(["Idlib", "Saraqeb"])
        for length in 0..<bytes.count {
            #expect(throws: DecodingError.self) { try CompactDecoder.decode([String].self, from: Array(bytes.prefix(length))) }
        }
        #expect(throws: DecodingError.self) { try CompactDecoder.decode([String].self, from: bytes + [0]) }
        // A flag byte that is neither 0 nor 1.
        let patch = try CompactEncoder.encode(EventPatch(location: "Idlib"))
        #expect(throws: DecodingError.self) { try CompactDecoder.decode(EventPatch.self, from: [2] + patch.dropFirst()) }
    }
}
