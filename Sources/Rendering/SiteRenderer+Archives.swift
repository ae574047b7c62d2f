import Assembly
import Model

/// The month-by-month pages of the timeline, of each topic and actor, and of the articles.
extension SiteRenderer {
    /// How many recent events a topic or actor page lists, and the timeline's front page.
    static let latestEvents = 20
    /// How many quotes a topic or actor page shows (the newest).
    static let latestQuotes = 10
    /// How many articles a topic, an actor page or the articles' front page lists (the newest).
    static let latestArticles = 30

    /// The timeline's front page: the months with their event counts and the latest days.
    func timeline(_ v: Values) -> [String: Any] {
        let latest = Array(assembly.events.suffix(Self.latestEvents))
        return common(v, trail: [(strings["timeline"], nil)]).merging([
            "months": monthList(lookup.timeline, v), "hasEvents": !assembly.events.isEmpty,
            "eventCount": strings.number(assembly.events.count), "eventsJSON": v.links.data("events.json"),
            "lineDays": v.lineDays(latest.reversed()),
        ]) { $1 }.merging(upcoming(lookup.upcoming, v)) { $1 }
    }

    /// "Coming up": announced events, a line each, and whether there are any.
    func upcoming(_ events: [Event], _ v: Values) -> [String: Any] {
        ["upcoming": events.map(v.upcomingLine), "hasUpcoming": !events.isEmpty]
    }

    /// One page of the timeline: its days with every event's full card, and the filters.
    func timelinePage(_ page: Archive.Page, _ v: Values) -> [String: Any] {
        let events = Array(assembly.events[page.range])
        let label = monthLabel(page)
        var values = common(v, trail: [(strings["timeline"], v.links.timeline), (label, nil)])
        values["label"] = label
        values["days"] = v.days(events)
        values["eventCount"] = strings.number(events.count)
        values["eventsJSON"] = v.links.data("events.json")
        for (key, value) in pager(lookup.timeline, page, v) { values[key] = value }
        for (key, value) in TimelineFilters.options(events: events, v: v) { values[key] = value }
        return values
    }

    /// One month of a topic's or an actor's events, a line each.
    /// - Parameter events: the topic's or actor's events, which the archive was made over.
    func archivePage(_ archive: Archive, _ page: Archive.Page, events: [Event], owner: (label: String, url: String),
                     section: String, _ v: Values) -> [String: Any] {
        let label = monthLabel(page)
        var values = common(v, trail: [(strings[section], v.links.section(section)), (owner.label, owner.url), (label, nil)])
        values["title"] = "\(owner.label) — \(label)"
        values["ownerURL"] = owner.url
        values["ownerLabel"] = owner.label
        values["lineDays"] = v.lineDays(events[page.range])
        values["eventCount"] = strings.number(page.range.count)
        for (key, value) in pager(archive, page, v) { values[key] = value }
        return values
    }

    /// The articles' front page: the newest, then every month.
    func articleIndex(_ v: Values) -> [String: Any] {
        common(v, trail: [(strings["articles"], nil)]).merging([
            "articles": lookup.datedArticles.suffix(Self.latestArticles).reversed().map(v.article),
            "months": monthList(lookup.articles, v), "hasMonths": !lookup.articles.months.isEmpty,
            "articleCount": strings.number(content.articles.count),
        ]) { $1 }
    }

    /// One month of articles.
    func articleMonthPage(_ page: Archive.Page, _ v: Values) -> [String: Any] {
        let label = monthLabel(page)
        var values = common(v, trail: [(strings["articles"], v.links.section("articles")), (label, nil)])
        values["label"] = label
        values["articles"] = lookup.datedArticles[page.range].map(v.article)
        for (key, value) in pager(lookup.articles, page, v) { values[key] = value }
        return values
    }

    /// "février 2020", "février 2020 (2/3)".
    func monthLabel(_ page: Archive.Page) -> String {
        let name = monthName(page.month)
        return page.parts > 1 ? "\(name) (\(page.part)/\(page.parts))" : name
    }

    func monthName(_ month: String) -> String {
        let parts = month.split(separator: "-").compactMap { Int($0) }
        return "\(strings.months[parts[1] - 1]) \(parts[0])"
    }

    /// The months of an archive, newest first, each linked with its count.
    func monthList(_ archive: Archive, _ v: Values) -> [[String: Any]] {
        archive.months.reversed().map { month in
            let label = monthName(month.month)
            return ["label": label, "labelHTML": SVGMarkup.escape(label), "url": v.links.page(month.path), "count": strings.number(month.count)]
        }
    }

    /// Links to the archive's previous and next pages.
    func pager(_ archive: Archive, _ page: Archive.Page, _ v: Values) -> [String: Any] {
        let index = page.index
        var values: [String: Any] = ["hasPrev": index > 0, "hasNext": index + 1 < archive.pages.count]
        if index > 0 {
            values["prevURL"] = v.links.page(archive.pages[index - 1].path)
            values["prevLabel"] = monthLabel(archive.pages[index - 1])
        }
        if index + 1 < archive.pages.count {
            values["nextURL"] = v.links.page(archive.pages[index + 1].path)
            values["nextLabel"] = monthLabel(archive.pages[index + 1])
        }
        return values
    }
}
