/// The scalars below U+0300 — ASCII and the accented Latin letters, "«", "²" — read from
/// their UTF-8 bytes. None of them joins a neighbour into one grapheme (combining marks begin
/// at U+0300), so in a text of such scalars each is a character of its own, and equal
/// characters are equal bytes: the tokenizer, word endings and headline lengths read such
/// text as bytes, and everything else as `Character`s.
enum SimpleScalars {
    /// Whether a byte begins an ASCII character or a two-byte scalar from U+0080 to U+02FF.
    @inline(__always) static func isLead(_ byte: UInt8) -> Bool { byte < 0x80 || (byte >= 0xC2 && byte <= 0xCB) }

    /// The scalar that begins at byte `i` and its length in bytes, when it is below U+0300.
    @inline(__always) static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: Int, length: Int)? {
        let b = bytes[i]
        if b < 0x80 { return (Int(b), 1) }
        guard b >= 0xC2 && b <= 0xCB, i + 1 < bytes.count, bytes[i + 1] & 0xC0 == 0x80 else { return nil }
        return (Int(b & 0x1F) << 6 | Int(bytes[i + 1] & 0x3F), 2)
    }

    /// How many characters the bytes hold, when every scalar is below U+0300 and no "\r\n"
    /// makes two bytes one character; else nil.
    static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // (ASCII without a carriage return, most text: a character a byte.)
        var ascii = 0
        while ascii < bytes.count, bytes[ascii] < 0x80, bytes[ascii] != 13 { ascii += 1 }
        if ascii == bytes.count { return ascii }
        // (The rest is read from where the plain prefix ends, each byte of which was a character.)
        var count = ascii
        var i = ascii
        while i < bytes.count {
            guard let (value, length) = scalar(in: bytes, at: i) else { return nil }
            if value == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { return nil }
            i += length
            count += 1
        }
        return count
    }
}

extension String {
    /// `count`, worked out from the bytes when every scalar is below U+0300
    /// (`SimpleScalars`), and by grapheme breaking otherwise. Headlines are measured many
    /// times while they are cut.
    var characterCount: Int {
        var text = self
        return text.withUTF8 { SimpleScalars.characterCount($0) } ?? count
    }
}
