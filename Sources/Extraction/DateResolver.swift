import Model

/// A date phrase found in a sentence, before it is resolved to a day.
struct DateMention: Sendable {
    enum DateForm: Sendable { case absolute, month, weekday, relative, anchored, weekend }

    var kind: DateForm
    var start: Int
    var end: Int
    var day: Int?
    var month: Int?
    var year: Int?
    /// ISO weekday named in the phrase ("vendredi 21 février", "jeudi").
    var weekday: Int?
    /// Days from the publication date (relative) or from the date in force (anchored).
    var offset = 0
    var future = false
    /// "depuis avril 2019", "la conférence de Berlin du 19 janvier": not when the event happened.
    var background = false
    /// Inside a subordinate clause: the date of something else than the sentence's event.
    var subordinate = false
    /// Right after a reporting verb ("announced on Wednesday"): the date of the report.
    var reportAdjacent = false
    /// The date of a noun ("l'accord conclu la veille"), not of any verb of the sentence.
    var ofNoun = false
    /// In a past-perfect clause ("had launched an offensive on Jan. 26", "avaient été tués lundi").
    var pastPerfect = false
    /// In what a reporting verb reports ("said violence had subsided after the truce took
    /// effect on Jan. 12", "a dit qu'une délégation irait lundi à Moscou"): not when the
    /// report was made.
    var reported = false
}

/// A date phrase resolved to a calendar day.
struct ResolvedDate: Sendable {
    var day: Day
    var precision: DatePrecision
    var mention: DateMention
    /// Set when a weekday contradicts its explicit date.
    var conflict: String?
}

/// Finds date phrases in a sentence and resolves them against the publication date.
///
/// Absolute dates ("27 février 2020", "Jan. 12", "2020-03-05"), months ("en avril 2019"),
/// weekdays ("jeudi", "last Tuesday": the most recent such day on or before publication,
/// unless the phrase is future), days relative to publication ("hier") and to the date in
/// force ("la veille").
struct DateResolver: Sendable {
    let rules: LanguageRules

    // MARK: Finding

    func scan(_ tokens: [Token], marks: ClauseMarker.Marks) -> [DateMention] {
        var found: [DateMention] = []
        var i = 0
        while i < tokens.count {
            if tokens[i].inQuote || opensNoDate(tokens[i]) { i += 1; continue }
            if var m = phrase(tokens, at: i) {
                m.ofNoun = qualifiesNoun(tokens, m.start)
                m.background = marks.background[m.start] || isAdjacentBackground(tokens, m.start) || m.ofNoun
                m.subordinate = marks.subordinate[m.start]
                let tense = clauseTense(tokens, m)
                m.future = m.future || isFuture(tokens, m) || tense == .future
                m.pastPerfect = !m.future && tense == .pastPerfect
                m.reported = isReported(tokens, m, marks)
                m.reportAdjacent = marks.reporting.contains { $0.upperBound <= m.start && m.start - $0.upperBound <= 1 }
                found.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return found
    }

    private func phrase(_ tokens: [Token], at i: Int) -> DateMention? {
        if let m = rules.anchoredDays.match(tokens, at: i) {
            return DateMention(kind: .anchored, start: i, end: m.end, offset: m.payload)
        }
        if let m = rules.weekend.match(tokens, at: i) {
            return DateMention(kind: .weekend, start: i, end: m.end)
        }
        if let m = rules.relativeDays.match(tokens, at: i) {
            return DateMention(kind: .relative, start: i, end: m.end, offset: m.payload)
        }
        if tokens[i].kind == .number, let iso = isoDate(tokens, at: i) { return iso }
        if let weekday = rules.weekdays[tokens[i]], tokens[i].isWord {
            var m = DateMention(kind: .weekday, start: i, end: i + 1, weekday: weekday)
            var k = i + 1
            if k < tokens.count, rules.determiners.contains(tokens[k]) { k += 1 }
            if k < tokens.count, var absolute = dayMonth(tokens, at: k) ?? monthDay(tokens, at: k) {
                absolute.start = i
                absolute.weekday = weekday
                return absolute
            }
            if rules.futureModifiers.contains(tokens, at: min(i + 1, tokens.count - 1)) || (i > 0 && rules.futureModifiers.contains(tokens, at: i - 1)) {
                m.future = true
                m.end = min(i + 2, tokens.count)
            }
            return m
        }
        if let m = dayMonth(tokens, at: i) ?? monthDay(tokens, at: i) { return m }
        if tokens[i].isWord, let month = rules.months[tokens[i]] {
            // A month alone: "en avril 2019", "in December".
            var k = i + 1
            if k < tokens.count, tokens[k].isMark(".") { k += 1 }
            if k < tokens.count, let y = year(tokens[k]) {
                return DateMention(kind: .month, start: i, end: k + 1, month: month, year: y)
            }
            if i > 0, rules.prepositions.contains(tokens[i - 1]) {
                return DateMention(kind: .month, start: i, end: i + 1, month: month)
            }
        }
        return nil
    }

    /// Whether the token's classes say no date phrase opens with it: it is no number, and no
    /// word of `calendarStarts` (a weekday, a month, the first word of a relative or anchored
    /// day or of a weekend). Most tokens; the phrases are then not each asked.
    @inline(__always) private func opensNoDate(_ token: Token) -> Bool {
        token.kind != .number && rules.calendarStarts?.holds(token) == false
    }

    /// "21 février", "27 février 2020", "1er mars", "5 March".
    private func dayMonth(_ tokens: [Token], at i: Int) -> DateMention? {
        guard tokens[i].kind == .number, let d = dayNumber(tokens[i]), i + 1 < tokens.count,
              let month = rules.months[tokens[i + 1]] else { return nil }
        var end = i + 2
        if end < tokens.count, tokens[end].isMark(".") { end += 1 }
        var y: Int?
        if end < tokens.count, let value = year(tokens[end]) { y = value; end += 1 }
        return DateMention(kind: .absolute, start: i, end: end, day: d, month: month, year: y)
    }

    /// "March 5", "Jan. 12", "Feb. 6, 2020", "Jan. 15-23".
    private func monthDay(_ tokens: [Token], at i: Int) -> DateMention? {
        guard tokens[i].isWord, let month = rules.months[tokens[i]] else { return nil }
        var k = i + 1
        if k < tokens.count, tokens[k].isMark(".") { k += 1 }
        guard k < tokens.count, tokens[k].kind == .number, !tokens[k].hyphenBefore, let d = dayNumber(tokens[k]) else { return nil }
        var end = k + 1
        if end < tokens.count, tokens[end].kind == .number, tokens[end].hyphenBefore { end += 1 }
        var y: Int?
        if end + 1 < tokens.count, tokens[end].isMark(","), let value = year(tokens[end + 1]) {
            y = value; end += 2
        } else if end < tokens.count, let value = year(tokens[end]) {
            y = value; end += 1
        }
        return DateMention(kind: .absolute, start: i, end: end, day: d, month: month, year: y)
    }

    private func isoDate(_ tokens: [Token], at i: Int) -> DateMention? {
        guard i + 2 < tokens.count, tokens[i].text.count == 4, let y = Int(tokens[i].text),
              tokens[i + 1].kind == .number, tokens[i + 1].hyphenBefore, let m = Int(tokens[i + 1].text),
              tokens[i + 2].kind == .number, tokens[i + 2].hyphenBefore, let d = Int(tokens[i + 2].text),
              Day(year: y, month: m, day: d) != nil else { return nil }
        return DateMention(kind: .absolute, start: i, end: i + 3, day: d, month: m, year: y)
    }

    private func dayNumber(_ token: Token) -> Int? {
        let digits = token.text.prefix { $0.isNumber }
        let suffix = String(token.text.dropFirst(digits.count)).folded()
        guard digits.count <= 2, suffix.isEmpty || rules.ordinalSuffixes.contains(suffix),
              let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    private func year(_ token: Token) -> Int? {
        guard token.kind == .number, token.text.count == 4, let y = Int(token.text), (1900...2100).contains(y) else { return nil }
        return y
    }

    private func isAdjacentBackground(_ tokens: [Token], _ start: Int) -> Bool {
        var k = start - 1
        while k >= 0, rules.determiners.contains(tokens[k]) { k -= 1 }
        // "dès" folds to "des" but marks when a thing happened, not what a date qualifies: the
        // word before the date must be written as the cue is.
        guard k >= 0, tokens[k].lowered == tokens[k].folded else { return false }
        // Cues of one or two words ending right before the date ("du", "à compter du").
        for back in [k, k - 1, k - 2] where back >= 0 {
            if let m = rules.backgroundAdjacentCues.match(tokens, at: back), m.end == k + 1 { return true }
        }
        return false
    }

    /// "a salué le cessez-le-feu conclu jeudi": the date of a noun, given by the participle
    /// qualifying it (a participle after a noun, with no auxiliary, after the main verb).
    private func qualifiesNoun(_ tokens: [Token], _ start: Int) -> Bool {
        var k = start - 1
        while k >= 0, rules.determiners.contains(tokens[k]) { k -= 1 }
        guard k > 0, rules.isBareParticiple(tokens, at: k), !rules.futureCues.contains(tokens, at: k) else { return false }
        let before = tokens[k - 1]
        guard before.isWord, !rules.auxiliaries.contains(before), !rules.clitics.contains(before) else { return false }
        // "deux soldats ont été tués et un troisième blessé jeudi": a participle coordinated with
        // the main verb's shares its auxiliary; the date is the sentence's own.
        for c in max(1, k - 3)..<k where rules.conjunctions.contains(tokens[c]) && rules.isParticipleForm(tokens[c - 1]) {
            return false
        }
        // Only in the object of a verb already conjugated ("a salué le cessez-le-feu conclu jeudi"):
        // in the subject ("le texte signé le 19 janvier reste en vigueur") the date is the sentence's own.
        // Or in the object of a participle opening the sentence ("Prenant acte de l'accord conclu la veille, ils ont appelé").
        if let first = tokens.first, first.isWord, rules.gerundEndings.end(first.lowered, afterMoreThan: 2) {
            return true
        }
        return tokens[..<k].contains { rules.auxiliaries.contains($0) && $0.isWord && !rules.clitics.contains($0) }
    }

    enum Tense { case future, pastPerfect }

    /// Segment boundaries for tense: commas, semicolons, colons and dashes (not brackets, which
    /// hold asides inside a clause).
    static let tenseBoundaries: PunctuationSet = [",", ";", ":", "\u{2014}", "\u{2013}"]

    /// The tense of the verb nearest the date in its clause, when it is a future (or
    /// conditional) or a past perfect; nil for another tense ("a annoncé mardi ... la conférence
    /// prévue dimanche": mardi is not future). A date fronted by a comma ("Lundi, ...") belongs
    /// to the clause after the comma.
    func clauseTense(_ tokens: [Token], _ m: DateMention) -> Tense? {
        var lower = m.start
        while lower > 0, !Self.tenseBoundaries.contains(tokens[lower - 1]) { lower -= 1 }
        // "He recalled that on Jan. 26 forces had launched": the verb of the reported clause, not the reporting one.
        if lower < m.start, let c = (lower..<m.start).last(where: { rules.complementizers.contains(tokens[$0]) }) { lower = c + 1 }
        var upper = m.end
        // "Lundi, ...", "Il a rappelé que lundi, l'armée avait frappé": a fronted date.
        if upper < tokens.count, tokens[upper].isMark(","), (lower..<m.start).allSatisfy({ !tokens[$0].isWord || rules.prepositions.contains(tokens[$0]) || rules.determiners.contains(tokens[$0]) }) {
            upper += 1
            lower = upper
        }
        while upper < tokens.count, !Self.tenseBoundaries.contains(tokens[upper]) { upper += 1 }
        var best: (distance: Int, tense: Tense?)?
        for k in lower..<upper where !(m.start..<m.end).contains(k) && !tokens[k].inQuote {
            let tense: Tense?
            if rules.futureCues.contains(tokens, at: k) || isFutureForm(tokens, at: k) {
                tense = .future
            } else if rules.isPastPerfect(tokens, at: k) {
                tense = .pastPerfect
            } else if isFiniteVerb(tokens, k) {
                // A verb of another tense nearer the date ("a annoncé mardi ... prévue dimanche").
                tense = nil
            } else {
                continue
            }
            let distance = k < m.start ? m.start - k : k - m.end + 1
            if best == nil || distance < best!.distance { best = (distance, tense) }
        }
        if let best { return best.tense }
        // A date set off by commas (", on Jan. 8,"): the nearest verb before it.
        var k = lower - 1
        while k >= 0 {
            if !tokens[k].inQuote {
                if rules.futureCues.contains(tokens, at: k) || isFutureForm(tokens, at: k) { return .future }
                if rules.isPastPerfect(tokens, at: k) { return .pastPerfect }
                if isFiniteVerb(tokens, k) { return nil }
            }
            k -= 1
        }
        return nil
    }

    /// An auxiliary, a reporting verb or a verb trigger that is not an infinitive ("is due to
    /// meet", "doit rencontrer": the tense is the cue's).
    private func isFiniteVerb(_ tokens: [Token], _ k: Int) -> Bool {
        // (Most words are no auxiliary, reporting verb or trigger, as their classes say.)
        if rules.auxiliaries.wordClass?.holds(tokens[k]) == false, rules.reportingVerbs.startsNone(tokens[k]),
           rules.triggers.startsNone(tokens[k]) {
            return false
        }
        // "avait accepté": the auxiliary carries the tense.
        for j in max(0, k - 2)..<k where rules.auxiliaries.contains(tokens[j]) || rules.pastPerfectAuxiliaries.contains(tokens, at: j) {
            return false
        }
        // (Not "à", which folds to the auxiliary "a".)
        if rules.auxiliaries.contains(tokens[k]) && rules.writtenAuxiliaries.contains(tokens[k].lowered)
            || rules.reportingVerbs.contains(tokens, at: k) { return true }
        guard rules.triggers.match(tokens, at: k)?.payload.isVerb == true else { return false }
        if k > 0, rules.infinitiveMarkers.contains(tokens[k - 1]) { return false }
        for j in max(0, k - 2)..<k where rules.futureCues.contains(tokens, at: j) { return false }
        // "doit pour sa part rencontrer": the cue before an adverb.
        let window = Array(tokens[max(0, k - 6)...k])
        let indices = rules.positionsWithoutAdverbs(window)
        let kept = indices.map { window[$0] }
        if kept.count >= 2, indices.last == k - max(0, k - 6) {
            for j in max(0, kept.count - 3)..<(kept.count - 1) where rules.futureCues.contains(kept, at: j) { return false }
        }
        return true
    }

    /// "rendra", "seront", "irait": a future or conditional form by its ending; not the past
    /// conditional of agency copy, "aurait bombardé", which reports a fact not yet confirmed.
    private func isFutureForm(_ tokens: [Token], at k: Int) -> Bool {
        // (The token's fields are read in place, not from a copy.)
        guard !rules.futureEndings.isEmpty, tokens[k].isWord, !tokens[k].looksLikeName, tokens[k].text.characterCount >= 4 else { return false }
        let word = tokens[k].folded
        guard rules.futureEndings.end(word) else { return false }
        let pastConditional = rules.auxiliaries.contains(tokens[k]) && rules.conditionalEndings.end(word)
            && k + 1 < tokens.count && rules.isParticipleForm(tokens[k + 1])
        return !pastConditional
    }

    /// In the content of a reporting verb: after its complementizer ("said ... that",
    /// "a indiqué mardi que"), or right after the verb when a noun phrase follows it directly
    /// ("said violence had subsided"). The object of a verb of telling is the one spoken to,
    /// so "told the Council on Thursday that" reports from "that" on.
    private func isReported(_ tokens: [Token], _ m: DateMention, _ marks: ClauseMarker.Marks) -> Bool {
        for r in marks.reporting where r.upperBound <= m.start && !tokens[r.lowerBound].inQuote {
            if let start = contentStart(tokens, r), start <= m.start { return true }
        }
        return false
    }

    static let complementizerReach = 12

    func contentStart(_ tokens: [Token], _ r: Range<Int>) -> Int? {
        let j = r.upperBound
        guard j < tokens.count else { return nil }
        var complementizer: Int?
        for k in j..<min(tokens.count, j + Self.complementizerReach) {
            if rules.complementizers.contains(tokens[k]) { complementizer = k; break }
            if tokens[k].isMark(";") || tokens[k].isMark(":") || SentenceSplitter.terminators.contains(tokens[k]) { break }
        }
        let next = tokens[j]
        let opensContent = next.isWord && !rules.prepositions.contains(next) && !rules.isCalendarWord(next.folded)
            && !rules.relativeDays.contains(tokens, at: j) && !rules.anchoredDays.contains(tokens, at: j)
            && !rules.adverbs.contains(tokens, at: j) && !rules.addresseeVerbs.contains(tokens, at: r.lowerBound)
            && !rules.complementizers.contains(next)
        if opensContent { return j }
        return complementizer
    }

    private func isFuture(_ tokens: [Token], _ m: DateMention) -> Bool {
        let from = max(0, m.start - 4)
        for k in from..<m.start where rules.futureCues.contains(tokens, at: k) { return true }
        if m.end < tokens.count, rules.futureModifiers.contains(tokens, at: m.end) { return true }
        return false
    }

    // MARK: Resolving

    /// Resolves a mention; nil when it cannot be placed (no reference date).
    func resolve(_ m: DateMention, reference: Day?, inForce: Day?) -> ResolvedDate? {
        switch m.kind {
        case .absolute:
            guard let d = m.day, let month = m.month else { return nil }
            let y = m.year ?? reference.flatMap { closestYear(day: d, month: month, to: $0, future: m.future) }
            guard let y, let day = Day(year: y, month: month, day: d) else { return nil }
            var conflict: String?
            if let w = m.weekday, day.weekday != w {
                conflict = "the weekday does not match \(day.iso) (a \(Self.weekdayNames[day.weekday - 1]))"
            }
            return ResolvedDate(day: day, precision: .day, mention: m, conflict: conflict)
        case .month:
            guard let month = m.month else { return nil }
            let y = m.year ?? reference.flatMap { closestYear(day: 1, month: month, to: $0, future: m.future) }
            guard let y, let day = Day(year: y, month: month, day: 1) else { return nil }
            return ResolvedDate(day: day, precision: .month, mention: m)
        case .weekday:
            guard let w = m.weekday, let reference else { return nil }
            let day = m.future ? reference.next(weekday: w, includingToday: false) : reference.previous(weekday: w)
            return ResolvedDate(day: day, precision: .day, mention: m)
        case .weekend:
            guard let reference else { return nil }
            let day = reference.weekday >= 6 ? reference : reference.previous(weekday: 7)
            return ResolvedDate(day: day, precision: .day, mention: m)
        case .relative:
            guard let reference else { return nil }
            return ResolvedDate(day: reference.adding(days: m.offset), precision: .day, mention: m)
        case .anchored:
            guard let base = inForce ?? reference else { return nil }
            return ResolvedDate(day: base.adding(days: m.offset), precision: .day, mention: m)
        }
    }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The year that puts day/month nearest the reference, a date in the past preferred, or in
    /// the future when the sentence speaks of the future ("will be held on June 29").
    private func closestYear(day: Int, month: Int, to reference: Day, future: Bool) -> Int? {
        var best: (Int, Int)?
        for y in [reference.year - 1, reference.year, reference.year + 1] {
            guard let candidate = Day(year: y, month: month, day: day) else { continue }
            let distance = reference.distance(to: candidate)
            let cost = (distance > 0) != future ? abs(distance) * 3 : abs(distance)
            if best == nil || cost < best!.1 { best = (y, cost) }
        }
        return best?.0
    }

    // MARK: Year inference

    /// For an article with no publication date: a year in which every explicit weekday-dated
    /// day ("vendredi 21 février") falls on its weekday. Returns the latest such date and
    /// whether several years fitted with nothing to decide between them.
    ///
    /// Years written in the text come first: the fitting year nearest the latest of them.
    /// Without any, `contextYears` (the publication years of the project's other articles)
    /// decide when exactly one of them fits; several fitting context years are decided by
    /// the most articles (ambiguous), none by the nearest fitting year (ambiguous). With no
    /// hint at all, the most recent fitting year in 1990...2040 (ambiguous when several fit).
    func inferPublication(from mentions: [DateMention], yearHints: [Int], contextYears: [Int] = []) -> (day: Day, ambiguous: Bool)? {
        let dated = mentions.filter { $0.kind == .absolute && $0.weekday != nil && $0.year == nil }
        guard !dated.isEmpty else { return nil }
        func fits(_ y: Int) -> Bool {
            dated.allSatisfy { m in
                guard let d = Day(year: y, month: m.month!, day: m.day!) else { return false }
                return d.weekday == m.weekday
            }
        }
        func result(_ year: Int, ambiguous: Bool) -> (day: Day, ambiguous: Bool) {
            let days = dated.compactMap { Day(year: year, month: $0.month!, day: $0.day!) }
            return (days.max()!, ambiguous)
        }
        if let low = yearHints.min(), let high = yearHints.max() {
            let fitting = (low...(high + 1)).filter(fits)
            guard !fitting.isEmpty else { return nil }
            // The year nearest the latest year mentioned.
            return result(fitting.min { abs($0 - high) < abs($1 - high) }!, ambiguous: fitting.count > 1)
        }
        let fitting = (1990...2040).filter(fits)
        guard let latest = fitting.last else { return nil }
        let context = contextYears.filter { (1900...2100).contains($0) }
        guard !context.isEmpty else { return result(latest, ambiguous: fitting.count > 1) }
        var counts: [Int: Int] = [:]
        for y in context { counts[y, default: 0] += 1 }
        let fittingContext = counts.keys.filter(fits)
        if fittingContext.count == 1 { return result(fittingContext[0], ambiguous: false) }
        if let best = fittingContext.max(by: { (counts[$0]!, $0) < (counts[$1]!, $1) }) {
            return result(best, ambiguous: true)
        }
        // No context year fits: the fitting year nearest the most frequent one.
        let usual = counts.keys.max { (counts[$0]!, $0) < (counts[$1]!, $1) }!
        let nearest = fitting.min { (abs($0 - usual), -$0) < (abs($1 - usual), -$1) }!
        return result(nearest, ambiguous: true)
    }
}
