import Model

/// Quotations of a sentence: the words between « », “ ” or straight double quotes.
struct QuoteReader: Sendable {
    static let pairs: [Character: Character] = ["«": "»", "\u{201C}": "\u{201D}", "\"": "\""]

    /// Quoted passages of two words or more, trimmed, in order.
    func quotes(in text: String) -> [String] {
        var out: [String] = []
        var i = text.startIndex
        while i < text.endIndex {
            if let close = Self.pairs[text[i]] {
                let start = text.index(after: i)
                guard let end = text[start...].firstIndex(of: close) else { break }
                var quote = String(text[start..<end]).trimmingWhitespace()
                while let last = quote.last, last == "," { quote.removeLast() }
                if quote.split(separator: " ").count >= 2 { out.append(quote) }
                i = text.index(after: end)
            } else {
                i = text.index(after: i)
            }
        }
        return out
    }
}
