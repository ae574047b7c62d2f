import Model

/// Why a sentence tells no event of its own, and the sentences that tell one already told.
extension SentenceReader {
    func skipReason(_ tokens: [Token], _ marks: ClauseMarker.Marks, _ classification: TriggerClassifier.Classification?,
                    _ dated: Dates, quotes: [String]) -> SkipReason? {
        if classification == nil && quotes.isEmpty { return .noTrigger }
        // A sentence dated only by background ("since 2019") tells of the past, except a
        // humanitarian toll, which is reported as it stands ("950,000 displaced since 1 December").
        // (Not a background date inside what someone says: "called the attack a breach of the
        // truce in place since Jan. 12", "a dénoncé le nombre le plus élevé depuis 2019".)
        if dated.sawDate && dated.allBackground && classification?.type != .humanitarian
            && !dated.found.allSatisfy({ $0.ofNoun || backgroundAfterSaying($0, classification) }) { return .backgroundDate }
        // "Mitiga has since been shelled", "a depuis été bombardé": a "since" with no date of its
        // own tells of what happened before the news.
        if dated.main == nil, hasBackgroundAdverb(tokens, marks) { return .backgroundAdverb }
        // "La situation est devenue catastrophique depuis que le régime a lancé son offensive":
        // the only trigger is in the background span.
        if let c = classification, c.trigger.inBackground, !c.trigger.isReporting { return .backgroundSpan }
        // "Entre début février et le 5 mars, une soixantaine de militaires avaient péri", "The
        // offensive launched in December has killed nearly 500 civilians": a toll counted over a
        // period, not a day's event.
        if let c = classification, c.type == .militaryAction, fatalities.read(tokens) != nil,
           opensWithSpan(tokens, marks) || (opensWithCampaign(tokens) && (dated.main.map { $0.precision != .day }
               ?? !c.accepted.contains(where: { $0.type == .militaryAction && $0.isVerb && !$0.demoted }))) { return .tollOverPeriod }
        return nil
    }

    /// "The LNA said it had targeted a Turkish ship": a party to a military action the article's
    /// body has already told, announcing it, makes a statement of its own. Returns the saying.
    func restatedAnnouncement(_ classification: TriggerClassifier.Classification?, _ tokens: [Token], _ mentions: [Mention],
                              _ marks: ClauseMarker.Marks, on day: Day) -> TriggerClassifier.Hit? {
        guard let c = classification, c.type == .militaryAction,
              let saying = ownAnnouncement(c, tokens, mentions, marks) else { return nil }
        let told = (-1...1).contains { offset in
            (militaryByDay[day.dayNumber + offset] ?? []).contains {
                candidates[$0].paragraph > 0 && !candidates[$0].allActors.isDisjoint(with: saying.speakers)
            }
        }
        return told ? saying.hit : nil
    }

    /// "…, the official news agency SANA reported": a news medium reporting what the article has
    /// just told is that event's source, not an event of its own. Adds it to that event and
    /// returns the event's index.
    mutating func reportedByMedium(_ type: EventType, _ r: RoleReader.Roles, on day: Day, paragraph: Int) -> Int? {
        guard let last = mediumReport(type, r, on: day, paragraph: paragraph) else { return nil }
        for m in r.participants where !candidates[last].allActors.contains(m.actor) { candidates[last].reporters.append(m) }
        return last
    }

    private func mediumReport(_ type: EventType, _ r: RoleReader.Roles, on day: Day, paragraph: Int) -> Int? {
        guard type == .statement, r.participants.allSatisfy({ extractor.isMedium($0.actor, cast) }),
              let last = lastNonCommunication, candidates[last].paragraph > 0, paragraph - candidates[last].paragraph <= 1,
              abs(candidates[last].date.distance(to: day)) <= 1 else { return nil }
        return last
    }

    /// The saying verb of the main clause before a military trigger and the actors who are its
    /// subject ("The LNA said it had targeted"), when they are named in the sentence and are
    /// not a cited source ("selon l'OSDH").
    private func ownAnnouncement(_ c: TriggerClassifier.Classification, _ tokens: [Token], _ mentions: [Mention],
                                 _ marks: ClauseMarker.Marks) -> (hit: TriggerClassifier.Hit, speakers: Set<Int>)? {
        guard c.trigger.isVerb else { return nil }
        let sayings = c.accepted.filter { $0.type == .statement && $0.isVerb && !$0.subordinate && $0.end <= c.trigger.start }
            + marks.reporting.filter { !marks.subordinate[$0.lowerBound] && !tokens[$0.lowerBound].inQuote && $0.upperBound <= c.trigger.start }
                .map { TriggerClassifier.Hit(type: .statement, start: $0.lowerBound, end: $0.upperBound, isVerb: true, isReporting: true, subordinate: false) }
        // (Not an incise: "Les forces … contrôlent …, a indiqué l'OSDH" is the OSDH's report.)
        guard let hit = sayings.min(by: { $0.start < $1.start }), hit.start > 0,
              !tokens[hit.start - 1].isMark(","), !SentenceSplitter.closingQuotes.contains(tokens[hit.start - 1]) else { return nil }
        let visible = mentions.filter { !tokens[$0.start].inQuote && !$0.viaCoreference }
        let speakers = roles.subjects(tokens, visible, before: hit.start, marks)
        guard !speakers.isEmpty, !speakers.contains(where: { roles.isReporterCued(tokens, $0) }) else { return nil }
        return (hit, Set(speakers.map(\.actor)))
    }

    /// A sentence opening with a span of two ends ("Entre début février et le 5 mars,", "Between
    /// early February and March 5,").
    private func opensWithSpan(_ tokens: [Token], _ marks: ClauseMarker.Marks) -> Bool {
        guard let first = tokens.first, first.looksLikeName, marks.background.first == true,
              let comma = tokens.firstIndex(where: { $0.isMark(",") }), comma < 12,
              (0..<comma).allSatisfy({ marks.background[$0] }) else { return false }
        return tokens[1..<comma].contains { rules.conjunctions.contains($0) }
    }

    /// "L'offensive lancée en décembre … a fait près de 500 morts": a campaign as the subject,
    /// deciding the type as a noun.
    private func opensWithCampaign(_ tokens: [Token]) -> Bool {
        tokens.prefix(3).contains { rules.campaignNouns.contains($0) }
    }

    /// A background date after the main clause's saying verb: it dates something said, not the saying.
    private func backgroundAfterSaying(_ mention: DateMention, _ classification: TriggerClassifier.Classification?) -> Bool {
        guard let c = classification, c.type.isCommunication, !c.trigger.subordinate, c.trigger.isVerb else { return false }
        return mention.background && mention.start > c.trigger.end
    }

    /// "has since been", "a depuis été", "depuis lors" in the main clause, outside quotes.
    private func hasBackgroundAdverb(_ tokens: [Token], _ marks: ClauseMarker.Marks) -> Bool {
        tokens.indices.contains { k in
            guard !tokens[k].inQuote, !marks.subordinate[k], let m = rules.backgroundAdverbs.match(tokens, at: k) else { return false }
            // "a depuis le 12 janvier": a date follows, which the date reader handles.
            guard m.end < tokens.count else { return true }
            let next = tokens[m.end]
            return !(next.kind == .number || rules.determiners.contains(next) || rules.isCalendarWord(next.folded))
        }
    }

    /// "a truce that Russia and Turkey said would take effect": a complementizer before the
    /// verb in its clause, with no reporting verb before it, makes the verb's clause relative.
    func isInRelativeClause(_ tokens: [Token], _ index: Int, _ marks: ClauseMarker.Marks) -> Bool {
        var k = index - 1
        while k > 0, !ClauseMarker.clauseEnds.contains(tokens[k]) {
            if rules.complementizers.contains(tokens[k]), tokens[k - 1].isWord,
               !marks.reporting.contains(where: { $0.upperBound <= k }) {
                return true
            }
            k -= 1
        }
        return false
    }

    /// "on Monday and Tuesday": a date joined to the next one by a conjunction.
    func isCoordinated(_ a: DateMention, _ b: DateMention, _ tokens: [Token]) -> Bool {
        b.start == a.end + 1 && rules.conjunctions.contains(tokens[a.end])
            || b.start == a.end + 2 && rules.conjunctions.contains(tokens[a.end]) && rules.prepositions.contains(tokens[a.end + 1])
    }
}
