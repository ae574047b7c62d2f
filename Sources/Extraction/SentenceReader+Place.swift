import Model

/// Where the article's meetings were held ("talks at the chancellery in Berlin"), when, and whose.
struct Venue {
    var place: String
    var day: Day?
    /// The meeting's participants; none when the sentence names nobody, and then the venue is
    /// that of every meeting of its day.
    var actors: Set<Int>

    /// Whether a meeting or a declaration of `day` among `participants` was held here: one of
    /// that day, or one among the same people.
    func hosts(_ participants: Set<Int>, on day: Day?) -> Bool {
        self.day == day || sharesActors(participants)
    }

    /// Whether a meeting or a declaration told before the venue was named was held here: the
    /// text names its place later only for the same people ("Countries … agreed Sunday", then
    /// "talks at the chancellery in Berlin"), not for what someone else said that day.
    func hostsEarlier(_ participants: [Mention], on day: Day?) -> Bool {
        actors.isEmpty ? self.day == day : participants.contains { actors.contains($0.actor) }
    }

    private func sharesActors(_ participants: Set<Int>) -> Bool {
        !actors.isEmpty && !actors.isDisjoint(with: participants)
    }
}

extension SentenceReader {
    // MARK: Place

    /// The sentence's own place, remembered for the paragraph (and, when specific, the article).
    mutating func place(_ sentence: Sentence, _ actors: SentenceActors, _ classification: TriggerClassifier.Classification?,
                        _ marks: ClauseMarker.Marks) -> PlaceFinder.PlaceCandidate? {
        let placed = placeFinder.place(in: sentence, actorTokens: actors.actorTokens, stateTokens: actors.stateTokens,
                                       type: classification?.type ?? .statement,
                                       trigger: classification.map { $0.trigger.start..<$0.trigger.end })
        if let placed {
            paragraph.place = placed.text
            paragraph.placeIsSpecific = placed.specific
            if placed.specific { articlePlace = placed.text }
            // "after four hours of talks at the chancellery in Berlin": no event of its own, but the venue.
            if placed.specific, !placed.inQuote, classification == nil, classifier.mentionsMeeting(sentence.tokens, marks) {
                found(Venue(place: placed.text, day: paragraph.inForce ?? published, actors: Set(actors.mentions.map(\.actor))))
            }
        }
        return placed
    }

    /// The event's place. A meeting, an agreement or a declaration naming no town took place
    /// where the paragraph is, else where the article's meetings with its participants are
    /// ("agreed on Libya" at the Berlin summit), not in the country it was about; a fight or a
    /// displacement is placed where the text says.
    func location(_ type: EventType, _ placed: PlaceFinder.PlaceCandidate?, _ topics: [String], participants: Set<Int>, on day: Day) -> String? {
        if let placed, placed.specific, !(placed.inQuote && type.isDiplomatic) { return placed.text }
        if type.isDiplomatic {
            if paragraph.placeIsSpecific, let carried = paragraph.place { return carried }
            if let venue, venue.hosts(participants, on: day) { return venue.place }
        }
        return placed?.text ?? paragraph.place ?? fallbackPlace(type, topics, carried: articlePlace)
    }

    /// After the candidate at `index` is read: a meeting or an agreement held at a named place,
    /// or what was said at one, is the venue of the article's next ones (where one speaker
    /// spoke, "depuis Colombo", is only theirs); a meeting or a declaration with no place of
    /// its own waits for the venue. A place in a quotation is what was said, not where.
    mutating func placeAtVenue(_ index: Int, _ placed: PlaceFinder.PlaceCandidate?, _ tokens: [Token], _ marks: ClauseMarker.Marks) {
        let c = candidates[index]
        guard c.type.isDiplomatic else { return }
        if let placed, placed.specific, !placed.inQuote {
            // ("told reporters following a meeting in Brussels": a statement at a meeting.)
            if c.type == .consultation || c.type == .agreement || classifier.mentionsMeeting(tokens, marks), c.status == .happened {
                found(Venue(place: placed.text, day: c.date, actors: c.participantActors))
            }
        } else if !paragraph.placeIsSpecific, !(venue?.hosts(c.participantActors, on: c.date) ?? false) {
            awaitingVenue.append(index)
        }
    }

    private mutating func found(_ newVenue: Venue) {
        venue = newVenue
        // (Read in place: a long article keeps many candidates waiting, and asks them all at each venue.)
        awaitingVenue.removeAll { k in
            guard newVenue.hostsEarlier(candidates[k].participants, on: candidates[k].date) else { return false }
            candidates[k].location = newVenue.place
            return true
        }
    }

    /// Where a sentence naming no place happened: a fight in the conflict's own place (the
    /// topic's), anything else where the text last was, else the topic's place.
    func fallbackPlace(_ type: EventType, _ topics: [String], carried: String?) -> String? {
        // (A loop, not `lazy`: a lazy closure would copy the whole reader for each sentence.)
        var topicPlace: TopicPlace?
        for topic in topics {
            if let form = topicPlaceForms[topic] {
                topicPlace = form
                break
            }
        }
        if type == .militaryAction || type == .humanitarian, topicPlace?.specific == true { return topicPlace?.keyword }
        return carried ?? topicPlace?.keyword
    }

}
