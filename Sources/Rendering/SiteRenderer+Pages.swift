import Assembly
import Model

/// The values of each kind of page.
extension SiteRenderer {
    /// How many recent events the home page shows per topic.
    static let latestPerTopic = 5

    func home(_ v: Values) -> [String: Any] {
        let topics: [[String: Any]] = assembly.briefings.map { briefing in
            var values = v.topic(briefing.topic)
            values["latest"] = briefing.events.suffix(Self.latestPerTopic).reversed().map(v.event)
            values["hasLatest"] = !briefing.events.isEmpty
            values["eventCount"] = strings.number(briefing.events.count)
            return values
        }
        return [
            "siteTitle": content.site.title, "description": content.site.description,
            "topics": topics,
            "eventCount": strings.number(assembly.events.count),
            "articleCount": strings.number(content.articles.count),
            "actorCount": strings.number(assembly.actors.count),
            "notes": content.notes.sorted(by: Self.newestFirst).map(v.note), "hasNotes": !content.notes.isEmpty,
            "timelineURL": v.links.timeline, "topicsURL": v.links.section("topics"),
            "actorsURL": v.links.section("actors"), "articlesURL": v.links.section("articles"),
            "notesURL": v.links.section("notes"), "eventsJSON": v.links.data("events.json"),
        ]
    }

    func timeline(_ v: Values) -> [String: Any] {
        ["days": v.days(assembly.events), "eventCount": strings.number(assembly.events.count),
         "eventsJSON": v.links.data("events.json")]
    }

    func topicIndex(_ v: Values) -> [String: Any] {
        ["topics": assembly.briefings.map { briefing -> [String: Any] in
            var values = v.topic(briefing.topic)
            values["eventCount"] = strings.number(briefing.events.count)
            return values
        }]
    }

    func actorIndex(_ v: Values) -> [String: Any] {
        let histories = assembly.histories.sorted { $0.actor.name.folded() < $1.actor.name.folded() }
        let row: (ActorHistory) -> [String: Any] = { history in
            var values = v.actor(history.actor.slug)
            values["eventCount"] = strings.number(history.events.count)
            return values
        }
        let reviewed = histories.filter { $0.actor.reviewed }.map(row)
        let discovered = histories.filter { !$0.actor.reviewed }.map(row)
        return ["actors": reviewed, "discovered": discovered, "hasDiscovered": !discovered.isEmpty]
    }

    func articleIndex(_ v: Values) -> [String: Any] {
        ["articles": content.articles.sorted { ($0.published ?? Day(dayNumber: 0), $0.slug) > ($1.published ?? Day(dayNumber: 0), $1.slug) }
            .map(v.article)]
    }

    func noteIndex(_ v: Values) -> [String: Any] {
        ["notes": content.notes.sorted(by: Self.newestFirst).map(v.note)]
    }

    func topicPage(_ briefing: Briefing, _ v: Values) -> [String: Any] {
        var values = v.topic(briefing.topic)
        values["notesHTML"] = Values.htmlBlock(briefing.topic.notes)
        values["hasNotes"] = !briefing.topic.notes.isEmpty
        values["eventCount"] = strings.number(briefing.events.count)
        values["fatalities"] = strings.number(briefing.fatalities)
        values["actorCount"] = strings.number(briefing.actors.count)
        values["actors"] = briefing.actors.map(v.ranked)
        values["days"] = v.days(briefing.events)
        values["hasEvents"] = !briefing.events.isEmpty
        values["quotes"] = briefing.quotes.map(v.sourcedQuote)
        values["hasQuotes"] = !briefing.quotes.isEmpty
        values["articles"] = briefing.articles.compactMap { v.articlesByFile[$0] }.map(v.article)
        values["editorNotes"] = briefing.notes.sorted(by: Self.newestFirst).map(v.note)
        values["hasEditorNotes"] = !briefing.notes.isEmpty
        return values
    }

    func actorPage(_ history: ActorHistory, _ v: Values) -> [String: Any] {
        let actor = history.actor
        var values = v.actor(actor.slug)
        values["profileHTML"] = Values.htmlBlock(actor.profile)
        values["hasProfile"] = !actor.profile.isEmpty
        values["aliases"] = actor.aliases.joined(separator: " · ")
        values["hasAliases"] = !actor.aliases.isEmpty
        values["country"] = actor.country ?? ""
        values["days"] = v.days(history.events)
        values["hasEvents"] = !history.events.isEmpty
        values["eventCount"] = strings.number(history.events.count)
        values["quotes"] = history.quotes.map(v.sourcedQuote)
        values["hasQuotes"] = !history.quotes.isEmpty
        values["companions"] = history.companions.prefix(8).map(v.ranked)
        values["hasCompanions"] = !history.companions.isEmpty
        values["editorNotes"] = history.notes.sorted(by: Self.newestFirst).map(v.note)
        values["hasEditorNotes"] = !history.notes.isEmpty
        return values
    }

    func articlePage(_ article: Article, _ v: Values) -> [String: Any] {
        let events = assembly.events.filter { $0.sources.contains { $0.article == article.fileName } }
        var values = v.article(article)
        values["paragraphs"] = ArticleMarkup.paragraphs(of: article, events: events, links: v.links)
        values["events"] = events.map(v.event)
        values["hasEvents"] = !events.isEmpty
        values["topics"] = Set(events.flatMap(\.topics)).union(article.topics).sorted()
            .compactMap { v.topicsBySlug[$0] }.map(v.topic)
        return values
    }

    func notePage(_ note: Note, _ v: Values) -> [String: Any] {
        var values = v.note(note)
        values["bodyHTML"] = Values.htmlBlock(note.body)
        values["topics"] = note.topics.compactMap { v.topicsBySlug[$0] }.map(v.topic)
        values["actors"] = note.actors.map(v.actor)
        values["hasActors"] = !note.actors.isEmpty
        return values
    }

    static func newestFirst(_ a: Note, _ b: Note) -> Bool {
        let (da, db) = (a.date ?? Day(dayNumber: 0), b.date ?? Day(dayNumber: 0))
        return da != db ? da > db : a.slug < b.slug
    }
}
