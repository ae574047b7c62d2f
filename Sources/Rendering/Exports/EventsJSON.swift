import Model

/// `data/events.json`: the events in the public contract's shape, byte-identical between builds.
public enum EventsJSON {
    public static func encode(_ events: [Event], scheduled: [Event] = [], background: [Event] = []) -> String {
        String(decoding: bytes(events, scheduled: scheduled, background: background), as: UTF8.self)
    }

    /// The file's bytes, written event by event (see `PrettyJSON`).
    /// `events` holds what happened; `scheduled`, what was announced for a later day;
    /// `background`, what the articles recall to explain the news.
    static func bytes(_ events: [Event], scheduled: [Event] = [], background: [Event] = []) -> [UInt8] {
        var json = PrettyJSON(capacity: events.count * 1_200)
        json.beginObject()
        // (Keys sorted, as everywhere: what the articles recall, what happened, what is announced.)
        json.key("background")
        json.beginArray()
        for event in background { write(event, to: &json) }
        json.endArray()
        json.key("events")
        json.beginArray()
        for event in events { write(event, to: &json) }
        json.endArray()
        json.key("scheduled")
        json.beginArray()
        for event in scheduled { write(event, to: &json) }
        json.endArray()
        json.endObject()
        return json.file()
    }

    /// One event, its keys in sorted order.
    static func write(_ event: Event, to json: inout PrettyJSON) {
        json.beginObject()
        json.key("actors")
        json.array(event.actors) { json, actor in
            json.strings(["id": actor.id, "mention": actor.mention, "name": actor.name, "role": actor.role.rawValue])
        }
        json.strings(["date": event.date.iso, "date_precision": event.datePrecision.rawValue])
        json.key("fatalities")
        json.int(event.fatalities)
        json.key("id")
        json.string(event.id)
        json.key("language")
        json.string(event.language)
        json.key("location")
        json.string(event.location)
        json.key("location_mention")
        json.string(event.locationMention)
        json.key("quotes")
        json.array(event.quotes) { json, quote in
            json.key("speaker")
            json.string(quote.speaker)
            json.key("text")
            json.string(quote.text)
        }
        json.key("sources")
        json.array(event.sources) { json, source in
            json.key("article")
            json.string(source.article)
            json.key("paragraph")
            json.int(source.paragraph)
            json.key("sentence")
            json.string(source.sentence)
        }
        json.key("status")
        json.string(event.status.rawValue)
        json.key("summary")
        json.string(event.summary)
        json.key("tolls")
        json.array(event.tolls) { json, toll in
            json.key("count")
            json.int(toll.count)
            json.key("source")
            json.string(toll.source)
        }
        json.key("topics")
        json.beginArray()
        for topic in event.topics { json.string(topic) }
        json.endArray()
        json.key("type")
        json.string(event.type.rawValue)
        json.endObject()
    }
}

extension PrettyJSON {
    /// An array of objects, each written by `write` between its braces.
    mutating func array<Items: Sequence>(_ items: Items, _ write: (inout PrettyJSON, Items.Element) -> Void) {
        beginArray()
        for item in items {
            beginObject()
            write(&self, item)
            endObject()
        }
        endArray()
    }
}
