import Foundation
import Testing
import Model
import Loading
@testable import Extraction

@Suite struct ExtractionActorTests {
    let x = ExtractionFixtures.extractor

    func actors(_ text: String, language: String) -> [String] {
        let rules = ExtractionFixtures.rules(language)
        let sentence = SentenceSplitter(rules: rules).split(text, paragraph: 1)[0]
        return ActorMatcher.mentions(in: sentence, matchers: [x.registryMatcher], preferred: []).map { x.registry[$0.actor].slug }
    }

    @Test func aliasesMatchAcrossElisionsCaseAccentsAndApostrophes() {
        #expect(actors("Les propos d'Erdoğan et de l’armée russe", language: "fr") == ["recep-tayyip-erdogan", "russie"])
        #expect(actors("le président turc a reçu le Président russe", language: "fr") == ["recep-tayyip-erdogan", "vladimir-poutine"])
        #expect(actors("Turkey's defence ministry and the EU", language: "en") == ["turquie", "union-europeenne"])
    }

    @Test func acronymsMatchOnlyInCapitals() {
        #expect(actors("L'UE a réagi", language: "fr") == ["union-europeenne"])
        #expect(actors("une ue", language: "fr").isEmpty)
    }

    @Test func titledPeopleAreDiscovered() {
        let fr = x.extract(ExtractionFixtures.article([
            "Le ministre turc de la Défense Hulusi Akar a accusé Moscou. M. Akar a ensuite appelé au calme.",
            "Maria Zakharova, porte-parole du ministère russe des Affaires étrangères, a démenti.",
        ], language: "fr"))
        let names = fr.discoveredActors.map(\.name)
        #expect(names.contains("Hulusi Akar"))
        #expect(names.contains("Maria Zakharova"))
        #expect(fr.discoveredActors.allSatisfy { !$0.reviewed })
        #expect(fr.discoveredActors.first { $0.name == "Hulusi Akar" }?.slug == "hulusi-akar")
        // "M. Akar" is the same person, not a new one.
        #expect(names.filter { $0.contains("Akar") }.count == 1)
        #expect(!names.contains { $0.contains("Mardi") || $0.contains("Moscou") })

        let en = x.extract(ExtractionFixtures.article([
            "Turkish Foreign Minister Mevlut Cavusoglu said Ankara would respond. Army spokesman Brigadier General Ali Mayhoub denied it.",
            "Cavusoglu later held talks with Russian officials.",
        ], language: "en"))
        #expect(en.discoveredActors.map(\.name).contains("Mevlut Cavusoglu"))
        #expect(en.discoveredActors.map(\.name).contains("Ali Mayhoub"))
        let later = en.events.first { $0.sources[0].paragraph == 2 }
        #expect(later?.actors.map(\.id).contains("mevlut-cavusoglu") == true)
    }

    @Test func organisationsWithAcronymsAreDiscovered() {
        let out = Extractor(registry: [], topics: [], lexicons: ExtractionFixtures.lexicons).extract(ExtractionFixtures.article([
            "The Syrian Observatory for Human Rights (SOHR) said fighters of the jihadist group Hayat Tahrir al-Sham (HTS) had pulled out.",
        ], language: "en"))
        let sohr = out.discoveredActors.first { $0.aliases.contains("SOHR") }
        #expect(sohr?.name == "Syrian Observatory for Human Rights")
        #expect(sohr?.kind == .organisation)
        #expect(out.discoveredActors.first { $0.aliases.contains("HTS") }?.kind == .armedGroup)
    }

    @Test func pairAnaphorsAndPronounsResolveToThePeopleJustNamed() {
        let fr = x.extract(ExtractionFixtures.article([
            "Vladimir Poutine a parlé vendredi avec Recep Tayyip Erdogan.",
            "Les deux hommes ont convenu, lors d'une conversation téléphonique, de se revoir.",
        ], language: "fr"))
        let call = fr.events.first { $0.type == .consultation }
        #expect(call.map { Set($0.actors.map(\.id)) } == ["vladimir-poutine", "recep-tayyip-erdogan"])

        let en = x.extract(ExtractionFixtures.article([
            "On Wednesday, President Erdogan accused Moscow of failing to keep its word. “Russia is not abiding by Astana,” he told reporters.",
        ], language: "en"))
        #expect(en.events.count == 1)
        #expect(en.events.first?.actors.first?.id == "recep-tayyip-erdogan")
        #expect(en.events.first?.quotes.first?.speaker == "recep-tayyip-erdogan")
    }

    @Test func reportersAreKeptApartFromParticipants() {
        let fr = x.extract(ExtractionFixtures.article([
            "Selon l'OSDH, l'armée russe a bombardé jeudi la ville de Saraqeb, faisant 12 morts.",
        ], language: "fr"))
        let e = fr.events.first
        #expect(e?.type == .militaryAction)
        #expect(e?.actors.first { $0.id == "osdh" }?.role == .reporter)
        #expect(e?.actors.first { $0.id == "russie" }?.role == .participant)
        #expect(e?.fatalities == 12)
        #expect(e?.location == "Saraqeb")
        #expect(e?.topics == ["idlib"])

        let en = x.extract(ExtractionFixtures.article([
            "Russian forces struck a market in Saraqeb on Thursday, according to the Observatory.",
        ], language: "en"))
        #expect(en.events.first?.actors.first { $0.id == "osdh" }?.role == .reporter)
    }

    @Test func aSentenceWithoutTriggerOrSpeakerYieldsNothing() {
        let fr = x.extract(ExtractionFixtures.article(["La Turquie est un pays voisin de la Syrie."], language: "fr"))
        #expect(fr.events.isEmpty)
        let unnamed = x.extract(ExtractionFixtures.article(["Une source a déclaré que la situation était grave."], language: "fr"))
        #expect(unnamed.events.isEmpty)
    }
}

/// The seed article, read from the repository's Content/articles, with the repository's registry.
@Suite struct ExtractionSeedArticleTests {
    static let contentFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Content")

    /// The seed article is part of the sample content: its absence is a failure, not a skip.
    func seedEvents() throws -> [Event] {
        let content = try ContentLoader(contentDirectory: Self.contentFolder).load()
        let seed = try #require(content.articles.first { $0.fileName == "2020-02-21-poutine-conseil-securite-idlib.txt" })
        let extractor = Extractor(registry: content.actors, topics: content.topics, lexicons: ExtractionFixtures.lexicons)
        return extractor.extract(seed).events
    }

    @Test func titleLedeAndRestatementAreOneEvent() throws {
        let events = try seedEvents()
        let council = events.filter { e in e.actors.contains { $0.id == "conseil-de-securite-russe" } }
        #expect(council.count == 1)
        #expect(council.first?.type == .consultation)
        #expect(council.first?.date.iso == "2020-02-21")
        #expect(council.first?.sources.count == 1)
        #expect(council.first?.sources.first?.paragraph == 1)
        #expect(council.first?.id == "2020-02-21-conseil-de-securite-russe-vladimir-poutine-consultation")
    }

    @Test func aCallAboutTwoSubjectsIsTwoEvents() throws {
        let events = try seedEvents()
        let calls = events.filter { e in
            e.type == .consultation && Set(e.actors.filter { $0.role == .participant }.map(\.id))
                .isSuperset(of: ["vladimir-poutine", "recep-tayyip-erdogan"])
        }
        #expect(Set(calls.flatMap(\.topics)) == ["idlib", "libya"])
        #expect(calls.count == 2)
        let merkel = events.first { $0.actors.contains { $0.id == "angela-merkel" } && $0.type == .consultation }
        #expect(merkel?.date.iso == "2020-02-20")
        let offensive = events.first { $0.fatalities != nil }
        #expect(offensive?.fatalities == 25)
        #expect(offensive?.location == "Al-Nayrab")
        #expect(offensive?.actors.first { $0.id == "osdh" }?.role == .reporter)
    }
}
