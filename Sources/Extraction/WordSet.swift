/// Folded words of a lexicon list, looked up by a token's precomputed key: most tokens are in
/// none of the lists a rule consults, and telling so takes a probe of `KeyIndex` rather than
/// hashing the word.
struct WordSet: Sendable {
    private var index = KeyIndex()
    /// The words, by their slot in `index`.
    private var bySlot: [String] = []

    init() {}

    init<Words: Sequence>(_ words: Words) where Words.Element == String {
        for word in words { insert(word) }
    }

    mutating func insert(_ folded: String) {
        let key = Token.key(folded)
        guard index.slot(of: key) == nil else { return }
        index.insert(key, slot: bySlot.count)
        bySlot.append(folded)
    }

    mutating func formUnion(_ other: WordSet) {
        for word in other.bySlot { insert(word) }
    }

    var isEmpty: Bool { bySlot.isEmpty }

    /// Whether the token's folded form is one of the words (compared only when the key is known).
    func contains(_ token: Token) -> Bool {
        guard let slot = index.slot(of: token.key) else { return false }
        return bySlot[slot] == token.folded
    }

    /// Whether a folded word is one of them, for words that are not tokens (a name's parts, a
    /// lexicon phrase's last word).
    func contains(folded: String) -> Bool {
        guard let slot = index.slot(of: Token.key(folded)) else { return false }
        return bySlot[slot] == folded
    }
}
