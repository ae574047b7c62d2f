import Testing
import Model
@testable import Extraction

/// Rule-by-rule checks of event types, places, dates and fatalities, in both languages.
enum PlaceAndDateFixtures {
    static let extractor = Extractor(registry: ExtractionFixtures.registry, topics: ExtractionFixtures.topics,
                                     lexicons: ExtractionFixtures.lexicons,
                                     placeNames: ["Moscou", "Moscow", "Bruxelles", "Brussels", "Genève", "Geneva", "Saraqeb",
                                              "Tripoli", "Pazarkule", "Edirne", "Nairab", "Berlin", "Rajma", "Benghazi"])

    static func events(_ paragraphs: [String], _ language: String, published: String = "2020-02-21") -> [Event] {
        extractor.extract(ExtractionFixtures.article(paragraphs, published: published, language: language)).events
    }

    static func type(_ sentence: String, _ language: String) -> EventType? {
        let rules = ExtractionFixtures.extractor.languages.first { $0.language == language }!
        let s = SentenceSplitter(rules: rules).split(sentence, paragraph: 1)[0]
        let marks = ClauseMarker(rules: rules).mark(s.tokens)
        return TriggerClassifier(rules: rules).classify(s.tokens, marks: marks)?.type
    }
}

@Suite struct ExtractionTypeRuleTests {
    func type(_ s: String, _ l: String) -> EventType? { PlaceAndDateFixtures.type(s, l) }

    @Test func aMeetingFrameYieldsToTheMainVerb() {
        #expect(type("Les dirigeants de l'UE, réunis vendredi à Bruxelles, ont appelé à la fin de l'offensive.", "fr") == .appeal)
        #expect(type("Meeting in Brussels, the ministers condemned the strikes.", "en") == .criticism)
        // Alone, the meeting is the event.
        #expect(type("Réunis à Bruxelles, les ministres ont discuté.", "fr") == .consultation)
    }

    @Test func anInfinitiveComplementIsAPurposeNotAnEvent() {
        #expect(type("Il a annoncé la venue des émissaires, chargés de discuter de la situation.", "fr") == .statement)
        #expect(type("Le maréchal s'est accordé deux jours pour en discuter, a indiqué le ministère.", "fr") == .statement)
        #expect(type("The minister announced that envoys would come to discuss the crisis.", "en") == .statement)
    }

    @Test func aParticipleQualifyingANounIsNotTheEvent() {
        #expect(type("Il a salué le cessez-le-feu conclu jeudi à Moscou.", "fr") == .statement)
        #expect(type("Erdogan a sommé les forces syriennes de se retirer derrière la ligne fixée par l'accord conclu en 2018.", "fr") == .appeal)
    }

    @Test func meetingNounsInReportedSpeechAreWhatWasSaid() {
        #expect(type("The minister said on Tuesday the talks had not produced a satisfactory outcome.", "en") == .statement)
        #expect(type("Mardi, il a reconnu qu'il n'y avait pas encore d'accord sur cette rencontre.", "fr") == .statement)
        #expect(type("Le gouvernement a annoncé avoir envoyé les invitations pour la conférence.", "fr") == .agreement)
        // A framer places the report at the meeting.
        #expect(type("Lavrov said after talks with Cavusoglu that the truce held.", "en") == .consultation)
    }

    @Test func denialsRebuttalsAndDismissalsAreCriticism() {
        #expect(type("Le porte-parole a nié dimanche toute implication de ses forces.", "fr") == .criticism)
        #expect(type("Le Kremlin a rétorqué qu'aucun sommet n'était en préparation.", "fr") == .criticism)
        #expect(type("Assad said the battle would go on, dismissing Turkish threats.", "en") == .criticism)
        #expect(type("A spokesman denied that any vessel had been struck.", "en") == .criticism)
    }

    @Test func aWarningFollowedByAnUrgingIsAnAppeal() {
        #expect(type("La mission s'est dite préoccupée, mettant en garde contre des conséquences graves et exhortant les Libyens à la retenue.", "fr") == .appeal)
        #expect(type("The envoy warned of a disaster and urged both sides to stop.", "en") == .appeal)
        // What one calls for is not an event of its own.
        #expect(type("Il a condamné l'offensive sur Idlib.", "fr") == .criticism)
    }

    @Test func ordersAndNecessitiesAreAppeals() {
        #expect(type("Le président avait sommé les forces syriennes de se retirer.", "fr") == .appeal)
        #expect(type("Il a estimé qu'il fallait relancer l'opération.", "fr") == .appeal)
        #expect(type("Erdogan told him that the EU must share the burden.", "en") == .appeal)
    }

    @Test func idiomsAreNotTriggers() {
        #expect(type("The commissioner struck a more conciliatory note, telling reporters that Turkey is not an enemy.", "en") == .statement)
        #expect(type("Russia took part in the talks.", "en") == .consultation)
        #expect(type("La Turquie a pris acte de la décision, a indiqué le ministre.", "fr") == .statement)
    }

    @Test func aNominalParticipleIsNotAnEvent() {
        #expect(type("The UNICEF chief said half a million children were among those uprooted.", "en") == .statement)
    }

    @Test func aidAndWorkingDinnersHaveTheirTypes() {
        #expect(type("The EU pledged aid for the displaced in Idlib.", "en") == .humanitarian)
        #expect(type("L'UE a débloqué une aide de 60 millions d'euros.", "fr") == .humanitarian)
        #expect(type("Au terme d'un dîner de travail avec Charles Michel, le président est reparti.", "fr") == .consultation)
        #expect(type("Michel travelled to Ankara for a frank discussion with Erdogan.", "en") == .consultation)
    }
}

@Suite struct ExtractionPlaceRuleTests {
    func place(_ text: String, _ language: String) -> String? {
        PlaceAndDateFixtures.events([text], language).first?.location
    }

    @Test func aCapitalNamedBareIsTheStateNotThePlace() {
        let fr = PlaceAndDateFixtures.events(["Recep Tayyip Erdogan a exhorté lundi Moscou à respecter l'accord."], "fr")
        #expect(!fr.isEmpty && fr.allSatisfy { $0.location != "Moscou" })
        // The place a possessor holds is the place: "Idlib's Saraqeb".
        #expect(place("Russian jets struck rebel positions on Friday on the outskirts of Idlib's Saraqeb, the Observatory said.", "en") == "Saraqeb")
        // A place holding a thing is the place: "Tripoli's port".
        #expect(place("Haftar's forces shelled Tripoli's port on Tuesday, Turkey said.", "en") == "Tripoli")
        // With a place preposition it is where it happened.
        #expect(place("Recep Tayyip Erdogan a rencontré lundi Vladimir Poutine à Moscou.", "fr") == "Moscou")
    }

    @Test func theFightIsWhereItsTriggerPoints() {
        #expect(place("Les rebelles soutenus par Moscou ont repris lundi la localité de Nairab.", "fr") == "Nairab")
        #expect(place("Turkey's governor in the province of Edirne said a migrant had been killed when police opened fire near the Pazarkule crossing.", "en") == "Pazarkule")
        #expect(place("Haftar's forces shelled the port of Tripoli on Tuesday, Turkey said.", "en") == "Tripoli")
    }

    @Test func aMeetingIsWhereItWasHeld() {
        #expect(place("Vladimir Putin met Erdogan in Rajma, near Benghazi, on Tuesday.", "en") == "Rajma")
    }

    @Test func whatWasSaidIsPlacedWhereItWasSaid() {
        #expect(place("A Genève, Vladimir Poutine a rejeté mardi les appels à un cessez-le-feu à Idlib.", "fr") == "Genève")
        #expect(place("A Berlin, Erdogan a annoncé mardi avoir envoyé les invitations pour la conférence sur la Libye.", "fr") == "Berlin")
    }

    @Test func aStateAsAnActorIsNotAPlace() {
        // "Moscou" backs the rebels; the place is the town taken.
        #expect(place("Les rebelles soutenus par Moscou ont attaqué Saraqeb.", "fr") == "Saraqeb")
        #expect(place("Erdogan said on Wednesday that an operation in Russia's Idlib region was near.", "en") == "Idlib")
    }

    @Test func aSentenceWithoutAPlaceTakesTheOneOfItsContext() {
        let events = PlaceAndDateFixtures.events([
            "Vladimir Poutine et Recep Tayyip Erdogan se sont rencontrés lundi à Bruxelles.",
            "Plus tôt dans la journée, Vladimir Poutine avait dénoncé les frappes au siège de l'Otan.",
        ], "fr")
        #expect(events.map(\.location) == ["Bruxelles", "Bruxelles"])
        // A fight with no place of its own is in its topic's place.
        let fight = PlaceAndDateFixtures.events(["Jeudi, l'armée russe a indiqué avoir mené des frappes sur Idlib."], "fr")
        #expect(fight.first?.location == "Idlib")
    }
}

@Suite struct ExtractionDateRuleTests {
    func dates(_ paragraphs: [String], _ language: String, published: String) -> [String] {
        PlaceAndDateFixtures.events(paragraphs, language, published: published).map(\.date.iso)
    }

    @Test func aSpanOfDaysIsDatedByItsLastDay() {
        #expect(dates(["A Turkish delegation held talks with Vladimir Putin in Moscow on Monday and Tuesday."], "en", published: "2020-02-19") == ["2020-02-18"])
        #expect(dates(["Recep Tayyip Erdogan et Vladimir Poutine ont discuté lundi et mardi à Moscou."], "fr", published: "2020-02-19") == ["2020-02-18"])
    }

    @Test func aFutureDateDoesNotDateWhatFollows() {
        let d = dates(["Vladimir Poutine a rencontré samedi Recep Tayyip Erdogan. Les échanges doivent reprendre lundi.",
                       "La veille, Recep Tayyip Erdogan avait dénoncé les frappes."], "fr", published: "2020-02-08")
        #expect(d.last == "2020-02-07")
    }

    @Test func aDateQualifyingANounIsBackground() {
        let d = dates(["Lundi, Vladimir Poutine a rencontré Recep Tayyip Erdogan.",
                       "Vladimir Poutine a salué le cessez-le-feu conclu jeudi à Moscou. Il a toutefois appelé Ankara à jouer son rôle."],
                      "fr", published: "2020-03-10")
        #expect(d.allSatisfy { $0 == "2020-03-09" })
    }

    @Test func sameDayPhrasesKeepTheDateInForce() {
        let fr = dates(["Mardi, Recep Tayyip Erdogan a dénoncé les frappes. Le Kremlin a rétorqué le même jour que rien n'était prévu."],
                       "fr", published: "2020-02-26")
        #expect(fr == ["2020-02-25", "2020-02-25"])
        let en = dates(["On Tuesday, Erdogan condemned the strikes. Later in the day, the Kremlin rejected the claim."],
                       "en", published: "2020-02-26")
        #expect(en == ["2020-02-25", "2020-02-25"])
    }

    @Test func theWeekendIsTheLastSundayOrToday() {
        // 2020-02-24 is a Monday, 2020-02-22 a Saturday.
        #expect(dates(["Vladimir Poutine a dénoncé ce week-end les frappes turques."], "fr", published: "2020-02-24") == ["2020-02-23"])
        #expect(dates(["Putin condemned the Turkish strikes over the weekend."], "en", published: "2020-02-22") == ["2020-02-22"])
    }
}

@Suite struct ExtractionFatalityRuleTests {
    func killed(_ text: String, _ language: String) -> Int? {
        let rules = ExtractionFixtures.rules(language)
        return FatalityReader(rules: rules, numbers: NumberReader(rules: rules)).read(rules.tokenizer.tokenize(text))
    }

    @Test func anAsideNamingAPartDoesNotHideTheFigure() {
        #expect(killed("Au moins 21 civils, dont neuf enfants, ont été tués mardi", "fr") == 21)
        #expect(killed("At least 21 civilians, including nine children, were killed on Tuesday", "en") == 21)
    }

    @Test func anIndefiniteArticleCountsOneBeforeASingularKilling() {
        #expect(killed("the governor said a migrant had been killed and five wounded", "en") == 1)
        #expect(killed("a strike killed five civilians", "en") == 5)
    }
}

@Suite struct ExtractionSplitterSpeedTests {
    @Test func quotationsAreTrackedInOnePass() {
        // A long paragraph of quoted sentences splits the same way, whatever its length.
        let sentence = "« Nous verrons. Rien n'est décidé », a-t-il dit. "
        let text = String(repeating: sentence, count: 400)
        let s = ExtractionFixtures.sentences(text, "fr")
        #expect(s.count == 400)
        #expect(s.allSatisfy { $0 == "« Nous verrons. Rien n'est décidé », a-t-il dit." })
    }
}
