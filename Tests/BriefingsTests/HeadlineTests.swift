import Testing
import Model
@testable import Extraction

/// Headlines: what happened, in the sentence's own words, without the dateline, the source,
/// the dates or the asides, at most 120 characters, never a template.
@Suite struct HeadlineTests {
    func headlines(_ paragraphs: [String], _ language: String, _ published: String = "2020-03-05") -> [String] {
        TenseFixtures.events(paragraphs, language, published: published).map(\.summary)
    }

    @Test func aDatelineTheDateAndTheSourceAreLeftOut() {
        let fr = headlines(["MOSCOU, 5 mars 2020 (AFP) - L'armée syrienne a repris jeudi le contrôle de Saraqeb, a indiqué l'OSDH."], "fr")
        #expect(fr == ["L'armée syrienne a repris le contrôle de Saraqeb"])
        let en = headlines(["ANKARA (Reuters) - Turkish drones struck Syrian army positions near Saraqeb on Thursday, Turkey's defence ministry said."], "en")
        #expect(en == ["Turkish drones struck Syrian army positions near Saraqeb"])
    }

    @Test func aSourceOpeningTheSentenceIsLeftOut() {
        let fr = headlines(["Selon l'Observatoire syrien des droits de l'Homme, des frappes russes ont tué mercredi 12 civils à Ariha."], "fr")
        #expect(fr == ["Des frappes russes ont tué 12 civils à Ariha"])
        let between = headlines(["Le maréchal Haftar a affirmé mardi, selon la chaîne Al-Arabiya, que le projet ignorait ses revendications."], "fr", "2020-01-15")
        #expect(between == ["Le maréchal Haftar a affirmé que le projet ignorait ses revendications"])
    }

    @Test func aRelativeClauseAndAnAppositionAreAsides() {
        let fr = headlines(["Le maréchal Khalifa Haftar, l'homme fort de l'est libyen, a quitté Moscou mardi sans signer l'accord, qui prévoyait une trêve."], "fr", "2020-01-14")
        #expect(fr == ["Le maréchal Khalifa Haftar a quitté Moscou sans signer l'accord"])
        let en = headlines(["Turkey, which already hosts 3.6 million refugees, has kept its border closed to the new arrivals, officials said."], "en", "2020-02-18")
        #expect(en == ["Turkey has kept its border closed to the new arrivals"])
    }

    @Test func wordsReportedBeforeTheirSpeakerAreHeadedByTheSpeaker() {
        let fr = headlines(["« Nous ne reculerons pas d'un pouce », a déclaré jeudi Recep Tayyip Erdogan devant les députés."], "fr")
        #expect(fr.count == 1)
        #expect(fr.first?.hasPrefix("Recep Tayyip Erdogan : « Nous ne reculerons pas d'un pouce »") == true)
        let en = headlines(["\"We will not retreat,\" Erdogan said on Thursday."], "en")
        #expect(en == ["Erdogan: \"We will not retreat\""])
    }

    @Test func aLongSentenceIsCutAfterItsVerbAndNeverPastTheLimit() {
        let long = "Les forces gouvernementales syriennes ont repris jeudi la ville de Saraqeb, au croisement des autoroutes M4 et M5, "
            + "après plusieurs jours de combats acharnés contre les groupes rebelles soutenus par la Turquie et les jihadistes de Hayat Tahrir al-Cham, "
            + "selon l'Observatoire syrien des droits de l'Homme."
        let fr = headlines([long], "fr")
        #expect(fr.count == 1)
        for h in fr {
            #expect(h.count <= HeadlineWriter.maxLength)
            #expect(h.hasPrefix("Les forces gouvernementales syriennes ont repris la ville de Saraqeb"))
        }
    }

    @Test func noHeadlineIsATemplateOfTypeWords() {
        let fr = headlines(["Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus au téléphone vendredi au sujet d'Idlib."], "fr", "2020-02-22")
        #expect(fr == ["Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus au téléphone au sujet d'Idlib"])
    }
}
