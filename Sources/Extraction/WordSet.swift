import Model

/// Folded words of a lexicon list, looked up by a token's precomputed key: most tokens are in
/// none of the lists a rule consults, and telling so hashes eight bytes rather than the word.
struct WordSet: Sendable {
    private var keys: Set<UInt64> = []
    private(set) var words: Set<String> = []

    init() {}

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        for word in words { insert(word) }
    }

    mutating func insert(_ folded: String) {
        words.insert(folded)
        keys.insert(StableHash.fnv1a(folded))
    }

    mutating func formUnion(_ other: WordSet) {
        words.formUnion(other.words)
        keys.formUnion(other.keys)
    }

    var isEmpty: Bool { words.isEmpty }

    /// Whether the token's folded form is one of the words (the word itself is compared only
    /// when its key is known).
    func contains(_ token: Token) -> Bool {
        keys.contains(token.key) && words.contains(token.folded)
    }

    func contains(_ folded: String) -> Bool { words.contains(folded) }
}
