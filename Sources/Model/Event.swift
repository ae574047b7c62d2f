/// One thing that happened, on one day, among the same actors, as reported by one or more articles.
///
/// A value, stored in a shared box that is copied only when a copy is changed (copy on
/// write): events are copied into many lists (a topic's, each actor's and place's, each
/// month's), and copying the fields one by one, with a retain for each string and array, was
/// a twentieth of a build. It encodes, compares and hashes as its fields (`Fields`) would.
public struct Event: Hashable, Codable, Sendable {
    /// Stable identifier: day, main actors and type, e.g. `2020-02-21-vladimir-poutine-consultation`.
    public var id: String {
        get { box.fields.id }
        _modify {
            unshare()
            yield &box.fields.id
        }
    }
    public var date: Day {
        get { box.fields.date }
        _modify {
            unshare()
            yield &box.fields.date
        }
    }
    public var datePrecision: DatePrecision {
        get { box.fields.datePrecision }
        _modify {
            unshare()
            yield &box.fields.datePrecision
        }
    }
    public var type: EventType {
        get { box.fields.type }
        _modify {
            unshare()
            yield &box.fields.type
        }
    }
    /// Whether it happened, or was only announced for a later day ("la conférence prévue
    /// dimanche", "will meet on Feb. 17").
    public var status: EventStatus {
        get { box.fields.status }
        _modify {
            unshare()
            yield &box.fields.status
        }
    }
    /// One line saying what happened, in the words of the article that tells it.
    public var summary: String {
        get { box.fields.summary }
        _modify {
            unshare()
            yield &box.fields.summary
        }
    }
    /// The summary's language (ISO 639-1), when it is not the site's own: an English headline
    /// on a French site is marked as English for screen readers.
    public var language: String? {
        get { box.fields.language }
        _modify {
            unshare()
            yield &box.fields.language
        }
    }
    public var actors: [EventActor] {
        get { box.fields.actors }
        _modify {
            unshare()
            yield &box.fields.actors
        }
    }
    /// The most specific place named for the event, by its name in the gazetteer
    /// (`Content/places.yml`) when it is there.
    public var location: String? {
        get { box.fields.location }
        _modify {
            unshare()
            yield &box.fields.location
        }
    }
    /// The place as the text wrote it ("Idleb", "MOSCOU"), when that differs from `location`.
    public var locationMention: String? {
        get { box.fields.locationMention }
        _modify {
            unshare()
            yield &box.fields.locationMention
        }
    }
    public var topics: [String] {
        get { box.fields.topics }
        _modify {
            unshare()
            yield &box.fields.topics
        }
    }
    /// People reported killed (a lower bound), when the text gives a number: `Toll.lowerBound`
    /// of `tolls`.
    public var fatalities: Int? {
        get { box.fields.fatalities }
        _modify {
            unshare()
            yield &box.fields.fatalities
        }
    }
    /// Every figure reported for the event, with who gave it: "12 (ministry), 15 (OSDH)".
    public var tolls: [Toll] {
        get { box.fields.tolls }
        _modify {
            unshare()
            yield &box.fields.tolls
        }
    }
    public var quotes: [Quote] {
        get { box.fields.quotes }
        _modify {
            unshare()
            yield &box.fields.quotes
        }
    }
    public var sources: [SourceRef] {
        get { box.fields.sources }
        _modify {
            unshare()
            yield &box.fields.sources
        }
    }
    /// A military action in reply to another ("Turkey retaliated", "en représailles"): never
    /// merged with the attack it answers, which has the same day, place and sides.
    public var isReply: Bool {
        get { box.fields.isReply }
        _modify {
            unshare()
            yield &box.fields.isReply
        }
    }
    /// For a military action, what kind (an air strike, shelling...), as ACLED codes it.
    public var subEvent: SubEvent? {
        get { box.fields.subEvent }
        _modify {
            unshare()
            yield &box.fields.subEvent
        }
    }
    /// What an editor set on the event (`Content/corrections.yml`), kept beside the values it
    /// replaced so that a later merge with other reports keeps the editor's word
    /// (`keepingCorrection(of:)`).
    public var correction: EventPatch? {
        get { box.fields.correction }
        _modify {
            unshare()
            yield &box.fields.correction
        }
    }

    public init(id: String, date: Day, datePrecision: DatePrecision = .day, type: EventType, status: EventStatus = .happened,
                summary: String,
                language: String? = nil, actors: [EventActor], location: String? = nil, topics: [String] = [], fatalities: Int? = nil,
                tolls: [Toll] = [], quotes: [Quote] = [], sources: [SourceRef]) {
        box = SharedFields(Fields(id: id, date: date, datePrecision: datePrecision, type: type, status: status, summary: summary,
                         language: language, actors: actors, location: location, locationMention: nil, topics: topics,
                         fatalities: fatalities, tolls: tolls, quotes: quotes, sources: sources, isReply: false,
                         subEvent: nil, correction: nil))
    }

    /// The fields, in the order they are encoded and hashed.
    struct Fields: Hashable, Codable, Sendable {
        var id: String
        var date: Day
        var datePrecision: DatePrecision
        var type: EventType
        var status: EventStatus
        var summary: String
        var language: String?
        var actors: [EventActor]
        var location: String?
        var locationMention: String?
        var topics: [String]
        var fatalities: Int?
        var tolls: [Toll]
        var quotes: [Quote]
        var sources: [SourceRef]
        var isReply: Bool
        var subEvent: SubEvent?
        var correction: EventPatch?
    }

    /// Shared by the copies of an event until one of them is changed.
    private final class SharedFields: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: SharedFields

    /// Gives this copy a box of its own before it is changed, if others share it.
    private mutating func unshare() {
        if !isKnownUniquelyReferenced(&box) { box = SharedFields(box.fields) }
    }

    public init(from decoder: any Decoder) throws { box = SharedFields(try Fields(from: decoder)) }
    public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }
    public static func == (a: Event, b: Event) -> Bool { a.box === b.box || a.box.fields == b.box.fields }
    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }
}

/// What a dispatch reports an event as: the news of the day, a plan, or background.
public enum EventStatus: String, Hashable, Codable, Sendable {
    /// Reported as news: on the timeline, in the briefings and their figures.
    case happened
    /// Announced for a later day ("la conférence prévue dimanche", "will meet on Feb. 17").
    case scheduled
    /// Told to explain the news: what happened days, months or years before the dispatch
    /// ("appointed in July 2017", "l'offensive lancée en décembre"). Shown on its article's page,
    /// marked as such, and kept off the timeline and the figures.
    case background
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

/// Whether an actor took part in the event, was the one an appeal or a criticism was aimed at
/// ("a appelé Damas et Moscou à cesser"), or only reported it ("selon l'OSDH").
public enum ActorRole: String, Hashable, Codable, Sendable {
    case participant
    case target
    case reporter
}

/// A death toll as one source gave it.
public struct Toll: Hashable, Codable, Sendable {
    public var count: Int
    /// The actor slug of whoever gave the figure ("osdh"), when the text names them.
    public var source: String?

    public init(count: Int, source: String?) {
        self.count = count
        self.source = source
    }

    /// The event's toll from its reports: each source's highest figure (a later, fuller count),
    /// then the lowest of the sources (they disagree; the lower bound is what is sure).
    public static func lowerBound(_ tolls: [Toll]) -> Int? {
        distinct(tolls).map(\.count).min()
    }

    /// The tolls to show: one per source, its highest, sorted by count then source.
    public static func distinct(_ tolls: [Toll]) -> [Toll] {
        Dictionary(tolls.map { ($0.source ?? "", $0.count) }, uniquingKeysWith: max)
            .map { Toll(count: $0.value, source: $0.key.isEmpty ? nil : $0.key) }
            .sorted { ($0.count, $0.source ?? "") < ($1.count, $1.source ?? "") }
    }
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

/// What kind of military action an event is, in ACLED's terms, when its sentence says it;
/// the lexicons give each one's words (`acledSubEvents`). In order of precedence: a sentence
/// with words of two is the first's.
public enum SubEvent: String, Codable, CaseIterable, Sendable, Comparable {
    case airStrike = "air-strike"
    case shelling
    case territory
    case civilians

    public static func < (a: SubEvent, b: SubEvent) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

extension Event {
    /// How many participants name an event in its id.
    public static let idActors = 2

    /// The event's identifier: its day, its first participants and its type,
    /// `2020-02-21-vladimir-poutine-consultation`. Stable from one build to the next.
    public static func id(date: Day, participants: [String], type: EventType) -> String {
        let named = participants.prefix(idActors)
        let kind = type.rawValue
        var id = date.iso
        // (Reserved once: every event of a build is named so.)
        id.reserveCapacity(id.utf8.count + named.reduce(0) { $0 + 1 + $1.utf8.count } + 1 + kind.utf8.count)
        for part in named {
            id += "-"
            id += part
        }
        id += "-"
        id += kind
        return id
    }

    /// This event with the fields an editor corrected on `corrected` (a report of the same
    /// event) taken from it, and its id: the editor's word stands over what the reports say.
    /// An editor's death toll replaces the reported ones.
    public func keepingCorrection(of corrected: Event) -> Event {
        guard let patch = corrected.correction else { return self }
        var event = self
        event.id = corrected.id
        if patch.date != nil { (event.date, event.datePrecision) = (corrected.date, corrected.datePrecision) }
        if patch.type != nil { event.type = corrected.type }
        if patch.actors != nil { event.actors = corrected.actors }
        if patch.topics != nil { event.topics = corrected.topics }
        if patch.location != nil { (event.location, event.locationMention) = (corrected.location, corrected.locationMention) }
        if patch.fatalities != nil { (event.fatalities, event.tolls) = (corrected.fatalities, []) }
        if patch.summary != nil { event.summary = corrected.summary }
        if patch.subEvent != nil { event.subEvent = corrected.subEvent }
        event.correction = patch
        return event
    }
}
