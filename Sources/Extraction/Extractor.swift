import Model

/// Finds the events an article reports: what happened, when, who took part, where, how many
/// were killed, who said what, and the sentence that says so.
///
/// A pure function of its inputs (the article, the actor registry, the topics, the places
/// and the language data): no file or network access, so articles can be extracted in
/// parallel and results cached by the article's content. Everything that depends only on
/// those inputs (folded alias tables, tokenised lexicon phrases) is prepared once, here.
///
/// A class of `let` fields: every article's readers share its tables rather than copy them.
public final class Extractor: Sendable {
    public let registry: [Actor]
    public let topics: [Topic]
    public let lexicons: [Lexicon]
    /// Place names that can be an event's location besides the gazetteer's names and aliases,
    /// the topics' keywords and the lexicons' places.
    public let placeNames: [String]
    /// Publication years of the project's other articles: hints for the year of an article
    /// with no publication date whose text names no year.
    public let contextYears: [Int]
    /// The project's places (`Content/places.yml`) with their canonical names: "Idleb" in a
    /// text is located at "Idlib".
    public let gazetteer: Gazetteer

    let languages: [LanguageRules]
    /// Per language, the words of each registry actor's names and role (for coreference).
    let registryWords: [String: [Set<String>]]
    let registryMatcher: ActorMatcher
    let topicTagger: TopicTagger
    /// Every place name the extractor knows (`placeNames`, the gazetteer's, the topics' and the
    /// lexicons'), as phrases to find in a sentence.
    let placeTable: PhraseTable<KnownPlace>
    /// Registry actors that are news media (an agency, a broadcaster), by every language's words.
    let registryMedia: Set<Int>
    /// Each topic's places: its keywords that are places, in order ("Libye", "Libya", "Tripoli"…),
    /// each with its folded words.
    let topicPlaces: [String: [TopicPlace]]
    /// The first words of `topicPlaces`' keywords, by key, each given a slot of its own: what an
    /// article's words are looked up in to tell which keywords it may use.
    let topicPlaceHeads: KeyIndex
    /// Topics keyed on a body that other actors belong to (the registry names it as their
    /// `country`: the European Union): a response that cuts across the other topics.
    let crossCuttingTopics: Set<String>
    let tokenizer: Tokenizer

    public init(registry: [Actor], topics: [Topic], lexicons: [Lexicon], placeNames: [String] = [], contextYears: [Int] = [],
                gazetteer: [Place] = []) {
        self.registry = registry
        self.gazetteer = Gazetteer(gazetteer)
        self.contextYears = contextYears
        self.topics = topics
        self.lexicons = lexicons
        self.placeNames = placeNames
        // One tokenisation for every language, so that names read the same in any article.
        let elisions = Set(lexicons.flatMap { $0.elisions.map { $0.folded() } })
        let tokenizer = Tokenizer(elisions: elisions)
        self.tokenizer = tokenizer
        let languages = lexicons.map { LanguageRules($0, elisions: elisions) }
        self.languages = languages
        registryMedia = Set(registry.indices.filter { Self.isMedium(registry[$0], languages, tokenizer) })
        registryWords = Dictionary(languages.map { rules in (rules.language, registry.map { Coreference.aliasWords($0, rules) }) },
                                   uniquingKeysWith: { a, _ in a })
        let matcher = ActorMatcher(actors: registry, firstIndex: 0, tokenizer: tokenizer)
        registryMatcher = matcher
        topicTagger = TopicTagger(topics: topics, tokenizer: tokenizer)
        let placeTable = Self.placeTable(placeNames + gazetteer.flatMap({ [$0.name] + $0.aliases }) + lexicons.flatMap(\.places),
                                       topics: topics, languages: languages, registry: registry, matcher: matcher, tokenizer: tokenizer)
        self.placeTable = placeTable
        topicPlaces = Self.topicPlaces(topics, placeTable: placeTable, tokenizer: tokenizer)
        topicPlaceHeads = ArticleReader.placeHeads(topicPlaces)
        let memberships = Set(registry.compactMap { $0.country?.folded() })
        crossCuttingTopics = Set(topics.filter { topic in
            // The body's own name, not an alias: aliases can name a branch ("MANUL" for the UN).
            topic.keywords.contains { keyword in
                let key = keyword.folded()
                return memberships.contains(key) && registry.contains { $0.kind != .state && $0.name.folded() == key }
            }
        }.map(\.slug))
    }

    /// The names that can be an event's place: `places` (`placeNames`, the gazetteer's and
    /// the lexicons'), specific; then the topic keywords that begin or end with a capital and
    /// name no actor or institution, broad ones ("Libya", "north-west Syria") unless listed.
    static func placeTable(_ places: [String], topics: [Topic], languages: [LanguageRules], registry: [Actor], matcher: ActorMatcher,
                          tokenizer: Tokenizer) -> PhraseTable<KnownPlace> {
        var table = PhraseTable<KnownPlace>()
        for place in places {
            table.add(place, payload: KnownPlace(specific: true), tokenizer: tokenizer, casing: .capitalized)
        }
        let institutional = languages.reduce(into: WordSet()) { $0.formUnion($1.nonNameWords); $0.formUnion($1.organisationWords) }
        let countries = languages.reduce(into: WordSet()) { $0.formUnion($1.countryWords) }
        for topic in topics {
            for keyword in topic.keywords {
                let tokens = tokenizer.tokenize(keyword)
                guard let first = tokens.first, let last = tokens.last, first.isCapitalized || last.isCapitalized,
                      !first.isAllCaps, !tokens.contains(where: { $0.isCapitalized && institutional.contains($0) }) else { continue }
                if let m = matcher.match(tokens, at: 0), m.end == tokens.count, !m.actors.contains(where: { registry[$0].kind == .state }) { continue }
                // A town of the topic is as specific as the gazetteer's; a country or a region of
                // one is not, whether the registry has it as a state or not (Libya, with two rival
                // governments, has none).
                let namesState = tokens.indices.contains { k in matcher.match(tokens, at: k)?.actors.contains { registry[$0].kind == .state } ?? false }
                let namesCountry = tokens.contains { countries.contains($0) }
                table.add(keyword, payload: KnownPlace(specific: !namesState && !namesCountry), tokenizer: tokenizer,
                              casing: first.isCapitalized ? .capitalized : .any)
            }
        }
        return table
    }

    /// Each topic's keywords that the place table holds as places.
    static func topicPlaces(_ topics: [Topic], placeTable: PhraseTable<KnownPlace>, tokenizer: Tokenizer) -> [String: [TopicPlace]] {
        var out: [String: [TopicPlace]] = [:]
        for topic in topics {
            let placeKeywords = topic.keywords.compactMap { keyword -> TopicPlace? in
                let tokens = tokenizer.tokenize(keyword)
                guard !tokens.isEmpty, let m = placeTable.match(tokens, at: 0), m.end == tokens.count else { return nil }
                return TopicPlace(keyword: keyword, words: tokens.map(\.folded), specific: m.payload.specific)
            }
            if !placeKeywords.isEmpty { out[topic.slug] = placeKeywords }
        }
        return out
    }

    /// An actor whose name, aliases or role call it a news medium, in any language.
    static func isMedium(_ actor: Actor, _ languages: [LanguageRules], _ tokenizer: Tokenizer) -> Bool {
        guard actor.kind != .person, actor.kind != .state else { return false }
        for text in [actor.name] + actor.aliases + [actor.role ?? ""] {
            let tokens = tokenizer.tokenize(text)
            for rules in languages where tokens.indices.contains(where: { rules.newsMediaWords.contains(tokens, at: $0) }) { return true }
        }
        return false
    }

    func isMedium(_ index: Int, _ cast: Cast) -> Bool {
        index < registry.count ? registryMedia.contains(index) : Self.isMedium(cast[index], languages, tokenizer)
    }

    /// Lets go of the words read so far (`WordStore`) when there are more than `limit`: for a
    /// process that reads new text without end, such as a fuzzer. Call it only where no
    /// extraction is running, on any thread. A build keeps its words: tens of thousands.
    public static func forgetWords(ifMoreThan limit: Int) {
        WordStore.shared.forgetAll(ifMoreThan: limit)
    }

    /// The events of one article, in the order the article tells them.
    public func extract(_ article: Article) -> ArticleExtraction {
        guard let rules = language(of: article) else {
            return ArticleExtraction(language: article.language ?? "", published: article.published, events: [],
                              discoveredActors: [], warnings: [])
        }
        return ArticleReader(extractor: self, rules: rules, article: article).read()
    }

    /// Each sentence of an article and what the extraction made of it: the event it made or
    /// joined, or the reason it made none.
    public func explain(_ article: Article) -> [SentenceExplanation] {
        guard let rules = language(of: article) else { return [] }
        return ArticleReader(extractor: self, rules: rules, article: article).explain()
    }

    /// Front matter `lang` when a lexicon has it, else the language of the most stop words.
    func language(of article: Article) -> LanguageRules? {
        if let code = article.language?.lowercased(), let rules = languages.first(where: { $0.language == code }) {
            return rules
        }
        let sample = article.blocks.prefix(4).joined(separator: " ")
        return LanguageDetector(languages: languages).detect(tokenizer.tokenize(sample))
    }
}

/// What the extractor found in one article.
public struct ArticleExtraction: Sendable, Hashable, Codable {
    /// The language the article was read in (front matter `lang`, else detected).
    public var language: String
    /// The publication date used to resolve relative days (the article's, or inferred).
    public var published: Day?
    public var events: [Event]
    /// Actors named in the text but absent from the registry (`reviewed == false`).
    public var discoveredActors: [Actor]
    public var warnings: [ExtractionWarning]

    public init(language: String, published: Day?, events: [Event], discoveredActors: [Actor], warnings: [ExtractionWarning]) {
        self.language = language
        self.published = published
        self.events = events
        self.discoveredActors = discoveredActors
        self.warnings = warnings
    }
}

/// Something the extractor could not settle on its own and an editor should look at.
public struct ExtractionWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    public var article: String
    /// 0 = title, then paragraphs from 1.
    public var paragraph: Int
    public var message: String

    public init(article: String, paragraph: Int, message: String) {
        self.article = article
        self.paragraph = paragraph
        self.message = message
    }

    public var description: String { "\(article), paragraph \(paragraph): \(message)" }
}
