import Testing
import Model
@testable import Extraction

/// Criticisms in participles after a saying, meetings as the occasion of a
/// criticism, offensives in idioms, tolls over a period, and where a statement was made.
@Suite struct ExtractionClauseTests {
    typealias F = TollFixtures

    private func lavrov(_ events: [Event]) -> Event? {
        events.first { $0.actors.contains { $0.id == "serguei-lavrov" } }
    }

    @Test func aCriticismInAParticipleCoordinatedWithTheSayingIsTheSpeakersAct() {
        let en = F.events(["On Thursday, Lavrov said Russia had ordered a firm response to repeated attacks, accusing Ankara of treating the Security Council with contempt."], "en")
        #expect(lavrov(en)?.type == .criticism)
        let fr = F.events(["Jeudi, Sergueï Lavrov a déclaré que la Russie avait ordonné une riposte ferme aux attaques répétées, accusant Ankara de mépriser le Conseil de sécurité."], "fr")
        #expect(lavrov(fr)?.type == .criticism)
    }

    @Test func aMeetingInAParticipialInciseIsTheOccasionOfTheMainVerb() {
        let en = F.events(["Lavrov, addressing the conference earlier in the day, accused \"terrorists\" of using civilians as human shields."], "en")
        #expect(lavrov(en)?.type == .criticism)
        let fr = F.events(["Lavrov, s'exprimant devant la conférence dans la matinée, a accusé les « terroristes » d'utiliser les civils comme boucliers humains."], "fr")
        #expect(lavrov(fr)?.type == .criticism)
    }

    @Test func goingOnTheOffensiveIsAMilitaryAction() {
        let en = F.events(["Syrian army forces went on the attack on Thursday near Saraqeb and claimed gains."], "en")
        #expect(en.first { $0.actors.contains { $0.id == "syrie" } }?.type == .militaryAction)
        let fr = F.events(["Les forces de l'armée syrienne sont passées à l'offensive jeudi près de Saraqeb et ont revendiqué des gains."], "fr")
        #expect(fr.first { $0.actors.contains { $0.id == "syrie" } }?.type == .militaryAction)
    }

    @Test func aTollOverAPeriodIsBackground() {
        let en = F.events(["Between early February and March 5, some 60 Syrian army soldiers had been killed in the region.",
                           "The offensive launched in December by Damascus has killed nearly 500 civilians, according to the Observatory.",
                           "Syrian army shelling killed 12 civilians near Saraqeb on Thursday."], "en")
        #expect(en.filter { $0.type == .militaryAction }.map(\.fatalities) == [12])
        let fr = F.events(["Entre début février et le 5 mars, une soixantaine de soldats de l'armée syrienne avaient péri dans la région.",
                           "L'offensive lancée en décembre par Damas a fait près de 500 morts parmi les civils, selon l'OSDH.",
                           "Les bombardements de l'armée syrienne ont tué douze civils jeudi près de Saraqeb."], "fr")
        #expect(fr.filter { $0.type == .militaryAction }.map(\.fatalities) == [12])
    }

    @Test func aPlaceInWhatIsReportedIsNotWhereItWasSaid() {
        let en = F.events(["Lavrov said on Monday that the foreign backers had committed on Sunday in Munich to stop all military support."], "en")
        #expect(lavrov(en) != nil && lavrov(en)?.location != "Munich")
        let fr = F.events(["Sergueï Lavrov a rappelé lundi que les parrains étrangers s'étaient engagés dimanche à Munich à cesser tout soutien militaire."], "fr")
        #expect(lavrov(fr) != nil && lavrov(fr)?.location != "Munich")
    }

    @Test func aStatementIsPlacedWhereTheSpeakerSpoke() {
        let en = F.events(["Lavrov, who visited Aleppo last week, said from Munich on Saturday that contacts were continuing."], "en")
        #expect(lavrov(en)?.location == "Munich")
        let fr = F.events(["Sergueï Lavrov, qui s'était rendu à Alep la semaine dernière, a déclaré samedi depuis Munich que les contacts se poursuivaient."], "fr")
        #expect(lavrov(fr)?.location == "Munich")
    }
}
