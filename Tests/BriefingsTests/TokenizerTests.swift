import Foundation
import Testing
import Model
@testable import Extraction

/// The tokenizer reads ASCII and accented Latin letters from their bytes, and every other
/// character as a `Character`: these tests hold both readings to what the text says.
@Suite struct TokenizerTests {
    static let tokenizer = Tokenizer(elisions: ["l", "d", "qu"])

    static func texts(_ text: String) -> [String] { tokenizer.tokenize(text).map(\.text) }

    @Test func wordsNumbersAndMarksAreCutAsWritten() {
        #expect(Self.texts("L'armée a frappé Saraqeb.") == ["L'", "armée", "a", "frappé", "Saraqeb", "."])
        #expect(Self.texts("Syria's U.N. envoy") == ["Syria", "'s", "U.N.", "envoy"])
        #expect(Self.texts("1.000 morts, 900,000 people, le 1er mars, 3.6 million")
                == ["1.000", "morts", ",", "900,000", "people", ",", "le", "1er", "mars", ",", "3.6", "million"])
        #expect(Self.texts("« Nous verrons », a-t-il dit") == ["«", "Nous", "verrons", "»", ",", "a", "t", "il", "dit"])
        #expect(Self.texts("aujourd\u{2019}hui l\u{2019}OTAN") == ["aujourd", "\u{2019}hui", "l\u{2019}", "OTAN"])
        #expect(Self.texts("a\r\nb\u{00A0}c") == ["a", "b", "c"])
        // ASCII words next to other characters: a combining accent, a typographic apostrophe,
        // an acronym, a digit, a no-break space, a space carrying an accent.
        #expect(Self.texts("abc\u{301}def Saraqeb\u{2019}s G20-summit J. Smith U.S.-led x'y ab\u{00A0}cd e \u{301}f")
                == ["abc\u{301}def", "Saraqeb", "\u{2019}s", "G20", "summit", "J", ".", "Smith", "U.S.", "led", "x", "'y", "ab", "cd",
                    "e", "f"])
    }

    /// A mark is known by its one scalar; a mark with an accent on it is no mark.
    @Test func punctuationMarksAreKnownWithoutTheirText() {
        let tokens = Self.tokenizer.tokenize("Oui, dit-il. Non,\u{301} « bon » : (x)")
        let marks: [Unicode.Scalar] = [",", ".", "«", "»", ":", "(", ")"]
        for token in tokens {
            for mark in marks { #expect(token.isMark(mark) == (token.text == String(mark)), "\(token.text) \(mark)") }
        }
        #expect(tokens.filter { $0.isMark(",") }.count == 1)
    }

    @Test func aHyphenJoinsNothingButIsRemembered() {
        let tokens = Self.tokenizer.tokenize("le porte-parole, al-Sarraj - et")
        #expect(tokens.map(\.text) == ["le", "porte", "parole", ",", "al", "Sarraj", "-", "et"])
        #expect(tokens.map(\.hyphenBefore) == [false, false, true, false, false, true, false, false])
    }

    @Test func capitalsAndKindsAreReadFromEveryScript() {
        let tokens = Self.tokenizer.tokenize("ÉTAT Érdoğan état حلب Москва ½ 2020")
        #expect(tokens.map(\.isCapitalized) == [true, true, false, false, true, false, false])
        #expect(tokens.map(\.isAllCaps) == [true, false, false, false, false, false, false])
        #expect(tokens.map(\.kind) == [.word, .word, .word, .word, .word, .number, .number])
        #expect(tokens.map(\.folded) == ["etat", "erdogan", "etat", "حلب", "москва", "½", "2020"])
    }

    /// A combining accent belongs to the letter before it: "Idlib" written with a decomposed
    /// "é" folds as the precomposed one, and the mark never stands alone.
    @Test func aCombiningAccentStaysWithItsLetter() {
        let decomposed = Self.tokenizer.tokenize("Ide\u{301}lib, «\u{301} e\u{301}")
        #expect(decomposed.map(\.text) == ["Ide\u{301}lib", ",", "«\u{301}", "e\u{301}"])
        #expect(decomposed.map(\.folded) == ["idelib", ",", "«", "e"])
        #expect(decomposed[0].key == Self.tokenizer.tokenize("Idélib")[0].key)
    }

    /// Over the sample site's articles and some hard cases, every token's folded form, keys
    /// and range are what their slow definitions give.
    @Test func everyTokenAgreesWithTheSlowDefinitions() throws {
        let articles = repositoryRoot.appendingPathComponent("Content/articles")
        var texts = ["Ide\u{301}lib ÉTAT Erdoğan ǅemal İstanbul STRASSE straße ½ d\u{2019}Alep \u{1F1F8}\u{1F1FE} a\u{200D}b"]
        for file in try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted() {
            texts.append(try String(contentsOf: articles.appendingPathComponent(file), encoding: .utf8))
        }
        var read = 0
        for text in texts {
            for token in Self.tokenizer.tokenize(text) {
                #expect(String(text[token.range]) == token.text)
                #expect(token.folded == token.text.folded())
                #expect(token.lowered == token.text.lowercased())
                #expect(token.key == StableHash.fnv1a(token.folded))
                let folded = token.folded
                #expect(token.stemKey == (folded.count >= 3 ? StableHash.fnv1a(String(folded.prefix(3))) : 0))
                #expect(token.isCapitalized == token.text.first!.isUppercase)
                let letters = token.text.filter(\.isLetter)
                #expect(token.isAllCaps == (token.kind != .punctuation && !letters.isEmpty && letters.allSatisfy(\.isUppercase)))
                #expect((token.kind == .number) == (token.kind != .punctuation && token.text.first!.isNumber))
                read += 1
            }
        }
        #expect(read > 5_000)
    }

    /// Headlines are measured from their bytes where that gives what `count` gives, and the
    /// quotation marks they leave open are counted by their bytes.
    @Test func measuresAgreeWithCharacters() {
        let texts = ["Saraqeb", "armée turque", "re\u{301}unie", "a\r\nb", "« Nous »", "\u{1F1F8}\u{1F1FE} Syrie", "ǅemal ½", "", "e\u{301}«\u{301}"]
        for text in texts {
            #expect(text.characterCount == text.count, "\(text)")
            for mark: Character in ["«", "»", "\""] {
                #expect(text.count(ofMark: mark) == text.filter { $0 == mark }.count, "\(text) \(mark)")
            }
        }
    }

    /// A thread reads each word once: the table gives back what it was given for the same
    /// bytes, reads a long word every time, and starts again when full.
    @Test func theWordTableReadsEachWordOnce() {
        var table = WordTable(capacity: 1 << 10)
        var reads: [String] = []
        func word(_ text: String) -> InternedWord {
            var text = text
            return text.withUTF8 { bytes in
                table.word(bytes) { bytes in
                    let read = String(decoding: bytes, as: UTF8.self)
                    reads.append(read)
                    return InternedWord(id: UInt32(reads.count), key: Token.key(read.folded()), stemKey: 0, mark: 0,
                                        isNumber: false, isCapitalized: false, isAllCaps: false, isLowercase: read.lowercased() == read)
                }
            }
        }
        #expect(word("Saraqeb").key == Token.key("saraqeb"))
        #expect(word("armée").key == Token.key("armee"))
        #expect(word("Saraqeb").id == 1)
        #expect(word("Saraqe").id == 3)
        #expect(reads == ["Saraqeb", "armée", "Saraqe"])
        let long = String(repeating: "x", count: WordTable.longestWord + 1)
        _ = word(long)
        _ = word(long)
        #expect(reads.suffix(2) == [long, long])
        reads = []
        for n in 0..<table.capacity { _ = word("w\(n)") }
        #expect(reads.count == table.capacity)
        #expect(word("armée").id == UInt32(table.capacity + 1))
        #expect(reads.last == "armée")
    }

    /// The store gives one id to the same bytes, whichever thread asks and however often;
    /// another id to other bytes, and to the same bytes read as a punctuation mark; each id
    /// reads back its word. (Each token's text against its range: the test above.)
    @Test func theWordStoreKeepsEachWordOnceAcrossThreads() {
        // (A store of its own: the words below are not read as the tokenizer reads them.)
        let store = WordStore()
        let words = ["Saraqeb", "armée", "Idleb", "al-Bab", String(repeating: "y", count: 200), "\u{1F1F8}\u{1F1FE}"]
        @Sendable func ids(_ isMark: Bool) -> [UInt32] {
            words.map { word in
                var word = word
                return word.withUTF8 { bytes in
                    store.intern(bytes, isMark: isMark) { bytes in
                        let text = String(decoding: bytes, as: UTF8.self)
                        return ScannedWord(text: text, folded: text.folded(), isLowercase: false, key: Token.key(text.folded()),
                                           stemKey: 0, isNumber: false, isCapitalized: false, isAllCaps: false)
                    }.id
                }
            }
        }
        let first = ids(false)
        #expect(Set(first).count == words.count)
        let elsewhere = Array(0..<8).parallelMap { _ in ids(false) }
        #expect(elsewhere.allSatisfy { $0 == first })
        #expect(Set(ids(true)).isDisjoint(with: first))
        for (word, id) in zip(words, first) { #expect(store.word(id).pointee.text == word) }
    }

    /// Emptied, a store keeps nothing, counts a generation more (which the threads' tables
    /// compare), and gives ids again from the first, each reading back its word. (A store of its own: other tests use the process's.)
    @Test func anEmptiedStoreStartsAgain() {
        let store = WordStore()
        func intern(_ word: String) -> UInt32 {
            var word = word
            return word.withUTF8 { bytes in
                store.intern(bytes, isMark: false) { bytes in
                    let text = String(decoding: bytes, as: UTF8.self)
                    return ScannedWord(text: text, folded: text.folded(), isLowercase: false, key: 0, stemKey: 0,
                                       isNumber: false, isCapitalized: false, isAllCaps: false)
                }.id
            }
        }
        let words = (0..<5_000).map { "mot\($0)" }
        #expect(words.map(intern) == words.indices.map(UInt32.init))
        store.forgetAll(ifMoreThan: 5_000)
        #expect(store.count == 5_000 && store.generation == 0)
        store.forgetAll(ifMoreThan: 4_999)
        #expect(store.count == 0 && store.generation == 1)
        #expect(intern("armée") == 0)
        #expect(store.word(0).pointee.folded == "armee")
        #expect(intern("mot4999") == 1)
        #expect(store.word(1).pointee.text == "mot4999")
    }
}
