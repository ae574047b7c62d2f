import Assembly
import Extraction
import Foundation
import Lexicons
import Loading
import Model
import Rendering

/// The readers that take untrusted bytes, each as a function of arbitrary input, for
/// coverage-guided fuzzing (libFuzzer, `scripts/fuzz`) and for replaying the inputs it found
/// (`FuzzCorpusTests`). An input may be refused with an error; it must never crash or hang.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// A content file: bytes decoded as text, then read as a topic, an actor, a note, a
    /// Markdown article and `site.yml`.
    case frontMatter = "front-matter"
    /// A bare-text article: title line, then one paragraph per line.
    case bareText = "bare-text"
    /// An article's events, from text the extraction has never seen.
    case extraction
    /// A page template (Mustache in Markdown) rendered over a small site.
    case template

    public func run(_ bytes: [UInt8]) {
        switch self {
        case .frontMatter: Self.readFrontMatter(bytes)
        case .bareText: Self.readBareText(bytes)
        case .extraction: Self.extract(bytes)
        case .template: Self.renderTemplate(bytes)
        }
    }

    private static func text(_ bytes: [UInt8]) -> String? {
        try? SourceText.decode(Data(bytes), file: "fuzz")
    }

    private static func readFrontMatter(_ bytes: [UInt8]) {
        guard let text = text(bytes) else { return }
        _ = try? TopicParser.parse(slug: "t", path: "t.md", text: text)
        _ = try? ActorParser.parse(slug: "a", path: "a.md", text: text)
        _ = try? NoteParser.parse(slug: "n", path: "n.md", text: text)
        _ = try? ArticleParser.parse(fileName: "2020-02-21-a.md", path: "a.md", text: text)
        _ = try? SiteConfigParser.parse(path: "site.yml", text: text)
        _ = try? CorrectionParser.parse(path: "corrections.yml", text: text)
        _ = try? PlaceParser.parse(path: "places.yml", text: text)
    }

    private static func readBareText(_ bytes: [UInt8]) {
        guard let text = text(bytes) else { return }
        _ = try? ArticleParser.parse(fileName: "2020-02-21-a.txt", path: "a.txt", text: text)
        _ = try? ArticleParser.parse(fileName: "undated.txt", path: "undated.txt", text: text)
    }

    private static func extract(_ bytes: [UInt8]) {
        guard let text = text(bytes), let article = try? ArticleParser.parse(fileName: "2020-02-21-a.txt", path: "a.txt", text: "Titre\n" + text),
              let extractor = Fixture.shared.extractor else { return }
        let extraction = extractor.extract(article)
        _ = Chronicle(content: Fixture.shared.content, events: extraction.events, discovered: extraction.discoveredActors)
        // (Inputs follow one another on one thread: the words of the last are no longer held.)
        Extractor.forgetWords(ifMoreThan: 1 << 18)
    }

    private static func renderTemplate(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self), let fixture = Fixture.shared.theme else { return }
        var files = fixture.files
        files["index.md"] = text
        guard let renderer = try? SiteRenderer(content: Fixture.shared.content, assembly: Fixture.shared.assembly, theme: Theme(files: files)) else { return }
        _ = try? renderer.render()
    }

    /// A small site, made once: two actors, a topic, an article and its events.
    private struct Fixture: Sendable {
        let content: Content
        let extractor: Extractor?
        let assembly: Chronicle
        let theme: Theme?

        static let shared = Fixture()

        init() {
            let actors = [Actor(slug: "vladimir-poutine", name: "Vladimir Poutine", aliases: ["Poutine"]),
                          Actor(slug: "recep-tayyip-erdogan", name: "Recep Tayyip Erdogan", aliases: ["Erdogan"])]
            let topics = [Topic(slug: "idlib", title: "Idlib", keywords: ["Idlib"])]
            var content = Content(site: SiteConfig(title: "Veille", language: "fr"), articles: [], topics: topics, actors: actors,
                                  notes: [], corrections: [], places: [])
            let lexicons = (try? LanguageData.builtIn()) ?? []
            let extractor = lexicons.isEmpty ? nil : Extractor(registry: actors, topics: topics, lexicons: lexicons)
            self.extractor = extractor
            let article = try? ArticleParser.parse(fileName: "2020-02-21-appel.txt", path: "a.txt", text: "Appel\n"
                + "Vladimir Poutine a discuté vendredi avec Recep Tayyip Erdogan de la situation à Idlib, a indiqué le Kremlin.\n")
            content.articles = article.map { [$0] } ?? []
            let events = article.flatMap { extractor?.extract($0).events } ?? []
            self.content = content
            assembly = Chronicle(content: content, events: events, discovered: [])
            theme = try? Theme.builtIn()
        }
    }
}
