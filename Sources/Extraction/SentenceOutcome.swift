import Model

/// What the reading made of one sentence.
enum SentenceOutcome: Sendable {
    /// A candidate event (its index among the article's candidates).
    case candidate(Int)
    /// A medium's report of the event just told, added to it as a source.
    case sourceOf(Int)
    case skipped(SkipReason)

    /// In words, for `briefings events --explain`.
    func explanation(events: [Event], eventOfCandidate: [Int: Int], candidates: [EventCandidate]) -> String {
        switch self {
        case .candidate(let index):
            guard let e = eventOfCandidate[index] else {
                return "\(candidates[index].type.rawValue), dropped: a headline that restates no event of the body"
            }
            let event = events[e]
            let own = event.sources.first.map { $0.paragraph == candidates[index].paragraph && $0.sentence == candidates[index].sentence } ?? false
            return own ? "event \(event.id): \(event.summary)"
                       : "\(candidates[index].type.rawValue), merged into event \(event.id)"
        case .sourceOf(let index):
            return eventOfCandidate[index].map { "a source of event \(events[$0].id)" } ?? "a source of a dropped event"
        case .skipped(let reason):
            return "no event: \(reason.rawValue)"
        }
    }
}

/// Why a sentence tells no event of its own.
enum SkipReason: String, Sendable {
    case noTrigger = "no trigger word and no quotation"
    case backgroundDate = "dated only by background (\"depuis\", \"since\"): tells of the past"
    case backgroundSpan = "its only event words are in a background span (\"depuis que\", \"since\", \"amid\")"
    case backgroundAdverb = "\"has since\", \"a depuis\": tells of what happened before the news"
    case tollOverPeriod = "a toll counted over a period, not a day's event"
    case noDate = "no date, and no publication date"
    case noSpeaker = "what was said, with no one named to have said it"
    case noActor = "no actor named"
}

/// One sentence of an article and what the extraction made of it.
public struct SentenceExplanation: Sendable, Hashable {
    /// 0 = title, then paragraphs from 1.
    public var paragraph: Int
    /// Position in the paragraph, from 0.
    public var sentence: Int
    public var text: String
    /// The event it made or joined, or why it made none.
    public var outcome: String
}
