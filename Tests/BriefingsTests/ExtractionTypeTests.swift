import Testing
import Model
@testable import Extraction

/// Event types: coordinated participles, noun appeals, relative clauses, finite forms that
/// look like participles, reported death tolls, a party announcing its own action, separate
/// sources, and renewed calls.
enum TypeFixtures {
    static let registry: [Actor] = TenseFixtures.registry + [
        Actor(slug: "henrietta-fore", name: "Henrietta Fore", aliases: ["Fore"]),
        Actor(slug: "casques-blancs", name: "Casques blancs", aliases: ["White Helmets", "Casques blancs"], kind: .organisation),
        Actor(slug: "anl", name: "Armée nationale libyenne", aliases: ["ANL", "LNA", "Libyan National Army"], kind: .armedGroup),
        Actor(slug: "khalifa-haftar", name: "Khalifa Haftar", aliases: ["Haftar", "maréchal Haftar"]),
        Actor(slug: "al-arabiya", name: "Al-Arabiya", aliases: ["Al-Arabiya"], kind: .organisation),
        Actor(slug: "unsmil", name: "UNSMIL", aliases: ["UNSMIL", "MANUL"], kind: .organisation),
    ]

    static let extractor = Extractor(registry: registry, topics: ExtractionFixtures.topics, lexicons: ExtractionFixtures.lexicons)

    static func events(_ paragraphs: [String], _ language: String, published: String = "2020-02-27") -> [Event] {
        extractor.extract(ExtractionFixtures.article(paragraphs, published: published, language: language)).events
    }

    static func types(_ paragraphs: [String], _ language: String, published: String = "2020-02-27") -> [EventType] {
        events(paragraphs, language, published: published).map(\.type)
    }
}

@Suite struct ExtractionTypeByClauseTests {
    @Test func aParticipleCoordinatedAfterACompoundVerbSharesItsAuxiliary() {
        // "dénoncé" has no auxiliary of its own, but it is not a modifier: "a rappelé …, et dénoncé".
        let fr = TypeFixtures.types(["Henrietta Fore a rappelé jeudi que les enfants étaient nombreux, et dénoncé les attaques contre des écoles."], "fr")
        #expect(fr == [.criticism])
        // A participle with no compound verb before it still qualifies a noun.
        let bare = TypeFixtures.types(["Henrietta Fore a rappelé jeudi le cessez-le-feu conclu à Moscou."], "fr")
        #expect(bare == [.statement])
    }

    @Test func anAppealNounIsAnObjectAndDoesNotHideWhatFollows() {
        let fr = TypeFixtures.types(["Samedi, l'ANL a annoncé qu'elle accueillait favorablement les appels à la trêve et s'engageait à cesser le feu."], "fr")
        #expect(fr == [.agreement])
        let en = TypeFixtures.types(["On Saturday the LNA said it welcomed the calls for a truce and committed to a ceasefire."], "en")
        #expect(en == [.agreement])
        // An appeal verb still closes: what is called for is not the event.
        let verb = TypeFixtures.types(["On Saturday the LNA called for an end to the offensive."], "en")
        #expect(verb == [.appeal])
    }

    @Test func aVerbInARelativeClauseDoesNotTypeTheSentence() {
        let en = TypeFixtures.types(["A Russian delegation arrived in Ankara on Tuesday to work out the details of the deal that Erdogan and Putin struck in Moscow."], "en", published: "2020-03-12")
        #expect(en == [.consultation])
        let fr = TypeFixtures.types(["Une délégation russe est arrivée à Ankara mardi pour régler les détails de l'accord que Poutine et Erdogan ont frappé à Moscou."], "fr", published: "2020-03-12")
        #expect(fr == [.consultation])
        // A noun phrase opening the sentence keeps its main verb after the relative clause, and
        // "told the Council that" opens what was said.
        let rules = ExtractionFixtures.rules("en")
        for (text, word, subordinate) in [("The deal that Putin struck has done little.", "done", false),
                                          ("He saw the deal that Putin struck in Moscow.", "struck", true),
                                          ("He told the envoy that Putin struck a deal.", "struck", false)] {
            let tokens = rules.tokenizer.tokenize(text)
            let marks = ClauseMarker(rules: rules).mark(tokens)
            let k = tokens.firstIndex { $0.text == word }!
            #expect(marks.subordinate[k] == subordinate, "\(text)")
        }
    }

    @Test func anImperfectIsNotAParticiple() {
        // "jugeait" ends like "dit" but is a finite verb: it reports what the source said.
        let fr = TypeFixtures.events(["Mardi, selon la Russie, le maréchal Haftar jugeait le texte favorablement mais s'est accordé deux jours pour en discuter."], "fr", published: "2020-01-14")
        #expect(fr.map(\.type) == [.statement])
        #expect(fr.first?.actors.contains { $0.id == "russie" } == true)
    }

    @Test func aReportedDeathTollIsTheKilling() {
        let fr = TypeFixtures.events(["Jeudi, les Casques blancs ont fait état d'au moins sept morts à Idlib."], "fr")
        #expect(fr.map(\.type) == [.militaryAction])
        #expect(fr.first?.fatalities == 7)
        let en = TypeFixtures.events(["On Thursday the White Helmets reported at least seven deaths in Idlib."], "en")
        #expect(en.map(\.type) == [.militaryAction])
        #expect(en.first?.fatalities == 7)
        // A toll in a clause of its own is what someone said, not the report of a killing.
        let said = TypeFixtures.types(["On Thursday the White Helmets said that at least seven deaths would be hard to confirm."], "en")
        #expect(said == [.statement])
    }

    @Test func aPartyAnnouncingAnActionAlreadyToldMakesAStatement() {
        let en = TypeFixtures.events(["The LNA shelled the port of Tripoli on Tuesday.",
                                      "The LNA said it had targeted a Turkish ship unloading weapons."], "en", published: "2020-02-19")
        #expect(en.map(\.type) == [.militaryAction, .statement])
        let fr = TypeFixtures.events(["L'ANL a bombardé mardi le port de Tripoli.",
                                      "L'ANL a affirmé qu'elle avait visé un navire turc."], "fr", published: "2020-02-19")
        #expect(fr.map(\.type) == [.militaryAction, .statement])
        // A source that is no party, or an action not told before, stays a military action.
        let first = TypeFixtures.types(["The LNA said on Tuesday it had targeted a Turkish ship unloading weapons."], "en", published: "2020-02-19")
        #expect(first == [.militaryAction])
        let incise = TypeFixtures.types(["L'ANL a bombardé mardi le port de Tripoli.",
                                         "L'ANL a ensuite attaqué un navire turc, a indiqué l'OSDH."], "fr", published: "2020-02-19")
        #expect(incise == [.militaryAction])
    }

    @Test func oneSpeakerReportedByTwoSourcesIsTwoReports() {
        let fr = TypeFixtures.events(["Mardi, selon la Russie, le maréchal Haftar jugeait le texte favorablement.",
                                      "Le maréchal Haftar a lui-même affirmé, selon Al-Arabiya, que le projet ignorait ses revendications."], "fr", published: "2020-01-14")
        #expect(fr.count == 2)
        // Without sources, what one speaker says over two paragraphs stays one statement.
        let one = TypeFixtures.events(["Mardi, le maréchal Haftar a jugé le texte favorablement.",
                                       "Le maréchal Haftar a affirmé que le projet ignorait ses revendications."], "fr", published: "2020-01-14")
        #expect(one.count == 1)
    }

    @Test func aRenewedCallIsAnAppeal() {
        let en = TypeFixtures.types(["On Monday UNSMIL renewed its call on both parties to respect the truce."], "en", published: "2020-02-24")
        #expect(en == [.appeal])
        let fr = TypeFixtures.types(["Lundi, la MANUL a renouvelé son appel aux deux parties à respecter la trêve."], "fr", published: "2020-02-24")
        #expect(fr == [.appeal])
    }

    @Test func forcesSecuringVillagesIsAMilitaryAction() {
        let en = TypeFixtures.types(["Russian forces secured dozens of villages west of Aleppo on Sunday, the Observatory said."], "en", published: "2020-02-19")
        #expect(en == [.militaryAction])
        let fr = TypeFixtures.types(["Les forces russes contrôlent désormais le sud d'Idlib, a indiqué dimanche l'OSDH, après s'être emparées d'une soixantaine de villages."], "fr", published: "2020-02-19")
        #expect(fr == [.militaryAction])
        let deal = TypeFixtures.types(["Russia secured a deal with Turkey on Sunday, the Observatory said."], "en", published: "2020-02-19")
        #expect(deal == [.statement])
    }
}

/// Event types carried by the words of what was said, by who is asked to act, by what talks
/// produced and by who reports a situation; and the events such sentences sit beside.
@Suite struct ExtractionTypeByWordingTests {
    func types(_ p: [String], _ l: String, _ published: String = "2020-01-24") -> [EventType] { TypeFixtures.types(p, l, published: published) }
    func events(_ p: [String], _ l: String, _ published: String = "2020-01-24") -> [Event] { TypeFixtures.events(p, l, published: published) }

    @Test func aStatementCallingSomethingWrongIsACriticism() {
        #expect(types(["Mercredi, Cavusoglu a jugé la situation aux frontières « inacceptable »."], "fr") == [.criticism])
        #expect(types(["Cavusoglu said on Wednesday that the deployment was illegal."], "en") == [.criticism])
        #expect(types(["Cavusoglu said on Wednesday that the talks were useful."], "en") == [.statement])
    }

    @Test func qualifyingSomethingAsWrongIsACriticismEvenAfterTheMeetingThatFramesIt() {
        // "la presse", "la rencontre": verb forms after a determiner are nouns, and the meeting is the occasion.
        let fr = types(["Interrogé par la presse à l'issue de la rencontre, Cavusoglu a qualifié l'envoi de soldats russes d'« ingérence étrangère »."], "fr")
        #expect(fr == [.criticism])
    }

    @Test func aWarningOfADangerIsAStatementButAWarningWithAnAccusationIsACriticism() {
        #expect(types(["Salamé warned on Thursday that the deterioration in Libya threatens the region."], "en") == [.statement])
        #expect(types(["L'OCHA a averti jeudi que la situation pourrait encore s'aggraver."], "fr") == [.statement])
        #expect(types(["Ankara warned on Tuesday that any attack would be met with force, accusing Russia of killing civilians."], "en") == [.criticism])
        #expect(types(["Ankara a mis en garde mardi contre toute attaque, accusant la Russie de tuer des civils."], "fr") == [.criticism])
    }

    @Test func aCriticismInTheQuotedWordsIsACriticism() {
        #expect(types(["Turkey \"strongly condemned\" the vote on Thursday, its foreign ministry said, warning that the region would suffer."], "en") == [.criticism])
        #expect(types(["Jeudi, la Turquie a « fermement condamné » le vote, a indiqué son ministère."], "fr") == [.criticism])
    }

    @Test func askingSomeoneToActIsAnAppeal() {
        #expect(types(["Turkey had asked Russia on Saturday to persuade Haftar to respect the ceasefire."], "en") == [.appeal])
        #expect(types(["Cavusoglu said he had told Putin that Ankara expected Moscow to use its influence."], "en") == [.appeal])
        #expect(types(["Jeudi, Cavusoglu a déclaré qu'Ankara attend de Moscou qu'elle use de son influence."], "fr") == [.appeal])
        // A passive is no appeal.
        #expect(!types(["On Thursday Erdogan was expected to meet Putin in Moscow."], "en").contains(.appeal))
    }

    @Test func talksEndingWithAnAgreementAreAnAgreement() {
        #expect(types(["Russia and Turkey ended two days of talks in Moscow on Sunday with a draft agreement."], "en", "2020-01-20") == [.agreement])
        #expect(types(["Dimanche, les pourparlers de Poutine et Erdogan sur la Libye ont abouti à un accord."], "fr", "2020-01-20") == [.agreement])
        #expect(types(["Putin and Erdogan ended their talks on Libya on Sunday without agreement."], "en", "2020-01-20") == [.consultation])
    }

    @Test func anAgreementLedeAbsorbsTheNextParagraphTellingTheTalks() {
        let en = events(["Russia and Turkey ended a round of talks in Moscow on Sunday with a draft ceasefire agreement, the Kremlin said on Monday.",
                         "The talks, attended by Cavusoglu and Salamé, were held at the foreign ministry."], "en", "2020-01-20")
        #expect(en.map(\.type) == [.agreement])
        #expect(en.first?.actors.contains { $0.id == "ghassan-salame" } == true)
    }

    @Test func anAgencysSituationReportOnFightingOrFlightIsHumanitarian() {
        #expect(types(["OCHA said in an update on Thursday that air strikes had reportedly stopped, although shelling was still reported."], "en") == [.humanitarian])
        #expect(types(["Selon l'OCHA, qui a publié lundi ses derniers chiffres, plus de 520 000 personnes ont fui les combats depuis le 1er décembre."], "fr") == [.humanitarian])
    }

    @Test func theFightingPeopleFledIsNoBattle() {
        #expect(types(["Plus de 500 000 personnes ont fui les combats dans le nord-ouest, selon l'OSDH."], "fr") == [.humanitarian])
        #expect(types(["More than 800,000 people have fled the fighting in the north-west, according to the Observatory."], "en") == [.humanitarian])
    }

    @Test func hoursOfTalksAreTalks() {
        #expect(types(["On Saturday Putin held nearly two hours of talks with Erdogan in Istanbul on Libya."], "en") == [.consultation])
        #expect(types(["Samedi, Poutine a mené à Istanbul trois heures de discussions avec Erdogan."], "fr") == [.consultation])
    }

    @Test func declaringATruceIsAnAgreement() {
        #expect(types(["Late on Saturday, the LNA announced a truce starting one minute after midnight."], "en", "2020-01-12") == [.agreement])
        #expect(types(["Samedi soir, l'ANL a annoncé une trêve à partir de minuit."], "fr", "2020-01-12") == [.agreement])
    }

    @Test func aCountedGroupStandsForThePeopleJustNamed() {
        let fr = events(["Mardi à Istanbul, Poutine a réuni Erdogan, Salamé et Cavusoglu. Dans une déclaration commune, les quatre responsables ont appelé à un cessez-le-feu."], "fr", "2020-01-08")
        let appeal = fr.first { $0.type == .appeal }
        #expect(appeal?.actors.count == 4)
        let en = events(["On Tuesday in Istanbul, Putin met Erdogan and Salamé. In a joint statement, the three leaders called for a ceasefire."], "en", "2020-01-08")
        #expect(en.first { $0.type == .appeal }?.actors.count == 3)
        // A counted group whose noun is no title, after a determiner that opens no pair ("ces"):
        // the people of the sentence before.
        let men = events(["Mardi à Istanbul, Poutine a reçu Erdogan et Salamé.", "Ces trois hommes ont appelé à un cessez-le-feu."], "fr", "2020-01-08")
        #expect(men.first { $0.type == .appeal }?.actors.count == 3)
    }

    @Test func oneOfAGroupSpeakingAloneInTheNextParagraphIsAnEventOfItsOwn() {
        let fr = events(["Mardi, Poutine, Erdogan et Salamé ont appelé dans une déclaration commune à un cessez-le-feu.",
                         "Interrogé par la presse, Salamé a qualifié l'offensive d'« agression »."], "fr", "2020-01-08")
        #expect(fr.map(\.type).sorted() == [.appeal, .criticism])
    }

    @Test func anInstitutionOfAPersonSpeaksForThem() {
        let fr = events(["Samedi, le gouvernement de M. Erdogan a imputé ce raid à la Russie."], "fr", "2020-01-06")
        #expect(fr.map(\.type) == [.criticism])
        #expect(fr.first?.actors.contains { $0.id == "recep-tayyip-erdogan" } == true)
        let en = events(["On Saturday, the government of Erdogan blamed Russia for the raid."], "en", "2020-01-06")
        #expect(en.first?.actors.contains { $0.id == "recep-tayyip-erdogan" } == true)
    }

    @Test func aLaterParagraphDatedToAnotherDayAboutOthersIsNotTheLedesRestatement() {
        let en = events(["Libya's GNA said on Sunday it had accepted a ceasefire.",
                         "Late on Saturday, Haftar's LNA had announced a truce starting at midnight."], "en", "2020-01-12")
        #expect(en.filter { $0.type == .agreement }.count == 2)
    }

    @Test func theOneAskedIsNotTheSpeaker() {
        let en = events(["Erdogan, for his part, asked the Europeans to help pay for housing for displaced Syrians."], "en")
        #expect(en.first?.actors.map(\.id) == ["recep-tayyip-erdogan"])
    }

    @Test func aFutureCueBeforeAnAdverbStillMakesTheDateFuture() {
        // Published on Friday 24 January: "samedi" is the next day.
        let fr = events(["Poutine doit pour sa part rencontrer Erdogan samedi à Istanbul."], "fr")
        #expect(fr.first?.date.iso == "2020-01-25")
    }
}
