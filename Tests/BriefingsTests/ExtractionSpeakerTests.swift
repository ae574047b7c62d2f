import Testing
import Model
@testable import Extraction

/// Who speaks: the name set off by commas after a title, and the pronoun inside an inverted
/// reporting verb; never an actor named in what was said.
@Suite struct ExtractionSpeakerTests {
    typealias F = TollFixtures

    private func speakers(_ events: [Event]) -> [[String]] {
        events.filter { [.statement, .appeal, .criticism].contains($0.type) }.map { $0.actors.map(\.id) }
    }

    @Test func theNameInAppositionAfterATitleIsTheSpeakerNotTheSubjectOfTheReportedClause() {
        let fr = F.events(["Son porte-parole, Dmitri Peskov, a affirmé mercredi que la Turquie n'avait pas rempli ses engagements."], "fr")
        #expect(speakers(fr) == [["dmitri-peskov"]])
        let en = F.events(["The spokesman, Dmitry Peskov, said on Wednesday that Turkey had not met its commitments."], "en")
        #expect(speakers(en).count == 1 && speakers(en).first?.allSatisfy { $0.hasSuffix("peskov") } == true)
    }

    @Test func aPronounInsideAnInvertedReportingVerbIsTheSpeakerNotTheActorAfterIt() {
        let fr = F.events(["Le président turc Recep Tayyip Erdogan s'est exprimé samedi à Istanbul.",
                           "« Nous n'allons pas fermer ces portes », a-t-il lancé, accusant l'Union européenne de ne pas avoir tenu ses promesses."], "fr")
        let criticism = fr.first { $0.type == .criticism }
        #expect(criticism?.actors.filter { $0.role == .participant }.map(\.id) == ["recep-tayyip-erdogan"])
        // The Union is whom the accusation is aimed at, never a speaker.
        #expect(criticism?.actors.filter { $0.role == .target }.map(\.id) == ["union-europeenne"])
        #expect(!fr.contains { $0.actors.contains { $0.id == "union-europeenne" && $0.role == .participant } })
    }

}
