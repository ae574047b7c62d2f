import Assembly
import Model

/// Tables every page looks things up in, built once per site rather than once per page.
struct Lookup: Sendable {
    let articlesByFile: [String: Article]
    let topicsBySlug: [String: Topic]
    /// Events by the file name of each article that reports them, in the site's order.
    let eventsByArticle: [String: [Event]]
    /// The timeline's pages: every event's full card, once, on its month's page.
    let timeline: Archive<Event>
    /// The page holding each event's card, by event id.
    let eventPages: [String: String]
    /// The articles with a publication date, oldest first, by month.
    let articles: Archive<Article>
    /// Each topic's events by month, a line each, by topic slug.
    let topicArchives: [String: Archive<Event>]
    /// Each actor's events by month, by actor slug.
    let actorArchives: [String: Archive<Event>]

    /// How many full event cards a timeline page holds.
    static let cardsPerPage = 100
    /// How many one-line entries an archive page holds.
    static let linesPerPage = 400

    init(content: Content, assembly: Assembly) {
        articlesByFile = Dictionary(content.articles.map { ($0.fileName, $0) }, uniquingKeysWith: { a, _ in a })
        topicsBySlug = Dictionary(content.topics.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var byArticle: [String: [Event]] = [:]
        for event in assembly.events {
            for article in Set(event.sources.map(\.article)) { byArticle[article, default: []].append(event) }
        }
        eventsByArticle = byArticle
        timeline = Archive(base: "timeline", items: assembly.events, day: \.date, perPage: Self.cardsPerPage)
        var pages: [String: String] = [:]
        pages.reserveCapacity(assembly.events.count)
        for page in timeline.pages {
            for event in page.items { pages[event.id] = page.path }
        }
        eventPages = pages
        let dated = content.articles.filter { $0.published != nil }
            .sorted { ($0.published!, $0.slug) < ($1.published!, $1.slug) }
        articles = Archive(base: "articles", items: dated, day: { $0.published! }, perPage: Self.linesPerPage)
        topicArchives = Dictionary(assembly.briefings.map { briefing in
            (briefing.topic.slug, Archive(base: "topics/\(briefing.topic.slug)", items: briefing.events, day: \.date, perPage: Self.linesPerPage))
        }, uniquingKeysWith: { a, _ in a })
        actorArchives = Dictionary(assembly.histories.map { history in
            (history.actor.slug, Archive(base: "actors/\(history.actor.slug)", items: history.events, day: \.date, perPage: Self.linesPerPage))
        }, uniquingKeysWith: { a, _ in a })
    }
}
