/// A few punctuation marks (clause ends, quotation marks, terminators), each one scalar,
/// tested against tokens by their mark (`Token.mark`): a word or a number has none, and no
/// text is compared.
struct PunctuationSet: Sendable, ExpressibleByArrayLiteral {
    private let marks: [UInt32]

    init(arrayLiteral marks: Unicode.Scalar...) {
        self.marks = marks.map(\.value)
    }

    @inline(__always) func contains(_ token: Token) -> Bool {
        token.mark != 0 && marks.contains(token.mark)
    }

    /// For a mark that is not a token (a headline's last character).
    func contains(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.count == 1 && marks.contains(scalars.first!.value)
    }
}
