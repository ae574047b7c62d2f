import Foundation
import Testing
import Model
import Lexicons
@testable import Extraction

/// Shared fixtures of the extraction tests: the built-in lexicons and a small registry.
enum ExtractionFixtures {
    static let lexicons: [Lexicon] = (try? LanguageData.builtIn()) ?? []

    static let registry: [Actor] = [
        Actor(slug: "vladimir-poutine", name: "Vladimir Poutine", aliases: ["Poutine", "Vladimir Putin", "Putin", "président russe"]),
        Actor(slug: "recep-tayyip-erdogan", name: "Recep Tayyip Erdogan", aliases: ["Erdogan", "Erdoğan", "président turc"]),
        Actor(slug: "russie", name: "Russie", aliases: ["Russia", "Moscou", "Moscow", "Kremlin", "armée russe"], kind: .state),
        Actor(slug: "turquie", name: "Turquie", aliases: ["Turkey", "Ankara"], kind: .state),
        Actor(slug: "osdh", name: "Observatoire syrien des droits de l'Homme", aliases: ["OSDH", "Syrian Observatory for Human Rights", "Observatory"], kind: .organisation),
        Actor(slug: "union-europeenne", name: "Union européenne", aliases: ["UE", "EU", "European Union"], kind: .organisation),
    ]

    static let topics: [Topic] = [
        Topic(slug: "idlib", title: "Idlib", keywords: ["Idlib", "Saraqeb"]),
        Topic(slug: "libya", title: "Libye", keywords: ["Libye", "Libya", "Tripoli"]),
        Topic(slug: "eu-response", title: "Réponse européenne", keywords: ["Union européenne", "UE", "EU"]),
    ]

    static let extractor = Extractor(registry: registry, topics: topics, lexicons: lexicons)

    static func rules(_ language: String) -> LanguageRules {
        extractor.languages.first { $0.language == language }!
    }

    static func article(_ paragraphs: [String], title: String = "Titre", published: String? = "2020-02-21",
                        language: String? = nil, fileName: String = "test.txt") -> Article {
        Article(fileName: fileName, slug: "test", title: title, published: published.flatMap(Day.init(iso:)),
                dateOrigin: published == nil ? .unknown : .fileName, language: language, paragraphs: paragraphs)
    }

    static func sentences(_ text: String, _ language: String) -> [String] {
        SentenceSplitter(rules: rules(language)).split(text, paragraph: 1).map(\.text)
    }
}

@Suite struct ExtractionSentenceTests {
    @Test func frenchAbbreviationsAndQuotesDoNotSplit() {
        let s = ExtractionFixtures.sentences(
            "M. Macron a parlé avec Mme Merkel. « Nous verrons. Rien n'est décidé », a-t-il dit. Puis il est parti.", "fr")
        #expect(s == ["M. Macron a parlé avec Mme Merkel.",
                      "« Nous verrons. Rien n'est décidé », a-t-il dit.",
                      "Puis il est parti."])
    }

    @Test func englishTitlesInitialsAndMonthAbbreviations() {
        let s = ExtractionFixtures.sentences(
            "Brig. Gen. Ali Mayhoub told the U.N. Security Council on Jan. 12 that J. Smith had left. “It is over.” Talks resumed.", "en")
        #expect(s.count == 3)
        #expect(s[0].hasSuffix("had left."))
        #expect(s[1] == "“It is over.”")
    }

    @Test func languageIsDetectedFromStopWords() {
        let x = ExtractionFixtures.extractor
        let en = x.extract(ExtractionFixtures.article(["The army said on Tuesday that it had taken the town."]))
        let fr = x.extract(ExtractionFixtures.article(["L'armée a indiqué mardi qu'elle avait pris la ville."]))
        #expect(en.language == "en")
        #expect(fr.language == "fr")
        let declared = x.extract(ExtractionFixtures.article(["The army said on Tuesday."], language: "fr"))
        #expect(declared.language == "fr")
    }
}

@Suite struct ExtractionNumberTests {
    func read(_ text: String, _ language: String) -> Int? {
        let rules = ExtractionFixtures.rules(language)
        return NumberReader(rules: rules).read(rules.tokenizer.tokenize(text), at: 0)?.value
    }

    func killed(_ text: String, _ language: String) -> Int? {
        let rules = ExtractionFixtures.rules(language)
        let reader = FatalityReader(rules: rules, numbers: NumberReader(rules: rules))
        return reader.read(rules.tokenizer.tokenize(text))
    }

    @Test func numberWordsInBothLanguages() {
        #expect(read("trente-trois", "fr") == 33)
        #expect(read("une trentaine", "fr") == 30)
        #expect(read("quatre-vingt-dix", "fr") == 90)
        #expect(read("un millier", "fr") == 1000)
        #expect(read("1.000", "fr") == 1000)
        #expect(read("thirty-three", "en") == 33)
        #expect(read("900,000", "en") == 900_000)
        #expect(read("dozens", "en") == 24)
    }

    @Test func fatalitiesCountOnlyTheKilled() {
        #expect(killed("faisant état de 25 combattants tués dans les deux camps", "fr") == 25)
        #expect(killed("une trentaine de soldats tués", "fr") == 30)
        #expect(killed("les combats ont fait plus d'un millier de morts", "fr") == 1000)
        #expect(killed("des roquettes ont tué une femme et blessé quatre autres civils", "fr") == 1)
        #expect(killed("au moins 33 soldats turcs ont été tués", "fr") == 33)
        #expect(killed("thirty-three Turkish soldiers were killed", "en") == 33)
        #expect(killed("killing 10 civilians, at least five of them women", "en") == 10)
        #expect(killed("12 soldats turcs et 20 soldats syriens tués", "fr") == 32)
    }

    @Test func votesWoundedAndDisplacedAreNotDeaths() {
        #expect(killed("la résolution a recueilli 14 voix pour", "fr") == nil)
        #expect(killed("une trentaine d'autres soldats ont été blessés", "fr") == nil)
        #expect(killed("some 900,000 people have been displaced since 2019", "en") == nil)
    }
}

@Suite struct ExtractionDateTests {
    /// The main date of the first sentence of `text`, published on `published`.
    func date(_ text: String, _ language: String, published: String = "2020-02-21", inForce: String? = nil) -> ResolvedDate? {
        let rules = ExtractionFixtures.rules(language)
        let sentence = SentenceSplitter(rules: rules).split(text, paragraph: 1)[0]
        let marks = ClauseMarker(rules: rules).mark(sentence.tokens)
        let resolver = DateResolver(rules: rules)
        let reference = Day(iso: published)
        var anchor = inForce.flatMap(Day.init(iso:)) ?? reference
        for m in resolver.scan(sentence.tokens, marks: marks) where !m.background && !m.subordinate {
            guard let r = resolver.resolve(m, reference: reference, inForce: anchor) else { continue }
            anchor = r.day
            return r
        }
        return nil
    }

    @Test func absoluteDates() {
        #expect(date("Il est arrivé le 27 février.", "fr", published: "2020-03-01")?.day.iso == "2020-02-27")
        #expect(date("Le texte signé le 19 janvier 2019 reste en vigueur.", "fr")?.day.iso == "2019-01-19")
        #expect(date("They met on March 5.", "en", published: "2020-03-06")?.day.iso == "2020-03-05")
        #expect(date("They met on 5 March.", "en", published: "2020-03-06")?.day.iso == "2020-03-05")
        #expect(date("A truce began on Jan. 12.", "en", published: "2020-01-30")?.day.iso == "2020-01-12")
        #expect(date("Filed 2020-03-05 by the agency.", "en")?.day.iso == "2020-03-05")
        let month = date("Il a lancé en avril 2019 son offensive.", "fr")
        #expect(month?.day.iso == "2019-04-01")
        #expect(month?.precision == .month)
    }

    @Test func weekdaysResolveToTheLastSuchDay() {
        // 2020-02-21 is a Friday.
        #expect(date("Jeudi, l'armée a frappé.", "fr")?.day.iso == "2020-02-20")
        #expect(date("Le Kremlin a indiqué vendredi que...", "fr")?.day.iso == "2020-02-21")
        #expect(date("Lundi soir, il a réclamé un délai.", "fr")?.day.iso == "2020-02-17")
        #expect(date("Mardi dernier, il est parti.", "fr")?.day.iso == "2020-02-18")
        #expect(date("Early on Thursday, warplanes struck.", "en")?.day.iso == "2020-02-20")
        #expect(date("He left last Tuesday.", "en")?.day.iso == "2020-02-18")
    }

    @Test func futureWeekdaysLookAhead() {
        #expect(date("La conférence prévue dimanche à Berlin.", "fr", published: "2020-01-14")?.day.iso == "2020-01-19")
        #expect(date("Les ministres doivent en débattre lundi.", "fr")?.day.iso == "2020-02-24")
        #expect(date("They will meet next Monday.", "en")?.day.iso == "2020-02-24")
    }

    @Test func relativeAndAnchoredDays() {
        #expect(date("Il a déclaré hier que...", "fr")?.day.iso == "2020-02-20")
        #expect(date("He said yesterday that...", "en")?.day.iso == "2020-02-20")
        #expect(date("Il l'avait accepté la veille.", "fr", inForce: "2020-01-14")?.day.iso == "2020-01-13")
        #expect(date("Talks resumed the next day.", "en", inForce: "2020-01-14")?.day.iso == "2020-01-15")
    }

    @Test func backgroundDatesAreNotTheEventDate() {
        #expect(date("Depuis avril 2019, les combats ont fait mille morts.", "fr") == nil)
        #expect(date("Ils ont appelé à appliquer les décisions de la conférence de Berlin du 19 janvier.", "fr") == nil)
        #expect(date("Some 298 deaths were recorded since Jan. 1.", "en") == nil)
        #expect(date("Nearly 390,000 fled between Dec. 1 and Jan. 27.", "en") == nil)
        // The first date of the main clause wins over one in a relative clause.
        #expect(date("Il a quitté Moscou mardi sans signer l'accord que son rival avait accepté la veille.", "fr", published: "2020-01-14")?.day.iso == "2020-01-14")
    }

    @Test func aWeekdayContradictingItsDateIsFlagged() {
        let x = ExtractionFixtures.extractor.extract(ExtractionFixtures.article(
            ["Vladimir Poutine a déclaré jeudi 21 février que la situation était grave."], language: "fr"))
        #expect(x.warnings.contains { $0.message.contains("weekday") })
        #expect(x.events.first?.date.iso == "2020-02-21")
    }

    @Test func dateCarriesOverSentencesAndParagraphs() {
        let x = ExtractionFixtures.extractor.extract(ExtractionFixtures.article([
            "Jeudi, Vladimir Poutine a appelé à un cessez-le-feu. Recep Tayyip Erdogan a de son côté dénoncé les frappes.",
            "Le Kremlin a indiqué que Vladimir Poutine avait rencontré des responsables turcs.",
        ], language: "fr"))
        #expect(x.events.map(\.date.iso) == ["2020-02-20", "2020-02-20", "2020-02-20"])
    }

    @Test func yearIsInferredFromAWeekdayConsistentDate() {
        let x = ExtractionFixtures.extractor.extract(ExtractionFixtures.article(
            ["Vladimir Poutine a déclaré vendredi 21 février que la situation à Idlib, où l'offensive dure depuis 2019, était grave."],
            published: nil, language: "fr"))
        #expect(x.published?.iso == "2020-02-21")
        #expect(x.warnings.contains { $0.message.contains("inferred") })
        #expect(x.events.first?.date.iso == "2020-02-21")
    }

    static func undated(_ contextYears: [Int]) -> ArticleExtraction {
        Extractor(registry: ExtractionFixtures.registry, topics: ExtractionFixtures.topics, lexicons: ExtractionFixtures.lexicons,
                  contextYears: contextYears)
            .extract(ExtractionFixtures.article(["Vladimir Poutine a déclaré vendredi 21 février que la situation à Idlib était grave."],
                                                published: nil, language: "fr"))
    }

    @Test func withoutAYearInTheTextTheLatestFittingYearIsAmbiguous() {
        let x = Self.undated([])
        #expect(x.published?.iso == "2031-02-21")
        #expect(x.warnings.contains { $0.message.contains("other years fit") })
    }

    @Test func theProjectsOtherArticlesDecideTheYear() {
        let x = Self.undated([2020, 2020, 2019])
        #expect(x.published?.iso == "2020-02-21")
        #expect(x.events.first?.date.iso == "2020-02-21")
        #expect(!x.warnings.contains { $0.message.contains("other years fit") })
        #expect(x.warnings.contains { $0.message.contains("inferred") })
    }

    @Test func contextYearsThatDoNotFitGiveTheNearestFittingYearWithAWarning() {
        // 21 February was a Friday in 2014, 2020, 2025 and 2031; not in 2018.
        let x = Self.undated([2018, 2018])
        #expect(x.published?.iso == "2020-02-21")
        #expect(x.warnings.contains { $0.message.contains("other years fit") })
    }

    @Test func aYearWrittenInTheTextOutranksTheContext() {
        let x = ExtractionFixtures.extractor.extract(ExtractionFixtures.article(
            ["Vladimir Poutine a déclaré vendredi 21 février que la situation à Idlib, où l'offensive dure depuis 2013, était grave."],
            published: nil, language: "fr"))
        let withContext = Extractor(registry: ExtractionFixtures.registry, topics: ExtractionFixtures.topics,
                                    lexicons: ExtractionFixtures.lexicons, contextYears: [2020])
            .extract(ExtractionFixtures.article(
                ["Vladimir Poutine a déclaré vendredi 21 février que la situation à Idlib, où l'offensive dure depuis 2013, était grave."],
                published: nil, language: "fr"))
        #expect(x.published?.iso == "2014-02-21")
        #expect(withContext.published?.iso == "2014-02-21")
    }
}

@Suite struct ExtractionFatalityEdgeTests {
    func killed(_ text: String, _ language: String) -> Int? {
        let rules = ExtractionFixtures.rules(language)
        return FatalityReader(rules: rules, numbers: NumberReader(rules: rules)).read(rules.tokenizer.tokenize(text))
    }

    @Test func woundedAfterKilledIsNotAdded() {
        #expect(killed("Five Turkish soldiers were killed and five wounded on Monday", "en") == 5)
        #expect(killed("33 soldats turcs tués dans une frappe", "fr") == 33)
    }
}

/// The kind of a military action is read on the sentence's words, a stem beginning a word:
/// "took" is not in "mistook", "raid" is in "raids".
@Suite struct SubEventTests {
    static func subEvent(_ text: String, _ language: String) throws -> SubEvent? {
        let lexicon = try #require(ExtractionFixtures.lexicons.first { $0.language == language })
        let rules = LanguageRules(lexicon, elisions: Set(lexicon.elisions.map { $0.folded() }))
        return rules.subEvent(rules.tokenizer.tokenize(text))
    }

    @Test func theKindOfStrikeIsReadOnWholeWords() throws {
        #expect(try Self.subEvent("Government forces took the town of Saraqeb on Monday", "en") == .territory)
        #expect(try Self.subEvent("Soldiers who mistook a bus for a truck opened fire on it", "en") == nil)
        #expect(try Self.subEvent("Des raids russes ont visé la ville, tuant des civils", "fr") == .airStrike)
        #expect(try Self.subEvent("Les bombardements au mortier ont repris", "fr") == .airStrike)
        #expect(try Self.subEvent("Des tirs d'artillerie ont tué trois civils", "fr") == .shelling)
        #expect(try Self.subEvent("L'armée a pris le contrôle de Saraqeb", "fr") == .territory)
    }
}
