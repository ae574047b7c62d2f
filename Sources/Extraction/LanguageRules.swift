import Model

/// Turns a lexicon's phrases into what matching compares: folded words, phrase tables.
///
/// Each word list and phrase table it makes gets a class of the language's `Vocabulary`.
final class LexiconCompiler {
    let tokenizer: Tokenizer
    private var vocabulary: VocabularyBuilder

    init(tokenizer: Tokenizer, vocabulary: VocabularyBuilder) {
        self.tokenizer = tokenizer
        self.vocabulary = vocabulary
    }

    func words(_ list: [String]) -> WordSet {
        words(folded: list.flatMap { tokenizer.tokenizePhrase($0).map(\.folded) })
    }

    /// Words already folded (a phrase's last word, a word folded whole).
    func words(folded: [String]) -> WordSet {
        var set = WordSet(folded)
        set.wordClass = vocabulary.newClass(set.words)
        return set
    }

    func phrases<P>(_ list: [String], _ payload: P) -> PhraseTable<P> {
        var table = PhraseTable<P>()
        for phrase in list { table.add(phrase, payload: payload, tokenizer: tokenizer, casing: .any) }
        table.firstWordClass = vocabulary.newClass(table.firstWords)
        return table
    }

    /// Gives a table made elsewhere (the triggers, added type by type) its class of first words.
    func classify<P>(_ table: inout PhraseTable<P>) {
        table.firstWordClass = vocabulary.newClass(table.firstWords)
    }

    /// A class for the words of several tables together: the words a pass looks for at every
    /// token, so that one bit turns away a token none of them starts.
    func union(_ words: [String]) -> WordClass? { vocabulary.newClass(words) }

    /// The vocabulary of every class given so far.
    func makeVocabulary() -> Vocabulary { vocabulary.build() }

    /// Groups of spellings, numbered from `base` ("janvier", "janv." → 1).
    func numbered(_ groups: [[String]], base: Int) -> WordMap<Int> {
        var out: [String: Int] = [:]
        for (i, group) in groups.enumerated() {
            for word in group { out[word.folded()] = i + base }
        }
        var map = WordMap(out.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        map.wordClass = vocabulary.newClass(map.keys)
        return map
    }

    func offsets(_ map: [String: Int]) -> PhraseTable<Int> {
        var table = PhraseTable<Int>()
        for (phrase, days) in map { table.add(phrase, payload: days, tokenizer: tokenizer, casing: .any) }
        table.firstWordClass = vocabulary.newClass(table.firstWords)
        return table
    }

    /// The map with its words folded; of two words folding alike, the one first in sorted order gives the value.
    func foldedKeys<Value>(_ map: [String: Value]) -> WordMap<Value> {
        var folded = WordMap(map.sorted { $0.key < $1.key }.map { ($0.key.folded(), $0.value) })
        folded.wordClass = vocabulary.newClass(folded.keys)
        return folded
    }
}

/// A word of a sub-event's phrase, which matches a token it begins ("bombard" in
/// "bombardements").
struct SubEventWord: Sendable {
    let folded: String
    /// The stem key (`Token.stemKey`) of a word of three characters or more that its bytes
    /// tell (`Token.keys(ofFolded:)`): a token it begins has the same, so a token with another
    /// is told apart without comparing text.
    let stemKey: UInt64?

    init(_ folded: String) {
        self.folded = folded
        var word = folded
        stemKey = word.withUTF8 { $0.count >= 3 ? Token.keys(ofFolded: $0).stemKey : nil }
    }

    func begins(_ token: Token) -> Bool {
        if let stemKey, token.stemKey != stemKey { return false }
        return token.folded.hasPrefix(folded)
    }
}

/// A `Lexicon` made ready for matching: every phrase tokenised and folded once, when the
/// extractor is created.
final class LanguageRules: Sendable {
    typealias Trigger = Tables.Trigger

    /// Every table, made once; the readers share this object rather than copying a hundred
    /// tables (each retained and released on a copy) for every sentence they read.
    let tables: Tables

    init(_ lexicon: Lexicon, elisions: Set<String>) {
        tables = Tables(lexicon, elisions: elisions)
    }

    var language: String { tables.language }
    var tokenizer: Tokenizer { tables.tokenizer }
    var stopWords: WordSet { tables.stopWords }
    var abbreviations: WordSet { tables.abbreviations }
    var vocabulary: Vocabulary { tables.vocabulary }
    var calendarStarts: WordClass? { tables.calendarStarts }
    var anaphorStarts: WordClass? { tables.anaphorStarts }
    var stateSpeakers: WordClass? { tables.stateSpeakers }
    var clauseOpeners: WordClass? { tables.clauseOpeners }
    var months: WordMap<Int> { tables.months }
    var weekdays: WordMap<Int> { tables.weekdays }
    var relativeDays: PhraseTable<Int> { tables.relativeDays }
    var anchoredDays: PhraseTable<Int> { tables.anchoredDays }
    var weekend: PhraseTable<Bool> { tables.weekend }
    var pastModifiers: PhraseTable<Bool> { tables.pastModifiers }
    var futureModifiers: PhraseTable<Bool> { tables.futureModifiers }
    var futureCues: PhraseTable<Bool> { tables.futureCues }
    var backgroundSpanCues: PhraseTable<Bool> { tables.backgroundSpanCues }
    var backgroundAdjacentCues: PhraseTable<Bool> { tables.backgroundAdjacentCues }
    var ordinalSuffixes: Set<String> { tables.ordinalSuffixes }
    var subordinators: PhraseTable<Bool> { tables.subordinators }
    var prepositions: WordSet { tables.prepositions }
    var determiners: WordSet { tables.determiners }
    var conjunctions: WordSet { tables.conjunctions }
    var numbers: WordMap<Int> { tables.numbers }
    var approximateNumbers: WordMap<Int> { tables.approximateNumbers }
    var killedWords: PhraseTable<Bool> { tables.killedWords }
    var woundedWords: PhraseTable<Bool> { tables.woundedWords }
    var subsetCues: PhraseTable<Bool> { tables.subsetCues }
    var lowerBoundCues: PhraseTable<Bool> { tables.lowerBoundCues }
    var indefiniteArticles: WordSet { tables.indefiniteArticles }
    var singularKilledWords: PhraseTable<Bool> { tables.singularKilledWords }
    var negations: WordSet { tables.negations }
    var stativeCues: WordSet { tables.stativeCues }
    var adverbs: PhraseTable<Bool> { tables.adverbs }
    var genitives: WordSet { tables.genitives }
    var eventFramers: PhraseTable<Bool> { tables.eventFramers }
    var triggers: PhraseTable<Trigger> { tables.triggers }
    var infinitiveMarkers: WordSet { tables.infinitiveMarkers }
    var clitics: WordSet { tables.clitics }
    var auxiliaries: WordSet { tables.auxiliaries }
    var writtenAuxiliaries: Set<String> { tables.writtenAuxiliaries }
    var participleEndings: Endings { tables.participleEndings }
    var finiteEndings: Endings { tables.finiteEndings }
    var nominalizers: WordSet { tables.nominalizers }
    var complementizers: WordSet { tables.complementizers }
    var nonTriggers: PhraseTable<Bool> { tables.nonTriggers }
    var reportingVerbs: PhraseTable<Bool> { tables.reportingVerbs }
    var reporterCues: PhraseTable<Bool> { tables.reporterCues }
    var titles: PhraseTable<Bool> { tables.titles }
    var nonNameWords: WordSet { tables.nonNameWords }
    var nameParticles: WordSet { tables.nameParticles }
    var commonNouns: CommonNouns { tables.commonNouns }
    var personCues: WordSet { tables.personCues }
    var armedGroupWords: WordSet { tables.armedGroupWords }
    var organisationWords: WordSet { tables.organisationWords }
    var singularPronouns: WordSet { tables.singularPronouns }
    var pluralPronouns: WordSet { tables.pluralPronouns }
    var impersonalFollowers: WordSet { tables.impersonalFollowers }
    var pairAnaphors: PhraseTable<Bool> { tables.pairAnaphors }
    var groupHeads: WordSet { tables.groupHeads }
    var placePrepositions: PhraseTable<Bool> { tables.placePrepositions }
    var places: [String] { tables.places }
    var futureEndings: Endings { tables.futureEndings }
    var pastPerfectAuxiliaries: PhraseTable<Bool> { tables.pastPerfectAuxiliaries }
    var addresseeVerbs: PhraseTable<Bool> { tables.addresseeVerbs }
    var anonymousSources: WordSet { tables.anonymousSources }
    var demonyms: WordMap<String> { tables.demonyms }
    var institutionNouns: WordSet { tables.institutionNouns }
    var gerundEndings: Endings { tables.gerundEndings }
    var infinitiveEndings: Endings { tables.infinitiveEndings }
    var collectiveTitles: WordSet { tables.collectiveTitles }
    var latterAnaphors: PhraseTable<Bool> { tables.latterAnaphors }
    var backgroundAdverbs: PhraseTable<Bool> { tables.backgroundAdverbs }
    var newsMediaWords: PhraseTable<Bool> { tables.newsMediaWords }
    var personNouns: WordSet { tables.personNouns }
    var relativePronouns: WordSet { tables.relativePronouns }
    var evaluativeWords: PhraseTable<Bool> { tables.evaluativeWords }
    var measureNouns: WordSet { tables.measureNouns }
    var outcomeVerbs: PhraseTable<Bool> { tables.outcomeVerbs }
    var outcomeNouns: PhraseTable<Bool> { tables.outcomeNouns }
    var situationReports: PhraseTable<Bool> { tables.situationReports }
    var objectAppealVerbs: PhraseTable<Bool> { tables.objectAppealVerbs }
    var passiveAuxiliaries: WordSet { tables.passiveAuxiliaries }
    var warningVerbs: PhraseTable<Bool> { tables.warningVerbs }
    var firstPersonWords: WordSet { tables.firstPersonWords }
    var conditionalEndings: Endings { tables.conditionalEndings }
    var conditionalCues: WordSet { tables.conditionalCues }
    var stateForceNouns: WordSet { tables.stateForceNouns }
    var dateOpeners: PhraseTable<Bool> { tables.dateOpeners }
    var countryWords: WordSet { tables.countryWords }
    var subordinatorWords: WordSet { tables.subordinatorWords }
    var campaignNouns: WordSet { tables.campaignNouns }
    var replyWords: PhraseTable<Bool> { tables.replyWords }
    var speakerPlacePrepositions: WordSet { tables.speakerPlacePrepositions }
    var addresseePrepositions: WordSet { tables.addresseePrepositions }
    var spokespersonWords: WordSet { tables.spokespersonWords }
    var durationNouns: WordSet { tables.durationNouns }
    var durationCues: PhraseTable<Bool> { tables.durationCues }
    var openingConnectives: PhraseTable<Bool> { tables.openingConnectives }
    var possessives: WordSet { tables.possessives }
    var gerundMarkers: WordSet { tables.gerundMarkers }
    var subEventWords: [(SubEvent, [[SubEventWord]])] { tables.subEventWords }
    var dayParts: PhraseTable<Bool> { tables.dayParts }
    var speakerSeparator: String { tables.speakerSeparator }

    /// The kind of military action the tokens tell, by the first sub-event whose words they hold.
    func subEvent(_ tokens: [Token]) -> SubEvent? {
        subEventWords.first { _, phrases in
            phrases.contains { phrase in
                tokens.indices.contains { start in
                    start + phrase.count <= tokens.count
                        && phrase.indices.allSatisfy { phrase[$0].begins(tokens[start + $0]) }
                }
            }
        }?.0
    }

    /// The positions of the tokens that are not adverbs, so that "a également convenu" matches
    /// "a convenu". (Nor a weekday inside a verb phrase: "sont entrées jeudi dans".)
    func positionsWithoutAdverbs(_ tokens: [Token]) -> [Int] {
        var kept: [Int] = []
        kept.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            if let m = adverbs.match(tokens, at: i), !tokens[i].looksLikeName {
                i = m.end
                continue
            }
            if weekdays[tokens[i]] != nil, !tokens[i].looksLikeName, i > 0, tokens[i - 1].isWord {
                i += 1
                continue
            }
            kept.append(i)
            i += 1
        }
        return kept
    }

    /// Every match of `table` in `tokens` over the positions `kept` (those without adverbs), as
    /// ranges of `tokens`.
    func matchesSkippingAdverbs<P>(_ table: PhraseTable<P>, in tokens: [Token], kept: [Int]) -> [(range: Range<Int>, payload: P)] {
        table.matches(in: tokens, at: kept).map { m in (kept[m.start]..<(kept[m.end - 1] + 1), m.payload) }
    }

    /// True for a word that is a month or weekday name in this language.
    func isCalendarWord(_ folded: String) -> Bool {
        months[folded: folded] != nil || weekdays[folded: folded] != nil
    }

    /// The determiner-skipping look-back used by several readers: the index of the first
    /// token before `index` that is not a determiner or elided article.
    func previousContentIndex(_ tokens: [Token], before index: Int) -> Int? {
        var k = index - 1
        while k >= 0, determiners.contains(tokens[k]) { k -= 1 }
        return k >= 0 ? k : nil
    }

    /// "le cessez-le-feu conclu jeudi": a past participle (by its written ending) with no
    /// auxiliary shortly before it. Always false for a language without `participleEndings`.
    /// A word with a participle's ending ("tués", "killed"), whatever comes before it.
    func isParticipleForm(_ token: Token) -> Bool {
        guard !participleEndings.isEmpty, token.isWord else { return false }
        let word = token.lowered
        return participleEndings.end(word) && !finiteEndings.end(word)
    }

    func isBareParticiple(_ tokens: [Token], at index: Int) -> Bool {
        guard !participleEndings.isEmpty, tokens[index].isWord else { return false }
        let word = tokens[index].lowered
        guard participleEndings.end(word), !finiteEndings.end(word) else { return false }
        for k in max(0, index - 4)..<index where auxiliaries.contains(tokens[k]) { return false }
        // "a rappelé que …, et dénoncé les attaques": a participle coordinated after a compound
        // verb shares its auxiliary.
        var k = index - 1
        if k >= 0, tokens[k].isMark(",") { k -= 1 }
        if k > 0, conjunctions.contains(tokens[k]) {
            for j in 0..<k where auxiliaries.contains(tokens[j]) && !tokens[j].inQuote {
                let next = tokens[(j + 1)..<min(k, j + 3)]
                if next.contains(where: { participleEndings.end($0.lowered) }) { return false }
            }
        }
        return true
    }

    /// "had launched", "avaient été tués", "s'était réuni": a past-perfect auxiliary followed
    /// (adverbs skipped) by a participle, by its ending where the language marks participles,
    /// else by any word that is not a determiner, a number or an infinitive marker ("had talks"
    /// aside, "had" before a word is an auxiliary in news prose).
    func isPastPerfect(_ tokens: [Token], at index: Int) -> Bool {
        guard let m = pastPerfectAuxiliaries.match(tokens, at: index) else { return false }
        var k = m.end
        while k < tokens.count, let a = adverbs.match(tokens, at: k) { k = a.end }
        guard k < tokens.count, tokens[k].isWord else { return false }
        let next = tokens[k]
        if !participleEndings.isEmpty {
            let word = next.lowered
            return participleEndings.end(word)
        }
        return !determiners.contains(next) && !infinitiveMarkers.contains(next) && next.kind != .number
            && !next.looksLikeName
    }

    /// "Cette conférence réunirait une dizaine de pays", "devrait réunir", "would be convened":
    /// the verb of the words at `trigger` (or next to them, for a noun: "la conférence
    /// réunirait") is in the conditional, and tells what would happen, not what did. (Not the
    /// past conditional of agency copy, "aurait tué", which reports a fact not yet confirmed.)
    func isConditional(_ tokens: [Token], _ trigger: Range<Int>) -> Bool {
        let window = max(0, trigger.lowerBound - 2)..<min(tokens.count, trigger.upperBound + 1)
        return window.contains { k in
            let word = tokens[k].folded
            return conditionalCues.contains(tokens[k]) && k < trigger.upperBound
                || word.characterCount >= Self.shortestConditional && conditionalEndings.end(word)
        }
    }

    /// ("serait", "aurait" are the auxiliaries of the past conditional.)
    static let shortestConditional = 7

    /// "sera organisée", "va débloquer", "will meet", "devrait réunir": what the words at
    /// `trigger` tell is yet to happen, or would (`isConditional`).
    func isUnrealised(_ tokens: [Token], _ trigger: Range<Int>) -> Bool {
        if isConditional(tokens, trigger) { return true }
        let window = max(0, trigger.lowerBound - 2)..<min(tokens.count, trigger.upperBound + 1)
        return window.contains { k in
            guard let cue = futureCues.match(tokens, at: k) else { return false }
            return cue.end <= trigger.lowerBound || k >= trigger.upperBound
        }
    }

    /// True when a preposition ("de", "à", "of", "to") governs the word at `index`.
    func isGovernedByPreposition(_ tokens: [Token], at index: Int) -> Bool {
        guard let k = previousContentIndex(tokens, before: index) else { return false }
        return prepositions.contains(tokens[k])
    }
}

extension LanguageRules {
    /// The tables of a `Lexicon`, compiled for matching.
    struct Tables: Sendable {
        /// A trigger phrase: its event type and whether it is a verb or a noun.
        struct Trigger: Sendable {
            var type: EventType
            var isVerb: Bool
        }

        let language: String
        let tokenizer: Tokenizer
        private(set) var stopWords: WordSet = WordSet()
        private(set) var abbreviations: WordSet = WordSet()
        /// Folded month word → month number (1...12).
        private(set) var months = WordMap<Int>()
        /// Folded weekday word → ISO weekday (1 = Monday).
        private(set) var weekdays = WordMap<Int>()
        private(set) var relativeDays = PhraseTable<Int>()
        private(set) var anchoredDays = PhraseTable<Int>()
        private(set) var weekend = PhraseTable<Bool>()
        private(set) var pastModifiers = PhraseTable<Bool>()
        private(set) var futureModifiers = PhraseTable<Bool>()
        private(set) var futureCues = PhraseTable<Bool>()
        private(set) var backgroundSpanCues = PhraseTable<Bool>()
        private(set) var backgroundAdjacentCues = PhraseTable<Bool>()
        private(set) var ordinalSuffixes: Set<String> = []
        private(set) var subordinators = PhraseTable<Bool>()
        private(set) var prepositions: WordSet = WordSet()
        private(set) var determiners: WordSet = WordSet()
        private(set) var conjunctions: WordSet = WordSet()
        private(set) var numbers = WordMap<Int>()
        private(set) var approximateNumbers = WordMap<Int>()
        private(set) var killedWords = PhraseTable<Bool>()
        private(set) var woundedWords = PhraseTable<Bool>()
        private(set) var subsetCues = PhraseTable<Bool>()
        private(set) var lowerBoundCues = PhraseTable<Bool>()
        private(set) var indefiniteArticles: WordSet = WordSet()
        private(set) var singularKilledWords = PhraseTable<Bool>()
        private(set) var negations: WordSet = WordSet()
        private(set) var stativeCues: WordSet = WordSet()
        private(set) var adverbs = PhraseTable<Bool>()
        private(set) var genitives: WordSet = WordSet()
        private(set) var eventFramers = PhraseTable<Bool>()
        private(set) var triggers = PhraseTable<Trigger>()
        private(set) var infinitiveMarkers: WordSet = WordSet()
        private(set) var clitics: WordSet = WordSet()
        private(set) var auxiliaries: WordSet = WordSet()
        /// The auxiliaries as written, accents kept ("a" but not "à").
        private(set) var writtenAuxiliaries: Set<String> = []
        private(set) var participleEndings = Endings([])
        private(set) var finiteEndings = Endings([])
        private(set) var nominalizers: WordSet = WordSet()
        private(set) var complementizers: WordSet = WordSet()
        private(set) var nonTriggers = PhraseTable<Bool>()
        private(set) var reportingVerbs = PhraseTable<Bool>()
        private(set) var reporterCues = PhraseTable<Bool>()
        private(set) var titles = PhraseTable<Bool>()
        private(set) var nonNameWords: WordSet = WordSet()
        private(set) var nameParticles: WordSet = WordSet()
        /// The nouns a capital does not make names, in a language that capitalises its nouns.
        private(set) var commonNouns = CommonNouns(Lexicon(language: ""), tokenizer: Tokenizer(elisions: []))
        private(set) var personCues: WordSet = WordSet()
        private(set) var armedGroupWords: WordSet = WordSet()
        private(set) var organisationWords: WordSet = WordSet()
        private(set) var singularPronouns: WordSet = WordSet()
        private(set) var pluralPronouns: WordSet = WordSet()
        private(set) var impersonalFollowers: WordSet = WordSet()
        private(set) var pairAnaphors = PhraseTable<Bool>()
        /// Last words of the pair anaphors ("hommes", "ministres", "leaders"): the heads of "les
        /// cinq responsables", "the three ministers".
        private(set) var groupHeads: WordSet = WordSet()
        private(set) var placePrepositions = PhraseTable<Bool>()
        private(set) var places: [String] = []
        /// Folded endings, longest first.
        private(set) var futureEndings = Endings([])
        private(set) var pastPerfectAuxiliaries = PhraseTable<Bool>()
        private(set) var addresseeVerbs = PhraseTable<Bool>()
        private(set) var anonymousSources: WordSet = WordSet()
        /// Folded nationality adjective → the state's name as written in the lexicon.
        private(set) var demonyms = WordMap<String>()
        private(set) var institutionNouns: WordSet = WordSet()
        private(set) var gerundEndings = Endings([])
        private(set) var infinitiveEndings = Endings([])
        private(set) var collectiveTitles: WordSet = WordSet()
        private(set) var latterAnaphors = PhraseTable<Bool>()
        private(set) var backgroundAdverbs = PhraseTable<Bool>()
        private(set) var newsMediaWords = PhraseTable<Bool>()
        private(set) var personNouns: WordSet = WordSet()
        private(set) var relativePronouns: WordSet = WordSet()
        private(set) var evaluativeWords = PhraseTable<Bool>()
        private(set) var measureNouns: WordSet = WordSet()
        private(set) var outcomeVerbs = PhraseTable<Bool>()
        private(set) var outcomeNouns = PhraseTable<Bool>()
        private(set) var situationReports = PhraseTable<Bool>()
        private(set) var objectAppealVerbs = PhraseTable<Bool>()
        private(set) var passiveAuxiliaries: WordSet = WordSet()
        private(set) var warningVerbs = PhraseTable<Bool>()
        private(set) var firstPersonWords: WordSet = WordSet()
        private(set) var conditionalEndings = Endings([])
        private(set) var conditionalCues: WordSet = WordSet()
        private(set) var stateForceNouns: WordSet = WordSet()
        private(set) var dateOpeners = PhraseTable<Bool>()
        /// The words of the countries' names (`countryCodes`): "Libye", "Sri", "Lanka".
        private(set) var countryWords: WordSet = WordSet()
        /// The subordinators of one word ("depuis", "because"), which no headline ends on.
        private(set) var subordinatorWords: WordSet = WordSet()
        private(set) var campaignNouns: WordSet = WordSet()
        private(set) var replyWords = PhraseTable<Bool>()
        private(set) var speakerPlacePrepositions: WordSet = WordSet()
        private(set) var addresseePrepositions: WordSet = WordSet()
        private(set) var spokespersonWords: WordSet = WordSet()
        private(set) var durationNouns: WordSet = WordSet()
        private(set) var durationCues = PhraseTable<Bool>()
        private(set) var openingConnectives = PhraseTable<Bool>()
        private(set) var possessives: WordSet = WordSet()
        private(set) var gerundMarkers: WordSet = WordSet()
        /// Each sub-event's words, tokenised and folded: a word matches a token it begins (a stem,
        /// "bombard" for "bombardements"); a phrase, the tokens in a row.
        private(set) var subEventWords: [(SubEvent, [[SubEventWord]])] = []
        private(set) var dayParts = PhraseTable<Bool>()
        private(set) var speakerSeparator: String = ""
        /// The words a date phrase opens with: months, weekdays, the first words of relative
        /// and anchored days and of the weekend (numbers aside).
        private(set) var calendarStarts: WordClass?
        /// The words an anaphor opens with: pronouns, determiners, the first words of titles and
        /// of the other anaphors.
        private(set) var anaphorStarts: WordClass?
        /// The words a subordinate clause or a background span opens with: subordinators,
        /// complementizers, the first words of background cues ("depuis").
        private(set) var clauseOpeners: WordClass?
        /// The nouns that speak or act for a state with its nationality ("source", "présidence",
        /// "ministres", "forces"): anonymous sources, institutions, collective titles, forces.
        private(set) var stateSpeakers: WordClass?
        /// Every word of the tables above, with the tables that name it.
        private(set) var vocabulary = Vocabulary()


        init(_ lexicon: Lexicon, elisions: Set<String>) {
            language = lexicon.language
            tokenizer = Tokenizer(elisions: elisions)
            let compiler = LexiconCompiler(tokenizer: tokenizer, vocabulary: VocabularyBuilder(lexicon, elisions: elisions))
            loadDates(lexicon, compiler)
            loadGrammar(lexicon, compiler)
            loadTolls(lexicon, compiler)
            loadTriggers(lexicon, compiler)
            loadActors(lexicon, compiler)
            loadClauses(lexicon, compiler)
            // (None where a table has a one-word prefix, which its first words do not hold.)
            if !relativeDays.hasStems && !anchoredDays.hasStems && !weekend.hasStems {
                calendarStarts = compiler.union(months.keys + weekdays.keys + relativeDays.firstWords + anchoredDays.firstWords
                                                + weekend.firstWords)
            }
            if !subordinators.hasStems && !backgroundSpanCues.hasStems {
                clauseOpeners = compiler.union(subordinators.firstWords + complementizers.words + backgroundSpanCues.firstWords)
            }
            stateSpeakers = compiler.union(anonymousSources.words + institutionNouns.words + collectiveTitles.words
                                           + stateForceNouns.words)
            if !titles.hasStems && !latterAnaphors.hasStems && !pairAnaphors.hasStems {
                anaphorStarts = compiler.union(singularPronouns.words + pluralPronouns.words + determiners.words + titles.firstWords
                                               + latterAnaphors.firstWords + pairAnaphors.firstWords)
            }
            vocabulary = compiler.makeVocabulary()
        }

        /// Calendar words, relative days and the cues that date a sentence.
        private mutating func loadDates(_ lexicon: Lexicon, _ compiler: LexiconCompiler) {
            stopWords = compiler.words(lexicon.stopWords)
            abbreviations = compiler.words(lexicon.abbreviations)
            months = compiler.numbered(lexicon.months, base: 1)
            weekdays = compiler.numbered(lexicon.weekdays, base: 1)
            relativeDays = compiler.offsets(lexicon.relativeDays)
            anchoredDays = compiler.offsets(lexicon.anchoredDays)
            weekend = compiler.phrases(lexicon.weekend, true)
            pastModifiers = compiler.phrases(lexicon.pastModifiers, true)
            futureModifiers = compiler.phrases(lexicon.futureModifiers, true)
            futureCues = compiler.phrases(lexicon.futureCues, true)
            backgroundSpanCues = compiler.phrases(lexicon.backgroundSpanCues, true)
            backgroundAdjacentCues = compiler.phrases(lexicon.backgroundAdjacentCues, true)
            ordinalSuffixes = Set(lexicon.ordinalSuffixes.map { $0.folded() })
        }

        /// Function words: subordinators, prepositions, determiners, conjunctions.
        private mutating func loadGrammar(_ lexicon: Lexicon, _ compiler: LexiconCompiler) {
            subordinators = compiler.phrases(lexicon.subordinators, true)
            prepositions = compiler.words(lexicon.prepositions)
            determiners = compiler.words(lexicon.determiners)
            conjunctions = compiler.words(lexicon.conjunctions)
        }

        /// Numbers and the words of a death toll.
        private mutating func loadTolls(_ lexicon: Lexicon, _ compiler: LexiconCompiler) {
            numbers = compiler.foldedKeys(lexicon.numbers)
            approximateNumbers = compiler.foldedKeys(lexicon.approximateNumbers)
            killedWords = compiler.phrases(lexicon.killedWords, true)
            woundedWords = compiler.phrases(lexicon.woundedWords, true)
            subsetCues = compiler.phrases(lexicon.subsetCues, true)
            lowerBoundCues = compiler.phrases(lexicon.lowerBoundCues, true)
            indefiniteArticles = compiler.words(lexicon.indefiniteArticles)
            singularKilledWords = compiler.phrases(lexicon.singularKilledWords, true)
        }

        /// Negations, adverbs, framers and the trigger phrases of each event type, with the verb forms around them.
        private mutating func loadTriggers(_ lexicon: Lexicon, _ compiler: LexiconCompiler) {
            negations = compiler.words(lexicon.negations)
            stativeCues = compiler.words(lexicon.stativeCues)
            adverbs = compiler.phrases(lexicon.adverbs, true)
            genitives = compiler.words(lexicon.genitives)
            eventFramers = compiler.phrases(lexicon.eventFramers, true)
            var triggerTable = PhraseTable<Trigger>()
            // Declaration order of the JSON is lost in a dictionary: add by precedence so ties are stable.
            for type in EventType.allCases {
                guard let set = lexicon.triggers[type.rawValue] else { continue }
                for phrase in set.verbs {
                    triggerTable.add(phrase, payload: Trigger(type: type, isVerb: true), tokenizer: compiler.tokenizer, casing: .any)
                }
                for phrase in set.nouns {
                    triggerTable.add(phrase, payload: Trigger(type: type, isVerb: false), tokenizer: compiler.tokenizer, casing: .any)
                }
            }
            compiler.classify(&triggerTable)
            triggers = triggerTable
            infinitiveMarkers = compiler.words(lexicon.infinitiveMarkers)
            clitics = compiler.words(lexicon.clitics)
            auxiliaries = compiler.words(lexicon.auxiliaries)
            writtenAuxiliaries = Set(lexicon.auxiliaries.flatMap { compiler.tokenizer.tokenizePhrase($0).map { $0.lowered } })
            // Longest first, compared with the written (accented) word: "ée" before "é".
            participleEndings = Endings(lexicon.participleEndings.map { $0.lowercased() }.sorted { $0.count > $1.count })
            finiteEndings = Endings(lexicon.finiteEndings.map { $0.lowercased() })
            nominalizers = compiler.words(lexicon.nominalizers)
            complementizers = compiler.words(lexicon.complementizers)
            nonTriggers = compiler.phrases(lexicon.nonTriggers, true)
            reportingVerbs = compiler.phrases(lexicon.reportingVerbs, true)
            reporterCues = compiler.phrases(lexicon.reporterCues, true)
        }

        /// Titles, names, pronouns and places: what names an actor or a place.
        private mutating func loadActors(_ lexicon: Lexicon, _ compiler: LexiconCompiler) {
            titles = compiler.phrases(lexicon.titles, true)
            nonNameWords = compiler.words(lexicon.nonNameWords)
            nameParticles = compiler.words(lexicon.nameParticles)
            commonNouns = CommonNouns(lexicon, tokenizer: compiler.tokenizer)
            personCues = compiler.words(lexicon.personCues)
            armedGroupWords = compiler.words(lexicon.armedGroupWords)
            organisationWords = compiler.words(lexicon.organisationWords)
            singularPronouns = compiler.words(lexicon.singularPronouns)
            pluralPronouns = compiler.words(lexicon.pluralPronouns)
            impersonalFollowers = compiler.words(lexicon.impersonalFollowers)
            pairAnaphors = compiler.phrases(lexicon.pairAnaphors, true)
            groupHeads = compiler.words(folded: lexicon.pairAnaphors.compactMap { compiler.tokenizer.tokenizePhrase($0).last?.folded }.filter { $0.count > 3 })
            placePrepositions = compiler.phrases(lexicon.placePrepositions, true)
            places = lexicon.places
        }

        /// Tense, reported speech, sources and the rest of the clause-level cues.
        private mutating func loadClauses(_ lexicon: Lexicon, _ compiler: LexiconCompiler) {
            futureEndings = Endings(lexicon.futureEndings.map { $0.folded() }.sorted { $0.count > $1.count })
            pastPerfectAuxiliaries = compiler.phrases(lexicon.pastPerfectAuxiliaries, true)
            addresseeVerbs = compiler.phrases(lexicon.addresseeVerbs, true)
            anonymousSources = compiler.words(lexicon.anonymousSources)
            demonyms = compiler.foldedKeys(lexicon.demonyms)
            institutionNouns = compiler.words(lexicon.institutionNouns)
            gerundEndings = Endings(lexicon.gerundEndings.map { $0.lowercased() })
            infinitiveEndings = Endings(lexicon.infinitiveEndings.map { $0.lowercased() })
            collectiveTitles = compiler.words(lexicon.collectiveTitles)
            latterAnaphors = compiler.phrases(lexicon.latterAnaphors, true)
            backgroundAdverbs = compiler.phrases(lexicon.backgroundAdverbs, true)
            newsMediaWords = compiler.phrases(lexicon.newsMediaWords, true)
            personNouns = compiler.words(lexicon.personNouns)
            relativePronouns = compiler.words(lexicon.relativePronouns)
            evaluativeWords = compiler.phrases(lexicon.evaluativeWords, true)
            measureNouns = compiler.words(lexicon.measureNouns)
            outcomeVerbs = compiler.phrases(lexicon.outcomeVerbs, true)
            outcomeNouns = compiler.phrases(lexicon.outcomeNouns, true)
            situationReports = compiler.phrases(lexicon.situationReports, true)
            objectAppealVerbs = compiler.phrases(lexicon.objectAppealVerbs, true)
            passiveAuxiliaries = compiler.words(lexicon.passiveAuxiliaries)
            warningVerbs = compiler.phrases(lexicon.warningVerbs, true)
            firstPersonWords = compiler.words(lexicon.firstPersonWords)
            conditionalEndings = Endings(lexicon.conditionalEndings)
            conditionalCues = compiler.words(lexicon.conditionalCues)
            stateForceNouns = compiler.words(lexicon.stateForceNouns)
            dateOpeners = compiler.phrases(lexicon.dateOpeners, true)
            countryWords = compiler.words(Array(lexicon.countryCodes.keys))
            subordinatorWords = compiler.words(folded: lexicon.subordinators.map { tokenizer.tokenizePhrase($0) }.filter { $0.count == 1 }.map { $0[0].folded })
            campaignNouns = compiler.words(folded: lexicon.campaignNouns.map { $0.folded() })
            replyWords = compiler.phrases(lexicon.replyWords, true)
            speakerPlacePrepositions = compiler.words(folded: lexicon.speakerPlacePrepositions.map { $0.folded() })
            addresseePrepositions = compiler.words(lexicon.addresseePrepositions)
            spokespersonWords = compiler.words(lexicon.spokespersonTitles)
            durationNouns = compiler.words(lexicon.durationNouns)
            durationCues = compiler.phrases(lexicon.durationCues, true)
            openingConnectives = compiler.phrases(lexicon.openingConnectives, true)
            dayParts = compiler.phrases(lexicon.dayParts, true)
            possessives = compiler.words(folded: lexicon.possessives.map { $0.folded() })
            gerundMarkers = compiler.words(lexicon.gerundMarkers)
            subEventWords = SubEvent.allCases.map { kind in
                (kind, (lexicon.acledSubEvents[kind.rawValue] ?? []).map { tokenizer.tokenizePhrase($0).map { SubEventWord($0.folded) } }
                    .filter { !$0.isEmpty })
            }
            speakerSeparator = lexicon.speakerSeparator
        }
    }
}
