import Model

/// Decides who did what in a sentence once its type is known: the speaker of a statement,
/// appeal or criticism; everyone named in a meeting or a battle; and, kept apart, the
/// sources of the news ("selon l'OSDH", "a indiqué le Kremlin", "according to the
/// Observatory").
struct RoleReader: Sendable {
    let rules: LanguageRules

    struct Roles: Sendable {
        var participants: [Mention]
        var reporters: [Mention]
        /// Who the quotes of the sentence belong to.
        var speakers: [Mention]
        /// Whom an appeal or a criticism is aimed at ("a appelé Damas et Moscou à cesser").
        var targets: [Mention] = []
    }

    static let inversionWindow = 10

    func roles(_ sentence: Sentence, mentions: [Mention], marks: ClauseMarker.Marks,
               classification: TriggerClassifier.Classification?) -> Roles {
        let tokens = sentence.tokens
        let visible = mentions.filter { !tokens[$0.start].inQuote }
        let cued = visible.filter { isReporterCued(tokens, $0) }
        let parenthetical = parentheticalSpeakers(tokens, visible, marks)

        guard let classification else {
            // No trigger: a quotation with its speaker is still a statement.
            let speakers = parenthetical ?? subjects(tokens, visible, before: firstQuote(tokens) ?? tokens.count, marks)
            return Roles(participants: speakers.filter { !cued.contains($0) }, reporters: cued, speakers: speakers)
        }
        let trigger = classification.trigger
        if classification.type.isCommunication {
            var speakers = parenthetical ?? []
            // The subject stands before the first verb of the main clause: "X, Salamé, told the
            // Council on Thursday that ..., warning that" is Salamé's, not the Council's.
            let firstReport = marks.reporting.first { !marks.subordinate[$0.lowerBound] && !tokens[$0.lowerBound].inQuote }
            let verb = min(trigger.start, firstReport?.lowerBound ?? trigger.start)
            if speakers.isEmpty { speakers = subjects(tokens, visible, before: verb, marks) }
            // The subject comes after a verb only in an incise ("», a dénoncé le Kremlin"); after
            // "Elle appelle", what follows is who is called on. After a noun ("In its statement,
            // UNSMIL renewed"), it is whose statement it is.
            if speakers.isEmpty, !trigger.isVerb || isIncise(tokens, trigger.start), !isGerund(tokens, trigger.start) {
                speakers = inverted(tokens, visible, after: trigger.end)
            }
            let participants = speakers.filter { !cued.contains($0) }
            let aimed = classification.type == .appeal || classification.type == .criticism
                ? targets(tokens, visible.filter { !cued.contains($0) }, after: trigger.start..<trigger.end, speakers: speakers) : []
            return Roles(participants: participants.isEmpty ? speakers : participants, reporters: cued, speakers: speakers, targets: aimed)
        }
        // An event reported by someone: the reporting verb's subject is a source.
        var reporters = cued
        for r in marks.reporting where !marks.subordinate[r.lowerBound] && r.lowerBound < trigger.start {
            reporters += subjects(tokens, visible, before: r.lowerBound, marks)
        }
        if let parenthetical { reporters += parenthetical }
        let reporterActors = Set(reporters.map(\.actor))
        var participants = visible.filter { !reporterActors.contains($0.actor) && !marks.subordinate[$0.start] }
        if participants.isEmpty { participants = visible.filter { !reporterActors.contains($0.actor) } }
        return Roles(participants: participants, reporters: reporters, speakers: parenthetical ?? reporters)
    }

    /// "selon l'OSDH", "according to the Observatory", "citée par l'agence".
    func isReporterCued(_ tokens: [Token], _ m: Mention) -> Bool {
        for k in max(0, m.start - 4)..<m.start {
            if let cue = rules.reporterCues.match(tokens, at: k), cue.end <= m.start,
               (cue.end..<m.start).allSatisfy({ rules.determiners.contains(tokens[$0]) || !tokens[$0].looksLikeName && tokens[$0].isWord && m.start - cue.end <= 2 }) {
                return true
            }
        }
        return false
    }

    /// The speaker of a reporting verb set off by a comma or a closing quote: "…, he said",
    /// "», a ajouté la chancellerie", "…, Lowcock said, urging".
    private func parentheticalSpeakers(_ tokens: [Token], _ mentions: [Mention], _ marks: ClauseMarker.Marks) -> [Mention]? {
        for r in marks.reporting where !tokens[r.lowerBound].inQuote {
            // "a-t-il lancé", "avait-elle ajouté": the pronoun inside the verb is its subject.
            let inside = mentions.filter { $0.start > r.lowerBound && $0.end < r.upperBound }
            if !inside.isEmpty, isIncise(tokens, r.lowerBound) { return inside }
            var k = r.lowerBound - 1
            var between: [Mention] = []
            while k >= 0 {
                if tokens[k].isMark(",") || SentenceSplitter.closingQuotes.contains(tokens[k]) { break }
                if let m = mentions.first(where: { $0.start <= k && k < $0.end }) {
                    if !between.contains(m) { between.insert(m, at: 0) }
                    k = m.start - 1
                    continue
                }
                if !(tokens[k].isWord && !tokens[k].looksLikeName && r.lowerBound - k <= 2) { k = -1; break }
                k -= 1
            }
            guard k >= 0 else { continue }
            if !between.isEmpty { return between }
            // "Son porte-parole, Dmitri Peskov, a affirmé": the comma closes an apposition, and
            // the name it sets off is the verb's subject, not the start of an incise.
            if tokens[k].isMark(","), isApposition(tokens, mentions, endingBefore: k) { continue }
            // "…, Salamé, told the Council": who is told is not who speaks. "…, saying jihadists
            // had abandoned": a participle is said by the main clause's subject.
            if rules.addresseeVerbs.contains(tokens, at: r.lowerBound) || isGerund(tokens, r.lowerBound) { continue }
            let after = inverted(tokens, mentions, after: r.upperBound)
            if !after.isEmpty { return after }
        }
        return nil
    }

    /// The subject of a verb at `index`: every actor named before it in its clause, outside
    /// subordinate clauses and not governed by a preposition ("le porte-parole du Kremlin,
    /// Dmitri Peskov, a déclaré" → Peskov).
    func subjects(_ tokens: [Token], _ mentions: [Mention], before index: Int, _ marks: ClauseMarker.Marks) -> [Mention] {
        var segmentStart = 0
        for k in 0..<min(index, tokens.count) where tokens[k].isMark(":") || tokens[k].isMark(";") { segmentStart = k + 1 }
        // "Prenant acte de l'accord entre Poutine et Erdogan, ils ont appelé": names inside a
        // sentence-opening adjunct are not the subject when one follows it.
        if segmentStart == 0, let first = tokens.first, first.isWord,
           rules.prepositions.contains(first) || isGerund(tokens, 0) {
            let commas = (0..<min(index, tokens.count)).filter { tokens[$0].isMark(",") && !tokens[$0].inQuote }
            if let comma = commas.last(where: { c in mentions.contains { $0.start > c && $0.end <= index } }) { segmentStart = comma + 1 }
        }
        let found = mentions.filter { m in
            m.start >= segmentStart && m.end <= index && !marks.subordinate[m.start] && !isCompoundModifier(tokens, m)
                && (m.viaCoreference || !rules.isGovernedByPreposition(tokens, at: m.start) || isInstitutionOf(tokens, m.start, opening: segmentStart))
        }
        return found
    }

    /// "Libya's U.N.-supported government", "the Moscow-backed regime": a name joined by a
    /// hyphen to the participle after it qualifies the noun that follows; it is not the subject.
    func isCompoundModifier(_ tokens: [Token], _ m: Mention) -> Bool {
        guard m.end < tokens.count else { return false }
        let next = tokens[m.end]
        return next.hyphenBefore && next.isWord && !next.looksLikeName
    }

    /// "Le gouvernement de M. Sarraj a imputé", "The government of Fayez al-Sarraj said": an
    /// institution of an actor, opening the clause, acts as that actor.
    private func isInstitutionOf(_ tokens: [Token], _ start: Int, opening: Int) -> Bool {
        guard var k = rules.previousContentIndex(tokens, before: start), rules.genitives.contains(tokens[k]) else { return false }
        k -= 1
        guard k >= opening, rules.institutionNouns.contains(tokens[k]) else { return false }
        var j = k - 1
        while j >= opening, rules.determiners.contains(tokens[j]) { j -= 1 }
        return j < opening || tokens[j].isMark(",")
    }

    /// A verb opening the sentence or set off by a comma or a closing quote, its auxiliary and
    /// adverbs aside: "…, a ajouté", "», a dénoncé".
    private func isIncise(_ tokens: [Token], _ start: Int) -> Bool {
        var k = start - 1
        var skipped = 0
        while k >= 0, skipped < 3, tokens[k].isWord, !tokens[k].looksLikeName {
            k -= 1
            skipped += 1
        }
        return k < 0 || tokens[k].isMark(",") || SentenceSplitter.closingQuotes.contains(tokens[k])
    }

    /// "saying", "affirmant": a present participle, by its ending.
    func isGerund(_ tokens: [Token], _ index: Int) -> Bool {
        guard index < tokens.count, tokens[index].isWord, !tokens[index].looksLikeName || index == 0 else { return false }
        let word = tokens[index].lowered
        return rules.gerundEndings.end(word, afterMoreThan: 2)
    }

    /// Inverted subject: "a indiqué le Kremlin", "a confirmé mardi Maria Zakharova".
    private func inverted(_ tokens: [Token], _ mentions: [Mention], after index: Int) -> [Mention] {
        // Nothing inside the reported clause speaks: "a affirmé que la Turquie …".
        let horizon = (index..<min(tokens.count, index + Self.inversionWindow))
            .first { rules.complementizers.contains(tokens[$0]) && !tokens[$0].looksLikeName || isGerund(tokens, $0) }
            ?? index + Self.inversionWindow
        guard let m = mentions.first(where: {
            $0.start >= index && $0.start < horizon && !rules.isGovernedByPreposition(tokens, at: $0.start) && !isCompoundModifier(tokens, $0)
        }) else { return [] }
        return [m]
    }

    /// A name set off by commas before `comma`: "Son porte-parole, Dmitri Peskov,", "The
    /// spokesman, John Smith,".
    private func isApposition(_ tokens: [Token], _ mentions: [Mention], endingBefore comma: Int) -> Bool {
        guard let m = mentions.first(where: { $0.end == comma }), m.start >= 2 else { return false }
        return tokens[m.start - 1].isMark(",")
    }

    private func firstQuote(_ tokens: [Token]) -> Int? {
        tokens.firstIndex { SentenceSplitter.openingQuotes.contains($0) || $0.isMark("\"") }
    }
}
