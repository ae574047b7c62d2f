import Assembly
import Model

/// `data/actors.json`: every actor with its names, kind and how many events it takes part in.
enum ActorsJSON {
    struct Record: Encodable {
        let id: String
        let name: String
        let aliases: [String]
        let kind: String
        let country: String?
        let role: String?
        let reviewed: Bool
        let events: Int
        let page: String
    }

    static func encode(_ histories: [ActorHistory]) -> String {
        let records = histories.map { h in
            Record(id: h.actor.slug, name: h.actor.name, aliases: h.actor.aliases, kind: h.actor.kind.rawValue,
                   country: h.actor.country, role: h.actor.role, reviewed: h.actor.reviewed,
                   events: h.events.count, page: "actors/\(h.actor.slug)/index.html")
        }
        return JSONExport.encode(["actors": records])
    }
}
