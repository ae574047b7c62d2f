import Foundation
import Model

/// `data/events.geojson` (RFC 7946): events whose place is in the gazetteer, as points.
enum GeoJSON {
    /// - Parameter eventPages: the page holding each event's card, by event id.
    static func encode(_ events: [Event], gazetteer: Gazetteer, eventPages: [String: String]) -> String {
        var features: [String] = []
        for event in events {
            guard let place = gazetteer.place(named: event.location) else { continue }
            // The properties as `JSONExport.encode` writes them (keys sorted), one level in.
            var json = PrettyJSON()
            json.beginObject()
            json.strings([
                "date": event.date.iso, "fatalities": event.fatalities.map(String.init) ?? "", "id": event.id,
                "page": (eventPages[event.id] ?? "timeline/index.html") + "#\(event.id)", "place": place.name,
                "summary": event.summary, "topics": event.topics.joined(separator: ","), "type": event.type.rawValue,
            ])
            json.endObject()
            let props = String(decoding: json.bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\n    ")
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
