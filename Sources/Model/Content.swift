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
