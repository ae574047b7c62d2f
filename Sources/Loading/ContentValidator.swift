import Model

/// Cross-file checks: slugs that must exist, names that must be unique.
struct ContentValidator {
    let content: Content
    let pathPrefix: String

    func validate() throws {
        let found = problems()
        if !found.isEmpty { throw Diagnostics(found) }
    }

    /// Every cross-file problem, not only the first.
    func problems() -> [Diagnostic] {
        var out: [Diagnostic] = []
        let topicSlugs = Set(content.topics.map(\.slug))
        let actorSlugs = Set(content.actors.map(\.slug))
        for article in content.articles {
            for topic in article.topics where !topicSlugs.contains(topic) {
                out.append(Diagnostic(file: "\(pathPrefix)/articles/\(article.fileName)", line: article.fieldLines["topics"],
                                   message: "unknown topic \"\(topic)\" (no \(pathPrefix)/topics/\(topic).md)"))
            }
        }
        for note in content.notes {
            for topic in note.topics where !topicSlugs.contains(topic) {
                out.append(Diagnostic(file: "\(pathPrefix)/notes/\(note.slug).md", line: note.fieldLines["topics"],
                                   message: "unknown topic \"\(topic)\" (no \(pathPrefix)/topics/\(topic).md)"))
            }
            for actor in note.actors where !actorSlugs.contains(actor) {
                out.append(Diagnostic(file: "\(pathPrefix)/notes/\(note.slug).md", line: note.fieldLines["actors"],
                                   message: "unknown actor \"\(actor)\" (no \(pathPrefix)/actors/\(actor).md)"))
            }
        }
        out += brokenLinks()
        out += brokenEventsBlocks()
        out += addressCollisions()
        out += sharedAliases()
        return out
    }

    /// Two files of one kind whose pages would have the same address, once case and accents are
    /// set aside (as a case-insensitive disk or host would): "Idlib.md" and "idlib.md".
    private func addressCollisions() -> [Diagnostic] {
        let kinds: [(folder: String, files: [(slug: String, file: String)])] = [
            ("articles", content.articles.map { ($0.slug, $0.fileName) }),
            ("topics", content.topics.map { ($0.slug, "\($0.slug).md") }),
            ("actors", content.actors.map { ($0.slug, "\($0.slug).md") }),
            ("notes", content.notes.map { ($0.slug, "\($0.slug).md") }),
        ]
        var out: [Diagnostic] = []
        for (folder, files) in kinds {
            var seen: [String: String] = [:]
            for (slug, file) in files.sorted(by: { $0.file < $1.file }) {
                let key = slug.folded()
                if let other = seen[key] {
                    out.append(Diagnostic(file: "\(pathPrefix)/\(folder)/\(file)", line: 1, column: 1,
                                            message: "same page address as \(pathPrefix)/\(folder)/\(other) (\(folder)/\(key)/, "
                                                + "once case and accents are set aside): rename one of them"))
                } else {
                    seen[key] = file
                }
            }
        }
        return out
    }

    /// A name or alias that two actor profiles claim: the text could not tell which is meant.
    private func sharedAliases() -> [Diagnostic] {
        var owner: [String: String] = [:]
        var out: [Diagnostic] = []
        for actor in content.actors.sorted(by: { $0.slug < $1.slug }) {
            for alias in [actor.name] + actor.aliases {
                let key = alias.folded()
                if let other = owner[key], other != actor.slug {
                    out.append(Diagnostic(file: "\(pathPrefix)/actors/\(actor.slug).md",
                                            line: actor.fieldLines[alias == actor.name ? "name" : "aliases"], column: 1,
                                            message: "\"\(alias)\" already names \(pathPrefix)/actors/\(other).md: a name or alias must belong to one actor"))
                } else {
                    owner[key] = actor.slug
                }
            }
        }
        return out
    }

    /// Keys, values and slugs of `events` blocks that cannot be read.
    private func brokenEventsBlocks() -> [Diagnostic] {
        let actors = Set(content.actors.map(\.slug)), topics = Set(content.topics.map(\.slug))
        var out: [Diagnostic] = []
        for (file, _, blocks) in content.editorsTexts(pathPrefix: pathPrefix) {
            for block in blocks {
                out += block.problems.map { Diagnostic(file: file, line: $0.line, column: 1, message: $0.message) }
                if let topic = block.topic, !topics.contains(topic) {
                    out.append(Diagnostic(file: file, line: block.line, column: 1, message: "events block: unknown topic \"\(topic)\""))
                }
                if let actor = block.actor, !actors.contains(actor) {
                    out.append(Diagnostic(file: file, line: block.line, column: 1, message: "events block: unknown actor \"\(actor)\""))
                }
            }
        }
        return out
    }

    /// `[[actor:…]]`, `[[topic:…]]`, `[[article:…]]` that name nothing (events are checked once
    /// extracted), and links of an unknown kind.
    private func brokenLinks() -> [Diagnostic] {
        let actors = Set(content.actors.map(\.slug)), topics = Set(content.topics.map(\.slug))
        let articles = Set(content.articles.flatMap { [$0.slug, $0.fileName] })
        var out: [Diagnostic] = []
        for (file, links) in content.editorsLinks(pathPrefix: pathPrefix) {
            for link in links {
                let known: Bool
                switch link.kind {
                case .actor: known = actors.contains(link.target)
                case .topic: known = topics.contains(link.target)
                case .article: known = articles.contains(link.target)
                case .event: known = true
                case nil:
                    out.append(Diagnostic(file: file, line: link.line, column: link.column,
                                            message: "unknown link kind \"\(link.kindText)\" in [[\(link.kindText):\(link.target)]] (one of: actor, topic, event, article)"))
                    continue
                }
                if !known {
                    out.append(Diagnostic(file: file, line: link.line, column: link.column,
                                            message: "[[\(link.kindText):\(link.target)]] links to no \(link.kindText) of the site"))
                }
            }
        }
        return out
    }
}
