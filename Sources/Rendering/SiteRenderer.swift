import Assembly
import Model

/// Stage 4: every file of the site, in memory. Pure: the same inputs give the same bytes.
public struct SiteRenderer: Sendable {
    let content: Content
    let assembly: Chronicle
    let theme: Theme
    let strings: Strings
    let renderer: PageRenderer
    let lookup: SiteTables
    let acled: ACLEDVocabulary
    /// What every page and data file is made with: a hash of the theme's files but its page
    /// templates (the layout, partials, stylesheet), the interface words in the site's
    /// language and the site's settings.
    let siteFingerprint: String
    /// A hash of each page template's text, by its name ("article" for `article.md`).
    let templateFingerprints: [String: String]

    /// The site's description as a page without a summary of its own describes itself.
    let siteDescription: String
    /// Event cards and lines, rendered once per page depth.
    let eventMarkup: EventMarkupByRoot
    /// The maps' land, drawn once per extent.
    let landPaths = LandPaths()

    /// The search words of the last build, when the caller keeps them between builds.
    let searchMemo: SearchWordMemo?

    public init(content: Content, assembly: Chronicle, theme: Theme, acled: ACLEDVocabulary = ACLEDVocabulary(),
                searchMemo: SearchWordMemo? = nil) throws {
        self.acled = acled
        self.searchMemo = searchMemo
        self.content = content
        self.assembly = assembly
        self.theme = theme
        self.strings = try Strings(theme: theme, language: content.site.language, line: content.site.fieldLines["language"])
        self.renderer = try PageRenderer(theme: theme)
        self.lookup = SiteTables(content: content, assembly: assembly)
        self.siteDescription = PageMetadata.shorten(content.site.description)
        self.eventMarkup = EventMarkupByRoot(renderer: renderer, strings: strings)
        // (A page template concerns only its own pages; the rest of the theme, every page. In
        // a theme whose page templates include one another, every template concerns every page.)
        var hash = StableHash()
        var templates: [String: String] = [:]
        let separate = !theme.pageTemplatesIncludeOneAnother
        for (path, text) in theme.files.sorted(by: { $0.key < $1.key }) {
            if separate, Theme.isPageTemplate(path) {
                templates[String(path.dropLast(3))] = StableHash.of(text.utf8)
            } else {
                hash.update(path)
                hash.update(text)
            }
        }
        for (key, label) in strings.labels.sorted(by: { $0.key < $1.key }) {
            hash.update(key)
            hash.update(label)
        }
        let site = content.site
        for field in [site.title, site.language, site.description, site.baseURL ?? "\u{0}"] { hash.update(field) }
        self.siteFingerprint = hash.hex
        self.templateFingerprints = templates
    }

    /// Checks the theme against the pages: a template they need and the theme lacks is an
    /// error; the names a project's own templates use that no page has, or place against their
    /// kind, come back as warnings.
    public func checkTheme() throws -> [Diagnostic] {
        // The built-in theme is known good; only a project's own templates are checked.
        let builtIn = try Theme.builtIn()
        guard theme.files != builtIn.files else { return [] }
        let check = TemplateCheck(theme: theme, builtIn: builtIn, labels: Set(strings.labels.keys))
        let missing = check.missing(Set(pageJobs().map(\.template)))
        if !missing.isEmpty { throw Diagnostics(missing) }
        var known = PageTemplates.all.mapValues { view in
            var names = PageScope.names
            view.names(into: &names)
            return names
        }
        known["layout"] = [:]
        LayoutView.names(into: &known["layout"]!)
        return check.warnings(known: known)
    }

    /// All pages, data files and static files, sorted by path.
    public func render() throws -> [SiteFile] {
        try allPieces().parallelMap { item in Result { try item.files(self) } }.flatMap { try $0.get() }
            .sorted { $0.path < $1.path }
    }

    /// Every file of the site, handed to `consume` as each piece is made, from several threads
    /// at once (the longest pieces first), so that a caller can write them out without holding
    /// the whole site in memory. The first failure, in the order of the pieces, is thrown.
    ///
    /// A page or data file whose key is the one `previous` holds for its path (the last
    /// build's) is not made but handed to `keep` (its path and size), which takes the previous
    /// build's file and says whether it could; a search shard or other file made in a batch
    /// whose bytes are the previous build's is kept the same way. Returns this build's keys.
    public func render(previous: PageKeys, keep: @Sendable (_ path: String, _ size: Int) -> Bool,
                       each consume: @Sendable ([SiteFile]) throws -> Void) throws -> PageKeys {
        let inputs = exportInputs()
        let outcomes = allPieces().parallelMap { item -> Result<[(String, PageKey)], any Error> in
            Result {
                switch item {
                case .page(let job):
                    let (file, entry) = try page(job, previous: previous.byPath[job.path], keep: keep)
                    if let file { try consume([file]) }
                    return [(job.path, entry)]
                case .file(let job):
                    let key = job.key(inputs)
                    if let old = previous.byPath[job.path], old.key == key, keep(job.path, old.size) { return [(job.path, old)] }
                    let file = SiteFile(path: job.path, bytes: job.make())
                    try consume([file])
                    return [(job.path, PageKey(key: key, size: file.bytes.count))]
                case .files:
                    return try Self.writeChanged(try item.files(self), previous: previous, keep: keep, consume: consume)
                }
            }
        }
        var keys = PageKeys()
        keys.byPath.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            for (path, entry) in try outcome.get() { keys.byPath[path] = entry }
        }
        return keys
    }

    /// Files made whole in one piece (the search index's shards, the sitemap, the theme's
    /// static files), keyed by their bytes: those the previous build wrote the same are kept,
    /// the others handed to `consume`.
    private static func writeChanged(_ files: [SiteFile], previous: PageKeys, keep: @Sendable (String, Int) -> Bool,
                                     consume: @Sendable ([SiteFile]) throws -> Void) throws -> [(String, PageKey)] {
        var changed: [SiteFile] = []
        var entries: [(String, PageKey)] = []
        for file in files {
            let entry = PageKey(key: StableHash.of(file.bytes), size: file.bytes.count)
            entries.append((file.path, entry))
            if previous.byPath[file.path] != entry || !keep(file.path, entry.size) { changed.append(file) }
        }
        try consume(changed)
        return entries
    }

    /// Every page of the site, as what to render it with.
    private func pageJobs() -> [PageJob] {
        var jobs: [PageJob] = [
            PageJob("index.html", PageTemplates.home, title: nil, depth: 0, content: home),
            PageJob("timeline/index.html", PageTemplates.timeline, title: strings["timeline"], depth: 1, content: timeline),
            PageJob("topics/index.html", PageTemplates.topics, title: strings["topics"], depth: 1, content: topicIndex),
            PageJob("actors/index.html", PageTemplates.actors, title: strings["actors"], depth: 1, content: actorIndex),
            PageJob("articles/index.html", PageTemplates.articles, title: strings["articles"], depth: 1, content: articleIndex),
            PageJob("notes/index.html", PageTemplates.notes, title: strings["notes"], depth: 1, content: noteIndex),
            PageJob("search/index.html", PageTemplates.search, title: strings["search"], depth: 1, content: searchPage),
            PageJob("places/index.html", PageTemplates.places, title: strings["places"], depth: 1, content: placeIndex),
            PageJob("map/index.html", PageTemplates.map, title: strings["map"], depth: 1, content: mapPage),
            PageJob("404.html", PageTemplates.notFound, title: strings["not_found"], depth: 0) { _ in PageContent(NotFoundPage(), trail: nil) },
        ]
        for briefing in assembly.briefings {
            let slug = briefing.topic.slug
            jobs.append(PageJob("topics/\(slug)/index.html", PageTemplates.topic, title: briefing.topic.title, depth: 2,
                                summary: briefing.topic.summary) { topicPage(briefing, $0) })
            let owner = (label: briefing.topic.title, path: "topics/\(slug)/index.html")
            jobs += archiveJobs(lookup.topicArchives[slug], events: briefing.events, owner: owner, section: "topics")
        }
        for history in assembly.histories {
            let slug = history.actor.slug
            jobs.append(PageJob("actors/\(slug)/index.html", PageTemplates.actor, title: history.actor.name, depth: 2,
                                summary: history.actor.role) { actorPage(history, $0) })
            let owner = (label: history.actor.name, path: "actors/\(slug)/index.html")
            jobs += archiveJobs(lookup.actorArchives[slug], events: history.events, owner: owner, section: "actors")
        }
        for history in assembly.places {
            let slug = history.place.slug
            jobs.append(PageJob("places/\(slug)/index.html", PageTemplates.place, title: history.place.name, depth: 2,
                                summary: history.place.country) { placePage(history, $0) })
            let owner = (label: history.place.name, path: "places/\(slug)/index.html")
            jobs += archiveJobs(lookup.placeArchives[slug], events: history.events, owner: owner, section: "places")
        }
        for page in lookup.timeline.pages {
            jobs.append(PageJob(page.path, PageTemplates.timelineMonth, title: "\(strings["timeline"]) — \(monthLabel(page))",
                                depth: page.depth) { timelinePage(page, $0) })
        }
        for page in lookup.articles.pages {
            jobs.append(PageJob(page.path, PageTemplates.articlesMonth, title: "\(strings["articles"]) — \(monthLabel(page))",
                                depth: page.depth) { articleMonthPage(page, $0) })
        }
        for article in content.articles {
            jobs.append(PageJob("articles/\(article.slug)/index.html", PageTemplates.article, title: article.title, depth: 2,
                                summary: article.paragraphs.first, published: article.published) { articlePage(article, $0) })
        }
        for note in content.notes {
            jobs.append(PageJob("notes/\(note.slug)/index.html", PageTemplates.note, title: note.title, depth: 2,
                                published: note.date) { notePage(note, $0) })
        }
        return jobs
    }

    /// Every piece of the site to make: the longest (the search index, the data files) first.
    private func allPieces() -> [SitePiece] {
        let jobs = pageJobs()
        // Pages, data files and the search index are independent of one another.
        let statics = theme.files.filter { $0.key.hasPrefix("static/") || $0.key == "style.css" }.sorted { $0.key < $1.key }
            .map { path, text in SiteFile(path: path.hasPrefix("static/") ? String(path.dropFirst(7)) : path, text: text) }
        let address = SiteAddress(site: content.site)
        let pages = jobs.map(\.path).filter { $0.hasSuffix("index.html") }
        let large: [SitePiece] = [.files(searchIndexFiles), .files { Sitemap.files(pages: pages, address: address) }]
            + exports().map(SitePiece.file) + [.files { statics }]
        return Self.interleave(large, among: jobs.map(SitePiece.page))
    }

    /// The large pieces (the search index, the data files) spread evenly among the pages, the
    /// first at the start: the workers take pieces in order, so two large ones are seldom
    /// made at once, and memory holds at most one or two of them.
    static func interleave(_ large: [SitePiece], among pages: [SitePiece]) -> [SitePiece] {
        guard !large.isEmpty else { return pages }
        let gap = max(1, pages.count / large.count)
        var out: [SitePiece] = []
        out.reserveCapacity(large.count + pages.count)
        var next = 0
        for (i, page) in pages.enumerated() {
            if i % gap == 0, next < large.count {
                out.append(large[next])
                next += 1
            }
            out.append(page)
        }
        out += large[next...]
        return out
    }

    /// One piece of the site to make.
    enum SitePiece: Sendable {
        case page(PageJob)
        case file(ExportJob)
        case files(@Sendable () -> [SiteFile])

        func files(_ renderer: SiteRenderer) throws -> [SiteFile] {
            switch self {
            case .page(let job): return [try renderer.page(job, previous: nil, keep: { _, _ in false }).file!]
            case .file(let job): return [SiteFile(path: job.path, bytes: job.make())]
            case .files(let make): return make()
            }
        }
    }

    /// A data file or feed, how to make its bytes, and what it is made from (`ExportInput`:
    /// its key hashes those alone).
    struct ExportJob: Sendable {
        let path: String
        let reads: [ExportInput]
        let make: @Sendable () -> [UInt8]

        init(path: String, reads: [ExportInput], bytes: @escaping @Sendable () -> [UInt8]) {
            self.path = path
            self.reads = reads
            self.make = bytes
        }

        init(path: String, reads: [ExportInput], text: @escaping @Sendable () -> String) {
            self.init(path: path, reads: reads) { Array(text().utf8) }
        }

        func key(_ inputs: [ExportInput: String]) -> String {
            var hash = StableHash()
            hash.update(path)
            for input in reads { hash.update(inputs[input] ?? "") }
            return hash.hex
        }
    }

    /// Feeds, sitemap and data files for other tools.
    private func exports() -> [ExportJob] {
        let address = SiteAddress(site: content.site)
        let gazetteer = lookup.gazetteer
        let titles = Dictionary(content.articles.map { ($0.fileName, $0.title) }, uniquingKeysWith: { a, _ in a })
        let outlets = Dictionary(content.articles.compactMap { a in a.source.map { (a.fileName, $0) } }, uniquingKeysWith: { a, _ in a })
        let events = assembly.events
        let scheduled = assembly.scheduled
        let background = assembly.background
        let topicTitles = Dictionary(content.topics.map { ($0.slug, $0.title) }, uniquingKeysWith: { a, _ in a })
        let (actors, histories, site, strings, eventPages) = (assembly.actors, assembly.histories, content.site, strings, lookup.eventPages)
        let acled = acled
        var files = [
            ExportJob(path: "data/events.json", reads: [.events], bytes: { EventsJSON.bytes(events, scheduled: scheduled, background: background) }),
            ExportJob(path: "data/events-all.csv", reads: [.events], text: { EventsCSV.encode(events) }),
            ExportJob(path: "data/events.csv", reads: [.events, .actors, .places, .outlets, .acled], text: { ACLEDExport.encode(events, actors: actors, gazetteer: gazetteer, outlets: outlets, vocabulary: acled) }),
            ExportJob(path: "data/timeline.json", reads: [.events, .site, .topics], bytes: { TimelineJS.encode(events, site: site, topicTitles: topicTitles, strings: strings) }),
            ExportJob(path: "data/actors.json", reads: [.events, .actors], bytes: { ActorsJSON.encode(histories) }),
            ExportJob(path: "data/events.geojson", reads: [.events, .places], bytes: { GeoJSON.encode(events, gazetteer: gazetteer, eventPages: eventPages) }),
            ExportJob(path: "robots.txt", reads: [.site], text: { Sitemap.robots(address: address) }),
            ExportJob(path: "feed.xml", reads: [.events, .site, .articleTitles], text: {
                AtomFeed(title: site.title, path: "feed.xml", page: "timeline/index.html", events: events, eventPages: eventPages,
                         address: address, articleTitles: titles, strings: strings).render()
            }),
        ]
        for briefing in assembly.briefings {
            let slug = briefing.topic.slug
            files.append(ExportJob(path: "topics/\(slug)/feed.xml", reads: [.events, .site, .articleTitles, .topics], text: {
                AtomFeed(title: "\(briefing.topic.title) — \(site.title)", path: "topics/\(slug)/feed.xml",
                         page: "topics/\(slug)/index.html", events: briefing.events, eventPages: eventPages, address: address,
                         articleTitles: titles, strings: strings).render()
            }))
        }
        return files
    }

    /// The month pages of a topic's or an actor's events.
    private func archiveJobs(_ archive: Archive?, events: [Event], owner: (label: String, path: String), section: String) -> [PageJob] {
        guard let archive else { return [] }
        return archive.pages.map { page in
            PageJob(page.path, PageTemplates.archive, title: "\(owner.label) — \(monthLabel(page))", depth: page.depth) { (v: PageParts) in
                archivePage(archive, page, events: events, owner: (owner.label, v.links.page(owner.path)), section: section, v)
            }
        }
    }

    /// What a page's values are made from: its links are relative to its depth (the 404 page,
    /// served at any depth, has absolute ones).
    private func values(for job: PageJob) -> PageParts {
        let links = job.path == "404.html" ? Links(absoluteFrom: content.site.baseURL, eventPages: lookup.eventPages)
            : Links(depth: job.depth, eventPages: lookup.eventPages)
        return PageParts(content: content, assembly: assembly, strings: strings, links: links, lookup: lookup,
                      markup: eventMarkup.at(root: links.root))
    }

    /// A page, or nil when its key is `previous`'s and `keep` took the previous build's file;
    /// with its key and size.
    private func page(_ job: PageJob, previous: PageKey?,
                      keep: (String, Int) -> Bool) throws -> (file: SiteFile?, entry: PageKey) {
        let values = values(for: job)
        let (view, trail) = job.content(values)
        let scope = PageScope(page: view, breadcrumbHTML: trail.map(values.breadcrumbs) ?? "", root: values.links.root,
                              labels: strings.labels, htmlLabels: strings.htmlLabels)
        let key = pageKey(job, scope)
        if let previous, previous.key == key, keep(job.path, previous.size) { return (nil, previous) }
        let metadata = PageMetadata(job: job, site: content.site, siteDescription: siteDescription)
        let layout = LayoutView(
            title: job.title.map { "\($0) — \(content.site.title)" } ?? content.site.title, siteTitle: content.site.title,
            description: metadata.description, language: content.site.language, root: values.links.root,
            section: job.path.split(separator: "/").first.map(String.init) ?? "", content: [],
            ogTitle: metadata.ogTitle, ogType: metadata.ogType, ogLocale: strings["locale"], canonical: metadata.canonical ?? "",
            hasCanonical: metadata.canonical != nil, jsonLD: metadata.jsonLD, labels: strings.labels)
        let file = SiteFile(path: job.path, bytes: try renderer.pageUTF8(job.template, scope, layout: layout))
        return (file, PageKey(key: key, size: file.bytes.count))
    }

    /// What decides a page's bytes: the theme, interface words and site's settings, its
    /// template, its values, and what its layout is made of — the page's path, title, summary
    /// and date (the layout's values, `PageMetadata`'s tags and the links' root are made from
    /// these alone, so they need not be made for a page found unchanged).
    private func pageKey(_ job: PageJob, _ scope: PageScope) -> String {
        var hash = StableHash()
        hash.update(siteFingerprint)
        hash.update(job.template)
        hash.update(templateFingerprints[job.template] ?? "")
        hash.update(job.path)
        hash.update(job.depth)
        for field in [job.title, job.summary, job.published?.iso] { hash.update(field ?? "\u{0}") }
        hash.update(scope.breadcrumbHTML)
        scope.page.fingerprint(into: &hash)
        return hash.hex
    }
}
