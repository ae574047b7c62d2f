/// Makes text safe to place into a Markdown document: every character that Markdown could read
/// as syntax is backslash-escaped, so `*`, `_`, `[x](y)` and `<script>` show as typed.
public enum MarkdownEscaping {
    /// Escapes inline text. Line breaks become spaces, so a value cannot start a new block.
    public static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        escape(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same, written at the end of `out` (what a template's rendering writes into).
    public static func escape(_ text: String, into out: inout [UInt8]) {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                // "\r\n" is one line break, one space.
                if !(byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r")) { out.append(UInt8(ascii: " ")) }
            case _ where isPunctuation(byte):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            default:
                out.append(byte)
            }
            previous = byte
        }
    }

    /// ASCII punctuation, which CommonMark lets a backslash escape: ! to /, : to @, [ to `, { to ~.
    static func isPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
