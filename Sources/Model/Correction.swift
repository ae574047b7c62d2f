/// An editor's decision about extracted events, kept in `Content/corrections.yml` so that it
/// survives rebuilds: fix an event, suppress it, or add one the extraction missed.
///
/// An extracted event is found again by its article and a phrase of its source sentence
/// (compared without case or accents), not by its id: ids change when a date or an actor
/// changes, a phrase survives edits elsewhere in the article.
public struct Correction: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// Replace these fields of the matching events.
        case amend(EventPatch)
        /// Drop the matching events.
        case suppress
        /// A new event, written by hand.
        case add(Event)
    }

    /// The file the correction is written in (`Content/corrections.yml`), and its line there.
    public var file: String
    public var line: Int
    /// `Content/corrections.yml:12`, for messages.
    public var origin: String { "\(file):\(line)" }
    /// The article file name the event comes from (nil for an added event without source).
    public var article: String?
    /// A phrase of the source sentence.
    public var sentence: String?
    /// Only events of this type, when a sentence yields several.
    public var type: EventType?
    public var action: Action

    public init(file: String, line: Int, article: String?, sentence: String?, type: EventType? = nil, action: Action) {
        self.file = file
        self.line = line
        self.article = article
        self.sentence = sentence
        self.type = type
        self.action = action
    }

    /// Whether this correction designates `event`.
    public func matches(_ event: Event) -> Bool {
        guard let article, let sentence else { return false }
        if let type, event.type != type { return false }
        let phrase = Correction.normalised(sentence)
        return event.sources.contains { $0.article == article && Correction.normalised($0.sentence).contains(phrase) }
    }

    static func normalised(_ text: String) -> String {
        text.folded().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}

/// The fields an editor may correct on an extracted event; nil leaves a field as extracted.
public struct EventPatch: Hashable, Codable, Sendable {
    public var date: Day?
    public var type: EventType?
    public var actors: [String]?
    public var topics: [String]?
    public var location: String?
    public var fatalities: Int?
    public var summary: String?
    public var subEvent: SubEvent?

    public init(date: Day? = nil, type: EventType? = nil, actors: [String]? = nil, topics: [String]? = nil,
                location: String? = nil, fatalities: Int? = nil, summary: String? = nil, subEvent: SubEvent? = nil) {
        self.date = date
        self.type = type
        self.actors = actors
        self.topics = topics
        self.location = location
        self.fatalities = fatalities
        self.summary = summary
        self.subEvent = subEvent
    }

    /// This patch with `later`'s fields over its own: two corrections of one event.
    public func overridden(by later: EventPatch) -> EventPatch {
        EventPatch(date: later.date ?? date, type: later.type ?? type, actors: later.actors ?? actors,
                   topics: later.topics ?? topics, location: later.location ?? location,
                   fatalities: later.fatalities ?? fatalities, summary: later.summary ?? summary,
                   subEvent: later.subEvent ?? subEvent)
    }
}
