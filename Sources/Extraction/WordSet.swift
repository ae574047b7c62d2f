/// Folded words of a lexicon table, each with a value ("janvier" → 1, "turc" → "Turkey"),
/// looked up by a token's precomputed key: most tokens are in none of the tables a rule
/// consults, and telling so takes a probe of `KeyIndex` rather than hashing the word.
struct WordMap<Value: Sendable>: Sendable {
    private var index = KeyIndex()
    /// The words and their values, by their slot in `index`.
    private var words: [String] = []
    private var values: [Value] = []
    /// The class of a vocabulary that holds every word of the table (see `Vocabulary`).
    var wordClass: WordClass?

    init() {}

    /// The table of `pairs`; of two values given one word, the first stays.
    init<Pairs: Sequence>(_ pairs: Pairs) where Pairs.Element == (String, Value) {
        for (word, value) in pairs { insert(word, value) }
    }

    /// Files `value` under a folded word, unless the word has one already.
    mutating func insert(_ folded: String, _ value: Value) {
        // (A word added after the vocabulary was made is not in its class.)
        wordClass = nil
        let key = Token.key(folded)
        guard index.slot(of: key) == nil else { return }
        index.insert(key, slot: words.count)
        words.append(folded)
        values.append(value)
    }

    var isEmpty: Bool { words.isEmpty }
    var keys: [String] { words }

    /// The value of the token's folded form (the word is compared only when the key is known).
    /// (The class's answer is given where the caller inlines it; the table is read in a call.)
    @inline(__always) subscript(_ token: Token) -> Value? {
        if wordClass?.holds(token) == false { return nil }
        return lookUp(token)
    }

    private func lookUp(_ token: Token) -> Value? {
        guard let slot = index.slot(of: token.key), words[slot] == token.folded else { return nil }
        return values[slot]
    }

    /// The value of a folded word, for words that are not tokens.
    subscript(folded folded: String) -> Value? {
        guard let slot = index.slot(of: Token.key(folded)), words[slot] == folded else { return nil }
        return values[slot]
    }
}

/// Folded words of a lexicon list (determiners, prepositions…), looked up as `WordMap`'s are.
struct WordSet: Sendable {
    private var map = WordMap<Bool>()

    init() {}

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        for word in words { insert(word) }
    }

    /// The class of a vocabulary that holds every word of the set.
    var wordClass: WordClass? {
        get { map.wordClass }
        set { map.wordClass = newValue }
    }

    var words: [String] { map.keys }

    mutating func insert(_ folded: String) { map.insert(folded, true) }

    mutating func formUnion(_ other: WordSet) {
        for word in other.map.keys { insert(word) }
    }

    var isEmpty: Bool { map.isEmpty }

    /// Whether the token's folded form is one of the words (by its class where it has one,
    /// answered where the caller inlines it).
    @inline(__always) func contains(_ token: Token) -> Bool {
        if let holds = map.wordClass?.holds(token) { return holds }
        return map[token] != nil
    }

    /// Whether a folded word is one of them, for words that are not tokens (a name's parts, a
    /// lexicon phrase's last word).
    func contains(folded: String) -> Bool { map[folded: folded] != nil }
}
