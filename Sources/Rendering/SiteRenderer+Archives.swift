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
    func timeline(_ v: PageParts) -> PageContent<TimelinePage> {
        let events = assembly.events
        let months = monthList(lookup.timeline, v)
        let listing = Listing(lineDays: v.lineDays(events.suffix(Self.latestEvents).reversed()), hasEvents: !events.isEmpty,
                              eventCount: strings.number(events.count), months: months, hasMonths: !months.isEmpty)
        return PageContent(TimelinePage(listing: listing, upcoming: v.upcoming(lookup.upcoming),
                                        eventsJSON: v.links.data("events.json")),
                           trail: [(strings["timeline"], nil)])
    }

    /// One page of the timeline: its days with every event's full card, and the filters.
    func timelinePage(_ page: Archive.Page, _ v: PageParts) -> PageContent<TimelineMonthPage> {
        let events = Array(assembly.events[page.range])
        let label = monthLabel(page)
        let filters = TimelineFilters(events: events, v: v)
        return PageContent(TimelineMonthPage(label: label, days: v.days(events), eventCount: strings.number(events.count),
                                             eventsJSON: v.links.data("events.json"), pager: pager(lookup.timeline, page, v),
                                             topicOptions: filters.topics, actorOptions: filters.actors, typeOptions: filters.types,
                                             mapHTML: monthMap(page, v)),
                           trail: [(strings["timeline"], v.links.timeline), (label, nil)])
    }

    /// The map of a month of the timeline, on its first page only: a month long enough for
    /// several pages has one map of all its events rather than one per page.
    func monthMap(_ page: Archive.Page, _ v: PageParts) -> String {
        guard page.part == 1 else { return "" }
        let events = lookup.timeline.pages.filter { $0.month == page.month }.lazy.flatMap { assembly.events[$0.range] }
        return eventMap(id: "map", title: strings["map_title"] + " — " + monthName(page.month), events: events, v)
    }

    /// One month of a topic's or an actor's events, a line each.
    /// - Parameter events: the topic's or actor's events, which the archive was made over.
    func archivePage(_ archive: Archive, _ page: Archive.Page, events: [Event], owner: (label: String, url: String),
                     section: String, _ v: PageParts) -> PageContent<ArchivePage> {
        let label = monthLabel(page)
        return PageContent(ArchivePage(title: "\(owner.label) — \(label)", ownerURL: owner.url, ownerLabel: owner.label,
                                       lineDays: v.lineDays(events[page.range]), eventCount: strings.number(page.range.count),
                                       pager: pager(archive, page, v)),
                           trail: [(strings[section], v.links.section(section)), (owner.label, owner.url), (label, nil)])
    }

    /// The articles' front page: the newest, then every month.
    func articleIndex(_ v: PageParts) -> PageContent<ArticleIndexPage> {
        let months = monthList(lookup.articles, v)
        let listing = Listing(months: months, hasMonths: !months.isEmpty,
                              articles: lookup.datedArticles.suffix(Self.latestArticles).reversed().map(v.article),
                              hasArticles: !lookup.datedArticles.isEmpty, articleCount: strings.number(content.articles.count))
        return PageContent(ArticleIndexPage(listing: listing), trail: [(strings["articles"], nil)])
    }

    /// One month of articles.
    func articleMonthPage(_ page: Archive.Page, _ v: PageParts) -> PageContent<ArticleMonthPage> {
        let label = monthLabel(page)
        return PageContent(ArticleMonthPage(label: label, articles: lookup.datedArticles[page.range].map(v.article),
                                            pager: pager(lookup.articles, page, v)),
                           trail: [(strings["articles"], v.links.section("articles")), (label, nil)])
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
    func monthList(_ archive: Archive, _ v: PageParts) -> [MonthLink] {
        archive.months.reversed().map { month in
            let label = monthName(month.month)
            return MonthLink(label: label, labelHTML: Markup.escapeOnOneLine(label), url: v.links.page(month.path),
                             count: strings.number(month.count))
        }
    }

    /// Links to the archive's previous and next pages.
    func pager(_ archive: Archive, _ page: Archive.Page, _ v: PageParts) -> Pager {
        let index = page.index
        let before = index > 0 ? archive.pages[index - 1] : nil
        let after = index + 1 < archive.pages.count ? archive.pages[index + 1] : nil
        return Pager(previous: before.map { (v.links.page($0.path), monthLabel($0)) },
                     next: after.map { (v.links.page($0.path), monthLabel($0)) })
    }
}
