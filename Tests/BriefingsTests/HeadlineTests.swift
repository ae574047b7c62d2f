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
        // A noun in apposition goes with the relative clause that says what it is.
        let noun = headlines(["L'armée russe a bombardé mercredi des positions rebelles près de Saraqeb, ville qui commande l'autoroute M5."], "fr", "2020-03-04")
        #expect(noun == ["L'armée russe a bombardé des positions rebelles près de Saraqeb"])
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

    @Test func aHeadlineOpensOnItsSubject() {
        // The phrase that sets the scene goes; "A Berlin" is no auxiliary.
        let scene = headlines(["De son côté, la Turquie a bombardé jeudi des positions syriennes.", "A Berlin, Recep Tayyip Erdogan a appelé vendredi à un cessez-le-feu."], "fr", "2020-03-06")
        #expect(scene == ["La Turquie a bombardé des positions syriennes", "Recep Tayyip Erdogan a appelé à un cessez-le-feu"])
        // Not when the phrase names who says so ("Pour X, …, …").
        let named = headlines(["Pour Vladimir Poutine, le président russe, la Turquie a bombardé jeudi des positions syriennes."], "fr", "2020-03-06")
        #expect(named.first?.hasPrefix("Pour Vladimir Poutine") == true)
        // A pronoun gives way to the name it stands for.
        let pronoun = headlines(["Recep Tayyip Erdogan est arrivé jeudi à Moscou.", "Il a appelé vendredi la Russie à cesser ses frappes."], "fr", "2020-03-06")
        #expect(pronoun.contains("Recep Tayyip Erdogan a appelé la Russie à cesser ses frappes"))
    }

    @Test func aQuotationInTheFirstPersonIsGivenWithItsSpeaker() {
        let en = headlines(["The participants agreed that \u{201C}we want to respect the arms embargo\u{201D}, Vladimir Putin said on Thursday."], "en")
        #expect(en == ["Vladimir Putin: \u{201C}we want to respect the arms embargo\u{201D}"])
        // A long one is cut at a phrase, and closed, rather than at a word.
        let long = "\u{201C}We will respond to every attack on our soldiers in Idlib with all the means at our disposal and without any "
            + "hesitation whatsoever, whatever the cost\u{201D}, Erdogan said on Thursday."
        for h in headlines([long], "en") {
            #expect(h.count <= HeadlineWriter.maxLength && h.hasPrefix("Erdogan: \u{201C}We will respond") && h.hasSuffix("\u{201D}"))
            #expect(!h.contains("\u{2026}"))
        }
    }

    @Test func aDateLeftOutTakesTheWordsThatOpenIt() {
        let fr = headlines(["Recep Tayyip Erdogan a appelé samedi à un cessez-le-feu à partir de lundi dans le conflit libyen."], "fr", "2020-06-06")
        #expect(fr == ["Recep Tayyip Erdogan a appelé à un cessez-le-feu dans le conflit libyen"])
    }

    @Test func theMainVerbAfterASubjectsAppositionIsNoSpeechTag() {
        let en = headlines(["Ghassan Salamé, head of the U.N. mission in Tripoli, also announced new talks in Geneva on Tuesday."], "en", "2020-02-18")
        #expect(en == ["Ghassan Salamé also announced new talks in Geneva"])
        // A speaker after the verb still makes it one.
        let tag = headlines(["Turkish drones struck Syrian army positions near Saraqeb on Thursday, said the Turkish defence ministry."], "en")
        #expect(tag == ["Turkish drones struck Syrian army positions near Saraqeb"])
    }

    @Test func anEventToldInARelativeClauseIsHeadedByItsSubject() {
        let fr = headlines(["Ghassan Salamé, qui s'est entretenu lundi avec Recep Tayyip Erdogan à Ankara, a ensuite quitté la Turquie."], "fr", "2020-03-03")
        #expect(fr.contains("Ghassan Salamé s'est entretenu avec Recep Tayyip Erdogan à Ankara"))
    }

    @Test func appositionsAfterABracketAreAsidesToo() {
        let fr = headlines(["Fayez al-Sarraj, le chef du Conseil présidentiel du Gouvernement d'union nationale (GNA), basé à Tripoli et reconnu par les Nations unies, a appelé vendredi à un cessez-le-feu immédiat."], "fr", "2020-08-21")
        #expect(fr == ["Fayez al-Sarraj a appelé à un cessez-le-feu immédiat"])
    }

    @Test func aHeadlineDoesNotOpenOnAWordLinkingToTheSentenceBefore() {
        let fr = headlines(["Plus tôt, Recep Tayyip Erdogan avait prévenu le régime syrien à Ankara."], "fr", "2020-02-11")
        #expect(fr.first?.hasPrefix("Recep Tayyip Erdogan avait prévenu le régime syrien") == true)
        let en = headlines(["But Turkish drones struck Syrian army positions near Saraqeb on Thursday, Turkey's defence ministry said."], "en")
        #expect(en == ["Turkish drones struck Syrian army positions near Saraqeb"])
    }

    @Test func aLongHeadlineNamesItsSubjectWithoutTheTitleAndEndsAfterAQuotation() {
        let fr = headlines(["Le président français, Emmanuel Macron, a insisté lui lundi sur la nécessité que le cessez-le-feu soit « crédible, durable et vérifiable » pour créer les conditions d’une reprise du dialogue."], "fr", "2020-01-13")
        #expect(fr == ["Emmanuel Macron a insisté lui sur la nécessité que le cessez-le-feu soit « crédible, durable et vérifiable »"])
        let en = headlines(["The European Union's high representative for foreign and security policies, Josep Borrell, has called on Turkey to work with the Union on the common challenges of the region, as he met ministers in Ankara on Tuesday."], "en", "2020-03-04")
        #expect(!en.isEmpty && en.allSatisfy { $0.hasPrefix("Josep Borrell has called on Turkey") })
        // A short one keeps its title.
        let short = headlines(["Le président français, Emmanuel Macron, a appelé lundi à un cessez-le-feu."], "fr", "2020-01-13")
        #expect(short == ["Le président français, Emmanuel Macron, a appelé à un cessez-le-feu"])
    }

    @Test func aCriticismVerbAfterWhatWasSaidIsItsAttribution() {
        let fr = headlines(["Le conflit dans le nord-ouest de la Syrie « a atteint un niveau horrifiant », a dénoncé lundi Vladimir Poutine."], "fr", "2020-02-18")
        #expect(fr == ["Vladimir Poutine : Le conflit dans le nord-ouest de la Syrie « a atteint un niveau horrifiant »"])
    }
}
