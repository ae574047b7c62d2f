import Foundation
import Testing
@testable import Pipeline

/// Broken and hostile files, byte for byte, as they arrive from other systems and other hands:
/// each accepted or refused by name, at its line and column, with the previous site left
/// exactly as it was and nothing written outside the output folder.
@Suite struct HostileInputTests {
    /// A built minimal project, then `bytes` written at `path`, then built again.
    struct Attempt {
        var project: TestProject
        var before: [String: Data]
        var outcome: Result<SiteBuilder.BuildReport, any Error>

        var message: String {
            if case .failure(let error) = outcome { return "\(error)" }
            return ""
        }

        var built: SiteBuilder.BuildReport? { try? outcome.get() }
    }

    static func attempt(_ files: [String: Data], site: String? = nil, prepare: (URL) throws -> Void = { _ in }) throws -> Attempt {
        var base = TestProject.minimal
        if let site { base["Content/site.yml"] = site }
        let project = try TestProject(base)
        try project.build()
        let before = try tree(project.site)
        for (path, bytes) in files {
            let url = project.directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        }
        try prepare(project.directory)
        let outcome = Result { try SiteBuilder(project: project.directory).build() }
        return Attempt(project: project, before: before, outcome: outcome)
    }

    /// Refused: the message's first line, and the previous site untouched.
    func expectRefused(_ files: [String: Data], site: String? = nil, _ expected: String,
                       prepare: (URL) throws -> Void = { _ in }, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let attempt = try Self.attempt(files, site: site, prepare: prepare)
        defer { attempt.project.remove() }
        #expect(attempt.built == nil, "built though it should not have", sourceLocation: sourceLocation)
        #expect(attempt.message.split(separator: "\n").first.map(String.init) == expected, sourceLocation: sourceLocation)
        #expect(try tree(attempt.project.site) == attempt.before, "the previous site changed", sourceLocation: sourceLocation)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: attempt.project.directory.path).filter { $0.hasPrefix(".Site") }
        #expect(leftovers.isEmpty, "a half-written site was left beside the output: \(leftovers)", sourceLocation: sourceLocation)
    }

    static let article = "---\ntitle: \"Appel sur Idlib\"\ndate: 2020-02-22\n---\n\nLe président russe Vladimir Poutine a discuté samedi avec Recep Tayyip Erdogan, a indiqué le Kremlin.\n"

    // MARK: Encodings and line endings that are valid: accepted, read the same.

    @Test(arguments: [
        ("CRLF", Data(article.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ("lone CR", Data(article.replacingOccurrences(of: "\n", with: "\r").utf8)),
        ("UTF-8 with a byte order mark", Data([0xEF, 0xBB, 0xBF]) + Data(article.utf8)),
        ("UTF-16 LE with a byte order mark", article.data(using: .utf16LittleEndian).map { Data([0xFF, 0xFE]) + $0 }!),
        ("UTF-16 BE with a byte order mark", article.data(using: .utf16BigEndian).map { Data([0xFE, 0xFF]) + $0 }!),
    ])
    func validEncodingsAreReadAlike(_ name: String, _ bytes: Data) throws {
        let attempt = try Self.attempt(["Content/articles/2020-02-22-appel.md": bytes])
        defer { attempt.project.remove() }
        #expect(attempt.built != nil, "\(name): \(attempt.message)")
        let page = try attempt.project.read("articles/2020-02-22-appel/index.html")
        #expect(page.contains("<h1>Appel sur Idlib</h1>"), "\(name)")
        #expect(page.contains("Vladimir Poutine a discuté"), "\(name)")
    }

    // MARK: Bytes that are not text: refused by name.

    @Test func invalidUTF8IsNamedAtItsLineAndColumn() throws {
        var bytes = Data("---\ntitle: T\ndate: 2020-02-22\n---\n\nLe r".utf8)
        bytes.append(0xE9)   // "é" in Latin-1
        bytes.append(contentsOf: Data("gime a dit.\n".utf8))
        try expectRefused(["Content/articles/a.md": bytes], "Content/articles/a.md:6:5: error: not UTF-8 (byte 0xE9): save the file as UTF-8")
    }

    @Test func utf16WithoutAByteOrderMarkIsNamed() throws {
        try expectRefused(["Content/articles/a.md": Self.article.data(using: .utf16LittleEndian)!],
                          "Content/articles/a.md:1:2: error: binary data or UTF-16 without a byte order mark, not UTF-8 text (a NUL byte)")
    }

    @Test func aBinaryFileIsNamed() throws {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52])
        try expectRefused(["Content/articles/2020-02-22-image.txt": png],
                          "Content/articles/2020-02-22-image.txt:3:1: error: binary data or UTF-16 without a byte order mark, not UTF-8 text (a NUL byte)")
    }

    @Test func anEmptyFileIsNamed() throws {
        try expectRefused(["Content/topics/vide.md": Data()], "Content/topics/vide.md:1:1: error: the file is empty")
    }

    // MARK: Size.

    @Test func anArticleOverTheLimitIsRefusedBeforeItIsRead() throws {
        let big = Data(("Titre\n" + String(repeating: "Une phrase de plus à Idlib.\n", count: 100)).utf8)
        try expectRefused(["Content/articles/2020-02-22-long.txt": big], site: "title: T\nlanguage: fr\nmax_article_bytes: 1000\n",
                          "Content/articles/2020-02-22-long.txt:1:1: error: \(big.count) bytes, over the limit of 1000 for an article (`max_article_bytes` in site.yml)")
        // 50 MB under the default limit of 2 MB: refused at once, never read.
        let huge = Data(repeating: UInt8(ascii: "a"), count: 50_000_000)
        try expectRefused(["Content/articles/2020-02-22-export.txt": huge],
                          "Content/articles/2020-02-22-export.txt:1:1: error: 50000000 bytes, over the limit of 2000000 for an article (`max_article_bytes` in site.yml)")
    }

    @Test func aHundredThousandParagraphsAreRead() throws {
        let text = "Titre\n" + (0..<100_000).map { "Paragraphe \($0).\n" }.joined()
        let attempt = try Self.attempt(["Content/articles/2020-02-22-liste.txt": Data(text.utf8)])
        defer { attempt.project.remove() }
        #expect(attempt.built != nil, "\(attempt.message)")
    }

    // MARK: Where files lead.

    @Test func aSymbolicLinkOutOfContentIsRefusedSayingSo() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("briefings-outside-\(UUID().uuidString).txt")
        try Data("Titre\nTexte.\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let real = URL(fileURLWithPath: outside.path).resolvingSymlinksInPath().path
        try expectRefused([:], "Content/articles/2020-02-22-lien.txt:1:1: error: a symbolic link to \(real), outside Content/: "
                          + "links out of the content folder are not followed (copy the file in instead)") { project in
            try FileManager.default.createSymbolicLink(atPath: project.appendingPathComponent("Content/articles/2020-02-22-lien.txt").path,
                                                       withDestinationPath: outside.path)
        }
    }

    @Test func aSymbolicLinkInsideContentIsFollowed() throws {
        let attempt = try Self.attempt([:]) { project in
            try FileManager.default.createSymbolicLink(atPath: project.appendingPathComponent("Content/topics/idleb.md").path,
                                                       withDestinationPath: "idlib.md")
        }
        defer { attempt.project.remove() }
        #expect(attempt.built != nil, "\(attempt.message)")
        // Followed: the topic it names has the page of the one it points to.
        #expect(try attempt.project.read("topics/idleb/index.html").contains("<h1>Idlib</h1>"))
    }

    @Test func aPipeIsRefusedWithoutWaitingOnIt() throws {
        try expectRefused([:], "Content/articles/2020-02-22-tube.txt:1:1: error: not a plain file (a folder, a pipe or a device): only text files are read") { project in
            #expect(mkfifo(project.appendingPathComponent("Content/articles/2020-02-22-tube.txt").path, 0o644) == 0)
        }
    }

    @Test func aFileNameThatCannotBeAnAddressIsRefused() throws {
        try expectRefused(["Content/notes/a#b.md": Data("---\ntitle: N\n---\n".utf8)],
                          "Content/notes/a#b.md:1:1: error: the file name holds \"#\", which cannot be part of a page address: rename the file")
    }

    /// A topic, an actor or a note is named by its file's name, which must be its address.
    @Test func aNamedFileWhoseNameIsNotItsAddressIsRefused() throws {
        try expectRefused(["Content/topics/Idlib.md": Data("---\ntitle: A\n---\n".utf8)],
                          "Content/topics/Idlib.md:1:1: error: the file's name is the page's address and how other files name it: rename it idlib.md (lower case, no accents or spaces)")
        try expectRefused(["Content/notes/Échos.md": Data("---\ntitle: A\n---\n".utf8), "Content/notes/echos.md": Data("---\ntitle: B\n---\n".utf8)],
                          "Content/notes/Échos.md:1:1: error: the file's name is the page's address and how other files name it: rename it echos.md (lower case, no accents or spaces)")
    }

    @Test func oneAliasForTwoActorsIsRefused() throws {
        try expectRefused(["Content/actors/vladimir-poutine-bis.md": Data("---\nname: V. Poutine\naliases: [Poutine]\n---\n".utf8)],
                          "Content/actors/vladimir-poutine-bis.md:3:1: error: \"Poutine\" already names Content/actors/vladimir-poutine.md: a name or alias must belong to one actor")
    }

    @Test func datesOutsideAnyPlausibleYearAreRefused() throws {
        try expectRefused(["Content/articles/a.md": Data("---\ntitle: T\ndate: 10000-01-01\n---\nTexte.\n".utf8)],
                          "Content/articles/a.md:3:7: error: `date` must be a date written YYYY-MM-DD, got \"10000-01-01\"")
        try expectRefused(["Content/articles/a.md": Data("---\ntitle: T\ndate: 1850-01-01\n---\nTexte.\n".utf8)],
                          "Content/articles/a.md:3:7: error: `date` is 1850-01-01, outside 1900–2100")
        try expectRefused(["Content/articles/1850-01-01-vieux.txt": Data("Titre\nTexte.\n".utf8)],
                          "Content/articles/1850-01-01-vieux.txt:1:1: error: the file name's date 1850-01-01 is outside 1900–2100")
    }

    @Test func addressesThatAreNotWebAddressesAreRefused() throws {
        try expectRefused(["Content/articles/a.md": Data("---\ntitle: T\ndate: 2020-02-22\nurl: javascript:alert(1)\n---\nTexte.\n".utf8)],
                          "Content/articles/a.md:4:6: error: `url` must be an http:// or https:// address, got \"javascript:alert(1)\"")
        try expectRefused(["Content/site.yml": Data("title: T\nlanguage: fr\nbase_url: /etc/site\n".utf8)],
                          "Content/site.yml:3:11: error: `base_url` must be an http:// or https:// address, got \"/etc/site\"")
    }

    // MARK: An empty project, a quiet topic.

    @Test func noContentFolderAndAnEmptyOneAreNamed() throws {
        try expectRefused([:], "Content: error: no such folder: a project keeps its content in Content/ (`briefings init` makes one)") { project in
            try FileManager.default.removeItem(at: project.appendingPathComponent("Content"))
        }
        try expectRefused([:], "Content/site.yml: error: missing: every site needs one, with its title and language (`briefings init` writes one)") { project in
            try FileManager.default.removeItem(at: project.appendingPathComponent("Content"))
            try FileManager.default.createDirectory(at: project.appendingPathComponent("Content"), withIntermediateDirectories: true)
        }
    }

    @Test func aSiteWithNoArticleAndATopicWithNoEventAreWarnedOf() throws {
        let attempt = try Self.attempt(["Content/topics/libye.md": Data("---\ntitle: Libye\nkeywords: [Tripoli]\n---\n".utf8)])
        defer { attempt.project.remove() }
        #expect(attempt.built?.warnings.map(\.description).contains("Content/topics/libye.md:1:1: warning: no event is filed under this topic (its keywords match no event)") == true)
        let empty = try TestProject(["Content/site.yml": "title: T\nlanguage: fr\n"])
        defer { empty.remove() }
        #expect(try empty.build().warnings.map(\.description) == ["Content/articles: warning: no articles yet, so the site has no events"])
        #expect(FileManager.default.fileExists(atPath: empty.site.appendingPathComponent("index.html").path))
    }

    // MARK: Templates.

    @Test func aMissingTemplateIsNamed() throws {
        var files = TestProject.minimal
        files.merge(try TestProject.themeFiles()) { $1 }
        files["Templates/topic.md"] = nil
        let project = try TestProject(files)
        defer { project.remove() }
        #expect { try project.build() } throws: { error in
            "\(error)".split(separator: "\n").first == "Templates/topic.md: error: the theme has no topic.md, which these pages need (the default theme's is in `briefings init`'s Templates/)"
        }
        #expect(!FileManager.default.fileExists(atPath: project.site.path))
    }

    @Test func aTemplateNamingNoValueIsWarnedOfAtItsPlace() throws {
        var files = TestProject.minimal
        files.merge(try TestProject.themeFiles()) { $1 }
        files["Templates/index.md"] = "# {{siteTitle}}\n\nBonjour {{titel}} et {{#topicz}}x{{/topicz}}, {{t.nope}} {{t.topics}}.\n"
        let project = try TestProject(files)
        defer { project.remove() }
        let warnings = try project.build().warnings.map(\.description).filter { $0.hasPrefix("Templates/") }
        #expect(warnings == [
            "Templates/index.md:3:9: warning: {{titel}} names no value of these pages: it renders empty",
            "Templates/index.md:3:22: warning: {{topicz}} names no value of these pages: it renders empty",
            "Templates/index.md:3:47: warning: {{t.nope}}: no interface word \"nope\" in strings/",
        ])
    }

    @Test func aTemplatePlacingAValueAgainstItsFieldIsWarnedOf() throws {
        var files = TestProject.minimal
        files.merge(try TestProject.themeFiles()) { $1 }
        files["Templates/index.md"] = "# {{{siteTitle}}}\n\n{{chartHTML}} [a]({{timelineURL}}) [b]({{{timelineURL}}}) {{{chartHTML}}}\n"
        let project = try TestProject(files)
        defer { project.remove() }
        let warnings = try project.build().warnings.map(\.description).filter { $0.hasPrefix("Templates/") }
        #expect(warnings == [
            "Templates/index.md:1:3: warning: {{{siteTitle}}} places text unescaped: write {{siteTitle}}, which shows it as text",
            "Templates/index.md:3:1: warning: {{chartHTML}} is markup built for the page: write {{{chartHTML}}}, or it shows as code",
        ])
    }

    /// Every template of the default theme, edited so that it is checked as a project's own:
    /// each name it uses is a field of its pages, placed as the field says.
    @Test func theDefaultThemeUsesItsPagesFieldsAsTheySay() throws {
        var files = TestProject.minimal
        for (path, text) in try TestProject.themeFiles() {
            files[path] = path.hasSuffix(".md") || path.hasSuffix("layout.html") ? text + "{{! checked }}\n" : text
        }
        let project = try TestProject(files)
        defer { project.remove() }
        let warnings = try project.build().warnings.map(\.description).filter { $0.hasPrefix("Templates/") }
        #expect(warnings == [])
    }
}
