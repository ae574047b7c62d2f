/// A link from an editor's Markdown to the site's own pages: `[[actor:vladimir-poutine]]`,
/// `[[topic:idlib]]`, `[[event:ID]]`, `[[article:NAME]]`, with an optional label after `|`
/// (`[[topic:idlib|la bataille d'Idlib]]`).
public struct NoteLink: Hashable, Codable, Sendable {
    public enum LinkKind: String, Hashable, Codable, Sendable, CaseIterable {
        case actor, topic, event, article
    }

    /// Nil when the text names a kind that does not exist (`[[acteur:x]]`).
    public var kind: LinkKind?
    /// The kind as written.
    public var kindText: String
    public var target: String
    public var label: String?
    /// Where it is in its file, 1-based.
    public var line: Int
    public var column: Int

    /// Every link of a Markdown text whose first line is the file's line `firstLine`.
    public static func scan(_ text: String, firstLine: Int = 1) -> [NoteLink] {
        var out: [NoteLink] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for (column, inner) in links(in: line) {
                out.append(parse(inner, line: firstLine + offset, column: column))
            }
        }
        return out
    }

    /// The text with every link replaced by what `render` makes of it.
    public static func replacing(in text: String, _ render: (NoteLink) -> String) -> String {
        guard text.contains("[[") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]"),
              !rest[open.upperBound..<close.lowerBound].contains("\n") {
            out += rest[..<open.lowerBound]
            out += render(parse(rest[open.upperBound..<close.lowerBound], line: 0, column: 0))
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// `[[…]]` in one line: the 1-based column of each opening and what is inside.
    private static func links(in line: Substring) -> [(Int, Substring)] {
        var out: [(Int, Substring)] = []
        var rest = line
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            out.append((line.distance(from: line.startIndex, to: open.lowerBound) + 1, rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return out
    }

    private static func parse(_ inner: Substring, line: Int, column: Int) -> NoteLink {
        let (reference, label) = inner.firstIndex(of: "|").map { (inner[..<$0], String(inner[inner.index(after: $0)...])) } ?? (inner, nil)
        let kindText = reference.firstIndex(of: ":").map { String(reference[..<$0]) } ?? ""
        let target = reference.firstIndex(of: ":").map { String(reference[reference.index(after: $0)...]) } ?? String(reference)
        return NoteLink(kind: LinkKind(rawValue: kindText.lowercased()), kindText: kindText, target: target.trimmingSpaces(),
                        label: label?.trimmingSpaces(), line: line, column: column)
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
