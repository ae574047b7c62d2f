import Foundation
import Testing
@testable import Pipeline

/// One small invalid site per error a build can raise (the way Zola keeps `test_sites_invalid/`):
/// the minimal valid project with one defect, and the exact line the editor is shown —
/// file, line and column first, so that terminals and editors make it a link.
@Suite struct InvalidSitesTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        var expected: String
        var withTheme = false
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unclosed front matter", files: ["Content/notes/n.md": "---\ntitle: Note\n"],
             expected: "Content/notes/n.md:1:1: error: front matter opened with --- is never closed"),
        Case(name: "unknown field", files: ["Content/actors/x.md": "---\nname: X\nalias: [Y]\n---\n"],
             expected: "Content/actors/x.md:3:8: error: unknown field `alias` (known fields: aliases, article, country, kind, name, role)"),
        Case(name: "missing field", files: ["Content/topics/t.md": "---\nsummary: S\n---\n"],
             expected: "Content/topics/t.md:1:1: error: missing required field `title`"),
        Case(name: "a date that is not one", files: ["Content/articles/a.md": "---\ntitle: T\ndate: hier\n---\nTexte.\n"],
             expected: "Content/articles/a.md:3:7: error: `date` must be a date written YYYY-MM-DD, got \"hier\""),
        Case(name: "unknown actor kind", files: ["Content/actors/x.md": "---\nname: X\nkind: robot\n---\n"],
             expected: "Content/actors/x.md:3:1: error: unknown kind \"robot\" (one of: person, state, organisation, armed group)"),
        Case(name: "malformed YAML", files: ["Content/notes/n.md": "---\ntitle: [oops\n---\n"],
             expected: "Content/notes/n.md:3:1: error: malformed YAML: did not find expected ',' or ']'"),
        Case(name: "duplicated keys", files: ["Content/notes/n.md": "---\ntitle: A\ntitle: B\n---\n"],
             expected: "Content/notes/n.md:2:1: error: duplicated keys: title"),
        Case(name: "a bare article of blank lines", files: ["Content/articles/2020-02-22-vide.txt": "\n  \n"],
             expected: "Content/articles/2020-02-22-vide.txt:1:1: error: empty article: the first line must be its title"),
        Case(name: "Markdown article without front matter", files: ["Content/articles/2020-02-22-nu.md": "Titre\n\nTexte.\n"],
             expected: "Content/articles/2020-02-22-nu.md:1:1: error: a .md article starts with front matter (--- title, date ... ---)"),
        Case(name: "a language that is no code", files: ["Content/articles/a.md": "---\ntitle: T\ndate: 2020-02-22\nlang: francais\n---\nTexte.\n"],
             expected: "Content/articles/a.md:4:1: error: `lang` must be a two-letter code such as fr or en"),
        Case(name: "no publication date", files: ["Content/articles/sans-date.txt": "Titre\nUn texte sans date.\n"],
             expected: "Content/articles/sans-date.txt: error: no publication date: start the file name with YYYY-MM-DD- or use a .md file with `date:`"),
        Case(name: "unknown topic in a note", files: ["Content/notes/n.md": "---\ntitle: N\ntopics: [nulle-part]\n---\n"],
             expected: "Content/notes/n.md:3:1: error: unknown topic \"nulle-part\" (no Content/topics/nulle-part.md)"),
        Case(name: "unknown actor in a note", files: ["Content/notes/n.md": "---\ntitle: N\nactors: [personne]\n---\n"],
             expected: "Content/notes/n.md:3:1: error: unknown actor \"personne\" (no Content/actors/personne.md)"),
        Case(name: "unknown topic in an article", files: ["Content/articles/a.md": "---\ntitle: T\ndate: 2020-02-22\ntopics: [nulle-part]\n---\nTexte.\n"],
             expected: "Content/articles/a.md:4:1: error: unknown topic \"nulle-part\" (no Content/topics/nulle-part.md)"),
        Case(name: "two articles, one page address",
             files: ["Content/articles/2020-02-22-Idlib.md": "---\ntitle: A\ndate: 2020-02-22\n---\nTexte.\n",
                     "Content/articles/2020-02-22-idlib.md": "---\ntitle: B\ndate: 2020-02-22\n---\nTexte.\n"],
             expected: "Content/articles/2020-02-22-idlib.md:1:1: error: same page address as Content/articles/2020-02-22-Idlib.md (articles/2020-02-22-idlib/, once case and accents are set aside): rename one of them"),
        Case(name: "a site language that is no code", files: ["Content/site.yml": "title: T\nlanguage: Deutsch\n"],
             expected: "Content/site.yml:2:1: error: language must be an ISO 639-1 code such as fr or en, got \"Deutsch\""),
        Case(name: "a site language the theme has no words for", files: ["Content/site.yml": "title: T\nlanguage: it\n"],
             expected: "Content/site.yml:2:1: error: no interface words for the site's language \"it\": add strings/it.json to the theme "
                + "(a copy of the default theme in Templates/, with strings/it.json beside strings/en.json)"),
        Case(name: "a field naming a path out of the site",
             files: ["Content/articles/a.md": "---\ntitle: T\ndate: 2020-02-22\ntopics: [../../etc/passwd, /tmp/x]\n---\nTexte.\n"],
             expected: "Content/articles/a.md:4:1: error: unknown topic \"../../etc/passwd\" (no Content/topics/../../etc/passwd.md)"),
        Case(name: "a place out of range",
             files: ["Content/places.yml": "- {name: Idlib, lat: 35.93, lon: 36.63}\n- name: Saraqeb\n  lat: 135.86\n  lon: 36.80\n"],
             expected: "Content/places.yml:3:8: error: `lat` must lie between −90 and 90 degrees, got 135.86"),
        Case(name: "two places on one address",
             files: ["Content/places.yml": "- {name: Alep, lat: 36.2, lon: 37.13}\n- {name: Homs, lat: 34.73, lon: 36.71}\n- {name: ALEP, lat: 36.2, lon: 37.1}\n"],
             expected: "Content/places.yml:3:10: error: \"ALEP\" has the page address places/alep/ of \"Alep\" (line 1): "
                + "rename one, or make it an alias of the other"),
        Case(name: "a site without a title", files: ["Content/site.yml": "language: fr\n"],
             expected: "Content/site.yml:1:1: error: missing required field `title`"),
        Case(name: "a link to no actor", files: ["Content/notes/n.md": "---\ntitle: N\n---\n\nVoir [[actor:personne]].\n"],
             expected: "Content/notes/n.md:5:6: error: [[actor:personne]] links to no actor of the site"),
        Case(name: "a link of no kind", files: ["Content/notes/n.md": "---\ntitle: N\n---\n\nVoir [[acteur:x]].\n"],
             expected: "Content/notes/n.md:5:6: error: unknown link kind \"acteur\" in [[acteur:x]] (one of: actor, topic, event, article)"),
        Case(name: "a link to no event", files: ["Content/notes/n.md": "---\ntitle: N\n---\n\nVoir [[event:nulle-part]].\n"],
             expected: "Content/notes/n.md:5:6: error: [[event:nulle-part]] links to no event of the site (`briefings events` lists their ids)"),
        Case(name: "an events block with an unknown key", files: ["Content/notes/n.md": "---\ntitle: N\n---\n\n```events\ntopik: idlib\n```\n"],
             expected: "Content/notes/n.md:6:1: error: unknown key \"topik\" in an events block (one of: topic, actor, type, from, to, limit)"),
        Case(name: "an events block on no topic", files: ["Content/notes/n.md": "---\ntitle: N\n---\n\n```events\ntopic: nulle-part\n```\n"],
             expected: "Content/notes/n.md:5:1: error: events block: unknown topic \"nulle-part\""),
        Case(name: "a correction that designates nothing", files: ["Content/corrections.yml": "- set: {type: appeal}\n"],
             expected: "Content/corrections.yml:1:1: error: a correction names the `article` and a `sentence` phrase of the event (or is an `add:`)"),
        Case(name: "a correction to no event type",
             files: ["Content/corrections.yml": "- article: 2020-02-21-appel.txt\n  sentence: discuté\n  set: {type: bataille}\n"],
             expected: "Content/corrections.yml:3:1: error: unknown event type \"bataille\" (one of: military-action, humanitarian, consultation, agreement, appeal, criticism, statement)"),
        Case(name: "a place without coordinates", files: ["Content/places.yml": "- {name: Saraqeb}\n"],
             expected: "Content/places.yml:1:1: error: a place needs `lat` (−90…90) and `lon` (−180…180)"),
        Case(name: "places that are no list", files: ["Content/places.yml": "name: Saraqeb\n"],
             expected: "Content/places.yml:1:1: error: expected a list of entries, each starting with `- `"),
        Case(name: "a misspelled lexicon key", files: ["Lexicons/fr.json": "{\"language\": \"fr\", \"monthz\": []}\n"],
             expected: "Lexicons/fr.json:1:20: error: unknown key \"monthz\" (did you mean \"months\"?)"),
        Case(name: "a template section never closed", files: ["Templates/index.md": "{{#broken}}\n"],
             expected: "Templates/index.md:2:1: error: a section ({{#name}} or {{^name}}) is never closed with {{/name}}", withTheme: true),
        Case(name: "a template section closed under another name", files: ["Templates/index.md": "a\n{{#x}}b{{/y}}\n"],
             expected: "Templates/index.md:2:11: error: {{/…}} closes a section of another name", withTheme: true),
    ]

    @Test(arguments: cases)
    func theBuildStopsWithTheErrorAtItsPlace(_ invalid: Case) throws {
        var files = TestProject.minimal
        if invalid.withTheme { files.merge(try TestProject.themeFiles()) { $1 } }
        files.merge(invalid.files) { $1 }
        let project = try TestProject(files)
        defer { project.remove() }
        do {
            try project.build()
            Issue.record("\(invalid.name): the site was built")
        } catch {
            let lines = "\(error)".split(separator: "\n").map(String.init)
            #expect(lines.first == invalid.expected, "\(invalid.name)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.site.path), "\(invalid.name): a partial site was left")
    }
}
