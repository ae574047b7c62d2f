import Model

/// One word, number or punctuation mark of a text: plain integers, copied without a retain.
/// Its text and folded form are kept once in `WordStore`, under the id it holds.
struct Token: Sendable {
    enum TokenKind: Sendable, Hashable { case word, number, punctuation }

    /// The word's id in `WordStore.shared`: the same bytes, the same id.
    var word: UInt32
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
    /// Written in lower case already (`text.lowercased() == text`): most words inside a sentence.
    var isLowercase = false
    /// Inside a quotation (« », “ ” or straight quotes); set by `SentenceSplitter`.
    var inQuote = false
    /// The lexicon tables that name the word, and the vocabulary that said so (0: none);
    /// set by `SentenceSplitter` through `Vocabulary.classify`.
    var classes = WordClasses()
    var vocabulary: UInt64 = 0
    /// A punctuation mark's scalar, when it is one scalar alone; else 0.
    var mark: UInt32 = 0

    /// Whether the token is this punctuation mark (`text == ","`, without comparing strings:
    /// the rules ask it of nearly every token).
    @inline(__always) func isMark(_ scalar: Unicode.Scalar) -> Bool { mark == scalar.value }

    var isWord: Bool { kind == .word }

    /// The word as written.
    var text: String { WordStore.shared.word(word).pointee.text }
    /// Lower case, accent-free (`String.folded()`): the form every comparison uses.
    var folded: String { WordStore.shared.word(word).pointee.folded }

    /// `text.lowercased()`, accents kept: what written endings ("ée", "ait", "ing") are compared
    /// with. (Without lowering a copy for a word already in lower case.)
    var lowered: String { isLowercase ? text : text.lowercased() }
    var isPunctuation: Bool { kind == .punctuation }
}

/// Cuts text into tokens: words (elided articles such as "l'" stay apart, "U.N." stays whole),
/// numbers ("1.000", "900,000", "1er") and single punctuation marks. Hyphens join nothing:
/// "porte-parole" is two words, marked `hyphenBefore`, so names and lexicon phrases match
/// whatever the hyphenation.
///
/// It reads the text's UTF-8 bytes: a scalar below U+0300 followed by another (`SimpleScalars`)
/// is a character by itself and is classified by its value; only other characters are read as
/// the `Character`s they are.
struct Tokenizer: Sendable {
    /// Folded elided words ("l", "d", "qu").
    let elisions: Set<String>

    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{02BC}", "\u{2018}"]
    static let hyphens: Set<Character> = ["-", "\u{2010}", "\u{2011}"]

    func tokenize(_ text: String) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        let cache = WordCache.current
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var scan = TextScan(text: text, bytes: bytes, tables: cache.take())
            defer { cache.give((scan.words, scan.marks)) }
            return scan.tokens(elisions: elisions)
        }!
    }

    /// Tokenises a lexicon phrase; one ending in an elided word ("région d'") keeps it whole.
    func tokenizePhrase(_ phrase: String) -> [Token] {
        guard let last = phrase.last, Self.apostrophes.contains(last) else { return tokenize(phrase) }
        return Array(tokenize(phrase + "a").dropLast())
    }
}

/// One pass of the tokenizer over a text's bytes.
private struct TextScan {
    let text: String
    let bytes: UnsafeBufferPointer<UInt8>
    /// `CharacterKind.simple`, held here so that reading a character does not check it is made.
    let kinds = CharacterKind.simple
    /// The words and the punctuation marks this thread has read before.
    var words: WordTable
    var marks: WordTable
    var tokens: [Token] = []

    init(text: String, bytes: UnsafeBufferPointer<UInt8>, tables: (words: WordTable, marks: WordTable)) {
        self.text = text
        self.bytes = bytes
        (words, marks) = tables
        tokens.reserveCapacity(bytes.count / 5)
    }

    mutating func tokens(elisions: Set<String>) -> [Token] {
        let end = bytes.count
        var i = 0
        var hyphenPending = false
        while i < end {
            if let next = plainStep(from: i, hyphenPending: &hyphenPending) {
                i = next
                continue
            }
            let c = CharacterAt(scan: self, i)
            if c.isLetter || c.isNumber {
                var j: Int
                if c.isNumber {
                    j = scanNumber(from: i)
                } else if let acronym = scanDottedAcronym(from: i) {
                    j = acronym
                } else {
                    j = i
                    while j < end, case let d = CharacterAt(scan: self, j), d.isLetter || d.isNumber { j = d.next }
                }
                // An elided article keeps its apostrophe: "l'" + "armée".
                if c.isLetter, j < end, case let apostrophe = CharacterAt(scan: self, j), apostrophe.isApostrophe,
                   apostrophe.next < end, CharacterAt(scan: self, apostrophe.next).isLetter,
                   elisions.contains(string(i, j).folded()) {
                    append(word: i, apostrophe.next, hyphenBefore: hyphenPending)
                    hyphenPending = false
                    i = apostrophe.next
                    continue
                }
                append(word: i, j, hyphenBefore: hyphenPending)
                hyphenPending = false
                i = j
            } else if c.isApostrophe, let last = tokens.last, last.kind == .word, lastEnds(at: i),
                      c.next < end, CharacterAt(scan: self, c.next).isLetter {
                // "Syria's", "aujourd'hui": the apostrophe opens a word of its own ("'s", "'hui").
                var j = c.next
                while j < end, case let d = CharacterAt(scan: self, j), d.isLetter { j = d.next }
                append(word: i, j, hyphenBefore: false)
                i = j
            } else if c.isHyphen, let last = tokens.last, last.kind != .punctuation, lastEnds(at: i),
                      c.next < end, case let d = CharacterAt(scan: self, c.next), d.isLetter || d.isNumber {
                hyphenPending = true
                i = c.next
            } else if c.isWhitespace {
                hyphenPending = false
                i = c.next
            } else {
                appendPunctuation(i, c.next)
                hyphenPending = false
                i = c.next
            }
        }
        return tokens
    }

    private var lastEndOffset = -1

    private func lastEnds(at i: Int) -> Bool { lastEndOffset == i }

    func index(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }

    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private mutating func append(word start: Int, _ end: Int, hyphenBefore: Bool) {
        let token = words.word(UnsafeBufferPointer(rebasing: bytes[start..<end])) { word in
            WordStore.shared.intern(word, isMark: false) { Self.simpleWord($0) ?? Self.word(String(decoding: $0, as: UTF8.self)) }
        }
        tokens.append(Token(word: token.id, key: token.key, stemKey: token.stemKey,
                            kind: token.isNumber ? .number : .word, range: index(start)..<index(end),
                            hyphenBefore: hyphenBefore, isCapitalized: token.isCapitalized, looksLikeName: token.isCapitalized,
                            isAllCaps: token.isAllCaps, isLowercase: token.isLowercase))
        lastEndOffset = end
    }

    /// A word whose scalars are all below U+0300 (ASCII, accented Latin letters), folded and
    /// keyed in one pass over its bytes; nil for any other word. (Within a word those scalars
    /// are each a character: see `CharacterAt`.)
    private static func simpleWord(_ bytes: UnsafeBufferPointer<UInt8>) -> ScannedWord? {
        let kinds = CharacterKind.simple
        var first: CharacterKind?
        var sawLetter = false
        var allUpper = true
        var changed = false
        var keys: (key: UInt64, stemKey: UInt64?) = (0, nil)
        // A scalar below U+0300 folds to at most three bytes, and takes one or two. (Folded on
        // the stack: a word of up to 15 bytes then makes a string with no allocation.)
        let folded = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2) { buffer -> String? in
            var n = 0
            var i = 0
            while i < bytes.count {
                guard let (scalar, length) = SimpleScalars.scalar(in: bytes, at: i) else { return nil }
                if length == 1 {
                    buffer[n] = Folding.ascii(bytes[i])
                    if buffer[n] != bytes[i] { changed = true }
                    n += 1
                } else {
                    let plain = Folding.folded(belowU0800: scalar)
                    guard n + plain.count <= buffer.count else { return nil }
                    for byte in plain { buffer[n] = byte; n += 1 }
                    changed = true
                }
                i += length
                let kind = kinds[scalar]
                if first == nil { first = kind }
                if kind.isLetter {
                    sawLetter = true
                    if !kind.isUppercase { allUpper = false }
                }
            }
            let plain = UnsafeBufferPointer(rebasing: buffer[..<n])
            keys = Token.keys(ofFolded: plain)
            return changed ? String(decoding: plain, as: UTF8.self) : ""
        }
        guard let folded, let first else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        let plain = changed ? folded : text
        return ScannedWord(text: text, folded: plain, isLowercase: text.lowercased() == text, key: keys.key, stemKey: keys.stemKey ?? Token.stemKey(plain),
                    isNumber: first.isNumber, isCapitalized: first.isUppercase,
                    isAllCaps: sawLetter && allUpper)
    }

    private static func word(_ s: String) -> ScannedWord {
        var sawLetter = false
        var allUpper = true
        for c in s where c.isLetterFast {
            sawLetter = true
            if !c.isUppercaseFast {
                allUpper = false
                break
            }
        }
        let first = s.first!
        let folded = s.folded()
        return ScannedWord(text: s, folded: folded, isLowercase: s.lowercased() == s, key: Token.key(folded), stemKey: Token.stemKey(folded),
                    isNumber: first.isNumberFast, isCapitalized: first.isUppercaseFast, isAllCaps: sawLetter && allUpper)
    }

    private mutating func appendPunctuation(_ start: Int, _ end: Int) {
        let mark = marks.word(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
            WordStore.shared.intern($0, isMark: true, read: Self.mark)
        }
        var token = Token(word: mark.id, key: mark.key, stemKey: mark.stemKey,
                          kind: .punctuation, range: index(start)..<index(end), hyphenBefore: false, isCapitalized: false,
                          looksLikeName: false, isAllCaps: false)
        token.mark = mark.mark
        token.isLowercase = mark.isLowercase
        tokens.append(token)
        lastEndOffset = end
    }

    /// What a punctuation mark's bytes make of its token.
    private static func mark(_ bytes: UnsafeBufferPointer<UInt8>) -> ScannedWord {
        let s = String(decoding: bytes, as: UTF8.self)
        let folded = s.folded()
        let scalars = s.unicodeScalars
        return ScannedWord(text: s, folded: folded, isLowercase: s.lowercased() == s, key: Token.key(folded), stemKey: Token.stemKey(folded), isNumber: false,
                           isCapitalized: false, isAllCaps: false, mark: scalars.count == 1 ? scalars.first!.value : 0)
    }

    /// A space, or a word of ASCII letters and digits, read from its bytes alone: where the
    /// scan goes on; nil for what the general reading must read.
    private mutating func plainStep(from i: Int, hyphenPending: inout Bool) -> Int? {
        if bytes[i] == 0x20, i + 1 == bytes.count || bytes[i + 1] < 0x80 {
            hyphenPending = false
            return i + 1
        }
        guard let j = asciiWord(from: i) else { return nil }
        append(word: i, j, hyphenBefore: hyphenPending)
        hyphenPending = false
        return j
    }

    /// The end of a word that starts at `i` with an ASCII letter and goes on with ASCII letters
    /// and digits up to an ASCII byte that is no apostrophe (or the text's end): what the
    /// general reading makes of it, without reading a character at a time. Nil for any other
    /// word, and for a capital followed by a full stop, which may open an acronym ("U.N.").
    private func asciiWord(from i: Int) -> Int? {
        let end = bytes.count
        guard Self.isASCIILetter(bytes[i]) else { return nil }
        if bytes[i] < 0x61, i + 1 < end, bytes[i + 1] == UInt8(ascii: ".") { return nil }
        var j = i + 1
        while j < end, Self.isASCIILetter(bytes[j]) || (bytes[j] >= 0x30 && bytes[j] <= 0x39) { j += 1 }
        if j < end, bytes[j] >= 0x80 || bytes[j] == UInt8(ascii: "'") { return nil }
        return j
    }

    @inline(__always) private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// Digits, with thousands separators ("900,000", "1.000"), decimals ("3.6") and an
    /// ordinal suffix ("1er", "21st").
    private func scanNumber(from i: Int) -> Int {
        let end = bytes.count
        var j = i
        while j < end, case let d = CharacterAt(scan: self, j), d.isNumber { j = d.next }
        while j < end, bytes[j] == UInt8(ascii: ".") || bytes[j] == UInt8(ascii: ","), CharacterAt(scan: self, j).isSingleByte {
            let next = j + 1
            guard next < end, CharacterAt(scan: self, next).isNumber else { break }
            var k = next
            while k < end, case let d = CharacterAt(scan: self, k), d.isNumber { k = d.next }
            j = k
        }
        while j < end, case let d = CharacterAt(scan: self, j), d.isLetter, d.isLowercase { j = d.next }
        return j
    }

    /// "U.N.", "U.S.": single capitals each followed by a full stop.
    private func scanDottedAcronym(from i: Int) -> Int? {
        let end = bytes.count
        var j = i
        var letters = 0
        while j < end, case let c = CharacterAt(scan: self, j), c.isUppercase {
            let dot = c.next
            guard dot < end, bytes[dot] == UInt8(ascii: "."), CharacterAt(scan: self, dot).isSingleByte else { break }
            letters += 1
            j = dot + 1
        }
        return letters >= 2 ? j : nil
    }
}

/// The character that begins at a byte offset of the text, and where the next one begins.
///
/// A scalar below U+0300 followed by another (`SimpleScalars`) is read from its bytes alone;
/// a character followed by anything else (a combining mark) is read as the `Character` it is.
private struct CharacterAt {
    /// The character's scalar when it is one of the simple kinds, else nil.
    let scalar: UInt32?
    let kind: CharacterKind
    let next: Int
    /// (Worked out here for a character read as a `Character`, which is not kept.)
    private let isOtherApostrophe: Bool
    private let isOtherHyphen: Bool

    @inline(__always) init(scan: TextScan, _ offset: Int) {
        let bytes = scan.bytes
        if let (value, length) = SimpleScalars.scalar(in: bytes, at: offset) {
            let following = offset + length
            if following == bytes.count || (SimpleScalars.isLead(bytes[following]) && !(value == 13 && bytes[following] == 10)) {
                scalar = UInt32(value)
                kind = scan.kinds[value]
                next = following
                isOtherApostrophe = false
                isOtherHyphen = false
                return
            }
        }
        let i = scan.index(offset)
        let character = scan.text[i]
        scalar = nil
        kind = CharacterKind(character)
        next = scan.text.utf8.distance(from: scan.text.utf8.startIndex, to: scan.text.index(after: i))
        isOtherApostrophe = Tokenizer.apostrophes.contains(character)
        isOtherHyphen = Tokenizer.hyphens.contains(character)
    }

    var isSingleByte: Bool { scalar.map { $0 < 0x80 } ?? false }
    var isLetter: Bool { kind.isLetter }
    var isNumber: Bool { kind.isNumber }
    var isUppercase: Bool { kind.isUppercase }
    var isLowercase: Bool { kind.isLowercase }
    var isWhitespace: Bool { kind.isWhitespace }
    var isApostrophe: Bool {
        if let scalar { return scalar == 0x27 || scalar == 0x2BC }
        return isOtherApostrophe
    }
    var isHyphen: Bool {
        if let scalar { return scalar == 0x2D }
        return isOtherHyphen
    }
}

/// What the tokenizer asks of a character, as `Character` answers it.
struct CharacterKind: Sendable {
    var isLetter: Bool
    var isNumber: Bool
    var isUppercase: Bool
    var isLowercase: Bool
    var isWhitespace: Bool

    init(_ c: Character) {
        isLetter = c.isLetter
        isNumber = c.isNumber
        isUppercase = c.isUppercase
        isLowercase = c.isLowercase
        isWhitespace = c.isWhitespace
    }

    /// Every scalar below U+0300, each taken as a character of its own.
    static let simple: [CharacterKind] = (0..<0x300).map { CharacterKind(Character(Unicode.Scalar(UInt32($0))!)) }
}

extension Token {
    /// A folded word's key (`Token.key`): what phrase tables and word lists file it under.
    static func key(_ folded: String) -> UInt64 {
        var text = folded
        return text.withUTF8 { keys(ofFolded: $0).key }
    }

    /// The key of a folded word's first three characters (`Token.stemKey`), under which a
    /// lexicon stem ("bombard*") is filed; 0 for a shorter word.
    static func stemKey(_ folded: String) -> UInt64 {
        var text = folded
        if let stem = text.withUTF8({ keys(ofFolded: $0).stemKey }) { return stem }
        return folded.count >= 3 ? key(String(folded.prefix(3))) : 0
    }

    /// A folded word's key and stem key from its bytes, in one pass. The stem key is nil when
    /// the bytes cannot tell it: when the first three bytes are not three ASCII characters
    /// (the fourth byte ASCII too, or none), and the characters must be read.
    static func keys(ofFolded bytes: UnsafeBufferPointer<UInt8>) -> (key: UInt64, stemKey: UInt64?) {
        var key = StableHash.fnv1aBasis
        var stemKey: UInt64? = bytes.count < 3 ? 0 : nil
        for (k, byte) in bytes.enumerated() {
            key = StableHash.fnv1a(key, byte)
            if k == 2, bytes[0] < 0x80, bytes[1] < 0x80, bytes[2] < 0x80, bytes.count == 3 || bytes[3] < 0x80 { stemKey = key }
        }
        return (key, stemKey)
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
