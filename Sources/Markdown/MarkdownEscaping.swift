/// Makes text safe to place into a Markdown document: every character that Markdown could read
/// as syntax is backslash-escaped, so `*`, `_`, `[x](y)` and `<script>` show as typed.
public enum MarkdownEscaping {
    /// ASCII punctuation that CommonMark lets a backslash escape.
    static let punctuation: Set<Character> = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

    /// Escapes inline text. Line breaks become spaces, so a value cannot start a new block.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for character in text {
            switch character {
            case "\n", "\r", "\r\n": out.append(" ")
            case _ where punctuation.contains(character):
                out.append("\\")
                out.append(character)
            default: out.append(character)
            }
        }
        return out
    }
}
