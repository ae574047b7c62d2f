import Foundation
import Testing
import Model
@testable import Extraction

/// What a dispatch reports as news and what it recalls (`EventStatus.background`), one speech
/// act per speaker and day, and headlines that are cut at a phrase rather than mid-phrase.
@Suite struct ExtractionStatusTests {
    func events(_ p: [String], _ l: String, _ published: String) -> [Event] { TenseFixtures.events(p, l, published: published) }

    @Test func anEventOfAMonthGoneByOrLongPastIsBackgroundAndDatesNothingAfterIt() {
        let en = events(["Ghassan Salamé told the U.N. Security Council on Monday that the truce held only in name.",
                         "In July 2017, Ghassan Salamé met Antonio Guterres in New York. He accused Turkey of breaching the embargo."],
                        "en", "2020-03-03")
        let appointment = en.filter { $0.date.iso.hasPrefix("2017-07") }
        #expect(!appointment.isEmpty && appointment.allSatisfy { $0.status == .background })
        // The next sentence is not dated July 2017: it takes the news's day.
        #expect(en.contains { $0.type == .criticism && $0.date.iso == "2020-03-02" && $0.status == .happened })
        let fr = events(["Mevlut Cavusoglu s'est entretenu lundi avec Vladimir Poutine.",
                         "Le 10 décembre 2019, Mevlut Cavusoglu a rencontré Vladimir Poutine à Moscou."], "fr", "2020-02-18")
        #expect(fr.contains { $0.date.iso == "2020-02-17" && $0.status == .happened })
        #expect(fr.contains { $0.date.iso.hasPrefix("2019-12") && $0.status == .background })
        #expect(!fr.contains { $0.date.iso.hasPrefix("2019-12") && $0.status == .happened })
    }

    @Test func aStateThatHasLastedWeeksIsBackground() {
        let fr = events(["Les forces russes et turques s'affrontent aux portes d'Idleb depuis neuf mois.",
                         "L'accord doit mettre un terme à des semaines d'intenses combats entre la Turquie et la Russie."], "fr", "2020-03-05")
        #expect(!fr.isEmpty && fr.allSatisfy { $0.status == .background })
        let en = events(["Russian forces have shelled Turkish positions in Idlib for months."], "en", "2020-03-05")
        #expect(!en.isEmpty && en.allSatisfy { $0.status == .background })
        // A strike of the day stays news beside it.
        let news = events(["La Russie a bombardé mardi Idleb, où les combats durent depuis des mois."], "fr", "2020-03-05")
        #expect(news.contains { $0.type == .militaryAction && $0.status == .happened })
    }

    @Test func aDatedAsideDoesNotEndABackgroundClause() {
        let rules = ExtractionFixtures.rules("fr")
        func offensiveIsBackground(_ text: String) -> Bool {
            let sentence = SentenceSplitter(rules: rules).split(text, paragraph: 1)[0]
            let marks = ClauseMarker(rules: rules).mark(sentence.tokens)
            guard let k = sentence.tokens.firstIndex(where: { $0.folded == "offensive" }) else { return false }
            return marks.background[k]
        }
        #expect(offensiveIsBackground("La situation est devenue catastrophique depuis que la Russie a lancé, en décembre, une offensive contre la Turquie."))
        // An aside with no date ends the clause as any comma does.
        #expect(!offensiveIsBackground("La situation est devenue catastrophique depuis que la Russie a lancé, avec l'Iran, une offensive contre la Turquie."))
    }

    @Test func aNamedCalendarDayIsNewsForTwoWeeksAWeekdayForThreeDays() {
        let dated = events(["Earlier this month, on Feb. 6, Mevlut Cavusoglu said the talks with Vladimir Putin had failed."], "en", "2020-02-18")
        #expect(dated.contains { $0.date.iso == "2020-02-06" && $0.status == .happened })
        // A weekday resolves within the week before: news; the same sentence told of last month is not.
        let recent = events(["Mevlut Cavusoglu met Vladimir Putin on Saturday."], "en", "2020-02-17")
        #expect(recent.allSatisfy { $0.status == .happened } && !recent.isEmpty)
        let old = events(["Mevlut Cavusoglu met Vladimir Putin on Jan. 10."], "en", "2020-02-17")
        #expect(!old.isEmpty && old.allSatisfy { $0.status == .background })
    }

    @Test func oneSpeakersQuotesOnOneDayAreOneStatementWhereverTheArticleTellsThem() {
        let fr = events(["Recep Tayyip Erdogan a déclaré mardi que la Turquie ne reculerait pas.",
                         "Vladimir Poutine s'est entretenu avec Mevlut Cavusoglu à Moscou.",
                         "L'armée turque a bombardé Saraqeb.",
                         "« Nous ne laisserons pas faire », a encore déclaré Recep Tayyip Erdogan."], "fr", "2020-02-04")
        let statements = fr.filter { $0.type == .statement && $0.actors.map(\.id) == ["recep-tayyip-erdogan"] }
        #expect(statements.count == 1)
        #expect(statements.first?.quotes.contains { $0.text.contains("Nous ne laisserons pas faire") } == true)
        // A different act of the same speaker, the same day, stays apart.
        let en = events(["Recep Tayyip Erdogan said on Tuesday Turkey would not back down.",
                         "Vladimir Putin held talks with Mevlut Cavusoglu in Moscow.",
                         "Recep Tayyip Erdogan also called on Russia to halt the offensive."], "en", "2020-02-04")
        #expect(en.contains { $0.type == .statement } && en.contains { $0.type == .appeal })
    }

    @Test func aLongSentenceIsCutBeforeAPhraseNotMidPhrase() throws {
        let en = events(["Recep Tayyip Erdogan called on Vladimir Putin on Tuesday to rein in the Syrian government forces that have been "
                         + "pressing an offensive in the north-west of the country for weeks despite several ceasefire agreements."], "en", "2020-02-04")
        let headline = try #require(en.first?.summary)
        #expect(headline.count <= HeadlineWriter.maxLength && !headline.hasSuffix("\u{2026}"), "\(headline)")
        let last = headline.split(separator: " ").last.map(String.init) ?? ""
        #expect(!["the", "of", "to", "in", "that", "for", "despite", "several"].contains(last), "\(headline)")
        #expect(headline.hasPrefix("Recep Tayyip Erdogan called on Vladimir Putin"))
    }
}

/// The built site: background is listed on its article's page and under `background` in
/// `data/events.json`, and is kept off the timeline's events.
@Suite struct BackgroundOnTheSiteTests {
    @Test func backgroundShowsOnItsArticleAndStaysOffTheTimeline() throws {
        var files = TestProject.minimal
        files["Content/articles/2020-02-21-appel.txt"] = """
            Poutine et Erdogan discutent d'Idlib
            Le président russe Vladimir Poutine a discuté vendredi au téléphone avec Recep Tayyip Erdogan de la situation à Idlib, a indiqué le Kremlin.
            En décembre 2019, Vladimir Poutine avait rencontré Recep Tayyip Erdogan à Istanbul pour évoquer Idlib.

            """
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let data = try JSONSerialization.jsonObject(with: Data(project.read("data/events.json").utf8)) as? [String: Any]
        let news = data?["events"] as? [[String: Any]] ?? []
        let background = data?["background"] as? [[String: Any]] ?? []
        #expect(news.contains { ($0["date"] as? String) == "2020-02-21" })
        #expect(!news.contains { ($0["date"] as? String)?.hasPrefix("2019-12") == true })
        #expect(background.contains { ($0["date"] as? String)?.hasPrefix("2019-12") == true && ($0["status"] as? String) == "background" })
        let page = try project.read("articles/2020-02-21-appel/index.html")
        #expect(page.contains("<h2>Contexte rappelé par l'article</h2>"))
        #expect(page.contains("Vladimir Poutine avait rencontré Recep Tayyip Erdogan"))
    }
}
