import Model

/// Cross-file checks: slugs that must exist, names that must be unique.
struct ContentValidator {
    let content: Content
    let pathPrefix: String

    func validate() throws {
        let found = problems()
        if !found.isEmpty { throw ContentErrors(found) }
    }

    /// Every cross-file problem, not only the first.
    func problems() -> [ContentError] {
        var out: [ContentError] = []
        let topicSlugs = Set(content.topics.map(\.slug))
        let actorSlugs = Set(content.actors.map(\.slug))
        for article in content.articles {
            for topic in article.topics where !topicSlugs.contains(topic) {
                out.append(ContentError(file: "\(pathPrefix)/articles/\(article.fileName)",
                                   message: "unknown topic \"\(topic)\" (no \(pathPrefix)/topics/\(topic).md)"))
            }
        }
        for note in content.notes {
            for topic in note.topics where !topicSlugs.contains(topic) {
                out.append(ContentError(file: "\(pathPrefix)/notes/\(note.slug).md",
                                   message: "unknown topic \"\(topic)\" (no \(pathPrefix)/topics/\(topic).md)"))
            }
            for actor in note.actors where !actorSlugs.contains(actor) {
                out.append(ContentError(file: "\(pathPrefix)/notes/\(note.slug).md",
                                   message: "unknown actor \"\(actor)\" (no \(pathPrefix)/actors/\(actor).md)"))
            }
        }
        var seen: [String: String] = [:]
        for article in content.articles {
            if let other = seen[article.slug] {
                out.append(ContentError(file: "\(pathPrefix)/articles/\(article.fileName)",
                                   message: "same page address as \(other): rename one of them"))
            }
            seen[article.slug] = article.fileName
        }
        return out
    }
}
