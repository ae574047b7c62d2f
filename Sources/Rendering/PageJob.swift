import Model

/// One page to render: where it goes, with which template, and how to build its values.
struct PageJob: Sendable {
    let path: String
    let template: String
    /// The page's own title; nil for the home page (the site's title alone).
    let title: String?
    /// Folders between the page and the site's root, for relative links.
    let depth: Int
    /// One or two sentences for link previews.
    let summary: String?
    /// For articles and notes.
    let published: Day?
    let content: @Sendable (PageParts) -> (view: any TemplateValue, trail: [Breadcrumb]?)

    init<View>(_ path: String, _ template: PageTemplate<View>, title: String?, depth: Int, summary: String? = nil,
               published: Day? = nil, content: @escaping @Sendable (PageParts) -> PageContent<View>) {
        self.path = path
        self.template = template.name
        self.title = title
        self.depth = depth
        self.summary = summary
        self.published = published
        self.content = { values in
            let page = content(values)
            return (page.view, page.trail)
        }
    }
}

/// A page's values and where it sits: the breadcrumb trail down to it from the home page.
struct PageContent<View: TemplateValue> {
    let view: View
    /// The steps after the home page, the last being this page; nil on the home page, which has none.
    let trail: [Breadcrumb]?

    init(_ view: View, trail: [Breadcrumb]?) {
        self.view = view
        self.trail = trail
    }
}

/// A step of a breadcrumb trail: its label, and its page unless it is the current one.
typealias Breadcrumb = (label: String, url: String?)

/// A page template (`topic.md`) and the type of the values its pages have (`TopicPage`).
struct PageTemplate<View: TemplateValue>: Sendable {
    /// The file's name without `.md`.
    let name: String
}

/// Every page template the site's pages use, with the type of their values.
enum PageTemplates {
    static let home = PageTemplate<HomePage>(name: "index")
    static let timeline = PageTemplate<TimelinePage>(name: "timeline")
    static let timelineMonth = PageTemplate<TimelineMonthPage>(name: "timeline-month")
    static let topics = PageTemplate<TopicIndexPage>(name: "topics")
    static let topic = PageTemplate<TopicPage>(name: "topic")
    static let actors = PageTemplate<ActorIndexPage>(name: "actors")
    static let actor = PageTemplate<ActorPage>(name: "actor")
    static let archive = PageTemplate<ArchivePage>(name: "archive")
    static let articles = PageTemplate<ArticleIndexPage>(name: "articles")
    static let articlesMonth = PageTemplate<ArticleMonthPage>(name: "articles-month")
    static let article = PageTemplate<ArticlePage>(name: "article")
    static let notes = PageTemplate<NoteIndexPage>(name: "notes")
    static let note = PageTemplate<NotePage>(name: "note")
    static let search = PageTemplate<SearchPage>(name: "search")
    static let notFound = PageTemplate<NotFoundPage>(name: "404")
    static let places = PageTemplate<PlaceIndexPage>(name: "places")
    static let place = PageTemplate<PlacePage>(name: "place")
    static let map = PageTemplate<MapPage>(name: "map")

    /// Each template's name with the type of its values.
    static let all: [String: any TemplateValue.Type] = Dictionary(uniqueKeysWithValues: [
        entry(home), entry(timeline), entry(timelineMonth), entry(topics), entry(topic), entry(actors), entry(actor),
        entry(archive), entry(articles), entry(articlesMonth), entry(article), entry(notes), entry(note), entry(search),
        entry(notFound), entry(places), entry(place), entry(map),
    ])

    private static func entry<View>(_ template: PageTemplate<View>) -> (String, any TemplateValue.Type) {
        (template.name, View.self)
    }
}
