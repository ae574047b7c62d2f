import Foundation
import Testing
import Model
@testable import Extraction

/// German writes every noun with a capital, so a capital alone cannot mark a name: the lexicon's
/// `capitalizedNouns` and `commonNouns` tell the extractor which capitalised words are nouns.
@Suite struct CapitalizedNounsTests {
    static let paragraphs = [
        "Am Mittwoch bombardierte Russland Stellungen der Rebellen nahe der Grenze.",
        "Örtliche Behörden sagte, Russland bombardierte am Dienstag ein Krankenhaus in der Stadt.",
    ]

    static func extract(capitalizedNouns: Bool) throws -> ArticleExtraction {
        let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/german/lexicon-de.json")
        var lexicon = try JSONDecoder().decode(Lexicon.self, from: Data(contentsOf: url))
        lexicon.capitalizedNouns = capitalizedNouns
        let registry = [Actor(slug: "russland", name: "Russland", aliases: ["Moskau"], kind: .state, reviewed: true)]
        let extractor = Extractor(registry: registry, topics: [], lexicons: [lexicon])
        let article = Article(fileName: "a.txt", slug: "a", title: "Lage in Idlib", published: Day(iso: "2020-03-05"),
                              dateOrigin: .fileName, language: "de", paragraphs: paragraphs)
        return extractor.extract(article)
    }

    @Test func aCommonNounIsNeitherAPlaceNorAPerson() throws {
        let read = try Self.extract(capitalizedNouns: true)
        #expect(read.events.filter { $0.type == .militaryAction }.count == 2)
        #expect(read.events.allSatisfy { !["Grenze", "Stadt"].contains($0.location ?? "") })
        #expect(read.discoveredActors.isEmpty)
        #expect(read.events.allSatisfy { $0.actors.map(\.id) == ["russland"] })
    }

    /// The same text read as if nouns were written in lower case: every capital is a name, and
    /// "Grenze", "Stadt" and "Örtliche Behörden" come out as places and a person.
    @Test func withoutTheSignalEveryCapitalisedNounIsAName() throws {
        let read = try Self.extract(capitalizedNouns: false)
        #expect(Set(read.events.compactMap(\.location)) == ["Grenze", "Stadt"])
        #expect(read.discoveredActors.map(\.name) == ["Örtliche Behörden"])
    }

    @Test func triggerNounsMonthsAndStemsAreCommonNouns() throws {
        let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/german/lexicon-de.json")
        let lexicon = try JSONDecoder().decode(Lexicon.self, from: Data(contentsOf: url))
        let nouns = CommonNouns(lexicon, tokenizer: Tokenizer(elisions: []))
        for word in ["luftangriff", "waffenruhe", "marz", "montag", "dorf", "zivilisten", "behorden"] {
            #expect(nouns.contains(word), "\(word)")
        }
        for word in ["idlib", "russland", "saraqeb"] { #expect(!nouns.contains(word), "\(word)") }
        let english = CommonNouns(Lexicon(language: "en"), tokenizer: Tokenizer(elisions: []))
        #expect(!english.capitalized && !english.contains("village"))
    }
}
