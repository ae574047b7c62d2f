import Model

/// Reads `Content/topics/<slug>.md`.
public enum TopicParser {
    static let fields: Set<String> = ["title", "summary", "keywords"]

    public static func parse(slug: String, path: String, text: String) throws -> Topic {
        let front = try FrontMatter(file: path, text: text)
        try front.allowOnly(fields)
        var topic = Topic(slug: slug, title: try front.requiredString("title"), summary: try front.string("summary") ?? "",
                     keywords: try front.strings("keywords"), notes: front.trimmedBody.text)
        topic.links = NoteLink.scan(front.body, firstLine: front.bodyLine)
        topic.eventsBlocks = EventsBlock.scan(front.trimmedBody.text, firstLine: front.trimmedBody.firstLine)
        return topic
    }
}
