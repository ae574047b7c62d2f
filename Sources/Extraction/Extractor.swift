import Model

/// Finds the events an article reports: what happened, when, who took part, where, how many
/// were killed, who said what, and the sentence that says so.
///
/// A pure function of its inputs (the article, the actor registry, the topics and the
/// language data): no file or network access, so articles can be extracted in parallel
/// and results cached by the article's content.
public struct Extractor: Sendable {
    public let registry: [Actor]
    public let topics: [Topic]
    public let lexicons: [Lexicon]

    public init(registry: [Actor], topics: [Topic], lexicons: [Lexicon]) {
        self.registry = registry
        self.topics = topics
        self.lexicons = lexicons
    }

    /// The events of one article, in the order the article tells them.
    public func extract(_ article: Article) -> Extraction {
        Extraction(language: article.language ?? lexicons.first?.language ?? "fr",
                   published: article.published, events: [], discoveredActors: [], warnings: [])
    }
}

/// What the extractor found in one article.
public struct Extraction: Sendable, Hashable {
    /// The language the article was read in (front matter `lang`, else detected).
    public var language: String
    /// The publication date used to resolve relative days (the article's, or inferred).
    public var published: Day?
    public var events: [Event]
    /// Actors named in the text but absent from the registry (`reviewed == false`).
    public var discoveredActors: [Actor]
    public var warnings: [ExtractionWarning]

    public init(language: String, published: Day?, events: [Event], discoveredActors: [Actor], warnings: [ExtractionWarning]) {
        self.language = language
        self.published = published
        self.events = events
        self.discoveredActors = discoveredActors
        self.warnings = warnings
    }
}

/// Something the extractor could not settle on its own and an editor should look at.
public struct ExtractionWarning: Sendable, Hashable, CustomStringConvertible {
    public var article: String
    /// 0 = title, then paragraphs from 1.
    public var paragraph: Int
    public var message: String

    public init(article: String, paragraph: Int, message: String) {
        self.article = article
        self.paragraph = paragraph
        self.message = message
    }

    public var description: String { "\(article), paragraph \(paragraph): \(message)" }
}
