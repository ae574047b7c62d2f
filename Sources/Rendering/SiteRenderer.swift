import Assembly
import Model

/// Stage 4: every file of the site, in memory. Pure: the same inputs give the same bytes.
public struct SiteRenderer: Sendable {
    let content: Content
    let assembly: Assembly
    let theme: Theme
    let strings: Strings
    let renderer: PageRenderer

    public init(content: Content, assembly: Assembly, theme: Theme) throws {
        self.content = content
        self.assembly = assembly
        self.theme = theme
        self.strings = try Strings(theme: theme, language: content.site.language)
        self.renderer = try PageRenderer(theme: theme)
    }

    /// All pages, data files and static files, sorted by path.
    public func render() throws -> [SiteFile] {
        var files: [SiteFile] = []
        files.append(try page("index.html", template: "index", title: nil, depth: 0, values: home))
        files.append(try page("timeline/index.html", template: "timeline", title: strings["timeline"], depth: 1, values: timeline))
        files.append(try page("topics/index.html", template: "topics", title: strings["topics"], depth: 1, values: topicIndex))
        files.append(try page("actors/index.html", template: "actors", title: strings["actors"], depth: 1, values: actorIndex))
        files.append(try page("articles/index.html", template: "articles", title: strings["articles"], depth: 1, values: articleIndex))
        files.append(try page("notes/index.html", template: "notes", title: strings["notes"], depth: 1, values: noteIndex))
        files.append(try page("search/index.html", template: "search", title: strings["search"], depth: 1, values: searchPage))
        files.append(SiteFile(path: "search/search-index.js", text: searchIndexScript()))
        for briefing in assembly.briefings {
            files.append(try page("topics/\(briefing.topic.slug)/index.html", template: "topic",
                                  title: briefing.topic.title, depth: 2) { topicPage(briefing, $0) })
        }
        for history in assembly.histories {
            files.append(try page("actors/\(history.actor.slug)/index.html", template: "actor",
                                  title: history.actor.name, depth: 2) { actorPage(history, $0) })
        }
        for article in content.articles {
            files.append(try page("articles/\(article.slug)/index.html", template: "article",
                                  title: article.title, depth: 2) { articlePage(article, $0) })
        }
        for note in content.notes {
            files.append(try page("notes/\(note.slug)/index.html", template: "note",
                                  title: note.title, depth: 2) { notePage(note, $0) })
        }
        files.append(try page("404.html", template: "404", title: strings["not_found"], depth: 0) { _ in [:] })
        files += exports(pages: files.map(\.path).filter { $0.hasSuffix("index.html") })
        for (path, text) in theme.files where path.hasPrefix("static/") || path == "style.css" {
            files.append(SiteFile(path: path.hasPrefix("static/") ? String(path.dropFirst(7)) : path, text: text))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Feeds, sitemap and data files for other tools.
    private func exports(pages: [String]) -> [SiteFile] {
        let address = SiteAddress(site: content.site)
        let gazetteer = Gazetteer(content.places)
        let titles = Dictionary(content.articles.map { ($0.fileName, $0.title) }, uniquingKeysWith: { a, _ in a })
        let outlets = Dictionary(content.articles.compactMap { a in a.source.map { (a.fileName, $0) } }, uniquingKeysWith: { a, _ in a })
        var files = [
            SiteFile(path: "data/events.json", text: EventsJSON.encode(assembly.events)),
            SiteFile(path: "data/events-all.csv", text: EventsCSV.encode(assembly.events)),
            SiteFile(path: "data/events.csv", text: ACLEDExport.encode(assembly.events, actors: assembly.actors, gazetteer: gazetteer, outlets: outlets)),
            SiteFile(path: "data/timeline.json", text: TimelineJS.encode(assembly.events, site: content.site,
                                                                        topicTitles: Dictionary(content.topics.map { ($0.slug, $0.title) }, uniquingKeysWith: { a, _ in a }),
                                                                        strings: strings)),
            SiteFile(path: "data/actors.json", text: ActorsJSON.encode(assembly.histories)),
            SiteFile(path: "data/events.geojson", text: GeoJSON.encode(assembly.events, gazetteer: gazetteer)),
            SiteFile(path: "sitemap.xml", text: Sitemap.xml(pages: pages, address: address)),
            SiteFile(path: "robots.txt", text: Sitemap.robots(address: address)),
            SiteFile(path: "feed.xml", text: AtomFeed(title: content.site.title, path: "feed.xml", page: "timeline/index.html",
                                                      events: assembly.events, address: address, articleTitles: titles, strings: strings).render()),
        ]
        for briefing in assembly.briefings {
            let slug = briefing.topic.slug
            files.append(SiteFile(path: "topics/\(slug)/feed.xml", text: AtomFeed(
                title: "\(briefing.topic.title) — \(content.site.title)", path: "topics/\(slug)/feed.xml",
                page: "topics/\(slug)/index.html", events: briefing.events, address: address,
                articleTitles: titles, strings: strings).render()))
        }
        return files
    }

    private func page(_ path: String, template: String, title: String?, depth: Int,
                      values build: (Values) -> [String: Any]) throws -> SiteFile {
        let values = Values(content: content, assembly: assembly, strings: strings, depth: depth)
        var pageValues = build(values)
        pageValues["t"] = strings.labels
        pageValues["root"] = values.links.root
        let layout: [String: Any] = [
            "title": title.map { "\($0) — \(content.site.title)" } ?? content.site.title,
            "siteTitle": content.site.title,
            "description": content.site.description,
            "language": content.site.language,
            "root": values.links.root,
            "t": strings.labels,
            "section": path.split(separator: "/").first.map(String.init) ?? "",
        ]
        return SiteFile(path: path, text: try renderer.page(template, pageValues, layout: layout))
    }
}
