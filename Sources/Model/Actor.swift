/// A person, state, organisation or armed group that takes part in events.
public struct Actor: Hashable, Codable, Sendable {
    public var slug: String
    public var name: String
    /// Every other spelling and title under which the text may name the actor.
    public var aliases: [String]
    public var kind: ActorKind
    public var country: String?
    public var role: String?
    /// The definite article the name takes in the site's language ("la" Russie, "les"
    /// États-Unis, "l'" Union européenne), so that interface words read "selon la Russie".
    public var article: String?
    /// The editors' profile, Markdown.
    public var profile: String
    /// The profile's links to the site's pages, with where they are in the file.
    public var links: [NoteLink] = []
    /// Its fenced `events` blocks, with where they are in the file.
    public var eventsBlocks: [EventsBlock] = []
    /// False for actors discovered in the text and not yet in `Content/actors/`.
    public var reviewed: Bool
    /// The line of each front matter field in the profile's file, for messages.
    public var fieldLines: [String: Int] = [:]

    public init(slug: String, name: String, aliases: [String] = [], kind: ActorKind = .person,
                country: String? = nil, role: String? = nil, article: String? = nil, profile: String = "", reviewed: Bool = true) {
        self.slug = slug
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.country = country
        self.role = role
        self.article = article
        self.profile = profile
        self.reviewed = reviewed
    }
}

public enum ActorKind: String, Hashable, Codable, Sendable, CaseIterable {
    case person
    case state
    case organisation
    case armedGroup = "armed group"
}
