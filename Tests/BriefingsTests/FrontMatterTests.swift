import Testing
@testable import Loading
import Model

@Suite struct FrontMatterTests {
    @Test func readsFieldsAndBody() throws {
        let text = "---\ntitle: \"Libye : trêve\"\ndate: 2020-01-14\ntopics: [libya]\n---\n\nPremier paragraphe.\n"
        let front = try FrontMatter(file: "a.md", text: text)
        #expect(try front.string("title") == "Libye : trêve")
        #expect(try front.day("date") == Day(iso: "2020-01-14"))
        #expect(try front.strings("topics") == ["libya"])
        #expect(front.bodyLine == 6)
        #expect(front.line(of: "topics") == 4)
    }

    @Test func malformedYamlNamesTheLine() {
        let text = "---\ntitle: ok\ndate: [2020-01-14\nsource: AFP\n---\nbody\n"
        #expect {
            try FrontMatter(file: "Content/articles/x.md", text: text)
        } throws: { error in
            guard let error = error as? Diagnostic else { return false }
            return error.file == "Content/articles/x.md" && (error.line ?? 0) >= 3 && (error.line ?? 0) <= 5
        }
    }

    @Test func unclosedFrontMatterIsAnError() {
        #expect(throws: Diagnostic.self) { try FrontMatter(file: "x.md", text: "---\ntitle: a\nbody\n") }
    }

    @Test func wrongFieldTypeNamesFileAndLine() throws {
        let text = "---\ntitle: Idlib\nsummary: s\nkeywords:\n  nested: map\n---\n"
        #expect {
            try TopicParser.parse(slug: "idlib", path: "Content/topics/idlib.md", text: text)
        } throws: { error in
            (error as? Diagnostic)?.line == 4 && (error as? Diagnostic)?.file == "Content/topics/idlib.md"
        }
    }

    @Test func unknownFieldIsRejectedAtItsLine() {
        let text = "---\nname: X\nkind: person\nalias: [Y]\n---\n"
        #expect {
            try ActorParser.parse(slug: "x", path: "Content/actors/x.md", text: text)
        } throws: { error in
            let e = error as? Diagnostic
            return e?.line == 4 && (e?.message.contains("alias") ?? false)
        }
    }

    @Test func unknownActorKindIsRejected() {
        #expect(throws: Diagnostic.self) {
            try ActorParser.parse(slug: "x", path: "x.md", text: "---\nname: X\nkind: wizard\n---\n")
        }
    }

    @Test func badDateIsRejected() {
        #expect {
            try ArticleParser.parse(fileName: "a.md", path: "Content/articles/a.md", text: "---\ntitle: A\ndate: 21 février\n---\nx\n")
        } throws: { error in (error as? Diagnostic)?.line == 3 }
    }
}

@Suite struct ArticleParserTests {
    @Test func bareTextIsTitleThenOneParagraphPerLine() throws {
        let article = try ArticleParser.parse(fileName: "2020-02-21-x.txt", path: "x", text: "Titre\nUn.\n\nDeux.\n")
        #expect(article.title == "Titre")
        #expect(article.paragraphs == ["Un.", "Deux."])
        #expect(article.published == Day(iso: "2020-02-21"))
        #expect(article.dateOrigin == .fileName)
    }

    @Test func markdownParagraphsAreBlankLineSeparated() throws {
        let text = "---\ntitle: T\ndate: 2020-03-05\nlang: en\nsource: Reuters\n---\n\nOne line\ncontinued.\n\nTwo.\n"
        let article = try ArticleParser.parse(fileName: "x.md", path: "x.md", text: text)
        #expect(article.paragraphs == ["One line continued.", "Two."])
        #expect(article.language == "en")
        #expect(article.dateOrigin == .frontMatter)
        #expect(article.source == "Reuters")
    }

    @Test func frontMatterDateWinsOverFileName() throws {
        let article = try ArticleParser.parse(fileName: "2020-01-01-x.md", path: "x", text: "---\ntitle: T\ndate: 2020-03-05\n---\nA.\n")
        #expect(article.published == Day(iso: "2020-03-05"))
    }

    @Test func markdownWithoutAnyDateIsAnError() {
        #expect {
            try ArticleParser.parse(fileName: "x.md", path: "Content/articles/x.md", text: "---\ntitle: T\n---\nA.\n")
        } throws: { error in (error as? Diagnostic)?.message.contains("publication date") ?? false }
    }

    @Test func bareTextWithoutDateIsLeftForInference() throws {
        let article = try ArticleParser.parse(fileName: "x.txt", path: "x", text: "T\nVendredi 21 février, ...\n")
        #expect(article.published == nil)
        #expect(article.dateOrigin == .unknown)
    }
}

@Suite struct SiteConfigTests {
    @Test func readsSiteYml() throws {
        let site = try SiteConfigParser.parse(path: "Content/site.yml", text: "title: T\nlanguage: en\nbase_url: https://x.org/\n")
        #expect(site.language == "en")
        #expect(site.baseURL == "https://x.org")
    }

    @Test func rejectsALanguageThatIsNotACode() {
        #expect {
            try SiteConfigParser.parse(path: "Content/site.yml", text: "title: T\nlanguage: Deutsch\n")
        } throws: { error in (error as? Diagnostic)?.line == 2 }
    }

    /// Lines are cut by bytes; they must be the lines `split` cuts by characters, empty ones,
    /// a last one without a line feed, and a combining mark after a line feed included.
    @Test(arguments: ["", "\n", "a", "a\n", "\n\nb", "Trêve à Idlib\n\n« Oui »\n", "e\n\u{301}x\n", "🇱🇾\nتركيا\n\n"])
    func linesAreCutWhereSplitCutsThem(text: String) {
        #expect(text.lines() == text.split(separator: "\n", omittingEmptySubsequences: false))
    }
}
