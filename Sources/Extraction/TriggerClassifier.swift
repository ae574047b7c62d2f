import Model

/// Decides what kind of event a sentence reports from its trigger words, and where the
/// deciding trigger is.
///
/// Where several types fit, the taxonomy's precedence wins (military action first), with
/// three rules about reported speech:
/// - what someone condemns or calls for is not itself the event ("called for an end to the
///   offensive" is an appeal): triggers after an appeal or a criticism verb are ignored;
/// - in reported speech, nouns of fighting or displacement only describe what was said
///   ("said the fighting was intense" is a statement) while verbs still report an event
///   ("a rapporté que des groupes avaient lancé une offensive");
/// - an agreement word under a negation is a refusal ("sans signer"): a criticism.
/// Triggers inside a subordinate clause count only when the main clause has none.
///
/// Some triggers only set the scene or name what something is about, and yield to any other
/// trigger of the sentence (they still decide when they are alone):
/// - an infinitive complement ("chargés de discuter", "to discuss"): a purpose, not an event;
/// - a meeting word opening a comma-delimited frame ("Meeting in Brussels, the ministers
///   said", "réunis à Bruxelles, ont appelé"): the main verb says what happened there;
/// - a participle with no auxiliary, where the language marks participles ("le cessez-le-feu
///   conclu jeudi"): it qualifies a noun;
/// - a participle used as a noun ("those uprooted");
/// - a meeting or agreement noun in what a reporting verb reports ("said the talks had not
///   produced an outcome"), unless a framer places the report at it ("said after talks").
/// Idioms such as "took part" or "struck a conciliatory note" are not triggers at all.
struct TriggerClassifier: Sendable {
    let rules: LanguageRules

    struct Hit: Sendable {
        var type: EventType
        var start: Int
        var end: Int
        var isVerb: Bool
        var isReporting: Bool
        var subordinate: Bool
        /// Yields to any other trigger (a purpose, a frame, a modifier).
        var demoted = false
        /// In a background span ("depuis le début de l'offensive", "since forces began their
        /// siege", "amid regime bombardment"): what the news is set against, not the news. A
        /// fight or a flight there yields to the sentence's other triggers.
        var inBackground = false
    }

    struct Classification: Sendable {
        var type: EventType
        /// The trigger that decided the type.
        var trigger: Hit
        /// Every hit that was kept, in order.
        var accepted: [Hit]
    }

    func hits(_ tokens: [Token], marks: ClauseMarker.Marks) -> [Hit] {
        var out: [Hit] = []
        for (range, payload) in rules.matchesSkippingAdverbs(rules.triggers, in: tokens, kept: marks.withoutAdverbs) where !tokens[range.lowerBound].inQuote {
            let m = (start: range.lowerBound, end: range.upperBound, payload: payload)
            if m.start > 0, rules.stativeCues.contains(tokens[m.start - 1]) { continue }
            if isIdiom(tokens, m.start) { continue }
            // ("la rencontre": a verb form after a determiner is a noun.)
            let nounForm = !m.payload.isVerb || (m.end - m.start == 1 && m.start > 0 && rules.determiners.contains(tokens[m.start - 1])
                && !rules.complementizers.contains(tokens[m.start - 1]))
            if nounForm, m.payload.type == .consultation || m.payload.type == .agreement, isModifier(tokens, m.start) { continue }
            // "par la presse", "la demande": the noun of an appeal or criticism verb is no appeal
            // or criticism unless the lexicon lists it among the nouns.
            if nounForm, m.payload.isVerb, m.payload.type == .appeal || m.payload.type == .criticism { continue }
            // "After the talks, Dendias said", "À l'issue de la réunion, il a déclaré": a meeting
            // the text has told already, set as the occasion of what follows.
            if nounForm, m.payload.type == .consultation, isFramedBackReference(tokens, m.start) { continue }
            var type = m.payload.type
            if isNegated(tokens, m.start) {
                guard type == .agreement else { continue }
                type = .criticism
            }
            let reporting = marks.reporting.contains { $0.lowerBound < m.end && m.start < $0.upperBound }
            // "cette rencontre", "la reprise", "the calls for": a verb form after a determiner is a
            // noun (a phrase of several words only after a determiner that is neither elided, as in
            // "l'a signé", nor a complementizer, as in "forces that seized control").
            let afterDeterminer = m.start > 0 && rules.determiners.contains(tokens[m.start - 1])
                && (m.end - m.start == 1 || !(tokens[m.start - 1].text.hasSuffix("'") || tokens[m.start - 1].text.hasSuffix("\u{2019}")
                    || rules.complementizers.contains(tokens[m.start - 1])))
            let isVerb = m.payload.isVerb && !afterDeterminer
            var hit = Hit(type: type, start: m.start, end: m.end, isVerb: isVerb, isReporting: reporting,
                          subordinate: marks.subordinate[m.start])
            hit.inBackground = marks.background[m.start]
            hit.demoted = (hit.inBackground && (type == .militaryAction || type == .humanitarian))
                || (isVerb && (isInfinitiveComplement(tokens, m.start) || isBareParticiple(tokens, m.start) || isInfinitiveSubject(tokens, m.start)))
                || isNominalised(tokens, m.start)
                || (type == .consultation && (opensFrame(tokens, m.start, m.end) || inParticipialIncise(tokens, m.start)))
                // "agreements that could end fighting": what would happen yields to what did.
                || (!type.isCommunication && rules.isConditional(tokens, m.start..<m.end))
            out.append(hit)
        }
        for r in marks.reporting where !tokens[r.lowerBound].inQuote {
            if out.contains(where: { $0.start < r.upperBound && r.lowerBound < $0.end }) { continue }
            out.append(Hit(type: .statement, start: r.lowerBound, end: r.upperBound, isVerb: true, isReporting: true,
                           subordinate: marks.subordinate[r.lowerBound]))
        }
        return out.sorted { $0.start < $1.start }
    }

    /// Whether the sentence speaks of a meeting at all, as its event or not ("after four hours
    /// of talks at the chancellery"): where it was is where the article's meetings are.
    func mentionsMeeting(_ tokens: [Token], _ marks: ClauseMarker.Marks) -> Bool {
        rules.matchesSkippingAdverbs(rules.triggers, in: tokens, kept: marks.withoutAdverbs).contains { range, payload in
            payload.type == .consultation && !tokens[range.lowerBound].inQuote
        }
    }

    func classify(_ tokens: [Token], marks: ClauseMarker.Marks) -> Classification? {
        var all = hits(tokens, marks: marks)
        all = droppingCauses(all, tokens)
        all = demotingOpeningPhrase(all, tokens)
        guard let c = chooseAmong(all, tokens) else { return nil }
        let decided = refined(c, all: all, tokens, marks: marks)
        return reportedEvent(decided, all: all, tokens) ?? decided
    }

    private func chooseAmong(_ all: [Hit], _ tokens: [Token]) -> Classification? {
        let strong = all.filter { !$0.demoted }
        for pool in strong.count == all.count ? [all] : [strong, all] {
            if let c = choose(pool.filter { !$0.subordinate }, all: all, tokens) { return c }
            if let c = choose(pool.filter(\.subordinate), all: all, tokens) { return c }
        }
        return nil
    }

    /// "la présidence a indiqué que le chef de l'Etat s'était entretenu avec Merkel", "the GNA
    /// said it had retaken Tripoli": what a report tells is the event, when it is a fight, a
    /// flight, a meeting or an agreement (the first of the taxonomy wins); the reporter is its
    /// source. Not what a relative clause says of someone ("Lavrov, who visited Aleppo, said…").
    private func reportedEvent(_ c: Classification, all: [Hit], _ tokens: [Token]) -> Classification? {
        guard c.type == .statement, c.trigger.isReporting else { return nil }
        // (What would or will happen is no event: the saying is, "said the committee would be convened".)
        let told = all.filter { $0.subordinate && $0.isVerb && !$0.demoted && $0.type < .appeal && !isInRelativeClause(tokens, $0.start, reportedBy: c.trigger)
            && !rules.isUnrealised(tokens, $0.start..<$0.end) }
        guard !told.isEmpty, let reported = choose(told, all: all, tokens) else { return nil }
        return Classification(type: reported.type, trigger: reported.trigger, accepted: c.accepted + reported.accepted)
    }

    /// A relative pronoun between the last comma before `start` and `start` (not "that" right
    /// after the reporting verb: "said that…").
    private func isInRelativeClause(_ tokens: [Token], _ start: Int, reportedBy report: Hit) -> Bool {
        var k = start - 1
        while k >= 0, !tokens[k].isMark(",") {
            if rules.relativePronouns.contains(tokens[k]), k != report.end { return true }
            k -= 1
        }
        return false
    }

    /// "Speaking to reporters before leaving on a visit to Ukraine, Erdogan said…",
    /// "S'exprimant devant les députés, …": what a sentence-opening participial phrase mentions
    /// sets the scene; the event is in the main clause, when it has a trigger of its own.
    private func demotingOpeningPhrase(_ all: [Hit], _ tokens: [Token]) -> [Hit] {
        guard let opener = tokens.prefix(2).firstIndex(where: { t in
                  t.isWord && !rules.tokenizer.elisions.contains(t.folded) && rules.gerundEndings.end(t.lowered)
              }), opener == 0 || rules.tokenizer.elisions.contains(tokens[0].folded),
              let comma = tokens.prefix(Self.maxOpeningPhrase).firstIndex(where: { $0.isMark(",") }),
              all.contains(where: { $0.start > comma }) else { return all }
        return all.map { hit in
            var h = hit
            if h.start < comma { h.demoted = true }
            return h
        }
    }

    static let maxOpeningPhrase = 20

    /// "ont fui les combats", "fled the fighting": a fighting noun right after a verb of flight
    /// is what people fled, not an event of its own.
    private func droppingCauses(_ all: [Hit], _ tokens: [Token]) -> [Hit] {
        let flights = all.filter { $0.type == .humanitarian && $0.isVerb }
        guard !flights.isEmpty else { return all }
        return all.filter { h in
            guard h.type == .militaryAction, !h.isVerb else { return true }
            return !flights.contains { f in
                f.end <= h.start && tokens[f.end..<h.start].allSatisfy { rules.determiners.contains($0) || rules.genitives.contains($0) }
            }
        }
    }

    /// What the deciding trigger alone does not tell, from the rest of the sentence:
    /// - talks that "ended with a draft agreement", "ont abouti à un accord": an agreement;
    /// - an agency's situation report ("said in an update", "ses derniers chiffres") about
    ///   fighting or flight: a humanitarian update;
    /// - "asked Russia to persuade", "expects Moscow to use": an appeal;
    /// - a statement that qualifies what it speaks of as wrong ("inacceptable", "illegal",
    ///   "ingérence"): a criticism.
    private func refined(_ decided: Classification, all: [Hit], _ tokens: [Token], marks: ClauseMarker.Marks) -> Classification {
        var c = decided
        func with(_ type: EventType, _ hit: Hit) -> Classification {
            var h = hit
            h.type = type
            return Classification(type: type, trigger: h, accepted: c.accepted + [h])
        }
        if c.type == .consultation || c.type == .statement, let outcome = outcome(tokens) {
            return with(.agreement, Hit(type: .agreement, start: outcome.lowerBound, end: outcome.upperBound, isVerb: true,
                                        isReporting: false, subordinate: marks.subordinate[outcome.lowerBound]))
        }
        if c.type == .statement || c.type == .militaryAction || c.type == .humanitarian,
           all.contains(where: { $0.type == .militaryAction || $0.type == .humanitarian }),
           !(c.type == .militaryAction && c.trigger.isVerb && !all.contains(where: { $0.type == .humanitarian })),
           let report = firstMatch(rules.situationReports, tokens) {
            if c.type == .humanitarian { return c }
            return Classification(type: .humanitarian, trigger: c.type == .statement ? c.trigger : Hit(type: .humanitarian, start: report.lowerBound, end: report.upperBound, isVerb: false, isReporting: false, subordinate: false), accepted: c.accepted)
                .retyped(.humanitarian)
        }
        // "warned that the deterioration threatens…", "a averti que la production pourrait tomber":
        // a warning of a danger, with no other criticism beside it, is a statement.
        if c.type == .criticism, c.accepted.filter({ $0.type == .criticism }).allSatisfy({ isWarning(tokens, $0) }) {
            c = c.retyped(.statement)
        }
        guard c.type == .statement else { return c }
        // "said his government had ordered a response, accusing Haftar of contempt", "a déclaré…,
        // accusant Ankara de…": a criticism or an appeal in a participle coordinated with the
        // saying is the speaker's own act, even after a reported clause.
        if let own = all.first(where: { $0.isVerb && !$0.demoted && ($0.type == .criticism || $0.type == .appeal) && $0.start > c.trigger.end
            && isGerund(tokens[$0.start]) && isCoordinated(tokens, $0.start) && !isWarning(tokens, $0) }) {
            return with(own.type, own)
        }
        if let appeal = objectAppeal(tokens) {
            return with(.appeal, Hit(type: .appeal, start: appeal.lowerBound, end: appeal.upperBound, isVerb: true,
                                     isReporting: false, subordinate: marks.subordinate[appeal.lowerBound]))
        }
        if let word = firstMatch(rules.evaluativeWords, tokens, quotes: true), !isNegated(tokens, word.lowerBound) {
            return c.retyped(.criticism)
        }
        // "Egypt "strongly condemned" the vote, its foreign ministry said": a criticism in the quoted words.
        if rules.triggers.matches(in: tokens).contains(where: { tokens[$0.start].inQuote && $0.payload.type == .criticism && $0.payload.isVerb
            && !isWarning(tokens, Hit(type: .criticism, start: $0.start, end: $0.end, isVerb: true, isReporting: false, subordinate: false)) }) {
            return c.retyped(.criticism)
        }
        return c
    }

    private func isWarning(_ tokens: [Token], _ hit: Hit) -> Bool {
        (max(0, hit.start - 1)..<hit.end).contains { k in rules.warningVerbs.match(tokens, at: k).map { $0.end >= hit.end } ?? false }
    }

    private func firstMatch(_ table: PhraseTable<Bool>, _ tokens: [Token], quotes: Bool = false) -> Range<Int>? {
        table.matches(in: tokens).first { quotes || !tokens[$0.start].inQuote }.map { $0.start..<$0.end }
    }

    /// "ended a second round of talks … with a draft ceasefire agreement", "ont abouti à un accord":
    /// an outcome verb, then an outcome noun in the same clause, not negated ("ended without agreement").
    private func outcome(_ tokens: [Token]) -> Range<Int>? {
        for v in rules.outcomeVerbs.matches(in: tokens) where !tokens[v.start].inQuote {
            var j = v.end
            while j < min(tokens.count, v.end + 16) {
                if SentenceSplitter.terminators.contains(tokens[j]) || tokens[j].isMark(";") { break }
                if let n = rules.outcomeNouns.match(tokens, at: j), !tokens[j].inQuote {
                    if isNegated(tokens, j) || (j >= 3 && rules.negations.contains(tokens[j - 3])) { break }
                    return v.start..<n.end
                }
                j += 1
            }
        }
        return nil
    }

    /// "asked Russia on Saturday to persuade Haftar", "expects Moscow to use its influence": the
    /// verb, an object, then an infinitive; not a passive ("was expected to") nor a reported
    /// clause in between ("told reporters that …").
    private func objectAppeal(_ tokens: [Token]) -> Range<Int>? {
        for v in rules.objectAppealVerbs.matches(in: tokens) where !tokens[v.start].inQuote {
            if v.start > 0, rules.passiveAuxiliaries.contains(tokens[v.start - 1]) { continue }
            guard v.end < tokens.count, tokens[v.end].isWord, !rules.infinitiveMarkers.contains(tokens[v.end]),
                  !rules.complementizers.contains(tokens[v.end]) else { continue }
            var j = v.end + 1
            while j < min(tokens.count - 1, v.end + 8) {
                let t = tokens[j]
                if t.isPunctuation || rules.complementizers.contains(t) || t.inQuote { break }
                if rules.infinitiveMarkers.contains(t) {
                    let next = tokens[j + 1]
                    if next.isWord, !next.looksLikeName, !rules.determiners.contains(next) { return v.start..<v.end }
                    break
                }
                j += 1
            }
        }
        return nil
    }

    private func choose(_ hits: [Hit], all: [Hit], _ tokens: [Token]) -> Classification? {
        var accepted: [Hit] = []
        let reported = all.contains { $0.isReporting && !$0.subordinate }
        let mainReports = all.filter { $0.isReporting && !$0.subordinate }
        var closed = false
        for hit in hits {
            if !hit.isVerb && reported && (hit.type == .militaryAction || hit.type == .humanitarian) { continue }
            if !hit.isVerb, hit.type == .consultation || hit.type == .agreement,
               mainReports.contains(where: { $0.end <= hit.start }), !isFramed(tokens, hit.start) { continue }
            if closed {
                // "mettant en garde contre..., et exhortant": a coordinated appeal or criticism of the same speaker.
                guard hit.isVerb, hit.type == .appeal || hit.type == .criticism, isCoordinated(tokens, hit.start) else { continue }
            }
            accepted.append(hit)
            // What a speaker calls for or condemns follows the verb; a noun ("welcomed the calls
            // for a truce and committed to…") is an object like any other.
            if hit.isVerb, hit.type == .appeal || hit.type == .criticism { closed = true }
        }
        guard let best = accepted.min(by: { $0.type < $1.type }) else { return nil }
        return Classification(type: best.type, trigger: best, accepted: accepted)
    }

    /// "took part", "struck a conciliatory note": an idiom starting at the trigger.
    private func isIdiom(_ tokens: [Token], _ start: Int) -> Bool {
        for k in max(0, start - 1)...start {
            if let m = rules.nonTriggers.match(tokens, at: k), m.end > start { return true }
        }
        return false
    }

    /// "chargés de discuter", "pour en discuter", "to discuss".
    private func isInfinitiveComplement(_ tokens: [Token], _ start: Int) -> Bool {
        var k = start - 1
        var skipped = 0
        while k >= 0, skipped < 2, rules.clitics.contains(tokens[k]) { k -= 1; skipped += 1 }
        return k >= 0 && rules.infinitiveMarkers.contains(tokens[k])
    }

    /// "Conclure une trêve avec des bandits serait une capitulation", "To sign now would be a
    /// mistake": an infinitive opening the sentence is its subject, not an event.
    private func isInfinitiveSubject(_ tokens: [Token], _ start: Int) -> Bool {
        if start == 1, rules.infinitiveMarkers.contains(tokens[0]), tokens[0].isCapitalized { return true }
        guard start == 0, !rules.infinitiveEndings.isEmpty, tokens[0].isWord else { return false }
        let word = tokens[0].lowered
        return rules.infinitiveEndings.end(word, afterMoreThan: 2)
    }

    /// "le cessez-le-feu conclu jeudi", "installés en vertu de": a participle with no auxiliary before it.
    private func isBareParticiple(_ tokens: [Token], _ start: Int) -> Bool {
        rules.isBareParticiple(tokens, at: start)
    }

    /// "those uprooted", "ceux déplacés".
    private func isNominalised(_ tokens: [Token], _ start: Int) -> Bool {
        start > 0 && rules.nominalizers.contains(tokens[start - 1])
    }

    /// "Meeting in Brussels, ...", "..., réunis vendredi à Bruxelles, ...": a meeting word
    /// opening a segment that a comma closes before the sentence goes on.
    private func opensFrame(_ tokens: [Token], _ start: Int, _ end: Int) -> Bool {
        guard start == 0 || tokens[start - 1].isMark(",") else { return false }
        guard let close = tokens[end...].firstIndex(where: { ClauseMarker.clauseEnds.contains($0) || SentenceSplitter.terminators.contains($0) }),
              tokens[close].isMark(",") else { return false }
        return close + 2 < tokens.count
    }

    /// "Lavrov, addressing the conference earlier in the day, accused…", "Lavrov, s'exprimant
    /// devant la conférence, a accusé…": a meeting inside a participial incise is where the main
    /// verb's act took place.
    private func inParticipialIncise(_ tokens: [Token], _ start: Int) -> Bool {
        var k = start - 1
        while k >= 0, start - k <= 6, !tokens[k].isMark(",") {
            if ClauseMarker.clauseEnds.contains(tokens[k]) || SentenceSplitter.terminators.contains(tokens[k]) { return false }
            k -= 1
        }
        guard k > 0, tokens[k].isMark(",") else { return false }
        var g = k + 1
        while g < start, rules.clitics.contains(tokens[g]) { g += 1 }
        guard g < start, isGerund(tokens[g]) else { return false }
        guard let close = tokens[start...].firstIndex(where: { ClauseMarker.clauseEnds.contains($0) || SentenceSplitter.terminators.contains($0) }),
              tokens[close].isMark(",") else { return false }
        return close + 2 < tokens.count
    }

    private func isGerund(_ token: Token) -> Bool {
        guard token.isWord, !token.looksLikeName else { return false }
        let word = token.lowered
        return rules.gerundEndings.end(word, afterMoreThan: 2)
    }

    /// "lors d'un entretien", "after talks": a noun placed as the occasion of the report.
    /// (Not a meeting the text has already told: "After the talks, Dendias said", "lors de sa
    /// visite": a definite or possessive determiner refers back to it.)
    private func isFramed(_ tokens: [Token], _ start: Int) -> Bool {
        if start > 0, rules.determiners.contains(tokens[start - 1]), !rules.indefiniteArticles.contains(tokens[start - 1]) {
            return false
        }
        for k in max(0, start - 4)..<start {
            if let m = rules.eventFramers.match(tokens, at: k), m.end <= start { return true }
        }
        return false
    }

    /// A framer ("after", "à l'issue de") and a definite or possessive determiner before a
    /// meeting noun, in a phrase opening the sentence and closed by a comma.
    private func isFramedBackReference(_ tokens: [Token], _ start: Int) -> Bool {
        guard start > 0, rules.determiners.contains(tokens[start - 1]), !rules.indefiniteArticles.contains(tokens[start - 1]),
              !tokens[0..<start].contains(where: { $0.isMark(",") }),
              tokens[start...].firstIndex(where: { $0.isMark(",") || SentenceSplitter.terminators.contains($0) }).map({ tokens[$0].isMark(",") && $0 <= start + 4 }) ?? false
        else { return false }
        return (0..<start).contains { k in rules.eventFramers.match(tokens, at: k).map { $0.end <= start } ?? false }
    }

    /// Right after a comma or a conjunction ("..., exhortant", "and urged", "et en appelant").
    private func isCoordinated(_ tokens: [Token], _ start: Int) -> Bool {
        var k = start - 1
        if k >= 0, rules.gerundMarkers.contains(tokens[k]) { k -= 1 }
        guard k >= 0 else { return false }
        return tokens[k].isMark(",") || rules.conjunctions.contains(tokens[k])
    }

    /// "les résultats de la conférence": a meeting noun that qualifies another one ("lors d'un entretien" does not).
    private func isModifier(_ tokens: [Token], _ start: Int) -> Bool {
        guard let k = rules.previousContentIndex(tokens, before: start), rules.genitives.contains(tokens[k]) else { return false }
        // "two hours of talks", "un nouveau cycle de discussions": the meeting, counted.
        if k > 0, rules.measureNouns.contains(tokens[k - 1]),
           !(max(0, k - 5)..<k).contains(where: { rules.eventFramers.match(tokens, at: $0) != nil }) { return false }
        for j in max(0, k - 3)..<k where rules.eventFramers.match(tokens, at: j)?.end == k { return false }
        return true
    }

    private func isNegated(_ tokens: [Token], _ start: Int) -> Bool {
        for k in max(0, start - 2)..<start where rules.negations.contains(tokens[k]) { return true }
        return false
    }
}

extension TriggerClassifier.Classification {
    /// The same decision under another type (the trigger keeps its place).
    func retyped(_ type: EventType) -> Self {
        var c = self
        c.type = type
        c.trigger.type = type
        return c
    }
}

extension EventType {
    /// Appeals, criticisms and statements: what someone said, whose actor is the speaker.
    var isCommunication: Bool { self == .appeal || self == .criticism || self == .statement }
    /// Meetings, agreements and what someone said: held at a venue, whatever they are about.
    var isDiplomatic: Bool { self != .militaryAction && self != .humanitarian }
}
