import Model

/// The actors of a sentence: names and aliases, then the words that stand for them.
struct SentenceActors {
    var mentions: [Mention]
    /// Tokens naming people, organisations and states as actors, which are not places.
    var actorTokens: [Bool]
    /// Tokens naming a state, which is a country when it is a place.
    var stateTokens: [Bool]
    /// The body each spokesman named in the sentence speaks for, by the spokesman's actor.
    var spokesmen: [Int: [Mention]] = [:]
}

extension SentenceReader {
    /// (The passes that need no memory of earlier sentences are not `mutating`: a closure in a
    /// mutating method would copy the whole reader.)
    mutating func actors(in sentence: Sentence) -> SentenceActors {
        let named = namedMentions(sentence)
        // A body named in a person's title is not an actor, but its words are still a name and
        // not a place.
        let (qualifiers, spokesmen) = titleBodies(named, sentence.tokens)
        let mentions = coreference.resolve(sentence, mentions: named.filter { !qualifiers.contains($0) })
        var actors = marking(mentions + qualifiers, sentence.tokens)
        actors.mentions = mentions
        actors.spokesmen = spokesmen
        return actors
    }

    /// The title's most specific place, where the article is unless a sentence says otherwise
    /// ("Athènes dément…" names who speaks, not where).
    func titlePlace(_ title: [Sentence]) -> String? {
        title.lazy.compactMap { sentence in
            let actors = marking(namedMentions(sentence), sentence.tokens)
            return placeFinder.candidates(in: sentence, actorTokens: actors.actorTokens, stateTokens: actors.stateTokens)
                .first(where: \.specific)?.text
        }.first
    }

    /// Names and aliases, unnamed sources, institutions and collective titles, in order.
    private func namedMentions(_ sentence: Sentence) -> [Mention] {
        let tokens = sentence.tokens
        var mentions = ActorMatcher.mentions(in: sentence, matchers: matchers, preferred: [])
        mentions.removeAll { isPlaceUse($0, tokens) && cast.kind($0.actor) == .state }
        mentions += stateSources(sentence, mentions)
        mentions += institutionStates(sentence, mentions)
        mentions += collectiveTitles(sentence, mentions)
        mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return mentions
    }

    private func marking(_ mentions: [Mention], _ tokens: [Token]) -> SentenceActors {
        var actorTokens = [Bool](repeating: false, count: tokens.count)
        var stateTokens = [Bool](repeating: false, count: tokens.count)
        for m in mentions where !m.viaCoreference {
            let isState = cast.kind(m.actor) == .state
            if isState { for k in m.start..<m.end { stateTokens[k] = true } }
            if !isState || isActorUse(m, tokens) || isSubject(m, tokens) {
                for k in m.start..<m.end { actorTokens[k] = true }
            }
        }
        return SentenceActors(mentions: mentions, actorTokens: actorTokens, stateTokens: stateTokens)
    }

    /// The registry's state, or union of states, named `name` ("Russie", "Turkey", "Union
    /// européenne"), if any.
    private func state(named name: String) -> Int? {
        let tokens = rules.tokenizer.tokenize(name)
        guard let m = extractor.registryMatcher.match(tokens, at: 0), m.end == tokens.count else { return nil }
        return m.actors.first { cast.kind($0) == .state } ?? m.actors.first { cast.kind($0) == .organisation }
    }

    /// "une source militaire russe", "a Russian military source", "Turkish officials", "la
    /// présidence égyptienne", "European foreign ministers": an unnamed source, an institution
    /// or a body of officials, with its nationality adjective, speaks for the state.
    private func stateSources(_ sentence: Sentence, _ mentions: [Mention]) -> [Mention] {
        let tokens = sentence.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.start..<m.end { covered[k] = true } }
        var out: [Mention] = []
        for i in tokens.indices where speaksForAState(tokens[i]) && !tokens[i].inQuote && !covered[i] {
            // ("responsables russes et turcs": the first state with the noun, the next one alone.)
            let reach = rules.stateForceNouns.contains(tokens[i]) ? Self.forceReach : Self.sourceReach
            for (n, (actor, k)) in nationalities(around: i, tokens, covered, reach: reach).enumerated() where !out.contains(where: { $0.actor == actor }) {
                let lo = n == 0 ? min(i, k) : k, hi = n == 0 ? max(i, k) + 1 : k + 1
                out.append(Mention(actor: actor, start: lo, end: hi, text: sentence.slice(lo, hi)))
            }
        }
        return out
    }

    private func speaksForAState(_ word: Token) -> Bool {
        // (One bit for the four lists, where the token's vocabulary has it.)
        if let holds = rules.stateSpeakers?.holds(word) { return holds }
        return rules.anonymousSources.contains(word) || rules.institutionNouns.contains(word) || rules.collectiveTitles.contains(word)
            || rules.stateForceNouns.contains(word)
    }

    /// Nationality adjectives within a few words of a source, over lowercase modifiers and
    /// coordinations ("Turkish and Russian officials", "source diplomatique turque").
    /// How far from the noun its nationality may stand: "source diplomatique turque", but
    /// "un convoi turc" (not "les avions étaient russes", which says whose they might be).
    static let sourceReach = 4
    static let forceReach = 1

    private func nationalities(around i: Int, _ tokens: [Token], _ covered: [Bool], reach: Int) -> [(Int, Int)] {
        var states: [(Int, Int)] = []
        for direction in [-1, 1] {
            var k = i + direction
            while k >= 0, k < tokens.count, abs(k - i) <= reach || (!states.isEmpty && abs(k - i) <= Self.sourceReach), tokens[k].isWord, !covered[k] {
                if let name = rules.demonyms[tokens[k]], let actor = state(named: name) {
                    states.append((actor, k))
                } else if !(rules.conjunctions.contains(tokens[k]) || !tokens[k].looksLikeName) {
                    break
                }
                if rules.prepositions.contains(tokens[k]) || rules.determiners.contains(tokens[k]) { break }
                k += direction
            }
        }
        return states
    }

    /// "les ambassades de l'Algérie, de la France et des Etats-Unis", "the government of
    /// Tunisia": states governed by "de"/"of" after one of their institutions act themselves.
    /// Those states are already mentioned, governed by the preposition; this adds, for each, a
    /// mention at the institution noun, which no preposition governs, so that it can be a subject.
    private func institutionStates(_ sentence: Sentence, _ mentions: [Mention]) -> [Mention] {
        let tokens = sentence.tokens
        var out: [Mention] = []
        for m in mentions where cast.kind(m.actor) == .state || cast.kind(m.actor) == .organisation {
            // Walk back over "de X, de Y et de" to the noun that governs the list.
            var k = m.start - 1
            var steps = 0
            while k >= 0, steps < 40 {
                let f = tokens[k].folded
                if rules.institutionNouns.contains(tokens[k]) {
                    out.append(Mention(actor: m.actor, start: k, end: k + 1, text: sentence.slice(k, k + 1)))
                    break
                }
                let inList = rules.genitives.contains(tokens[k]) || rules.determiners.contains(tokens[k]) || rules.conjunctions.contains(tokens[k])
                    || tokens[k].isMark(",") || mentions.contains { $0.start <= k && k < $0.end }
                    || (tokens[k].looksLikeName && tokens[k].isWord)
                if !inList { break }
                k -= 1
                steps += 1
            }
        }
        return out
    }

    /// "les ministres des Affaires étrangères de l'UE", "the foreign ministers of the European
    /// Union": a plural title governing an organisation or a state is that actor acting; this adds
    /// a mention at the title, which no preposition governs, so that it can be a subject.
    private func collectiveTitles(_ sentence: Sentence, _ mentions: [Mention]) -> [Mention] {
        let tokens = sentence.tokens
        var out: [Mention] = []
        for m in mentions where cast.kind(m.actor) != .person {
            guard let g = rules.previousContentIndex(tokens, before: m.start), rules.genitives.contains(tokens[g]) else { continue }
            var k = g - 1
            while k >= 0, g - k <= 5 {
                let t = tokens[k]
                if rules.collectiveTitles.contains(t), !t.inQuote {
                    if !out.contains(where: { $0.start == k }), !namesItsHolder(k, m, mentions) {
                        out.append(Mention(actor: m.actor, start: k, end: k + 1, text: sentence.slice(k, k + 1)))
                    }
                    break
                }
                if !t.isWord || mentions.contains(where: { $0.start <= k && k < $0.end }) { break }
                k -= 1
            }
        }
        return out
    }

    /// "le porte-parole de l'ONU, Stéphane Dujarric", "Kremlin spokesman Dmitry Peskov": the
    /// title goes with the person named beside it, who is the one acting (a spokesman's body
    /// joins him as a speaker: `titleBodies`).
    private func namesItsHolder(_ title: Int, _ body: Mention, _ mentions: [Mention]) -> Bool {
        mentions.contains { p in
            cast.kind(p.actor) == .person && ((p.start >= body.end && p.start - body.end <= 2) || (p.end <= title && title - p.end <= 2))
        }
    }

    /// A state named as the one acting or possessing ("soutenus par Ankara", "Syria's Idlib
    /// region") rather than as a place: governed by a preposition other than a place
    /// preposition, or followed by a possessive.
    private func isActorUse(_ m: Mention, _ tokens: [Token]) -> Bool {
        if m.end < tokens.count, rules.possessives.contains(tokens[m.end]) { return true }
        return rules.isGovernedByPreposition(tokens, at: m.start) && !isPlaceUse(m, tokens)
    }

    /// "Athènes a aussitôt démenti", "Ankara a répliqué": a state or its capital opening the
    /// sentence, right before its verb, is who acted, not where.
    private func isSubject(_ m: Mention, _ tokens: [Token]) -> Bool {
        guard m.end < tokens.count, !isPlaceUse(m, tokens) else { return false }
        let before = tokens[..<m.start].filter { !rules.determiners.contains($0) && !rules.tokenizer.elisions.contains($0.folded) }
        let next = tokens[m.end]
        let verbFollows = next.isWord && !next.looksLikeName && (rules.auxiliaries.contains(next)
            || rules.reportingVerbs.contains(tokens, at: m.end) || rules.adverbs.contains(tokens, at: m.end))
        return before.isEmpty && verbFollows
    }

    /// A name after "à"/"in": where something happened, not who did it.
    private func isPlaceUse(_ m: Mention, _ tokens: [Token]) -> Bool {
        guard m.start > 0 else { return false }
        for k in max(0, m.start - 3)..<m.start {
            if let p = rules.placePrepositions.match(tokens, at: k), p.end == m.start { return true }
        }
        return false
    }
}
