import Model

/// Everything the site says about one topic: its events, key figures, voices and sources.
public struct Briefing: Sendable {
    public var topic: Topic
    /// Chronological.
    public var events: [Event]
    /// Sum of the reported fatalities of the topic's events (a lower bound).
    public var fatalities: Int
    /// Actors taking part in the topic's events, most involved first.
    public var actors: [Ranked]
    public var quotes: [SourcedQuote]
    /// File names of the articles the events come from, sorted.
    public var articles: [String]
    public var notes: [Note]
}

/// An actor with the number of events it takes part in (in some scope).
public struct Ranked: Sendable, Hashable {
    public var actor: String
    public var count: Int

    public init(actor: String, count: Int) {
        self.actor = actor
        self.count = count
    }

    /// Most first, then by slug, for a stable order.
    static func rank(_ counts: [String: Int]) -> [Ranked] {
        counts.map { Ranked(actor: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.actor < $1.actor }
    }
}

/// A quote with the event it was said in.
public struct SourcedQuote: Sendable, Hashable {
    public var quote: Quote
    public var event: String
    public var date: Day
}
