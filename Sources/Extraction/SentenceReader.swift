import Model

/// Reads an article's sentences in order, keeping what the reading carries along: the date in
/// force, the people just named, the place of the paragraph. Each sentence goes through named
/// passes — its type, its date, its actors, its place, the reasons it tells no event of its
/// own, its roles and topics — and yields a candidate event or the reason it yields none.
struct SentenceReader {
    let extractor: Extractor
    let rules: LanguageRules
    let article: Article
    let published: Day?
    let cast: Cast
    let matchers: [ActorMatcher]
    let classifier: TriggerClassifier
    let dates: DateResolver
    let roles: RoleReader
    let fatalities: FatalityReader
    let placeFinder: PlaceFinder
    let headlines: HeadlineWriter
    let titleTopics: [String]
    /// Each topic's place in the form this article uses.
    let topicPlaceForms: [String: TopicPlace]

    // What the reading carries from one sentence to the next.
    var coreference: Coreference
    var candidates: [EventCandidate] = []
    var warnings: [ExtractionWarning] = []
    /// Indexes into `candidates`, so that each sentence's look back costs the same however long
    /// the article: the last one that is not a communication, and the military actions by day.
    var lastNonCommunication: Int?
    var militaryByDay: [Int: [Int]] = [:]
    var articleInForce: Day?
    /// The last date the text gave, recollections included: what "the same day" refers to.
    var recent: Day?
    var datedSoFar = false
    var articlePlace: String?
    /// Where the article's meetings were held: the last place a reported meeting or agreement named.
    var venue: Venue?
    /// Meetings and declarations told before their venue was named, placed at the first one
    /// named after them ("agreed Sunday…", then "after four hours of talks at the chancellery in Berlin").
    var awaitingVenue: [Int] = []
    var paragraph = Paragraph()
    /// `topics(ofActor:)`'s answers, by the actor's index in the cast.
    var actorTopics: [Int: [String]] = [:]

    /// What holds for the sentences of one paragraph.
    struct Paragraph {
        var inForce: Day?
        var dated = false
        var place: String?
        var placeIsSpecific = false
        var topics: [String] = []
    }

    init(extractor: Extractor, rules: LanguageRules, article: Article, published: Day?, cast: Cast,
         discovered: [Actor], blocks: [SentenceBlock]) {
        self.extractor = extractor
        self.rules = rules
        self.article = article
        self.published = published
        self.cast = cast
        // (No matcher for an article that names no actor outside the registry.)
        let discoveredMatcher = ActorMatcher(actors: discovered, firstIndex: extractor.registry.count, tokenizer: rules.tokenizer)
        matchers = discoveredMatcher.isEmpty ? [extractor.registryMatcher] : [extractor.registryMatcher, discoveredMatcher]
        classifier = TriggerClassifier(rules: rules)
        dates = DateResolver(rules: rules)
        roles = RoleReader(rules: rules)
        fatalities = FatalityReader(rules: rules, numbers: NumberReader(rules: rules))
        placeFinder = PlaceFinder(rules: rules, gazetteer: extractor.placeTable)
        headlines = HeadlineWriter(rules: rules)
        coreference = Coreference(rules: rules, cast: cast, registryWords: extractor.registryWords[rules.language] ?? [])
        topicPlaceForms = ArticleReader.placeForms(extractor.topicPlaces, heads: extractor.topicPlaceHeads, in: blocks.flatMap(\.sentences))
        articleInForce = published
        let title = blocks.first ?? SentenceBlock(sentences: [], tokens: [])
        titleTopics = title.sentences.isEmpty ? [] : extractor.topicTagger.topics(in: title.tokens)
        articlePlace = titlePlace(title.sentences)
    }

    /// A paragraph begins: its topics, from all its tokens (`SentenceBlock.tokens`).
    mutating func beginParagraph(_ tokens: [Token]) {
        paragraph = Paragraph(inForce: articleInForce, topics: extractor.topicTagger.topics(in: tokens))
    }

    mutating func endParagraph() {
        articleInForce = paragraph.inForce
    }

    /// One sentence: a candidate event, a source added to the previous one, or the reason for neither.
    mutating func read(_ sentence: Sentence, marks: ClauseMarker.Marks) -> SentenceOutcome {
        let tokens = sentence.tokens
        let cast = cast
        var classification = classifier.classify(tokens, marks: marks)
        let dated = date(sentence, marks, communication: isCommunication(classification, tokens, marks),
                         triggerClause: subordinateClause(of: classification, marks))
        let actors = actors(in: sentence)
        let (datedOn, dayPrecision, dayFirmness) = advanceDate(dated.main)
        var (precision, firmness) = (dayPrecision, dayFirmness)
        let placed = place(sentence, actors, classification, marks)
        let quotes = QuoteReader().quotes(in: sentence.text)
        if let reason = skipReason(tokens, marks, classification, dated, quotes: quotes) { return .skipped(reason) }
        guard var eventDate = datedOn else {
            warn(sentence.paragraph, "no date for \"\(sentence.text.prefix(60))…\"")
            return .skipped(.noDate)
        }
        if let saying = restatedAnnouncement(classification, tokens, actors.mentions, marks, on: eventDate) {
            classification = TriggerClassifier.Classification(type: .statement, trigger: saying, accepted: [saying])
        }
        var r = roles.roles(sentence, mentions: actors.mentions, marks: marks, classification: classification)
        if classification?.type.isCommunication ?? true { r.participants += spokesmenBodies(r.participants, actors.spokesmen) }
        let type = eventType(classification, tokens)
        if let said = dayOfSaying(type, eventDate) { (eventDate, precision, firmness) = (said, .day, 2) }
        if type.isCommunication && r.participants.isEmpty { return .skipped(.noSpeaker) }
        if let earlier = reportedByMedium(type, r, on: eventDate, paragraph: sentence.paragraph) { return .sourceOf(earlier) }
        if r.participants.isEmpty && r.reporters.isEmpty { return .skipped(.noActor) }
        let strength = dated.main.map { $0.mention.reportAdjacent && !type.isCommunication } == true ? 1 : firmness
        let topics = eventTopics(tokens, r)
        let reading = headlineReading(sentence, marks, dated.found, classification, speaker: r.speakers.first ?? r.participants.first)
        let headline = headlines.headline(reading)
        let index = candidates.count
        if !type.isCommunication { lastNonCommunication = index }
        if type == .militaryAction { militaryByDay[eventDate.dayNumber, default: []].append(index) }
        candidates.append(EventCandidate(
            paragraph: sentence.paragraph, lastParagraph: sentence.paragraph, sentence: sentence.text, headline: headline, type: type,
            participants: r.participants, reporters: r.reporters.filter { rep in !r.participants.contains { $0.actor == rep.actor } },
            targets: r.targets.filter { t in !r.participants.contains { $0.actor == t.actor } },
            date: eventDate, precision: precision, strength: strength,
            location: location(type, placed, topics, participants: Set(r.participants.map(\.actor)), on: eventDate), ownPlace: placed?.text, topics: topics,
            tolls: tolls(tokens, type, r), subEvent: type == .militaryAction ? .read(rules.subEvent(tokens)) : .unread,
            quotes: quotes.map { Quote(text: $0, speaker: r.speakers.first.map { cast[$0.actor].slug }) },
            outcomeOfTalks: type == .agreement && classification?.accepted.contains { $0.type == .consultation } == true,
            status: status(type, dated.main, eventDate, unrealised: classification.map { rules.isUnrealised(tokens, $0.trigger.start..<$0.trigger.end) } ?? false,
                           ongoing: !type.isCommunication && classification.map { isOngoing(tokens, trigger: $0.trigger.start..<$0.trigger.end) } == true),
            members: [index]))
        placeAtVenue(index, placed, tokens, marks)
        addTalksAndAgreement(of: index, classification)
        addReply(of: index, sentence, classification, mentions: actors.mentions, reading: reading)
        return .candidate(index)
    }

    /// What the headline writer needs to know of the sentence: its dates, its trigger, and who
    /// speaks or acts, by name ("une porte-parole de l'Otan", "la présidence égyptienne": the
    /// body's; "il": the person it stands for).
    private func headlineReading(_ sentence: Sentence, _ marks: ClauseMarker.Marks, _ dates: [DateMention],
                                 _ classification: TriggerClassifier.Classification?, speaker: Mention?) -> HeadlineWriter.SentenceReading {
        let tokens = sentence.tokens
        let pronoun = speaker.flatMap { m in
            m.viaCoreference && m.end == m.start + 1 && rules.singularPronouns.contains(tokens[m.start]) ? (m.start, cast[m.actor].name) : nil
        }
        return HeadlineWriter.SentenceReading(
            sentence: sentence, marks: marks, dates: dates,
            trigger: classification.map { $0.trigger.start..<$0.trigger.end },
            speaker: speaker.map { ($0.viaCoreference || $0.text.first?.isUppercase != true ? cast[$0.actor].name : $0.text, $0.start) },
            pronounSubject: pronoun, triggerIsVerb: classification?.trigger.isVerb ?? true)
    }

    /// "signed a truce at the end of their talks", "ont conclu un accord à l'issue de leurs
    /// entretiens": one sentence, two events — the meeting, and the agreement it produced.
    private mutating func addTalksAndAgreement(of index: Int, _ classification: TriggerClassifier.Classification?) {
        let first = candidates[index]
        guard first.paragraph > 0, first.type == .agreement || first.type == .consultation, let accepted = classification?.accepted,
              let agreed = accepted.first(where: { $0.type == .agreement && $0.isVerb && !$0.demoted && !$0.subordinate }),
              accepted.contains(where: { $0.type == .consultation && !$0.isVerb && $0.start > agreed.end }) else { return }
        // The verb of agreement, then the talks it ended: "signed … at the end of their talks".
        let second: EventType = first.type == .agreement ? .consultation : .agreement
        var other = first
        other.type = second
        other.outcomeOfTalks = second == .agreement
        other.tolls = []
        other.members = [candidates.count]
        if awaitingVenue.last == index { awaitingVenue.append(candidates.count) }
        candidates.append(other)
    }

    mutating func warn(_ paragraph: Int, _ message: String) {
        warnings.append(ExtractionWarning(article: article.fileName, paragraph: paragraph, message: message))
    }

    /// The sentence's toll, with its source: the one cited ("selon l'OSDH"), else the speaker.
    private func tolls(_ tokens: [Token], _ type: EventType, _ r: RoleReader.Roles) -> [Toll] {
        guard type == .militaryAction, let count = fatalities.read(tokens) else { return [] }
        let source = (r.reporters.first ?? r.speakers.first).map { cast[$0.actor].slug }
        return [Toll(count: count, source: source)]
    }

    // MARK: Type

    /// What someone says is dated by the saying: a date in what was said, or one yet to come, is
    /// another event's. (Not a report in a relative clause: "a truce that Russia said would take
    /// effect on Jan. 12".)
    private func isCommunication(_ classification: TriggerClassifier.Classification?, _ tokens: [Token], _ marks: ClauseMarker.Marks) -> Bool {
        classification.map {
            $0.type.isCommunication && !$0.trigger.subordinate && !isInRelativeClause(tokens, $0.trigger.start, marks)
        } ?? true
    }

    /// The trigger's type, except "ont fait état d'au moins sept morts", "reported 12 deaths": a
    /// death toll given as what is reported (not in a clause of its own) is the killing, reported.
    private func eventType(_ classification: TriggerClassifier.Classification?, _ tokens: [Token]) -> EventType {
        let type = classification?.type ?? .statement
        if type == .statement, let trigger = classification?.trigger, fatalities.read(tokens) != nil,
           !tokens[trigger.end...].contains(where: { rules.complementizers.contains($0) }) {
            return .militaryAction
        }
        return type
    }

    // MARK: Date

    /// The dates a sentence names, and the one that dates its event: the first of the main clause.
    struct Dates {
        var found: [DateMention]
        var main: ResolvedDate?
        var sawDate = false
        var allBackground = true
    }

    /// The subordinate clause that holds the trigger, when it is in one ("…, qui se sont
    /// entretenus vendredi, …"): that clause's own date dates the event.
    private func subordinateClause(of classification: TriggerClassifier.Classification?, _ marks: ClauseMarker.Marks) -> Range<Int>? {
        guard let trigger = classification?.trigger, trigger.subordinate, marks.subordinate[trigger.start] else { return nil }
        var lo = trigger.start, hi = trigger.start
        while lo > 0, marks.subordinate[lo - 1] { lo -= 1 }
        while hi < marks.subordinate.count, marks.subordinate[hi] { hi += 1 }
        return lo..<hi
    }

    private mutating func date(_ sentence: Sentence, _ marks: ClauseMarker.Marks, communication: Bool, triggerClause: Range<Int>?) -> Dates {
        var out = Dates(found: dates.scan(sentence.tokens, marks: marks))
        var anchor = recent ?? paragraph.inForce
        for (n, mention) in out.found.enumerated() {
            guard let resolved = dates.resolve(mention, reference: published, inForce: anchor) else { continue }
            out.sawDate = true
            if let conflict = resolved.conflict { warn(sentence.paragraph, "\"\(sentence.text.prefix(60))…\": \(conflict)") }
            if mention.background { continue }
            out.allBackground = false
            // "on Monday and Tuesday", "les 17 et 18 février": the last day of the span.
            if n + 1 < out.found.count, isCoordinated(mention, out.found[n + 1], sentence.tokens) { continue }
            if communication && (mention.reported || mention.future) { continue }
            if out.main == nil, !mention.subordinate || triggerClause?.contains(mention.start) == true {
                out.main = resolved
                anchor = resolved.day
            }
        }
        return out
    }

    /// The event's day, its precision, and how firmly the text dates it (3 a date in the
    /// sentence, 2 one earlier in the paragraph, 1 one in an earlier paragraph, 0 the
    /// publication date alone); carries the date to the sentences after it.
    private mutating func advanceDate(_ main: ResolvedDate?) -> (Day?, DatePrecision, Int) {
        guard let main else {
            return (paragraph.inForce, .day, paragraph.dated ? 2 : (datedSoFar ? 1 : 0))
        }
        // What is yet to happen does not date the sentences after it, nor does a date in what
        // someone recalled ("He recalled that on Jan. 26 forces had launched").
        let recalled = main.mention.reported && main.mention.pastPerfect
        let future = main.mention.future || published.map { main.day > $0 } == true
        // (Nor a date long past: "Salamé was appointed in July 2017" does not date what follows.)
        if !future && !recalled && !isLongPast(main) { paragraph.inForce = main.day }
        if !future { recent = main.day }
        paragraph.dated = true
        datedSoFar = true
        return (main.day, main.precision, 3)
    }

    /// "Elle pourrait se tenir dimanche prochain, le 19 janvier, a-t-il dit": what is said of a
    /// later day is said on the day in force, not on that day.
    private func dayOfSaying(_ type: EventType, _ day: Day?) -> Day? {
        guard type.isCommunication, let day, let published, day > published else { return nil }
        return paragraph.inForce ?? published
    }

    // MARK: Topics

    /// The sentence's topics, else the paragraph's, else the title's; an event tagged only with a
    /// cross-cutting topic (the EU's response) in an article about Libya is also about Libya.
    private mutating func eventTopics(_ tokens: [Token], _ r: RoleReader.Roles) -> [String] {
        var out = extractor.topicTagger.topics(in: tokens)
        for m in r.participants + r.reporters {
            for t in topics(ofActor: m.actor) where !out.contains(t) { out.append(t) }
        }
        if out.isEmpty { out = paragraph.topics }
        if out.isEmpty { out = titleTopics }
        if out.allSatisfy(extractor.crossCuttingTopics.contains) {
            for t in titleTopics where !out.contains(t) { out.append(t) }
        }
        for t in article.topics where !out.contains(t) { out.append(t) }
        return out
    }

    /// The topics an actor's name is a keyword of, worked out once an article.
    private mutating func topics(ofActor actor: Int) -> [String] {
        if let known = actorTopics[actor] { return known }
        let topics = extractor.topicTagger.topics(of: cast[actor], tokenizer: rules.tokenizer)
        actorTopics[actor] = topics
        return topics
    }
}
