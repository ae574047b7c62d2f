import Model

/// Reads `Content/notes/<slug>.md`, an editor's analysis.
public enum NoteParser {
    static let fields: Set<String> = ["title", "date", "topics", "actors"]

    public static func parse(slug: String, path: String, text: String) throws -> Note {
        let front = try FrontMatter(file: path, text: text)
        try front.allowOnly(fields)
        let markdown = front.editorsMarkdown
        var note = Note(slug: slug, title: try front.requiredString("title"), date: try front.day("date"),
                    topics: try front.strings("topics"), actors: try front.strings("actors"),
                    body: markdown.text)
        note.links = markdown.links
        note.fieldLines = Dictionary(uniqueKeysWithValues: fields.compactMap { key in front.line(of: key).map { (key, $0) } })
        note.eventsBlocks = markdown.eventsBlocks
        return note
    }
}
