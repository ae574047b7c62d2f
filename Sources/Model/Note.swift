/// An editor's piece of analysis, written in Markdown beside the articles.
public struct Note: Hashable, Sendable {
    public var slug: String
    public var title: String
    public var date: Day?
    public var topics: [String]
    public var actors: [String]
    /// Markdown.
    public var body: String
    /// Its links to the site's pages (`[[actor:…]]`), with where they are in the file.
    public var links: [NoteLink] = []
    /// Its fenced `events` blocks, with where they are in the file.
    public var eventsBlocks: [EventsBlock] = []
    /// The line of each front matter field, for messages about its value.
    public var fieldLines: [String: Int] = [:]

    public init(slug: String, title: String, date: Day?, topics: [String] = [], actors: [String] = [], body: String) {
        self.slug = slug
        self.title = title
        self.date = date
        self.topics = topics
        self.actors = actors
        self.body = body
    }
}
