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
    /// The type of the page's values: the names its template may use.
    let view: any TemplateValue.Type
    let content: @Sendable (Values) -> (view: any TemplateValue, trail: [Breadcrumb]?)

    init<View: TemplateValue>(_ path: String, _ template: String, title: String?, depth: Int, summary: String? = nil,
                              published: Day? = nil, content: @escaping @Sendable (Values) -> PageContent<View>) {
        self.path = path
        self.template = template
        self.title = title
        self.depth = depth
        self.summary = summary
        self.published = published
        self.view = View.self
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
