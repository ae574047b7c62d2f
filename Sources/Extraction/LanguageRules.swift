import Model

/// A `Lexicon` made ready for matching: every phrase tokenised and folded once, when the
/// extractor is created.
struct LanguageRules: Sendable {
    /// A trigger phrase: its event type and whether it is a verb or a noun.
    struct Trigger: Sendable {
        var type: EventType
        var isVerb: Bool
    }

    let language: String
    let tokenizer: Tokenizer
    let stopWords: Set<String>
    let abbreviations: Set<String>
    /// Folded month word → month number (1...12).
    let months: [String: Int]
    /// Folded weekday word → ISO weekday (1 = Monday).
    let weekdays: [String: Int]
    let relativeDays: PhraseTable<Int>
    let anchoredDays: PhraseTable<Int>
    let weekend: PhraseTable<Bool>
    let pastModifiers: PhraseTable<Bool>
    let futureModifiers: PhraseTable<Bool>
    let futureCues: PhraseTable<Bool>
    let backgroundSpanCues: PhraseTable<Bool>
    let backgroundAdjacentCues: PhraseTable<Bool>
    let ordinalSuffixes: Set<String>
    let subordinators: PhraseTable<Bool>
    let prepositions: Set<String>
    let determiners: Set<String>
    let conjunctions: Set<String>
    let numbers: [String: Int]
    let approximateNumbers: [String: Int]
    let killedWords: PhraseTable<Bool>
    let woundedWords: PhraseTable<Bool>
    let subsetCues: PhraseTable<Bool>
    let lowerBoundCues: PhraseTable<Bool>
    let indefiniteArticles: Set<String>
    let singularKilledWords: PhraseTable<Bool>
    let negations: Set<String>
    let stativeCues: Set<String>
    let adverbs: PhraseTable<Bool>
    let genitives: Set<String>
    let eventFramers: PhraseTable<Bool>
    let triggers: PhraseTable<Trigger>
    let infinitiveMarkers: Set<String>
    let clitics: Set<String>
    let auxiliaries: Set<String>
    /// The auxiliaries as written, accents kept ("a" but not "à").
    let writtenAuxiliaries: Set<String>
    let participleEndings: [String]
    let finiteEndings: [String]
    let nominalizers: Set<String>
    let complementizers: Set<String>
    let nonTriggers: PhraseTable<Bool>
    let reportingVerbs: PhraseTable<Bool>
    let reporterCues: PhraseTable<Bool>
    let titles: PhraseTable<Bool>
    let nonNameWords: Set<String>
    let nameParticles: Set<String>
    let personCues: Set<String>
    let armedGroupWords: Set<String>
    let organisationWords: Set<String>
    let singularPronouns: Set<String>
    let pluralPronouns: Set<String>
    let impersonalFollowers: Set<String>
    let pairAnaphors: PhraseTable<Bool>
    /// Last words of the pair anaphors ("hommes", "ministres", "leaders"): the heads of "les
    /// cinq responsables", "the three ministers".
    let groupHeads: Set<String>
    let placePrepositions: PhraseTable<Bool>
    let places: [String]
    /// Folded endings, longest first.
    let futureEndings: [String]
    let pastPerfectAuxiliaries: PhraseTable<Bool>
    let addresseeVerbs: PhraseTable<Bool>
    let anonymousSources: Set<String>
    /// Folded nationality adjective → the state's name as written in the lexicon.
    let demonyms: [String: String]
    let institutionNouns: Set<String>
    let gerundEndings: [String]
    let infinitiveEndings: [String]
    let collectiveTitles: Set<String>
    let latterAnaphors: PhraseTable<Bool>
    let backgroundAdverbs: PhraseTable<Bool>
    let newsMediaWords: PhraseTable<Bool>
    let personNouns: Set<String>
    let relativePronouns: Set<String>
    let evaluativeWords: PhraseTable<Bool>
    let measureNouns: Set<String>
    let outcomeVerbs: PhraseTable<Bool>
    let outcomeNouns: PhraseTable<Bool>
    let situationReports: PhraseTable<Bool>
    let objectAppealVerbs: PhraseTable<Bool>
    let passiveAuxiliaries: Set<String>
    let warningVerbs: PhraseTable<Bool>
    let campaignNouns: Set<String>
    let speakerPlacePrepositions: Set<String>
    let dayParts: PhraseTable<Bool>
    let speakerSeparator: String

    init(_ lexicon: Lexicon, elisions: Set<String>) {
        let tokenizer = Tokenizer(elisions: elisions)
        func words(_ list: [String]) -> Set<String> {
            Set(list.flatMap { tokenizer.tokenizePhrase($0).map(\.folded) })
        }
        func phrases<P>(_ list: [String], _ payload: P) -> PhraseTable<P> {
            var table = PhraseTable<P>()
            for phrase in list { table.add(phrase, payload: payload, tokenizer: tokenizer, casing: .any) }
            return table
        }
        func numbered(_ groups: [[String]], base: Int) -> [String: Int] {
            var out: [String: Int] = [:]
            for (i, group) in groups.enumerated() {
                for word in group { out[word.folded()] = i + base }
            }
            return out
        }
        func offsets(_ map: [String: Int]) -> PhraseTable<Int> {
            var table = PhraseTable<Int>()
            for (phrase, days) in map { table.add(phrase, payload: days, tokenizer: tokenizer, casing: .any) }
            return table
        }
        func foldedKeys(_ map: [String: Int]) -> [String: Int] {
            Dictionary(map.map { ($0.key.folded(), $0.value) }, uniquingKeysWith: { a, _ in a })
        }

        language = lexicon.language
        self.tokenizer = tokenizer
        stopWords = words(lexicon.stopWords)
        abbreviations = words(lexicon.abbreviations)
        months = numbered(lexicon.months, base: 1)
        weekdays = numbered(lexicon.weekdays, base: 1)
        relativeDays = offsets(lexicon.relativeDays)
        anchoredDays = offsets(lexicon.anchoredDays)
        weekend = phrases(lexicon.weekend, true)
        pastModifiers = phrases(lexicon.pastModifiers, true)
        futureModifiers = phrases(lexicon.futureModifiers, true)
        futureCues = phrases(lexicon.futureCues, true)
        backgroundSpanCues = phrases(lexicon.backgroundSpanCues, true)
        backgroundAdjacentCues = phrases(lexicon.backgroundAdjacentCues, true)
        ordinalSuffixes = Set(lexicon.ordinalSuffixes.map { $0.folded() })
        subordinators = phrases(lexicon.subordinators, true)
        prepositions = words(lexicon.prepositions)
        determiners = words(lexicon.determiners)
        conjunctions = words(lexicon.conjunctions)
        numbers = foldedKeys(lexicon.numbers)
        approximateNumbers = foldedKeys(lexicon.approximateNumbers)
        killedWords = phrases(lexicon.killedWords, true)
        woundedWords = phrases(lexicon.woundedWords, true)
        subsetCues = phrases(lexicon.subsetCues, true)
        lowerBoundCues = phrases(lexicon.lowerBoundCues, true)
        indefiniteArticles = words(lexicon.indefiniteArticles)
        singularKilledWords = phrases(lexicon.singularKilledWords, true)
        negations = words(lexicon.negations)
        stativeCues = words(lexicon.stativeCues)
        adverbs = phrases(lexicon.adverbs, true)
        genitives = words(lexicon.genitives)
        eventFramers = phrases(lexicon.eventFramers, true)
        var triggerTable = PhraseTable<Trigger>()
        // Declaration order of the JSON is lost in a dictionary: add by precedence so ties are stable.
        for type in EventType.allCases {
            guard let set = lexicon.triggers[type.rawValue] else { continue }
            for phrase in set.verbs {
                triggerTable.add(phrase, payload: Trigger(type: type, isVerb: true), tokenizer: tokenizer, casing: .any)
            }
            for phrase in set.nouns {
                triggerTable.add(phrase, payload: Trigger(type: type, isVerb: false), tokenizer: tokenizer, casing: .any)
            }
        }
        triggers = triggerTable
        infinitiveMarkers = words(lexicon.infinitiveMarkers)
        clitics = words(lexicon.clitics)
        auxiliaries = words(lexicon.auxiliaries)
        writtenAuxiliaries = Set(lexicon.auxiliaries.flatMap { tokenizer.tokenizePhrase($0).map { $0.text.lowercased() } })
        // Longest first, compared with the written (accented) word: "ée" before "é".
        participleEndings = lexicon.participleEndings.map { $0.lowercased() }.sorted { $0.count > $1.count }
        finiteEndings = lexicon.finiteEndings.map { $0.lowercased() }
        nominalizers = words(lexicon.nominalizers)
        complementizers = words(lexicon.complementizers)
        nonTriggers = phrases(lexicon.nonTriggers, true)
        reportingVerbs = phrases(lexicon.reportingVerbs, true)
        reporterCues = phrases(lexicon.reporterCues, true)
        titles = phrases(lexicon.titles, true)
        nonNameWords = words(lexicon.nonNameWords)
        nameParticles = words(lexicon.nameParticles)
        personCues = words(lexicon.personCues)
        armedGroupWords = words(lexicon.armedGroupWords)
        organisationWords = words(lexicon.organisationWords)
        singularPronouns = words(lexicon.singularPronouns)
        pluralPronouns = words(lexicon.pluralPronouns)
        impersonalFollowers = words(lexicon.impersonalFollowers)
        pairAnaphors = phrases(lexicon.pairAnaphors, true)
        groupHeads = Set(lexicon.pairAnaphors.compactMap { tokenizer.tokenizePhrase($0).last?.folded }.filter { $0.count > 3 })
        placePrepositions = phrases(lexicon.placePrepositions, true)
        places = lexicon.places
        futureEndings = lexicon.futureEndings.map { $0.folded() }.sorted { $0.count > $1.count }
        pastPerfectAuxiliaries = phrases(lexicon.pastPerfectAuxiliaries, true)
        addresseeVerbs = phrases(lexicon.addresseeVerbs, true)
        anonymousSources = words(lexicon.anonymousSources)
        demonyms = Dictionary(lexicon.demonyms.map { ($0.key.folded(), $0.value) }, uniquingKeysWith: { a, _ in a })
        institutionNouns = words(lexicon.institutionNouns)
        gerundEndings = lexicon.gerundEndings.map { $0.lowercased() }
        infinitiveEndings = lexicon.infinitiveEndings.map { $0.lowercased() }
        collectiveTitles = words(lexicon.collectiveTitles)
        latterAnaphors = phrases(lexicon.latterAnaphors, true)
        backgroundAdverbs = phrases(lexicon.backgroundAdverbs, true)
        newsMediaWords = phrases(lexicon.newsMediaWords, true)
        personNouns = words(lexicon.personNouns)
        relativePronouns = words(lexicon.relativePronouns)
        evaluativeWords = phrases(lexicon.evaluativeWords, true)
        measureNouns = words(lexicon.measureNouns)
        outcomeVerbs = phrases(lexicon.outcomeVerbs, true)
        outcomeNouns = phrases(lexicon.outcomeNouns, true)
        situationReports = phrases(lexicon.situationReports, true)
        objectAppealVerbs = phrases(lexicon.objectAppealVerbs, true)
        passiveAuxiliaries = words(lexicon.passiveAuxiliaries)
        warningVerbs = phrases(lexicon.warningVerbs, true)
        campaignNouns = Set(lexicon.campaignNouns.map { $0.folded() })
        speakerPlacePrepositions = Set(lexicon.speakerPlacePrepositions.map { $0.folded() })
        dayParts = phrases(lexicon.dayParts, true)
        speakerSeparator = lexicon.speakerSeparator
    }

    /// The tokens without adverbs, and for each kept token its index in `tokens`, so that
    /// "a également convenu" matches "a convenu".
    func withoutAdverbs(_ tokens: [Token]) -> (tokens: [Token], indices: [Int]) {
        var kept: [Token] = []
        var indices: [Int] = []
        var i = 0
        while i < tokens.count {
            if let m = adverbs.match(tokens, at: i), !tokens[i].isCapitalized {
                i = m.end
                continue
            }
            // "sont entrées jeudi dans", "a rejeté mardi": a weekday inside a verb phrase.
            if weekdays[tokens[i].folded] != nil, !tokens[i].isCapitalized, i > 0, tokens[i - 1].isWord {
                i += 1
                continue
            }
            kept.append(tokens[i])
            indices.append(i)
            i += 1
        }
        return (kept, indices)
    }

    /// Every match of `table` in `tokens`, adverbs skipped, as ranges of `tokens`.
    func matchesSkippingAdverbs<P>(_ table: PhraseTable<P>, in tokens: [Token]) -> [(range: Range<Int>, payload: P)] {
        let (kept, indices) = withoutAdverbs(tokens)
        return table.matches(in: kept).map { m in (indices[m.start]..<(indices[m.end - 1] + 1), m.payload) }
    }

    /// True for a word that is a month or weekday name in this language.
    func isCalendarWord(_ folded: String) -> Bool {
        months[folded] != nil || weekdays[folded] != nil
    }

    /// The determiner-skipping look-back used by several readers: the index of the first
    /// token before `index` that is not a determiner or elided article.
    func previousContentIndex(_ tokens: [Token], before index: Int) -> Int? {
        var k = index - 1
        while k >= 0, determiners.contains(tokens[k].folded) { k -= 1 }
        return k >= 0 ? k : nil
    }

    /// "le cessez-le-feu conclu jeudi": a past participle (by its written ending) with no
    /// auxiliary shortly before it. Always false for a language without `participleEndings`.
    /// A word with a participle's ending ("tués", "killed"), whatever comes before it.
    func isParticipleForm(_ token: Token) -> Bool {
        guard !participleEndings.isEmpty, token.isWord else { return false }
        let word = token.text.lowercased()
        return participleEndings.contains(where: { word.hasSuffix($0) }) && !finiteEndings.contains(where: { word.hasSuffix($0) })
    }

    func isBareParticiple(_ tokens: [Token], at index: Int) -> Bool {
        guard !participleEndings.isEmpty, tokens[index].isWord else { return false }
        let word = tokens[index].text.lowercased()
        guard participleEndings.contains(where: { word.hasSuffix($0) }), !finiteEndings.contains(where: { word.hasSuffix($0) }) else { return false }
        for k in max(0, index - 4)..<index where auxiliaries.contains(tokens[k].folded) { return false }
        // "a rappelé que …, et dénoncé les attaques": a participle coordinated after a compound
        // verb shares its auxiliary.
        var k = index - 1
        if k >= 0, tokens[k].text == "," { k -= 1 }
        if k > 0, conjunctions.contains(tokens[k].folded) {
            for j in 0..<k where auxiliaries.contains(tokens[j].folded) && !tokens[j].inQuote {
                let next = tokens[(j + 1)..<min(k, j + 3)]
                if next.contains(where: { t in participleEndings.contains { t.text.lowercased().hasSuffix($0) } }) { return false }
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
            let word = next.text.lowercased()
            return participleEndings.contains { word.hasSuffix($0) }
        }
        return !determiners.contains(next.folded) && !infinitiveMarkers.contains(next.folded) && next.kind != .number
            && !next.isCapitalized
    }

    /// True when a preposition ("de", "à", "of", "to") governs the word at `index`.
    func isGovernedByPreposition(_ tokens: [Token], at index: Int) -> Bool {
        guard let k = previousContentIndex(tokens, before: index) else { return false }
        return prepositions.contains(tokens[k].folded)
    }
}
