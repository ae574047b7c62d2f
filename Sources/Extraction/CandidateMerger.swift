import Model

/// Whether a sentence has been read for an ACLED sub-event, and what it gave.
enum SubEventReading: Sendable {
    case unread
    case read(SubEvent?)
}

/// An event read from one sentence, before the sentences telling the same thing are merged.
struct EventCandidate: Sendable {
    var paragraph: Int
    /// The last paragraph merged into this candidate.
    var lastParagraph: Int
    var sentence: String
    /// What happened, in the sentence's own words (`HeadlineWriter`).
    var headline: String
    var type: EventType
    var participants: [Mention]
    var reporters: [Mention]
    /// Whom an appeal or a criticism is aimed at.
    var targets: [Mention] = []
    var date: Day
    var precision: DatePrecision
    /// How firmly the text dates it: 3 a date in the sentence, 2 one earlier in the
    /// paragraph, 1 one in an earlier paragraph, 0 the publication date alone.
    var strength: Int
    var location: String?
    /// The place the sentence itself names (not one carried from the paragraph or the topic).
    var ownPlace: String?
    var topics: [String]
    /// The figures of killed people each sentence gave, with its source.
    var tolls: [Toll] = []
    /// The ACLED sub-event of `sentence`, read from its words when a military action is read
    /// from it; `.unread` for a sentence read as another type (a statement folded into a strike).
    var subEvent: SubEventReading = .unread
    var fatalities: Int? { Toll.lowerBound(tolls) }
    var quotes: [Quote]
    /// An agreement told as the outcome of talks ("ended … talks with a draft agreement").
    var outcomeOfTalks = false
    /// News, background (told to explain the news) or scheduled (announced for a later day).
    var status: EventStatus = .happened
    /// The candidates merged into this one, itself included (their indexes in the article).
    var members: [Int] = []
    /// A military action in reply to another ("retaliated", "en représailles"): never one
    /// event with the attack it answers.
    var isReply = false

    var participantActors: Set<Int> { Set(participants.map(\.actor)) }
    var allActors: Set<Int> { participantActors.union(reporters.map(\.actor)) }
    /// The participants, or the sources when nobody else is named.
    var principalActors: Set<Int> { participants.isEmpty ? Set(reporters.map(\.actor)) : participantActors }
}

/// Makes one event of the sentences of an article that tell the same thing:
///
/// - a quotation or a statement by someone already in the previous event of the paragraph
///   ("…, he said") is folded into it;
/// - what one speaker says over consecutive sentences is one statement, appeal or criticism;
/// - the lede's event absorbs its restatement in the next paragraph, and later ones naming
///   no one new;
/// - the title joins the body event of the same type that shares an actor; a title that
///   joins none is dropped unless the body has no event at all (headlines compress, and
///   their verbs mislead: "UN says 900,000 displaced").
///
/// Events of different days (beyond a day's tolerance for loosely dated sentences), types or
/// topics stay apart: a call about Idlib and the same call about Libya are two events.
struct CandidateMerger: Sendable {
    /// The last paragraph in which a sentence naming no one new is taken for a restatement of the lede.
    static let restatementReach = 3
    /// The project's places, so that "Idleb" and "Idlib" are one place when strikes are compared.
    let places: Gazetteer
    /// The article's actors, to tell a person's voice from an institution's.
    let cast: Cast

    func merge(_ candidates: [EventCandidate]) -> [EventCandidate] {
        var out: [EventCandidate] = []
        var bodyTypesSeen: Set<EventType> = []
        // Only the lede's events take in restatements; they come first, so a long article
        // compares each sentence with them alone, not with every event before it.
        var ledeEvents = 0
        for c in candidates where c.paragraph > 0 {
            if let last = out.indices.last, canFold(c, into: out[last]) {
                absorb(c, into: &out[last])
            } else if let h = out[..<ledeEvents].firstIndex(where: { absorbsRestatement($0, c, firstOfType: !bodyTypesSeen.contains(c.type)) }) {
                absorb(c, into: &out[h])
            } else {
                out.append(c)
                if c.paragraph == 1 { ledeEvents = out.count }
            }
            if c.paragraph >= 2 { bodyTypesSeen.insert(c.type) }
        }
        for t in candidates where t.paragraph == 0 {
            if let i = out.firstIndex(where: { $0.type == t.type && dateCompatible($0, t) && !$0.allActors.isDisjoint(with: t.allActors)
                                                  && (t.type != .militaryAction || sameStrike($0, t)) })
                ?? out.firstIndex(where: { $0.type == t.type && dateCompatible($0, t) && $0.paragraph == 1 }) {
                absorb(t, into: &out[i])
            } else if out.isEmpty {
                // A headline is kept on its own only when the body tells nothing.
                out.append(t)
            }
        }
        return foldSpeechActs(out)
    }

    /// One speech act per speaker, per day and per kind: the quotes and retellings of one
    /// appearance, however far apart in the article, are one statement (or appeal, or
    /// criticism) carrying every quote. Distinct acts (a call and a condemnation) stay apart.
    /// The voice is the person speaking, else the body: "LAAF spokesman Ahmad al-Mesmari said"
    /// and "Mesmari said" are one voice.
    func foldSpeechActs(_ events: [EventCandidate]) -> [EventCandidate] {
        var out: [EventCandidate] = []
        var byVoice: [Voice: [Int]] = [:]
        for e in events {
            guard e.type.isCommunication, !e.participants.isEmpty else { out.append(e); continue }
            let people = e.participantActors.filter(cast.isPerson)
            let voices = (people.isEmpty ? e.participantActors : people).map { Voice(speaker: $0, type: e.type, status: e.status) }
            let earlier = Set(voices.flatMap { byVoice[$0] ?? [] }).sorted()
            let target = earlier.first { i in out[i].date == e.date && topicsCompatible(out[i], e) && !fromOtherSources(out[i], e) }
            let index: Int
            if let target {
                absorb(e, into: &out[target])
                index = target
            } else {
                index = out.count
                out.append(e)
            }
            for v in voices where !(byVoice[v]?.contains(index) ?? false) { byVoice[v, default: []].append(index) }
        }
        return out
    }

    private struct Voice: Hashable {
        var speaker: Int
        var type: EventType
        var status: EventStatus
    }

    private func canFold(_ c: EventCandidate, into last: EventCandidate) -> Bool {
        guard c.status == last.status, c.paragraph - last.lastParagraph <= 1, c.date == last.date, topicsCompatible(c, last) else { return false }
        // (Not into a meeting: what a participant says afterwards is a statement of its own.)
        if c.type == .statement, c.paragraph == last.lastParagraph, !c.principalActors.isEmpty, foldsStatements(last.type),
           c.principalActors.isSubset(of: last.allActors) {
            return true
        }
        // (Not one of a group speaking alone in the next paragraph: "Dans une déclaration commune,
        // les cinq responsables ont appelé…" then "Interrogé par la presse, Borrell a qualifié…".)
        if c.type.isCommunication, last.type.isCommunication, !c.participants.isEmpty, !fromOtherSources(c, last),
           !(c.paragraph != last.lastParagraph && c.participantActors.isStrictSubset(of: last.participantActors)),
           c.participantActors.isSubset(of: last.participantActors) || last.participantActors.isSubset(of: c.participantActors) {
            return true
        }
        // (Not a strike elsewhere: "… à Ariha. L'aéroport de Mitiga a lui aussi été visé" are two events.)
        if c.type == last.type, c.paragraph == last.lastParagraph, !c.type.isCommunication,
           c.type != .militaryAction || sameStrike(c, last),
           c.principalActors.isSubset(of: last.allActors) || last.principalActors.isSubset(of: c.allActors) {
            return true
        }
        return false
    }

    /// The events a participant's statement restates: what was said, or what was done.
    private func foldsStatements(_ type: EventType) -> Bool {
        type.isCommunication || type == .militaryAction || type == .humanitarian
    }

    /// The lede's event (paragraph 1) taking in a later sentence that tells it again.
    private func absorbsRestatement(_ h: EventCandidate, _ c: EventCandidate, firstOfType: Bool) -> Bool {
        // (An agreement reached at talks and the next paragraph telling those talks are one event.)
        let outcomeOfTalks = h.outcomeOfTalks && c.type == .consultation && c.paragraph == 2 && firstOfType
        guard h.paragraph == 1, c.paragraph >= 2, h.status == c.status, c.type != .militaryAction || sameStrike(h, c), h.type == c.type || outcomeOfTalks, dateCompatible(h, c), topicsCompatible(h, c),
              !(c.type.isCommunication && fromOtherSources(h, c)) else { return false }
        // (Not a sentence dated in its own words to another day, about other actors: "Late on
        // Saturday, Haftar's spokesman had announced a truce" after a lede about Sunday's.)
        if c.strength == 3, c.date != h.date, !c.principalActors.isEmpty, c.principalActors.isDisjoint(with: h.allActors) { return false }
        // (Not another speaker's: "In a separate statement Aguila Saleh also called for a
        // cease-fire" after a lede about the government's call.)
        if c.type.isCommunication, !c.participants.isEmpty, c.participantActors.isDisjoint(with: h.participantActors) { return false }
        if c.paragraph == 2 && firstOfType { return true }
        return c.paragraph <= Self.restatementReach && !c.principalActors.isEmpty && c.principalActors.isSubset(of: h.allActors)
    }

    /// What one speaker said according to one source and what another source reports of them
    /// are two reports ("Selon le ministère, le maréchal jugeait…" / "Haftar a affirmé, selon
    /// Al-Arabiya, …").
    private func fromOtherSources(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        !a.reporters.isEmpty && !b.reporters.isEmpty && Set(a.reporters.map(\.actor)).isDisjoint(with: b.reporters.map(\.actor))
    }

    private func dateCompatible(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        if a.date == b.date { return true }
        return abs(a.date.distance(to: b.date)) <= 1 && min(a.strength, b.strength) <= 1
    }

    /// Two military actions can be one: not two places named in their own sentences, nor an
    /// attack and the reply to it.
    private func sameStrike(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        placesCompatible(a, b) && a.isReply == b.isReply
    }

    /// Two places named in their own sentences, different: two events.
    private func placesCompatible(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        guard let p = canonical(a.ownPlace), let q = canonical(b.ownPlace) else { return true }
        return p.contains(q) || q.contains(p)
    }

    private func canonical(_ place: String?) -> String? {
        guard let place else { return nil }
        return (places.place(named: place)?.name ?? place).folded()
    }

    private func isKnown(_ place: String?) -> Bool {
        place.map { places.place(named: $0) != nil } ?? false
    }

    private func topicsCompatible(_ a: EventCandidate, _ b: EventCandidate) -> Bool {
        a.topics.isEmpty || b.topics.isEmpty || !Set(a.topics).isDisjoint(with: b.topics)
    }

    private func absorb(_ c: EventCandidate, into e: inout EventCandidate) {
        if c.strength > e.strength {
            e.date = c.date
            e.precision = c.precision
            e.strength = c.strength
        }
        // What one speaker says over several sentences takes the strongest type (an appeal over a statement).
        if c.type.isCommunication && e.type.isCommunication { e.type = min(e.type, c.type) }
        for m in c.participants where !e.participantActors.contains(m.actor) { e.participants.append(m) }
        for m in c.reporters where !e.allActors.contains(m.actor) { e.reporters.append(m) }
        let participantActors = e.participantActors
        e.reporters.removeAll { participantActors.contains($0.actor) }
        for m in c.targets where !e.targets.contains(where: { $0.actor == m.actor }) { e.targets.append(m) }
        e.targets.removeAll { participantActors.contains($0.actor) }
        // A place of the gazetteer (a town, a venue) is more precise than a country.
        if e.location == nil || (!isKnown(e.location) && isKnown(c.location)) { e.location = c.location }
        for t in c.topics where !e.topics.contains(t) { e.topics.append(t) }
        e.tolls += c.tolls
        for q in c.quotes where !e.quotes.contains(q) { e.quotes.append(q) }
        // The source is the first body sentence that tells the event.
        if e.paragraph == 0 && c.paragraph > 0 {
            e.sentence = c.sentence
            e.subEvent = c.subEvent
            e.headline = c.headline
            e.paragraph = c.paragraph
        }
        e.lastParagraph = max(e.lastParagraph, c.paragraph)
        e.members += c.members
    }
}
