import Foundation
import Testing
@testable import Pipeline

/// A language is files, not code: a project teaches briefings German with `Lexicons/de.json`
/// and the theme's `strings/de.json`, and builds a German site.
@Suite struct LanguageFilesTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/Fixtures/german")

    /// A German project: its lexicon, a copy of the default theme with German words, one article.
    static func germanProject(lexicon: String? = nil) throws -> TestProject {
        var files: [String: String] = [
            "Content/site.yml": "title: Lagebericht\nlanguage: de\ndescription: Eine Testseite\n",
            "Content/topics/idlib.md": "---\ntitle: Idlib\nsummary: Die Offensive auf Idlib\nkeywords: [Idlib]\n---\n",
            "Content/actors/russland.md": "---\nname: Russland\naliases: [Moskau, Russia]\nkind: state\n---\n",
            "Content/actors/tuerkei.md": "---\nname: Türkei\naliases: [Ankara, Turkey]\nkind: state\n---\n",
            "Content/articles/2020-03-05-waffenruhe.md": """
                ---
                title: "Russland und die Türkei vereinbaren eine Waffenruhe für Idlib"
                date: 2020-03-05
                lang: de
                ---

                Russland und die Türkei vereinbarten am Donnerstag in Moskau eine Waffenruhe für Idlib, erklärte der Kreml.

                Am Mittwoch bombardierte Russland laut Beobachtern Stellungen der Rebellen nahe Idlib.
                """,
            "Lexicons/de.json": try lexicon ?? String(contentsOf: fixtures.appendingPathComponent("lexicon-de.json"), encoding: .utf8),
        ]
        files.merge(try TestProject.themeFiles()) { $1 }
        files["Templates/strings/de.json"] = try String(contentsOf: fixtures.appendingPathComponent("strings-de.json"), encoding: .utf8)
        return try TestProject(files)
    }

    @Test func aThirdLanguageFromFilesAlone() throws {
        let project = try Self.germanProject()
        defer { project.remove() }
        try project.build()
        let home = try project.read("index.html")
        #expect(home.contains("<html lang=\"de\""))
        #expect(home.contains("Chronik"))
        #expect(home.contains("content=\"de_DE\""))
        let data = try JSONSerialization.jsonObject(with: Data(try project.read("data/events.json").utf8)) as? [String: Any]
        let events = data?["events"] as? [[String: Any]] ?? []
        let agreement = events.first { $0["type"] as? String == "agreement" }
        #expect(agreement?["date"] as? String == "2020-03-05")
        #expect((agreement?["actors"] as? [[String: Any]])?.compactMap { $0["id"] as? String }.contains("tuerkei") == true)
        #expect(agreement?["summary"] as? String == "Russland und die Türkei vereinbarten in Moskau eine Waffenruhe für Idlib")
        let strike = events.first { $0["type"] as? String == "military-action" }
        #expect(strike?["date"] as? String == "2020-03-04")
        let month = try project.read("timeline/2020-03/index.html")
        #expect(month.contains("5. März 2020"))
        #expect(month.contains("Vereinbarung"))
    }

    @Test func aMisspelledLexiconKeyIsAnErrorNamingFileLineAndKey() throws {
        var lexicon = try String(contentsOf: Self.fixtures.appendingPathComponent("lexicon-de.json"), encoding: .utf8)
        lexicon = lexicon.replacingOccurrences(of: "\"reportingVerbs\"", with: "\"reportingVerb\"")
        let line = lexicon.components(separatedBy: "\n").firstIndex { $0.contains("\"reportingVerb\"") }! + 1
        let project = try Self.germanProject(lexicon: lexicon)
        defer { project.remove() }
        #expect {
            try project.build()
        } throws: { "\($0)".contains("Lexicons/de.json:\(line):3: error: unknown key \"reportingVerb\" (did you mean \"reportingVerbs\"?)") }
        #expect(!FileManager.default.fileExists(atPath: project.site.path))
    }

    @Test func aSiteLanguageWithoutInterfaceWordsSaysWhichFileIsMissing() throws {
        var files = TestProject.minimal
        files["Content/site.yml"] = "title: Informe\nlanguage: es\n"
        let project = try TestProject(files)
        defer { project.remove() }
        do {
            try project.build()
            Issue.record("a Spanish site without strings/es.json was built")
        } catch {
            #expect("\(error)".contains("strings/es.json"))
        }
    }
}
