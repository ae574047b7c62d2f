import Foundation
import Testing
@testable import Pipeline
@testable import Rendering

/// `ThemeRenderer` renders what swift-mustache renders, byte for byte: the sample site through
/// both, and templates written to try whitespace, sections, partials and escaping.
@Suite struct ThemeRendererTests {
    /// The default theme and one unused partial whose set-delimiter tag `TemplateProgram` does
    /// not read: the whole theme is then rendered by swift-mustache.
    static func mustacheOnlyTheme() throws -> [String: String] {
        var files = try TestProject.themeFiles()
        files["Templates/partials/unused.md"] = "{{=<% %>=}}<% title %>\n"
        return files
    }

    @Test func theSampleSiteIsTheSameThroughEitherRenderer() throws {
        let builtIn = try Theme.builtIn()
        #expect(try PageRenderer(theme: builtIn).themeRenderer != nil)
        let files = try Self.mustacheOnlyTheme()
        var other = builtIn
        other.files["partials/unused.md"] = files["Templates/partials/unused.md"]
        #expect(try PageRenderer(theme: other).themeRenderer == nil)

        var sites: [[String: Data]] = []
        for templates in [[:], files] {
            let project = try TestProject(templates)
            defer { project.remove() }
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Content"),
                                             to: project.directory.appendingPathComponent("Content"))
            try project.build()
            sites.append(try tree(project.site))
        }
        #expect(sites[0].count > 100)
        #expect(sites[0].keys.sorted() == sites[1].keys.sorted())
        for (path, bytes) in sites[0] where sites[1][path] != bytes {
            Issue.record("\(path) differs between the renderers")
        }
    }

    /// A page with a heading and a list of actors, the names a template below may use.
    static func scope(actors: [ActorRow]) -> PageScope {
        PageScope(page: ActorGroup(heading: "Armées <& \"alliées\">", actors: actors), breadcrumbHTML: "<nav>x</nav>",
                  root: "../", labels: ["k": "mot *clé*", "killed": "tués"], htmlLabels: ["k": "mot &lt;clé&gt;"])
    }

    /// Rows of the actors' index: each includes its `ActorRef`, whose fields it shows as its own.
    static let actors = ["Erdoğan", "Poutine", "l'OSDH", "Tom & Jerry"].map { name in
        ActorRow(actor: ActorRef(name: name, url: "actors/\(name)/", slug: name.lowercased(), nameWithArticle: "le " + name,
                                 reviewed: name.count > 6, role: name.count > 6 ? "rôle <b>" : "", hasRole: name.count > 6,
                                 kind: "", hasKind: false),
                 eventCount: "\(name.count)")
    }

    /// Templates that try what a theme may write; each is rendered with and without actors.
    static let templates: [String] = [
        "{{heading}}|{{{heading}}}|{{&heading}}|{{ heading }}|{{missing}}|{{t.k}}|{{{h.k}}}|{{t.nothing}}|{{root}}{{{breadcrumbHTML}}}\n",
        "{{#actors}}{{name}}{{^last()}}, {{/last()}}{{/actors}}.\n{{^actors}}personne{{/actors}}\n",
        "{{#actors}}\n- {{index()}} {{#first()}}premier{{/first()}}{{#even()}}pair{{/even()}}{{#odd()}}impair{{/odd()}}: [{{name}}]({{{url}}})\n  {{#hasRole}}\n  {{role}}\n  {{/hasRole}}\n{{/actors}}\nfin\n",
        "  {{#actors}}  \n  {{name}}\n  {{/actors}}  \nfin\n",
        "{{! a comment }}\n{{! another }} text after\n  {{! indented }}\n{{#heading}}{{text}}|{{heading}}{{/heading}}\n",
        "avant\n  {{> p}}\n\t{{> q}}\napres {{> p}} fin\n",
        "{{% CONTENT_TYPE: HTML}}\n{{heading}}\n{{% CONTENT_TYPE: TEXT}}\n{{heading}}\n{{#actors}}{{name}}{{% CONTENT_TYPE: HTML}}{{name}}{{/actors}}{{name}}{{heading}}\n",
        "ligne\r\n{{#actors}}\r\n{{name}}\r\n{{/actors}}\r\nfin",
        "a\r\n  {{> r}}\r\nb\n\t{{> r}}\nc",
        "{{#t}}{{k}}{{/t}}{{^t.k}}non{{/t.k}}{{#t.killed}}<{{text}}>{{/t.killed}}{{index()}}{{#last()}}x{{/last()}}\n",
        "{{actors}}\n{{#actors}}{{eventCount}}{{hasRole}}{{#hasRole}}{{name}}{{/hasRole}}{{^hasRole}}({{name}}){{/hasRole}}{{/actors}}\n{{heading.text}}{{heading.text.text}}",
        "{{{ actors }}}{{#root}}[{{root}}]{{/root}}{{^root}}no{{/root}}{{#breadcrumbHTML}}{{{text}}}{{/breadcrumbHTML}}",
    ]

    static let partials = [
        "p": "{{#actors}}\n{{name}}\n{{/actors}}\n{{> q}}",
        "q": "q1 {{heading}}\n  q2\n{{^actors}}\nvide\n{{/actors}}\n",
        "r": "x\r\ny\n{{heading}}\r\n{{#actors}}{{name}}\r{{/actors}}\n\r\nz",
    ]

    @Test(arguments: templates.indices)
    func aTemplateRendersAsMustacheRendersIt(_ index: Int) throws {
        var files = ["t.md": Self.templates[index], "layout.html": "<title>{{title}}</title>{{{content}}}"]
        for (name, text) in Self.partials { files["\(name).md"] = text }
        let renderer = try PageRenderer(theme: Theme(files: files))
        #expect(renderer.themeRenderer != nil)
        for actors in [Self.actors, [], Array(Self.actors.prefix(1))] {
            let scope = Self.scope(actors: actors)
            let expected = try renderer.mustacheMarkdown("t", scope)
            #expect(try renderer.markdown("t", scope) == expected)
            #expect(!expected.isEmpty)
        }
    }

    /// What `TemplateProgram` does not read leaves the theme to swift-mustache, which renders it.
    @Test(arguments: ["{{.}}", "{{uppercased(heading)}}", "{{<q}}{{/q}}", "{{=<% %>=}}<% heading %>", "{{>*heading}}",
                      "{{#first(actors)}}{{name}}{{/first(actors)}}"])
    func aTemplateWithOtherTagsIsLeftToMustache(_ template: String) throws {
        let renderer = try PageRenderer(theme: Theme(files: ["t.md": template, "q.md": "q", "layout.html": "{{{content}}}"]))
        #expect(renderer.themeRenderer == nil)
        // (`markdown` is then swift-mustache's rendering itself: it renders, and does not throw.)
        _ = try renderer.markdown("t", Self.scope(actors: Self.actors))
    }

    /// The default theme's layout, which is HTML and has no partials.
    @Test func theLayoutRendersAsMustacheRendersIt() throws {
        let renderer = try PageRenderer(theme: try Theme.builtIn())
        let themeRenderer = try #require(renderer.themeRenderer)
        for canonical in [true, false] {
            let view = LayoutView(title: "Frappes à <Idlib>", siteTitle: "Veille \"Syrie\"", description: "L'offensive & ses suites",
                                  language: "fr", root: "../../", section: "topics", content: Array("<p>corps</p>\n".utf8), ogTitle: "T",
                                  ogType: "article", ogLocale: "fr_FR", canonical: "https://example.org/a/", hasCanonical: canonical,
                                  jsonLD: "{\"@type\":\"WebSite\"}", labels: ["skip": "Aller au contenu", "search": "Rechercher"])
            #expect(themeRenderer.renderLayout(view) == renderer.mustacheLayout(view))
        }
    }

    /// A field table finds each name it holds, at its last position where a name is given
    /// twice, and nil for any other name, however many names share their first letters.
    @Test func aFieldTableFindsEachNameItHolds() {
        let names = (0..<200).map { "f\($0)" } + ["t", "h", "root", "text", "", "é", "f7"]
        let table = FieldTable(names.map(FieldName.init))
        for (index, name) in names.enumerated() where name != "f7" { #expect(table[FieldName(name)] == index, "\(name)") }
        #expect(table[FieldName("f7")] == names.count - 1)
        for absent in ["f200", "F1", "roots", "e", "f"] { #expect(table[FieldName(absent)] == nil, "\(absent)") }
    }
}
