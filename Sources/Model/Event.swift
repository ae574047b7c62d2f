/// One thing that happened, on one day, among the same actors, as reported by one or more articles.
public struct Event: Hashable, Codable, Sendable {
    /// Stable identifier: day, main actors and type, e.g. `2020-02-21-vladimir-poutine-consultation`.
    public var id: String
    public var date: Day
    public var datePrecision: DatePrecision
    public var type: EventType
    /// One line saying what happened, in the words of the article that tells it.
    public var summary: String
    /// The summary's language (ISO 639-1), when it is not the site's own: an English headline
    /// on a French site is marked as English for screen readers.
    public var language: String?
    public var actors: [EventActor]
    /// The most specific place named for the event.
    public var location: String?
    public var topics: [String]
    /// People reported killed (a lower bound), when the text gives a number.
    public var fatalities: Int?
    public var quotes: [Quote]
    public var sources: [SourceRef]

    public init(id: String, date: Day, datePrecision: DatePrecision = .day, type: EventType, summary: String,
                language: String? = nil, actors: [EventActor], location: String? = nil, topics: [String] = [], fatalities: Int? = nil,
                quotes: [Quote] = [], sources: [SourceRef]) {
        self.id = id
        self.date = date
        self.datePrecision = datePrecision
        self.type = type
        self.summary = summary
        self.language = language
        self.actors = actors
        self.location = location
        self.topics = topics
        self.fatalities = fatalities
        self.quotes = quotes
        self.sources = sources
    }
}

public enum DatePrecision: String, Hashable, Codable, Sendable {
    case day, month, year
}

/// The event taxonomy. Where several fit, the first case in declaration order wins.
public enum EventType: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    case militaryAction = "military-action"
    case humanitarian
    case consultation
    case agreement
    case appeal
    case criticism
    case statement

    /// Precedence: lower wins when several types fit.
    public var rank: Int { EventType.allCases.firstIndex(of: self)! }

    public static func < (lhs: EventType, rhs: EventType) -> Bool { lhs.rank < rhs.rank }
}

/// An actor as it takes part in one event.
public struct EventActor: Hashable, Codable, Sendable {
    /// The actor's slug (registry or discovered).
    public var id: String
    public var name: String
    /// The words the text used.
    public var mention: String
    public var role: ActorRole

    public init(id: String, name: String, mention: String, role: ActorRole = .participant) {
        self.id = id
        self.name = name
        self.mention = mention
        self.role = role
    }
}

/// Whether an actor took part in the event or only reported it ("selon l'OSDH").
public enum ActorRole: String, Hashable, Codable, Sendable {
    case participant
    case reporter
}

/// Words someone said, as quoted by the article.
public struct Quote: Hashable, Codable, Sendable {
    public var text: String
    /// The speaker's actor slug, when known.
    public var speaker: String?

    public init(text: String, speaker: String?) {
        self.text = text
        self.speaker = speaker
    }
}

/// Where an event was read: an article, a paragraph (0 = title) and the sentence itself.
public struct SourceRef: Hashable, Codable, Sendable, Comparable {
    public var article: String
    public var paragraph: Int
    public var sentence: String

    public init(article: String, paragraph: Int, sentence: String) {
        self.article = article
        self.paragraph = paragraph
        self.sentence = sentence
    }

    public static func < (lhs: SourceRef, rhs: SourceRef) -> Bool {
        (lhs.article, lhs.paragraph, lhs.sentence) < (rhs.article, rhs.paragraph, rhs.sentence)
    }
}
