import Model

/// What happened at one place of the gazetteer: its events, who took part, which topics.
/// Only the gazetteer's places have one: a place named in the text alone has no coordinates
/// an editor has reviewed.
public struct PlaceHistory: Sendable {
    public var place: Place
    /// Chronological.
    public var events: [Event]
    /// Sum of the reported fatalities (a lower bound).
    public var fatalities: Int
    /// Actors taking part in its events, most involved first.
    public var actors: [Ranked]
    /// Topic slugs with how many of its events each has, most first.
    public var topics: [(slug: String, count: Int)]
    public var quotes: [SourcedQuote]

    /// One history per place of `gazetteer` that `events` (chronological) happened at, in the
    /// gazetteer's order.
    static func histories(of gazetteer: [Place], events: [Event]) -> [PlaceHistory] {
        let lookup = Gazetteer(gazetteer)
        var bySlug: [String: [Event]] = [:]
        for event in events {
            if let place = lookup.place(named: event.location) { bySlug[place.slug, default: []].append(event) }
        }
        return gazetteer.compactMap { place in
            guard let mine = bySlug.removeValue(forKey: place.slug) else { return nil }
            var actors: [String: Int] = [:], topics: [String: Int] = [:]
            for event in mine {
                for id in Set(event.actors.filter { $0.role == .participant }.map(\.id)) { actors[id, default: 0] += 1 }
                for topic in Set(event.topics) { topics[topic, default: 0] += 1 }
            }
            return PlaceHistory(place: place, events: mine, fatalities: mine.compactMap(\.fatalities).reduce(0, +),
                                actors: Ranked.rank(actors), topics: topics.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                                    .map { (slug: $0.key, count: $0.value) },
                                quotes: Chronicle.quotes(in: mine))
        }
    }
}
