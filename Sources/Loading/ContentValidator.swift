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
                out.append(ContentError(file: "\(pathPrefix)/articles/\(article.fileName)", line: article.fieldLines["topics"],
                                   message: "unknown topic \"\(topic)\" (no \(pathPrefix)/topics/\(topic).md)"))
            }
        }
        for note in content.notes {
            for topic in note.topics where !topicSlugs.contains(topic) {
                out.append(ContentError(file: "\(pathPrefix)/notes/\(note.slug).md", line: note.fieldLines["topics"],
                                   message: "unknown topic \"\(topic)\" (no \(pathPrefix)/topics/\(topic).md)"))
            }
            for actor in note.actors where !actorSlugs.contains(actor) {
                out.append(ContentError(file: "\(pathPrefix)/notes/\(note.slug).md", line: note.fieldLines["actors"],
                                   message: "unknown actor \"\(actor)\" (no \(pathPrefix)/actors/\(actor).md)"))
            }
        }
        out += brokenLinks()
        out += brokenEventsBlocks()
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

    /// Keys, values and slugs of `events` blocks that cannot be read.
    private func brokenEventsBlocks() -> [ContentError] {
        let actors = Set(content.actors.map(\.slug)), topics = Set(content.topics.map(\.slug))
        var out: [ContentError] = []
        for (file, _, blocks) in content.editorsTexts(pathPrefix: pathPrefix) {
            for block in blocks {
                out += block.problems.map { ContentError(file: file, line: $0.line, column: 1, message: $0.message) }
                if let topic = block.topic, !topics.contains(topic) {
                    out.append(ContentError(file: file, line: block.line, column: 1, message: "events block: unknown topic \"\(topic)\""))
                }
                if let actor = block.actor, !actors.contains(actor) {
                    out.append(ContentError(file: file, line: block.line, column: 1, message: "events block: unknown actor \"\(actor)\""))
                }
            }
        }
        return out
    }

    /// `[[actor:…]]`, `[[topic:…]]`, `[[article:…]]` that name nothing (events are checked once
    /// extracted), and links of an unknown kind.
    private func brokenLinks() -> [ContentError] {
        let actors = Set(content.actors.map(\.slug)), topics = Set(content.topics.map(\.slug))
        let articles = Set(content.articles.flatMap { [$0.slug, $0.fileName] })
        var out: [ContentError] = []
        for (file, links) in content.editorsLinks(pathPrefix: pathPrefix) {
            for link in links {
                let known: Bool
                switch link.kind {
                case .actor: known = actors.contains(link.target)
                case .topic: known = topics.contains(link.target)
                case .article: known = articles.contains(link.target)
                case .event: known = true
                case nil:
                    out.append(ContentError(file: file, line: link.line, column: link.column,
                                            message: "unknown link kind \"\(link.kindText)\" in [[\(link.kindText):\(link.target)]] (one of: actor, topic, event, article)"))
                    continue
                }
                if !known {
                    out.append(ContentError(file: file, line: link.line, column: link.column,
                                            message: "[[\(link.kindText):\(link.target)]] links to no \(link.kindText) of the site"))
                }
            }
        }
        return out
    }
}
