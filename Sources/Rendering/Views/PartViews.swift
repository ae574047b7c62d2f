/// The small values pages are made of: links to actors, topics, articles and notes, quotes,
/// sources, months, pagers.

/// An actor, linked.
struct ActorRef: TemplateValue {
    var name: String
    var url: String
    var slug: String
    /// "la Turquie", "Erdoğan": the name with its article, where it takes one.
    var nameWithArticle: String
    var reviewed: Bool
    var role: String
    var hasRole: Bool
    var kind: String
    var hasKind: Bool

    static let fields = TemplateFields<Self>([
        .text("name", \.name), .address("url", \.url), .text("slug", \.slug), .text("nameWithArticle", \.nameWithArticle),
        .flag("reviewed", \.reviewed), .text("role", \.role), .flag("hasRole", \.hasRole), .text("kind", \.kind),
        .flag("hasKind", \.hasKind),
    ])
}

/// An actor with a count: how often it appears beside another, or in a topic.
struct RankedActor: TemplateValue {
    var actor: ActorRef
    var count: String

    static let fields = TemplateFields<Self>([.text("count", \.count)], including: [.include(\.actor)])
}

/// An actor in the actors' index, with its number of events.
struct ActorRow: TemplateValue {
    var actor: ActorRef
    var eventCount: String

    static let fields = TemplateFields<Self>([.text("eventCount", \.eventCount)], including: [.include(\.actor)])
}

/// A kind of actor in the index, with its actors.
struct ActorGroup: TemplateValue {
    var heading: String
    var actors: [ActorRow]

    static let fields = TemplateFields<Self>([.text("heading", \.heading), .list("actors", \.actors)])
}

/// A place of the gazetteer, linked to its page.
struct PlaceRef: TemplateValue {
    var name: String
    var url: String
    var slug: String
    var country: String
    var hasCountry: Bool
    var admin1: String
    var hasAdmin1: Bool

    static let fields = TemplateFields<Self>([
        .text("name", \.name), .address("url", \.url), .text("slug", \.slug), .text("country", \.country),
        .flag("hasCountry", \.hasCountry), .text("admin1", \.admin1), .flag("hasAdmin1", \.hasAdmin1),
    ])
}

/// A place in the places' index, with its number of events.
struct PlaceRow: TemplateValue {
    var place: PlaceRef
    var eventCount: String

    static let fields = TemplateFields<Self>([.text("eventCount", \.eventCount)], including: [.include(\.place)])
}

/// A country in the places' index, with its places.
struct PlaceGroup: TemplateValue {
    var heading: String
    var eventCount: String
    var places: [PlaceRow]

    static let fields = TemplateFields<Self>([.text("heading", \.heading), .text("eventCount", \.eventCount),
                                              .list("places", \.places)])
}

/// A topic with how many of a place's events it holds.
struct CountedTopic: TemplateValue {
    var topic: TopicRef
    var count: String

    static let fields = TemplateFields<Self>([.text("count", \.count)], including: [.include(\.topic)])
}

/// A topic, linked.
struct TopicRef: TemplateValue {
    var title: String
    var url: String
    var slug: String
    var summary: String

    static let fields = TemplateFields<Self>([
        .text("title", \.title), .address("url", \.url), .text("slug", \.slug), .text("summary", \.summary),
    ])
}

/// What someone said, with who said it.
struct QuoteView: TemplateValue {
    var text: String
    var hasSpeaker: Bool
    var speaker: String
    var speakerURL: String

    static let fields = TemplateFields<Self>([
        .text("text", \.text), .flag("hasSpeaker", \.hasSpeaker), .text("speaker", \.speaker),
        .address("speakerURL", \.speakerURL),
    ])
}

/// A quote on a topic's or an actor's page, linked to the event it was said at.
struct SourcedQuoteView: TemplateValue {
    var quote: QuoteView
    var eventURL: String
    var dateLabel: String

    static let fields = TemplateFields<Self>([.address("eventURL", \.eventURL), .text("dateLabel", \.dateLabel)],
                                             including: [.include(\.quote)])
}

/// The sentence of an article an event was read from.
struct SourceView: TemplateValue {
    var title: String
    var url: String
    var outlet: String
    var hasOutlet: Bool
    var sentence: String
    /// The sentence's anchor on the article's page.
    var anchor: String
    var original: String
    var hasOriginal: Bool

    static let fields = TemplateFields<Self>([
        .text("title", \.title), .address("url", \.url), .text("outlet", \.outlet), .flag("hasOutlet", \.hasOutlet),
        .text("sentence", \.sentence), .address("anchor", \.anchor), .address("original", \.original),
        .flag("hasOriginal", \.hasOriginal),
    ])
}

/// An article, linked.
struct ArticleRef: TemplateValue {
    var title: String
    var url: String
    var outlet: String
    var hasOutlet: Bool
    var dateLabel: String
    var date: String
    /// The publisher's own page, when the article gives it.
    var original: String
    var hasOriginal: Bool

    static let fields = TemplateFields<Self>([
        .text("title", \.title), .address("url", \.url), .text("outlet", \.outlet), .flag("hasOutlet", \.hasOutlet),
        .text("dateLabel", \.dateLabel), .text("date", \.date), .address("original", \.original),
        .flag("hasOriginal", \.hasOriginal),
    ])
}

/// An editor's note, linked.
struct NoteRef: TemplateValue {
    var title: String
    var url: String
    var dateLabel: String
    var hasDate: Bool

    static let fields = TemplateFields<Self>([
        .text("title", \.title), .address("url", \.url), .text("dateLabel", \.dateLabel), .flag("hasDate", \.hasDate),
    ])
}

/// A month of an archive, linked, with how many items it holds.
struct MonthLink: TemplateValue {
    var label: String
    var labelHTML: String
    var url: String
    var count: String

    static let fields = TemplateFields<Self>([
        .text("label", \.label), .markup("labelHTML", \.labelHTML), .address("url", \.url), .text("count", \.count),
    ])
}

/// Links to the page before and after, in an archive or between days.
struct Pager: TemplateValue {
    var hasPrev: Bool
    var hasNext: Bool
    var prevURL: String
    var nextURL: String
    /// Escaped for HTML: the theme places them in HTML blocks.
    var prevLabel: String
    var nextLabel: String

    static let fields = TemplateFields<Self>([
        .flag("hasPrev", \.hasPrev), .flag("hasNext", \.hasNext), .address("prevURL", \.prevURL),
        .address("nextURL", \.nextURL), .markup("prevLabel", \.prevLabel), .markup("nextLabel", \.nextLabel),
    ])

    /// Links to the page before and the one after, either of which may be missing.
    init(previous: (url: String, label: String)?, next: (url: String, label: String)?) {
        hasPrev = previous != nil
        hasNext = next != nil
        prevURL = previous?.url ?? ""
        nextURL = next?.url ?? ""
        prevLabel = previous.map { Markup.escapeOnOneLine($0.label) } ?? ""
        nextLabel = next.map { Markup.escapeOnOneLine($0.label) } ?? ""
    }
}

/// One choice of a filter of the timeline, escaped for HTML.
struct FilterOption: TemplateValue {
    var value: String
    var label: String

    static let fields = TemplateFields<Self>([.markup("value", \.value), .markup("label", \.label)])
}

/// A paragraph of an article, with the sentences that yielded events marked. Its Markdown is
/// made when a template asks for it: a page found unchanged by its fingerprint (the text and
/// its marks) is not marked up at all.
struct ParagraphView: TemplateValue {
    /// A sentence that yielded events, and the address of the first one's card.
    struct Mark: Sendable {
        var sentence: String
        var url: String
    }

    var text: String
    var marks: [Mark]
    /// 1 for the first paragraph after the title.
    var index: Int
    var number: String { String(index) }

    static let fields = TemplateFields<Self>([
        .rendered("markdown", hashing: { paragraph, hash in
            hash.update(paragraph.text)
            hash.update(paragraph.index)
            for mark in paragraph.marks {
                hash.update(mark.sentence)
                hash.update(mark.url)
            }
        }) { ArticleMarkup.markdown($0.text, marks: $0.marks, paragraph: $0.index) },
        .text("number", \.number),
    ])
}
