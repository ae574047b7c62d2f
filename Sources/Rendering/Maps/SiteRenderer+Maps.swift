import Assembly
import Geography
import Model

/// The maps of the site's pages: where their events happened, a dot per place of the gazetteer.
extension SiteRenderer {
    /// The colour class of a dot whose events are mostly of this type: the type's series, as
    /// in a place's chart of events by type.
    static func mapColour(_ type: EventType) -> String { "series-\(type.rank)" }

    /// A map of where `events` happened, as an HTML block; empty when none happened at a place
    /// of the gazetteer. Places named in the text alone are never drawn: their coordinates
    /// have not been reviewed.
    /// - Parameter minimumSpan: the smallest extent in degrees, so that a single place is
    ///   shown among its neighbours.
    func eventMap<Events: Sequence>(id: String, title: String, events: Events, minimumSpan: Double = 1.2,
                                    _ v: PageParts) -> String where Events.Element == Event {
        guard content.site.maps else { return "" }
        var counts: [String: (place: Place, count: Int, types: [EventType: Int])] = [:]
        for event in events {
            guard let place = lookup.place(of: event) else { continue }
            counts[place.slug, default: (place, 0, [:])].count += 1
            counts[place.slug]!.types[event.type, default: 0] += 1
        }
        let marks = counts.values.sorted { $0.place.slug < $1.place.slug }.map { entry in
            MapMark(name: entry.place.name, slug: entry.place.slug, url: v.links.place(entry.place.slug),
                    point: GeoPoint(latitude: entry.place.latitude, longitude: entry.place.longitude), count: entry.count,
                    colour: Self.mapColour(Self.mainType(entry.types)))
        }
        let shown = Set(marks.map(\.colour))
        let legend = EventType.allCases.filter { shown.contains(Self.mapColour($0)) }.map { (strings.eventType($0), Self.mapColour($0)) }
        let figure = MapFigure(id: id, title: title, map: PlaceMap(marks: marks, minimumSpan: minimumSpan), legend: legend,
                               words: mapWords)
        return figure.draw(land: landPaths) ?? ""
    }

    /// The most frequent type; on a tie, the first in the taxonomy's order.
    static func mainType(_ types: [EventType: Int]) -> EventType {
        EventType.allCases.max { (types[$0] ?? 0, -$0.rank) < (types[$1] ?? 0, -$1.rank) } ?? .statement
    }

    var mapWords: MapWords {
        let strings = strings
        return MapWords(count: { "\(strings.number($0)) \(strings["events"])" }, number: { strings.number($0) },
                        placeColumn: strings["col_place"], countColumn: strings["col_events"],
                        tableSummary: strings["map_table"], sizeNote: strings["map_size_note"])
    }
}
