import Model

/// Quotations of a sentence: the words between « », “ ” or straight double quotes.
///
/// The marks are found by their UTF-8 bytes, and each find is confirmed as the character it
/// seems (not part of a longer grapheme): most sentences quote nobody, and are never read
/// character by character.
struct QuoteReader: Sendable {
    static let pairs: [(open: Character, close: Character)] = [("«", "»"), ("\u{201C}", "\u{201D}"), ("\"", "\"")]

    /// Quoted passages of two words or more, trimmed, in order.
    func quotes(in text: String) -> [String] {
        var out: [String] = []
        var from = text.startIndex
        while let (opening, close) = Self.nextOpening(in: text, from: from) {
            let start = text.index(after: opening)
            guard let end = Self.first(close, in: text, from: start) else { break }
            var quote = String(text[start..<end]).trimmingWhitespace()
            while let last = quote.last, last == "," { quote.removeLast() }
            if quote.split(separator: " ").count >= 2 { out.append(quote) }
            from = text.index(after: end)
        }
        return out
    }

    /// The first opening mark at or after `from`, and the mark that closes it.
    private static func nextOpening(in text: String, from: String.Index) -> (String.Index, Character)? {
        pairs.compactMap { pair in first(pair.open, in: text, from: from).map { ($0, pair.close) } }
            .min { $0.0 < $1.0 }
    }

    /// Where the character `mark` first stands in `text` at or after `from`.
    private static func first(_ mark: Character, in text: String, from: String.Index) -> String.Index? {
        let utf8 = text.utf8
        let pattern = Array(mark.utf8)
        var offset = utf8.distance(from: utf8.startIndex, to: from)
        while let hit = byteOffset(of: pattern, in: text, from: offset) {
            let index = utf8.index(utf8.startIndex, offsetBy: hit)
            if text[index] == mark, utf8.distance(from: index, to: text.index(after: index)) == pattern.count { return index }
            offset = hit + 1
        }
        return nil
    }

    /// The offset of the first run of `pattern`'s bytes at or after `from`.
    private static func byteOffset(of pattern: [UInt8], in text: String, from: Int) -> Int? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard pattern.count <= bytes.count else { return nil }
            var i = from
            while i + pattern.count <= bytes.count {
                if bytes[i] == pattern[0], pattern.indices.allSatisfy({ bytes[i + $0] == pattern[$0] }) { return i }
                i += 1
            }
            return nil
        } ?? nil
    }
}
