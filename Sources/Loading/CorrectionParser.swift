import Model

/// Reads `Content/corrections.yml`: a list of corrections to extracted events.
///
/// ```yaml
/// - article: 2020-02-21-poutine-conseil-securite-idlib.txt
///   sentence: "l’armée russe a indiqué avoir mené des frappes"
///   set: {date: 2020-02-20, type: military-action, actors: [russie, turquie]}
/// - article: 2020-02-21-poutine-conseil-securite-idlib.txt
///   sentence: "conférence internationale de Berlin"
///   suppress: true
/// - add: {date: 2020-02-20, type: statement, summary: "...", actors: [russie], topics: [idlib]}
/// ```
public enum CorrectionParser {
    static let fields: Set<String> = ["article", "sentence", "type", "set", "suppress", "add"]
    static let patchFields: Set<String> = ["date", "type", "sub_event", "actors", "topics", "location", "fatalities", "summary"]
    static let addFields: Set<String> = patchFields.union(["article", "sentence", "paragraph", "quotes"])

    public static func parse(path: String, text: String) throws -> [Correction] {
        try FrontMatter.list(file: path, yaml: text).map { entry in
            try entry.allowOnly(fields)
            let origin = "\(path):\(entry.line)"
            if let add = try entry.mapping("add") {
                return Correction(file: path, line: entry.line, article: nil, sentence: nil, action: .add(try event(add, origin: origin)))
            }
            guard let article = try entry.string("article"), let sentence = try entry.string("sentence") else {
                throw Diagnostic(file: path, line: entry.line, message: "a correction names the `article` and a `sentence` phrase of the event (or is an `add:`)")
            }
            let type = try eventType(entry, "type")
            if try entry.bool("suppress") == true {
                return Correction(file: path, line: entry.line, article: article, sentence: sentence, type: type, action: .suppress)
            }
            guard let set = try entry.mapping("set") else {
                throw Diagnostic(file: path, line: entry.line, message: "a correction has `set:` (fields to change) or `suppress: true`")
            }
            try set.allowOnly(patchFields)
            let patch = EventPatch(date: try set.day("date"), type: try eventType(set, "type"),
                                   actors: set.keys.contains("actors") ? try set.strings("actors") : nil,
                                   topics: set.keys.contains("topics") ? try set.strings("topics") : nil,
                                   location: try set.string("location"), fatalities: try set.int("fatalities"),
                                   summary: try set.string("summary"), subEvent: try subEvent(set))
            return Correction(file: path, line: entry.line, article: article, sentence: sentence, type: type, action: .amend(patch))
        }
    }

    static func eventType(_ fields: FrontMatter, _ key: String) throws -> EventType? {
        guard let text = try fields.string(key) else { return nil }
        guard let type = EventType(rawValue: text) else {
            throw Diagnostic(file: fields.file, line: fields.line(of: key),
                               message: "unknown event type \"\(text)\" (one of: \(EventType.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return type
    }

    /// `sub_event:`, the kind of a military action in ACLED's terms (`air-strike`, `shelling`...).
    static func subEvent(_ fields: FrontMatter) throws -> SubEvent? {
        guard let text = try fields.string("sub_event") else { return nil }
        guard let kind = SubEvent(rawValue: text) else {
            throw Diagnostic(file: fields.file, line: fields.line(of: "sub_event"),
                             message: "unknown sub-event \"\(text)\" (one of: \(SubEvent.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return kind
    }

    /// A hand-written event; actors are registry slugs.
    static func event(_ fields: FrontMatter, origin: String) throws -> Event {
        try fields.allowOnly(addFields)
        guard let date = try fields.day("date"), let type = try eventType(fields, "type") else {
            throw Diagnostic(file: fields.file, line: fields.line, message: "an added event needs `date` and `type`")
        }
        let summary = try fields.requiredString("summary")
        let actors = try fields.strings("actors").map { EventActor(id: $0, name: $0, mention: $0) }
        var sources: [SourceRef] = []
        if let article = try fields.string("article") {
            sources.append(SourceRef(article: article, paragraph: try fields.int("paragraph") ?? 0,
                                     sentence: try fields.string("sentence") ?? summary))
        }
        let id = Event.id(date: date, participants: actors.map(\.id), type: type)
        var event = Event(id: id, date: date, type: type, summary: summary, actors: actors,
                          location: try fields.string("location"), topics: try fields.strings("topics"),
                          fatalities: try fields.int("fatalities"), quotes: [], sources: sources)
        event.subEvent = try subEvent(fields)
        return event
    }
}
