import Model

/// Applies the editors' corrections to extracted events, before events are merged. Each
/// amended event keeps its correction (`Event.correction`), which every later merge honours.
public enum CorrectionApplier {
    public struct Outcome: Sendable {
        public var events: [Event]
        /// Corrections that designate no event any more (the article or sentence changed).
        public var stale: [Correction]
    }

    /// - Parameter actors: the registry, to name actors given by slug.
    public static func apply(_ corrections: [Correction], to events: [Event], actors: [String: Actor]) -> Outcome {
        var events = events
        var stale: [Correction] = []
        for correction in corrections {
            switch correction.action {
            case .add(var event):
                event.actors = event.actors.map { named($0.id, actors: actors) }
                events.append(event)
            case .suppress:
                let before = events.count
                events.removeAll { correction.matches($0) }
                if events.count == before { stale.append(correction) }
            case .amend(let patch):
                var matched = false
                for i in events.indices where correction.matches(events[i]) {
                    events[i] = amended(events[i], patch, actors: actors)
                    matched = true
                }
                if !matched { stale.append(correction) }
            }
        }
        return Outcome(events: events, stale: stale)
    }

    static func amended(_ event: Event, _ patch: EventPatch, actors: [String: Actor]) -> Event {
        var event = event
        if let date = patch.date { event.date = date; event.datePrecision = .day }
        if let type = patch.type { event.type = type }
        if let slugs = patch.actors {
            let reporters = event.actors.filter { $0.role == .reporter && !slugs.contains($0.id) }
            event.actors = slugs.map { slug in
                event.actors.first { $0.id == slug } ?? named(slug, actors: actors)
            } + reporters
        }
        if let topics = patch.topics { event.topics = topics.sorted() }
        if let location = patch.location { (event.location, event.locationMention) = (location, nil) }
        if let fatalities = patch.fatalities {
            // The editor's figure replaces the reported ones.
            event.fatalities = fatalities
            event.tolls = []
        }
        if let summary = patch.summary { event.summary = summary }
        if let subEvent = patch.subEvent { event.subEvent = subEvent }
        event.correction = event.correction.map { $0.overridden(by: patch) } ?? patch
        return event
    }

    static func named(_ slug: String, actors: [String: Actor]) -> EventActor {
        let name = actors[slug]?.name ?? slug
        return EventActor(id: slug, name: name, mention: name)
    }
}
