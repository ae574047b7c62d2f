import Foundation
import Model

/// `data/events.geojson` (RFC 7946): events whose place is in the gazetteer, as points.
enum GeoJSON {
    /// - Parameter eventPages: the page holding each event's card, by event id.
    static func encode(_ events: [Event], gazetteer: Gazetteer, eventPages: [String: String]) -> String {
        var features: [String] = []
        for event in events {
            guard let place = gazetteer.place(named: event.location) else { continue }
            let properties: [String: String] = [
                "id": event.id, "date": event.date.iso, "type": event.type.rawValue, "summary": event.summary,
                "place": place.name, "topics": event.topics.joined(separator: ","),
                "fatalities": event.fatalities.map(String.init) ?? "", "page": (eventPages[event.id] ?? "timeline/index.html") + "#\(event.id)",
            ]
            let props = JSONExport.encode(properties).trimmingCharacters(in: .whitespacesAndNewlines)
                .replacingOccurrences(of: "\n", with: "\n    ")
            features.append("""
              {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [\(coordinate(place.longitude)), \(coordinate(place.latitude))]},
                "properties": \(props)
              }
            """)
        }
        return "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [\n" + features.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    /// Fixed decimals, so the text never depends on floating-point printing.
    static func coordinate(_ value: Double) -> String { String(format: "%.4f", value) }
}
