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
    /// Words opening a span whose dates are background, up to the next comma ("depuis", "since").
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
    /// Plural titles that stand for the body they belong to ("les ministres … de l'UE", "EU
    /// leaders"): governed by "de"/"of" and an organisation or state, they are that actor acting.
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
    /// Nouns of a whole campaign ("offensive", "guerre"), whose toll is a count over a period.
    public var campaignNouns: [String]
    /// Prepositions placing a speaker ("from Ankara", "depuis Ankara").
    public var speakerPlacePrepositions: [String]
    /// Forms of "to be" before a participle that make it passive ("was expected", "est attendu").
    public var passiveAuxiliaries: [String]
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
        titles = []; nonNameWords = []; nameParticles = []; personCues = []; armedGroupWords = []
        organisationWords = []; singularPronouns = []; pluralPronouns = []; impersonalFollowers = []
        pairAnaphors = []; placePrepositions = []; places = []; dayParts = []
        futureEndings = []; pastPerfectAuxiliaries = []; addresseeVerbs = []; anonymousSources = []; demonyms = [:]; institutionNouns = [];
        gerundEndings = []; infinitiveEndings = []; collectiveTitles = []; latterAnaphors = []; backgroundAdverbs = []; newsMediaWords = []; personNouns = []; relativePronouns = []
        evaluativeWords = []; measureNouns = []; outcomeVerbs = []; outcomeNouns = []; situationReports = []; objectAppealVerbs = []; passiveAuxiliaries = []; warningVerbs = []; campaignNouns = []; speakerPlacePrepositions = []
        speakerSeparator = ": "
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(language: try c.decode(String.self, forKey: .language))
        func list(_ key: CodingKeys) throws -> [String] { try c.decodeIfPresent([String].self, forKey: key) ?? [] }
        func table(_ key: CodingKeys) throws -> [String: Int] { try c.decodeIfPresent([String: Int].self, forKey: key) ?? [:] }
        func texts(_ key: CodingKeys) throws -> [String: String] { try c.decodeIfPresent([String: String].self, forKey: key) ?? [:] }
        stopWords = try list(.stopWords)
        elisions = try list(.elisions)
        abbreviations = try list(.abbreviations)
        months = try c.decodeIfPresent([[String]].self, forKey: .months) ?? []
        weekdays = try c.decodeIfPresent([[String]].self, forKey: .weekdays) ?? []
        relativeDays = try table(.relativeDays)
        anchoredDays = try table(.anchoredDays)
        weekend = try list(.weekend)
        pastModifiers = try list(.pastModifiers)
        futureModifiers = try list(.futureModifiers)
        futureCues = try list(.futureCues)
        backgroundSpanCues = try list(.backgroundSpanCues)
        backgroundAdjacentCues = try list(.backgroundAdjacentCues)
        ordinalSuffixes = try list(.ordinalSuffixes)
        subordinators = try list(.subordinators)
        prepositions = try list(.prepositions)
        determiners = try list(.determiners)
        conjunctions = try list(.conjunctions)
        numbers = try table(.numbers)
        approximateNumbers = try table(.approximateNumbers)
        killedWords = try list(.killedWords)
        woundedWords = try list(.woundedWords)
        subsetCues = try list(.subsetCues)
        lowerBoundCues = try list(.lowerBoundCues)
        indefiniteArticles = try list(.indefiniteArticles)
        singularKilledWords = try list(.singularKilledWords)
        negations = try list(.negations)
        stativeCues = try list(.stativeCues)
        adverbs = try list(.adverbs)
        genitives = try list(.genitives)
        eventFramers = try list(.eventFramers)
        triggers = try c.decodeIfPresent([String: TriggerWords].self, forKey: .triggers) ?? [:]
        infinitiveMarkers = try list(.infinitiveMarkers)
        clitics = try list(.clitics)
        auxiliaries = try list(.auxiliaries)
        participleEndings = try list(.participleEndings)
        finiteEndings = try list(.finiteEndings)
        nominalizers = try list(.nominalizers)
        complementizers = try list(.complementizers)
        nonTriggers = try list(.nonTriggers)
        reportingVerbs = try list(.reportingVerbs)
        reporterCues = try list(.reporterCues)
        titles = try list(.titles)
        nonNameWords = try list(.nonNameWords)
        nameParticles = try list(.nameParticles)
        personCues = try list(.personCues)
        armedGroupWords = try list(.armedGroupWords)
        organisationWords = try list(.organisationWords)
        singularPronouns = try list(.singularPronouns)
        pluralPronouns = try list(.pluralPronouns)
        impersonalFollowers = try list(.impersonalFollowers)
        pairAnaphors = try list(.pairAnaphors)
        placePrepositions = try list(.placePrepositions)
        places = try list(.places)
        futureEndings = try list(.futureEndings)
        pastPerfectAuxiliaries = try list(.pastPerfectAuxiliaries)
        addresseeVerbs = try list(.addresseeVerbs)
        anonymousSources = try list(.anonymousSources)
        demonyms = try texts(.demonyms)
        institutionNouns = try list(.institutionNouns)
        gerundEndings = try list(.gerundEndings)
        infinitiveEndings = try list(.infinitiveEndings)
        collectiveTitles = try list(.collectiveTitles)
        latterAnaphors = try list(.latterAnaphors)
        backgroundAdverbs = try list(.backgroundAdverbs)
        newsMediaWords = try list(.newsMediaWords)
        personNouns = try list(.personNouns)
        relativePronouns = try list(.relativePronouns)
        evaluativeWords = try list(.evaluativeWords)
        measureNouns = try list(.measureNouns)
        outcomeVerbs = try list(.outcomeVerbs)
        outcomeNouns = try list(.outcomeNouns)
        situationReports = try list(.situationReports)
        objectAppealVerbs = try list(.objectAppealVerbs)
        passiveAuxiliaries = try list(.passiveAuxiliaries)
        warningVerbs = try list(.warningVerbs)
        campaignNouns = try list(.campaignNouns)
        speakerPlacePrepositions = try list(.speakerPlacePrepositions)
        dayParts = try list(.dayParts)
        speakerSeparator = try c.decodeIfPresent(String.self, forKey: .speakerSeparator) ?? ": "
    }

    enum CodingKeys: String, CodingKey {
        case language, stopWords, elisions, abbreviations, months, weekdays, relativeDays, anchoredDays, weekend
        case pastModifiers, futureModifiers, futureCues, backgroundSpanCues, backgroundAdjacentCues
        case ordinalSuffixes, subordinators, prepositions, determiners, conjunctions, numbers
        case approximateNumbers, killedWords, woundedWords, subsetCues, lowerBoundCues, indefiniteArticles, singularKilledWords, negations, stativeCues, adverbs, genitives, eventFramers, triggers
        case infinitiveMarkers, clitics, auxiliaries, participleEndings, finiteEndings, nominalizers, complementizers, nonTriggers
        case reportingVerbs, reporterCues, titles, nonNameWords, nameParticles, personCues
        case armedGroupWords, organisationWords, singularPronouns, pluralPronouns, impersonalFollowers
        case pairAnaphors, placePrepositions, places, dayParts, speakerSeparator
        case futureEndings, pastPerfectAuxiliaries, addresseeVerbs, anonymousSources, demonyms, institutionNouns
        case gerundEndings, infinitiveEndings, collectiveTitles, latterAnaphors, backgroundAdverbs, newsMediaWords, personNouns, relativePronouns
        case evaluativeWords, measureNouns, outcomeVerbs, outcomeNouns, situationReports, objectAppealVerbs, passiveAuxiliaries, warningVerbs, campaignNouns, speakerPlacePrepositions
    }
}
