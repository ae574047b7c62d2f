import Foundation
import Testing
@testable import Pipeline
@testable import Rendering
import Loading
import Model

/// Whole small sites, written inline, built to disk, then read back.
@Suite struct SiteBuildTests {
    @Test func buildsEveryKindOfPage() throws {
        var files = TestProject.minimal
        files["Content/topics/idlib.md"] = "---\ntitle: Idlib\nsummary: L'offensive\nkeywords: [Idlib]\n---\n## Repères\n\nTexte.\n"
        files["Content/notes/analyse.md"] = "---\ntitle: Analyse\ndate: 2020-02-22\ntopics: [idlib]\nactors: [vladimir-poutine]\n---\nLe **fond** de l'affaire.\n"
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let built = try tree(project.site)
        for path in ["index.html", "style.css", "timeline/index.html", "topics/index.html", "topics/idlib/index.html",
                     "actors/index.html", "actors/vladimir-poutine/index.html", "articles/index.html",
                     "articles/2020-02-21-appel/index.html", "notes/index.html", "notes/analyse/index.html",
                     "data/events.json"] {
            #expect(built[path] != nil, "missing \(path)")
        }
        let note = try project.read("notes/analyse/index.html")
        #expect(note.contains("<strong>fond</strong>"))
        #expect(note.contains("href=\"../../actors/vladimir-poutine/index.html\""))
        #expect(note.contains("href=\"../../style.css\""))
        // The editors' own headings sit one level under the page's section heading.
        let topic = try project.read("topics/idlib/index.html")
        #expect(topic.contains("<h3>Repères</h3>") && !topic.contains("<h2>Repères</h2>"))
    }

    @Test func tollsFromTwoSourcesShowTheirRangeAndPlansAreUpcoming() throws {
        var files = TestProject.minimal
        files["Content/actors/osdh.md"] = "---\nname: Observatoire syrien des droits de l'Homme\narticle: \"l'\"\naliases: [OSDH]\nkind: organisation\n---\n"
        files["Content/actors/russie.md"] = "---\nname: Russie\narticle: la\naliases: [Moscou]\nkind: state\n---\n"
        files["Content/actors/turquie.md"] = "---\nname: Turquie\narticle: la\naliases: [Ankara]\nkind: state\n---\n"
        files["Content/articles/2020-02-18-frappes.txt"] = "Frappes sur Saraqeb\nDes frappes de la Russie ont tué mardi 12 civils à Saraqeb, selon l'OSDH.\n"
        files["Content/articles/2020-02-18-bilan.txt"] = "Bilan des frappes\nLa Russie a bombardé mardi Saraqeb, tuant 15 civils, selon la Turquie.\n"
        files["Content/articles/2020-02-18-sommet.txt"] = "Un sommet annoncé\n"
            + "Vladimir Poutine et Recep Tayyip Erdogan doivent se rencontrer le 5 mars à Moscou pour parler d'Idlib.\n"
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let month = try project.read("timeline/2020-02/index.html")
        #expect(month.contains("12–15 morts"))
        #expect(month.contains("(12 selon l'Observatoire syrien des droits de l'Homme, 15 selon la Turquie)"))
        let timeline = try project.read("timeline/index.html")
        #expect(timeline.contains("À venir"))
        #expect(timeline.contains("doivent se rencontrer à Moscou pour parler d'Idlib"))
        #expect(!month.contains("doivent se rencontrer"))
        let data = try project.read("data/events.json")
        #expect(data.contains("\"scheduled\" : [\n    {"))
    }

    @Test func notesLinkToTheSitesPagesAndABrokenLinkIsAnErrorAtItsPlace() throws {
        var files = TestProject.minimal
        files["Content/notes/liens.md"] = "---\ntitle: Liens\n---\n\nVoir [[topic:idlib]] et [[actor:recep-tayyip-erdogan|le président turc]], "
            + "[[article:2020-02-21-appel]] et [[event:2020-02-21-vladimir-poutine-recep-tayyip-erdogan-consultation]].\n"
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let note = try project.read("notes/liens/index.html")
        #expect(note.contains("<a href=\"../../topics/idlib/index.html\">Idlib</a>"))
        #expect(note.contains("<a href=\"../../actors/recep-tayyip-erdogan/index.html\">le président turc</a>"))
        #expect(note.contains("<a href=\"../../articles/2020-02-21-appel/index.html\">Poutine et Erdogan discutent d&#39;Idlib</a>")
                || note.contains("<a href=\"../../articles/2020-02-21-appel/index.html\">Poutine et Erdogan discutent d'Idlib</a>"))
        #expect(note.contains("#2020-02-21-vladimir-poutine-recep-tayyip-erdogan-consultation\">"))

        files["Content/notes/fil.md"] = "---\ntitle: Fil\n---\n\nLes échanges :\n\n```events\ntopic: idlib\ntype: consultation\n```\n"
        let withBlock = try TestProject(files)
        defer { withBlock.remove() }
        try withBlock.build()
        let thread = try withBlock.read("notes/fil/index.html")
        #expect(thread.contains("<li><strong>21 février 2020</strong> — <a href=\"../../timeline/2020-02/index.html#2020-02-21-vladimir-poutine-recep-tayyip-erdogan-consultation\">"))
        files["Content/notes/fil.md"] = "---\ntitle: Fil\n---\n\n```events\ntopik: idlib\n```\n"
        let badBlock = try TestProject(files)
        defer { badBlock.remove() }
        #expect { try badBlock.build() } throws: { "\($0)".contains("Content/notes/fil.md:6:1: error: unknown key \"topik\" in an events block") }
        files["Content/notes/fil.md"] = nil

        files["Content/notes/faux.md"] = "---\ntitle: Faux\n---\n\nUn lien [[actor:personne]].\n"
        let broken = try TestProject(files)
        defer { broken.remove() }
        #expect { try broken.build() } throws: { "\($0)".contains("Content/notes/faux.md:5:9: error: [[actor:personne]] links to no actor of the site") }
        files["Content/notes/faux.md"] = "---\ntitle: Faux\n---\n\nUn lien [[event:nulle-part]].\n"
        let noEvent = try TestProject(files)
        defer { noEvent.remove() }
        #expect { try noEvent.build() } throws: { "\($0)".contains("Content/notes/faux.md:5:9: error: [[event:nulle-part]] links to no event") }
    }

    @Test func theLongStepsTellHowFarTheyHaveGone() throws {
        let project = try TestProject(TestProject.minimal)
        defer { project.remove() }
        final class Seen: @unchecked Sendable {
            let lock = NSLock()
            var steps: [BuildProgress] = []
        }
        let seen = Seen()
        var builder = SiteBuilder(project: project.directory)
        builder.progress = { p in seen.lock.withLock { seen.steps.append(p) } }
        let report = try builder.build()
        let extraction = seen.steps.filter { $0.step == "extract events" }
        #expect(extraction.map(\.done).max() == 1 && extraction.allSatisfy { $0.total == 1 })
        #expect(seen.steps.filter { $0.step == "render and write" }.map(\.done).max() == report.files)
    }

    @Test func linksAreRelativeAndResolve() throws {
        let project = try TestProject(TestProject.minimal)
        defer { project.remove() }
        try project.build()
        let built = try tree(project.site)
        var checked = 0
        for (path, data) in built where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for href in attributes("href", in: html) + attributes("src", in: html) {
                #expect(!href.hasPrefix("/"), "absolute link \(href) in \(path)")
                if href.hasPrefix("http") || href.hasPrefix("#") { continue }
                let target = URL(fileURLWithPath: "/" + path).deletingLastPathComponent()
                    .appendingPathComponent(String(href.split(separator: "#").first ?? "")).standardizedFileURL.path
                #expect(built[String(target.dropFirst())] != nil, "broken link \(href) in \(path)")
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    @Test func contentIsEscapedNeverTrusted() throws {
        var files = TestProject.minimal
        files["Content/articles/2020-02-22-hostile.md"] = """
        ---
        title: "Titre *gras* _souligné_ [lien](javascript:alert(1)) <script>alert('x')</script>"
        date: 2020-02-22
        source: "<img src=x onerror=alert(1)>"
        ---

        Le président russe Vladimir Poutine a dit jeudi à Idlib : <script>alert(2)</script> et **rien** [ici](http://evil).
        """
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let page = try project.read("articles/2020-02-22-hostile/index.html")
        #expect(!page.contains("<script>"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("href=\"javascript"))
        #expect(!page.contains("<em>"))
        #expect(!page.contains("<strong>rien</strong>"))
        #expect(page.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(page.contains("*gras*"))
        // Link previews carry the title, escaped for the attribute and for the script element.
        #expect(page.contains("<meta property=\"og:title\" content=\"Titre *gras* _souligné_ [lien](javascript:alert(1)) &lt;script&gt;"))
        #expect(page.contains("\"headline\" : \"Titre *gras* _souligné_ [lien](javascript:alert(1)) \\u003cscript\\u003e"))
        #expect(page.components(separatedBy: "</script>").count == page.components(separatedBy: "<script").count)
        let index = try project.read("articles/index.html")
        #expect(!index.contains("<script>") && !index.contains("<img"))
    }

    @Test func outputIsDeterministic() throws {
        let project = try TestProject(TestProject.minimal)
        defer { project.remove() }
        try project.build()
        let first = try tree(project.site)
        try project.build()
        #expect(try tree(project.site) == first)
    }

    @Test func writesToTheOutputOption() throws {
        let project = try TestProject(TestProject.minimal)
        defer { project.remove() }
        let elsewhere = project.directory.appendingPathComponent("public")
        try SiteBuilder(project: project.directory, output: elsewhere).build()
        #expect(FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("index.html").path))
        #expect(!FileManager.default.fileExists(atPath: project.site.path))
    }

    @Test func projectTemplatesOverrideTheBuiltInTheme() throws {
        var files = TestProject.minimal
        let builtIn = try Theme.builtIn()
        for (path, text) in builtIn.files { files["Templates/" + path] = text }
        files["Templates/timeline.md"] = "# Ma chronologie maison\n\n{{> partials/days}}\n"
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        #expect(try project.read("timeline/index.html").contains("<h1>Ma chronologie maison</h1>"))
    }

    @Test func englishSiteSpeaksEnglish() throws {
        var files = TestProject.minimal
        files["Content/site.yml"] = "title: Watch\nlanguage: en\n"
        files["Content/articles/2020-03-05-summit.md"] = "---\ntitle: Summit\ndate: 2020-03-05\nlang: en\n---\n\nRussian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Thursday to discuss Idlib.\n"
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let timeline = try project.read("timeline/index.html")
        #expect(timeline.contains("<html lang=\"en\">"))
        #expect(timeline.contains("<h1>Timeline</h1>"))
        #expect(timeline.contains("5 March 2020"))
        #expect(!timeline.contains("Chronologie") && !timeline.contains("mars 2020"))
    }

    @Test func undatedTextArticleTakesTheYearItsWeekdaysAgreeWith() throws {
        var files = TestProject.minimal
        files["Content/articles/appel-sans-date.txt"] = "Appel\nLe président russe Vladimir Poutine a appelé vendredi 21 février Recep Tayyip Erdogan au sujet d'Idlib.\n"
        let project = try TestProject(files)
        defer { project.remove() }
        var report = SiteBuilder.BuildReport()
        let result = try SiteBuilder(project: project.directory).assemble(into: &report)
        let article = try #require(result.content.articles.first { $0.fileName == "appel-sans-date.txt" })
        #expect(article.published == Day(iso: "2020-02-21"))
        #expect(article.dateOrigin == .inferred)
        #expect(ProjectCheck.diagnostics(result).contains { $0.file == "Content/articles/appel-sans-date.txt" && $0.message.contains("inferred") })
    }

    @Test func notFoundPageLinksFromTheSiteAddress() throws {
        var files = TestProject.minimal
        files["Content/site.yml"] = "title: Veille\nlanguage: fr\nbase_url: https://example.org/veille\n"
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let page = try project.read("404.html")
        #expect(page.contains("href=\"https://example.org/veille/style.css\""))
        #expect(page.contains("href=\"https://example.org/veille/index.html\""))
    }

    private func attributes(_ name: String, in html: String) -> [String] {
        html.components(separatedBy: "\(name)=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }
}

/// Zola-style: one folder per way content can be wrong, each must fail with file and line
/// and leave the previous site as it was.
@Suite struct InvalidSiteTests {
    static let cases: [(name: String, file: String, text: String, expected: String)] = [
        ("malformed front matter", "Content/articles/2020-02-22-x.md",
         "---\ntitle: \"unclosed\ndate: 2020-02-22\n---\nx\n", "Content/articles/2020-02-22-x.md:"),
        ("unknown field", "Content/actors/x.md", "---\nname: X\nkind: person\nalias: [Y]\n---\n", "Content/actors/x.md:4:"),
        ("wrong field type", "Content/topics/libya.md", "---\ntitle: Libye\nkeywords: {a: b}\n---\n", "Content/topics/libya.md:3:"),
        ("bad date", "Content/notes/n.md", "---\ntitle: N\ndate: hier\n---\n", "Content/notes/n.md:3:"),
        ("unknown topic", "Content/articles/2020-02-22-y.md", "---\ntitle: Y\ntopics: [mars]\n---\nx\n", "Content/articles/2020-02-22-y.md"),
        ("undated article", "Content/articles/sans-date.md", "---\ntitle: Z\n---\nx\n", "Content/articles/sans-date.md"),
        ("not UTF-8", "Content/topics/bad.md", "\u{FFFF}", "Content/topics/bad.md"),
    ]

    @Test(arguments: cases.indices)
    func failsWithFileAndLineAndKeepsTheOldSite(_ index: Int) throws {
        let bad = Self.cases[index]
        let project = try TestProject(TestProject.minimal)
        defer { project.remove() }
        try project.build()
        let before = try tree(project.site)
        let url = project.directory.appendingPathComponent(bad.file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if bad.name == "not UTF-8" {
            try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: url)
        } else {
            try Data(bad.text.utf8).write(to: url)
        }
        #expect {
            try project.build()
        } throws: { error in
            String(describing: error).contains(bad.expected)
        }
        #expect(try tree(project.site) == before, "\(bad.name): the previous site changed")
    }

    @Test func unreadableFileIsReported() throws {
        let project = try TestProject(TestProject.minimal)
        defer { project.remove() }
        // A folder where a file is expected cannot be read as text.
        try FileManager.default.createDirectory(at: project.directory.appendingPathComponent("Content/topics/folder.md"),
                                                withIntermediateDirectories: true)
        #expect { try project.build() } throws: { error in
            String(describing: error).contains("Content/topics/folder.md:1:1: error: not a plain file (a folder, a pipe or a device)")
        }
    }
}
