import Foundation
import Testing
@testable import Assembly
@testable import Loading
import Model

@Suite struct CorrectionTests {
    static let yaml = """
    - article: a.txt
      sentence: "L’ARMÉE russe a indiqué"
      set: {date: 2020-02-20, type: statement, actors: [russie], topics: [idlib]}
    - article: a.txt
      sentence: "conférence de Berlin"
      suppress: true
    - add:
        date: 2020-02-19
        type: appeal
        summary: "Appel ajouté à la main"
        actors: [onu]
        topics: [idlib]
    - article: a.txt
      sentence: "une phrase qui n'existe plus"
      suppress: true
    """

    static let events = [
        Event(id: "e1", date: Day(iso: "2020-02-21")!, type: .militaryAction, summary: "Frappes",
              actors: [EventActor(id: "syrie", name: "Syrie", mention: "régime"),
                       EventActor(id: "osdh", name: "OSDH", mention: "OSDH", role: .reporter)],
              topics: ["libya"], sources: [SourceRef(article: "a.txt", paragraph: 3, sentence: "Jeudi, l'armée russe a indiqué avoir mené des frappes.")]),
        Event(id: "e2", date: Day(iso: "2020-02-21")!, type: .consultation, summary: "Berlin",
              actors: [], sources: [SourceRef(article: "a.txt", paragraph: 4, sentence: "Les décisions de la conférence de Berlin.")]),
    ]

    @Test func parsesEveryKindOfCorrection() throws {
        let corrections = try CorrectionParser.parse(path: "Content/corrections.yml", text: Self.yaml)
        #expect(corrections.count == 4)
        #expect(corrections[0].origin == "Content/corrections.yml:1")
        #expect(corrections[1].action == .suppress)
        if case .add(let event) = corrections[2].action {
            #expect(event.type == .appeal && event.date == Day(iso: "2020-02-19"))
        } else {
            Issue.record("third correction should add an event")
        }
    }

    @Test func amendsSuppressesAddsAndReportsStale() throws {
        let corrections = try CorrectionParser.parse(path: "Content/corrections.yml", text: Self.yaml)
        let registry = ["russie": Actor(slug: "russie", name: "Russie", kind: .state), "onu": Actor(slug: "onu", name: "ONU")]
        let outcome = CorrectionApplier.apply(corrections, to: Self.events, actors: registry)
        #expect(outcome.events.count == 2)
        let amended = try #require(outcome.events.first { $0.id == "e1" })
        #expect(amended.type == .statement)
        #expect(amended.date == Day(iso: "2020-02-20"))
        #expect(amended.topics == ["idlib"])
        #expect(amended.actors.map(\.id) == ["russie", "osdh"])  // the reporter stays
        #expect(amended.actors[0].name == "Russie")
        #expect(!outcome.events.contains { $0.id == "e2" })
        #expect(outcome.events.contains { $0.summary == "Appel ajouté à la main" && $0.actors.first?.name == "ONU" })
        #expect(outcome.stale.map(\.origin) == ["Content/corrections.yml:13"])
    }

    @Test func badCorrectionsNameTheirLine() {
        #expect {
            try CorrectionParser.parse(path: "c.yml", text: "- article: a.txt\n  sentence: x\n  set: {type: rumour}\n")
        } throws: { error in (error as? Diagnostic)?.line == 3 }
        #expect {
            try CorrectionParser.parse(path: "c.yml", text: "- article: a.txt\n  sentence: x\n")
        } throws: { error in (error as? Diagnostic)?.line == 1 }
    }

    /// An editor's toll on one report of a strike stands when another article's report, with
    /// its own toll, is merged into it, whichever is read first; the corrected event's id is
    /// the merged event's.
    @Test func aCorrectedTollSurvivesAMergeWithAnotherReport() throws {
        let day = Day(iso: "2020-02-21")!
        let actors = [EventActor(id: "russie", name: "Russie", mention: "Moscou")]
        let corrected = Event(id: "2020-02-21-russie-military-action", date: day, type: .militaryAction, summary: "Frappes russes",
                              actors: actors, location: "Saraqeb", fatalities: 12, tolls: [Toll(count: 12, source: "osdh")],
                              sources: [SourceRef(article: "a.txt", paragraph: 1, sentence: "Des frappes russes ont tué douze civils.")])
        let other = Event(id: "2020-02-21-russie-military-action-b", date: day, type: .militaryAction, summary: "Raids sur Saraqeb",
                          actors: actors, location: "Saraqeb", fatalities: 15, tolls: [Toll(count: 15, source: "casques-blancs")],
                          sources: [SourceRef(article: "b.txt", paragraph: 2, sentence: "Quinze civils ont été tués.")])
        let yaml = "- article: a.txt\n  sentence: \"douze civils\"\n  set: {fatalities: 30}\n"
        let corrections = try CorrectionParser.parse(path: "Content/corrections.yml", text: yaml)
        for order in [[corrected, other], [other, corrected]] {
            let applied = CorrectionApplier.apply(corrections, to: order, actors: [:])
            #expect(applied.stale.isEmpty)
            let merged = EventMerger.merge(applied.events)
            #expect(merged.count == 1)
            #expect(merged.first?.fatalities == 30)
            #expect(merged.first?.tolls == [])
            #expect(merged.first?.id == "2020-02-21-russie-military-action")
            #expect(merged.first?.sources.count == 2)
        }
    }
}
