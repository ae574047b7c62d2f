import Foundation
import Model

/// `data/events.geojson` (RFC 7946): events whose place is in the gazetteer, as points.
enum GeoJSON {
    /// - Parameter eventPages: the page holding each event's card, by event id.
    static func encode(_ events: [Event], gazetteer: Gazetteer, eventPages: [String: String]) -> [UInt8] {
        var json = PrettyJSON()
        json.beginObject()
        json.key("features")
        json.beginArray()
        for event in events {
            guard let place = gazetteer.place(named: event.location) else { continue }
            json.beginObject()
            json.key("geometry")
            json.beginObject()
            json.key("coordinates")
            json.beginArray()
            json.number(coordinate(place.longitude))
            json.number(coordinate(place.latitude))
            json.endArray()
            json.strings(["type": "Point"])
            json.endObject()
            json.key("properties")
            json.beginObject()
            json.strings([
                "date": event.date.iso, "fatalities": event.fatalities.map(String.init) ?? "", "id": event.id,
                "page": (eventPages[event.id] ?? "timeline/index.html") + "#\(event.id)", "place": place.name,
                "summary": event.summary, "topics": event.topics.joined(separator: ","), "type": event.type.rawValue,
            ])
            json.endObject()
            json.strings(["type": "Feature"])
            json.endObject()
        }
        json.endArray()
        json.strings(["type": "FeatureCollection"])
        json.endObject()
        return json.file()
    }

    /// Fixed decimals, so the text never depends on floating-point printing.
    static func coordinate(_ value: Double) -> String { String(format: "%.4f", value) }
}
