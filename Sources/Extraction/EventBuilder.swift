import Model

/// Turns a merged candidate into the public `Event`: identifier, headline, actors with their
/// roles, the source sentence.
struct EventBuilder: Sendable {
    let rules: LanguageRules
    let cast: Cast
    /// The project's places, for their canonical names.
    let places: Gazetteer
    let article: Article

    func event(_ c: EventCandidate) -> Event {
        var actors: [EventActor] = []
        var seen: Set<Int> = []
        for m in c.participants where seen.insert(m.actor).inserted {
            let a = cast[m.actor]
            actors.append(EventActor(id: a.slug, name: a.name, mention: m.text, role: .participant))
        }
        for m in c.targets where seen.insert(m.actor).inserted {
            let a = cast[m.actor]
            actors.append(EventActor(id: a.slug, name: a.name, mention: m.text, role: .target))
        }
        for m in c.reporters where seen.insert(m.actor).inserted {
            let a = cast[m.actor]
            actors.append(EventActor(id: a.slug, name: a.name, mention: m.text, role: .reporter))
        }
        let principal = actors.filter { $0.role == .participant }
        let named = principal.isEmpty ? actors : principal
        let id = Event.id(date: c.date, participants: named.map(\.id), type: c.type)
        let summary = c.headline.isEmpty ? c.sentence : c.headline
        let canonical = places.place(named: c.location)?.name
        var event = Event(id: id, date: c.date, datePrecision: c.precision, type: c.type,
                     status: c.status, summary: summary,
                     language: rules.language, actors: actors,
                     location: canonical ?? c.location, topics: c.topics, fatalities: c.fatalities,
                     tolls: Toll.distinct(c.tolls), quotes: c.quotes,
                     sources: [SourceRef(article: article.fileName, paragraph: c.paragraph, sentence: c.sentence)])
        if let canonical, canonical != c.location { event.locationMention = c.location }
        if c.type == .militaryAction { event.subEvent = subEvent(c) }
        event.isReply = c.isReply
        return event
    }

    /// A military action's sub-event, from its source sentence's words (read already, unless
    /// the source is a statement folded into the action).
    private func subEvent(_ c: EventCandidate) -> SubEvent? {
        switch c.subEvent {
        case .read(let kind): kind
        case .unread: rules.subEvent(rules.tokenizer.tokenize(c.sentence))
        }
    }
}
