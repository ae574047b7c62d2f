import Model

/// Reads `Content/topics/<slug>.md`.
public enum TopicParser {
    static let fields: Set<String> = ["title", "summary", "keywords"]

    public static func parse(slug: String, path: String, text: String) throws -> Topic {
        let front = try FrontMatter(file: path, text: text)
        try front.allowOnly(fields)
        let markdown = front.editorsMarkdown
        var topic = Topic(slug: slug, title: try front.requiredString("title"), summary: try front.string("summary") ?? "",
                     keywords: try front.strings("keywords"), notes: markdown.text)
        topic.links = markdown.links
        topic.eventsBlocks = markdown.eventsBlocks
        return topic
    }
}
