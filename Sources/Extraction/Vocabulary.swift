import Model

/// The words a language's lexicon tables name, each with the set of tables (`WordClass`es)
/// that name it — as a word, or as the first word of a phrase.
///
/// The sentence splitter looks each token up here once (`classify`); every later question
/// "is this token in that list?" is then a bit test, where it would be a probe of the list's
/// own table. A table or a token that has no class, or tokens classified by another
/// vocabulary, are simply looked up as before: classes only ever save work.
struct Vocabulary: Sendable {
    /// Which lexicon the vocabulary was compiled from (a hash of the lexicon and the
    /// elisions, for this process): two vocabularies with one identity classify alike, so a
    /// token carries it to tell which one classified it. 0 for none.
    let identity: UInt64
    private let classes: WordMap<WordClasses>

    init() {
        identity = 0
        classes = WordMap()
    }

    fileprivate init(identity: UInt64, words: [String: WordClasses]) {
        self.identity = identity
        classes = WordMap(words.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// Gives each token its classes, and this vocabulary's identity.
    func classify(_ tokens: inout [Token]) {
        guard identity != 0 else { return }
        for i in tokens.indices {
            tokens[i].classes = classes[tokens[i]] ?? WordClasses()
            tokens[i].vocabulary = identity
        }
    }
}

/// A set of up to 128 word classes, as two words of bits.
struct WordClasses: Sendable, Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0

    static let capacity = 128

    @inline(__always) func contains(_ bit: Int) -> Bool {
        bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0
    }

    mutating func insert(_ bit: Int) {
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }
}

/// One class of a vocabulary: the bit a table's words carry in the tokens it classified.
struct WordClass: Sendable {
    let bit: Int
    let vocabulary: UInt64

    /// Whether the table holds the token's word, as the token's classes say; nil when another
    /// vocabulary, or none, classified the token, and the table must be asked.
    @inline(__always) func holds(_ token: Token) -> Bool? {
        token.vocabulary == vocabulary ? token.classes.contains(bit) : nil
    }
}

/// Collects the classes while a lexicon is compiled, then makes the vocabulary.
struct VocabularyBuilder {
    let identity: UInt64
    private var words: [String: WordClasses] = [:]
    private var count = 0

    /// The identity of the vocabulary compiled from `lexicon` with `elisions`.
    init(_ lexicon: Lexicon, elisions: Set<String>) {
        var hasher = Hasher()
        hasher.combine(lexicon)
        hasher.combine(elisions.sorted())
        // (Never 0, which stands for no vocabulary.)
        identity = UInt64(bitPattern: Int64(hasher.finalize())) | 1
    }

    /// A new class for these folded words; nil once the classes are all taken.
    mutating func newClass<Words: Sequence<String>>(_ members: Words) -> WordClass? {
        guard count < WordClasses.capacity else { return nil }
        let bit = count
        count += 1
        for word in members { words[word, default: WordClasses()].insert(bit) }
        return WordClass(bit: bit, vocabulary: identity)
    }

    func build() -> Vocabulary { Vocabulary(identity: identity, words: words) }
}

/// A word list or phrase table that a vocabulary can classify: whether it has its class (a
/// table without one is looked up at every token; a test holds every lexicon table to one).
protocol VocabularyClassed {
    var hasWordClass: Bool { get }
}

extension WordMap: VocabularyClassed {
    var hasWordClass: Bool { wordClass != nil }
}

extension WordSet: VocabularyClassed {
    var hasWordClass: Bool { wordClass != nil }
}

extension PhraseTable: VocabularyClassed {
    var hasWordClass: Bool { firstWordClass != nil }
}
