import Testing
import Model
@testable import Extraction

/// A phrase table files its phrases by their first two words, their first word or their first
/// three letters; whichever way, it answers as a plain reading of its phrases in order does:
/// the longest phrase that matches, the one added first among those as long, and a one-word
/// prefix only when no other phrase matches.
@Suite struct PhraseTableTests {
    static let tokenizer = Tokenizer(elisions: ["l"])

    /// (Two phrases as long match "a bombe", and two "b bombe": the one added first wins.)
    static let phrases = ["a", "a b", "b bombe", "a b c", "a c", "a b x", "a b", "a bomb*", "bomb*", "b", "b a", "bombe", "c a b",
                          "x", "bombard*", "a b c x", "c", "a x", "l'a b", "b c a", "a bombe", "b bomb*"]

    /// The phrases as words, and whether the last is a prefix.
    static let written: [(words: [String], prefixLast: Bool)] = phrases.map { phrase in
        let prefixLast = phrase.hasSuffix("*")
        let text = prefixLast ? String(phrase.dropLast()) : phrase
        return (tokenizer.tokenizePhrase(text).map(\.folded), prefixLast)
    }

    static var table: PhraseTable<Int> {
        var table = PhraseTable<Int>()
        for (n, phrase) in phrases.enumerated() { table.add(phrase, payload: n, tokenizer: tokenizer, casing: .any) }
        return table
    }

    /// The match at `positions[index]` by reading every phrase in the order it was added.
    static func plainMatch(_ tokens: [Token], _ positions: [Int], at index: Int) -> (end: Int, phrase: Int)? {
        func matches(_ phrase: (words: [String], prefixLast: Bool)) -> Bool {
            guard index + phrase.words.count <= positions.count else { return false }
            return phrase.words.indices.allSatisfy { k in
                let folded = tokens[positions[index + k]].folded
                return k == phrase.words.count - 1 && phrase.prefixLast ? folded.hasPrefix(phrase.words[k]) : folded == phrase.words[k]
            }
        }
        let isStem = { (n: Int) in written[n].prefixLast && written[n].words.count == 1 }
        let candidates = written.indices.filter { !isStem($0) && matches(written[$0]) }
        if let best = candidates.max(by: { a, b in
            written[a].words.count != written[b].words.count ? written[a].words.count < written[b].words.count : a > b
        }) {
            return (index + written[best].words.count, best)
        }
        return written.indices.first { isStem($0) && matches(written[$0]) }.map { (index + 1, $0) }
    }

    /// Every text of up to four words drawn from the phrases' words and a few others.
    @Test func answersAsAPlainReadingOfItsPhrases() {
        let table = Self.table
        let words = ["a", "b", "c", "x", "bombe", "bombardé", "bomb", "l'a", "y"]
        var texts: [[String]] = [[]]
        var compared = 0
        for _ in 1...4 {
            texts = texts.flatMap { text in words.map { text + [$0] } }
            for text in texts {
                let tokens = Self.tokenizer.tokenize(text.joined(separator: " "))
                for index in tokens.indices {
                    let expected = Self.plainMatch(tokens, Array(tokens.indices), at: index)
                    let match = table.match(tokens, at: index)
                    #expect(match?.end == expected?.end && match?.payload == expected?.phrase, "\(text) at \(index)")
                    compared += 1
                }
                // Over some positions only, as the rules read a sentence without its adverbs ("y").
                let kept = tokens.indices.filter { tokens[$0].folded != "y" }
                var expected: [[Int]] = []
                var i = 0
                while i < kept.count {
                    if let m = Self.plainMatch(tokens, kept, at: i) { expected.append([i, m.end, m.phrase]); i = m.end } else { i += 1 }
                }
                #expect(table.matches(in: tokens, at: kept).map { [$0.start, $0.end, $0.payload] } == expected, "\(text)")
            }
        }
        #expect(compared > 20_000)
    }
}
