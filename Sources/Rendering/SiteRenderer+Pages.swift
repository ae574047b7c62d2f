import Assembly
import Model

/// The values of each kind of page.
extension SiteRenderer {
    /// How many recent events the home page shows per topic.
    static let latestPerTopic = 5
    /// How many companions an actor page draws.
    static let companionsShown = 8

    func home(_ v: PageParts) -> PageContent<HomePage> {
        let topics = assembly.briefings.enumerated().map { index, briefing in
            HomeTopic(topic: v.topic(briefing.topic), latest: briefing.events.suffix(Self.latestPerTopic).reversed().map(v.eventLine),
                      hasLatest: !briefing.events.isEmpty, eventCount: strings.number(briefing.events.count),
                      colour: "series-\(index % Self.palette)")
        }
        let chart = dailyChart(id: "chart-daily", title: strings["chart_daily_title"], caption: strings["chart_daily_caption"],
                               briefings: Array(assembly.briefings.enumerated()), v)
        let notes = content.notes.sorted(by: Self.newestFirst).map(v.note)
        return PageContent(HomePage(
            siteTitle: content.site.title, description: content.site.description, topics: topics,
            eventCount: strings.number(assembly.events.count), articleCount: strings.number(content.articles.count),
            actorCount: strings.number(assembly.actors.count), notes: notes, hasNotes: !notes.isEmpty,
            chartHTML: chart?.html ?? "", hasChart: chart != nil, sections: sectionLinks(v)), trail: nil)
    }

    func sectionLinks(_ v: PageParts) -> SectionLinks {
        SectionLinks(timelineURL: v.links.timeline, topicsURL: v.links.section("topics"), actorsURL: v.links.section("actors"),
                     articlesURL: v.links.section("articles"), notesURL: v.links.section("notes"),
                     eventsJSON: v.links.data("events.json"))
    }

    func topicIndex(_ v: PageParts) -> PageContent<TopicIndexPage> {
        let topics = assembly.briefings.enumerated().map { index, briefing in
            let period = briefing.events.first.map { first in
                strings["period"].replacingOccurrences(of: "{from}", with: strings.date(first.date))
                    .replacingOccurrences(of: "{to}", with: strings.date(briefing.events.last!.date))
            }
            return TopicSummary(topic: v.topic(briefing.topic), eventCount: strings.number(briefing.events.count),
                                fatalities: strings.number(briefing.fatalities), actorCount: strings.number(briefing.actors.count),
                                colour: "series-\(index % Self.palette)", period: period)
        }
        return PageContent(TopicIndexPage(topics: topics), trail: [(strings["topics"], nil)])
    }

    func actorIndex(_ v: PageParts) -> PageContent<ActorIndexPage> {
        let histories = assembly.histories.sorted(byKey: { $0.actor.name.folded() }, by: <)
        let row = { (history: ActorHistory) in
            ActorRow(actor: v.actor(history.actor.slug), eventCount: strings.number(history.events.count))
        }
        let reviewed = histories.filter { $0.actor.reviewed }
        let groups = ActorKind.allCases.compactMap { kind -> ActorGroup? in
            let members = reviewed.filter { $0.actor.kind == kind }
            return members.isEmpty ? nil : ActorGroup(heading: strings["kinds." + kind.rawValue], actors: members.map(row))
        }
        let discovered = histories.filter { !$0.actor.reviewed }.map(row)
        return PageContent(ActorIndexPage(groups: groups, actors: reviewed.map(row), discovered: discovered,
                                          hasDiscovered: !discovered.isEmpty), trail: [(strings["actors"], nil)])
    }

    func noteIndex(_ v: PageParts) -> PageContent<NoteIndexPage> {
        PageContent(NoteIndexPage(notes: content.notes.sorted(by: Self.newestFirst).map(v.note)), trail: [(strings["notes"], nil)])
    }

    func searchPage(_ v: PageParts) -> PageContent<SearchPage> {
        PageContent(SearchPage(sections: sectionLinks(v), rootAttr: Markup.escapeOnOneLine(v.links.root)), trail: [(strings["search"], nil)])
    }

    /// What a topic's or an actor's page lists: its latest events, months, quotes, articles
    /// (`files`, newest first) and editors' notes.
    func listing(events: [Event], archive: Archive?, quotes: [SourcedQuote], files: Set<String>, notes: [Note],
                 _ v: PageParts) -> Listing {
        let articles = newest(files.compactMap { v.articlesByFile[$0] })
        let months = archive.map { monthList($0, v) } ?? []
        return Listing(lineDays: v.lineDays(events.suffix(Self.latestEvents).reversed()), hasEvents: !events.isEmpty,
                       eventCount: strings.number(events.count), months: months, hasMonths: !months.isEmpty,
                       quotes: quotes.suffix(Self.latestQuotes).reversed().map(v.sourcedQuote), hasQuotes: !quotes.isEmpty,
                       articles: articles.map(v.article), hasArticles: !articles.isEmpty,
                       articleCount: strings.number(files.count), editorNotes: notes.sorted(by: Self.newestFirst).map(v.note),
                       hasEditorNotes: !notes.isEmpty)
    }

    func topicPage(_ briefing: Briefing, _ v: PageParts) -> PageContent<TopicPage> {
        let slug = briefing.topic.slug
        let index = assembly.briefings.firstIndex { $0.topic.slug == slug } ?? 0
        let daily = dailyChart(id: "chart-daily", title: strings["chart_topic_daily_title"],
                               caption: strings["chart_topic_daily_caption"], briefings: [(index, briefing)], v)
        let deaths = fatalitiesChart(briefing.events, v)
        let page = TopicPage(
            topic: v.topic(briefing.topic),
            listing: listing(events: briefing.events, archive: lookup.topicArchives[slug], quotes: briefing.quotes,
                             files: Set(briefing.articles), notes: briefing.notes, v),
            upcoming: v.upcoming(lookup.upcoming.filter { $0.topics.contains(slug) }),
            notesHTML: v.editorsHTML(briefing.topic.notes, blocks: briefing.topic.eventsBlocks, headingLevels: 1), hasNotes: !briefing.topic.notes.isEmpty,
            fatalities: strings.number(briefing.fatalities), actorCount: strings.number(briefing.actors.count),
            actors: briefing.actors.map(v.ranked), hasActors: !briefing.actors.isEmpty,
            chartHTML: daily?.html ?? "", fatalitiesChartHTML: deaths?.html ?? "", hasCharts: daily != nil || deaths != nil,
            mapHTML: eventMap(id: "map", title: strings["map_title"] + " — " + briefing.topic.title, events: briefing.events, v))
        return PageContent(page, trail: [(strings["topics"], v.links.section("topics")), (briefing.topic.title, nil)])
    }

    func actorPage(_ history: ActorHistory, _ v: PageParts) -> PageContent<ActorPage> {
        let actor = history.actor
        let companions = Array(history.companions.prefix(Self.companionsShown))
        let chart = RankingChart.figure(
            id: "chart-companions", title: strings["chart_companions_title"].replacingOccurrences(of: "{name}", with: actor.name),
            caption: strings["chart_companions_caption"], rows: companions.map { (v.actorName($0.actor), $0.count) },
            words: v.chartWords, labelColumn: strings["col_actor"], valueColumn: strings["col_shared"])
        let files = Set(history.events.flatMap { $0.sources.map(\.article) })
        let page = ActorPage(
            actor: v.actor(actor.slug),
            listing: listing(events: history.events, archive: lookup.actorArchives[actor.slug], quotes: history.quotes,
                             files: files, notes: history.notes, v),
            profileHTML: v.editorsHTML(actor.profile, blocks: actor.eventsBlocks, headingLevels: 1), hasProfile: !actor.profile.isEmpty,
            aliases: actor.aliases.joined(separator: " · "), hasAliases: !actor.aliases.isEmpty,
            country: actor.country ?? "", hasCountry: !(actor.country ?? "").isEmpty,
            companions: companions.map(v.ranked), hasCompanions: !companions.isEmpty,
            companionsChartHTML: chart?.html ?? "",
            mapHTML: eventMap(id: "map", title: strings["map_title"] + " — " + actor.name, events: history.events, v))
        return PageContent(page, trail: [(strings["actors"], v.links.section("actors")), (actor.name, nil)])
    }

    func articlePage(_ article: Article, _ v: PageParts) -> PageContent<ArticlePage> {
        let events = (lookup.eventsByArticle[article.fileName] ?? []).map { assembly.events[$0] }
        // The text's own language, when declared and not the interface's, for screen readers.
        let language = article.language.flatMap { $0 == content.site.language || $0.isEmpty ? nil : $0 }
        let background = lookup.backgroundByArticle[article.fileName] ?? []
        let page = ArticlePage(
            article: v.article(article), paragraphs: ArticleMarkup.paragraphs(of: article, events: events, links: v.links),
            langAttr: language.map { " lang=\"\(Markup.escapeOnOneLine($0))\"" } ?? "",
            events: events.map(v.eventLine), hasEvents: !events.isEmpty,
            background: background.map(v.eventLine), hasBackground: !background.isEmpty,
            topics: Set(events.flatMap(\.topics)).union(article.topics).sorted().compactMap { v.topicsBySlug[$0] }.map(v.topic))
        return PageContent(page, trail: [(strings["articles"], v.links.section("articles")), (article.title, nil)])
    }

    func notePage(_ note: Note, _ v: PageParts) -> PageContent<NotePage> {
        let page = NotePage(note: v.note(note), bodyHTML: v.editorsHTML(note.body, blocks: note.eventsBlocks),
                            topics: note.topics.compactMap { v.topicsBySlug[$0] }.map(v.topic),
                            actors: note.actors.map(v.actor), hasActors: !note.actors.isEmpty)
        return PageContent(page, trail: [(strings["notes"], v.links.section("notes")), (note.title, nil)])
    }

    /// The search index's files, under `search/` beside the search page.
    func searchIndexFiles() -> [SiteFile] {
        SearchShards(index: SearchIndex(content: content, assembly: assembly, strings: strings, eventPages: lookup.eventPages,
                                        memo: searchMemo)).files
    }

    /// The newest articles, newest first, at most `latestArticles`.
    func newest(_ articles: [Article]) -> [Article] {
        Array(articles.sorted { ($0.published ?? Day(dayNumber: 0), $0.slug) > ($1.published ?? Day(dayNumber: 0), $1.slug) }
            .prefix(Self.latestArticles))
    }

    static func newestFirst(_ a: Note, _ b: Note) -> Bool {
        let (da, db) = (a.date ?? Day(dayNumber: 0), b.date ?? Day(dayNumber: 0))
        return da != db ? da > db : a.slug < b.slug
    }
}

/// The choices of the timeline's filters: topics, actors and event types present among the
/// events, as option values and labels escaped for HTML.
struct TimelineFilters {
    var topics: [FilterOption]
    var actors: [FilterOption]
    var types: [FilterOption]

    init(events: [Event], v: PageParts) {
        let e = Markup.escapeOnOneLine
        let topicSlugs = Set(events.flatMap(\.topics))
        topics = v.content.topics.filter { topicSlugs.contains($0.slug) }.sorted(byKey: { $0.title.folded() }, by: <)
            .map { FilterOption(value: e($0.slug), label: e($0.title)) }
        var actorCounts: [String: Int] = [:]
        for event in events { for id in Set(event.actors.map(\.id)) { actorCounts[id, default: 0] += 1 } }
        actors = actorCounts.keys.sorted(byKey: { (v.actorName($0).folded(), $0) }, by: <)
            .map { FilterOption(value: e($0), label: e("\(v.actorName($0)) (\(v.strings.number(actorCounts[$0]!)))")) }
        types = EventType.allCases.filter { type in events.contains { $0.type == type } }
            .map { FilterOption(value: e($0.rawValue), label: e(v.strings.eventType($0))) }
    }
}
