import Foundation
import Testing
import Model
@testable import Rendering

/// The reader-facing features: search index, charts, timeline filters, breadcrumbs.
@Suite struct ReaderFeaturesTests {
    /// The minimal project with hand-written events (corrections' `add:`), so the pages have
    /// events whatever the extraction finds.
    static var projectWithEvents: [String: String] {
        var files = TestProject.minimal
        files["Content/corrections.yml"] = """
        - add: {date: 2020-02-20, type: military-action, summary: "Frappes près de Saraqeb", actors: [vladimir-poutine, recep-tayyip-erdogan], topics: [idlib], fatalities: 12, location: Saraqeb, article: 2020-02-21-appel.txt, paragraph: 1}
        - add: {date: 2020-02-21, type: consultation, summary: "Entretien téléphonique <b>Poutine</b> & Erdoğan", actors: [vladimir-poutine, recep-tayyip-erdogan], topics: [idlib], article: 2020-02-21-appel.txt, paragraph: 1}
        - add: {date: 2020-03-02, type: statement, summary: "Déclaration du Kremlin", actors: [vladimir-poutine], topics: [idlib], fatalities: 3}
        """
        return files
    }

    /// The one-pass fold gives what the fold through Unicode's tables gives, on every
    /// paragraph of the sample articles and on scripts, symbols and marks it leaves to them.
    @Test func theFastFoldAgreesWithTheTables() throws {
        let articles = repositoryRoot.appendingPathComponent("Content/articles")
        var texts = try FileManager.default.contentsOfDirectory(atPath: articles.path).flatMap { name in
            try String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        texts += ["Ⓐ Ⓑ", "12 °C, 3 € et 5 $", "Αθήνα", "دمشق", "e\u{301}te\u{301}", "\u{301}seul", "x\u{00AD}y", "A—B–C", "½ ²",
                  "İstanbul", "ǅemal", "Straße", "🙂 ok", "ﬁn", "Ⅻ siècle"]
        var fast = 0
        for text in texts {
            guard let bytes = SearchIndex.foldedBytes(text) else { continue }
            fast += 1
            #expect(String(decoding: bytes, as: UTF8.self) == SearchIndex.foldByScalars(text.folded()), "\(text)")
        }
        #expect(fast > texts.count / 2, "the fast fold took too few texts: \(fast) of \(texts.count)")
    }

    @Test func searchStringsAreEscapedOnlyWhereNeeded() {
        #expect(SearchShards.literal("Frappes à Saraqeb — « 12 morts »") == "\"Frappes à Saraqeb — « 12 morts »\"")
        #expect(SearchShards.literal("a\"b\\c</script>&\n") == "\"a\\\"b\\\\c\\u003c/script\\u003e\\u0026\\n\"")
        #expect(SearchShards.literal("x\u{2028}y\u{2029}") == "\"x\\u2028y\\u2029\"")
        #expect(SearchShards.literal("\u{2027}\u{20AC}") == "\"\u{2027}\u{20AC}\"")
    }

    /// Document numbers as differences in base 36, against `String(_:radix:)` joined by commas.
    @Test func postingsAreWrittenAsBase36Differences() {
        #expect(SearchShards.deltas([]) == "")
        #expect(SearchShards.deltas([3, 5, 40]) == "3,2,z")
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var n: Int32 = 0
            let numbers = (0..<Int.random(in: 1...30, using: &generator)).map { _ -> Int32 in
                n += Int32.random(in: 0...100_000, using: &generator)
                return n
            }
            let expected = zip(numbers, [0] + numbers.dropLast()).map { String($0 - $1, radix: 36) }.joined(separator: ",")
            #expect(SearchShards.deltas(numbers) == expected)
        }
    }

    /// A document's words: each folded word once, in order of first appearance, whatever the
    /// number of words (the list grows its table past 32).
    @Test func searchWordsAreListedOnceInOrder() {
        let many = (0..<300).map { "mot\($0 % 150) Mot\($0 % 7)" }.joined(separator: " ")
        let texts = ["", "L'armée d'Erdoğan ; l'ARMÉE", "Idlib, IDLIB — idlib 2020", many, "Ελλάδα Ελλαδα ελλάδα", "x"]
        var seen = Set<String>()
        let expected = texts.flatMap { SearchIndex.fold($0).split(separator: " ").map(String.init) }
            .filter { seen.insert($0).inserted }
        #expect(SearchIndex.words(texts) == expected.joined(separator: " "))
        #expect(expected.count > 150)
    }

    @Test func searchIndexFoldsAccentsAndListsEveryKind() throws {
        #expect(SearchIndex.fold("L’armée d'Erdoğan — ÉTÉ 2020") == "l armee d erdogan ete 2020")
        #expect(SearchIndex.fold("Œuvre «Saraqeb»") == "oeuvre saraqeb")
        let project = try TestProject(Self.projectWithEvents)
        defer { project.remove() }
        try project.build()
        let meta = try project.read("search/search-index.js")
        #expect(meta.hasPrefix("window.BRIEFINGS_SEARCH = {"))
        for kind in ["\"topic\"", "\"actor\"", "\"event\"", "\"article\""] {
            #expect(meta.contains("[" + kind + ","), "no \(kind) in the index")
        }
        // What results show is in the document files, read only for the results shown.
        let files = try FileManager.default.contentsOfDirectory(atPath: project.site.appendingPathComponent("search/docs").path)
        let documents = try files.sorted().map { try project.read("search/docs/" + $0) }.joined()
        #expect(documents.contains("\"Vladimir Poutine\",\"actors/vladimir-poutine/index.html\""))
        #expect(documents.contains("timeline/2020-02/index.html#2020-02-20-"))
        // Words are folded, each in the shard of its first three letters: "Erdoğan" and
        // "téléphonique" are found without accents.
        #expect(meta.contains(" erd ") && meta.contains(" tel "))
        #expect(try project.read("search/words/w_erd.js").contains("\"erdogan\":"))
        #expect(try project.read("search/words/w_tel.js").contains("\"telephonique\":"))
        // Markup in content stays text, and cannot close a script.
        #expect(!documents.contains("<b>"))
        #expect(documents.contains("\\u003cb\\u003e"))
        let search = try project.read("search/index.html")
        #expect(search.contains("<script src=\"search-index.js\" defer></script>"))
        #expect(search.contains("id=\"search-nojs\""))
        #expect(try project.read("index.html").contains("action=\"search/index.html\""))
    }

    @Test func wordsFoundAlmostEverywhereAreLeftOutOfTheShards() {
        let documents = (0..<5).map { n in
            SearchIndex.Document(kind: "article", title: "Titre \(n)", url: "articles/\(n)/index.html", meta: "", snippet: "",
                                 words: n < 4 ? "de la frappe\(n)" : "de syrie")
        }
        let files = SearchShards(index: SearchIndex(documents: documents), commonLimit: 4).files
        let meta = String(decoding: files.first { $0.path == "search/search-index.js" }!.bytes, as: UTF8.self)
        #expect(meta.contains("\"common\":\"de\""))
        #expect(!files.contains { $0.path == "search/words/w_de.js" })
        let la = String(decoding: files.first { $0.path == "search/words/w_la.js" }!.bytes, as: UTF8.self)
        #expect(la.contains("\"la\":\"0,1,1,1\""))
        // Documents 0 to 4, in one display file of `chunk` documents.
        #expect(files.filter { $0.path.hasPrefix("search/docs/") }.count == 1)
    }

    @Test func chartsAreDeterministicAndEscapeText() throws {
        let words = ChartWords(date: { $0.iso }, month: { ["jan", "fév", "mars"][($0 - 1) % 3] }, number: { String($0) })
        let d1 = Day(year: 2020, month: 2, day: 20)!, d2 = Day(year: 2020, month: 3, day: 2)!
        let series = [DailyBarChart.Series(label: "Idlib <x> & \"y\"", counts: [d1: 2, d2: 1], colour: 0),
                      DailyBarChart.Series(label: "Libye", counts: [d2: 3], colour: 1)]
        let make = { DailyBarChart.figure(id: "c", title: "T <t>", caption: "C & c", series: series, words: words,
                                          dayColumn: "Jour", totalColumn: "Total")!.html }
        let html = make()
        #expect(html == make())
        #expect(html.contains("Idlib &lt;x&gt; &amp; &quot;y&quot;"))
        #expect(!html.contains("<x>"))
        #expect(html.contains("role=\"img\" aria-labelledby=\"c-title\""))
        #expect(html.contains("<title id=\"c-title\">T &lt;t&gt;</title>"))
        #expect(html.contains("<th scope=\"row\">2020-03-02</th><td>1</td><td>3</td><td>4</td>"))
        #expect(!html.contains("\n\n"), "a blank line would end the HTML block")
        #expect(DailyBarChart.figure(id: "c", title: "", caption: "", series: [], words: words, dayColumn: "", totalColumn: "") == nil)

        let deaths = FatalitiesChart.figure(id: "d", title: "Morts", caption: "", perDay: [d1: 12, d2: 3], words: words,
                                            dayColumn: "Jour", dailyColumn: "Ce jour", totalColumn: "Cumul")!.html
        #expect(deaths.contains("<th scope=\"row\">2020-03-02</th><td>3</td><td>15</td>"))
        let ranking = RankingChart.figure(id: "r", title: "Avec", caption: "", rows: [("A <b>", 5), ("B", 2)], words: words,
                                          labelColumn: "Acteur", valueColumn: "N")!.html
        #expect(ranking.contains("A &lt;b&gt;") && !ranking.contains("<b>"))
        #expect(SVGMarkup.number(12.25) == "12.3" && SVGMarkup.number(-0.5) == "-0.5" && SVGMarkup.number(3) == "3")
        #expect(SVGMarkup.niceCeiling(13) == 20 && SVGMarkup.niceCeiling(89) == 100 && SVGMarkup.niceCeiling(0) == 1)
    }

    @Test func pagesCarryChartsFiltersAndBreadcrumbs() throws {
        let project = try TestProject(Self.projectWithEvents)
        defer { project.remove() }
        try project.build()
        // The timeline's front page lists its months; each month has the cards and filters.
        #expect(try project.read("timeline/index.html").contains("href=\"../timeline/2020-03/index.html\""))
        let timeline = try project.read("timeline/2020-02/index.html")
        #expect(timeline.contains("data-type=\"military-action\" data-topics=\"idlib\" data-actors=\"recep-tayyip-erdogan vladimir-poutine\""))
        #expect(timeline.contains("<form class=\"filters\" id=\"filters\" hidden"))
        #expect(timeline.contains("<legend>Filtrer les événements</legend>"))
        #expect(timeline.contains("<label for=\"filter-actor\">Acteur</label>"))
        #expect(timeline.contains("<option value=\"consultation\">Consultation</option>"))
        #expect(timeline.contains("<section class=\"day\" id=\"day-2020-02-21\">"))
        #expect(timeline.contains("href=\"#day-2020-02-20\" rel=\"prev\""))
        #expect(timeline.contains("href=\"../../timeline/2020-03/index.html\" rel=\"next\""))
        // Every id is unique on the page.
        let ids = timeline.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(Set(ids).count == ids.count)

        let topic = try project.read("topics/idlib/index.html")
        #expect(topic.contains("<nav class=\"breadcrumbs\" aria-label=\"Fil d&apos;Ariane\"><ol><li><a href=\"../../index.html\">Accueil</a></li><li><a href=\"../../topics/index.html\">Thèmes</a></li><li aria-current=\"page\">Idlib</li></ol></nav>"))
        #expect(topic.contains("id=\"chart-daily\""))
        #expect(topic.contains("id=\"chart-deaths\""))
        #expect(topic.contains("<td>12</td><td>12</td>") && topic.contains("<td>3</td><td>15</td>"))
        let actor = try project.read("actors/vladimir-poutine/index.html")
        #expect(actor.contains("id=\"chart-companions\""))
        #expect(actor.contains("<li aria-current=\"page\">Vladimir Poutine</li>"))
        let home = try project.read("index.html")
        #expect(!home.contains("class=\"breadcrumbs\""))
        #expect(home.contains("<script src=\"briefings.js\" defer></script>"))
        for page in ["timeline/index.html", "actors/index.html", "articles/index.html", "notes/index.html",
                     "topics/index.html", "search/index.html", "articles/2020-02-21-appel/index.html"] {
            #expect(try project.read(page).contains("class=\"breadcrumbs\""), "no breadcrumbs on \(page)")
        }
        #expect(FileManager.default.fileExists(atPath: project.site.appendingPathComponent("briefings.js").path))
    }

    @Test func emptySiteHasNoChartsAndNoFilters() throws {
        var files = TestProject.minimal
        files["Content/articles/2020-02-21-appel.txt"] = "Rien\nIl ne s'est rien passé.\n"
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let timeline = try project.read("timeline/index.html")
        if !timeline.contains("class=\"event") {
            #expect(!timeline.contains("id=\"filters\""))
            #expect(!(try project.read("index.html")).contains("<figure"))
        }
    }

    @Test func englishInterfaceWords() throws {
        var files = Self.projectWithEvents
        files["Content/site.yml"] = "title: Test\nlanguage: en\ndescription: A test\n"
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let timeline = try project.read("timeline/2020-02/index.html")
        #expect(timeline.contains("<legend>Filter events</legend>"))
        #expect(timeline.contains("20 February 2020"))
        #expect(try project.read("search/index.html").contains("data-results-many=\"{n} results for “{q}”\""))
    }
}
