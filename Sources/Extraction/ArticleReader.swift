import Model

/// Reads one article: cuts it into sentences, settles its publication date and its cast of
/// actors, reads each sentence in order (`SentenceReader`), then merges what tells the same
/// thing into events.
struct ArticleReader {
    let extractor: Extractor
    let rules: LanguageRules
    let article: Article

    /// Everything the reading produced, before and after merging.
    struct ArticleReading {
        var published: Day?
        var discovered: [Actor]
        var cast: Cast
        /// One per sentence, in the article's order.
        var sentences: [(sentence: Sentence, outcome: SentenceOutcome)]
        var candidates: [EventCandidate]
        var merged: [EventCandidate]
        var warnings: [ExtractionWarning]
    }

    func read() -> ArticleExtraction {
        let reading = readAll()
        let builder = EventBuilder(rules: rules, cast: reading.cast, places: extractor.gazetteer, article: article)
        return ArticleExtraction(language: rules.language, published: reading.published, events: reading.merged.map(builder.event),
                          discoveredActors: reading.discovered, warnings: reading.warnings)
    }

    /// What became of each sentence: the event it made or joined, or why it made none.
    func explain() -> [SentenceExplanation] {
        let reading = readAll()
        let builder = EventBuilder(rules: rules, cast: reading.cast, places: extractor.gazetteer, article: article)
        let events = reading.merged.map(builder.event)
        var eventOfCandidate: [Int: Int] = [:]
        for (e, merged) in reading.merged.enumerated() { for member in merged.members { eventOfCandidate[member] = e } }
        return reading.sentences.map { sentence, outcome in
            SentenceExplanation(paragraph: sentence.paragraph, sentence: sentence.index, text: sentence.text,
                                outcome: outcome.explanation(events: events, eventOfCandidate: eventOfCandidate,
                                                             candidates: reading.candidates))
        }
    }

    func readAll() -> ArticleReading {
        let blocks = self.blocks()
        let all = blocks.flatMap(\.sentences)
        let marks = all.map { ClauseMarker(rules: rules).mark($0.tokens) }
        var warnings: [ExtractionWarning] = []
        let published = article.published ?? inferPublication(all, marks, &warnings)
        let discovered = ActorDiscovery(rules: rules, places: extractor.placeTable).discover(all, registry: extractor.registryMatcher)
        let cast = Cast(registry: extractor.registry, discovered: discovered)

        var reader = SentenceReader(extractor: extractor, rules: rules, article: article, published: published,
                                    cast: cast, discovered: discovered, blocks: blocks)
        // (Labelled as `ArticleReading.sentences` is: an unlabelled array would be converted, copied.)
        var outcomes: [(sentence: Sentence, outcome: SentenceOutcome)] = []
        var index = 0
        for block in blocks where !block.sentences.isEmpty {
            reader.beginParagraph(block.tokens)
            for sentence in block.sentences {
                outcomes.append((sentence, reader.read(sentence, marks: marks[index])))
                index += 1
            }
            reader.endParagraph()
        }
        return ArticleReading(published: published, discovered: discovered, cast: cast, sentences: outcomes,
                       candidates: reader.candidates, merged: CandidateMerger(places: extractor.gazetteer, cast: cast).merge(reader.candidates),
                       warnings: warnings + reader.warnings)
    }

    /// The article's blocks cut into sentences; the title stays one line, whatever its
    /// punctuation; a dateline opening a paragraph is not read (its place and date are the copy's).
    private func blocks() -> [SentenceBlock] {
        let splitter = SentenceSplitter(rules: rules)
        return article.blocks.enumerated().map { index, text in
            var block = splitter.block(text, paragraph: index)
            if index > 0, let first = block.sentences.first {
                let dateline = Dateline.length(first.tokens)
                if dateline > 0 {
                    block.sentences[0].tokens.removeFirst(dateline)
                    block.tokens.removeFirst(dateline)
                }
            }
            guard index == 0, block.sentences.count > 1 else { return block }
            block.sentences = [Sentence(paragraph: 0, index: 0, text: text.trimmingWhitespace(), tokens: block.tokens, source: text)]
            return block
        }
    }

    /// The publication date of an undated article, from weekday-consistent dates in its text.
    private func inferPublication(_ sentences: [Sentence], _ marks: [ClauseMarker.Marks], _ warnings: inout [ExtractionWarning]) -> Day? {
        let dates = DateResolver(rules: rules)
        var mentions: [DateMention] = []
        var hints: [Int] = []
        for (sentence, mark) in zip(sentences, marks) {
            mentions += dates.scan(sentence.tokens, marks: mark)
            for t in sentence.tokens where t.kind == .number && t.text.count == 4 {
                if let y = Int(t.text), (1900...2100).contains(y) { hints.append(y) }
            }
        }
        func warn(_ message: String) { warnings.append(ExtractionWarning(article: article.fileName, paragraph: 0, message: message)) }
        guard let inferred = dates.inferPublication(from: mentions, yearHints: hints, contextYears: extractor.contextYears) else {
            warn("no publication date, and none could be inferred from the text")
            return nil
        }
        warn(inferred.ambiguous
             ? "publication date inferred as \(inferred.day.iso), but other years fit the weekdays too"
             : "publication date inferred as \(inferred.day.iso) from the weekdays in the text")
        return inferred.day
    }

    /// Each topic's place as the article writes it: the first of the topic's place keywords the
    /// text uses ("Brussels" in English, where the topic lists "Bruxelles" first), else its first.
    /// `heads` is `placeHeads(places)`.
    static func placeForms(_ places: [String: [TopicPlace]], heads: KeyIndex, in sentences: [Sentence]) -> [String: TopicPlace] {
        // Where the article uses each keyword's first word (sentence, token): only there can the
        // keyword stand.
        var uses: [Int: [(sentence: Int, token: Int)]] = [:]
        for (s, sentence) in sentences.enumerated() {
            for k in sentence.tokens.indices {
                if let slot = heads.slot(of: sentence.tokens[k].key) { uses[slot, default: []].append((s, k)) }
            }
        }
        var out: [String: TopicPlace] = [:]
        for (slug, keywords) in places {
            out[slug] = keywords.first { place in
                guard let head = place.words.first, let slot = heads.slot(of: Token.key(head)), let at = uses[slot] else { return false }
                return at.contains { Self.starts(place.words, in: sentences[$0.sentence].tokens, at: $0.token) }
            } ?? keywords.first
        }
        return out
    }

    /// The first word of every place keyword, by key, each in a slot of its own (made once for
    /// a build; an article then only looks its words up).
    static func placeHeads(_ places: [String: [TopicPlace]]) -> KeyIndex {
        var heads = KeyIndex()
        for keywords in places.values {
            for place in keywords {
                guard let head = place.words.first, heads.slot(of: Token.key(head)) == nil else { continue }
                heads.insert(Token.key(head), slot: heads.count)
            }
        }
        return heads
    }

    /// Whether the folded words follow one another in the tokens from `start`.
    private static func starts(_ words: [String], in tokens: [Token], at start: Int) -> Bool {
        start + words.count <= tokens.count && words.indices.allSatisfy { tokens[start + $0].folded == words[$0] }
    }
}
