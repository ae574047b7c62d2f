import Assembly
import Model

/// Tables every page looks things up in, built once per site rather than once per page.
struct Lookup: Sendable {
    let articlesByFile: [String: Article]
    let topicsBySlug: [String: Topic]
    /// Events by the file name of each article that reports them, in the site's order.
    let eventsByArticle: [String: [Event]]

    init(content: Content, assembly: Assembly) {
        articlesByFile = Dictionary(content.articles.map { ($0.fileName, $0) }, uniquingKeysWith: { a, _ in a })
        topicsBySlug = Dictionary(content.topics.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var byArticle: [String: [Event]] = [:]
        for event in assembly.events {
            for article in Set(event.sources.map(\.article)) { byArticle[article, default: []].append(event) }
        }
        eventsByArticle = byArticle
    }
}
