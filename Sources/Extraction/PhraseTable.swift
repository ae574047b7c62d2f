/// Multi-word phrases looked up on folded tokens, longest first: the one matcher behind actor
/// aliases, trigger words, cues and place names.
struct PhraseTable<Payload: Sendable>: Sendable {
    /// One phrase: its words are `words[firstWord..<firstWord + count]` (and their keys the
    /// same range of `keys`); `next` is the next phrase filed under the same key, or -1.
    ///
    /// The table is flat arrays of plain values, chained by index: reading it retains nothing,
    /// where arrays of arrays would retain one at every word a sentence looks up.
    private struct Phrase: Sendable {
        var firstWord: Int32
        var count: Int32
        /// The last word is a prefix ("bombard*").
        var prefixLast: Bool
        /// Matches only capitalised text (a name such as "Fore"), or only capitals (an acronym).
        var casing: Casing
        var next: Int32

        /// A single word that is a prefix ("bombard*"): filed by its first three letters.
        var isStem: Bool { prefixLast && count == 1 }
    }

    enum Casing: Sendable { case any, capitalized, allCaps }

    struct Match: Sendable {
        var start: Int
        /// One past the last token.
        var end: Int
        var payload: Payload
    }

    /// The first phrase filed under a key, longest first, by `KeyIndex` slot: the keys of a
    /// phrase's first two words in `firstPair` (a word such as "a" or "have" opens dozens of
    /// phrases, which a token then need not all be compared with); that of the first word of
    /// the others in `firstWord`; that of a one-word prefix's first three letters in `prefix`.
    private var firstPair = KeyIndex()
    private var firstWord = KeyIndex()
    private var prefix = KeyIndex()
    /// The keys of the first words of all but one-word prefixes: what turns a token away when
    /// no class can.
    private var firstKeys = KeyFilter()
    private var heads: [Int32] = []
    private var phrases: [Phrase] = []
    /// Every phrase's words, folded, end to end; and each one's `Token.key`.
    private var words: [String] = []
    private var keys: [UInt64] = []
    /// Each phrase's payload, by phrase index.
    private var payloads: [Payload] = []

    var isEmpty: Bool { phrases.isEmpty }

    /// Whether a phrase is one word that is a prefix ("bombard*"), filed by its first letters.
    var hasStems: Bool { prefix.count > 0 }

    /// The class of a vocabulary that holds the first word of every phrase filed by it (all
    /// but one-word prefixes): a token without it starts none of them.
    var firstWordClass: WordClass?

    /// The first words of the phrases filed by their first word.
    var firstWords: [String] {
        phrases.filter { !$0.isStem }.map { words[Int($0.firstWord)] }
    }

    /// Adds a phrase as written; returns false if it has no words.
    @discardableResult
    mutating func add(_ phrase: String, payload: Payload, tokenizer: Tokenizer, casing: Casing? = nil) -> Bool {
        var text = phrase.trimmingWhitespace()
        let prefixLast = text.hasSuffix("*")
        if prefixLast { text.removeLast() }
        let tokens = tokenizer.tokenizePhrase(text)
        guard !tokens.isEmpty else { return false }
        // (A phrase added after the vocabulary was made is not in its class.)
        firstWordClass = nil
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
        let index = Int32(phrases.count)
        phrases.append(Phrase(firstWord: Int32(words.count), count: Int32(tokens.count), prefixLast: prefixLast,
                              casing: inferred, next: -1))
        words += tokens.map(\.folded)
        keys += tokens.map(\.key)
        payloads.append(payload)
        let phrase = phrases[Int(index)]
        if !phrase.isStem { firstKeys.insert(tokens[0].key) }
        if phrase.isStem {
            file(index, under: Token.stemKey(tokens[0].folded), in: \.prefix)
        } else if phrase.count >= 2, !(phrase.prefixLast && phrase.count == 2) {
            file(index, under: Self.pairKey(tokens[0].key, tokens[1].key), in: \.firstPair)
        } else {
            file(index, under: tokens[0].key, in: \.firstWord)
        }
        return true
    }

    /// The key two words are filed under together.
    @inline(__always) private static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x100000001B3) ^ (second >> 7 | second << 57)
    }

    /// Chains the phrase under `key`, after every phrase at least as long (as a stable sort
    /// by length, longest first, would place it).
    private mutating func file(_ index: Int32, under key: UInt64, in keys: WritableKeyPath<Self, KeyIndex>) {
        guard let slot = self[keyPath: keys].slot(of: key) else {
            self[keyPath: keys].insert(key, slot: heads.count)
            heads.append(index)
            return
        }
        let count = phrases[Int(index)].count
        var previous: Int32 = -1
        var current = heads[slot]
        while current >= 0, phrases[Int(current)].count >= count {
            previous = current
            current = phrases[Int(current)].next
        }
        phrases[Int(index)].next = current
        if previous < 0 { heads[slot] = index } else { phrases[Int(previous)].next = index }
    }

    /// The longest phrase starting at `index`, if any.
    @inline(__always) func match(_ tokens: [Token], at index: Int) -> Match? {
        // (Most tokens start no phrase of the table, and say so by their class: that answer is
        // given here, where the caller inlines it, without a call.)
        if startsNone(tokens[index]) { return nil }
        return match(tokens, AllPositions(count: tokens.count), at: index)
    }

    /// Whether the token's class (or, for a token no class speaks for, its key) says no phrase
    /// can start with it, and no one-word prefix could take it. (False when they cannot tell.)
    @inline(__always) func startsNone(_ token: Token) -> Bool {
        if let holds = firstWordClass?.holds(token) {
            if holds { return false }
        } else if firstKeys.mayHold(token.key) {
            return false
        }
        return prefix.count == 0 || token.stemKey == 0
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
            if !startsNone(tokens[positions[i]]), let m = match(tokens, positions, at: i), m.end <= r.upperBound {
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
        var best: (phrase: Int, count: Int)?
        // (A token its class says starts no phrase is not looked up.)
        if firstWordClass?.holds(tokens[first]) != false {
            // The longest phrase filed under the first two words; then, under the first word, a
            // longer one, or one as long added earlier (a stable sort by length would put it first).
            if firstPair.count > 0, index + 1 < positions.count,
               let slot = firstPair.slot(of: Self.pairKey(tokens[first].key, tokens[positions[index + 1]].key)) {
                best = longest(from: Int(heads[slot]), tokens, positions, index, than: nil)
            }
            if let slot = firstWord.slot(of: tokens[first].key) {
                best = longest(from: Int(heads[slot]), tokens, positions, index, than: best) ?? best
            }
        }
        let stemKey = tokens[first].stemKey
        if best == nil, stemKey != 0, prefix.count > 0, let slot = prefix.slot(of: stemKey) {
            var p = Int(heads[slot])
            while p >= 0 {
                if matches(p, tokens, positions, index) { return Match(start: index, end: index + 1, payload: payloads[p]) }
                p = Int(phrases[p].next)
            }
        }
        return best.map { Match(start: index, end: index + $0.count, payload: payloads[$0.phrase]) }
    }

    /// The first phrase of the chain from `p` (longest first) that matches at `index` and comes
    /// before `other`: longer, or as long and added earlier.
    @inline(__always)
    private func longest<P: TokenPositions>(from p: Int, _ tokens: [Token], _ positions: P, _ index: Int,
                                            than other: (phrase: Int, count: Int)?) -> (phrase: Int, count: Int)? {
        var p = p
        while p >= 0 {
            let count = Int(phrases[p].count)
            if let other, count < other.count || (count == other.count && p > other.phrase) { return nil }
            if matches(p, tokens, positions, index) { return (p, count) }
            p = Int(phrases[p].next)
        }
        return nil
    }

    private func matches<P: TokenPositions>(_ p: Int, _ tokens: [Token], _ positions: P, _ index: Int) -> Bool {
        let phrase = phrases[p]
        let count = Int(phrase.count)
        guard index + count <= positions.count else { return false }
        let base = Int(phrase.firstWord)
        for k in 0..<count {
            let position = positions[index + k]
            if k == count - 1 && phrase.prefixLast {
                guard tokens[position].folded.hasPrefix(words[base + k]) else { return false }
            } else if tokens[position].key != keys[base + k] || tokens[position].folded != words[base + k] {
                // (The strings are compared only when the keys agree: on a match.)
                return false
            }
        }
        switch phrase.casing {
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
