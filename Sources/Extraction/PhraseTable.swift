/// Multi-word phrases looked up on folded tokens, longest first: the one matcher behind actor
/// aliases, trigger words, cues and place names.
struct PhraseTable<Payload: Sendable>: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        /// Each word's `Token.key`.
        var keys: [UInt64]
        /// The last word is a prefix ("bombard*").
        var prefixLast: Bool
        /// Matches only capitalised text (a name such as "Fore"), or only capitals (an acronym).
        var casing: Casing
        var payload: Payload
    }

    enum Casing: Sendable { case any, capitalized, allCaps }

    struct Match: Sendable {
        var start: Int
        /// One past the last token.
        var end: Int
        var payload: Payload
    }

    /// Phrases by the key of their first word, longest first: `groups[firstWord.slot(of: key)]`.
    private var firstWord = KeyIndex()
    /// Phrases whose only word is a prefix, by the key of its first three letters.
    private var prefix = KeyIndex()
    private var groups: [[Phrase]] = []

    var isEmpty: Bool { groups.isEmpty }

    /// Adds a phrase as written; returns false if it has no words.
    @discardableResult
    mutating func add(_ phrase: String, payload: Payload, tokenizer: Tokenizer, casing: Casing? = nil) -> Bool {
        var text = phrase.trimmingWhitespace()
        let prefixLast = text.hasSuffix("*")
        if prefixLast { text.removeLast() }
        let tokens = tokenizer.tokenizePhrase(text)
        guard !tokens.isEmpty else { return false }
        let words = tokens.map(\.folded)
        let inferred: Casing
        if let casing {
            inferred = casing
        } else if tokens.count == 1, tokens[0].isAllCaps, tokens[0].text.filter(\.isLetter).count <= 6 {
            inferred = .allCaps
        } else if tokens.count == 1, tokens[0].isCapitalized {
            inferred = .capitalized
        } else {
            inferred = .any
        }
        let entry = Phrase(words: words, keys: tokens.map(\.key), prefixLast: prefixLast, casing: inferred, payload: payload)
        if prefixLast && words.count == 1 {
            Self.add(entry, under: Token.stemKey(words[0]), in: &prefix, &groups)
        } else {
            Self.add(entry, under: entry.keys[0], in: &firstWord, &groups)
        }
        return true
    }

    private static func add(_ entry: Phrase, under key: UInt64, in index: inout KeyIndex, _ groups: inout [[Phrase]]) {
        if let slot = index.slot(of: key) {
            groups[slot].append(entry)
            groups[slot].sort { $0.words.count > $1.words.count }
        } else {
            index.insert(key, slot: groups.count)
            groups.append([entry])
        }
    }

    /// The longest phrase starting at `index`, if any.
    func match(_ tokens: [Token], at index: Int) -> Match? {
        match(tokens, AllPositions(count: tokens.count), at: index)
    }

    /// Every non-overlapping match, left to right, longest first at each position.
    func matches(in tokens: [Token], range: Range<Int>? = nil) -> [Match] {
        matches(in: tokens, AllPositions(count: tokens.count), range: range ?? tokens.indices)
    }

    /// Every non-overlapping match over the tokens at `positions` only (a sentence without its
    /// adverbs), as ranges of `positions`.
    func matches(in tokens: [Token], at positions: [Int]) -> [Match] {
        matches(in: tokens, positions, range: positions.indices)
    }

    func contains(_ tokens: [Token], at index: Int) -> Bool { match(tokens, at: index) != nil }

    private func matches<P: TokenPositions>(in tokens: [Token], _ positions: P, range r: Range<Int>) -> [Match] {
        var out: [Match] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if let m = match(tokens, positions, at: i), m.end <= r.upperBound {
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// The longest phrase starting at position `index`; its bounds are positions too.
    private func match<P: TokenPositions>(_ tokens: [Token], _ positions: P, at index: Int) -> Match? {
        let first = positions[index]
        var best: Match?
        if let slot = firstWord.slot(of: tokens[first].key) {
            for entry in groups[slot] where entry.words.count > (best.map { $0.end - $0.start } ?? 0) {
                if matches(entry, tokens, positions, index) {
                    best = Match(start: index, end: index + entry.words.count, payload: entry.payload)
                }
            }
        }
        let stemKey = tokens[first].stemKey
        if best == nil, stemKey != 0, prefix.count > 0, let slot = prefix.slot(of: stemKey) {
            for entry in groups[slot] where matches(entry, tokens, positions, index) {
                return Match(start: index, end: index + 1, payload: entry.payload)
            }
        }
        return best
    }

    private func matches<P: TokenPositions>(_ entry: Phrase, _ tokens: [Token], _ positions: P, _ index: Int) -> Bool {
        guard index + entry.words.count <= positions.count else { return false }
        for k in entry.words.indices {
            let p = positions[index + k]
            if k == entry.words.count - 1 && entry.prefixLast {
                guard tokens[p].folded.hasPrefix(entry.words[k]) else { return false }
            } else if tokens[p].key != entry.keys[k] || tokens[p].folded != entry.words[k] {
                // (The strings are compared only when the keys agree: on a match.)
                return false
            }
        }
        switch entry.casing {
        case .any: return true
        case .capitalized: return tokens[positions[index]].looksLikeName
        case .allCaps: return tokens[positions[index]].isAllCaps
        }
    }
}

/// Which tokens a phrase table reads, in order: all of them, or some (`[Int]`).
protocol TokenPositions {
    var count: Int { get }
    subscript(_ i: Int) -> Int { get }
}

/// Every token, each at its own index.
struct AllPositions: TokenPositions {
    let count: Int
    subscript(_ i: Int) -> Int { i }
}

extension Array: TokenPositions where Element == Int {}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
