/// The values of each kind of page, one type per page template (`index.md` → `HomePage`).

/// A topic on the home page, with its latest events.
struct HomeTopic: TemplateValue {
    var topic: TopicRef
    var latest: [EventLine]
    var hasLatest: Bool
    var eventCount: String
    /// The topic's colour in charts: "series-2".
    var colour: String

    static let fields = TemplateFields<Self>([
        .list("latest", \.latest), .flag("hasLatest", \.hasLatest), .text("eventCount", \.eventCount),
        .markup("colour", \.colour),
    ], including: [.include(\.topic)])
}

/// `index.md`.
struct HomePage: TemplateValue {
    var siteTitle: String
    var description: String
    var topics: [HomeTopic]
    var eventCount: String
    var articleCount: String
    var actorCount: String
    var notes: [NoteRef]
    var hasNotes: Bool
    var chartHTML: String
    var hasChart: Bool
    var sections: SectionLinks

    static let fields = TemplateFields<Self>([
        .text("siteTitle", \.siteTitle), .text("description", \.description), .list("topics", \.topics),
        .text("eventCount", \.eventCount), .text("articleCount", \.articleCount), .text("actorCount", \.actorCount),
        .list("notes", \.notes), .flag("hasNotes", \.hasNotes), .markup("chartHTML", \.chartHTML),
        .flag("hasChart", \.hasChart),
    ], including: [.include(\.sections)])
}

/// Links to the site's sections and its data, for the home and search pages.
struct SectionLinks: TemplateValue {
    var timelineURL: String
    var topicsURL: String
    var actorsURL: String
    var articlesURL: String
    var notesURL: String
    var eventsJSON: String

    static let fields = TemplateFields<Self>([
        .address("timelineURL", \.timelineURL), .address("topicsURL", \.topicsURL), .address("actorsURL", \.actorsURL),
        .address("articlesURL", \.articlesURL), .address("notesURL", \.notesURL), .address("eventsJSON", \.eventsJSON),
    ])
}

/// A topic in the topics' index, with its figures.
struct TopicSummary: TemplateValue {
    var topic: TopicRef
    var eventCount: String
    var fatalities: String
    var actorCount: String
    var colour: String
    /// "du 3 au 28 février 2020"; nil for a topic without events.
    var period: String?

    static let fields = TemplateFields<Self>([
        .text("eventCount", \.eventCount), .text("fatalities", \.fatalities), .text("actorCount", \.actorCount),
        .markup("colour", \.colour), .text("period", \.period),
    ], including: [.include(\.topic)])
}

/// `topics.md`.
struct TopicIndexPage: TemplateValue {
    var topics: [TopicSummary]

    static let fields = TemplateFields<Self>([.list("topics", \.topics)])
}

/// `actors.md`: reviewed actors by kind, then the ones found in the text.
struct ActorIndexPage: TemplateValue {
    var groups: [ActorGroup]
    var actors: [ActorRow]
    var discovered: [ActorRow]
    var hasDiscovered: Bool

    static let fields = TemplateFields<Self>([
        .list("groups", \.groups), .list("actors", \.actors), .list("discovered", \.discovered),
        .flag("hasDiscovered", \.hasDiscovered),
    ])
}

/// `notes.md`.
struct NoteIndexPage: TemplateValue {
    var notes: [NoteRef]

    static let fields = TemplateFields<Self>([.list("notes", \.notes)])
}

/// `search.md`.
struct SearchPage: TemplateValue {
    var sections: SectionLinks
    /// The way to the root, escaped for an attribute: where the script finds the index.
    var rootAttr: String

    static let fields = TemplateFields<Self>([.markup("rootAttr", \.rootAttr)], including: [.include(\.sections)])
}

/// `404.md`: the interface words and the root alone.
struct NotFoundPage: TemplateValue {
    static let fields = TemplateFields<Self>([])
}

/// `topic.md`.
struct TopicPage: TemplateValue {
    var topic: TopicRef
    var listing: Listing
    var upcoming: Upcoming
    var notesHTML: String
    var hasNotes: Bool
    var fatalities: String
    var actorCount: String
    var actors: [RankedActor]
    var hasActors: Bool
    var chartHTML: String
    var fatalitiesChartHTML: String
    var hasCharts: Bool
    var mapHTML: String

    static let fields = TemplateFields<Self>([
        .markup("mapHTML", \.mapHTML), .markup("notesHTML", \.notesHTML), .flag("hasNotes", \.hasNotes), .text("fatalities", \.fatalities),
        .text("actorCount", \.actorCount), .list("actors", \.actors), .flag("hasActors", \.hasActors),
        .markup("chartHTML", \.chartHTML), .markup("fatalitiesChartHTML", \.fatalitiesChartHTML),
        .flag("hasCharts", \.hasCharts),
    ], including: [.include(\.topic), .include(\.listing), .include(\.upcoming)])
}

/// `actor.md`.
struct ActorPage: TemplateValue {
    var actor: ActorRef
    var listing: Listing
    var profileHTML: String
    var hasProfile: Bool
    var aliases: String
    var hasAliases: Bool
    var country: String
    var hasCountry: Bool
    var companions: [RankedActor]
    var hasCompanions: Bool
    var companionsChartHTML: String
    var mapHTML: String

    static let fields = TemplateFields<Self>([
        .markup("mapHTML", \.mapHTML), .markup("profileHTML", \.profileHTML), .flag("hasProfile", \.hasProfile), .text("aliases", \.aliases),
        .flag("hasAliases", \.hasAliases), .text("country", \.country), .flag("hasCountry", \.hasCountry),
        .list("companions", \.companions), .flag("hasCompanions", \.hasCompanions),
        .markup("companionsChartHTML", \.companionsChartHTML),
    ], including: [.include(\.actor), .include(\.listing)])
}

/// `article.md`: the text with its marked sentences, and the events read from it.
struct ArticlePage: TemplateValue {
    var article: ArticleRef
    var paragraphs: [ParagraphView]
    /// ` lang="en"` when the text's language is not the site's; else empty.
    var langAttr: String
    var events: [EventLine]
    var hasEvents: Bool
    /// What the article recalls of the past: shown, on no timeline.
    var background: [EventLine]
    var hasBackground: Bool
    var topics: [TopicRef]

    static let fields = TemplateFields<Self>([
        .list("paragraphs", \.paragraphs), .markup("langAttr", \.langAttr), .list("events", \.events),
        .flag("hasEvents", \.hasEvents), .list("background", \.background), .flag("hasBackground", \.hasBackground),
        .list("topics", \.topics),
    ], including: [.include(\.article)])
}

/// `note.md`.
struct NotePage: TemplateValue {
    var note: NoteRef
    var bodyHTML: String
    var topics: [TopicRef]
    var actors: [ActorRef]
    var hasActors: Bool

    static let fields = TemplateFields<Self>([
        .markup("bodyHTML", \.bodyHTML), .list("topics", \.topics), .list("actors", \.actors),
        .flag("hasActors", \.hasActors),
    ], including: [.include(\.note)])
}

/// `timeline.md`: the months, what is coming, the latest events.
struct TimelinePage: TemplateValue {
    var listing: Listing
    var upcoming: Upcoming
    var eventsJSON: String

    static let fields = TemplateFields<Self>([.address("eventsJSON", \.eventsJSON)],
                                             including: [.include(\.listing), .include(\.upcoming)])
}

/// `timeline-month.md`: a month's events, a full card each, and the filters.
struct TimelineMonthPage: TemplateValue {
    var label: String
    var days: [CardDay]
    var eventCount: String
    var eventsJSON: String
    var pager: Pager
    var topicOptions: [FilterOption]
    var actorOptions: [FilterOption]
    var typeOptions: [FilterOption]
    var mapHTML: String

    static let fields = TemplateFields<Self>([
        .markup("mapHTML", \.mapHTML), .text("label", \.label), .list("days", \.days), .text("eventCount", \.eventCount),
        .address("eventsJSON", \.eventsJSON), .list("topicOptions", \.topicOptions),
        .list("actorOptions", \.actorOptions), .list("typeOptions", \.typeOptions),
    ], including: [.include(\.pager)])
}

/// `archive.md`: a month of a topic's or an actor's events, a line each.
struct ArchivePage: TemplateValue {
    var title: String
    var ownerURL: String
    var ownerLabel: String
    var lineDays: [LineDay]
    var eventCount: String
    var pager: Pager

    static let fields = TemplateFields<Self>([
        .text("title", \.title), .address("ownerURL", \.ownerURL), .text("ownerLabel", \.ownerLabel),
        .list("lineDays", \.lineDays), .text("eventCount", \.eventCount),
    ], including: [.include(\.pager)])
}

/// `articles.md`: the newest articles, then every month.
struct ArticleIndexPage: TemplateValue {
    var listing: Listing

    static let fields = TemplateFields<Self>([], including: [.include(\.listing)])
}

/// `articles-month.md`.
struct ArticleMonthPage: TemplateValue {
    var label: String
    var articles: [ArticleRef]
    var pager: Pager

    static let fields = TemplateFields<Self>([.text("label", \.label), .list("articles", \.articles)],
                                             including: [.include(\.pager)])
}

/// `place.md`: what happened at one place of the gazetteer.
struct PlacePage: TemplateValue {
    var place: PlaceRef
    var listing: Listing
    /// "35.862° N, 36.801° E".
    var coordinates: String
    var fatalities: String
    var actorCount: String
    var actors: [RankedActor]
    var hasActors: Bool
    var topics: [CountedTopic]
    var hasTopics: Bool
    var mapHTML: String
    var chartHTML: String
    var fatalitiesChartHTML: String
    var hasCharts: Bool

    static let fields = TemplateFields<Self>([
        .text("coordinates", \.coordinates), .text("fatalities", \.fatalities), .text("actorCount", \.actorCount),
        .list("actors", \.actors), .flag("hasActors", \.hasActors), .list("topics", \.topics), .flag("hasTopics", \.hasTopics),
        .markup("mapHTML", \.mapHTML), .markup("chartHTML", \.chartHTML), .markup("fatalitiesChartHTML", \.fatalitiesChartHTML),
        .flag("hasCharts", \.hasCharts),
    ], including: [.include(\.place), .include(\.listing)])
}

/// `places.md`: the places with events, by country.
struct PlaceIndexPage: TemplateValue {
    var groups: [PlaceGroup]
    var mapURL: String

    static let fields = TemplateFields<Self>([.list("groups", \.groups), .address("mapURL", \.mapURL)])
}

/// `map.md`: every event of the site on one map.
struct MapPage: TemplateValue {
    var mapHTML: String
    var eventCount: String
    var placedCount: String
    var placesURL: String
    var geoJSON: String

    static let fields = TemplateFields<Self>([
        .markup("mapHTML", \.mapHTML), .text("eventCount", \.eventCount), .text("placedCount", \.placedCount),
        .address("placesURL", \.placesURL), .address("geoJSON", \.geoJSON),
    ])
}
