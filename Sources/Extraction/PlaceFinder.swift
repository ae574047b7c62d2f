import Model

/// A name the gazetteer knows as a place.
struct KnownPlace: Sendable {
    /// A town, a city, a named region (the places list and the lexicons' capitals), as opposed
    /// to a country or a broad area taken from the topics' keywords ("Libya", "north-west Syria").
    var specific: Bool
}

/// A topic's keyword that names a place ("Idlib", "Libye"), with its folded words, and
/// whether it is a town or a city rather than a country or a region.
struct TopicPlace: Sendable {
    var keyword: String
    var words: [String]
    var specific: Bool
}

/// Finds the place of a sentence's event: the places named in it, from the gazetteer (the
/// extractor's places, the lexicon's, the topics' place keywords) or after a place
/// preposition ("à Moscou", "in Geneva", "près de Saraqeb", "south of Idlib"), then the one
/// that belongs to the event:
/// - what someone said is placed where they said it, the first place of the sentence
///   ("A Genève, Lavrov a rejeté...", "speaking in Brussels");
/// - anything else at the place nearest its trigger, a place after the trigger preferred
///   ("shelled the port of Tripoli", "met Haftar in Rajma, near Benghazi");
/// - a place opening the sentence, set off by a comma ("A Berlin, ..."), for all of it;
/// - a town or a city before a country or a region; a place in a quotation only when there
///   is no other.
/// People, organisations and states used as actors ("soutenus par Ankara", "Syria's Idlib
/// region") are not places.
struct PlaceFinder: Sendable {
    let rules: LanguageRules
    /// Known places, by alias.
    let gazetteer: PhraseTable<KnownPlace>

    struct PlaceCandidate: Sendable {
        var text: String
        var start: Int
        var end: Int
        var specific: Bool
        var inQuote: Bool
    }

    /// `actorTokens` marks tokens naming people, organisations and states as actors, which
    /// are not places; `stateTokens` marks every token naming a state, which is a country
    /// when it is a place.
    func candidates(in sentence: Sentence, actorTokens: [Bool], stateTokens: [Bool]) -> [PlaceCandidate] {
        let tokens = sentence.tokens
        var out: [PlaceCandidate] = []
        var i = 0
        while i < tokens.count {
            if let p = rules.placePrepositions.match(tokens, at: i), let end = named(sentence, after: p.end, actorTokens, stateTokens, &out) {
                i = end
                continue
            }
            // (A capital or a country named bare, with no place preposition, is the state it
            // stands for: "a exhorté Ankara à respecter l'accord".)
            // ("Idlib's Saraqib" is Saraqib; "Tripoli's port" is Tripoli.)
            if let m = gazetteer.match(tokens, at: i), !actorTokens[i], !stateTokens[i], tokens[i].looksLikeName || !m.payload.specific,
               !possessesAPlace(tokens, m.end) {
                out.append(candidate(sentence, m.start, m.end, specific: m.payload.specific))
                i = m.end
                continue
            }
            i += 1
        }
        return out
    }

    /// "Idlib's Saraqib": a possessive after a place, then another place of the gazetteer.
    private func possessesAPlace(_ tokens: [Token], _ end: Int) -> Bool {
        end + 1 < tokens.count && rules.possessives.contains(tokens[end]) && gazetteer.match(tokens, at: end + 1) != nil
    }

    /// A place named at `start`, determiners skipped ("near the Pazarkule crossing"): appended
    /// to `out`, and its end returned.
    private func named(_ sentence: Sentence, after start: Int, _ actorTokens: [Bool], _ stateTokens: [Bool],
                       _ out: inout [PlaceCandidate]) -> Int? {
        let tokens = sentence.tokens
        var k = start
        while k < tokens.count, rules.determiners.contains(tokens[k]), !tokens[k].looksLikeName { k += 1 }
        guard k < tokens.count, !actorTokens[k], tokens[k].looksLikeName else { return nil }
        // "in Syria's Idlib region": the possessor is not the place.
        func possessive(_ end: Int) -> Bool { end < tokens.count && rules.possessives.contains(tokens[end]) }
        if let g = gazetteer.match(tokens, at: k) {
            // "on the outskirts of Idlib's Saraqib": the place is the one the possessor holds.
            if possessive(g.end) {
                guard g.end + 1 < tokens.count, !actorTokens[g.end + 1], let h = gazetteer.match(tokens, at: g.end + 1), !possessive(h.end) else { return nil }
                out.append(candidate(sentence, g.end + 1, h.end, specific: h.payload.specific))
                return h.end
            }
            out.append(candidate(sentence, k, g.end, specific: g.payload.specific))
            return g.end
        }
        let run = capitalisedRun(tokens, from: k)
        guard run > k, !possessive(run), !rules.isCalendarWord(tokens[k].folded),
              !(k..<run).allSatisfy({ rules.nonNameWords.contains(tokens[$0]) || rules.organisationWords.contains(tokens[$0]) })
        else { return nil }
        out.append(candidate(sentence, k, run, specific: !stateTokens[k]))
        return run
    }

    /// The place of an event whose deciding trigger spans `trigger` (nil: a quotation alone).
    func place(in sentence: Sentence, actorTokens: [Bool], stateTokens: [Bool],
               type: EventType, trigger: Range<Int>?) -> PlaceCandidate? {
        var all = candidates(in: sentence, actorTokens: actorTokens, stateTokens: stateTokens)
        // "took Saraqeb", "se sont emparées de Kafr Nabl": the object of a fight is where it was.
        if type == .militaryAction, let trigger, !all.contains(where: { $0.start >= trigger.upperBound && $0.start <= trigger.upperBound + 2 }) {
            var k = trigger.upperBound
            if k < sentence.tokens.count, rules.genitives.contains(sentence.tokens[k]) { k += 1 }
            var object: [PlaceCandidate] = []
            if named(sentence, after: k, actorTokens, stateTokens, &object) != nil { all += object }
        }
        let unquoted = all.filter { !$0.inQuote }
        let pool = unquoted.isEmpty ? all : unquoted
        guard !pool.isEmpty else { return nil }
        // "A Berlin, le gouvernement a annoncé...", "In Geneva, ...": a place opening the sentence sets it.
        if let first = pool.first, first.start <= 3, first.end < sentence.tokens.count, sentence.tokens[first.end].isMark(",") {
            return first
        }
        guard let trigger, !type.isCommunication else {
            // "a rappelé que les parrains s'étaient engagés dimanche à Berlin", "said forces had
            // entered Saraqeb": a place in what is reported is not where it was said.
            let own = trigger.map { t in pool.filter { c in
                !(c.start >= t.upperBound && sentence.tokens[t.upperBound..<c.start].contains { rules.complementizers.contains($0) })
            } } ?? pool
            guard !own.isEmpty else { return nil }
            // "said from Ankara", "a déclaré depuis Ankara": where the speaker spoke.
            if let t = trigger, let spoken = own.first(where: { c in
                c.start > 0 && rules.speakerPlacePrepositions.contains(sentence.tokens[c.start - 1])
                    && (c.end <= t.lowerBound || c.start - t.upperBound <= 4) && !rules.isCalendarWord(sentence.tokens[c.start].folded)
            }) { return spoken }
            return own.first(where: \.specific) ?? own[0]
        }
        func cost(_ c: PlaceCandidate) -> Int {
            let distance = c.start >= trigger.upperBound ? c.start - trigger.upperBound : (trigger.lowerBound - c.end) * 4
            return (c.specific ? 0 : 1000) + max(0, distance)
        }
        return pool.min { cost($0) < cost($1) }
    }

    private func candidate(_ sentence: Sentence, _ start: Int, _ end: Int, specific: Bool) -> PlaceCandidate {
        PlaceCandidate(text: sentence.slice(start, end), start: start, end: end, specific: specific,
                  inQuote: sentence.tokens[start].inQuote)
    }

    private func capitalisedRun(_ tokens: [Token], from start: Int) -> Int {
        var k = start
        while k < tokens.count {
            let t = tokens[k]
            if t.isWord, t.looksLikeName, !t.inQuote, !(k > start && rules.stopWords.contains(t) && !t.hyphenBefore) {
                k += 1
            } else if k > start, t.isWord, t.hyphenBefore || rules.nameParticles.contains(t),
                      k + 1 < tokens.count, tokens[k + 1].looksLikeName || t.hyphenBefore {
                k += 1
            } else {
                break
            }
        }
        while k > start, !tokens[k - 1].looksLikeName, !tokens[k - 1].hyphenBefore { k -= 1 }
        return k
    }
}
