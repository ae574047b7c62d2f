import Model

/// One word, number or punctuation mark of a text, with its folded form for matching.
struct Token: Sendable, Hashable {
    enum TokenKind: Sendable, Hashable { case word, number, punctuation }

    var text: String
    /// Lower case, accent-free (`String.folded()`): the form every comparison uses.
    var folded: String
    /// `folded`'s hash (FNV-1a), computed once: what phrase tables look a token up by, so
    /// that a table lookup hashes eight bytes rather than the word.
    var key: UInt64
    /// The hash of `folded`'s first three characters, 0 when it has fewer: the key of a
    /// lexicon stem such as "bombard*".
    var stemKey: UInt64
    var kind: TokenKind
    /// Where the token lies in the text it was read from.
    var range: Range<String.Index>
    /// True when a hyphen joins it to the previous token ("trente-trois", "al-Sarraj").
    var hyphenBefore: Bool
    /// Written with a capital first letter: what opens a sentence.
    var isCapitalized: Bool
    /// Capitalised and not a common noun: the mark of a name. The tokenizer sets it from the
    /// capital; `LanguageRules.markNames` clears it on the common nouns of a language that
    /// capitalises its nouns ("Dorf", "Grenze" in German).
    var looksLikeName: Bool
    var isAllCaps: Bool
    /// Inside a quotation (« », “ ” or straight quotes); set by `SentenceSplitter`.
    var inQuote = false

    var isWord: Bool { kind == .word }
    var isPunctuation: Bool { kind == .punctuation }
}

/// Cuts text into tokens: words (elided articles such as "l'" stay apart, "U.N." stays whole),
/// numbers ("1.000", "900,000", "1er") and single punctuation marks. Hyphens join nothing:
/// "porte-parole" is two words, marked `hyphenBefore`, so names and lexicon phrases match
/// whatever the hyphenation.
struct Tokenizer: Sendable {
    /// Folded elided words ("l", "d", "qu").
    let elisions: Set<String>

    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{02BC}", "\u{2018}"]
    static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}"]

    func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var i = text.startIndex
        var hyphenPending = false
        while i < text.endIndex {
            let c = text.characterFast(at: i)
            if c.isLetterFast || c.isNumberFast {
                let start = i
                var j = i
                if c.isNumberFast {
                    j = Self.scanNumber(text, from: i)
                } else if let end = Self.scanDottedAcronym(text, from: i) {
                    j = end
                } else {
                    while j < text.endIndex, text.characterFast(at: j).isLetterFast || text.characterFast(at: j).isNumberFast { j = text.indexFast(after: j) }
                }
                let word = String(text[start..<j])
                // An elided article keeps its apostrophe: "l'" + "armée".
                if j < text.endIndex, Self.apostrophes.contains(text.characterFast(at: j)), c.isLetterFast {
                    let after = text.indexFast(after: j)
                    if after < text.endIndex, text.characterFast(at: after).isLetterFast, elisions.contains(word.folded()) {
                        tokens.append(Self.token(text, start..<after, hyphenBefore: hyphenPending))
                        hyphenPending = false
                        i = after
                        continue
                    }
                }
                tokens.append(Self.token(text, start..<j, hyphenBefore: hyphenPending))
                hyphenPending = false
                i = j
            } else if Self.apostrophes.contains(c), let last = tokens.last, last.range.upperBound == i,
                      last.kind == .word, text.indexFast(after: i) < text.endIndex, text.characterFast(at: text.indexFast(after: i)).isLetterFast {
                // "Syria's", "aujourd'hui": the apostrophe opens a word of its own ("'s", "'hui").
                var j = text.indexFast(after: i)
                while j < text.endIndex, text.characterFast(at: j).isLetterFast { j = text.indexFast(after: j) }
                tokens.append(Self.token(text, i..<j, hyphenBefore: false))
                i = j
            } else if Self.hyphens.contains(c), let last = tokens.last, last.range.upperBound == i, last.kind != .punctuation,
                      text.indexFast(after: i) < text.endIndex,
                      text.characterFast(at: text.indexFast(after: i)).isLetterFast || text.characterFast(at: text.indexFast(after: i)).isNumberFast {
                hyphenPending = true
                i = text.indexFast(after: i)
            } else if c.isWhitespaceFast {
                hyphenPending = false
                i = text.indexFast(after: i)
            } else {
                let j = text.indexFast(after: i)
                let folded = String(c).folded()
                tokens.append(Token(text: String(c), folded: folded, key: Token.key(folded), stemKey: Token.stemKey(folded),
                                    kind: .punctuation, range: i..<j, hyphenBefore: false, isCapitalized: false,
                                    looksLikeName: false, isAllCaps: false))
                hyphenPending = false
                i = j
            }
        }
        return tokens
    }

    /// Tokenises a lexicon phrase; one ending in an elided word ("région d'") keeps it whole.
    func tokenizePhrase(_ phrase: String) -> [Token] {
        guard let last = phrase.last, Self.apostrophes.contains(last) else { return tokenize(phrase) }
        return Array(tokenize(phrase + "a").dropLast())
    }

    private static func token(_ text: String, _ range: Range<String.Index>, hyphenBefore: Bool) -> Token {
        let s = String(text[range])
        let first = s.first!
        // All capitals: at least one letter, and every letter upper case (one pass, no copy).
        var sawLetter = false
        var allUpper = true
        for c in s where c.isLetterFast {
            sawLetter = true
            if !c.isUppercaseFast {
                allUpper = false
                break
            }
        }
        let folded = s.folded()
        return Token(text: s, folded: folded, key: Token.key(folded), stemKey: Token.stemKey(folded),
                     kind: first.isNumberFast ? .number : .word, range: range,
                     hyphenBefore: hyphenBefore, isCapitalized: first.isUppercaseFast, looksLikeName: first.isUppercaseFast,
                     isAllCaps: sawLetter && allUpper)
    }


    /// Digits, with thousands separators ("900,000", "1.000"), decimals ("3.6") and an
    /// ordinal suffix ("1er", "21st").
    private static func scanNumber(_ text: String, from i: String.Index) -> String.Index {
        var j = i
        while j < text.endIndex, text.characterFast(at: j).isNumberFast { j = text.indexFast(after: j) }
        while j < text.endIndex, text.characterFast(at: j) == "." || text.characterFast(at: j) == "," {
            let next = text.indexFast(after: j)
            guard next < text.endIndex, text.characterFast(at: next).isNumberFast else { break }
            var k = next
            while k < text.endIndex, text.characterFast(at: k).isNumberFast { k = text.indexFast(after: k) }
            j = k
        }
        while j < text.endIndex, text.characterFast(at: j).isLetterFast, text.characterFast(at: j).isLowercaseFast { j = text.indexFast(after: j) }
        return j
    }

    /// "U.N.", "U.S.": single capitals each followed by a full stop.
    private static func scanDottedAcronym(_ text: String, from i: String.Index) -> String.Index? {
        var j = i
        var letters = 0
        while j < text.endIndex, text.characterFast(at: j).isUppercaseFast {
            let dot = text.indexFast(after: j)
            guard dot < text.endIndex, text.characterFast(at: dot) == "." else { break }
            letters += 1
            j = text.indexFast(after: dot)
        }
        return letters >= 2 ? j : nil
    }
}

extension Token {
    /// A folded word's key (`Token.key`): what phrase tables and word lists file it under.
    static func key(_ folded: String) -> UInt64 { StableHash.fnv1a(folded) }

    /// The key of a folded word's first three characters (`Token.stemKey`), under which a
    /// lexicon stem ("bombard*") is filed; 0 for a shorter word.
    static func stemKey(_ folded: String) -> UInt64 {
        let bytes = folded.utf8.prefix(4)
        // Three ASCII bytes not followed by a combining mark are three characters.
        if bytes.count >= 3, bytes.prefix(3).allSatisfy({ $0 < 0x80 }), bytes.count == 3 || bytes.last! < 0x80 {
            return StableHash.fnv1a(bytes: bytes.prefix(3))
        }
        return folded.count >= 3 ? key(String(folded.prefix(3))) : 0
    }

    /// The numeric value of a number token ("1.000" → 1000, "3.6" → 3, "1er" → 1).
    var numberValue: Int? {
        guard kind == .number else { return nil }
        let digitsAndSeparators = text.prefix { $0.isNumberFast || $0 == "." || $0 == "," }
        let groups = digitsAndSeparators.split(whereSeparator: { $0 == "." || $0 == "," })
        guard let first = groups.first else { return nil }
        if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }) {
            return Int(groups.joined())
        }
        return Int(first)
    }
}

extension String {
    /// The character at `i`, read as one byte when it and the next are ASCII: no grapheme
    /// breaking, which would otherwise be the tokenizer's main cost. (A byte followed by a
    /// combining mark, or "\r\n", is read as the `Character` it is.)
    @inline(__always) func characterFast(at i: Index) -> Character {
        let byte = utf8[i]
        if byte < 0x80 {
            let next = utf8.index(after: i)
            if next == endIndex { return Character(Unicode.Scalar(byte)) }
            let following = utf8[next]
            if following < 0x80, !(byte == 13 && following == 10) { return Character(Unicode.Scalar(byte)) }
        }
        return self[i]
    }

    /// Where the character after the one at `i` begins, by the same rule as `characterFast`.
    @inline(__always) func indexFast(after i: Index) -> Index {
        let byte = utf8[i]
        if byte < 0x80 {
            let next = utf8.index(after: i)
            if next == endIndex { return next }
            let following = utf8[next]
            if following < 0x80, !(byte == 13 && following == 10) { return next }
        }
        return index(after: i)
    }
}

extension Character {
    // ASCII first: the Unicode property tables are the tokenizer's main cost otherwise.
    @inline(__always) var isLetterFast: Bool {
        if let a = asciiValue { return (a >= 65 && a <= 90) || (a >= 97 && a <= 122) }
        return isLetter
    }
    @inline(__always) var isNumberFast: Bool {
        if let a = asciiValue { return a >= 48 && a <= 57 }
        return isNumber
    }
    @inline(__always) var isUppercaseFast: Bool {
        if let a = asciiValue { return a >= 65 && a <= 90 }
        return isUppercase
    }
    @inline(__always) var isLowercaseFast: Bool {
        if let a = asciiValue { return a >= 97 && a <= 122 }
        return isLowercase
    }
    @inline(__always) var isWhitespaceFast: Bool {
        if let a = asciiValue { return a == 32 || (a >= 9 && a <= 13) }
        return isWhitespace
    }
}
