import Assembly
import Model

/// The place pages: one per place of the gazetteer with events, the index by country, and the
/// map of everything.
extension SiteRenderer {
    /// A place's own map shows this many degrees around it at least, to locate it.
    static let placeMapSpan = 3.0

    func placeIndex(_ v: PageParts) -> PageContent<PlaceIndexPage> {
        let byCountry = Dictionary(grouping: assembly.places) { $0.place.country ?? "" }
        let groups = byCountry.keys.sorted(byKey: { ($0.isEmpty ? 1 : 0, $0.folded()) }, by: <).map { country in
            // The most events first, then by name.
            let histories = byCountry[country]!.sorted(byKey: { ($0.events.count, $0.place.name.folded()) }) { ($1.0, $0.1) < ($0.0, $1.1) }
            return PlaceGroup(heading: country.isEmpty ? strings["no_country"] : country,
                              eventCount: strings.number(histories.map(\.events.count).reduce(0, +)),
                              places: histories.map { PlaceRow(place: v.place($0.place), eventCount: strings.number($0.events.count)) })
        }
        return PageContent(PlaceIndexPage(groups: groups, mapURL: v.links.section("map")), trail: [(strings["places"], nil)])
    }

    func placePage(_ history: PlaceHistory, _ v: PageParts) -> PageContent<PlacePage> {
        let place = history.place
        // One series per event type, in the type's colour, as on the maps.
        let byType = Dictionary(grouping: history.events, by: \.type)
        let daily = dailyChart(id: "chart-daily", title: strings["chart_place_daily_title"],
                               caption: strings["chart_place_daily_caption"], series: EventType.allCases.compactMap { type in
                                   byType[type].map { (strings.eventType(type), $0, type.rank) }
                               }, v)
        let deaths = fatalitiesChart(history.events, v)
        let files = Set(history.events.flatMap { $0.sources.map(\.article) })
        let page = PlacePage(
            place: v.place(place),
            listing: listing(events: history.events, archive: lookup.placeArchives[place.slug], quotes: history.quotes,
                             files: files, notes: [], v),
            coordinates: Self.coordinates(place), fatalities: strings.number(history.fatalities),
            actorCount: strings.number(history.actors.count), actors: history.actors.prefix(Self.companionsShown).map(v.ranked),
            hasActors: !history.actors.isEmpty,
            topics: history.topics.compactMap { entry in
                v.topicsBySlug[entry.slug].map { CountedTopic(topic: v.topic($0), count: strings.number(entry.count)) }
            },
            hasTopics: !history.topics.isEmpty,
            mapHTML: eventMap(id: "map", title: strings["map_title"] + " — " + place.name, events: history.events,
                              minimumSpan: Self.placeMapSpan, v),
            chartHTML: daily?.html ?? "", fatalitiesChartHTML: deaths?.html ?? "", hasCharts: daily != nil || deaths != nil)
        return PageContent(page, trail: [(strings["places"], v.links.section("places")), (place.name, nil)])
    }

    /// Every event of the site on one map.
    func mapPage(_ v: PageParts) -> PageContent<MapPage> {
        let placed = assembly.places.map(\.events.count).reduce(0, +)
        let page = MapPage(mapHTML: eventMap(id: "map", title: strings["map_all_title"], events: assembly.events, v),
                           eventCount: strings.number(assembly.events.count), placedCount: strings.number(placed),
                           placesURL: v.links.section("places"), geoJSON: v.links.data("events.geojson"))
        return PageContent(page, trail: [(strings["map"], nil)])
    }

    /// "35.8622° N, 36.8006° E".
    static func coordinates(_ place: Place) -> String {
        func degrees(_ value: Double, _ positive: String, _ negative: String) -> String {
            let tenThousandths = Int((abs(value) * 10_000).rounded())
            let fraction = String(tenThousandths % 10_000).leftPadded(4)
            return "\(tenThousandths / 10_000).\(fraction)° \(value < 0 ? negative : positive)"
        }
        return degrees(place.latitude, "N", "S") + ", " + degrees(place.longitude, "E", "W")
    }
}
