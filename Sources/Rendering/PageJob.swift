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
    let values: @Sendable (Values) -> [String: Any]

    init(_ path: String, _ template: String, title: String?, depth: Int, summary: String? = nil, published: Day? = nil,
         values: @escaping @Sendable (Values) -> [String: Any]) {
        self.path = path
        self.template = template
        self.title = title
        self.depth = depth
        self.summary = summary
        self.published = published
        self.values = values
    }
}
