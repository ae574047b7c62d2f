import Model

extension RoleReader {
    /// How far after its verb an appeal's or a criticism's target may be named.
    static let targetWindow = 16

    /// Whom an appeal or a criticism is addressed to or aimed at, named right after its verb:
    /// "a appelé Damas et Moscou à cesser", "urged the EU to agree", "a jugé inacceptable le
    /// chantage d'Ankara", "exhorté la communauté internationale, y compris la Russie et l'Iran,
    /// à", "accused the EU of", "appealed to Russia and Turkey". The window ends where the
    /// verb's object does: at "que"/"that", a quotation, an infinitive ("à cesser", "to agree",
    /// "de favoriser"), a preposition other than the addressee's, or another verb of saying.
    func targets(_ tokens: [Token], _ mentions: [Mention], after trigger: Range<Int>, speakers: [Mention]) -> [Mention] {
        let speaking = Set(speakers.map(\.actor))
        var out = addressees(tokens, mentions).filter { !speaking.contains($0.actor) }
        let end = targetWindowEnd(tokens, mentions, after: trigger.upperBound)
        for m in mentions where m.start >= trigger.upperBound && m.end <= end && !speaking.contains(m.actor) && !tokens[m.start].inQuote {
            guard !out.contains(where: { $0.actor == m.actor }) else { continue }
            let governed = rules.isGovernedByPreposition(tokens, at: m.start)
            if !governed || isAddressee(tokens, m, trigger: trigger) || isPossessor(tokens, m) { out.append(m) }
        }
        return out
    }

    /// "said he told Turkey that…", "a dit à la Turquie que…": whom a verb of telling names.
    private func addressees(_ tokens: [Token], _ mentions: [Mention]) -> [Mention] {
        rules.addresseeVerbs.matches(in: tokens).filter { !tokens[$0.start].inQuote }.compactMap { verb in
            var k = verb.end
            while k < tokens.count, rules.addresseePrepositions.contains(tokens[k]) || rules.determiners.contains(tokens[k]) { k += 1 }
            return mentions.first { $0.start == k && !$0.viaCoreference }
        }
    }

    /// How many words a quotation inside the window may have and still be skipped over ("a jugé
    /// «inacceptable» le «chantage» d'Ankara").
    static let quotedWordsSkipped = 3

    private func targetWindowEnd(_ tokens: [Token], _ mentions: [Mention], after start: Int) -> Int {
        var k = start
        while k < tokens.count, k - start < Self.targetWindow {
            let t = tokens[k]
            let inMention = mentions.contains { $0.start <= k && k < $0.end }
            if !inMention {
                if let adverb = rules.adverbs.match(tokens, at: k) { k = adverb.end; continue }
                // (A trigger quoted in the text: "a jugé «inacceptable» le chantage d'Ankara".)
                if k == start, SentenceSplitter.closingQuotes.contains(t) || t.isMark("\"") { k += 1; continue }
                if let after = shortQuotation(tokens, at: k) { k = after; continue }
                if rules.complementizers.contains(t) || t.isMark(":") || t.isMark(";") || t.inQuote
                    || SentenceSplitter.openingQuotes.contains(t) || t.isMark("\"") { return k }
                if rules.reportingVerbs.contains(tokens, at: k) { return k }
                if rules.prepositions.contains(t), !(k == start && rules.addresseePrepositions.contains(t)),
                   !(rules.genitives.contains(t) && startsMention(after: k, tokens, mentions)) { return k }
            }
            k += 1
        }
        return k
    }

    /// The index after a quotation of a few words opening at `k` ("«inacceptable»").
    private func shortQuotation(_ tokens: [Token], at k: Int) -> Int? {
        guard SentenceSplitter.openingQuotes.contains(tokens[k]) || tokens[k].isMark("\"") else { return nil }
        var j = k + 1
        while j < tokens.count, tokens[j].inQuote, !SentenceSplitter.closingQuotes.contains(tokens[j]), !tokens[j].isMark("\"") { j += 1 }
        guard j < tokens.count, j - k - 1 <= Self.quotedWordsSkipped else { return nil }
        return j + 1
    }

    /// "appealed to Russia", "called on Turkey", "appel aux Etats-Unis": the preposition right
    /// after the verb names whom it is addressed to.
    private func isAddressee(_ tokens: [Token], _ m: Mention, trigger: Range<Int>) -> Bool {
        guard let p = rules.previousContentIndex(tokens, before: m.start) else { return false }
        return p == trigger.upperBound && rules.addresseePrepositions.contains(tokens[p])
    }

    /// "le chantage d'Ankara", "the aggression of the regime": whose act is condemned.
    private func isPossessor(_ tokens: [Token], _ m: Mention) -> Bool {
        guard let p = rules.previousContentIndex(tokens, before: m.start) else { return false }
        return rules.genitives.contains(tokens[p])
    }

    private func startsMention(after k: Int, _ tokens: [Token], _ mentions: [Mention]) -> Bool {
        var j = k + 1
        while j < tokens.count, rules.determiners.contains(tokens[j]) { j += 1 }
        return mentions.contains { $0.start == j }
    }
}
