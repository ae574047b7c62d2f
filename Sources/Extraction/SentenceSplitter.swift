/// A sentence of an article: its block (0 = title), its text and its tokens.
struct Sentence: Sendable {
    var paragraph: Int
    /// Position of the sentence in its paragraph, from 0.
    var index: Int
    var text: String
    var tokens: [Token]
    /// The paragraph the token ranges point into.
    var source: String

    /// The text from token `start` to token `end - 1`, as written.
    func slice(_ start: Int, _ end: Int) -> String {
        String(source[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound])
    }
}

/// A block of an article (its title or a paragraph) cut into sentences, with all its tokens
/// in a row: the sentences' tokens end to end, kept whole for what reads a paragraph at once
/// (its topics), which then need not join them again.
struct SentenceBlock: Sendable {
    var sentences: [Sentence]
    var tokens: [Token]
}

/// Splits a paragraph into sentences on its tokens.
///
/// A full stop ends a sentence only when the next word is capitalised (or opens a quote),
/// the word before it is not an abbreviation ("M.", "Gen.", "Jan.") or an initial, and no
/// quotation is open: "« Il viendra. Nous verrons », a-t-il dit." is one sentence.
struct SentenceSplitter: Sendable {
    let rules: LanguageRules

    static let openingQuotes: PunctuationSet = ["«", "\u{201C}", "\u{2018}", "\u{201E}"]
    static let closingQuotes: PunctuationSet = ["»", "\u{201D}"]
    static let terminators: PunctuationSet = [".", "!", "?", "\u{2026}"]

    func split(_ text: String, paragraph: Int) -> [Sentence] { block(text, paragraph: paragraph).sentences }

    /// The paragraph's sentences, and its tokens in a row.
    func block(_ text: String, paragraph: Int) -> SentenceBlock {
        var tokens = rules.tokenizer.tokenize(text)
        rules.vocabulary.classify(&tokens)
        rules.commonNouns.markNames(&tokens)
        let unmatched = Self.unmatchedQuotes(tokens)
        markQuotes(&tokens, ignoring: unmatched)
        // depth[i]: quotations («», “”) still open before token i, counted once for the paragraph.
        var depth = [Int](repeating: 0, count: tokens.count + 1)
        for k in tokens.indices {
            var d = depth[k]
            // (Words are most tokens, and none is a quotation mark: they are not copied to be asked.)
            if tokens[k].kind == .punctuation, !unmatched.contains(k) {
                if Self.openingQuotes.contains(tokens[k]) { d += 1 }
                if Self.closingQuotes.contains(tokens[k]) { d = max(0, d - 1) }
            }
            depth[k + 1] = d
        }
        var sentences: [Sentence] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            if isBoundary(tokens, after: i, depth: depth) {
                sentences.append(make(text, Array(tokens[start...i]), paragraph, sentences.count))
                start = i + 1
            }
            i += 1
        }
        if start < tokens.count {
            sentences.append(make(text, Array(tokens[start...]), paragraph, sentences.count))
        }
        return SentenceBlock(sentences: sentences, tokens: tokens)
    }

    private func make(_ text: String, _ tokens: [Token], _ paragraph: Int, _ index: Int) -> Sentence {
        let range = tokens.first!.range.lowerBound..<tokens.last!.range.upperBound
        return Sentence(paragraph: paragraph, index: index, text: String(text[range]), tokens: tokens, source: text)
    }

    /// Quotation marks that nothing closes (or that close nothing): a « left open by a typing
    /// slip must not make the rest of the paragraph one quotation, and one sentence.
    static func unmatchedQuotes(_ tokens: [Token]) -> Set<Int> {
        var open: [Int] = []
        var unmatched: Set<Int> = []
        var straight: [Int] = []
        for k in tokens.indices where tokens[k].kind == .punctuation {
            if openingQuotes.contains(tokens[k]) {
                open.append(k)
            } else if closingQuotes.contains(tokens[k]) {
                if open.popLast() == nil { unmatched.insert(k) }
            } else if tokens[k].isMark("\"") {
                straight.append(k)
            }
        }
        unmatched.formUnion(open)
        if straight.count % 2 == 1, let last = straight.last { unmatched.insert(last) }
        return unmatched
    }

    /// Sets `inQuote` on the words between quotation marks (the marks themselves excluded).
    private func markQuotes(_ tokens: inout [Token], ignoring unmatched: Set<Int>) {
        var depth = 0
        var straightOpen = false
        for i in tokens.indices {
            guard tokens[i].kind == .punctuation else {
                tokens[i].inQuote = depth > 0 || straightOpen
                continue
            }
            if unmatched.contains(i) {
                continue
            } else if Self.openingQuotes.contains(tokens[i]) {
                depth += 1
            } else if Self.closingQuotes.contains(tokens[i]) {
                depth = max(0, depth - 1)
            } else if tokens[i].isMark("\"") {
                straightOpen.toggle()
            } else {
                tokens[i].inQuote = depth > 0 || straightOpen
            }
        }
    }

    private func isBoundary(_ tokens: [Token], after i: Int, depth: [Int]) -> Bool {
        guard tokens[i].kind == .punctuation, i + 1 < tokens.count else { return false }
        // (The tokens are read in place: a copy of each mark would retain its strings.)
        if Self.closingQuotes.contains(tokens[i]) || (tokens[i].isMark("\"") && i > 0 && !tokens[i - 1].inQuote && tokens[i - 1].isPunctuation) {
            // “... here.” The next sentence starts after the closing quote.
            guard i > 0, Self.terminators.contains(tokens[i - 1]), depth[i + 1] == 0 else { return false }
            return startsSentence(tokens[i + 1])
        }
        guard Self.terminators.contains(tokens[i]), !tokens[i].inQuote, depth[i] == 0 else { return false }
        guard startsSentence(tokens[i + 1]) else { return false }
        if tokens[i].isMark("."), i > 0 {
            let before = tokens[i - 1]
            if before.isWord, rules.abbreviations.contains(before) { return false }
            if before.isWord, before.text.count == 1, before.isCapitalized { return false }
        }
        return true
    }

    private func startsSentence(_ token: Token) -> Bool {
        (token.isWord && token.isCapitalized) || Self.openingQuotes.contains(token) || token.isMark("\"")
            || token.kind == .number
    }
}
