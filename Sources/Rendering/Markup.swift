/// The renderer's one escaping of text placed in markup — HTML pages, SVG charts, feeds, the
/// sitemap — as element content or a quoted attribute value.
enum Markup {
    /// `&`, `<`, `>`, `"` and `'` as entities; characters XML 1.0 forbids dropped; line breaks kept.
    ///
    /// Read as bytes: every scalar it changes or drops is ASCII, one byte, and every byte of
    /// another scalar is from 0x80. The runs between are copied whole, and text with nothing to
    /// change is returned as it is.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for (i, byte) in bytes.enumerated() where needsEscape(byte) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                runStart = i + 1
                switch byte {
                case 0x26: out.append(contentsOf: "&amp;".utf8)
                case 0x3C: out.append(contentsOf: "&lt;".utf8)
                case 0x3E: out.append(contentsOf: "&gt;".utf8)
                case 0x22: out.append(contentsOf: "&quot;".utf8)
                case 0x27: out.append(contentsOf: "&apos;".utf8)
                default: break  // a control character: dropped
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A byte of a scalar that `escape` changes or drops: the five marks, and controls other
    /// than line feed, tab and carriage return. (Every other scalar is copied as it is, and the
    /// bytes of a scalar from U+0080 are all from 0x80.)
    @inline(__always) private static func needsEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27: true
        case 0x0A, 0x09, 0x0D: false
        default: byte < 0x20
        }
    }

    /// `escape` with line breaks made spaces: for an attribute, or HTML inside Markdown, where a
    /// blank line would end the block.
    static func escapeOnOneLine(_ text: String) -> String {
        // (Most labels have no line break, and are not read character by character for one.)
        guard text.unicodeScalars.contains(where: isLineBreak) else { return escape(text) }
        return escape(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    /// The scalars of the characters that are `isNewline`: LF, VT, FF, CR, NEL, LS and PS (a
    /// line break is always a character of its own, or CR LF).
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
