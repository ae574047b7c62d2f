import Model

extension String {
    /// Where the character `mark` (a quotation mark, a bracket) first stands at or after
    /// `from`. Its UTF-8 bytes are searched for, and each find is confirmed as the character
    /// it seems, not part of a longer grapheme: the text is not read character by character.
    func firstIndex(ofMark mark: Character, from: Index) -> Index? {
        let pattern = Array(mark.utf8)
        var offset = utf8.distance(from: utf8.startIndex, to: from)
        while let hit = byteOffset(of: pattern, from: offset) {
            let index = utf8.index(utf8.startIndex, offsetBy: hit)
            if self[index] == mark, utf8.distance(from: index, to: self.index(after: index)) == pattern.count { return index }
            offset = hit + 1
        }
        return nil
    }

    /// How many times the character `mark` stands in the text, found as `firstIndex(ofMark:from:)` finds it.
    func count(ofMark mark: Character) -> Int {
        var count = 0
        var from = startIndex
        while let found = firstIndex(ofMark: mark, from: from) {
            count += 1
            from = index(after: found)
        }
        return count
    }

    /// The offset of the first run of `pattern`'s bytes at or after `from`.
    private func byteOffset(of pattern: [UInt8], from: Int) -> Int? {
        var text = self
        return text.withUTF8 { bytes -> Int? in
            guard pattern.count <= bytes.count else { return nil }
            var i = from
            // (Most sentences have no mark: the first byte is searched for, then the rest compared.)
            while i + pattern.count <= bytes.count, let at = bytes.firstOffset(of: pattern[0], from: i) {
                if at + pattern.count <= bytes.count, pattern.indices.allSatisfy({ bytes[at + $0] == pattern[$0] }) { return at }
                i = at + 1
            }
            return nil
        }
    }
}
