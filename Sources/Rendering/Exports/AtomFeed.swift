import Assembly
import Model

/// Atom feeds (RFC 4287) of events: the whole site's and one per topic. The feed's date is
/// its newest event's, never the build time, so feeds are byte-identical between builds.
struct AtomFeed {
    let title: String
    /// Path of the feed inside the site (`feed.xml`, `topics/idlib/feed.xml`).
    let path: String
    /// Path of the page the feed accompanies.
    let page: String
    let events: [Event]
    /// The page holding each event's card, by event id.
    let eventPages: [String: String]
    let address: SiteAddress
    let articleTitles: [String: String]
    let strings: Strings

    /// Newest first, at most this many entries.
    static let limit = 50

    func render() -> String {
        let newest = events.sorted { EventOrder.chronological($1, $0) }.prefix(Self.limit)
        let updated = newest.first.map { Self.timestamp($0.date) } ?? "2000-01-01T00:00:00Z"
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>\(Markup.escape(title))</title>
          <id>\(Markup.escape(address.id(path)))</id>
          <updated>\(updated)</updated>
          <link rel="self" href="\(Markup.escape(address.url(path)))"/>
          <link rel="alternate" type="text/html" href="\(Markup.escape(address.url(page)))"/>
          <author><name>\(Markup.escape(title))</name></author>

        """
        for event in newest {
            let link = address.url((eventPages[event.id] ?? "timeline/index.html") + "#\(event.id)")
            let actors = event.actors.filter { $0.role == .participant }.map(\.name).joined(separator: ", ")
            var summary = "\(strings.eventType(event.type)) — \(strings.date(event.date))"
            if !actors.isEmpty { summary += " — \(actors)" }
            if let fatalities = event.fatalities { summary += " — \(strings.number(fatalities)) \(strings["killed"])" }
            // The source sentence only where it is in the feed's language: one text, one language.
            let foreign = event.language.map { $0 != strings.language } ?? false
            if !foreign, let sentence = event.sources.first?.sentence { summary += "\n\n« \(sentence) »" }
            let sources = event.sources.compactMap { articleTitles[$0.article] }.joined(separator: " ; ")
            if !sources.isEmpty { summary += "\n\n\(strings["sources"]) : \(sources)" }
            xml += """
              <entry>
                <title\(foreign ? " xml:lang=\"\(Markup.escape(event.language ?? ""))\"" : "")>\(Markup.escape(event.summary))</title>
                <id>\(Markup.escape(address.id("events/" + event.id)))</id>
                <updated>\(Self.timestamp(event.date))</updated>
                <link rel="alternate" type="text/html" href="\(Markup.escape(link))"/>
            \(event.topics.map { "    <category term=\"\(Markup.escape($0))\"/>\n" }.joined())    <summary type="text">\(Markup.escape(summary))</summary>
              </entry>

            """
        }
        return xml + "</feed>\n"
    }

    static func timestamp(_ day: Day) -> String { day.iso + "T00:00:00Z" }
}
