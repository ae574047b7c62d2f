/// What a page that follows something over time lists — a topic, an actor, the articles: its
/// latest events a line each, its months, the latest quotes, articles and editors' notes.
/// One type for every such page, so that a new kind of listing (a place) is a new page
/// around it rather than a new page builder.
struct Listing: TemplateValue {
    /// The latest events, newest day first.
    var lineDays: [LineDay] = []
    var hasEvents = false
    var eventCount = ""
    /// Every month of the archive, newest first.
    var months: [MonthLink] = []
    var hasMonths = false
    var quotes: [SourcedQuoteView] = []
    var hasQuotes = false
    /// The newest articles.
    var articles: [ArticleRef] = []
    var hasArticles = false
    var articleCount = ""
    var editorNotes: [NoteRef] = []
    var hasEditorNotes = false

    static let fields = TemplateFields<Self>([
        .list("lineDays", \.lineDays), .flag("hasEvents", \.hasEvents), .text("eventCount", \.eventCount),
        .list("months", \.months), .flag("hasMonths", \.hasMonths), .list("quotes", \.quotes),
        .flag("hasQuotes", \.hasQuotes), .list("articles", \.articles), .flag("hasArticles", \.hasArticles),
        .text("articleCount", \.articleCount), .list("editorNotes", \.editorNotes),
        .flag("hasEditorNotes", \.hasEditorNotes),
    ])
}

/// "Coming up": announced events, a line each linking to the article that announces them.
struct Upcoming: TemplateValue {
    var upcoming: [EventLine]
    var hasUpcoming: Bool

    static let fields = TemplateFields<Self>([.list("upcoming", \.upcoming), .flag("hasUpcoming", \.hasUpcoming)])
}
