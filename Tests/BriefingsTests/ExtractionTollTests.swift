import Testing
import Model
@testable import Extraction

/// Rules about death tolls, dates of coordinated participles, cross-cutting topics and the
/// form of a topic's place, in both languages.
enum TollFixtures {
    static let registry: [Actor] = RecallFixtures.registry + [
        Actor(slug: "josep-borrell", name: "Josep Borrell", aliases: ["Borrell"], country: "Union européenne"),
    ]
    static let topics: [Topic] = [
        Topic(slug: "idlib", title: "Idlib", keywords: ["Idlib", "Saraqeb"]),
        Topic(slug: "libya", title: "Libye", keywords: ["Libye", "Libya", "Tripoli"]),
        Topic(slug: "eu-response", title: "Réponse européenne", keywords: ["Union européenne", "UE", "EU", "Bruxelles", "Brussels", "Borrell"]),
    ]
    static let extractor = Extractor(registry: registry, topics: topics, lexicons: ExtractionFixtures.lexicons,
                                     placeNames: ["Munich", "Saraqeb", "Alep", "Aleppo"])

    static func events(_ paragraphs: [String], _ language: String, title: String = "Titre", published: String = "2020-03-20") -> [Event] {
        extractor.extract(ExtractionFixtures.article(paragraphs, title: title, published: published, language: language)).events
    }
}

@Suite struct ExtractionTollTests {
    typealias F = TollFixtures

    @Test func aLowerBoundBetweenTheKilledWordAndTheFigureKeepsTheFigure() {
        let en = F.events(["Syrian army shelling killed at least five civilians near Saraqeb on Thursday."], "en")
        #expect(en.first { $0.type == .militaryAction }?.fatalities == 5)
        let fr = F.events(["Les bombardements de l'armée syrienne ont tué au moins cinq civils jeudi près de Saraqeb."], "fr")
        #expect(fr.first { $0.type == .militaryAction }?.fatalities == 5)
    }

    @Test func bothCountsTwoDead() {
        let en = F.events(["A Syrian army helicopter was shot down near Saraqeb on Thursday, killing both of its pilots."], "en")
        #expect(en.first { $0.type == .militaryAction }?.fatalities == 2)
    }

    @Test func aParticipleCoordinatedWithTheMainVerbSharesItsDate() {
        let fr = F.events(["Deux soldats de l'armée syrienne ont été tués et un troisième blessé jeudi près de Saraqeb."], "fr")
        #expect(fr.first { $0.type == .militaryAction }?.date.iso == "2020-03-19")
        let en = F.events(["Two Syrian army soldiers were killed and a third wounded on Thursday near Saraqeb."], "en")
        #expect(en.first { $0.type == .militaryAction }?.date.iso == "2020-03-19")
    }

    @Test func aDateInAppositionToABackgroundSpanIsBackground() {
        let fr = F.events(["Deux soldats de l'armée syrienne ont été tués près de Saraqeb, les premières pertes depuis l'entrée en vigueur de la trêve, le 6 mars."], "fr")
        #expect(!fr.contains { $0.date.iso == "2020-03-06" })
        let en = F.events(["Two Syrian army soldiers were killed near Saraqeb, the first losses since the truce took effect, on March 6."], "en")
        #expect(!en.contains { $0.date.iso == "2020-03-06" })
    }

    @Test func anEventOnlyInACrossCuttingTopicTakesTheTitlesTopic() {
        let fr = F.events(["Josep Borrell a appelé lundi à relancer l'opération navale européenne."], "fr",
                          title: "Libye : les Européens cherchent à consolider la trêve")
        #expect(fr.first { $0.actors.contains { $0.id == "josep-borrell" } }?.topics == ["eu-response", "libya"])
        let en = F.events(["Josep Borrell called on Monday for the European naval mission to be revived."], "en",
                          title: "Libya: Europeans seek to shore up the truce")
        #expect(en.first { $0.actors.contains { $0.id == "josep-borrell" } }?.topics == ["eu-response", "libya"])
        // A theatre topic is not cross-cutting: a call that also discussed Libya stays in Libya alone.
        let other = F.events(["Vladimir Poutine et Recep Tayyip Erdogan ont aussi évoqué vendredi la situation en Libye."], "fr",
                             title: "Idlib : Poutine et Erdogan au téléphone")
        #expect(other.first?.topics == ["libya"])
    }

    @Test func aTopicsPlaceIsWrittenAsTheArticleWritesIt() {
        let en = F.events(["EU foreign ministers met in Brussels on Monday.", "Borrell said on Monday that the mission would be revived."], "en")
        #expect(en.contains { $0.location == "Brussels" })
        #expect(!en.contains { $0.location == "Bruxelles" })
        let fr = F.events(["Les ministres de l'UE se sont réunis lundi à Bruxelles.", "Borrell a affirmé lundi que la mission serait relancée."], "fr")
        #expect(!fr.contains { $0.location == "Brussels" })
    }
}
