import Model

/// What a dispatch reports as news, what it announces, and what it recalls to explain them.
extension SentenceReader {
    /// How many days before its publication a dispatch still reports an event as news:
    /// "Saturday" in Monday's copy is the news of the weekend; "last week" in a story of
    /// Feb. 17 is what the story recalls.
    static let newsReach = 3
    /// The same for an event the sentence dates by its calendar day ("on Feb. 6", "le 6
    /// février"): a dispatch that names the day reports it as a development of its own.
    static let datedNewsReach = 14

    /// The candidate's status, from its date against the publication date and the tense of
    /// its date phrase:
    /// - scheduled: dated after the publication, or by a future phrase ("prévue dimanche"), or
    ///   told in the future or the conditional (`LanguageRules.isUnrealised`);
    ///   the announcement of it is dated the day it was made, and is news;
    /// - background: dated more than `newsReach` days before the publication (`datedNewsReach`
    ///   for a calendar day), or only by a month or a year that is not the publication's
    ///   ("appointed in July 2017", "lancée en décembre"), or a lasting state (`isOngoing`);
    /// - news otherwise.
    func status(_ type: EventType, _ main: ResolvedDate?, _ day: Day, unrealised: Bool, ongoing: Bool) -> EventStatus {
        if !type.isCommunication, main?.mention.future == true || unrealised { return .scheduled }
        if !type.isCommunication, ongoing { return .background }
        guard let published else { return .happened }
        if !type.isCommunication, day > published { return .scheduled }
        if let main { return isLongPast(main) ? .background : .happened }
        // Dated by the date in force: a calendar day named earlier ("on Feb. 20") is news in
        // its own sentence, but what the next sentences add to it, days later, is background.
        return day.distance(to: published) > Self.newsReach ? .background : .happened
    }

    /// How far before an event word a duration may stand ("des semaines d'intenses combats").
    static let durationReach = 3

    /// "des semaines d'intenses combats", "weeks of fighting", "s'affrontent depuis neuf mois",
    /// "have clashed for months": a state that has lasted weeks or more is what the dispatch
    /// recalls to explain its news, not the news.
    func isOngoing(_ tokens: [Token], trigger: Range<Int>) -> Bool {
        for k in stride(from: trigger.lowerBound - 1, through: max(1, trigger.lowerBound - Self.durationReach), by: -1)
        where rules.genitives.contains(tokens[k]) && rules.durationNouns.contains(tokens[k - 1]) {
            return true
        }
        var start = trigger.lowerBound
        while start > 0, !ClauseMarker.clauseEnds.contains(tokens[start - 1]) { start -= 1 }
        var end = trigger.upperBound
        while end < tokens.count, !ClauseMarker.clauseEnds.contains(tokens[end]) { end += 1 }
        for k in start..<end {
            guard let cue = rules.durationCues.match(tokens, at: k) else { continue }
            if (cue.end..<min(end, cue.end + Self.durationReach)).contains(where: { rules.durationNouns.contains(tokens[$0]) }) { return true }
        }
        return false
    }

    /// A date the dispatch recalls rather than reports: beyond `newsReach`, or a month gone by.
    func isLongPast(_ date: ResolvedDate) -> Bool {
        guard let published, !date.mention.future else { return false }
        if date.precision != .day, !sameMonth(date.day, published) { return true }
        let reach = date.mention.kind == .absolute && date.precision == .day ? Self.datedNewsReach : Self.newsReach
        return date.day.distance(to: published) > reach
    }

    private func sameMonth(_ a: Day, _ b: Day) -> Bool {
        a.year == b.year && a.month == b.month
    }
}
