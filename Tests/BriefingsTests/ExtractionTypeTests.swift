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

@Suite struct ExtractionTypeRoundThreeTests {
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
