/// A news article as the analyst dropped it into `Content/articles/`.
public struct Article: Hashable, Codable, Sendable {
    /// The file name, e.g. `2020-02-21-poutine-conseil-securite-idlib.txt`; events cite it.
    public var fileName: String
    /// The file name without its extension; the article page lives at `articles/<slug>/`.
    public var slug: String
    public var title: String
    /// The publication date, against which relative days ("jeudi") are resolved.
    /// Nil when neither front matter nor file name gives one (see `DateOrigin`).
    public var published: Day?
    /// Where `published` came from.
    public var dateOrigin: DateOrigin
    /// The agency or outlet ("AFP", "Reuters").
    public var source: String?
    /// The original address of the article, when known.
    public var url: String?
    /// The language code declared in front matter (`fr`, `en`), if any.
    public var language: String?
    /// Topic slugs the editor attached by hand, added to whatever extraction finds.
    public var topics: [String]
    /// Body paragraphs; in events, paragraph 0 is the title and these count from 1.
    public var paragraphs: [String]
    /// The line of each front matter field, for messages about its value.
    public var fieldLines: [String: Int] = [:]
    /// The file's line where each block starts: the title's, then each paragraph's (as `blocks`).
    public var blockLines: [Int] = []

    /// Where block `index` (0: the title) starts in the file; line 1 when not known.
    public func line(ofBlock index: Int) -> Int {
        blockLines.indices.contains(index) ? blockLines[index] : 1
    }

    public init(fileName: String, slug: String, title: String, published: Day?, dateOrigin: DateOrigin,
                source: String? = nil, url: String? = nil, language: String? = nil,
                topics: [String] = [], paragraphs: [String]) {
        self.fileName = fileName
        self.slug = slug
        self.title = title
        self.published = published
        self.dateOrigin = dateOrigin
        self.source = source
        self.url = url
        self.language = language
        self.topics = topics
        self.paragraphs = paragraphs
    }

    /// The title followed by the paragraphs: index 0 is the title, as in `SourceRef.paragraph`.
    public var blocks: [String] { [title] + paragraphs }
}

/// How an article's publication date was found.
public enum DateOrigin: String, Hashable, Codable, Sendable {
    case frontMatter = "front matter"
    case fileName = "file name"
    /// Inferred from the text (a weekday-consistent explicit date).
    case inferred
    case unknown
}
