import Model

/// Reads one article, sentence by sentence, keeping what the reading carries along: the
/// date in force, the people just named, the place of the paragraph.
struct ArticleReader {
    let extractor: Extractor
    let rules: LanguageRules
    let article: Article
    private var warnings: [ExtractionWarning] = []
    /// Each topic's place in the form this article uses.
    private var topicPlaceForms: [String: String] = [:]

    init(extractor: Extractor, rules: LanguageRules, article: Article) {
        self.extractor = extractor
        self.rules = rules
        self.article = article
    }

    mutating func read() -> Extraction {
        let splitter = SentenceSplitter(rules: rules)
        let clauses = ClauseMarker(rules: rules)
        let dates = DateResolver(rules: rules)
        var blocks: [[Sentence]] = []
        for (index, block) in article.blocks.enumerated() {
            var sentences = splitter.split(block, paragraph: index)
            // The title is one line, whatever its punctuation.
            if index == 0, sentences.count > 1 {
                sentences = [Sentence(paragraph: 0, index: 0, text: block.trimmingWhitespace(),
                                      tokens: sentences.flatMap(\.tokens), source: block)]
            }
            blocks.append(sentences)
        }
        let all = blocks.flatMap { $0 }
        topicPlaceForms = Self.placeForms(extractor.topicPlaces, in: all)
        let marks = all.map { clauses.mark($0.tokens) }

        let published = article.published ?? inferPublication(all, marks, dates)

        let discovered = ActorDiscovery(rules: rules, places: extractor.gazetteer).discover(all, registry: extractor.registryMatcher)
        let cast = Cast(registry: extractor.registry, discovered: discovered)
        let matchers = [extractor.registryMatcher,
                        ActorMatcher(actors: discovered, firstIndex: extractor.registry.count, tokenizer: rules.tokenizer)]

        var coreference = Coreference(rules: rules, cast: cast, registryWords: extractor.registryWords[rules.language] ?? [])
        let classifier = TriggerClassifier(rules: rules)
        let roles = RoleReader(rules: rules)
        let numbers = NumberReader(rules: rules)
        let fatalities = FatalityReader(rules: rules, numbers: numbers)
        let placeFinder = PlaceFinder(rules: rules, gazetteer: extractor.gazetteer)
        let quoteReader = QuoteReader()
        let headlines = HeadlineWriter(rules: rules)
        let titleTopics = blocks.first.map { topics(in: $0.flatMap(\.tokens), mentions: []) } ?? []

        var candidates: [Candidate] = []
        // Indexes into `candidates`, so that each sentence's look back costs the same however
        // long the article: the last one that is not a communication, and the military actions by day.
        var lastNonCommunication: Int?
        var militaryByDay: [Int: [Int]] = [:]
        var articleInForce = published
        /// The last date the text gave, recollections included: what "the same day" refers to.
        var recent: Day?
        var datedSoFar = false
        var articlePlace: String? = blocks.first.flatMap { title in
            title.lazy.compactMap { placeFinder.candidates(in: $0, actorTokens: .init(repeating: false, count: $0.tokens.count),
                                                            stateTokens: .init(repeating: false, count: $0.tokens.count)).first(where: \.specific)?.text }.first
        }
        var sentenceIndex = 0
        for sentences in blocks {
            guard let paragraph = sentences.first?.paragraph else { continue }
            var inForce = articleInForce
            var paragraphDated = false
            var paragraphPlace: String?
            let paragraphTopics = topics(in: sentences.flatMap(\.tokens), mentions: [])
            for sentence in sentences {
                let mark = marks[sentenceIndex]
                sentenceIndex += 1
                let tokens = sentence.tokens

                // What someone says is dated by the saying: a date in what was said, or one yet to
                // come, is another event's.
                var classification = classifier.classify(tokens, marks: mark)
                // (Not a report in a relative clause: "a truce that Russia said would take effect on Jan. 12".)
                let communication = classification.map {
                    $0.type.isCommunication && !$0.trigger.subordinate && !isInRelativeClause(tokens, $0.trigger.start, mark)
                } ?? true

                // Dates: the first one of the main clause is the event's.
                var main: ResolvedDate?
                var anchor = recent ?? inForce
                var sawDate = false
                var allBackground = true
                let found = dates.scan(tokens, marks: mark)
                for (n, mention) in found.enumerated() {
                    guard let resolved = dates.resolve(mention, reference: published, inForce: anchor) else { continue }
                    sawDate = true
                    if let conflict = resolved.conflict { warn(paragraph, "\"\(sentence.text.prefix(60))…\": \(conflict)") }
                    if mention.background { continue }
                    allBackground = false
                    // "on Monday and Tuesday", "les 17 et 18 février": the last day of the span.
                    if n + 1 < found.count, isCoordinated(mention, found[n + 1], tokens) { continue }
                    if communication && (mention.reported || mention.future) { continue }
                    if main == nil, !mention.subordinate {
                        main = resolved
                        anchor = resolved.day
                    }
                }

                // Actors, then the words standing for them.
                var mentions = ActorMatcher.mentions(in: sentence, matchers: matchers, preferred: [])
                mentions.removeAll { isPlaceUse($0, tokens, cast) }
                mentions += stateSources(sentence, mentions, cast)
                mentions += institutionStates(tokens, sentence, mentions, cast)
                mentions += collectiveTitles(tokens, sentence, mentions, cast)
                mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
                mentions = coreference.resolve(sentence, mentions: mentions)

                var actorTokens = [Bool](repeating: false, count: tokens.count)
                var stateTokens = [Bool](repeating: false, count: tokens.count)
                for m in mentions where !m.viaCoreference {
                    let isState = cast[m.actor].kind == .state
                    if isState { for k in m.start..<m.end { stateTokens[k] = true } }
                    if !isState || isActorUse(m, tokens) {
                        for k in m.start..<m.end { actorTokens[k] = true }
                    }
                }

                let eventDate: Day?
                var strength: Int
                var precision = DatePrecision.day
                if let main {
                    eventDate = main.day
                    precision = main.precision
                    strength = 3
                    // What is yet to happen does not date the sentences after it, nor does a date
                    // in what someone recalled ("He recalled that on Jan. 26 forces had launched").
                    let recalled = main.mention.reported && main.mention.pastPerfect
                    if !main.mention.future && !recalled { inForce = main.day }
                    if !main.mention.future { recent = main.day }
                    paragraphDated = true
                    datedSoFar = true
                } else {
                    eventDate = inForce
                    strength = paragraphDated ? 2 : (datedSoFar ? 1 : 0)
                }

                let placed = placeFinder.place(in: sentence, actorTokens: actorTokens, stateTokens: stateTokens,
                                              type: classification?.type ?? .statement,
                                              trigger: classification.map { $0.trigger.start..<$0.trigger.end })
                let sentencePlace = placed?.text
                if let placed {
                    paragraphPlace = placed.text
                    if placed.specific { articlePlace = placed.text }
                }
                let quotes = quoteReader.quotes(in: sentence.text)
                if classification == nil && quotes.isEmpty { continue }
                // A sentence dated only by background ("since 2019") tells of the past, except a
                // humanitarian toll, which is reported as it stands ("950,000 displaced since 1 December").
                // (Not a background date inside what someone says: "called the attack a breach of the
                // truce in place since Jan. 12", "a dénoncé le nombre le plus élevé depuis 2019".)
                if sawDate && allBackground && classification?.type != .humanitarian
                    && !found.allSatisfy({ $0.ofNoun || backgroundAfterSaying($0, classification) }) { continue }
                // "Mitiga has since been shelled", "a depuis été bombardé": a "since" with no date of
                // its own tells of what happened before the news.
                if main == nil, hasBackgroundAdverb(tokens, mark) { continue }
                // "Entre début février et le 5 mars, une soixantaine de militaires avaient péri", "The
                // offensive launched in December has killed nearly 500 civilians": a toll counted over
                // a period, not a day's event.
                if let c = classification, c.type == .militaryAction, fatalities.read(tokens) != nil,
                   opensWithSpan(tokens, mark) || (opensWithCampaign(tokens) && (main.map { $0.precision != .day }
                       ?? !c.accepted.contains(where: { $0.type == .militaryAction && $0.isVerb && !$0.demoted }))) { continue }
                guard let eventDate else {
                    warn(paragraph, "no date for \"\(sentence.text.prefix(60))…\"")
                    continue
                }
                // "The LNA said it had targeted a Turkish ship": a party to a military action the
                // article's body has already told, announcing it, makes a statement of its own.
                if let c = classification, c.type == .militaryAction,
                   let saying = ownAnnouncement(c, tokens, mentions, mark, roles),
                   (-1...1).contains(where: { offset in (militaryByDay[eventDate.dayNumber + offset] ?? []).contains { candidates[$0].paragraph > 0
                       && !candidates[$0].allActors.isDisjoint(with: saying.speakers) } }) {
                    classification = TriggerClassifier.Classification(type: .statement, trigger: saying.hit, accepted: [saying.hit])
                }
                let r = roles.roles(sentence, mentions: mentions, marks: mark, classification: classification)
                var type = classification?.type ?? .statement
                // "ont fait état d'au moins sept morts", "reported 12 deaths": a death toll given
                // as what is reported (not in a clause of its own) is the killing, reported.
                if type == .statement, let trigger = classification?.trigger, fatalities.read(tokens) != nil,
                   !tokens[trigger.end...].contains(where: { rules.complementizers.contains($0.folded) }) {
                    type = .militaryAction
                }
                if type.isCommunication && r.participants.isEmpty { continue }
                // "…, the official news agency SANA reported": a news medium reporting what the
                // article has just told is that event's source, not an event of its own.
                if type == .statement, r.participants.allSatisfy({ extractor.isMedium($0.actor, cast) }),
                   let last = lastNonCommunication,
                   candidates[last].paragraph > 0, paragraph - candidates[last].paragraph <= 1,
                   abs(candidates[last].date.distance(to: eventDate)) <= 1 {
                    for m in r.participants where !candidates[last].allActors.contains(m.actor) { candidates[last].reporters.append(m) }
                    continue
                }
                if r.participants.isEmpty && r.reporters.isEmpty { continue }
                if let main, main.mention.reportAdjacent, !type.isCommunication { strength = 1 }

                var eventTopics = topics(in: tokens, mentions: r.participants + r.reporters, cast: cast)
                if eventTopics.isEmpty { eventTopics = paragraphTopics }
                if eventTopics.isEmpty { eventTopics = titleTopics }
                // An event tagged only with a cross-cutting topic (the EU's response) in an article
                // about Libya is also about Libya.
                if eventTopics.allSatisfy(extractor.crossCuttingTopics.contains) {
                    for t in titleTopics where !eventTopics.contains(t) { eventTopics.append(t) }
                }
                for t in article.topics where !eventTopics.contains(t) { eventTopics.append(t) }

                let speaker = r.speakers.first.map { cast[$0.actor].slug }
                let headline = headlines.headline(HeadlineWriter.Reading(
                    sentence: sentence, marks: mark, dates: found,
                    trigger: classification.map { $0.trigger.start..<$0.trigger.end },
                    speaker: (r.speakers.first ?? r.participants.first).map { ($0.viaCoreference ? cast[$0.actor].name : $0.text, $0.start) }))
                if !type.isCommunication { lastNonCommunication = candidates.count }
                if type == .militaryAction { militaryByDay[eventDate.dayNumber, default: []].append(candidates.count) }
                candidates.append(Candidate(
                    paragraph: paragraph, lastParagraph: paragraph, sentence: sentence.text, headline: headline, type: type,
                    participants: r.participants, reporters: r.reporters.filter { rep in !r.participants.contains { $0.actor == rep.actor } },
                    date: eventDate, precision: precision, strength: strength,
                    location: sentencePlace ?? paragraphPlace ?? fallbackPlace(type, eventTopics, carried: articlePlace), topics: eventTopics,
                    fatalities: type == .militaryAction ? fatalities.read(tokens) : nil,
                    quotes: quotes.map { Quote(text: $0, speaker: speaker) },
                    outcomeOfTalks: type == .agreement && classification?.accepted.contains { $0.type == .consultation } == true))
            }
            articleInForce = inForce
        }

        let merged = EventMerger().merge(candidates)
        let builder = EventBuilder(rules: rules, cast: cast, topics: extractor.topics, article: article)
        return Extraction(language: rules.language, published: published, events: merged.map(builder.event),
                          discoveredActors: discovered, warnings: warnings)
    }

    private mutating func warn(_ paragraph: Int, _ message: String) {
        warnings.append(ExtractionWarning(article: article.fileName, paragraph: paragraph, message: message))
    }

    /// The saying verb of the main clause before a military trigger and the actors who are its
    /// subject ("The LNA said it had targeted"), when they are named in the sentence and are
    /// not a cited source ("selon l'OSDH").
    private func ownAnnouncement(_ c: TriggerClassifier.Classification, _ tokens: [Token], _ mentions: [Mention],
                                 _ marks: ClauseMarker.Marks, _ roles: RoleReader) -> (hit: TriggerClassifier.Hit, speakers: Set<Int>)? {
        guard c.trigger.isVerb else { return nil }
        let sayings = c.accepted.filter { $0.type == .statement && $0.isVerb && !$0.subordinate && $0.end <= c.trigger.start }
            + marks.reporting.filter { !marks.subordinate[$0.lowerBound] && !tokens[$0.lowerBound].inQuote && $0.upperBound <= c.trigger.start }
                .map { TriggerClassifier.Hit(type: .statement, start: $0.lowerBound, end: $0.upperBound, isVerb: true, isReporting: true, subordinate: false) }
        // (Not an incise: "Les forces … contrôlent …, a indiqué l'OSDH" is the OSDH's report.)
        guard let hit = sayings.min(by: { $0.start < $1.start }), hit.start > 0,
              tokens[hit.start - 1].text != ",", !SentenceSplitter.closingQuotes.contains(tokens[hit.start - 1].text) else { return nil }
        let visible = mentions.filter { !tokens[$0.start].inQuote && !$0.viaCoreference }
        let speakers = roles.subjects(tokens, visible, before: hit.start, marks)
        guard !speakers.isEmpty, !speakers.contains(where: { roles.isReporterCued(tokens, $0) }) else { return nil }
        return (hit, Set(speakers.map(\.actor)))
    }

    /// A sentence opening with a span of two ends ("Entre début février et le 5 mars,", "Between
    /// early February and March 5,").
    private func opensWithSpan(_ tokens: [Token], _ marks: ClauseMarker.Marks) -> Bool {
        guard let first = tokens.first, first.isCapitalized, marks.background.first == true,
              let comma = tokens.firstIndex(where: { $0.text == "," }), comma < 12,
              (0..<comma).allSatisfy({ marks.background[$0] }) else { return false }
        return tokens[1..<comma].contains { rules.conjunctions.contains($0.folded) }
    }

    /// "L'offensive lancée en décembre … a fait près de 500 morts": a campaign as the subject,
    /// deciding the type as a noun.
    /// (With no day of its own: the campaign's start, or no verb of a day's fighting.)
    private func opensWithCampaign(_ tokens: [Token]) -> Bool {
        return tokens.prefix(3).contains { rules.campaignNouns.contains($0.folded) }
    }

    /// A background date after the main clause's saying verb: it dates something said, not the saying.
    private func backgroundAfterSaying(_ mention: DateMention, _ classification: TriggerClassifier.Classification?) -> Bool {
        guard let c = classification, c.type.isCommunication, !c.trigger.subordinate, c.trigger.isVerb else { return false }
        return mention.background && mention.start > c.trigger.end
    }

    /// "has since been", "a depuis été", "depuis lors" in the main clause, outside quotes.
    private func hasBackgroundAdverb(_ tokens: [Token], _ marks: ClauseMarker.Marks) -> Bool {
        tokens.indices.contains { k in
            !tokens[k].inQuote && !marks.subordinate[k] && rules.backgroundAdverbs.contains(tokens, at: k) && {
                // "a depuis le 12 janvier": a date follows, which the date reader handles.
                guard let m = rules.backgroundAdverbs.match(tokens, at: k), m.end < tokens.count else { return true }
                let next = tokens[m.end]
                return !(next.kind == .number || rules.determiners.contains(next.folded) || rules.isCalendarWord(next.folded))
            }()
        }
    }

    /// "a truce that Russia and Turkey said would take effect": a complementizer before the
    /// verb in its clause, with no reporting verb before it, makes the verb's clause relative.
    private func isInRelativeClause(_ tokens: [Token], _ index: Int, _ marks: ClauseMarker.Marks) -> Bool {
        var k = index - 1
        while k > 0, !ClauseMarker.clauseEnds.contains(tokens[k].text) {
            if rules.complementizers.contains(tokens[k].folded), tokens[k - 1].isWord,
               !marks.reporting.contains(where: { $0.upperBound <= k }) {
                return true
            }
            k -= 1
        }
        return false
    }

    /// The registry's state named `name` ("Russie", "Turkey"), if any.
    private func state(named name: String, _ cast: Cast) -> Int? {
        let tokens = rules.tokenizer.tokenize(name)
        guard let m = extractor.registryMatcher.match(tokens, at: 0), m.end == tokens.count else { return nil }
        return m.actors.first { cast[$0].kind == .state }
    }

    /// "une source militaire russe", "a Russian military source", "Turkish officials": an unnamed
    /// source or official of a state, with its nationality adjective, speaks for the state.
    private func stateSources(_ sentence: Sentence, _ mentions: [Mention], _ cast: Cast) -> [Mention] {
        let tokens = sentence.tokens
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in mentions { for k in m.start..<m.end { covered[k] = true } }
        var out: [Mention] = []
        for i in tokens.indices where rules.anonymousSources.contains(tokens[i].folded) && !tokens[i].inQuote && !covered[i] {
            // Nationality adjectives within a few words, over lowercase modifiers and coordinations
            // ("Turkish and Russian officials", "source diplomatique turque").
            var states: [(Int, Int)] = []
            for direction in [-1, 1] {
                var k = i + direction
                while k >= 0, k < tokens.count, abs(k - i) <= 4, tokens[k].isWord, !covered[k] {
                    if let name = rules.demonyms[tokens[k].folded], let actor = state(named: name, cast) {
                        states.append((actor, k))
                    } else if !(rules.conjunctions.contains(tokens[k].folded) || !tokens[k].isCapitalized) {
                        break
                    }
                    if rules.prepositions.contains(tokens[k].folded) || rules.determiners.contains(tokens[k].folded) { break }
                    k += direction
                }
            }
            for (actor, k) in states where !out.contains(where: { $0.actor == actor }) {
                let lo = min(i, k), hi = max(i, k) + 1
                out.append(Mention(actor: actor, start: lo, end: hi, text: sentence.slice(lo, hi)))
            }
        }
        return out
    }

    /// "les ambassades de l'Algérie, de la France et des Etats-Unis", "the government of
    /// Tunisia": states governed by "de"/"of" after one of their institutions act themselves.
    /// Those states are already mentioned, governed by the preposition; this adds, for each, a
    /// mention at the institution noun, which no preposition governs, so that it can be a subject.
    private func institutionStates(_ tokens: [Token], _ sentence: Sentence, _ mentions: [Mention], _ cast: Cast) -> [Mention] {
        var out: [Mention] = []
        for m in mentions where cast[m.actor].kind == .state || cast[m.actor].kind == .organisation {
            // Walk back over "de X, de Y et de" to the noun that governs the list.
            var k = m.start - 1
            var steps = 0
            while k >= 0, steps < 40 {
                let f = tokens[k].folded
                if rules.institutionNouns.contains(f) {
                    out.append(Mention(actor: m.actor, start: k, end: k + 1, text: sentence.slice(k, k + 1)))
                    break
                }
                let inList = rules.genitives.contains(f) || rules.determiners.contains(f) || rules.conjunctions.contains(f)
                    || tokens[k].text == "," || mentions.contains { $0.start <= k && k < $0.end }
                    || (tokens[k].isCapitalized && tokens[k].isWord)
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
    private func collectiveTitles(_ tokens: [Token], _ sentence: Sentence, _ mentions: [Mention], _ cast: Cast) -> [Mention] {
        var out: [Mention] = []
        for m in mentions where cast[m.actor].kind != .person {
            guard let g = rules.previousContentIndex(tokens, before: m.start), rules.genitives.contains(tokens[g].folded) else { continue }
            var k = g - 1
            while k >= 0, g - k <= 5 {
                let t = tokens[k]
                if rules.collectiveTitles.contains(t.folded), !t.inQuote {
                    if !out.contains(where: { $0.start == k }) { out.append(Mention(actor: m.actor, start: k, end: k + 1, text: sentence.slice(k, k + 1))) }
                    break
                }
                if !t.isWord || mentions.contains(where: { $0.start <= k && k < $0.end }) { break }
                k -= 1
            }
        }
        return out
    }

    /// "on Monday and Tuesday": a date joined to the next one by a conjunction.
    private func isCoordinated(_ a: DateMention, _ b: DateMention, _ tokens: [Token]) -> Bool {
        b.start == a.end + 1 && rules.conjunctions.contains(tokens[a.end].folded)
            || b.start == a.end + 2 && rules.conjunctions.contains(tokens[a.end].folded) && rules.prepositions.contains(tokens[a.end + 1].folded)
    }

    /// A state named as the one acting or possessing ("soutenus par Ankara", "Syria's Idlib
    /// region") rather than as a place: governed by a preposition other than a place
    /// preposition, or followed by a possessive.
    private func isActorUse(_ m: Mention, _ tokens: [Token]) -> Bool {
        if m.end < tokens.count, tokens[m.end].folded == "'s" { return true }
        return rules.isGovernedByPreposition(tokens, at: m.start) && !isPlaceUse(m, tokens)
    }

    /// Where a sentence naming no place happened: a fight in the conflict's own place (the
    /// topic's), anything else where the text last was, else the topic's place.
    /// Each topic's place as the article writes it: the first of the topic's place keywords the
    /// text uses ("Brussels" in English, where the topic lists "Bruxelles" first), else its first.
    static func placeForms(_ places: [String: [(keyword: String, words: [String])]], in sentences: [Sentence]) -> [String: String] {
        let texts = sentences.map { $0.tokens.map(\.folded) }
        // Only keywords whose first word the article uses at all need the full comparison.
        let words = Set(texts.joined())
        var out: [String: String] = [:]
        for (slug, keywords) in places {
            out[slug] = keywords.first { place in
                let key = place.words
                guard let head = key.first, words.contains(head) else { return false }
                return texts.contains { text in
                    text.count >= key.count && (0...(text.count - key.count)).contains { start in
                        key.indices.allSatisfy { text[start + $0] == key[$0] }
                    }
                }
            }?.keyword ?? keywords.first?.keyword
        }
        return out
    }

    private func fallbackPlace(_ type: EventType, _ topics: [String], carried: String?) -> String? {
        let topicPlace = topics.lazy.compactMap { topicPlaceForms[$0] }.first
        let specific = topicPlace.map { name in
            let tokens = rules.tokenizer.tokenize(name)
            return extractor.gazetteer.match(tokens, at: 0)?.payload.specific ?? false
        } ?? false
        if type == .militaryAction || type == .humanitarian, specific { return topicPlace }
        return carried ?? topicPlace
    }

    private func isPlaceUse(_ m: Mention, _ tokens: [Token]) -> Bool {
        guard m.start > 0 else { return false }
        for k in max(0, m.start - 3)..<m.start {
            if let p = rules.placePrepositions.match(tokens, at: k), p.end == m.start { return true }
        }
        return false
    }

    /// A state's capital or name after "à"/"in" is where something happened, not who did it.
    private func isPlaceUse(_ m: Mention, _ tokens: [Token], _ cast: Cast) -> Bool {
        guard cast[m.actor].kind == .state, m.start > 0 else { return false }
        for k in max(0, m.start - 3)..<m.start {
            if let p = rules.placePrepositions.match(tokens, at: k), p.end == m.start { return true }
        }
        return false
    }

    private func topics(in tokens: [Token], mentions: [Mention], cast: Cast? = nil) -> [String] {
        var out = extractor.topicTagger.topics(in: tokens)
        if let cast {
            for m in mentions {
                for t in extractor.topicTagger.topics(of: cast[m.actor], tokenizer: rules.tokenizer) where !out.contains(t) { out.append(t) }
            }
        }
        return out
    }

    /// The publication date of an undated article, from weekday-consistent dates in its text.
    private mutating func inferPublication(_ sentences: [Sentence], _ marks: [ClauseMarker.Marks], _ dates: DateResolver) -> Day? {
        var mentions: [DateMention] = []
        var hints: [Int] = []
        for (sentence, mark) in zip(sentences, marks) {
            mentions += dates.scan(sentence.tokens, marks: mark)
            for t in sentence.tokens where t.kind == .number && t.text.count == 4 {
                if let y = Int(t.text), (1900...2100).contains(y) { hints.append(y) }
            }
        }
        guard let inferred = dates.inferPublication(from: mentions, yearHints: hints, contextYears: extractor.contextYears) else {
            warn(0, "no publication date, and none could be inferred from the text")
            return nil
        }
        warn(0, inferred.ambiguous
             ? "publication date inferred as \(inferred.day.iso), but other years fit the weekdays too"
             : "publication date inferred as \(inferred.day.iso) from the weekdays in the text")
        return inferred.day
    }
}
