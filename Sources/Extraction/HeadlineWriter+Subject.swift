/// The passes that make a headline open on its subject: the scene-setting phrase before it
/// goes, a pronoun gives way to the name it stands for, and a quotation in the first person is
/// given with its speaker.
extension HeadlineWriter {
    /// "De son côté, …", "In retaliation, Turkey destroyed…", "Before heading to the European
    /// Council, he held talks…": a phrase opening the sentence, closed by a comma before the
    /// main verb, sets the scene; the headline starts after it.
    /// (Not when another comma comes before the verb: "Pour Josep Borrell, le chef de la
    /// diplomatie européenne, cette opération…" names who says so.)
    func dropOpeningPhrase(_ tokens: [Token], verbAt verb: Int, _ keep: inout [Bool]) {
        guard let first = keep.firstIndex(of: true), first < verb, opensWithPhrase(tokens, first) || rules.subordinators.match(tokens, at: first) != nil,
              let comma = (first..<min(verb, first + Self.maxOpeningPhrase)).first(where: { keep[$0] && isComma(tokens[$0]) }),
              !(comma + 1..<verb).contains(where: { keep[$0] && isComma(tokens[$0]) }) else { return }
        for k in first...comma { keep[k] = false }
    }

    private func isComma(_ token: Token) -> Bool { token.isMark(",") && !token.inQuote }

    /// The most words a name set off by commas after a title may have.
    static let maxNameWords = 5

    /// "Le président français, Emmanuel Macron, a insisté…", "The European Union's high
    /// representative for foreign and security policies, Josep Borrell, has suggested…": in a
    /// headline too long, the name stands for its title. Nil when the subject is not a title
    /// and a name between commas.
    func droppingSubjectTitle(_ tokens: [Token], _ keep: [Bool], verbAt verb: Int) -> [Bool]? {
        let kept = tokens.indices.filter { keep[$0] && $0 < verb }
        let commas = kept.filter { isComma(tokens[$0]) }
        guard let first = kept.first, commas.count >= 2, case let (open, close) = (commas[0], commas[1]),
              rules.determiners.contains(tokens[first]) || rules.titles.contains(tokens, at: first) else { return nil }
        let title = kept.filter { $0 < open }
        let name = kept.filter { $0 > open && $0 < close }
        guard !name.isEmpty, name.count <= Self.maxNameWords,
              name.allSatisfy({ tokens[$0].isWord && (tokens[$0].looksLikeName || rules.nameParticles.contains(tokens[$0])) }),
              !title.contains(where: { isAuxiliary(tokens, $0) }) else { return nil }
        var out = keep
        for k in title { out[k] = false }
        out[open] = false
        out[close] = false
        return out
    }

    /// "Ursula von der Leyen, qui s'est rendue en Grèce à Kastanies, a durci le ton": when the
    /// event is told in a relative clause about a named subject, the headline is that subject
    /// and that clause ("Ursula von der Leyen s'est rendue en Grèce à Kastanies").
    func promoteRelativeClause(_ tokens: [Token], _ trigger: Range<Int>?, _ keep: inout [Bool]) {
        guard let trigger, trigger.lowerBound >= 3,
              let pronoun = (2..<trigger.lowerBound).last(where: { tokens[$0 - 1].isMark(",") && rules.personCues.contains(tokens[$0]) }),
              tokens[pronoun - 2].looksLikeName, tokens[pronoun - 2].isWord,
              !(pronoun + 1..<trigger.lowerBound).contains(where: { Self.clauseMarks.contains(tokens[$0]) }) else { return }
        let end = tokens[trigger.upperBound...].firstIndex { Self.clauseMarks.contains($0) && !$0.inQuote } ?? tokens.count
        keep[pronoun - 1] = false
        keep[pronoun] = false
        for k in end..<tokens.count { keep[k] = false }
    }

    static let maxOpeningPhrase = 16

    /// "Il a appelé Damas…" → "Antonio Guterres a appelé Damas…".
    func naming(_ text: String, _ reading: SentenceReading, _ keep: [Bool]) -> String {
        guard let subject = namedSubject(reading, keep) else { return text }
        let pronoun = reading.sentence.tokens[subject.at].text
        guard text.hasPrefix(pronoun) else { return text }
        return subject.name + text.dropFirst(pronoun.count)
    }

    /// The characters the name adds to the headline in place of its pronoun.
    func namingExtra(_ reading: SentenceReading, _ keep: [Bool]) -> Int {
        namedSubject(reading, keep).map { max(0, $0.name.count - reading.sentence.tokens[$0.at].text.count) } ?? 0
    }

    private func namedSubject(_ reading: SentenceReading, _ keep: [Bool]) -> (at: Int, name: String)? {
        guard let subject = reading.pronounSubject, keep.firstIndex(of: true) == subject.at else { return nil }
        return subject
    }

    /// "« Nous ne reculerons pas », a martelé M. Erdogan", "Organizers knew that “we had to
    /// succeed…”, Merkel said": the quotation that speaks in the first person, with its speaker
    /// ("Merkel : « … »"), cut at a phrase when it is long; nil when the sentence has none, no
    /// speaker, or no phrase to cut at.
    func firstPersonQuotation(_ reading: SentenceReading, _ keep: [Bool]) -> String? {
        let tokens = reading.sentence.tokens
        guard let speaker = reading.speaker?.name,
              let word = tokens.indices.first(where: { keep[$0] && rules.firstPersonWords.contains(tokens[$0]) }) else { return nil }
        // "We will respond, Erdogan said", or marks the text does not pair: all of it is the quotation.
        guard tokens[word].inQuote else { return speakerForm(speaker, reading.sentence, keep) }
        var lo = word, hi = word
        while lo > 0, tokens[lo - 1].inQuote { lo -= 1 }
        while hi + 1 < tokens.count, tokens[hi + 1].inQuote { hi += 1 }
        // The marks around the quotation, when the text has them.
        if lo > 0, isQuoteMark(tokens[lo - 1]) { lo -= 1 }
        if hi + 1 < tokens.count, isQuoteMark(tokens[hi + 1]) { hi += 1 }
        var quoted = [Bool](repeating: false, count: tokens.count)
        for k in lo...hi { quoted[k] = keep[k] }
        return speakerForm(speaker, reading.sentence, quoted)
    }

    /// "Merkel : « … »": the kept words as the speaker's quotation, cut at a phrase when long.
    private func speakerForm(_ speaker: String, _ sentence: Sentence, _ keep: [Bool]) -> String? {
        var text = compose(sentence, keep)
        let budget = Self.maxLength - speaker.count - rules.speakerSeparator.count
        if text.count > budget { text = phraseCut(sentence, keep, after: 0, limit: budget - Self.quotationMarks, inQuotes: true) ?? text }
        guard !text.isEmpty else { return nil }
        let opening = text.first.map { isQuoteMark(String($0)) } == true
        let body = opening ? text : "\u{201C}" + text + "\u{201D}"
        let headline = speaker + rules.speakerSeparator + body + closers(of: body)
        // (No phrase to cut at: the ordinary headline, cut as any other.)
        return headline.count <= Self.maxLength ? headline : nil
    }

    /// The marks a quotation given with its speaker may gain.
    static let quotationMarks = 2
}
