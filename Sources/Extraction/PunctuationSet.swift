/// A few punctuation marks (clause ends, quotation marks, terminators), tested against
/// tokens: a word or a number is none of them, and is told so without hashing its text.
struct PunctuationSet: Sendable, ExpressibleByArrayLiteral {
    private let marks: Set<String>

    init(arrayLiteral marks: String...) {
        self.marks = Set(marks)
    }

    func contains(_ token: Token) -> Bool {
        token.kind == .punctuation && marks.contains(token.text)
    }

    /// For a mark that is not a token (a headline's last character).
    func contains(_ text: String) -> Bool { marks.contains(text) }
}
