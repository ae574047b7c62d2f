import Model

/// A person's title next to their name: "EU foreign policy chief" before "Josep Borrell", "the
/// head of the U.N. support mission" after "Ghassan Salamé,".
struct TitleSpan {
    /// The title word ("chief", "chef", "head").
    var title: Range<Int>
    /// Every token of the title phrase, the bodies it names included.
    var tokens: Range<Int>
}

extension SentenceReader {
    /// How far a title phrase reaches from its title word.
    static let titleReach = 8
    /// How many words may stand between a body and the title word it qualifies ("EU foreign
    /// policy chief").
    static let qualifierGap = 3

    /// The bodies named inside people's titles, in one pass over the sentence's named persons:
    /// - `qualifiers`: bodies that only say who the person is — "EU foreign policy chief Josep
    ///   Borrell", "le chef de la diplomatie de l'UE, Josep Borrell", "Ghassan Salamé, the head
    ///   of the U.N. support mission" — the person acts, not the body;
    /// - `spokesmen`: the body a spokesman speaks for, by the spokesman's actor ("le
    ///   porte-parole du Kremlin, Dmitri Peskov"), which speaks with him.
    func titleBodies(_ mentions: [Mention], _ tokens: [Token]) -> (qualifiers: Set<Mention>, spokesmen: [Int: [Mention]]) {
        var qualifiers: Set<Mention> = []
        var spokesmen: [Int: [Mention]] = [:]
        for person in mentions where !person.viaCoreference && cast.kind(person.actor) == .person {
            for span in titleSpans(of: person, mentions, tokens) {
                let bodies = mentions.filter { m in
                    !m.viaCoreference && cast.kind(m.actor) != .person && m.start >= span.tokens.lowerBound && m.end <= span.tokens.upperBound
                }
                if speaksForABody(span, tokens) { spokesmen[person.actor, default: []] += bodies } else { qualifiers.formUnion(bodies) }
            }
        }
        return (qualifiers, spokesmen)
    }

    /// The bodies the speaking spokesmen speak for, each once and none already speaking.
    func spokesmenBodies(_ speakers: [Mention], _ spokesmen: [Int: [Mention]]) -> [Mention] {
        var out: [Mention] = []
        for person in speakers where !person.viaCoreference {
            for body in spokesmen[person.actor] ?? [] where !speakers.contains(where: { $0.actor == body.actor }) && !out.contains(where: { $0.actor == body.actor }) {
                out.append(body)
            }
        }
        return out
    }

    private func titleSpans(of person: Mention, _ mentions: [Mention], _ tokens: [Token]) -> [TitleSpan] {
        [titleBefore(person, mentions, tokens), titleAfter(person, tokens)].compactMap { $0 }
    }

    /// "EU foreign policy chief Josep Borrell", "le chef de la diplomatie de l'UE, Josep Borrell":
    /// the nearest title word before the name, over words, articles and bodies only.
    private func titleBefore(_ person: Mention, _ mentions: [Mention], _ tokens: [Token]) -> TitleSpan? {
        var k = person.start - 1
        if k >= 0, tokens[k].isMark(",") { k -= 1 }
        while k >= 0, person.start - k <= Self.titleReach {
            if let t = rules.titles.match(tokens, at: k), t.end <= person.start {
                let start = qualifierStart(before: k, mentions, tokens) ?? k
                return TitleSpan(title: k..<t.end, tokens: start..<person.start)
            }
            guard isTitleWord(tokens[k], at: k, mentions) else { return nil }
            k -= 1
        }
        return nil
    }

    /// "Ghassan Salamé, the head of the U.N. support mission in Libya, called": a title set off
    /// by a comma after the name, up to the next comma.
    private func titleAfter(_ person: Mention, _ tokens: [Token]) -> TitleSpan? {
        guard person.end < tokens.count, tokens[person.end].isMark(",") else { return nil }
        var k = person.end + 1
        while k < tokens.count, rules.determiners.contains(tokens[k]) { k += 1 }
        guard k < tokens.count, let t = rules.titles.match(tokens, at: k) else { return nil }
        var end = t.end
        while end < tokens.count, end - k <= Self.titleReach * 2, !endsTitlePhrase(tokens[end]) { end += 1 }
        return TitleSpan(title: k..<t.end, tokens: k..<end)
    }

    /// The start of a body right before a title word, over a possessive and a few words:
    /// "EU foreign policy chief", "the European Union's top diplomat", "U.N. Secretary-General".
    private func qualifierStart(before title: Int, _ mentions: [Mention], _ tokens: [Token]) -> Int? {
        guard let body = mentions.last(where: { $0.end <= title && title - $0.end <= Self.qualifierGap }),
              cast.kind(body.actor) != .person else { return nil }
        let between = tokens[body.end..<title]
        let plain = between.allSatisfy { $0.isWord && !rules.conjunctions.contains($0) || rules.possessives.contains($0) }
        return plain ? body.start : nil
    }

    /// A word that can stand inside a title phrase between the title word and the name: not a
    /// conjunction, a verb of saying or telling, or punctuation; bodies' names are words too.
    private func isTitleWord(_ token: Token, at k: Int, _ mentions: [Mention]) -> Bool {
        if mentions.contains(where: { $0.start <= k && k < $0.end && cast.kind($0.actor) == .person }) { return false }
        guard token.isWord, !token.inQuote, !rules.conjunctions.contains(token) else { return false }
        return !rules.reportingVerbs.contains([token], at: 0) && !rules.addresseeVerbs.contains([token], at: 0)
    }

    private func endsTitlePhrase(_ token: Token) -> Bool {
        token.isPunctuation && !token.isMark("(") && !token.isMark(")") && !token.isMark(".") && !token.isMark("'")
            || rules.conjunctions.contains(token)
    }

    /// "porte-parole", "spokesman": the title of one who speaks for the body named in it.
    private func speaksForABody(_ span: TitleSpan, _ tokens: [Token]) -> Bool {
        span.title.contains { rules.spokespersonWords.contains(tokens[$0]) }
    }
}
