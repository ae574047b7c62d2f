import Assembly
import Model

/// Gathers the documents of the search index from the site's content and events.
extension SearchIndex {
    /// Markdown's punctuation, kept out of the words and snippets of editors' texts.
    static func plain(_ markdown: String) -> String {
        String(markdown.map { "*_#>`[]()|".contains($0) ? " " : $0 })
    }

    /// - Parameter memo: the words of the last build's documents, when it is kept.
    init(content: Content, assembly: Chronicle, strings: Strings, eventPages: [String: String], memo: SearchWordMemo? = nil) {
        let words: @Sendable ([String]) -> String = { texts in memo?.words(texts) ?? Self.words(texts) }
        var documents: [Document] = []
        let links = Links(depth: 0, eventPages: eventPages)
        for topic in content.topics.sorted(by: { $0.slug < $1.slug }) {
            documents.append(Document(
                kind: "topic", title: topic.title, url: links.topic(topic.slug), meta: "",
                snippet: Self.snippet(topic.summary),
                words: words([topic.title, topic.summary] + topic.keywords + [Self.plain(topic.notes)])))
        }
        for actor in assembly.actors.values.sorted(by: { $0.slug < $1.slug }) {
            let meta = [strings["kind." + actor.kind.rawValue], actor.role ?? "", actor.country ?? ""]
                .filter { !$0.isEmpty }.joined(separator: " · ")
            documents.append(Document(
                kind: "actor", title: actor.name, url: links.actor(actor.slug), meta: meta,
                snippet: Self.snippet(Self.plain(actor.profile)),
                words: words([actor.name] + actor.aliases + [actor.role ?? "", actor.country ?? "", Self.plain(actor.profile)])))
        }
        for history in assembly.places {
            let place = history.place
            documents.append(Document(
                kind: "place", title: place.name, url: links.place(place.slug),
                meta: [place.admin1 ?? "", place.country ?? ""].filter { !$0.isEmpty }.joined(separator: ", "),
                snippet: "\(strings.number(history.events.count)) \(strings["events"])",
                words: words([place.name] + place.aliases + [place.admin1 ?? "", place.country ?? ""])))
        }
        for note in content.notes.sorted(by: SiteRenderer.newestFirst) {
            documents.append(Document(
                kind: "note", title: note.title, url: links.note(note.slug), meta: note.date.map(strings.date) ?? "",
                snippet: Self.snippet(Self.plain(note.body)),
                words: words([note.title, Self.plain(note.body)])))
        }
        let topicTitles = Dictionary(content.topics.map { ($0.slug, $0.title) }, uniquingKeysWith: { a, _ in a })
        // Events and articles are most of the index: their documents are made on every core.
        documents += assembly.events.parallelMap { event in
            let names = event.actors.flatMap { [assembly.actors[$0.id]?.name ?? $0.name, $0.mention] }
            return Document(
                kind: "event", title: event.summary, url: links.event(event.id),
                meta: strings.date(event.date) + " · " + strings.eventType(event.type),
                snippet: [event.location ?? "", event.topics.compactMap { topicTitles[$0] }.joined(separator: ", ")]
                    .filter { !$0.isEmpty }.joined(separator: " · "),
                words: words([event.summary, strings.eventType(event.type), event.location ?? ""] + names
                    + event.topics.compactMap { topicTitles[$0] } + event.quotes.map(\.text) + event.sources.map(\.sentence)))
        }
        let articles = content.articles.sorted { ($0.published ?? Day(dayNumber: 0), $0.slug) > ($1.published ?? Day(dayNumber: 0), $1.slug) }
        documents += articles.parallelMap { article in
            Document(
                kind: "article", title: article.title, url: links.article(article.slug),
                meta: [article.source ?? "", article.published.map(strings.date) ?? ""].filter { !$0.isEmpty }.joined(separator: " · "),
                snippet: Self.snippet(article.paragraphs.first ?? ""),
                words: words([article.title, article.source ?? ""] + article.paragraphs))
        }
        self.documents = documents
    }
}
