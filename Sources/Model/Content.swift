/// Everything under `Content/`, loaded: the input of the pipeline.
public struct Content: Sendable {
    public var site: SiteConfig
    public var articles: [Article]
    public var topics: [Topic]
    public var actors: [Actor]
    public var notes: [Note]
    /// Editors' corrections to extracted events (`Content/corrections.yml`).
    public var corrections: [Correction]
    /// Known places with coordinates (`Content/places.yml`).
    public var places: [Place]

    public init(site: SiteConfig, articles: [Article], topics: [Topic], actors: [Actor], notes: [Note],
                corrections: [Correction] = [], places: [Place] = []) {
        self.site = site
        self.articles = articles
        self.topics = topics
        self.actors = actors
        self.notes = notes
        self.corrections = corrections
        self.places = places
    }
}

extension Content {
    /// The links of every editors' text — notes, topics' notes, actors' profiles — by the file
    /// they are written in.
    public func editorsLinks(pathPrefix: String = "Content") -> [(file: String, links: [NoteLink])] {
        editorsTexts(pathPrefix: pathPrefix).map { ($0.file, $0.links) }
    }

    /// Every editors' text — notes, topics' notes, actors' profiles — by file, with its links
    /// and its `events` blocks.
    public func editorsTexts(pathPrefix: String = "Content") -> [(file: String, links: [NoteLink], blocks: [EventsBlock])] {
        notes.map { ("\(pathPrefix)/notes/\($0.slug).md", $0.links, $0.eventsBlocks) }
            + topics.map { ("\(pathPrefix)/topics/\($0.slug).md", $0.links, $0.eventsBlocks) }
            + actors.map { ("\(pathPrefix)/actors/\($0.slug).md", $0.links, $0.eventsBlocks) }
    }
}
