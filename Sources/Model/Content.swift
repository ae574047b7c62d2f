/// Everything under `Content/`, loaded: the input of the pipeline.
public struct Content: Sendable {
    public var site: SiteConfig
    public var articles: [Article]
    public var topics: [Topic]
    public var actors: [Actor]
    public var notes: [Note]

    public init(site: SiteConfig, articles: [Article], topics: [Topic], actors: [Actor], notes: [Note]) {
        self.site = site
        self.articles = articles
        self.topics = topics
        self.actors = actors
        self.notes = notes
    }
}
