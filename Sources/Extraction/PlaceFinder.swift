/// Finds the place of a sentence's event: the first place named, from the gazetteer (the
/// extractor's places, the lexicon's, the topics' place keywords) or after a place
/// preposition ("à Moscou", "in Geneva", "dans la région d'Al-Nayrab").
/// Naming a town before its province, as the press does, makes the first the most specific.
struct PlaceFinder: Sendable {
    let rules: LanguageRules
    /// Known places, by alias; the payload is the name to show.
    let gazetteer: PhraseTable<String>

    /// `actorTokens` marks tokens naming people and organisations, which are not places.
    func place(in sentence: Sentence, actorTokens: [Bool]) -> String? {
        let tokens = sentence.tokens
        var i = 0
        while i < tokens.count {
            if tokens[i].inQuote { i += 1; continue }
            if let m = gazetteer.match(tokens, at: i), !actorTokens[i], tokens[i].isCapitalized {
                return text(sentence, m.start, m.end)
            }
            if let p = rules.placePrepositions.match(tokens, at: i), p.end < tokens.count {
                let run = capitalisedRun(tokens, from: p.end)
                if run > p.end, !actorTokens[p.end], !rules.isCalendarWord(tokens[p.end].folded),
                   !(p.end..<run).allSatisfy({ rules.nonNameWords.contains(tokens[$0].folded) || rules.organisationWords.contains(tokens[$0].folded) }) {
                    return text(sentence, p.end, run)
                }
            }
            i += 1
        }
        return nil
    }

    private func capitalisedRun(_ tokens: [Token], from start: Int) -> Int {
        var k = start
        while k < tokens.count {
            let t = tokens[k]
            if t.isWord, t.isCapitalized, !t.inQuote, !(k > start && rules.stopWords.contains(t.folded) && !t.hyphenBefore) {
                k += 1
            } else if k > start, t.isWord, t.hyphenBefore || rules.nameParticles.contains(t.folded),
                      k + 1 < tokens.count, tokens[k + 1].isCapitalized || t.hyphenBefore {
                k += 1
            } else {
                break
            }
        }
        while k > start, !tokens[k - 1].isCapitalized, !tokens[k - 1].hyphenBefore { k -= 1 }
        return k
    }

    private func text(_ sentence: Sentence, _ start: Int, _ end: Int) -> String {
        sentence.slice(start, end)
    }
}
