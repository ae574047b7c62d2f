import Model

/// Reads `Content/actors/<slug>.md`.
public enum ActorParser {
    static let fields: Set<String> = ["name", "aliases", "kind", "country", "role", "article"]

    public static func parse(slug: String, path: String, text: String) throws -> Actor {
        let front = try FrontMatter(file: path, text: text)
        try front.allowOnly(fields)
        let markdown = front.editorsMarkdown
        let kindText = try front.string("kind") ?? ActorKind.person.rawValue
        guard let kind = ActorKind(rawValue: kindText) else {
            let known = ActorKind.allCases.map(\.rawValue).joined(separator: ", ")
            throw Diagnostic(file: path, line: front.line(of: "kind"), message: "unknown kind \"\(kindText)\" (one of: \(known))")
        }
        var actor = Actor(slug: slug, name: try front.requiredString("name"), aliases: try front.strings("aliases"),
                     kind: kind, country: try front.string("country"), role: try front.string("role"),
                     article: try front.string("article"),
                     profile: markdown.text, reviewed: true)
        actor.fieldLines = Dictionary(uniqueKeysWithValues: fields.compactMap { key in front.line(of: key).map { (key, $0) } })
        actor.links = markdown.links
        actor.eventsBlocks = markdown.eventsBlocks
        return actor
    }
}
