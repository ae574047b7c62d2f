import Assembly
import Markdown
import Foundation
import Model

/// Builds the parts of the values that templates show (`TemplateValue`s), for a page at a
/// given depth.
///
/// Each field says whether it is text for Mustache to escape or markup built here from
/// escaped parts: editors' Markdown rendered by cmark with raw HTML omitted, attributes.
struct PageParts {
    let content: Content
    let assembly: Chronicle
    let strings: Strings
    let links: Links
    let articlesByFile: [String: Article]
    let topicsBySlug: [String: Topic]
    let lookup: SiteTables
    /// Renders this depth's event cards and lines.
    let markup: EventMarkup

    init(content: Content, assembly: Chronicle, strings: Strings, links: Links, lookup: SiteTables, markup: EventMarkup) {
        self.markup = markup
        self.content = content
        self.assembly = assembly
        self.strings = strings
        self.links = links
        self.articlesByFile = lookup.articlesByFile
        self.topicsBySlug = lookup.topicsBySlug
        self.lookup = lookup
    }

    /// Editors' Markdown (a note, a topic's notes, an actor's profile) as HTML, its
    /// `[[kind:target|label]]` links turned into links to the site's pages.
    /// - Parameter blocks: the text's `events` blocks, as the loader read them.
    func editorsHTML(_ markdown: String, blocks: [EventsBlock], headingLevels: Int = 0) -> String {
        PageParts.htmlBlock(NoteLink.replacing(in: withEventsBlocks(markdown, blocks)) { link in
            guard let (label, url) = resolve(link) else { return MarkdownEscaping.escape(link.label ?? link.target) }
            return "[\(MarkdownEscaping.escape(link.label ?? label))](\(url))"
        }, headingLevels: headingLevels, rawHTML: content.site.allowRawHTML ? .allow : .omit)
    }

    /// Each fenced `events` block replaced by the events it lists, a line each: the latest
    /// `limit`, oldest first.
    func withEventsBlocks(_ markdown: String, _ blocks: [EventsBlock]) -> String {
        guard !blocks.isEmpty else { return markdown }
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for block in blocks.reversed() {
            let listed = assembly.events.filter(block.lists).suffix(block.limit)
            let items = listed.map { event in
                "- **\(MarkdownEscaping.escape(strings.date(event.date)))** — [\(MarkdownEscaping.escape(event.summary))](\(links.event(event.id)))"
            }
            lines.replaceSubrange(block.lines, with: items.isEmpty ? [MarkdownEscaping.escape(strings["no_events"])] : [""] + items + [""])
        }
        return lines.joined(separator: "\n")
    }

    /// What a note link names and where its page is; nil for what the site does not have
    /// (the build has already stopped on it).
    private func resolve(_ link: NoteLink) -> (String, String)? {
        switch link.kind {
        case .actor: return assembly.actors[link.target].map { ($0.name, links.actor($0.slug)) }
        case .topic: return topicsBySlug[link.target].map { ($0.title, links.topic($0.slug)) }
        case .event: return lookup.linkedEvents[link.target].map { ($0.summary, links.event($0.id)) }
        case .article: return lookup.linkedArticles[link.target].map { ($0.title, links.article($0.slug)) }
        case nil: return nil
        }
    }

    func actorName(_ slug: String) -> String { assembly.actors[slug]?.name ?? slug }

    func event(_ event: Event) -> EventCard {
        let participants = event.actors.filter { $0.role == .participant }
        let reporters = event.actors.filter { $0.role == .reporter }
        let targets = event.actors.filter { $0.role == .target }
        let e = Markup.escapeOnOneLine
        let tollDetail = tollDetail(event)
        return EventCard(
            line: eventLine(event), idAttr: e(event.id), typeAttr: e(event.type.rawValue),
            topicsAttr: e(event.topics.sorted().joined(separator: " ")),
            actorsAttr: e(Array(Set(event.actors.map(\.id))).sorted().joined(separator: " ")),
            type: event.type.rawValue,
            actors: participants.map { actor($0.id) }, hasActors: !participants.isEmpty,
            reporters: reporters.map { actor($0.id) }, hasReporters: !reporters.isEmpty,
            targets: targets.map { actor($0.id) }, hasTargets: !targets.isEmpty,
            topics: event.topics.compactMap { topicsBySlug[$0] }.map(topic),
            tollDetail: tollDetail, hasTollDetail: !tollDetail.isEmpty,
            quotes: event.quotes.map(quote), sources: event.sources.map(source))
    }

    /// "12" or, when sources disagree, "12–15": the lowest and the highest reported figures.
    /// (An event's tolls are already one per source: `Toll.distinct` when it was built or merged.)
    func tollRange(_ event: Event) -> String {
        guard let fatalities = event.fatalities else { return "" }
        guard let high = event.tolls.map(\.count).max(), high > fatalities else { return strings.number(fatalities) }
        return strings.number(fatalities) + "\u{2013}" + strings.number(high)
    }

    /// "12 selon le ministère, 15 selon l'OSDH": each source's figure, when they differ.
    func tollDetail(_ event: Event) -> String {
        let tolls = event.tolls
        guard tolls.count > 1, Set(tolls.map(\.count)).count > 1 else { return "" }
        return tolls.map { toll in
            let number = strings.number(toll.count)
            guard let source = toll.source else { return number }
            let actor = assembly.actors[source]
            return number + " " + strings["reported_by"] + " " + strings.withArticle(actor?.name ?? source, actor?.article)
        }.joined(separator: ", ")
    }

    /// The summary's language when it is not the site's, escaped for an attribute; else nil,
    /// so that `{{#summaryLang}}<span lang="…">{{/summaryLang}}` marks only a foreign headline.
    func foreignLanguage(_ event: Event) -> String? {
        guard let language = event.language, language != strings.language else { return nil }
        return Markup.escapeOnOneLine(language)
    }

    /// An event as one line of a list, linking to its full card on the timeline.
    func eventLine(_ event: Event) -> EventLine {
        let place = lookup.place(of: event)
        return EventLine(id: event.id, url: links.event(event.id), date: event.date.iso, dateLabel: strings.date(event.date),
                  typeLabel: strings.eventType(event.type), summary: event.summary, summaryLang: foreignLanguage(event),
                  location: event.location ?? "", hasLocation: !(event.location ?? "").isEmpty,
                  locationURL: place.map { links.place($0.slug) } ?? "", hasLocationURL: place != nil,
                  hasFatalities: event.fatalities != nil, fatalities: tollRange(event), markup: markup)
    }

    /// An announced event, a line linking to the article that announces it.
    func upcomingLine(_ event: Event) -> EventLine {
        var line = eventLine(event)
        line.url = event.sources.first.map { source($0).url } ?? ""
        return line
    }

    /// "Coming up": announced events, a line each.
    func upcoming(_ events: [Event]) -> Upcoming {
        Upcoming(upcoming: events.map(upcomingLine), hasUpcoming: !events.isEmpty)
    }

    /// Events grouped by day, a line each, in the order given.
    func lineDays<S: Sequence>(_ events: S) -> [LineDay] where S.Element == Event {
        EventDay.grouped(events).map { day in
            LineDay(date: day.day.iso, dateLabel: strings.date(day.day), events: day.events.map(eventLine))
        }
    }

    func actor(_ slug: String) -> ActorRef {
        let actor = assembly.actors[slug]
        return ActorRef(name: actor?.name ?? slug, url: links.actor(slug), slug: slug,
                        nameWithArticle: strings.withArticle(actor?.name ?? slug, actor?.article),
                        reviewed: actor?.reviewed ?? false, role: actor?.role ?? "", hasRole: !(actor?.role ?? "").isEmpty,
                        kind: actor.map { strings["kind." + $0.kind.rawValue] } ?? "", hasKind: actor != nil)
    }

    func ranked(_ ranked: Ranked) -> RankedActor {
        RankedActor(actor: actor(ranked.actor), count: strings.number(ranked.count))
    }

    func place(_ place: Place) -> PlaceRef {
        PlaceRef(name: place.name, url: links.place(place.slug), slug: place.slug, country: place.country ?? "",
                 hasCountry: place.country != nil, admin1: place.admin1 ?? "", hasAdmin1: place.admin1 != nil)
    }

    func topic(_ topic: Topic) -> TopicRef {
        TopicRef(title: topic.title, url: links.topic(topic.slug), slug: topic.slug, summary: topic.summary)
    }

    func quote(_ quote: Quote) -> QuoteView {
        QuoteView(text: quote.text, hasSpeaker: quote.speaker != nil, speaker: quote.speaker.map(actorName) ?? "",
                  speakerURL: quote.speaker.map(links.actor) ?? "")
    }

    func sourcedQuote(_ quote: SourcedQuote) -> SourcedQuoteView {
        SourcedQuoteView(quote: self.quote(quote.quote), eventURL: links.event(quote.event), dateLabel: strings.date(quote.date))
    }

    func source(_ source: SourceRef) -> SourceView {
        let article = articlesByFile[source.article]
        let original = Links.external(article?.url)
        return SourceView(title: article?.title ?? source.article, url: links.article(article?.slug ?? slugify(source.article)),
                          outlet: article?.source ?? "", hasOutlet: !(article?.source ?? "").isEmpty, sentence: source.sentence,
                          anchor: SentenceAnchor.id(source), original: original ?? "", hasOriginal: original != nil)
    }

    func article(_ article: Article) -> ArticleRef {
        let original = Links.external(article.url)
        return ArticleRef(title: article.title, url: links.article(article.slug), outlet: article.source ?? "",
                          hasOutlet: !(article.source ?? "").isEmpty, dateLabel: article.published.map(strings.date) ?? "",
                          date: article.published?.iso ?? "", original: original ?? "", hasOriginal: original != nil)
    }

    func note(_ note: Note) -> NoteRef {
        NoteRef(title: note.title, url: links.note(note.slug), dateLabel: note.date.map(strings.date) ?? "",
                hasDate: note.date != nil)
    }

    /// Events grouped by day, newest day last, each day with links to the day before and after.
    func days(_ events: [Event]) -> [CardDay] {
        let days = EventDay.grouped(events.sorted(by: EventOrder.chronological))
        return days.enumerated().map { i, day in
            let before = i > 0 ? days[i - 1].day : nil
            let after = i + 1 < days.count ? days[i + 1].day : nil
            let pager = Pager(previous: before.map { ("#day-\($0.iso)", strings.date($0)) },
                              next: after.map { ("#day-\($0.iso)", strings.date($0)) })
            return CardDay(date: day.day.iso, dateLabel: strings.date(day.day), anchor: "day-\(day.day.iso)",
                           anchorAttr: "day-\(day.day.iso)", month: String(day.day.iso.prefix(7)),
                           events: day.events.map(event), pager: pager)
        }
    }

    /// The interface words escaped for HTML, for templates' HTML blocks: `{{{h.key}}}`.
    var htmlLabels: [String: String] { strings.htmlLabels }

    /// "Accueil › Thèmes › Idlib": a `<nav>` of links from the home page down to this page
    /// (the last step, this page, is not a link). One HTML block.
    func breadcrumbs(_ trail: [(label: String, url: String?)]) -> String {
        let e = Markup.escapeOnOneLine
        let steps = [(label: strings["home"], url: Optional(links.home))] + trail
        let items = steps.enumerated().map { i, step -> String in
            if i == steps.count - 1 || step.url == nil { return "<li aria-current=\"page\">\(e(step.label))</li>" }
            return "<li><a href=\"\(e(step.url!))\">\(e(step.label))</a></li>"
        }
        return "<nav class=\"breadcrumbs\" aria-label=\"\(e(strings["breadcrumbs"]))\"><ol>" + items.joined() + "</ol></nav>\n"
    }

    /// The words charts use, in the site's language.
    var chartWords: ChartWords {
        let strings = self.strings
        return ChartWords(date: { strings.date($0) }, month: { strings.months[$0 - 1] }, number: { strings.number($0) })
    }

    /// Editors' Markdown as an HTML block that survives being placed in a Markdown template:
    /// raw HTML in the notes is omitted (unless the site allows it: `allow_raw_html`), links
    /// other than web, mail and relative ones are removed (cmark's safe mode), and blank lines
    /// (which would end the block) are kept as character references.
    ///
    /// - Parameter headingLevels: how many levels to push the text's headings down, when it
    ///   sits under a heading of the page (`##` in the notes becomes `<h3>`, not a second `<h2>`).
    static func htmlBlock(_ markdown: String, headingLevels: Int = 0, rawHTML: CommonMark.RawHTML = .omit) -> String {
        var html = CommonMark.html(markdown, rawHTML: rawHTML)
        if headingLevels > 0 {
            // cmark writes headings as bare <hN>...</hN>; the deepest level HTML has is 6.
            for level in stride(from: 6, through: 1, by: -1) {
                let target = min(6, level + headingLevels)
                html = html.replacingOccurrences(of: "<h\(level)>", with: "<h\(target)>")
                    .replacingOccurrences(of: "</h\(level)>", with: "</h\(target)>")
            }
        }
        return "<div class=\"prose\">\n" + html.replacingBlankLines() + "</div>\n"
    }
}

/// The `id` of a marked sentence on an article page.
enum SentenceAnchor {
    static func id(_ source: SourceRef) -> String {
        // The title is not marked up sentence by sentence: link to the top of the article.
        if source.paragraph == 0 { return "content" }
        // FNV-1a: stable across runs and machines, unlike `hashValue`.
        return "p\(source.paragraph)-s\(StableHash.fnv1a(source.sentence) % 100_000)"
    }
}

extension String {
    /// "a\n\nb" → "a\n&#10;b": the same text inside `<pre>`, no blank line for Markdown to end a block on.
    func replacingBlankLines() -> String {
        var text = self
        while text.contains("\n\n") { text = text.replacingOccurrences(of: "\n\n", with: "\n&#10;") }
        return text
    }
}
