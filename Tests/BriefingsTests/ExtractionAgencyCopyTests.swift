import Testing
import Model
@testable import Extraction
@testable import Assembly

/// What agency copy brings: datelines, tolls from several sources, strikes in several places,
/// plans announced for later days.
@Suite struct ExtractionAgencyCopyTests {
    func events(_ paragraphs: [String], _ language: String, _ published: String) -> [Event] {
        TenseFixtures.events(paragraphs, language, published: published)
    }

    @Test func aDatelineGivesNeitherTheDateNorThePlace() {
        // The copy is filed in Tripoli on the 19th; the shelling happened on Tuesday the 18th, in Misrata.
        let fr = events(["TRIPOLI, 19 février 2020 (AFP) - Les forces de la Turquie ont bombardé mardi soir des positions à Misrata."], "fr", "2020-02-19")
        #expect(fr.count == 1)
        #expect(fr.first?.date.iso == "2020-02-18")
        #expect(fr.first?.location == "Misrata")
        #expect(fr.first?.summary == "Les forces de la Turquie ont bombardé des positions à Misrata")
    }

    @Test func aPlaceIsLocatedByItsGazetteerNameAndKeepsTheTextsSpelling() {
        let idlib = Place(name: "Idlib", aliases: ["Idleb", "province d'Idlib"], latitude: 35.93, longitude: 36.63, country: "Syrie")
        let extractor = Extractor(registry: ExtractionFixtures.registry, topics: ExtractionFixtures.topics, lexicons: ExtractionFixtures.lexicons,
                                  gazetteer: [idlib])
        let article = ExtractionFixtures.article(["La Russie a bombardé mardi Idleb."], published: "2020-02-19", language: "fr")
        let event = extractor.extract(article).events.first
        #expect(event?.location == "Idlib")
        #expect(event?.locationMention == "Idleb")
    }

    @Test func anUnclosedQuotationSwallowsNeitherTheSentenceNorTheParagraph() {
        let fr = events(["Vladimir Poutine a appelé lundi à « relancer les négociations. La Russie a bombardé mardi Saraqeb, a indiqué l'OSDH. "
                         + "Recep Tayyip Erdogan a condamné mercredi ces frappes."], "fr", "2020-02-20")
        #expect(fr.contains { $0.type == .appeal && $0.date.iso == "2020-02-17" && $0.summary == "Vladimir Poutine a appelé à relancer les négociations" })
        #expect(fr.contains { $0.type == .militaryAction && $0.date.iso == "2020-02-18" })
        #expect(fr.contains { $0.type == .criticism && $0.date.iso == "2020-02-19" })
    }

    @Test func anEventToldInARelativeClauseIsDatedByItsOwnWords() {
        // 2020-03-04 is a Wednesday; the call was on Friday the 28th.
        let fr = events(["Vladimir Poutine et Recep Tayyip Erdogan, qui se sont entretenus par téléphone vendredi, veulent éviter une confrontation."],
                        "fr", "2020-03-04")
        #expect(fr.contains { $0.type == .consultation && $0.date.iso == "2020-02-28" })
    }

    @Test func anOpeningParticipialPhraseSetsTheSceneAndTheMainClauseTellsTheEvent() {
        let en = events(["Speaking to reporters in Istanbul before leaving on a visit to Ukraine, Erdogan said on Monday that Turkey would not retreat."],
                        "en", "2020-02-04")
        #expect(en.map(\.type) == [.statement])
        // The phrase that sets the scene is left out of the headline, which opens on its subject.
        #expect(en.first?.summary == "Erdogan said that Turkey would not retreat")
    }

    @Test func anAgreementSignedAtTheEndOfTalksIsTwoEvents() {
        let en = events(["Putin and Erdogan signed a ceasefire agreement on Thursday at the end of their talks in Moscow."], "en", "2020-03-06")
        #expect(Set(en.map(\.type)) == [.agreement, .consultation])
        #expect(en.allSatisfy { $0.date.iso == "2020-03-05" })
    }

    @Test func twoStrikesOfOneDayInTwoPlacesAreTwoEvents() {
        let en = events(["Russia struck the town of Ariha on Sunday, killing nine civilians.",
                         "The same day, Russia also struck Saraqeb, killing five civilians."], "en", "2020-02-03")
        let strikes = en.filter { $0.type == .militaryAction }
        #expect(strikes.count == 2)
        #expect(Set(strikes.compactMap(\.location)) == ["Ariha", "Saraqeb"])
    }

    @Test func figuresFromTwoSourcesAreTwoReportsOfOneToll() {
        let fr = events(["Des roquettes ont frappé mardi le port de Tripoli. Trois civils ont été tués selon le GNA, "
                         + "tandis qu'un responsable du port a fait état de deux morts."], "fr", "2020-02-19")
        let strike = fr.first { $0.type == .militaryAction }
        #expect(strike?.fatalities == 2)
    }

    @Test func eachSourceKeepsItsFigureAndTheEventItsLowerBound() {
        let first = Event(id: "a", date: Day(iso: "2020-02-18")!, type: .militaryAction, summary: "Frappe",
                          actors: [EventActor(id: "syrie", name: "Syrie", mention: "Syrie")], location: "Ariha",
                          fatalities: 12, tolls: [Toll(count: 12, source: "ministere")],
                          sources: [SourceRef(article: "a.md", paragraph: 1, sentence: "s")])
        var second = first
        second.id = "b"
        second.tolls = [Toll(count: 15, source: "osdh")]
        second.fatalities = 15
        second.sources = [SourceRef(article: "b.md", paragraph: 1, sentence: "t")]
        let merged = EventMerger.merge([first, second])
        #expect(merged.count == 1)
        #expect(merged.first?.fatalities == 12)
        #expect(merged.first?.tolls == [Toll(count: 12, source: "ministere"), Toll(count: 15, source: "osdh")])
    }

    @Test func aPlannedMeetingIsScheduledAndItsAnnouncementHappened() {
        let fr = events(["Josep Borrell a annoncé lundi que les ministres de l'UE se réuniraient à Bruxelles.",
                         "Cette réunion de l'UE est prévue le 17 février à Bruxelles."], "fr", "2020-02-10")
        let plan = fr.first { $0.status == .scheduled }
        #expect(plan?.date.iso == "2020-02-17")
        #expect(plan?.type == .consultation)
        #expect(!fr.contains { $0.status == .happened && $0.date.iso == "2020-02-17" })
        let en = events(["Vladimir Putin will meet Recep Tayyip Erdogan in Moscow on Thursday, the Kremlin said on Monday."], "en", "2020-03-02")
        #expect(en.contains { $0.status == .scheduled && $0.date.iso == "2020-03-05" && $0.type == .consultation })
    }

    @Test func aPlanReportedDoneLeavesTheScheduleToTheDoneEvent() {
        let actors = [EventActor(id: "union-europeenne", name: "UE", mention: "UE")]
        let plan = Event(id: "p", date: Day(iso: "2020-02-17")!, type: .consultation, status: .scheduled, summary: "Réunion prévue",
                         actors: actors, sources: [SourceRef(article: "a.md", paragraph: 1, sentence: "s")])
        let done = Event(id: "d", date: Day(iso: "2020-02-17")!, type: .consultation, summary: "Réunion",
                         actors: actors, sources: [SourceRef(article: "b.md", paragraph: 1, sentence: "t")])
        let later = Event(id: "l", date: Day(iso: "2020-03-23")!, type: .consultation, status: .scheduled, summary: "Sommet prévu",
                          actors: actors, sources: [SourceRef(article: "a.md", paragraph: 2, sentence: "u")])
        let content = Content(site: SiteConfig(title: "T", language: "fr"), articles: [], topics: [], actors: [], notes: [])
        let assembly = Chronicle(content: content, events: [plan, done, later], discovered: [])
        #expect(assembly.events.map(\.id) == ["d"])
        #expect(assembly.scheduled.map(\.id) == ["l"])
    }
}
