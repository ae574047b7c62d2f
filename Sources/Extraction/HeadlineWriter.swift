/// Writes an event's headline from the sentence that tells it: the clause that says what
/// happened, in the article's words, with the attribution, the dates, asides in brackets and
/// subordinate clauses taken out (the dateline is gone already: `ArticleReader` does not read it).
///
///     "L'armée syrienne, appuyée par l'aviation russe, a repris jeudi le
///      contrôle de Saraqeb, qui avait été perdue la veille, a indiqué l'OSDH."
///     → "L'armée syrienne, appuyée par l'aviation russe, a repris le contrôle de Saraqeb"
///
/// A sentence that opens with what someone said ("« Nous ne reculerons pas », a déclaré M.
/// Erdogan") becomes "M. Erdogan : « Nous ne reculerons pas »". A headline longer than
/// `maxLength` is cut at a clause boundary after its verb, else before a phrase that only adds to
/// it (`phraseCut`), and only failing both at a word, with an ellipsis.
struct HeadlineWriter: Sendable {
    let rules: LanguageRules

    static let maxLength = 120
    /// A headline cut at a comma keeps at least this much; shorter, it is cut at a word.
    static let minimumCut = 55

    /// What the reader of a sentence knows about it when the event is made.
    struct SentenceReading {
        var sentence: Sentence
        var marks: ClauseMarker.Marks
        var dates: [DateMention]
        /// The words that decided the event's type.
        var trigger: Range<Int>?
        /// Who spoke, for a sentence that reports speech after the words ("…, a-t-il dit"), and
        /// where the sentence names them.
        var speaker: (name: String, at: Int)?
        /// A pronoun that is the subject ("Il a appelé…"), with the name it stands for.
        var pronounSubject: (at: Int, name: String)?
        /// Whether the trigger is a verb ("shelled") rather than a noun ("retaliation").
        var triggerIsVerb = true
    }

    func headline(_ reading: SentenceReading) -> String {
        let tokens = reading.sentence.tokens
        guard !tokens.isEmpty else { return "" }
        var keep = [Bool](repeating: true, count: tokens.count)
        let attribution = trailingAttribution(tokens, reading)
        var speakerForm = false
        if let attribution {
            let triggerInside = reading.trigger.map { attribution.contains($0.lowerBound) } ?? true
            speakerForm = triggerInside && reading.speaker.map { attribution.contains($0.at) } == true
            for k in attribution { keep[k] = false }
        }
        // A quotation mark that nothing closes is a slip, not a quotation.
        for k in SentenceSplitter.unmatchedQuotes(tokens) { keep[k] = false }
        dropSources(tokens, &keep)
        dropDates(tokens, reading.dates, &keep)
        dropBrackets(tokens, &keep)
        // (The sure drops; what follows is undone when it leaves no clause.)
        let sure = keep
        dropClauses(tokens, reading, &keep)
        promoteRelativeClause(tokens, reading.trigger, &keep)
        dropAfterMainClause(tokens, reading.trigger, &keep)
        dropAppositions(tokens, reading.trigger, &keep)
        dropOpeningConnective(tokens, &keep)
        dropLeadingWord(tokens, &keep)
        let (verb, finiteVerb) = verbPositions(tokens, reading, keep)
        dropOpeningPhrase(tokens, verbAt: finiteVerb, &keep)
        if tokens.indices.count(where: { keep[$0] && tokens[$0].isWord }) < Self.minimumWords { keep = sure }
        if !speakerForm, let quoted = firstPersonQuotation(reading, keep) { return quoted }
        var text = compose(reading.sentence, keep)
        let prefix = speakerForm ? (reading.speaker?.name.count ?? 0) + rules.speakerSeparator.count : 0
        let limit = Self.maxLength - namingExtra(reading, keep) - prefix
        var length = text.characterCount
        if length > limit, let named = droppingSubjectTitle(tokens, keep, verbAt: verb) {
            keep = named
            text = compose(reading.sentence, keep)
            length = text.characterCount
        }
        if length > limit {
            text = shortened(reading.sentence, keep, after: verb + 1, verbAt: verb, limit: limit)
        }
        text = naming(text, reading, keep)
        if speakerForm, let speaker = reading.speaker?.name, !text.isEmpty {
            text = speaker + rules.speakerSeparator + text
        }
        return capitalizingFirst(text.characterCount > Self.maxLength ? cut(text) : text)
    }

    /// A headline keeps at least this many words of the sentence.
    static let minimumWords = 3

    // MARK: What is dropped

    /// ", a indiqué l'OSDH", ", he said", ", selon l'OSDH": the last comma-delimited segment when
    /// it names who said or reported the sentence, and reports nothing of its own (no "que",
    /// "that" after the verb).
    private func trailingAttribution(_ tokens: [Token], _ reading: SentenceReading) -> Range<Int>? {
        var end = tokens.count
        while end > 0, tokens[end - 1].isPunctuation, !isQuoteMark(tokens[end - 1]) { end -= 1 }
        guard let comma = (0..<end).last(where: { isSegmentStart(tokens, $0) }) else { return nil }
        let segment = comma + 1..<end
        guard !segment.isEmpty else { return nil }
        let from = tokens[comma].isMark(",") ? comma : comma + 1
        if rules.reporterCues.match(tokens, at: comma + 1) != nil, segment.count <= Self.maxSourceLength { return from..<tokens.count }
        // The verb opens the segment (", a indiqué l'OSDH"), or ends it after its subject
        // (", the ministry said"); a coordinated clause (", et Erdogan a annoncé…") is not a source.
        guard !rules.conjunctions.contains(tokens[comma + 1]),
              let verb = reading.marks.reporting.first(where: { segment.contains($0.lowerBound) }) ?? spokenAct(in: segment, reading),
              verb.lowerBound - comma <= 2 || end - verb.upperBound <= 2,
              !tokens[verb.upperBound..<end].contains(where: { rules.complementizers.contains($0) && !$0.inQuote }) else { return nil }
        // (Not the main verb after a subject's apposition: "Fayez Sarraj, head of the GNA, also
        // announced elections" — no clause before the comma to attribute, no speaker after it.)
        if verb.lowerBound - comma <= 2, !tellsSomethingBefore(tokens, comma, reading), !namesItsSpeaker(tokens, after: verb.upperBound, end: end) {
            return nil
        }
        return from..<tokens.count
    }

    /// A name, a pronoun or an article right after the verb, its adverbs and dates aside
    /// (", said the ministry", ", a indiqué mardi l'OSDH"), or nothing.
    private func namesItsSpeaker(_ tokens: [Token], after verb: Int, end: Int) -> Bool {
        var k = verb
        while k < end, rules.isCalendarWord(tokens[k].folded) || rules.adverbs.contains(tokens, at: k) || rules.dayParts.contains(tokens, at: k) { k += 1 }
        guard k < end else { return true }
        let t = tokens[k]
        return t.isWord && (t.looksLikeName || rules.singularPronouns.contains(t) || rules.pluralPronouns.contains(t)
            || rules.determiners.contains(t))
    }

    /// "…'a atteint un niveau horrifiant', a dénoncé l'ONU": the verb of a criticism or an
    /// appeal set after what was said, with its speaker, reads as a verb of saying.
    private func spokenAct(in segment: Range<Int>, _ reading: SentenceReading) -> Range<Int>? {
        guard let trigger = reading.trigger, reading.triggerIsVerb, segment.contains(trigger.lowerBound),
              let speaker = reading.speaker, segment.contains(speaker.at) else { return nil }
        return trigger
    }

    /// Whether the words before `comma` hold a clause an attribution can follow: a quotation,
    /// the event's own words, another verb of saying or an auxiliary.
    private func tellsSomethingBefore(_ tokens: [Token], _ comma: Int, _ reading: SentenceReading) -> Bool {
        if let trigger = reading.trigger, trigger.upperBound <= comma { return true }
        if reading.marks.reporting.contains(where: { $0.upperBound <= comma }) { return true }
        return (0..<comma).contains { tokens[$0].inQuote || isQuoteMark(tokens[$0]) || isAuxiliary(tokens, $0) }
    }

    /// A source named before or after the sentence takes at most this many words.
    static let maxSourceLength = 20

    /// A comma outside quotes, or a closing quotation mark.
    private func isSegmentStart(_ tokens: [Token], _ k: Int) -> Bool {
        if tokens[k].isMark(",") { return !tokens[k].inQuote }
        return SentenceSplitter.closingQuotes.contains(tokens[k]) || (tokens[k].isMark("\"") && k > 0 && tokens[k - 1].inQuote)
    }

    /// "Selon l'OSDH, …", "According to the Observatory, …", "a affirmé, selon Al-Arabiya, que":
    /// a source opening the sentence or set between commas.
    private func dropSources(_ tokens: [Token], _ keep: inout [Bool]) {
        for k in tokens.indices where k == 0 || (tokens[k - 1].isMark(",") && !tokens[k - 1].inQuote) {
            guard rules.reporterCues.match(tokens, at: k) != nil,
                  let comma = (k..<min(tokens.count, k + Self.maxSourceLength)).first(where: { tokens[$0].isMark(",") }) else { continue }
            for j in k...comma { keep[j] = false }
            if k > 0 { keep[k - 1] = false }
        }
    }

    /// The dates, shown beside the headline anyway, with a preposition or article before them
    /// ("on Thursday", "le 5 mars").
    private func dropDates(_ tokens: [Token], _ dates: [DateMention], _ keep: inout [Bool]) {
        for d in dates where d.start < tokens.count && !tokens[d.start].inQuote {
            for k in d.start..<min(d.end, tokens.count) { keep[k] = false }
            var k = d.start - 1
            while k >= 0, tokens[k].isWord, rules.prepositions.contains(tokens[k]) || rules.determiners.contains(tokens[k])
                    || rules.dayParts.contains(tokens, at: k) {
                keep[k] = false
                k -= 1
            }
            // "à partir de lundi", "starting on Monday": the words that open the date go with it.
            for j in max(0, k - 2)...max(0, k) where k >= 0 {
                if let opener = rules.dateOpeners.match(tokens, at: j), opener.end == k + 1 || opener.end == d.start {
                    for i in opener.start..<opener.end { keep[i] = false }
                    break
                }
            }
            var after = min(d.end, tokens.count)
            if after < tokens.count, rules.possessives.contains(tokens[after]) {
                keep[after] = false
                after += 1
            }
            while after < tokens.count, let part = rules.dayParts.match(tokens, at: after) {
                for j in part.start..<part.end { keep[j] = false }
                after = part.end
            }
        }
    }

    /// "(AFP)", "(GNA)": what brackets hold.
    private func dropBrackets(_ tokens: [Token], _ keep: inout [Bool]) {
        var depth = 0
        for k in tokens.indices {
            if tokens[k].isMark("(") { depth += 1 }
            if depth > 0 { keep[k] = false }
            if tokens[k].isMark(")") { depth = max(0, depth - 1) }
        }
    }

    /// Asides: a clause between commas or opened by a relative pronoun ("…, qui dirige le GNA,",
    /// "which already hosts…") and background spans ("depuis avril 2019"), never the clause that
    /// holds the trigger. A clause that completes a verb ("a répondu que…") stays.
    private func dropClauses(_ tokens: [Token], _ reading: SentenceReading, _ keep: inout [Bool]) {
        let marks = reading.marks
        var k = 0
        while k < tokens.count {
            guard marks.subordinate[k] || marks.background[k] else { k += 1; continue }
            var end = k
            while end < tokens.count, marks.subordinate[end] || marks.background[end] { end += 1 }
            // (Not what a verb reports: "a affirmé, selon Al-Arabiya, que le projet…".)
            let afterComma = k > 0 && tokens[k - 1].isMark(",") && !rules.complementizers.contains(tokens[k])
            let dated = reading.dates.contains { (k..<end).contains($0.start) }
            let relative = rules.relativePronouns.contains(tokens[k])
            // "qui dirige le gouvernement d'union nationale (GNA) reconnu par l'ONU,": to the comma.
            var clauseEnd = end
            if afterComma || relative {
                while clauseEnd < tokens.count, !Self.clauseMarks.contains(tokens[clauseEnd]) || tokens[clauseEnd].isMark("-") { clauseEnd += 1 }
            }
            let holdsTrigger = reading.trigger.map { $0.overlaps(k..<clauseEnd) } ?? false
            let aside = afterComma || (marks.background[k] && dated) || relative
            if !holdsTrigger && aside {
                end = clauseEnd
                for j in k..<end { keep[j] = false }
                // ("…vers la frontière de la Turquie, pays qui accueille…": the noun in apposition
                // goes with the clause that says what it is.)
                if relative, k >= 2, tokens[k - 1].isWord, tokens[k - 2].isMark(","), !tokens[k - 1].looksLikeName {
                    keep[k - 1] = false
                    keep[k - 2] = false
                }
                if afterComma {
                    keep[k - 1] = false
                    // "Turkey, which hosts…, has kept": the closing comma goes with the opening one.
                    if end < tokens.count, tokens[end].isMark(",") { keep[end] = false }
                }
            }
            k = end
        }
    }

    /// What follows a semicolon or a colon after the trigger is another sentence's matter.
    private func dropAfterMainClause(_ tokens: [Token], _ trigger: Range<Int>?, _ keep: inout [Bool]) {
        guard let trigger, let stop = tokens[trigger.upperBound...].firstIndex(where: {
            ($0.isMark(";") || $0.isMark(":")) && !$0.inQuote
        }) else { return }
        for k in stop..<tokens.count { keep[k] = false }
    }

    /// ", homme fort de l'est de la Libye,", ", appuyées par l'aviation russe,", ", a town north of
    /// Maarat al-Numan,": a segment between commas (or closing the sentence) that opens with a
    /// lower-case word and holds no auxiliary, no reporting verb and not the trigger describes
    /// rather than tells. (Not ", Mevlüt Cavusoglu,", which names, nor ", et …", ", que …".)
    private func dropAppositions(_ tokens: [Token], _ trigger: Range<Int>?, _ keep: inout [Bool]) {
        guard let first = keep.firstIndex(of: true) else { return }
        var commas = tokens.indices.filter { tokens[$0].isMark(",") && !tokens[$0].inQuote && keep[$0] && $0 > first }
        // (The comma closing "A Berlin, …" or "Avant le vote, …" opens the sentence's subject.)
        if opensWithPhrase(tokens, first), !commas.isEmpty { commas.removeFirst() }
        for comma in commas where keep[comma] {
            // (The word before the comma as the headline has it: "(GNA)" is gone already.)
            guard let before = (0..<comma).last(where: { keep[$0] }), tokens[before].isWord else { continue }
            let end = tokens[(comma + 1)...].firstIndex { ($0.isMark(",") || $0.isMark(".") || $0.isMark(";")) && !$0.inQuote } ?? tokens.count
            let segment = comma + 1..<end
            // After a name (", homme fort de l'est,"), or a participle after any noun (", encouragés par…,").
            guard !segment.isEmpty, segment.count <= Self.maxApposition, describes(tokens, segment),
                  tokens[before].looksLikeName || isParticiple(tokens[comma + 1]),
                  !(trigger.map { $0.overlaps(segment) } ?? false) else { continue }
            for k in comma..<end { keep[k] = false }
            // "Haftar, homme fort de l'est, a quitté": the subject's closing comma goes too, when a
            // verb follows (not a second apposition: "Maarat al-Numan, the second town, a gain").
            // (Not before a second apposition: "…, le chef du GNA, basé à Tripoli, a appelé".)
            if end + 1 < tokens.count, tokens[end].isMark(","), startsVerb(tokens[end + 1]), !isParticiple(tokens[end + 1]) { keep[end] = false }
        }
    }

    /// "A Berlin, le chef de la diplomatie…", "Avant le vote, …": a sentence opening with a
    /// prepositional phrase or a participle, whose first comma closes it rather than a name.
    func opensWithPhrase(_ tokens: [Token], _ first: Int) -> Bool {
        let f = tokens[first].folded
        return rules.prepositions.contains(tokens[first]) || rules.placePrepositions.contains(tokens, at: first)
            || rules.gerundEndings.end(f) || rules.adverbs.contains(tokens, at: first)
    }

    static let maxApposition = 15

    /// A noun phrase (", un revers…", ", a town north of…"), a title (", chef du GNA"), a
    /// participle (", appuyées par…") or a place (", dans la province d'Idlib"): no verb of its own.
    private func describes(_ tokens: [Token], _ segment: Range<Int>) -> Bool {
        let first = tokens[segment.lowerBound]
        var head = segment.lowerBound
        while head + 1 < segment.upperBound, rules.determiners.contains(tokens[head]) || rules.tokenizer.elisions.contains(tokens[head].folded) {
            head += 1
        }
        // (Not a name: ", l'Allemagne,", ", une ONG,", ", l'ambassadeur libyen Taher el-Sonni,".)
        guard first.isWord, !first.looksLikeName, !first.inQuote, !tokens[head].looksLikeName,
              !(rules.titles.contains(tokens, at: head) && endsWithPersonName(tokens, segment)),
              !segment.contains(where: { isAuxiliary(tokens, $0) }) else { return false }
        let f = first.folded
        if rules.determiners.contains(first) || rules.tokenizer.elisions.contains(f) || rules.prepositions.contains(first) { return true }
        if rules.titles.contains(tokens, at: segment.lowerBound) { return true }
        return isParticiple(first)
    }

    /// A lower-case word that is no article, conjunction or gerund: the verb of the clause.
    private func startsVerb(_ token: Token) -> Bool {
        let word = token.lowered
        return token.isWord && !token.looksLikeName && !rules.determiners.contains(token)
            && !rules.conjunctions.contains(token) && !rules.gerundEndings.end(word)
    }

    /// Two capitalised words or more at the end, name particles between ("l'ambassadeur libyen
    /// Taher el-Sonni" names the subject; it does not describe it).
    private func endsWithPersonName(_ tokens: [Token], _ segment: Range<Int>) -> Bool {
        var names = 0
        var k = segment.upperBound - 1
        while k >= segment.lowerBound, tokens[k].isWord, tokens[k].looksLikeName || rules.nameParticles.contains(tokens[k]) {
            if tokens[k].looksLikeName { names += 1 }
            k -= 1
        }
        return names >= 2
    }

    /// "appuyées", "dirigé": the endings are written with their accents. Unlike
    /// `LanguageRules.isParticipleForm`, the ending must leave a stem of three letters or more,
    /// so that a short word ("dite", "lui") is not taken for an apposition's participle.
    private func isParticiple(_ token: Token) -> Bool {
        let word = token.lowered
        return token.isWord && !token.looksLikeName && rules.participleEndings.end(word, afterMoreThan: 2)
    }

    /// An auxiliary, not a noun of the same spelling after an article ("l'est").
    /// (As written: "à" is no "a"; and "d'", which the list holds for "d'avoir", is no auxiliary alone.)
    func isAuxiliary(_ tokens: [Token], _ k: Int) -> Bool {
        // (The folded word first: it rules out most words without lowering a copy of one.)
        rules.auxiliaries.contains(tokens[k]) && rules.writtenAuxiliaries.contains(tokens[k].lowered) && !rules.genitives.contains(tokens[k])
            && !(k > 0 && (rules.determiners.contains(tokens[k - 1]) || rules.tokenizer.elisions.contains(tokens[k - 1].folded)))
    }

    /// "Soir, le chef…", "Also, a helicopter…": a lone word left before a comma by what was dropped.
    private func dropLeadingWord(_ tokens: [Token], _ keep: inout [Bool]) {
        guard let first = keep.firstIndex(of: true), let comma = keep[(first + 1)...].firstIndex(of: true),
              tokens[comma].isMark(","), rules.adverbs.contains(tokens, at: first) || rules.dayParts.contains(tokens, at: first) else { return }
        keep[first] = false
        keep[comma] = false
    }

    /// "Mais le régime…", "Plus tôt, le président…", "But the regime…": a word that links to the
    /// sentence before, and its comma.
    private func dropOpeningConnective(_ tokens: [Token], _ keep: inout [Bool]) {
        guard let first = keep.firstIndex(of: true), let m = rules.openingConnectives.match(tokens, at: first),
              m.end < tokens.count, (first..<m.end).allSatisfy({ keep[$0] }) else { return }
        for k in first..<m.end { keep[k] = false }
        if tokens[m.end].isMark(",") { keep[m.end] = false }
    }

    // MARK: Putting it back together

    /// The kept tokens as written, with the text's own spacing between neighbours, and no
    /// punctuation left dangling by what was dropped.
    func compose(_ sentence: Sentence, _ keep: [Bool]) -> String {
        let tokens = sentence.tokens
        var kept: [Int] = []
        kept.reserveCapacity(tokens.count)
        for k in tokens.indices where keep[k] { kept.append(k) }
        kept = tidy(kept, tokens)
        // Tokens that follow one another in the sentence are copied as the text has them, in one
        // piece with what lies between them; a gap where words were dropped becomes a space.
        var out = ""
        var run: Range<String.Index>?
        for (n, k) in kept.enumerated() {
            if n > 0, kept[n - 1] + 1 == k, let start = run?.lowerBound {
                run = start..<tokens[k].range.upperBound
                continue
            }
            if let run { out += sentence.source[run] }
            if n > 0, !Self.noSpaceBefore.contains(tokens[k]), !closesEnglishQuote(tokens, k) { out += " " }
            run = tokens[k].range
        }
        if let run { out += sentence.source[run] }
        return out
    }

    static let noSpaceBefore: PunctuationSet = [",", ".", ")", ";"]

    /// A closing ” or " sits against its last word (a French » keeps its space).
    private func closesEnglishQuote(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].isMark("\u{201D}") || (tokens[k].isMark("\"") && k > 0 && tokens[k - 1].inQuote)
    }
    static let clauseMarks: PunctuationSet = [",", ";", ":", ".", "!", "?", "-", "\u{2014}", "\u{2013}"]

    /// Drops a comma next to another mark or at either end, a trailing full stop and any word
    /// left hanging at the end ("de", "and").
    private func tidy(_ kept: [Int], _ tokens: [Token]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(kept.count)
        for k in kept {
            if Self.clauseMarks.contains(tokens[k]) {
                if out.isEmpty { continue }
                if let last = out.last, Self.clauseMarks.contains(tokens[last]) {
                    if !tokens[k].isMark(",") { out[out.count - 1] = k }
                    continue
                }
            }
            out.append(k)
        }
        while let last = out.last, Self.clauseMarks.contains(tokens[last]) || isHanging(tokens[last]) {
            out.removeLast()
        }
        // "We will not retreat," → "We will not retreat"
        if out.count >= 2, isQuoteMark(tokens[out[out.count - 1]]), tokens[out[out.count - 2]].isMark(",") {
            out.remove(at: out.count - 2)
        }
        return out
    }

    /// A word a headline cannot end on: an article, a preposition, a conjunction, a possessive,
    /// a relative pronoun or complementizer, an auxiliary, a clitic or an elided form.
    func isHanging(_ token: Token) -> Bool {
        let word = token.folded
        return token.isWord && (rules.prepositions.contains(token) || rules.determiners.contains(token)
            || rules.conjunctions.contains(token) || rules.tokenizer.elisions.contains(word) || rules.possessives.contains(token)
            || rules.complementizers.contains(token) || rules.relativePronouns.contains(token)
            || rules.auxiliaries.contains(token) || rules.clitics.contains(token) || rules.subordinatorWords.contains(token))
    }

    func isQuoteMark(_ token: Token) -> Bool {
        token.isMark("\"") || SentenceSplitter.openingQuotes.contains(token) || SentenceSplitter.closingQuotes.contains(token)
    }

    /// The same, for a headline's first character.
    func isQuoteMark(_ text: String) -> Bool {
        text == "\"" || SentenceSplitter.openingQuotes.contains(text) || SentenceSplitter.closingQuotes.contains(text)
    }

    private func capitalizingFirst(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
