/// The common nouns of a language that writes every noun with a capital, as German does, so
/// that a capital marks a name only on the other words. French and English leave it empty: a
/// capital there is a name's mark already.
struct CommonNouns: Sendable {
    /// Folded common nouns.
    private var words: Set<String> = []
    /// Folded stems, from entries ending in `*` ("Zivilist*").
    private var stems: [String] = []
    /// False when the language writes its nouns in lower case: no word is then looked up.
    let capitalized: Bool

    /// The lexicon's `commonNouns`, with the capitalised words of its trigger nouns, months and
    /// weekdays: a German lexicon writes its nouns as the text does.
    init(_ lexicon: Lexicon, tokenizer: Tokenizer) {
        capitalized = lexicon.capitalizedNouns
        guard capitalized else { return }
        for entry in lexicon.commonNouns { add(entry, tokenizer, onlyCapitalized: false) }
        let spelledNouns = lexicon.triggers.keys.sorted().flatMap { lexicon.triggers[$0]?.nouns ?? [] }
            + lexicon.months.joined() + lexicon.weekdays.joined()
        for entry in spelledNouns { add(entry, tokenizer, onlyCapitalized: true) }
    }

    private mutating func add(_ entry: String, _ tokenizer: Tokenizer, onlyCapitalized: Bool) {
        let isStem = entry.hasSuffix("*")
        let tokens = tokenizer.tokenizePhrase(isStem ? String(entry.dropLast()) : entry).filter(\.isWord)
        for (k, token) in tokens.enumerated() where token.isCapitalized || !onlyCapitalized {
            if isStem && k == tokens.count - 1 { stems.append(token.folded) } else { words.insert(token.folded) }
        }
    }

    func contains(_ folded: String) -> Bool {
        words.contains(folded) || stems.contains { folded.hasPrefix($0) }
    }

    /// Clears `looksLikeName` on the common nouns among `tokens`.
    func markNames(_ tokens: inout [Token]) {
        guard capitalized else { return }
        for k in tokens.indices where tokens[k].looksLikeName && contains(tokens[k].folded) {
            tokens[k].looksLikeName = false
        }
    }
}
