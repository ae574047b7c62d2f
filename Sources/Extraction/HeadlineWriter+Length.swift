/// Fitting a headline within `maxLength`: where its main verb is, then the cuts tried in
/// turn — at a comma after the verb, before a phrase that only adds to what happened, inside a
/// quotation (closed again), and only failing all of them at a word, with an ellipsis.
extension HeadlineWriter {
    /// Up to the last comma after the trigger that leaves at most `maxLength` characters, else
    /// the whole, cut at a word.
    func shortened(_ sentence: Sentence, _ keep: [Bool], after trigger: Int, verbAt verb: Int, limit: Int) -> String {
        let tokens = sentence.tokens
        let kept = tokens.indices.filter { keep[$0] }
        let widths = keptWidths(tokens, kept)
        for (n, k) in kept.enumerated().reversed() where k >= trigger && tokens[k].isMark(",") && !tokens[k].inQuote && widths[n] <= limit {
            var prefix = keep
            for j in k..<tokens.count { prefix[j] = false }
            let text = compose(sentence, prefix)
            // (Not a phrase that only opens the sentence: "Pour obtenir l'accord de Vienne".)
            if case let count = text.characterCount, count <= limit, count >= Self.minimumCut { return text }
        }
        // (When the verb is not known for one, any phrase boundary far enough in.)
        return phraseCut(sentence, keep, after: verb, limit: limit) ?? phraseCut(sentence, keep, after: 0, limit: limit)
            ?? phraseCut(sentence, keep, after: 0, limit: limit, inQuotes: true) ?? cut(compose(sentence, keep))
    }

    /// The longest start of the headline within `maxLength` that ends where a phrase adding to
    /// what happened begins: before a preposition, a conjunction, a subordinator or a relative
    /// pronoun after the verb and its object ("… a appelé Moscou à cesser les frappes | dans la
    /// province d'Idleb"). It never ends on a function word, nor inside a quotation.
    /// `inQuotes`: also inside a quotation, which is then closed.
    func phraseCut(_ sentence: Sentence, _ keep: [Bool], after verb: Int, limit: Int, inQuotes: Bool = false) -> String? {
        let tokens = sentence.tokens
        let kept = tokens.indices.filter { keep[$0] }
        let widths = keptWidths(tokens, kept)
        for (n, k) in kept.enumerated().reversed() where n >= 2 && k > verb && opensPhrase(tokens, k, inQuotes: inQuotes) {
            let last = tokens[kept[n - 1]]
            // (Its words alone too long: not worth writing out. A quotation closed before the
            // phrase is a good end: "…soit « crédible, durable et vérifiable » | pour créer".)
            guard widths[n] <= limit, last.isWord || SentenceSplitter.closingQuotes.contains(last), !isHanging(last) else { continue }
            var prefix = keep
            for j in k..<tokens.count { prefix[j] = false }
            let text = compose(sentence, prefix)
            let closing = closers(of: text)
            if case let count = text.characterCount, count + closing.count <= limit, count >= Self.minimumPhrase, inQuotes || closing.isEmpty { return text + closing }
        }
        return nil
    }

    /// Where the main verb begins: its auxiliary ("a annoncé", "had left", "was killed", "will
    /// launch"), a reporting verb, or the trigger, whichever comes first (`any`); and the same
    /// without a trigger that is a noun (`verb`). Only among the words kept: the verb of a
    /// dropped aside ("qui dirige le GNA reconnu par l'ONU") is not the sentence's.
    func verbPositions(_ tokens: [Token], _ reading: SentenceReading, _ keep: [Bool]) -> (any: Int, verb: Int) {
        let reporting = reading.marks.reporting.first { keep[$0.lowerBound] }?.lowerBound
        let trigger = reading.trigger.map(\.lowerBound).flatMap { keep[$0] ? $0 : nil }
        let verbTrigger = reading.triggerIsVerb ? trigger : nil
        // (An auxiliary after those comes too late to matter.)
        let bound = Self.least(reporting, verbTrigger) ?? tokens.count
        // (Not "l'est", nor "A Berlin": an auxiliary is no noun after an article, nor capitalised.)
        let auxiliary = (0..<bound).first { k in
            keep[k] && !tokens[k].inQuote && !tokens[k].looksLikeName
                && (isAuxiliary(tokens, k) || rules.passiveAuxiliaries.contains(tokens[k])
                || rules.pastPerfectAuxiliaries.match(tokens, at: k) != nil || rules.futureCues.match(tokens, at: k) != nil)
                && !isFunctionWord(tokens[k]) && !afterElision(tokens, k)
        }
        return (Self.least(auxiliary, Self.least(reporting, trigger)) ?? 0, Self.least(auxiliary, Self.least(reporting, verbTrigger)) ?? 0)
    }

    /// The smaller of two positions that may be missing (no list made for it: a headline asks it
    /// for every sentence).
    private static func least(_ a: Int?, _ b: Int?) -> Int? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }

    /// A headline cut at a phrase keeps at least this much.
    static let minimumPhrase = 40

    func opensPhrase(_ tokens: [Token], _ k: Int, inQuotes: Bool = false) -> Bool {
        let word = tokens[k]
        guard word.isWord, inQuotes || !word.inQuote else { return false }
        return rules.prepositions.contains(word) || rules.conjunctions.contains(word) || rules.complementizers.contains(word)
            || rules.relativePronouns.contains(word) || rules.infinitiveMarkers.contains(word) || rules.subordinators.match(tokens, at: k) != nil
    }

    /// What closes the quotations a text leaves open: "" when it leaves none.
    func closers(of text: String) -> String {
        var out = ""
        if text.count(ofMark: "«") > text.count(ofMark: "»") { out += " »" }
        if text.count(ofMark: "\u{201C}") > text.count(ofMark: "\u{201D}") { out += "\u{201D}" }
        if text.count(ofMark: "\"") % 2 == 1 { out += "\"" }
        return out
    }

    /// At most `maxLength` characters, up to the last word that fits, with an ellipsis; a
    /// quotation left open is closed.
    func cut(_ text: String) -> String {
        let head = text.prefix(Self.maxLength - 3)
        var cut = String(head.lastIndex(of: " ").map { head[..<$0] } ?? head)
        while let last = cut.last, last == "," || last == ";" || last == ":" || last == " " { cut.removeLast() }
        cut += "\u{2026}"
        return cut + closers(of: cut)
    }

    /// "d'", "se", "ne", "pas": the auxiliaries' list holds them for the phrases it matches
    /// ("d'avoir", "se sont"); alone, they start no verb.
    private func isFunctionWord(_ token: Token) -> Bool {
        token.folded.hasSuffix("'") || token.folded.hasSuffix("\u{2019}") || rules.negations.contains(token) || rules.clitics.contains(token)
    }

    /// After an elided article ("l'est"), not after an elided pronoun ("s'était").
    private func afterElision(_ tokens: [Token], _ k: Int) -> Bool {
        guard k > 0 else { return false }
        let previous = String(tokens[k - 1].lowered.map { $0 == "\u{2019}" ? "'" : $0 })
        return previous.hasSuffix("'") && rules.determiners.contains(folded: previous)
    }

    /// For each kept token, the characters of the kept words before it: the least its prefix
    /// takes once written.
    private func keptWidths(_ tokens: [Token], _ kept: [Int]) -> [Int] {
        var widths: [Int] = []
        widths.reserveCapacity(kept.count)
        var total = 0
        for k in kept {
            widths.append(total)
            total += tokens[k].text.characterCount
        }
        return widths
    }
}
