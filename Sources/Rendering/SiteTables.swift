import Assembly
import Model

/// Tables every page looks things up in, built once per site rather than once per page.
struct SiteTables: Sendable {
    let articlesByFile: [String: Article]
    let topicsBySlug: [String: Topic]
    /// Events by the file name of each article that reports them, in the site's order, as
    /// positions in `assembly.events`.
    let eventsByArticle: [String: [Int]]
    /// The background events (`assembly.background`) each article recalls, by its file name.
    let backgroundByArticle: [String: [Event]]
    /// The timeline's pages, over `assembly.events`: every event's full card, once, on its month's page.
    let timeline: Archive
    /// The page holding each event's card, by event id.
    let eventPages: [String: String]
    /// The articles with a publication date, oldest first.
    let datedArticles: [Article]
    /// `datedArticles` by month.
    let articles: Archive
    /// Each topic's events (its briefing's) by month, a line each, by topic slug.
    let topicArchives: [String: Archive]
    /// Each actor's events (its history's) by month, by actor slug.
    let actorArchives: [String: Archive]
    /// Each place's events by month, by place slug.
    let placeArchives: [String: Archive]
    /// The gazetteer, to find an event's place by the name it was given.
    let gazetteer: Gazetteer
    /// The slugs of the places with a page: the gazetteer's places with events.
    let placePages: Set<String>
    /// The events and articles editors' notes link to (`[[event:…]]`, `[[article:…]]`), by the
    /// name the link uses: what their links show.
    let linkedEvents: [String: Event]
    let linkedArticles: [String: Article]
    /// Announced events dated on or after the newest article: what is still to come.
    let upcoming: [Event]

    /// Something of each event (its position, itself) filed under every article that reports it.
    static func byArticle<Value>(_ events: [Event], _ value: (Int, Event) -> Value) -> [String: [Value]] {
        var out: [String: [Value]] = [:]
        for (position, event) in events.enumerated() {
            for article in Set(event.sources.map(\.article)) { out[article, default: []].append(value(position, event)) }
        }
        return out
    }

    /// How many full event cards a timeline page holds.
    static let cardsPerPage = 100
    /// How many one-line entries an archive page holds.
    static let linesPerPage = 400

    init(content: Content, assembly: Chronicle) {
        articlesByFile = Dictionary(content.articles.map { ($0.fileName, $0) }, uniquingKeysWith: { a, _ in a })
        let links = content.editorsLinks().flatMap(\.links)
        let eventIDs = Set(links.filter { $0.kind == .event }.map(\.target))
        linkedEvents = Dictionary(assembly.events.filter { eventIDs.contains($0.id) }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newest = content.articles.compactMap(\.published).max()
        upcoming = newest.map { day in assembly.scheduled.filter { $0.date >= day } } ?? []
        let articleNames = Set(links.filter { $0.kind == .article }.map(\.target))
        linkedArticles = Dictionary(content.articles.flatMap { a in [a.slug, a.fileName].filter(articleNames.contains).map { ($0, a) } },
                                    uniquingKeysWith: { a, _ in a })
        topicsBySlug = Dictionary(content.topics.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        eventsByArticle = Self.byArticle(assembly.events) { position, _ in position }
        backgroundByArticle = Self.byArticle(assembly.background) { _, event in event }
        timeline = Archive(base: "timeline", days: assembly.events.map(\.date), perPage: Self.cardsPerPage)
        var pages: [String: String] = [:]
        pages.reserveCapacity(assembly.events.count)
        for page in timeline.pages {
            for event in assembly.events[page.range] { pages[event.id] = page.path }
        }
        eventPages = pages
        datedArticles = content.articles.filter { $0.published != nil }
            .sorted { ($0.published!, $0.slug) < ($1.published!, $1.slug) }
        articles = Archive(base: "articles", days: datedArticles.map { $0.published! }, perPage: Self.linesPerPage)
        topicArchives = Dictionary(assembly.briefings.map { briefing in
            (briefing.topic.slug, Archive(base: "topics/\(briefing.topic.slug)", days: briefing.events.map(\.date), perPage: Self.linesPerPage))
        }, uniquingKeysWith: { a, _ in a })
        actorArchives = Dictionary(assembly.histories.map { history in
            (history.actor.slug, Archive(base: "actors/\(history.actor.slug)", days: history.events.map(\.date), perPage: Self.linesPerPage))
        }, uniquingKeysWith: { a, _ in a })
        placeArchives = Dictionary(assembly.places.map { history in
            (history.place.slug, Archive(base: "places/\(history.place.slug)", days: history.events.map(\.date), perPage: Self.linesPerPage))
        }, uniquingKeysWith: { a, _ in a })
        gazetteer = Gazetteer(content.places)
        placePages = Set(assembly.places.map(\.place.slug))
    }

    /// The gazetteer's place an event happened at, when it has a page.
    func place(of event: Event) -> Place? {
        gazetteer.place(named: event.location).flatMap { placePages.contains($0.slug) ? $0 : nil }
    }
}
