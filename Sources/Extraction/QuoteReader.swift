import Model

/// Quotations of a sentence: the words between « », “ ” or straight double quotes.
struct QuoteReader: Sendable {
    static let pairs: [Character: Character] = ["«": "»", "\u{201C}": "\u{201D}", "\"": "\""]

    /// Quoted passages of two words or more, trimmed, in order.
    func quotes(in text: String) -> [String] {
        guard Self.mayOpenAQuote(text) else { return [] }
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

    /// Whether the text holds the bytes of an opening mark at all: most sentences quote nobody,
    /// and this saves reading them character by character.
    private static func mayOpenAQuote(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            // '"'; « (C2 AB); “ (E2 80 9C), found by its last two bytes.
            if byte == 0x22 || (previous == 0xC2 && byte == 0xAB) || (previous == 0x80 && byte == 0x9C) { return true }
            previous = byte
        }
        return false
    }
}
