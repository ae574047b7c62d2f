import Model

/// Finds actors the registry does not know:
///
/// - organisations defined with an acronym, "the Syrian Observatory for Human Rights (SOHR)",
///   "la Mission d'appui des Nations unies en Libye (MANUL)": the acronym becomes an alias;
/// - people named with a title ("le ministre turc de la Défense Hulusi Akar", "army spokesman
///   Brigadier General Ali Mayhoub", "M. Maas"), in apposition ("Maria Zakharova, porte-parole
///   du ministère"), before a reporting verb ("Rami Abdel Rahman, said") or a relative pronoun
///   ("Fayez al-Sarraj, qui dirige"); their surname becomes an alias.
///
/// Capitalised words that are calendar words, stop words, titles or places are never names.
struct ActorDiscovery: Sendable {
    let rules: LanguageRules
    let places: PhraseTable<KnownPlace>

    static let shortTitleWindow = 10

    func discover(_ sentences: [Sentence], registry: ActorMatcher) -> [Actor] {
        var found: [Actor] = []
        var keys: Set<String> = []
        var pendingSingles: [(String, Sentence)] = []

        func add(_ actor: Actor) {
            let key = actor.name.folded()
            guard !keys.contains(key) else { return }
            keys.insert(key)
            found.append(actor)
        }

        for sentence in sentences {
            let tokens = sentence.tokens
            let covered = coverage(tokens, registry)
            for org in acronymDefinitions(sentence, covered: covered, registry: registry) { add(org) }
            var previousTitled = -1
            for run in capitalisedRuns(tokens, covered: covered) {
                if isAfterPlacePreposition(tokens, run.lowerBound) { continue }
                guard let name = nameSuffix(tokens, run) else { continue }
                let titled = hasTitle(tokens, before: name.lowerBound, sentenceStart: 0)
                    || (previousTitled >= 0 && isCoordinated(tokens, previousTitled, name.lowerBound))
                let words = name.count
                let text = sentence.slice(name.lowerBound, name.upperBound)
                if words == 1 {
                    // A surname alone needs a title right before it ("M. Maas").
                    let titleRightBefore = (max(0, name.lowerBound - 3)..<name.lowerBound).contains {
                        rules.titles.match(tokens, at: $0)?.end == name.lowerBound
                    }
                    if titleRightBefore { pendingSingles.append((text, sentence)) }
                    continue
                }
                let isPlace = name.contains { places.contains(tokens, at: $0) }
                if titled || (!isPlace && (reportsSpeech(tokens, after: name.upperBound) || isAppositive(tokens, after: name.upperBound))) {
                    previousTitled = name.upperBound - 1
                    add(person(text, tokens: Array(tokens[name])))
                }
            }
        }
        // "M. Maas" after "Heiko Maas" is the same person.
        for (text, _) in pendingSingles {
            let key = text.folded()
            if found.contains(where: { $0.aliases.contains { $0.folded() == key } }) { continue }
            if let m = registry.match(rules.tokenizer.tokenize(text), at: 0), m.end == 1 { continue }
            add(Actor(slug: slugify(text), name: text, aliases: [], kind: .person, reviewed: false))
        }
        return found
    }

    // MARK: People

    private func person(_ name: String, tokens: [Token]) -> Actor {
        var aliases: [String] = []
        if let last = tokens.last, last.text.count >= 3 {
            aliases.append(last.text)
            // "al-Sarraj": the particle with the surname too.
            if tokens.count >= 3, last.hyphenBefore, rules.nameParticles.contains(tokens[tokens.count - 2]) {
                aliases.append(tokens[tokens.count - 2].text + "-" + last.text)
            }
        }
        return Actor(slug: slugify(name), name: name, aliases: aliases, kind: .person, reviewed: false)
    }

    /// Maximal runs of capitalised words (with name particles and hyphenated parts inside),
    /// outside quotes and registry matches.
    private func capitalisedRuns(_ tokens: [Token], covered: [Bool]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = 0
        while i < tokens.count {
            guard isNameWord(tokens, i, covered) else { i += 1; continue }
            var end = i + 1
            while end < tokens.count {
                if isNameWord(tokens, end, covered) {
                    end += 1
                } else if rules.nameParticles.contains(tokens[end]), !covered[end], end + 1 < tokens.count,
                          isNameWord(tokens, end + 1, covered) {
                    end += 2
                } else {
                    break
                }
            }
            runs.append(i..<end)
            i = end
        }
        return runs
    }

    private func isNameWord(_ tokens: [Token], _ i: Int, _ covered: [Bool]) -> Bool {
        let t = tokens[i]
        return t.isWord && t.looksLikeName && !t.inQuote && !covered[i]
    }

    /// The part of a run that can be a person's name: the longest tail free of titles,
    /// institutions, calendar words, stop words and places.
    private func nameSuffix(_ tokens: [Token], _ run: Range<Int>) -> Range<Int>? {
        var start = run.upperBound
        while start > run.lowerBound {
            let t = tokens[start - 1]
            let f = t.folded
            if rules.nonNameWords.contains(t) || rules.organisationWords.contains(t) || rules.isCalendarWord(f)
                || (rules.stopWords.contains(t) && !rules.nameParticles.contains(t)) || rules.titles.contains(tokens, at: start - 1)
                || t.isAllCaps && t.text.count > 1 {
                break
            }
            start -= 1
        }
        // A particle cannot open a name ("al" alone before "Sarraj" is part of it, not first).
        while start < run.upperBound, rules.nameParticles.contains(tokens[start]), !tokens[start].looksLikeName { start += 1 }
        guard start < run.upperBound else { return nil }
        return start..<run.upperBound
    }

    /// "au Sri Lanka", "in Geneva": a place, not a person.
    private func isAfterPlacePreposition(_ tokens: [Token], _ start: Int) -> Bool {
        (max(0, start - 3)..<start).contains { rules.placePrepositions.match(tokens, at: $0)?.end == start }
    }

    private func hasTitle(_ tokens: [Token], before index: Int, sentenceStart: Int) -> Bool {
        let from = max(sentenceStart, index - Self.shortTitleWindow)
        for k in from..<index {
            if tokens[k].isMark(".") || tokens[k].isMark(";") { continue }
            if rules.titles.contains(tokens, at: k) { return true }
        }
        return false
    }

    /// "Sergueï Lavrov et Sergueï Choïgou": the second name shares the first one's title.
    private func isCoordinated(_ tokens: [Token], _ previousEnd: Int, _ start: Int) -> Bool {
        guard start > previousEnd + 1 else { return false }
        return (previousEnd + 1..<start).allSatisfy { rules.conjunctions.contains(tokens[$0]) || tokens[$0].isMark(",") }
    }

    private func reportsSpeech(_ tokens: [Token], after end: Int) -> Bool {
        var k = end
        if k < tokens.count, tokens[k].isMark(",") { k += 1 }
        return k < tokens.count && rules.reportingVerbs.contains(tokens, at: k)
    }

    /// ", porte-parole du ministère", ", qui dirige", ", who".
    private func isAppositive(_ tokens: [Token], after end: Int) -> Bool {
        guard end + 1 < tokens.count, tokens[end].isMark(",") else { return false }
        var k = end + 1
        if rules.personCues.contains(tokens[k]) { return true }
        while k < tokens.count, rules.determiners.contains(tokens[k]) { k += 1 }
        return k < tokens.count && rules.titles.contains(tokens, at: k)
    }

    // MARK: Organisations

    /// "Long Form Name (ACR)": the long form read backwards from the bracket, its words
    /// starting with the acronym's letters in order (Schwartz–Hearst).
    private func acronymDefinitions(_ sentence: Sentence, covered: [Bool], registry: ActorMatcher) -> [Actor] {
        let tokens = sentence.tokens
        var out: [Actor] = []
        for i in tokens.indices where tokens[i].isMark("(") {
            guard i + 2 < tokens.count, tokens[i + 2].isMark(")"), tokens[i + 1].isAllCaps, !covered[i + 1] else { continue }
            let acronym = tokens[i + 1]
            let letters = Array(acronym.folded.filter(\.isLetter))
            guard letters.count >= 2, letters.count <= 8, i > 0 else { continue }
            var start: Int?
            var k = i - 1
            let limit = max(0, i - letters.count * 2 - 3)
            while k >= limit {
                let t = tokens[k]
                if t.isPunctuation || covered[k] { break }
                if t.folded.first == letters.first, Self.containsInOrder(letters, in: tokens[k..<i].map(\.folded).joined()) {
                    start = k
                    break
                }
                k -= 1
            }
            guard let start else { continue }
            let name = sentence.slice(start, i)
            let nameTokens = Array(tokens[start..<i])
            if let m = registry.match(nameTokens, at: 0), m.end == nameTokens.count { continue }
            let armed = nameTokens.contains { rules.armedGroupWords.contains($0) }
                || (max(0, start - 2)..<start).contains { rules.armedGroupWords.contains(tokens[$0]) }
            out.append(Actor(slug: slugify(name), name: name, aliases: [acronym.text],
                             kind: armed ? .armedGroup : .organisation, reviewed: false))
        }
        return out
    }

    private static func containsInOrder(_ letters: [Character], in text: String) -> Bool {
        var it = letters.makeIterator()
        var next = it.next()
        for c in text where c == next {
            next = it.next()
            if next == nil { return true }
        }
        return next == nil
    }

    private func coverage(_ tokens: [Token], _ registry: ActorMatcher) -> [Bool] {
        var covered = [Bool](repeating: false, count: tokens.count)
        var i = 0
        while i < tokens.count {
            if let m = registry.match(tokens, at: i) {
                for k in i..<m.end { covered[k] = true }
                i = m.end
            } else {
                i += 1
            }
        }
        return covered
    }
}
