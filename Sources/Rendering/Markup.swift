/// The renderer's one escaping of text placed in markup — HTML pages, SVG charts, feeds, the
/// sitemap — as element content or a quoted attribute value.
enum Markup {
    /// `&`, `<`, `>`, `"` and `'` as entities; characters XML 1.0 forbids dropped; line breaks kept.
    static func escape(_ text: String) -> String {
        // (Most text has nothing to escape or drop: it is returned as it is, its bytes read once.)
        guard text.utf8.contains(where: needsEscape) else { return text }
        return escapingEachScalar(text)
    }

    /// `escape`, reading every scalar.
    static func escapingEachScalar(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
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
