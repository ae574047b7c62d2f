import Assembly
import Model

/// The values of each kind of page.
extension SiteRenderer {
    /// How many recent events the home page shows per topic.
    static let latestPerTopic = 5
    /// How many companions an actor page draws.
    static let companionsShown = 8

    /// Values every page template may use: `h` (interface words escaped for HTML blocks) and
    /// the breadcrumb trail (empty on the home page).
    func common(_ v: Values, trail: [(label: String, url: String?)]?) -> [String: Any] {
        ["h": v.htmlLabels, "breadcrumbHTML": trail.map(v.breadcrumbs) ?? ""]
    }

    func home(_ v: Values) -> [String: Any] {
        let topics: [[String: Any]] = assembly.briefings.enumerated().map { index, briefing in
            var values = v.topic(briefing.topic)
            values["latest"] = briefing.events.suffix(Self.latestPerTopic).reversed().map(v.event)
            values["hasLatest"] = !briefing.events.isEmpty
            values["eventCount"] = strings.number(briefing.events.count)
            values["colour"] = "series-\(index % Self.palette)"
            return values
        }
        let chart = dailyChart(id: "chart-daily", title: strings["chart_daily_title"], caption: strings["chart_daily_caption"],
                               briefings: Array(assembly.briefings.enumerated()), v)
        return common(v, trail: nil).merging([
            "siteTitle": content.site.title, "description": content.site.description,
            "topics": topics,
            "eventCount": strings.number(assembly.events.count),
            "articleCount": strings.number(content.articles.count),
            "actorCount": strings.number(assembly.actors.count),
            "notes": content.notes.sorted(by: Self.newestFirst).map(v.note), "hasNotes": !content.notes.isEmpty,
            "chartHTML": chart?.html ?? "", "hasChart": chart != nil,
            "timelineURL": v.links.timeline, "topicsURL": v.links.section("topics"),
            "actorsURL": v.links.section("actors"), "articlesURL": v.links.section("articles"),
            "notesURL": v.links.section("notes"), "eventsJSON": v.links.data("events.json"),
        ]) { $1 }
    }

    func topicIndex(_ v: Values) -> [String: Any] {
        common(v, trail: [(strings["topics"], nil)]).merging(["topics": assembly.briefings.enumerated().map { index, briefing -> [String: Any] in
            var values = v.topic(briefing.topic)
            values["eventCount"] = strings.number(briefing.events.count)
            values["fatalities"] = strings.number(briefing.fatalities)
            values["actorCount"] = strings.number(briefing.actors.count)
            values["colour"] = "series-\(index % Self.palette)"
            if let first = briefing.events.first?.date, let last = briefing.events.last?.date {
                values["period"] = strings["period"].replacingOccurrences(of: "{from}", with: strings.date(first))
                    .replacingOccurrences(of: "{to}", with: strings.date(last))
            }
            return values
        }]) { $1 }
    }

    func actorIndex(_ v: Values) -> [String: Any] {
        let histories = assembly.histories.sorted { $0.actor.name.folded() < $1.actor.name.folded() }
        let row: (ActorHistory) -> [String: Any] = { history in
            var values = v.actor(history.actor.slug)
            values["eventCount"] = strings.number(history.events.count)
            return values
        }
        let reviewed = histories.filter { $0.actor.reviewed }
        let groups: [[String: Any]] = ActorKind.allCases.compactMap { kind in
            let members = reviewed.filter { $0.actor.kind == kind }
            guard !members.isEmpty else { return nil }
            return ["heading": strings["kinds." + kind.rawValue], "actors": members.map(row)]
        }
        let discovered = histories.filter { !$0.actor.reviewed }.map(row)
        return common(v, trail: [(strings["actors"], nil)]).merging([
            "groups": groups, "actors": reviewed.map(row), "discovered": discovered, "hasDiscovered": !discovered.isEmpty,
        ]) { $1 }
    }

    func noteIndex(_ v: Values) -> [String: Any] {
        common(v, trail: [(strings["notes"], nil)]).merging(["notes": content.notes.sorted(by: Self.newestFirst).map(v.note)]) { $1 }
    }

    func searchPage(_ v: Values) -> [String: Any] {
        common(v, trail: [(strings["search"], nil)]).merging([
            "topicsURL": v.links.section("topics"), "timelineURL": v.links.timeline,
            "actorsURL": v.links.section("actors"), "articlesURL": v.links.section("articles"),
            "notesURL": v.links.section("notes"), "rootAttr": SVGMarkup.escape(v.links.root),
        ]) { $1 }
    }

    func topicPage(_ briefing: Briefing, _ v: Values) -> [String: Any] {
        var values = v.topic(briefing.topic).merging(common(v, trail: [
            (strings["topics"], v.links.section("topics")), (briefing.topic.title, nil),
        ])) { $1 }
        values["notesHTML"] = v.editorsHTML(briefing.topic.notes, headingLevels: 1)
        values["hasNotes"] = !briefing.topic.notes.isEmpty
        values["eventCount"] = strings.number(briefing.events.count)
        values["fatalities"] = strings.number(briefing.fatalities)
        values["actorCount"] = strings.number(briefing.actors.count)
        values["actors"] = briefing.actors.map(v.ranked)
        values["hasActors"] = !briefing.actors.isEmpty
        values["lineDays"] = v.lineDays(briefing.events.suffix(Self.latestEvents).reversed())
        values["hasEvents"] = !briefing.events.isEmpty
        let slug = briefing.topic.slug
        for (key, value) in upcoming(lookup.upcoming.filter { $0.topics.contains(slug) }, v) { values[key] = value }
        values["months"] = lookup.topicArchives[briefing.topic.slug].map { monthList($0, v) } ?? []
        values["quotes"] = briefing.quotes.suffix(Self.latestQuotes).reversed().map(v.sourcedQuote)
        values["hasQuotes"] = !briefing.quotes.isEmpty
        let articles = newest(briefing.articles.compactMap { v.articlesByFile[$0] })
        values["articles"] = articles.map(v.article)
        values["hasArticles"] = !articles.isEmpty
        values["articleCount"] = strings.number(briefing.articles.count)
        values["editorNotes"] = briefing.notes.sorted(by: Self.newestFirst).map(v.note)
        values["hasEditorNotes"] = !briefing.notes.isEmpty
        let index = assembly.briefings.firstIndex { $0.topic.slug == briefing.topic.slug } ?? 0
        let daily = dailyChart(id: "chart-daily", title: strings["chart_topic_daily_title"],
                               caption: strings["chart_topic_daily_caption"], briefings: [(index, briefing)], v)
        let deaths = fatalitiesChart(briefing.events, v)
        values["chartHTML"] = daily?.html ?? ""
        values["fatalitiesChartHTML"] = deaths?.html ?? ""
        values["hasCharts"] = daily != nil || deaths != nil
        return values
    }

    func actorPage(_ history: ActorHistory, _ v: Values) -> [String: Any] {
        let actor = history.actor
        var values = v.actor(actor.slug).merging(common(v, trail: [
            (strings["actors"], v.links.section("actors")), (actor.name, nil),
        ])) { $1 }
        values["profileHTML"] = v.editorsHTML(actor.profile, headingLevels: 1)
        values["hasProfile"] = !actor.profile.isEmpty
        values["aliases"] = actor.aliases.joined(separator: " · ")
        values["hasAliases"] = !actor.aliases.isEmpty
        values["country"] = actor.country ?? ""
        values["hasCountry"] = !(actor.country ?? "").isEmpty
        values["lineDays"] = v.lineDays(history.events.suffix(Self.latestEvents).reversed())
        values["hasEvents"] = !history.events.isEmpty
        values["months"] = lookup.actorArchives[actor.slug].map { monthList($0, v) } ?? []
        values["eventCount"] = strings.number(history.events.count)
        values["quotes"] = history.quotes.suffix(Self.latestQuotes).reversed().map(v.sourcedQuote)
        values["hasQuotes"] = !history.quotes.isEmpty
        let companions = Array(history.companions.prefix(Self.companionsShown))
        values["companions"] = companions.map(v.ranked)
        values["hasCompanions"] = !companions.isEmpty
        let chart = RankingChart.figure(
            id: "chart-companions", title: strings["chart_companions_title"].replacingOccurrences(of: "{name}", with: actor.name),
            caption: strings["chart_companions_caption"], rows: companions.map { (v.actorName($0.actor), $0.count) },
            words: v.chartWords, labelColumn: strings["col_actor"], valueColumn: strings["col_shared"])
        values["companionsChartHTML"] = chart?.html ?? ""
        values["editorNotes"] = history.notes.sorted(by: Self.newestFirst).map(v.note)
        values["hasEditorNotes"] = !history.notes.isEmpty
        let files = Set(history.events.flatMap { $0.sources.map(\.article) })
        let articles = newest(files.compactMap { v.articlesByFile[$0] })
        values["articles"] = articles.map(v.article)
        values["hasArticles"] = !articles.isEmpty
        values["articleCount"] = strings.number(files.count)
        return values
    }

    func articlePage(_ article: Article, _ v: Values) -> [String: Any] {
        let events = (lookup.eventsByArticle[article.fileName] ?? []).map { assembly.events[$0] }
        var values = v.article(article).merging(common(v, trail: [
            (strings["articles"], v.links.section("articles")), (article.title, nil),
        ])) { $1 }
        values["paragraphs"] = ArticleMarkup.paragraphs(of: article, events: events, links: v.links)
        // The text's own language, when declared and not the interface's, for screen readers.
        let language = article.language.flatMap { $0 == content.site.language || $0.isEmpty ? nil : $0 }
        values["langAttr"] = language.map { " lang=\"\(SVGMarkup.escape($0))\"" } ?? ""
        values["events"] = events.map(v.eventLine)
        values["hasEvents"] = !events.isEmpty
        let background = lookup.backgroundByArticle[article.fileName] ?? []
        values["background"] = background.map(v.eventLine)  // (the template links them nowhere: they are on no timeline)
        values["hasBackground"] = !background.isEmpty
        values["topics"] = Set(events.flatMap(\.topics)).union(article.topics).sorted()
            .compactMap { v.topicsBySlug[$0] }.map(v.topic)
        return values
    }

    func notePage(_ note: Note, _ v: Values) -> [String: Any] {
        var values = v.note(note).merging(common(v, trail: [
            (strings["notes"], v.links.section("notes")), (note.title, nil),
        ])) { $1 }
        values["bodyHTML"] = v.editorsHTML(note.body)
        values["topics"] = note.topics.compactMap { v.topicsBySlug[$0] }.map(v.topic)
        values["actors"] = note.actors.map(v.actor)
        values["hasActors"] = !note.actors.isEmpty
        return values
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
enum TimelineFilters {
    static func options(events: [Event], v: Values) -> [String: Any] {
        let e = SVGMarkup.escape
        let topicSlugs = Set(events.flatMap(\.topics))
        let topics = v.content.topics.filter { topicSlugs.contains($0.slug) }.sorted { $0.title.folded() < $1.title.folded() }
        var actorCounts: [String: Int] = [:]
        for event in events { for id in Set(event.actors.map(\.id)) { actorCounts[id, default: 0] += 1 } }
        let actors = actorCounts.keys.sorted { (v.actorName($0).folded(), $0) < (v.actorName($1).folded(), $1) }
        let types = EventType.allCases.filter { type in events.contains { $0.type == type } }
        return [
            "topicOptions": topics.map { ["value": e($0.slug), "label": e($0.title)] },
            "actorOptions": actors.map { ["value": e($0), "label": e("\(v.actorName($0)) (\(v.strings.number(actorCounts[$0]!)))")] },
            "typeOptions": types.map { ["value": e($0.rawValue), "label": e(v.strings.eventType($0))] },
        ]
    }
}
