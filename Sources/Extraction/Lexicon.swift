/// The words of one language that the extractor relies on (months, weekdays, trigger words...).
/// Loaded from one JSON file per language by the `Lexicons` module.
///
/// Every phrase is written as it appears in text ("a indiqué", "according to"); the extractor
/// folds and tokenises it the same way it reads articles, so accents, case and apostrophes do
/// not matter. A trailing `*` makes the last word a prefix ("bombard*" matches "bombardé",
/// "bombardements"). Every field is optional in the JSON: a new language can start small.
public struct Lexicon: Sendable, Hashable, Decodable {
    /// ISO 639-1 code: `fr`, `en`.
    public var language: String
    /// Frequent function words, used to recognise the language of an article.
    public var stopWords: [String]
    /// Words that lose their vowel before an apostrophe ("l'", "d'", "qu'").
    public var elisions: [String]
    /// Words followed by a full stop that does not end the sentence ("M.", "Gen.", "Jan.").
    public var abbreviations: [String]
    /// Twelve lists, January first: every spelling of each month, abbreviations included.
    public var months: [[String]]
    /// Seven lists, Monday first.
    public var weekdays: [[String]]
    /// Days counted from the publication date: "hier" → -1.
    public var relativeDays: [String: Int]
    /// Days counted from the date in force in the text: "la veille" → -1.
    public var anchoredDays: [String: Int]
    /// Phrases naming the last weekend ("ce week-end", "over the weekend"): the publication
    /// day when it falls on a weekend, else the Sunday before it.
    public var weekend: [String]
    /// Words next to a weekday that place it in the past ("dernier", "last").
    public var pastModifiers: [String]
    /// Words next to a weekday that place it in the future ("prochain", "next").
    public var futureModifiers: [String]
    /// Words shortly before a date that make it future ("prévue", "doivent", "will").
    public var futureCues: [String]
    /// Words opening a span whose dates and event words are background, up to the next comma
    /// ("depuis", "since", "amid").
    public var backgroundSpanCues: [String]
    /// Words right before a date that attach it to a noun, making it background ("du", "of").
    public var backgroundAdjacentCues: [String]
    /// Suffixes of ordinal day numbers ("1er", "1st").
    public var ordinalSuffixes: [String]
    /// Words opening a subordinate clause ("qui", "où", "which", "as").
    public var subordinators: [String]
    /// Prepositions: an actor right after one is not the subject of the sentence.
    public var prepositions: [String]
    /// Articles and determiners ("le", "the") skipped when looking around a word.
    public var determiners: [String]
    /// Words joining coordinated names ("et", "and").
    public var conjunctions: [String]
    /// Number words and their values ("trente": 30, "thirty": 30).
    public var numbers: [String: Int]
    /// Approximate quantities, read as their lower bound ("une trentaine": 30, "dozens": 24).
    public var approximateNumbers: [String: Int]
    /// Words saying people were killed ("tués", "morts", "killed").
    public var killedWords: [String]
    /// Words saying people were wounded, which must not be counted as killed.
    public var woundedWords: [String]
    /// Indefinite articles ("a", "an") that count one person before a singular killed-phrase.
    public var indefiniteArticles: [String]
    /// Killed-phrases of one person ("had been killed", "was killed").
    public var singularKilledWords: [String]
    /// Words marking a part of a figure already counted ("dont", "of them").
    public var subsetCues: [String]
    /// Words giving a figure's lower bound between a killed-word and the figure ("killed at
    /// least five", "a tué au moins cinq").
    public var lowerBoundCues: [String]
    /// Words turning an agreement into a refusal ("sans", "not").
    public var negations: [String]
    /// Words making a trigger describe a lasting state rather than an event ("already").
    public var stativeCues: [String]
    /// Trigger words per event type (keys are `EventType` raw values).
    public var triggers: [String: TriggerWords]
    /// Adverbs skipped when matching verbs ("a également convenu", "s'est au contraire réjoui").
    public var adverbs: [String]
    /// Prepositions making a noun a modifier ("les résultats de la conférence"): a noun
    /// trigger after one is not an event unless an event framer comes first ("lors d'un entretien").
    public var genitives: [String]
    /// Words framing an event noun ("lors", "during").
    public var eventFramers: [String]
    /// Words before a verb that make it an infinitive complement ("chargés de discuter",
    /// "to discuss"): a purpose or an object, not the event, when the sentence has another trigger.
    public var infinitiveMarkers: [String]
    /// Small pronouns allowed between an infinitive marker and its verb ("pour en discuter").
    public var clitics: [String]
    /// Auxiliaries: a participle trigger with none of them shortly before it modifies a noun
    /// ("le cessez-le-feu conclu jeudi"), when the language marks participles (`participleEndings`).
    public var auxiliaries: [String]
    /// Endings of past participles as written ("é", "ée", "is"); empty for languages whose
    /// participles look like their past tense (English), which turns the rule off.
    public var participleEndings: [String]
    /// Endings of finite forms that would otherwise pass for a participle ("ait": "jugeait",
    /// "estimait"): a word with one is never a participle.
    public var finiteEndings: [String]
    /// Words turning a verb into a noun phrase ("those uprooted", "ceux déplacés").
    public var nominalizers: [String]
    /// Words opening a reported clause ("que", "that").
    public var complementizers: [String]
    /// Idioms that contain a trigger word but report no such event ("took part", "struck a
    /// conciliatory note", "a pris acte"): matched where the trigger starts, they cancel it.
    public var nonTriggers: [String]
    /// Verbs that report speech ("a indiqué", "said"): statements, or attributions when
    /// what they report is itself an event.
    public var reportingVerbs: [String]
    /// Words introducing the source of a report ("selon", "according to").
    public var reporterCues: [String]
    /// Titles and functions of people ("président", "ministre", "spokesman").
    public var titles: [String]
    /// Capitalised words that are never part of a person's name ("Foreign", "Affairs").
    public var nonNameWords: [String]
    /// Small words inside names ("al", "el", "von", "de").
    public var nameParticles: [String]
    /// True for a language that writes every noun with a capital, as German does: a capital
    /// then marks a name only on a word that is not a known common noun.
    public var capitalizedNouns: Bool
    /// Common nouns of such a language ("Dorf", "Grenze", "Zivilist*"), which a capital does not
    /// make a name; the trigger nouns, months and weekdays count as common nouns too. A trailing
    /// `*` makes the word a stem.
    public var commonNouns: [String]
    /// Words after a name that show it is a person ("qui", "who").
    public var personCues: [String]
    /// Words in an organisation's name that make it an armed group ("armée", "forces").
    public var armedGroupWords: [String]
    /// Words in a name that make it an organisation rather than a person ("office", "mission").
    public var organisationWords: [String]
    /// Subject pronouns standing for one person ("il", "he").
    public var singularPronouns: [String]
    /// Subject pronouns standing for several people ("ils", "they").
    public var pluralPronouns: [String]
    /// Words after "il" that make it impersonal ("il y a", "il faut").
    public var impersonalFollowers: [String]
    /// Phrases standing for the two people just named ("les deux hommes", "the two leaders").
    public var pairAnaphors: [String]
    /// Words before a capitalised name that make it a place ("à", "in", "near").
    public var placePrepositions: [String]
    /// Place names known to the language (capitals, regions), added to the gazetteer.
    public var places: [String]
    /// Endings of future and conditional verb forms ("era", "ront", "rait"): a date in the
    /// clause of such a verb is yet to come. Empty for languages that mark the future with words.
    public var futureEndings: [String]
    /// Auxiliaries of the past perfect ("had", "avait", "avaient"): a date in their clause, in
    /// what someone recalls ("He recalled that on Jan. 26 forces had launched"), dates its own
    /// sentence but not the narrative after it.
    public var pastPerfectAuxiliaries: [String]
    /// Reporting verbs whose bare object is the one spoken to ("told", "briefed"): never the speaker.
    public var addresseeVerbs: [String]
    /// Nouns of unnamed sources and officials ("source", "officials"): with a nationality
    /// adjective ("a Russian military source", "une source militaire russe") they stand for the state.
    public var anonymousSources: [String]
    /// Nationality adjectives and the state they name ("russe": "Russie", "Turkish": "Turkey");
    /// the state is looked up in the registry by that name.
    public var demonyms: [String: String]
    /// Nouns of a state's institutions ("ambassade", "government", "delegation"): "les ambassades
    /// de l'Algérie, de la France" are those states acting.
    public var institutionNouns: [String]
    /// Endings of present participles ("ing", "ant"): "…, saying" after a comma is said by the
    /// main clause's subject, not by whoever follows.
    public var gerundEndings: [String]
    /// Endings of infinitives, where the language marks them ("er", "ir", "re"): a verb opening
    /// the sentence in that form is its subject ("Conclure une trêve serait…"), not an event.
    public var infinitiveEndings: [String]
    /// Titles that stand for the body they belong to ("les ministres … de l'UE", "EU leaders",
    /// "le porte-parole du Quai d'Orsay"): governed by "de"/"of" and an organisation or state,
    /// or with a nationality adjective ("European foreign ministers"), they are that actor acting.
    public var collectiveTitles: [String]
    /// Words that refer to the last person named ("ce dernier", "the latter").
    public var latterAnaphors: [String]
    /// A "since"/"depuis" with no date after it ("has since been shelled", "a depuis été
    /// bombardé", "depuis lors"): what the sentence tells is background, not the day's news.
    public var backgroundAdverbs: [String]
    /// Words of a news medium's name or role ("agence de presse", "news agency"): a medium
    /// reports events, it does not make them.
    public var newsMediaWords: [String]
    /// Nouns of people ("civils", "soldiers"): an approximate number ("une soixantaine de") is a
    /// death toll only for them.
    public var personNouns: [String]
    /// Relative pronouns that open a clause about a noun ("qui", "that", "which"): a toll whose
    /// killing verb they govern ("an air strike that killed 33") may belong to another event.
    public var relativePronouns: [String]
    /// Words that qualify what the speaker talks about as wrong ("inacceptable", "illegal",
    /// "ingérence"): a statement carrying one is a criticism.
    public var evaluativeWords: [String]
    /// Nouns counting a meeting ("hours of talks", "un cycle de discussions"): a meeting noun
    /// after one and a genitive is the event, not a modifier.
    public var measureNouns: [String]
    /// Verbs ending talks with an outcome ("ended … with", "ont abouti à"): with an agreement noun
    /// after them (`outcomeNouns`), the talks produced an agreement.
    public var outcomeVerbs: [String]
    /// Nouns of what talks produced ("draft agreement", "accord").
    public var outcomeNouns: [String]
    /// Phrases of an agency's situation report ("in an update", "ses derniers chiffres"): what
    /// such a report tells of fighting or displacement is a humanitarian update.
    public var situationReports: [String]
    /// Verbs that make an appeal when an object and an infinitive follow ("asked Russia to
    /// persuade", "expects Moscow to use"), not when they are passive ("was expected to").
    public var objectAppealVerbs: [String]
    /// Criticism verbs that only warn of a danger ("warned that", "a mis en garde contre"): alone,
    /// they make a statement; with a threat or an accusation beside them, a criticism.
    public var warningVerbs: [String]
    /// "nous", "we", "our": a quotation in the first person is shown with its speaker.
    public var firstPersonWords: [String]
    /// Endings of the conditional ("rait": "réunirait"), and the words that put the next verb
    /// in it ("devrait", "would"): what would happen is no news.
    public var conditionalEndings: [String]
    public var conditionalCues: [String]
    /// A state's troops and their gear ("soldats", "convoy", "positions"): with a nationality
    /// adjective ("un convoi turc", "Turkish soldiers"), the state they belong to.
    public var stateForceNouns: [String]
    /// Words that open a date and go with it when a headline leaves the date out ("à partir
    /// de", "starting").
    public var dateOpeners: [String]
    /// Nouns of a whole campaign ("offensive", "guerre"), whose toll is a count over a period.
    public var campaignNouns: [String]
    /// Words of a military reply ("retaliated", "en représailles"): beside the attack it answers,
    /// a second event, by the other side ("Turkey retaliated after Syrian shelling killed…").
    public var replyWords: [String]
    /// Prepositions placing a speaker ("from Ankara", "depuis Ankara").
    public var speakerPlacePrepositions: [String]
    /// Prepositions that introduce whom an appeal or a criticism is addressed to, right after
    /// its verb ("appealed to Russia", "called on Turkey", "lancé un appel aux Etats-Unis").
    public var addresseePrepositions: [String]
    /// Titles of those who speak for a body ("porte-parole", "spokesman"): the body named in
    /// the title speaks with them ("le porte-parole du Kremlin, Dmitri Peskov").
    public var spokespersonTitles: [String]
    /// Units of a long duration ("semaines", "mois", "weeks"): "des semaines de combats",
    /// "depuis neuf mois", "for months" tell a lasting state, not the day's news.
    public var durationNouns: [String]
    /// Words that open a duration ("depuis", "pendant", "for").
    public var durationCues: [String]
    /// Words that link a sentence to the one before ("Mais", "Plus tôt", "Meanwhile"): a
    /// headline, which stands alone, does not open on them.
    public var openingConnectives: [String]
    /// Forms of "to be" before a participle that make it passive ("was expected", "est attendu").
    public var passiveAuxiliaries: [String]
    /// Possessive endings that make a name an owner ("Syria's"): a state so named acts.
    public var possessives: [String]
    /// Words that open a gerund after a comma or a conjunction ("et en appelant"): the gerund
    /// is coordinated with what comes before it.
    public var gerundMarkers: [String]
    /// Words of a military action's sentence, per ACLED sub-event ("air-strike", "shelling",
    /// "territory", "civilians"), each matching the words it begins ("bombard" → "bombardé").
    public var acledSubEvents: [String: [String]]
    /// Country names as places are written in this language → ISO 3166 alpha-3, as ACLED
    /// prefixes its event ids ("Syrie" → "SYR").
    public var countryCodes: [String: String]
    /// Parts of a day beside a date ("mardi soir", "late on Tuesday"): left out of a headline with the date.
    public var dayParts: [String]
    /// Between a speaker and their words in a headline ("Erdogan : « … »", "Erdogan: \"…\"").
    public var speakerSeparator: String

    /// Trigger phrases of one event type.
    public struct TriggerWords: Sendable, Hashable, Decodable {
        /// Verbal forms: they name what happened even when reported ("ont tué", "struck").
        public var verbs: [String]
        /// Nouns: ignored when they only describe what someone said ("the fighting").
        public var nouns: [String]

        public init(verbs: [String] = [], nouns: [String] = []) {
            self.verbs = verbs
            self.nouns = nouns
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            verbs = try c.decodeIfPresent([String].self, forKey: .verbs) ?? []
            nouns = try c.decodeIfPresent([String].self, forKey: .nouns) ?? []
        }

        enum CodingKeys: String, CodingKey { case verbs, nouns }
    }

    /// A lexicon with only a language code; fill the fields you need.
    public init(language: String) {
        self.language = language
        stopWords = []; elisions = []; abbreviations = []; months = []; weekdays = []
        relativeDays = [:]; anchoredDays = [:]; weekend = []; pastModifiers = []; futureModifiers = []
        futureCues = []; backgroundSpanCues = []; backgroundAdjacentCues = []; ordinalSuffixes = []
        subordinators = []; prepositions = []; determiners = []; conjunctions = []
        numbers = [:]; approximateNumbers = [:]; killedWords = []; woundedWords = []; subsetCues = []; lowerBoundCues = []
        indefiniteArticles = []; singularKilledWords = []
        negations = []; stativeCues = []; adverbs = []
        infinitiveMarkers = []; clitics = []; auxiliaries = []; participleEndings = []; finiteEndings = []; nominalizers = []; complementizers = []; nonTriggers = []
        genitives = []; eventFramers = []; triggers = [:]; reportingVerbs = []; reporterCues = []
        titles = []; nonNameWords = []; nameParticles = []; capitalizedNouns = false; commonNouns = []; personCues = []; armedGroupWords = []
        organisationWords = []; singularPronouns = []; pluralPronouns = []; impersonalFollowers = []
        pairAnaphors = []; placePrepositions = []; places = []; dayParts = []; possessives = []; gerundMarkers = []; acledSubEvents = [:]; countryCodes = [:]
        futureEndings = []; pastPerfectAuxiliaries = []; addresseeVerbs = []; anonymousSources = []; demonyms = [:]; institutionNouns = [];
        gerundEndings = []; infinitiveEndings = []; collectiveTitles = []; latterAnaphors = []; backgroundAdverbs = []; newsMediaWords = []; personNouns = []; relativePronouns = []
        evaluativeWords = []; measureNouns = []; outcomeVerbs = []; outcomeNouns = []; situationReports = []; objectAppealVerbs = []; passiveAuxiliaries = []; warningVerbs = []; firstPersonWords = []; conditionalEndings = []; conditionalCues = []; stateForceNouns = []; dateOpeners = []; campaignNouns = []; replyWords = []; speakerPlacePrepositions = []; addresseePrepositions = []; spokespersonTitles = []; durationNouns = []; durationCues = []; openingConnectives = []
        speakerSeparator = ": "
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try Self.rejectUnknownKeys(decoder)
        self.init(language: try c.decode(String.self, forKey: .language))
        try decodeDates(c)
        try decodeGrammar(c)
        try decodeTriggers(c)
        try decodeActors(c)
        try decodeClauses(c)
    }

    /// A misspelled key would silently leave its words out: it is an error, naming the key and
    /// the nearest known one.
    private static func rejectUnknownKeys(_ decoder: any Decoder) throws {
        let raw = try decoder.container(keyedBy: AnyKey.self)
        for key in raw.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) where CodingKeys(stringValue: key.stringValue) == nil {
            let known = CodingKeys.allCases.map(\.rawValue)
            let nearest = known.min { editDistance($0, key.stringValue) < editDistance($1, key.stringValue) }
            let hint = nearest.map { editDistance($0, key.stringValue) <= 3 ? " (did you mean \"\($0)\"?)" : "" } ?? ""
            throw DecodingError.dataCorruptedError(forKey: key, in: raw, debugDescription: "unknown key \"\(key.stringValue)\"\(hint)")
        }
    }

    /// Calendar words and the cues that date a sentence.
    private mutating func decodeDates(_ c: KeyedDecodingContainer<CodingKeys>) throws {
        stopWords = try c.list(.stopWords)
        elisions = try c.list(.elisions)
        abbreviations = try c.list(.abbreviations)
        months = try c.decodeIfPresent([[String]].self, forKey: .months) ?? []
        weekdays = try c.decodeIfPresent([[String]].self, forKey: .weekdays) ?? []
        relativeDays = try c.table(.relativeDays)
        anchoredDays = try c.table(.anchoredDays)
        weekend = try c.list(.weekend)
        pastModifiers = try c.list(.pastModifiers)
        futureModifiers = try c.list(.futureModifiers)
        futureCues = try c.list(.futureCues)
        backgroundSpanCues = try c.list(.backgroundSpanCues)
        backgroundAdjacentCues = try c.list(.backgroundAdjacentCues)
        ordinalSuffixes = try c.list(.ordinalSuffixes)
    }

    /// Function words, numbers and the words of a toll.
    private mutating func decodeGrammar(_ c: KeyedDecodingContainer<CodingKeys>) throws {
        subordinators = try c.list(.subordinators)
        prepositions = try c.list(.prepositions)
        determiners = try c.list(.determiners)
        conjunctions = try c.list(.conjunctions)
        numbers = try c.table(.numbers)
        approximateNumbers = try c.table(.approximateNumbers)
        killedWords = try c.list(.killedWords)
        woundedWords = try c.list(.woundedWords)
        subsetCues = try c.list(.subsetCues)
        lowerBoundCues = try c.list(.lowerBoundCues)
        indefiniteArticles = try c.list(.indefiniteArticles)
        singularKilledWords = try c.list(.singularKilledWords)
    }

    /// Trigger phrases and the verb forms around them.
    private mutating func decodeTriggers(_ c: KeyedDecodingContainer<CodingKeys>) throws {
        negations = try c.list(.negations)
        stativeCues = try c.list(.stativeCues)
        adverbs = try c.list(.adverbs)
        genitives = try c.list(.genitives)
        eventFramers = try c.list(.eventFramers)
        triggers = try c.decodeIfPresent([String: TriggerWords].self, forKey: .triggers) ?? [:]
        infinitiveMarkers = try c.list(.infinitiveMarkers)
        clitics = try c.list(.clitics)
        auxiliaries = try c.list(.auxiliaries)
        participleEndings = try c.list(.participleEndings)
        finiteEndings = try c.list(.finiteEndings)
        nominalizers = try c.list(.nominalizers)
        complementizers = try c.list(.complementizers)
        nonTriggers = try c.list(.nonTriggers)
        reportingVerbs = try c.list(.reportingVerbs)
        reporterCues = try c.list(.reporterCues)
    }

    /// What names an actor or a place.
    private mutating func decodeActors(_ c: KeyedDecodingContainer<CodingKeys>) throws {
        titles = try c.list(.titles)
        nonNameWords = try c.list(.nonNameWords)
        nameParticles = try c.list(.nameParticles)
        capitalizedNouns = try c.decodeIfPresent(Bool.self, forKey: .capitalizedNouns) ?? false
        commonNouns = try c.list(.commonNouns)
        personCues = try c.list(.personCues)
        armedGroupWords = try c.list(.armedGroupWords)
        organisationWords = try c.list(.organisationWords)
        singularPronouns = try c.list(.singularPronouns)
        pluralPronouns = try c.list(.pluralPronouns)
        impersonalFollowers = try c.list(.impersonalFollowers)
        pairAnaphors = try c.list(.pairAnaphors)
        placePrepositions = try c.list(.placePrepositions)
        places = try c.list(.places)
    }

    /// Tense, reported speech, sources, headlines.
    private mutating func decodeClauses(_ c: KeyedDecodingContainer<CodingKeys>) throws {
        futureEndings = try c.list(.futureEndings)
        pastPerfectAuxiliaries = try c.list(.pastPerfectAuxiliaries)
        addresseeVerbs = try c.list(.addresseeVerbs)
        anonymousSources = try c.list(.anonymousSources)
        demonyms = try c.texts(.demonyms)
        institutionNouns = try c.list(.institutionNouns)
        gerundEndings = try c.list(.gerundEndings)
        infinitiveEndings = try c.list(.infinitiveEndings)
        collectiveTitles = try c.list(.collectiveTitles)
        latterAnaphors = try c.list(.latterAnaphors)
        backgroundAdverbs = try c.list(.backgroundAdverbs)
        newsMediaWords = try c.list(.newsMediaWords)
        personNouns = try c.list(.personNouns)
        relativePronouns = try c.list(.relativePronouns)
        evaluativeWords = try c.list(.evaluativeWords)
        measureNouns = try c.list(.measureNouns)
        outcomeVerbs = try c.list(.outcomeVerbs)
        outcomeNouns = try c.list(.outcomeNouns)
        situationReports = try c.list(.situationReports)
        objectAppealVerbs = try c.list(.objectAppealVerbs)
        passiveAuxiliaries = try c.list(.passiveAuxiliaries)
        warningVerbs = try c.list(.warningVerbs)
        firstPersonWords = try c.list(.firstPersonWords)
        conditionalEndings = try c.list(.conditionalEndings)
        conditionalCues = try c.list(.conditionalCues)
        stateForceNouns = try c.list(.stateForceNouns)
        dateOpeners = try c.list(.dateOpeners)
        campaignNouns = try c.list(.campaignNouns)
        replyWords = try c.list(.replyWords)
        speakerPlacePrepositions = try c.list(.speakerPlacePrepositions)
        addresseePrepositions = try c.list(.addresseePrepositions)
        spokespersonTitles = try c.list(.spokespersonTitles)
        durationNouns = try c.list(.durationNouns)
        durationCues = try c.list(.durationCues)
        openingConnectives = try c.list(.openingConnectives)
        dayParts = try c.list(.dayParts)
        possessives = try c.list(.possessives)
        gerundMarkers = try c.list(.gerundMarkers)
        acledSubEvents = try c.decodeIfPresent([String: [String]].self, forKey: .acledSubEvents) ?? [:]
        countryCodes = try c.texts(.countryCodes)
        speakerSeparator = try c.decodeIfPresent(String.self, forKey: .speakerSeparator) ?? ": "
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case language, stopWords, elisions, abbreviations, months, weekdays, relativeDays, anchoredDays, weekend
        case pastModifiers, futureModifiers, futureCues, backgroundSpanCues, backgroundAdjacentCues
        case ordinalSuffixes, subordinators, prepositions, determiners, conjunctions, numbers
        case approximateNumbers, killedWords, woundedWords, subsetCues, lowerBoundCues, indefiniteArticles, singularKilledWords, negations, stativeCues, adverbs, genitives, eventFramers, triggers
        case infinitiveMarkers, clitics, auxiliaries, participleEndings, finiteEndings, nominalizers, complementizers, nonTriggers
        case reportingVerbs, reporterCues, titles, nonNameWords, nameParticles, capitalizedNouns, commonNouns, personCues
        case armedGroupWords, organisationWords, singularPronouns, pluralPronouns, impersonalFollowers
        case pairAnaphors, placePrepositions, places, dayParts, speakerSeparator, possessives, gerundMarkers, acledSubEvents, countryCodes
        case futureEndings, pastPerfectAuxiliaries, addresseeVerbs, anonymousSources, demonyms, institutionNouns
        case gerundEndings, infinitiveEndings, collectiveTitles, latterAnaphors, backgroundAdverbs, newsMediaWords, personNouns, relativePronouns
        case evaluativeWords, measureNouns, outcomeVerbs, outcomeNouns, situationReports, objectAppealVerbs, passiveAuxiliaries, warningVerbs, firstPersonWords, conditionalEndings, conditionalCues, stateForceNouns, dateOpeners, campaignNouns, replyWords, speakerPlacePrepositions, addresseePrepositions, spokespersonTitles, durationNouns, durationCues, openingConnectives
    }
}

/// Any key of a JSON object, to list the keys a lexicon file holds.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer where Key == Lexicon.CodingKeys {
    func list(_ key: Key) throws -> [String] { try decodeIfPresent([String].self, forKey: key) ?? [] }
    func table(_ key: Key) throws -> [String: Int] { try decodeIfPresent([String: Int].self, forKey: key) ?? [:] }
    func texts(_ key: Key) throws -> [String: String] { try decodeIfPresent([String: String].self, forKey: key) ?? [:] }
}

/// Levenshtein distance, for suggesting a known key.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
        var previous = row[0]
        row[0] = i
        for j in stride(from: 1, through: b.count, by: 1) {
            let current = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
            previous = current
        }
    }
    return row[b.count]
}
