import Foundation
import Model

/// `data/timeline.json` in Knight Lab TimelineJS's JSON format, for newsrooms to embed.
enum TimelineJS {
    static func encode(_ events: [Event], site: SiteConfig, topicTitles: [String: String], strings: Strings) -> [UInt8] {
        var json = PrettyJSON(capacity: events.count * 500)
        json.beginObject()
        json.key("events")
        json.beginArray()
        for event in events {
            let actors = event.actors.filter { $0.role == .participant }.map(\.name).joined(separator: ", ")
            var text = strings.eventType(event.type)
            if !actors.isEmpty { text += " — " + actors }
            if let sentence = event.sources.first?.sentence { text += "<br>« " + Markup.escape(sentence) + " »" }
            json.beginObject()
            if let group = event.topics.first.flatMap({ topicTitles[$0] }) {
                json.key("group")
                json.string(group)
            }
            json.key("start_date")
            json.beginObject()
            json.strings(["day": String(event.date.day), "month": String(event.date.month), "year": String(event.date.year)])
            json.endObject()
            json.key("text")
            json.beginObject()
            json.strings(["headline": Markup.escape(event.summary), "text": text])
            json.endObject()
            json.key("unique_id")
            json.string(event.id)
            json.endObject()
        }
        json.endArray()
        json.key("title")
        json.beginObject()
        json.key("text")
        json.beginObject()
        json.strings(["headline": Markup.escape(site.title), "text": Markup.escape(site.description)])
        json.endObject()
        json.endObject()
        json.endObject()
        return json.file()
    }
}
