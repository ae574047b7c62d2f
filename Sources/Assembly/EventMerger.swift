import Model

/// Makes one event of the same event reported by several articles.
///
/// Two events of different articles are the same when they have the same type, share a
/// participant and a topic (when both have topics), and happened on the same day — or on
/// consecutive days when one's participants are all among the other's (articles published
/// around midnight, or a day later, date the same meeting differently) and, for military
/// actions, their tolls do not differ. Nothing is merged across days further apart or between
/// disjoint actors.
public enum EventMerger {
    /// `places` are the gazetteer's place names: a merged event is placed at the first one a
    /// report names, being more precise than a country ("Berlin" rather than "Libya").
    public static func merge(_ events: [Event], places: Set<String> = []) -> [Event] {
        merge(events, places: places, recording: false).events
    }

    /// Merges, and when `recording`, keeps for each merged event the reports it was made of and
    /// why each joined (for `briefings events --explain`); `records` follows `events`.
    ///
    /// Events of different types never merge, so each type is merged on its own, the types in
    /// parallel; the merged events are then put in the site's one order, which does not depend
    /// on the order the types were merged in.
    public static func merge(_ events: [Event], places: Set<String> = [], recording: Bool) -> (events: [Event], records: [MergeRecord]) {
        // (Positions sorted, not the events: moving large values costs more than comparing them.)
        let ordered = EventOrder.sortedPositions(events)
        var byType: [EventType: [Int]] = [:]
        for position in ordered { byType[events[position].type, default: []].append(position) }
        // (The largest first, so that the last worker to start has the least to do.)
        let groups = byType.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.map(\.value)
        let passes = groups.parallelMap { merge(events, $0, places: places, recording: recording) }
        let merged = passes.flatMap(\.events)
        let records = passes.flatMap(\.records)
        let order = EventOrder.sortedPositions(merged)
        let result = uniqueIDs(order.map { merged[$0] })
        guard recording else { return (result, []) }
        return (result, zip(order, result).map { index, event in
            var record = records[index]
            record.event = event
            return record
        })
    }

    /// Merges the events at `positions`, all of one type, taken in chronological order.
    private static func merge(_ events: [Event], _ positions: [Int], places: Set<String>,
                              recording: Bool) -> (events: [Event], records: [MergeRecord]) {
        var merged: [Event] = []
        var records: [MergeRecord] = []
        // Merged events filed by type, day and participant: an event is compared only with
        // those that share its type and a participant, on its day or the day before (events
        // come in date order), never with all of them.
        // Within a bucket, filed again by the article that first reported each event: an event
        // never merges with another from its own article, so those are not even looked at (an
        // article of thousands of like sentences would otherwise make this quadratic).
        var index: [Bucket: [String: [Int]]] = [:]
        // Each merged event's participants and articles, kept beside it rather than gathered
        // again for every comparison (a merged event can hold hundreds of reports).
        var sides: [Side] = []
        for position in positions {
            let event = events[position]
            let side = Side(of: event)
            // The latest first, as a scan back through the merged events would meet them.
            let found = candidates(for: event, side, in: index).sorted(by: >).lazy.compactMap { target in
                match(merged[target], sides[target], event, side).map { (target, $0) }
            }.first
            if let (target, reason) = found {
                let before = merged[target]
                merged[target] = combine(before, event, places: places)
                if recording { records[target].add(event, reason: reason) }
                // New participants file the merged event under more buckets (its day stays the first report's).
                file(target, as: before, under: side.participants.subtracting(sides[target].participants), in: &index)
                sides[target] = Side(of: merged[target])
            } else {
                file(merged.count, as: event, under: side.participants, in: &index)
                merged.append(event)
                sides.append(side)
                if recording { records.append(MergeRecord(first: event)) }
            }
        }
        return (merged, records)
    }

    /// Where merged events are filed.
    struct Bucket: Hashable {
        var type: EventType
        var day: Int
        var participant: String
    }

    /// The merged events `event` may be the same as: those filed under its type and one of its
    /// participants, on its day or the day before, by articles other than its own.
    static func candidates(for event: Event, _ side: Side, in index: [Bucket: [String: [Int]]]) -> Set<Int> {
        var candidates = Set<Int>()
        for day in [event.date.dayNumber, event.date.dayNumber - 1] {
            for participant in side.participants {
                for (article, filed) in index[Bucket(type: event.type, day: day, participant: participant)] ?? [:]
                where !side.articles.contains(article) {
                    candidates.formUnion(filed)
                }
            }
        }
        return candidates
    }

    /// Files the merged event at `target` under `event`'s type, day and first article, once per
    /// participant.
    static func file(_ target: Int, as event: Event, under participants: Set<String>, in index: inout [Bucket: [String: [Int]]]) {
        for participant in participants {
            index[Bucket(type: event.type, day: event.date.dayNumber, participant: participant), default: [:]][
                event.sources.first?.article ?? "", default: []].append(target)
        }
    }

    /// An event's participants and the articles that report it.
    struct Side {
        var participants: Set<String>
        var articles: Set<String>

        init(participants: Set<String>, articles: Set<String>) {
            self.participants = participants
            self.articles = articles
        }

        init(of event: Event) {
            self.init(participants: Set(event.actors.filter { $0.role == .participant }.map(\.id)),
                      articles: Set(event.sources.map(\.article)))
        }
    }

    /// Whether two events, whatever their status, are one thing told twice by the merge's rule:
    /// an announcement and the report that it happened.
    static func tellTheSame(_ a: Event, _ b: Event) -> Bool {
        tellTheSame(a, Side(of: a), b, Side(of: b))
    }

    /// The same, with the events' participants and articles (`Side(of:)`) gathered already.
    static func tellTheSame(_ a: Event, _ aSide: Side, _ b: Event, _ bSide: Side) -> Bool {
        var announced = a
        announced.status = b.status
        return announced.date <= b.date ? match(announced, aSide, b, bSide) != nil : match(b, bSide, announced, aSide) != nil
    }

    /// Why `b` is the same event as `a`, or nil when it is not; `aSide` and `bSide` are their
    /// participants and articles.
    static func match(_ a: Event, _ aSide: Side, _ b: Event, _ bSide: Side) -> MergeReason? {
        let (participants, others) = (bSide.participants, aSide.participants)
        // (Not what one article announces and another reports done: the announcement is dropped later.)
        guard a.status == b.status, !participants.isEmpty, aSide.articles.isDisjoint(with: bSide.articles),
              !participants.isDisjoint(with: others) else { return nil }
        if !a.topics.isEmpty, !b.topics.isEmpty, Set(a.topics).isDisjoint(with: b.topics) { return nil }
        // An attack and the reply to it are two events.
        if a.isReply != b.isReply { return nil }
        // Two strikes of one day in two places are two events.
        if a.type == .militaryAction, let p = a.location?.folded(), let q = b.location?.folded(), !p.contains(q), !q.contains(p) {
            return nil
        }
        let shared = participants.intersection(others).sorted()
        if a.date == b.date { return MergeReason(shared: shared, nextDay: false) }
        guard participants.isSubset(of: others) || others.isSubset(of: participants) else { return nil }
        // (Not two strikes of consecutive days with their own tolls: five soldiers killed by
        // shelling on Monday, two pilots of a helicopter shot down on Tuesday.)
        if a.type == .militaryAction, let x = a.fatalities, let y = b.fatalities, x != y { return nil }
        return MergeReason(shared: shared, nextDay: true)
    }

    /// The first report keeps its wording and day; the others add actors, topics, quotes,
    /// sources, and a gazetteer's place when it names none. What an editor corrected on
    /// either is kept as the editor set it.
    static func combine(_ first: Event, _ second: Event, places: Set<String>) -> Event {
        var event = first
        for actor in second.actors where !event.actors.contains(where: { $0.id == actor.id }) {
            event.actors.append(actor)
        }
        event.topics = Array(Set(event.topics).union(second.topics)).sorted()
        let known = { (place: String?) in place.map(places.contains) ?? false }
        if event.location == nil || (!known(event.location) && known(second.location)) { event.location = second.location }
        event.tolls = Toll.distinct(event.tolls + second.tolls)
        event.fatalities = Toll.lowerBound(event.tolls) ?? event.fatalities ?? second.fatalities
        for quote in second.quotes where !event.quotes.contains(quote) { event.quotes.append(quote) }
        event.sources = (event.sources + second.sources).sorted()
        // (The kind of strike any report tells, the first in ACLED's precedence.)
        event.subEvent = [event.subEvent, second.subEvent].compactMap { $0 }.min()
        // An editor's correction, on either report, stands over what the others say.
        return event.keepingCorrection(of: second).keepingCorrection(of: first)
    }

    /// Appends -2, -3... to ids that several events share, in chronological order.
    static func uniqueIDs(_ events: [Event]) -> [Event] {
        var seen: [String: Int] = [:]
        return events.map { event in
            var event = event
            let count = seen[event.id, default: 0] + 1
            seen[event.id] = count
            if count > 1 { event.id += "-\(count)" }
            return event
        }
    }
}

/// The site's one order for events: by day, then id, then first source.
public enum EventOrder {
    public static func chronological(_ a: Event, _ b: Event) -> Bool {
        precedes(a, b) { (firstSource(a), firstSource(b)) }
    }

    /// The positions of `events` in chronological order. What is compared is read out of each
    /// event once, into keys side by side, not at every comparison: before merging, the reports
    /// of one event share a day and an id, and most comparisons come down to their sources.
    static func sortedPositions(_ events: [Event]) -> [Int] {
        let keys = events.map { SortKey(date: $0.date, id: $0.id, source: firstSource($0)) }
        return keys.withUnsafeBufferPointer { keys in
            events.indices.sorted { i, j in precedes(keys[i], keys[j]) }
        }
    }

    /// What the order compares of an event.
    private struct SortKey {
        var date: Day
        var id: String
        var source: String
    }

    private static func precedes(_ a: SortKey, _ b: SortKey) -> Bool {
        precedes((a.date, a.id), (b.date, b.id)) { (a.source, b.source) }
    }

    /// By day, then id, then the first sources, which are written out only when needed.
    private static func precedes(_ a: Event, _ b: Event, sources: () -> (String, String)) -> Bool {
        precedes((a.date, a.id), (b.date, b.id), sources: sources)
    }

    /// The order itself, for events and for their keys alike.
    private static func precedes(_ a: (date: Day, id: String), _ b: (date: Day, id: String),
                                 sources: () -> (String, String)) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if a.id != b.id { return a.id < b.id }
        let (first, second) = sources()
        return first < second
    }

    private static func firstSource(_ event: Event) -> String { event.sources.first?.description ?? "" }
}

extension SourceRef: CustomStringConvertible {
    public var description: String { "\(article)#\(paragraph):\(sentence)" }
}
