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
        files.append(SiteFile(path: "data/events.json", text: EventsJSON.encode(assembly.events)))
        for (path, text) in theme.files where path.hasPrefix("static/") || path == "style.css" {
            files.append(SiteFile(path: path.hasPrefix("static/") ? String(path.dropFirst(7)) : path, text: text))
        }
        return files.sorted { $0.path < $1.path }
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
