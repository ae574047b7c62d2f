import Testing
import Model
@testable import Extraction

/// Dates by tense and reported speech, speakers and addressees, unnamed sources of a state,
/// states acting through their institutions, and tolls reported "since" a date.
enum TenseFixtures {
    static let registry: [Actor] = ExtractionFixtures.registry + [
        Actor(slug: "ghassan-salame", name: "Ghassan Salamé", aliases: ["Salamé", "Salame"]),
        Actor(slug: "mevlut-cavusoglu", name: "Mevlüt Çavuşoğlu", aliases: ["Cavusoglu", "Mevlut Cavusoglu"]),
        Actor(slug: "conseil-de-securite", name: "Conseil de sécurité de l'ONU", aliases: ["Security Council", "U.N. Security Council", "Conseil de sécurité"], kind: .organisation),
        Actor(slug: "ocha", name: "OCHA", aliases: ["OCHA"], kind: .organisation),
        Actor(slug: "algerie", name: "Algérie", aliases: ["Algeria"], kind: .state),
        Actor(slug: "france", name: "France", aliases: [], kind: .state),
        Actor(slug: "gna", name: "Gouvernement d'union nationale", aliases: ["GNA"], kind: .organisation),
    ]

    static let extractor = Extractor(registry: registry, topics: ExtractionFixtures.topics, lexicons: ExtractionFixtures.lexicons)

    static func events(_ paragraphs: [String], _ language: String, published: String) -> [Event] {
        extractor.extract(ExtractionFixtures.article(paragraphs, published: published, language: language)).events
    }

    static func summary(_ events: [Event]) -> [String] {
        events.map { "\($0.date.iso) \($0.type.rawValue) \($0.actors.map(\.id).joined(separator: ","))" }
    }
}

@Suite struct ExtractionTenseRuleTests {
    func events(_ p: [String], _ l: String, _ published: String) -> [Event] { TenseFixtures.events(p, l, published: published) }

    @Test func aFutureWeekdayInWhatWasSaidDatesNeitherTheSayingNorWhatFollows() {
        // 2020-02-16 is a Sunday.
        let en = events(["Mevlut Cavusoglu held talks with Vladimir Putin on Saturday.",
                         "Cavusoglu said afterwards that a Turkish delegation would travel to Moscow on Monday.",
                         "Vladimir Putin said the talks were useful."], "en", "2020-02-16")
        #expect(en.allSatisfy { $0.date.iso == "2020-02-15" })
        let fr = events(["Mevlut Cavusoglu s'est entretenu samedi avec Vladimir Poutine.",
                         "Cavusoglu a ensuite indiqué qu'une délégation turque se rendra lundi à Moscou.",
                         "Vladimir Poutine a dit que les discussions avaient été utiles."], "fr", "2020-02-16")
        #expect(fr.allSatisfy { $0.date.iso == "2020-02-15" })
    }

    @Test func aDateInWhatWasSaidIsNotTheDateOfTheSaying() {
        let en = events(["Ghassan Salamé told the U.N. Security Council on Thursday that the truce held only in name.",
                         "Salamé said violence had at first subsided after the ceasefire took effect on Jan. 12."], "en", "2020-01-31")
        #expect(en.allSatisfy { $0.date.iso == "2020-01-30" })
    }

    @Test func aRecollectionDatesItsSentenceButNotTheNarrative() {
        let en = events(["Ghassan Salamé told the U.N. Security Council on Thursday that the truce held only in name.",
                         "He recalled that on Jan. 26 the Turkish army had attacked the town.",
                         "He accused Turkey of breaching the embargo."], "en", "2020-01-31")
        #expect(TenseFixtures.summary(en).contains { $0.hasPrefix("2020-01-26 military-action") })
        #expect(TenseFixtures.summary(en).contains("2020-01-30 criticism ghassan-salame,turquie"))
        let fr = events(["Vendredi, Recep Tayyip Erdogan a dénoncé l'attitude de la Russie. Il a rappelé que lundi, l'armée russe avait frappé Idlib.",
                         "Recep Tayyip Erdogan a ensuite appelé à la retenue."], "fr", "2020-03-07")
        #expect(fr.contains { $0.type == .militaryAction && $0.date.iso == "2020-03-02" })
        #expect(fr.contains { $0.type == .appeal && $0.date.iso == "2020-03-06" })
    }

    @Test func aReportDatedInThePastPerfectDatesWhatFollows() {
        // Not a recollection: the report itself happened on Thursday, and so did what it added.
        let fr = events(["Jeudi, Vladimir Poutine avait annoncé qu'il rencontrerait Recep Tayyip Erdogan.",
                         "« Nous voulons la paix », a ajouté Vladimir Poutine."], "fr", "2020-03-07")
        #expect(!fr.isEmpty)
        #expect(fr.allSatisfy { $0.date.iso == "2020-03-05" })
    }

    @Test func dèsDatesWhatHappenedThen() {
        let fr = events(["Le GNA avait accepté la trêve dès le mercredi 18 mars."], "fr", "2020-03-24")
        #expect(TenseFixtures.summary(fr) == ["2020-03-18 agreement gna"])
    }
}

@Suite struct ExtractionSpeakerRuleTests {
    func events(_ p: [String], _ l: String, _ published: String) -> [Event] { TenseFixtures.events(p, l, published: published) }

    @Test func whoIsToldIsNotWhoSpeaks() {
        let en = events(["The United Nations envoy for Libya, Ghassan Salamé, told the U.N. Security Council on Thursday that the truce \"holds only in name\", warning that artillery duels had grown heavier."],
                        "en", "2020-01-31")
        #expect(en.count == 1)
        #expect(en.first?.actors.map(\.id).contains("ghassan-salame") == true)
        #expect(en.first?.actors.map(\.id).contains("conseil-de-securite") == false)
    }

    @Test func anUnnamedSourceOfAStateSpeaksForIt() {
        let fr = events(["Une source militaire russe a démenti jeudi la chute de la ville."], "fr", "2020-02-27")
        #expect(TenseFixtures.summary(fr) == ["2020-02-27 criticism russie"])
        let en = events(["Turkish and Russian officials have largely agreed on the details of the ceasefire on Thursday."], "en", "2020-03-12")
        #expect(Set(en.first?.actors.map(\.id) ?? []) == ["turquie", "russie"])
    }

    @Test func statesActThroughTheirInstitutions() {
        let fr = events(["Le 17 mars, les ambassades de l'Algérie et de la France avaient exhorté les belligérants à cesser les combats."],
                        "fr", "2020-03-24")
        #expect(fr.first?.type == .appeal)
        #expect(Set(fr.first?.actors.map(\.id) ?? []) == ["algerie", "france"])
        let en = events(["On Tuesday, the embassies of Algeria and France urged the parties to stop fighting."], "en", "2020-03-24")
        #expect(Set(en.first?.actors.map(\.id) ?? []) == ["algerie", "france"])
    }

    @Test func aTollSinceADateIsReportedAsItStands() {
        let fr = events(["OCHA a indiqué mardi que 690.000 personnes avaient fui leurs foyers depuis le 1er décembre."], "fr", "2020-02-12")
        #expect(TenseFixtures.summary(fr) == ["2020-02-11 humanitarian ocha"])
        let en = events(["On Thursday, OCHA said more than 961,000 people have been displaced since Dec. 1."], "en", "2020-03-12")
        #expect(TenseFixtures.summary(en) == ["2020-03-12 humanitarian ocha"])
    }
}

/// The tense of a date's clause is that of the verb nearest the date, whatever kind of verb
/// it is: an auxiliary, a reporting verb or a trigger.
@Suite struct ClauseTenseTests {
    static func tense(_ text: String, _ language: String) throws -> DateResolver.Tense?? {
        let rules = try #require(TenseFixtures.extractor.languages.first { $0.language == language })
        var tokens = rules.tokenizer.tokenize(text)
        rules.vocabulary.classify(&tokens)
        let marks = ClauseMarker(rules: rules).mark(tokens)
        let resolver = DateResolver(rules: rules)
        let mention = try #require(resolver.scan(tokens, marks: marks).first)
        return .some(resolver.clauseTense(tokens, mention))
    }

    @Test func aNearerVerbOfAnotherTenseOutweighsAFartherFuture() throws {
        #expect(try Self.tense("The army will attack after it bombed the town on Monday", "en") == .some(nil))
        #expect(try Self.tense("The army will attack the town on Monday", "en") == .some(.future))
        #expect(try Self.tense("L'armée attaquera la ville lundi", "fr") == .some(.future))
    }
}
