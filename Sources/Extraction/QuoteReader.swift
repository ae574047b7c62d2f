import Model

/// Quotations of a sentence: the words between « », “ ” or straight double quotes.
///
/// The marks are found by their UTF-8 bytes (`String.firstIndex(ofMark:from:)`): most
/// sentences quote nobody, and are never read character by character.
struct QuoteReader: Sendable {
    static let pairs: [(open: Character, close: Character)] = [("«", "»"), ("\u{201C}", "\u{201D}"), ("\"", "\"")]

    /// Quoted passages of two words or more, trimmed, in order.
    func quotes(in text: String) -> [String] {
        guard Self.mayOpen(text) else { return [] }
        var out: [String] = []
        var from = text.startIndex
        while let (opening, close) = Self.nextOpening(in: text, from: from) {
            let start = text.index(after: opening)
            guard let end = text.firstIndex(ofMark: close, from: start) else { break }
            var quote = String(text[start..<end]).trimmingWhitespace()
            while let last = quote.last, last == "," { quote.removeLast() }
            if quote.split(separator: " ", maxSplits: 1).count >= 2 { out.append(quote) }  // (two words: cut once)
            from = text.index(after: end)
        }
        return out
    }

    /// Whether the text holds a byte of an opening mark (the last byte of each: `"`, « and “
    /// end in 0x22, 0xAB and 0x9C): one pass over its bytes, where most sentences quote nobody.
    private static func mayOpen(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.contains { $0 == 0x22 || $0 == 0xAB || $0 == 0x9C } }
    }

    /// The first opening mark at or after `from`, and the mark that closes it.
    private static func nextOpening(in text: String, from: String.Index) -> (String.Index, Character)? {
        pairs.compactMap { pair in text.firstIndex(ofMark: pair.open, from: from).map { ($0, pair.close) } }
            .min { $0.0 < $1.0 }
    }
}
