import Assembly
import Model

/// `data/actors.json`: every actor with its names, kind and how many events it takes part in.
enum ActorsJSON {
    static func encode(_ histories: [ActorHistory]) -> [UInt8] {
        var json = PrettyJSON()
        json.beginObject()
        json.key("actors")
        json.array(histories) { json, history in
            let actor = history.actor
            json.key("aliases")
            json.beginArray()
            for alias in actor.aliases { json.string(alias) }
            json.endArray()
            if let country = actor.country { json.strings(["country": country]) }
            json.key("events")
            json.int(history.events.count)
            json.strings(["id": actor.slug, "kind": actor.kind.rawValue, "name": actor.name,
                          "page": "actors/\(actor.slug)/index.html"])
            json.key("reviewed")
            json.bool(actor.reviewed)
            if let role = actor.role { json.strings(["role": role]) }
        }
        json.endObject()
        return json.file()
    }
}
