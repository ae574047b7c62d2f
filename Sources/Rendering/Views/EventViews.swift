import Model

/// An event's full card, as the timeline shows it: its line's fields (`EventLine`: date,
/// type, headline, place, toll) and the rest.
struct EventCard: TemplateValue {
    var line: EventLine
    var idAttr: String
    var typeAttr: String
    var topicsAttr: String
    var actorsAttr: String
    var type: String
    var actors: [ActorRef]
    var hasActors: Bool
    var reporters: [ActorRef]
    var hasReporters: Bool
    var targets: [ActorRef]
    var hasTargets: Bool
    var topics: [TopicRef]
    var tollDetail: String
    var hasTollDetail: Bool
    var quotes: [QuoteView]
    var sources: [SourceView]

    static let fields = TemplateFields<Self>([
        .text("id", \.line.id), .markup("idAttr", \.idAttr), .markup("typeAttr", \.typeAttr),
        .markup("topicsAttr", \.topicsAttr), .markup("actorsAttr", \.actorsAttr), .text("type", \.type),
        .list("actors", \.actors), .flag("hasActors", \.hasActors), .list("reporters", \.reporters),
        .flag("hasReporters", \.hasReporters), .list("targets", \.targets), .flag("hasTargets", \.hasTargets),
        .list("topics", \.topics), .text("tollDetail", \.tollDetail), .flag("hasTollDetail", \.hasTollDetail),
        .list("quotes", \.quotes), .list("sources", \.sources),
        .rendered("card") { $0.line.markup.card($0) },
    ], including: [.include(\.line)])
}

/// An event as one line of a list.
struct EventLine: TemplateValue {
    var id: String
    var url: String
    var date: String
    var dateLabel: String
    var typeLabel: String
    var summary: String
    var summaryLang: String?
    var location: String
    var hasLocation: Bool
    /// The page of the event's place, when the gazetteer has it; else empty.
    var locationURL: String
    var hasLocationURL: Bool
    var hasFatalities: Bool
    var fatalities: String
    let markup: EventMarkup

    static let fields = TemplateFields<Self>([
        .address("url", \.url), .text("date", \.date), .text("dateLabel", \.dateLabel), .text("typeLabel", \.typeLabel),
        .text("summary", \.summary), .markup("summaryLang", \.summaryLang), .text("location", \.location),
        .flag("hasLocation", \.hasLocation), .address("locationURL", \.locationURL), .flag("hasLocationURL", \.hasLocationURL),
        .flag("hasFatalities", \.hasFatalities), .text("fatalities", \.fatalities),
        .rendered("line") { $0.markup.line($0) },
    ])
}

/// A day of the timeline: its events' cards, and links to the days before and after.
struct CardDay: TemplateValue {
    var date: String
    var dateLabel: String
    var anchor: String
    var anchorAttr: String
    var month: String
    var events: [EventCard]
    var pager: Pager

    static let fields = TemplateFields<Self>([
        .text("date", \.date), .text("dateLabel", \.dateLabel), .address("anchor", \.anchor),
        .markup("anchorAttr", \.anchorAttr), .text("month", \.month), .list("events", \.events),
    ], including: [.include(\.pager)])
}

/// A day of a list of events, a line each.
struct LineDay: TemplateValue {
    var date: String
    var dateLabel: String
    var events: [EventLine]

    static let fields = TemplateFields<Self>([
        .text("date", \.date), .text("dateLabel", \.dateLabel), .list("events", \.events),
    ])
}

/// Renders events' cards and lines with the theme's partials (`partials/event`,
/// `partials/event-line`), once per build: a line shown on several pages (a topic's, each of
/// its actors', their months') is rendered the first time and reused.
///
/// A line depends on its event and on the page's depth (its links are relative), so it is
/// kept by both. A card is shown once, on its month of the timeline, and is not kept.
final class EventMarkup: Sendable {
    private let renderer: PageRenderer
    private let labels: [String: String]
    private let htmlLabels: [String: String]
    private let root: String
    private let lines = MadeOnce<LineKey, String>()

    private struct LineKey: Hashable {
        var id: String
        var url: String
    }

    init(renderer: PageRenderer, strings: Strings, root: String) {
        self.renderer = renderer
        self.labels = strings.labels
        self.htmlLabels = strings.htmlLabels
        self.root = root
    }

    func card(_ card: EventCard) -> String { render("partials/event", card) }

    func line(_ line: EventLine) -> String {
        lines.value(for: LineKey(id: line.id, url: line.url)) { render("partials/event-line", line) }
    }

    /// The partial's Markdown without its last line break, so that `{{{card}}}` alone on its
    /// line gives what `{{> partial}}` there gave.
    private func render(_ partial: String, _ value: any TemplateValue) -> String {
        let scope = PageScope(page: value, breadcrumbHTML: "", root: root, labels: labels, htmlLabels: htmlLabels)
        guard var text = try? renderer.markdown(partial, scope) else { return "" }
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}

/// One `EventMarkup` for each way to the root a build's pages have ("../", "../../"…).
final class EventMarkupByRoot: Sendable {
    private let renderer: PageRenderer
    private let strings: Strings
    private let byRoot = MadeOnce<String, EventMarkup>()

    init(renderer: PageRenderer, strings: Strings) {
        self.renderer = renderer
        self.strings = strings
    }

    func at(root: String) -> EventMarkup {
        byRoot.value(for: root) { EventMarkup(renderer: renderer, strings: strings, root: root) }
    }
}
