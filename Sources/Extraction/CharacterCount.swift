extension String {
    /// `count`, worked out from the bytes when every scalar is below U+0300 (ASCII and
    /// accented Latin letters, each a character of its own: see `CharacterAt`), and by
    /// grapheme breaking otherwise. Headlines are measured many times while they are cut.
    var characterCount: Int {
        var text = self
        let simple = text.withUTF8 { bytes -> Int? in
            var count = 0
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    // ("\r\n" is one character.)
                    if b == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { return nil }
                    i += 1
                } else if b >= 0xC2 && b <= 0xCB, i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 {
                    i += 2
                } else {
                    return nil
                }
                count += 1
            }
            return count
        }
        return simple ?? count
    }
}
