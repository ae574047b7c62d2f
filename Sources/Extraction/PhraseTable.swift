import Model

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

    /// By the key of their first word.
    private var byFirstWord: [UInt64: [Phrase]] = [:]
    /// Entries whose only word is a prefix, by the key of its first three letters.
    private var byPrefix: [UInt64: [Phrase]] = [:]

    var isEmpty: Bool { byFirstWord.isEmpty && byPrefix.isEmpty }

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
            byPrefix[StableHash.fnv1a(String(words[0].prefix(3))), default: []].append(entry)
        } else {
            byFirstWord[entry.keys[0], default: []].append(entry)
            byFirstWord[entry.keys[0]]!.sort { $0.words.count > $1.words.count }
        }
        return true
    }

    /// The longest phrase starting at `index`, if any.
    func match(_ tokens: [Token], at index: Int) -> Match? {
        let first = tokens[index]
        var best: Match?
        for entry in byFirstWord[first.key] ?? [] where entry.words.count > (best.map { $0.end - $0.start } ?? 0) {
            if matches(entry, tokens, index) {
                best = Match(start: index, end: index + entry.words.count, payload: entry.payload)
            }
        }
        if best == nil, first.stemKey != 0, !byPrefix.isEmpty {
            for entry in byPrefix[first.stemKey] ?? [] where matches(entry, tokens, index) {
                return Match(start: index, end: index + 1, payload: entry.payload)
            }
        }
        return best
    }

    /// Every non-overlapping match, left to right, longest first at each position.
    func matches(in tokens: [Token], range: Range<Int>? = nil) -> [Match] {
        let r = range ?? tokens.indices
        var out: [Match] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if let m = match(tokens, at: i), m.end <= r.upperBound {
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    func contains(_ tokens: [Token], at index: Int) -> Bool { match(tokens, at: index) != nil }

    private func matches(_ entry: Phrase, _ tokens: [Token], _ index: Int) -> Bool {
        guard index + entry.words.count <= tokens.count else { return false }
        for (k, word) in entry.words.enumerated() {
            let token = tokens[index + k]
            if k == entry.words.count - 1 && entry.prefixLast {
                guard token.folded.hasPrefix(word) else { return false }
            } else if token.key != entry.keys[k] || token.folded != word {
                // (The strings are compared only when the keys agree: on a match.)
                return false
            }
        }
        switch entry.casing {
        case .any: return true
        case .capitalized: return tokens[index].looksLikeName
        case .allCaps: return tokens[index].isAllCaps
        }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
