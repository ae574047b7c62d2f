import Model

/// What the data files and feeds are made from, each part hashed once per build: an export's
/// key is made of the parts it reads (`ExportJob.reads`), so that, say, a new article title
/// rewrites the feeds but neither `data/events.json` nor ACLED's table.
enum ExportInput: Sendable, Hashable {
    /// The merged, scheduled and background events (and so the pages their cards are on).
    case events
    /// The site's settings and the interface words.
    case site
    /// The articles' titles, by file name.
    case articleTitles
    /// The articles' outlets, by file name.
    case outlets
    case topics
    /// Every actor, known or discovered.
    case actors
    /// The gazetteer.
    case places
    /// ACLED's country codes.
    case acled
}

extension SiteRenderer {
    /// Each part's hash. Not the articles' text: the exports show only the sentences the
    /// events hold.
    func exportInputs() -> [ExportInput: String] {
        let (content, assembly, acled, site) = (content, assembly, acled, siteFingerprint)
        // (The events are most of the work: hashed in slices on every core, then in order.)
        let events = assembly.events
        let slice = 2_048
        let slices: [(ExportInput, @Sendable () -> String)] = stride(from: 0, to: events.count, by: slice).map { start in
            (.events, { @Sendable in StableHash.of(encodable: Array(events[start..<min(start + slice, events.count)])) })
        }
        let others: [(ExportInput, @Sendable () -> String)] = [
            (.events, { StableHash.of(encodable: assembly.scheduled) }),
            (.events, { StableHash.of(encodable: assembly.background) }),
            (.articleTitles, {
                var hash = StableHash()
                for article in content.articles { hash.update(article.fileName); hash.update(article.title) }
                return hash.hex
            }),
            (.outlets, {
                var hash = StableHash()
                for article in content.articles { hash.update(article.fileName); hash.update(article.source ?? "\u{0}") }
                return hash.hex
            }),
            (.topics, { StableHash.of(encodable: content.topics) }),
            (.actors, { StableHash.of(encodable: assembly.actors) }),
            (.places, { StableHash.of(encodable: content.places) }),
            (.acled, {
                var hash = StableHash()
                for (name, code) in acled.countryCodes.sorted(by: { $0.key < $1.key }) { hash.update(name); hash.update(code) }
                return hash.hex
            }),
        ]
        let parts = slices + others
        let results = parts.map(\.1).parallelMap { $0() }
        // (An input hashed in several parts takes them in their order.)
        var hashes: [ExportInput: StableHash] = [:]
        for ((input, _), result) in zip(parts, results) { hashes[input, default: StableHash()].update(result) }
        return hashes.mapValues(\.hex).merging([.site: site]) { a, _ in a }
    }
}
