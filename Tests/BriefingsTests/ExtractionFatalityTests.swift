import Testing
import Model
@testable import Extraction

/// Rules about reading a death toll: who the figure is (the killer or the killed), which nouns
/// a killing verb makes people, and which tolls belong to another event.
@Suite struct ExtractionFatalityTests {
    typealias F = TollFixtures

    @Test func aFigureBeforeAnActiveKillingVerbIsTheKillerNotTheToll() {
        let fr = F.events(["Samedi, une frappe aérienne de l'armée syrienne contre une école militaire de Saraqeb a tué 33 soldats."], "fr")
        #expect(fr.first { $0.type == .militaryAction }?.fatalities == 33)
        let en = F.events(["On Saturday, a Syrian army air strike on a military school near Saraqeb killed 33 soldiers."], "en")
        #expect(en.first { $0.type == .militaryAction }?.fatalities == 33)
    }

    @Test func aFigureGovernedByAKillingVerbNeedsNoPersonNoun() {
        let fr = F.events(["Samedi, une frappe aérienne de l'armée syrienne contre une école de Saraqeb avait tué une trentaine de cadets."], "fr")
        #expect(fr.first { $0.type == .militaryAction }?.fatalities == 30)
        let en = F.events(["On Saturday, Syrian army shelling near Saraqeb killed dozens of cadets."], "en")
        #expect(en.first { $0.type == .militaryAction }?.fatalities == 24)  // "dozens": the lexicon's lower bound
    }

    @Test func aTollInARelativeClauseAboutAnotherEventIsNotAdded() {
        let en = F.events(["Turkish drones hit Syrian army positions near Saraqeb on Saturday, killing at least 26 soldiers, two days after an air strike that killed 33 of its troops."], "en")
        #expect(en.first { $0.type == .militaryAction }?.fatalities == 26)
        let fr = F.events(["Des drones turcs ont frappé samedi des positions de l'armée syrienne près de Saraqeb, tuant au moins 26 soldats, deux jours après une frappe aérienne qui a tué 33 de ses militaires."], "fr")
        #expect(fr.first { $0.type == .militaryAction }?.fatalities == 26)
    }
}
