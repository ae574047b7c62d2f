/// The renderer's one escaping of text placed in markup — HTML pages, SVG charts, feeds, the
/// sitemap — as element content or a quoted attribute value.
enum Markup {
    /// `&`, `<`, `>`, `"` and `'` as entities; characters XML 1.0 forbids dropped; line breaks kept.
    static func escape(_ text: String) -> String {
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

    /// `escape` with line breaks made spaces: for an attribute, or HTML inside Markdown, where a
    /// blank line would end the block.
    static func escapeOnOneLine(_ text: String) -> String {
        escape(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}
