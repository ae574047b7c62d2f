import Testing
import Model
@testable import Extraction

/// Rule-by-rule checks of what makes an event its own (statements after meetings, news
/// agencies as sources, background), of who acts (collective titles, pronouns after an
/// adjunct, "ce dernier") and of what a number counts, in both languages.
enum RecallFixtures {
    static let registry: [Actor] = ExtractionFixtures.registry + [
        Actor(slug: "serguei-lavrov", name: "Sergueï Lavrov", aliases: ["Lavrov", "Sergei Lavrov"]),
        Actor(slug: "mevlut-cavusoglu", name: "Mevlüt Cavusoglu", aliases: ["Cavusoglu", "Mevlut Cavusoglu"]),
        Actor(slug: "jens-stoltenberg", name: "Jens Stoltenberg", aliases: ["Stoltenberg"]),
        Actor(slug: "sana", name: "Agence arabe syrienne d'information", aliases: ["SANA", "Sana", "agence Sana"],
              kind: .organisation, role: "Agence de presse officielle syrienne"),
        Actor(slug: "syrie", name: "Syrie", aliases: ["Syria", "Damas", "Damascus", "armée syrienne", "Syrian army"], kind: .state),
    ]

    static let extractor = Extractor(registry: registry, topics: ExtractionFixtures.topics, lexicons: ExtractionFixtures.lexicons,
                                     placeNames: ["Munich", "Genève", "Geneva", "Saraqeb", "Alep", "Aleppo"])

    static func extraction(_ paragraphs: [String], _ language: String, published: String = "2020-02-16") -> ArticleExtraction {
        extractor.extract(ExtractionFixtures.article(paragraphs, published: published, language: language))
    }

    static func events(_ paragraphs: [String], _ language: String, published: String = "2020-02-16") -> [Event] {
        extraction(paragraphs, language, published: published).events
    }

    static func actors(_ e: Event) -> [String] { e.actors.map(\.id) }
    static func participants(_ e: Event) -> [String] { e.actors.filter { $0.role == .participant }.map(\.id) }
}

@Suite struct ExtractionRecallTests {
    typealias F = RecallFixtures

    // 1–2. A speaker's statement after a meeting is an event of its own, dated or not.
    @Test func aStatementAfterAMeetingIsItsOwnEvent() {
        let en = F.events(["Lavrov and Cavusoglu held talks in Munich on Saturday. Cavusoglu said afterwards that the discussion had been useful."], "en")
        #expect(en.contains { $0.type == .consultation && F.actors($0).contains("serguei-lavrov") })
        #expect(en.contains { $0.type == .statement && F.participants($0) == ["mevlut-cavusoglu"] && $0.date.iso == "2020-02-15" })
        let fr = F.events(["Lavrov et Cavusoglu se sont entretenus samedi à Munich. Cavusoglu a déclaré ensuite que la discussion avait été utile."], "fr")
        #expect(fr.contains { $0.type == .consultation })
        #expect(fr.contains { $0.type == .statement && F.participants($0) == ["mevlut-cavusoglu"] })
    }

    @Test func aRestatementOfTheSameTypeStillFolds() {
        let en = F.events(["Lavrov said on Saturday that contacts were continuing. He said the military were also in touch."], "en")
        #expect(en.filter { $0.type == .statement }.count == 1)
    }

    // 3. A news agency reporting an event already told is its source, not an event.
    @Test func aNewsAgencyReportingTheEventIsItsReporter() {
        let en = F.events(["The Syrian army seized Saraqeb on Sunday. Residents had greeted the soldiers in the streets, SANA reported."], "en")
        #expect(!en.contains { $0.type == .statement })
        let action = en.first { $0.type == .militaryAction }
        #expect(action?.actors.contains { $0.id == "sana" && $0.role == .reporter } == true)
        let fr = F.events(["L'armée syrienne s'est emparée dimanche de Saraqeb. Les habitants ont accueilli les soldats dans les rues, a rapporté l'agence Sana."], "fr")
        #expect(!fr.contains { $0.type == .statement })
        // A minister saying the same is a statement of their own.
        let minister = F.events(["The Syrian army seized Saraqeb on Sunday. Lavrov said the news was welcome."], "en")
        #expect(minister.contains { $0.type == .statement && F.participants($0) == ["serguei-lavrov"] })
    }

    // 4. "X, who heads …": a capitalised name in apposition is a person; "…, saying" is the subject's.
    @Test func anAppositiveNamesAPersonAndAParticipleIsTheSubjects() {
        let en = F.extraction(["Karim Haddad, who heads a rescue network in Aleppo, commented on Sunday, saying the Syrian army had faced little resistance."], "en")
        #expect(en.discoveredActors.contains { $0.name == "Karim Haddad" && $0.kind == .person })
        #expect(en.events.contains { F.participants($0) == ["karim-haddad"] })
        let fr = F.extraction(["Karim Haddad, qui dirige un réseau de secouristes à Alep, s'est exprimé dimanche, affirmant que l'armée syrienne avait rencontré peu de résistance."], "fr")
        #expect(fr.discoveredActors.contains { $0.name == "Karim Haddad" })
        #expect(fr.events.contains { F.participants($0) == ["karim-haddad"] })
    }

    // 5. "Les ministres … de l'UE": a plural title governed by an organisation is it acting.
    @Test func aCollectiveTitleOfAnOrganisationIsTheOrganisation() {
        let fr = F.events(["Les ministres des Affaires étrangères de l'UE ont condamné vendredi les frappes."], "fr")
        #expect(fr.contains { $0.type == .criticism && F.participants($0) == ["union-europeenne"] })
        let en = F.events(["The foreign ministers of the European Union condemned the strikes on Friday."], "en")
        #expect(en.contains { $0.type == .criticism && F.participants($0) == ["union-europeenne"] })
        // Later, "les ministres" and "ils" are the same body, never one person named meanwhile.
        let later = F.events(["Les ministres des Affaires étrangères de l'UE se sont réunis vendredi. Erdogan n'était pas invité. Les ministres ont appelé à un cessez-le-feu."], "fr")
        #expect(later.contains { $0.type == .appeal && F.participants($0) == ["union-europeenne"] })
    }

    // 6. "has since been shelled": background, not the day's news.
    @Test func sinceWithNoDateIsBackground() {
        let en = F.events(["The airport has since been shelled several times, Lavrov said."], "en")
        #expect(!en.contains { $0.type == .militaryAction })
        let fr = F.events(["L'aéroport a depuis été bombardé à plusieurs reprises, a affirmé Lavrov."], "fr")
        #expect(!fr.contains { $0.type == .militaryAction })
        // A background date inside what is said does not make the saying background.
        let said = F.events(["Lavrov on Sunday called the strike the worst breach of the truce in place since Jan. 12."], "en")
        #expect(said.contains { F.participants($0) == ["serguei-lavrov"] && $0.date.iso == "2020-02-16" })
        let dit = F.events(["Cavusoglu a dénoncé dimanche le bilan le plus lourd depuis le début de 2019."], "fr")
        #expect(dit.contains { $0.type == .criticism && F.participants($0) == ["mevlut-cavusoglu"] })
    }

    // 7. Pronouns: the previous sentence's subject; past the names of a fronted adjunct.
    @Test func aPronounFollowsTheSubjectNotTheObjects() {
        let fr = F.events(["Erdogan a été reçu samedi par Stoltenberg. Ce dernier a salué l'accord conclu entre Erdogan et Poutine. Il a toutefois appelé Ankara à la retenue."], "fr")
        #expect(fr.contains { $0.type == .appeal && F.participants($0) == ["jens-stoltenberg"] })
        let en = F.events(["Erdogan was received on Saturday by Stoltenberg. The latter welcomed the truce. He urged Ankara to show restraint."], "en")
        #expect(en.contains { $0.type == .appeal && F.participants($0) == ["jens-stoltenberg"] })
    }

    @Test func aPluralPronounAfterAFrontedAdjunctIsNotTheNamesInIt() {
        let fr = F.events(["Les ministres des Affaires étrangères de l'UE se sont réunis vendredi. Prenant acte de l'accord conclu la veille entre Poutine et Erdogan, ils ont appelé au respect du cessez-le-feu."], "fr")
        let appeal = fr.first { $0.type == .appeal }
        #expect(appeal.map(F.participants) == ["union-europeenne"])
        #expect(appeal?.date.iso == "2020-02-14")
        let en = F.events(["The foreign ministers of the European Union met on Friday. Welcoming the deal between Putin and Erdogan, they urged all sides to respect the truce."], "en")
        #expect(en.first { $0.type == .appeal }.map(F.participants) == ["union-europeenne"])
    }

    // 8. An approximate number counts deaths only of people.
    @Test func anApproximateNumberOfPlacesIsNotADeathToll() {
        let fr = F.events(["L'armée syrienne s'est emparée dimanche d'une soixantaine de villes et villages, tuant des combattants."], "fr")
        #expect(fr.first { $0.type == .militaryAction }?.fatalities == nil)
        let en = F.events(["The Syrian army seized dozens of villages on Sunday, and dozens of fighters were killed."], "en")
        #expect(en.first { $0.type == .militaryAction }?.fatalities == 24)
        let people = F.events(["Une trentaine de soldats ont été tués dimanche dans des frappes de l'armée syrienne près de Saraqeb."], "fr")
        #expect(people.first { $0.type == .militaryAction }?.fatalities == 30)
    }

    // 9. What generalises from the remaining misses.
    @Test func aMeetingTheTextAlreadyToldFramesTheStatement() {
        #expect(PlaceAndDateFixtures.type("After the talks, Lavrov said the positions had come closer.", "en") == .statement)
        #expect(PlaceAndDateFixtures.type("À l'issue de la réunion, Lavrov a déclaré que les positions s'étaient rapprochées.", "fr") == .statement)
        // An indefinite meeting is news: "after talks with".
        #expect(PlaceAndDateFixtures.type("Lavrov said after talks with Cavusoglu that positions had come closer.", "en") == .consultation)
    }

    @Test func anInfinitiveOpeningTheSentenceIsItsSubject() {
        #expect(PlaceAndDateFixtures.type("Conclure une trêve serait une capitulation, a-t-il lancé.", "fr") == .statement)
        #expect(PlaceAndDateFixtures.type("To sign a truce now would be a surrender, he said.", "en") == .statement)
    }

    @Test func aWeekdayInsideAVerbPhraseDoesNotHideTheTrigger() {
        #expect(PlaceAndDateFixtures.type("Les troupes gouvernementales sont entrées jeudi dans Saraqeb.", "fr") == .militaryAction)
        #expect(PlaceAndDateFixtures.type("Cavusoglu a rejeté mardi les appels à un cessez-le-feu.", "fr") == .criticism)
    }
}
