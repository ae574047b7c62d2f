import Foundation
import Model

/// `data/events.csv` in ACLED's column layout, for the kinds of event ACLED codes.
///
/// Only ACLED's schema is followed here; the rows are this site's own events:
/// - military actions → "Battles" (armed clash, territory taken), "Explosions/Remote violence"
///   (air or drone strike, shelling) or "Violence against civilians", by the event's
///   `subEvent`, which Extraction reads from its sentence;
/// - agreements → "Strategic developments" / "Agreement".
/// Other types (statements, appeals, meetings...) are not in ACLED's scope: they are in
/// `data/events-all.csv` only.
enum ACLEDExport {
    static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "country", "admin1",
        "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp",
    ]

    static func encode(_ events: [Event], actors: [String: Actor], gazetteer: Gazetteer, outlets: [String: String],
                       vocabulary: ACLEDVocabulary) -> String {
        var rows = [EventsCSV.row(columns)]
        var counters: [String: Int] = [:]
        for event in events {
            guard let coding = ACLEDTable.coding(for: event) else { continue }
            let place = gazetteer.place(named: event.location)
            let country = place?.country ?? ""
            let prefix = vocabulary.countryCodes[country] ?? "XXX"
            counters[prefix, default: 0] += 1
            let participants = event.actors.filter { $0.role == .participant }.compactMap { actors[$0.id] ?? Actor(slug: $0.id, name: $0.name, reviewed: false) }
            // Actor 1 and its associates, then the other side: ACLED pairs the two sides of an
            // interaction; the first two participants named are taken as the two sides.
            let side1 = participants.first
            let side2 = participants.dropFirst().first
            let associates = participants.dropFirst(2).map(\.name).joined(separator: "; ")
            let inter1 = side1.map(ACLEDTable.interCode) ?? ""
            let inter2 = side2.map(ACLEDTable.interCode) ?? ""
            let interaction = [inter1, inter2].filter { !$0.isEmpty }.sorted().joined()
            let sources = Array(Set(event.sources.compactMap { outlets[$0.article] })).sorted().joined(separator: "; ")
            let notes = ([event.summary] + event.sources.prefix(1).map(\.sentence)).joined(separator: " — ")
            rows.append(EventsCSV.row([
                "\(prefix)\(counters[prefix]!)", event.date.iso, String(event.date.year),
                event.datePrecision == .day ? "1" : "3",
                coding.disorder, coding.eventType, coding.subEventType,
                side1?.name ?? "", "", inter1, side2?.name ?? "", associates, inter2, interaction,
                country, place?.admin1 ?? "", place?.name ?? event.location ?? "",
                place.map { GeoJSON.coordinate($0.latitude) } ?? "", place.map { GeoJSON.coordinate($0.longitude) } ?? "",
                place == nil ? "" : "1", sources, sources.isEmpty ? "" : "International", notes,
                String(event.fatalities ?? 0), String(event.date.dayNumber * 86_400),
            ]))
        }
        return rows.joined(separator: "\r\n") + "\r\n"
    }
}

/// The mapping from our events to ACLED's categories.
enum ACLEDTable {
    struct Coding {
        let disorder: String
        let eventType: String
        let subEventType: String
    }

    /// ACLED's codes for each kind of military action that Extraction tells apart.
    static func coding(_ subEvent: SubEvent) -> Coding {
        switch subEvent {
        case .airStrike: Coding(disorder: "Political violence", eventType: "Explosions/Remote violence", subEventType: "Air/drone strike")
        case .shelling: Coding(disorder: "Political violence", eventType: "Explosions/Remote violence", subEventType: "Shelling/artillery/missile attack")
        case .territory: Coding(disorder: "Political violence", eventType: "Battles", subEventType: "Government regains territory")
        case .civilians: Coding(disorder: "Political violence", eventType: "Violence against civilians", subEventType: "Attack")
        }
    }

    static let armedClash = Coding(disorder: "Political violence", eventType: "Battles", subEventType: "Armed clash")
    static let agreement = Coding(disorder: "Strategic developments", eventType: "Strategic developments", subEventType: "Agreement")

    static func coding(for event: Event) -> Coding? {
        switch event.type {
        case .agreement: agreement
        case .militaryAction: event.subEvent.map(coding) ?? armedClash
        default: nil
        }
    }

    /// ACLED's actor categories: 1 state forces, 2 rebel groups, 8 external/other forces.
    static func interCode(_ actor: Actor) -> String {
        switch actor.kind {
        case .state: return "1"
        case .armedGroup: return "2"
        case .organisation, .person: return "8"
        }
    }

}

/// The language data ACLED's layout needs, gathered from every lexicon: the country codes by
/// country name.
public struct ACLEDVocabulary: Sendable {
    public var countryCodes: [String: String]

    public init(countryCodes: [String: String] = [:]) {
        self.countryCodes = countryCodes
    }
}
