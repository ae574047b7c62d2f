import Model

/// Stage 3: from every article's events to the site's story: merged events, one briefing per
/// topic, one history per actor. (The timeline's pages group the merged events by day as
/// they render them: `EventDay.grouped`.)
public struct Chronicle: Sendable {
    /// What happened, merged across articles, chronological, with unique ids.
    public var events: [Event]
    /// What was announced for a later day and has not been reported as happening, chronological.
    public var scheduled: [Event]
    /// What the articles recall to explain the news (`EventStatus.background`), chronological:
    /// shown on their articles' pages, kept off the timeline, the briefings and their figures.
    public var background: [Event]
    /// The registry's actors and the discovered ones, by slug.
    public var actors: [String: Actor]
    public var briefings: [Briefing]
    public var histories: [ActorHistory]
    /// The gazetteer's places with events, in the gazetteer's order.
    public var places: [PlaceHistory]
    /// Editors' corrections that no longer designate any event.
    public var staleCorrections: [Correction]

    /// - Parameters:
    ///   - events: every article's events, in any order.
    ///   - discovered: actors found in the text and absent from the registry.
    public init(content: Content, events: [Event], discovered: [Actor]) {
        var actors = Chronicle.known(content, discovered: discovered)
        let corrected = CorrectionApplier.apply(content.corrections, to: events, actors: actors)
        let all = EventMerger.merge(corrected.events, places: content.placeNames)
        // (One pass sorts them by status.)
        var merged: [Event] = [], planned: [Event] = [], background: [Event] = []
        merged.reserveCapacity(all.count)
        for event in all {
            switch event.status {
            case .happened: merged.append(event)
            case .scheduled: planned.append(event)
            case .background: background.append(event)
            }
        }
        self.scheduled = Chronicle.stillScheduled(planned, happened: merged)
        self.background = background
        self.staleCorrections = corrected.stale
        // Actors named in events but known neither way still get a page.
        for event in merged {
            for actor in event.actors where actors[actor.id] == nil {
                actors[actor.id] = Actor(slug: actor.id, name: actor.name, reviewed: false)
            }
        }
        self.events = merged
        self.actors = actors
        // Each event filed under its topics and its actors in one pass, in chronological order.
        var byTopic: [String: [Event]] = [:]
        var byActor: [String: [Event]] = [:]
        for event in merged {
            for topic in Set(event.topics) { byTopic[topic, default: []].append(event) }
            for actor in Set(event.actors.map(\.id)) { byActor[actor, default: []].append(event) }
        }
        self.briefings = content.topics.map { Chronicle.briefing(for: $0, events: byTopic[$0.slug] ?? [], notes: content.notes) }
        self.places = PlaceHistory.histories(of: content.places, events: merged)
        let eventsByActor = byActor
        self.histories = actors.values.sorted { $0.slug < $1.slug }.parallelMap {
            Chronicle.history(of: $0, events: eventsByActor[$0.slug] ?? [], notes: content.notes)
        }
    }

    /// The registry's actors and the discovered ones, by slug; the registry wins.
    static func known(_ content: Content, discovered: [Actor]) -> [String: Actor] {
        var actors: [String: Actor] = [:]
        for actor in discovered where actors[actor.slug] == nil { actors[actor.slug] = actor }
        for actor in content.actors { actors[actor.slug] = actor }
        return actors
    }

    /// What became of the events one article reported: the record of each merged event
    /// holding one of its reports. Parameters as for `init`.
    public static func provenance(of article: String, content: Content, events: [Event], discovered: [Actor]) -> [MergeRecord] {
        let corrected = CorrectionApplier.apply(content.corrections, to: events, actors: known(content, discovered: discovered))
        return EventMerger.merge(corrected.events, places: content.placeNames, recording: true).records.filter { record in
            record.reports.contains { $0.event.sources.contains { $0.article == article } }
        }
    }

    /// Announced events that no article has reported as happening: none that the merge would
    /// take for the same event (`EventMerger.tellTheSame`).
    static func stillScheduled(_ scheduled: [Event], happened: [Event]) -> [Event] {
        struct TypeAndDay: Hashable {
            var type: EventType
            var day: Int
        }
        var byTypeAndDay: [TypeAndDay: [Int]] = [:]
        for (i, event) in happened.enumerated() {
            byTypeAndDay[TypeAndDay(type: event.type, day: event.date.dayNumber), default: []].append(i)
        }
        // (Each event's participants and articles gathered once, when first compared.)
        var sides: [Int: EventMerger.Side] = [:]
        return scheduled.filter { plan in
            let planSide = EventMerger.Side(of: plan)
            return !(-1...1).contains { offset in
                (byTypeAndDay[TypeAndDay(type: plan.type, day: plan.date.dayNumber + offset)] ?? []).contains { i in
                    if sides[i] == nil { sides[i] = EventMerger.Side(of: happened[i]) }
                    return EventMerger.tellTheSame(plan, planSide, happened[i], sides[i]!)
                }
            }
        }
    }

    /// - Parameter events: the topic's events, chronological.
    static func briefing(for topic: Topic, events mine: [Event], notes: [Note]) -> Briefing {
        var counts: [String: Int] = [:]
        for event in mine {
            for id in Set(event.actors.filter { $0.role == .participant }.map(\.id)) { counts[id, default: 0] += 1 }
        }
        return Briefing(topic: topic, events: mine, fatalities: mine.compactMap(\.fatalities).reduce(0, +),
                        actors: Ranked.rank(counts), quotes: quotes(in: mine),
                        articles: Array(Set(mine.flatMap { $0.sources.map(\.article) })).sorted(),
                        notes: notes.filter { $0.topics.contains(topic.slug) })
    }

    /// - Parameter events: the actor's events, chronological.
    static func history(of actor: Actor, events mine: [Event], notes: [Note]) -> ActorHistory {
        var counts: [String: Int] = [:]
        for event in mine {
            for id in Set(event.actors.map(\.id)) where id != actor.slug { counts[id, default: 0] += 1 }
        }
        let said = quotes(in: mine).filter { $0.quote.speaker == actor.slug }
        return ActorHistory(actor: actor, events: mine, quotes: said, companions: Ranked.rank(counts),
                            notes: notes.filter { $0.actors.contains(actor.slug) })
    }

    static func quotes(in events: [Event]) -> [SourcedQuote] {
        events.flatMap { event in event.quotes.map { SourcedQuote(quote: $0, event: event.id, date: event.date) } }
    }
}

extension Content {
    /// The gazetteer's place names, as events name their places.
    var placeNames: Set<String> { Set(places.map(\.name)) }
}
