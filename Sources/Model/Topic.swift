/// A subject the site follows, such as the Idlib offensive; it gets its own briefing page.
public struct Topic: Hashable, Codable, Sendable {
    public var slug: String
    public var title: String
    public var summary: String
    /// Names and places that put an event into this topic (Idlib, Idleb, Saraqeb...).
    public var keywords: [String]
    /// The editors' notes, Markdown.
    public var notes: String
    /// The notes' links to the site's pages, with where they are in the file.
    public var links: [NoteLink] = []
    /// Its fenced `events` blocks, with where they are in the file.
    public var eventsBlocks: [EventsBlock] = []

    public init(slug: String, title: String, summary: String = "", keywords: [String] = [], notes: String = "") {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.keywords = keywords
        self.notes = notes
    }
}
