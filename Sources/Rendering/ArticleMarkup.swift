import Markdown
import Model

/// An article's paragraphs as Markdown, with the sentences that yielded events marked and
/// linked to those events on the timeline.
enum ArticleMarkup {
    static func paragraphs(of article: Article, events: [Event], links: Links) -> [ParagraphView] {
        // Sentence → the events it yielded, per paragraph.
        var marks: [Int: [(sentence: String, events: [String])]] = [:]
        for event in events {
            for source in event.sources where source.article == article.fileName {
                if let i = marks[source.paragraph]?.firstIndex(where: { $0.sentence == source.sentence }) {
                    marks[source.paragraph]![i].events.append(event.id)
                } else {
                    marks[source.paragraph, default: []].append((source.sentence, [event.id]))
                }
            }
        }
        return article.paragraphs.enumerated().map { offset, text in
            let index = offset + 1
            let marked = (marks[index] ?? []).map { ParagraphView.Mark(sentence: $0.sentence, url: links.event($0.events[0])) }
            return ParagraphView(text: text, marks: marked, index: index)
        }
    }

    /// Escaped text with each marked sentence as `<mark>` around a link to its first event.
    static func markdown(_ text: String, marks: [ParagraphView.Mark], paragraph: Int) -> String {
        var ranges: [(Range<String.Index>, String, String)] = []
        for mark in marks {
            guard let range = text.literalRange(of: mark.sentence) ?? text.range(of: mark.sentence), !mark.sentence.isEmpty,
                  !ranges.contains(where: { $0.0.overlaps(range) }) else { continue }
            let anchor = SentenceAnchor.id(SourceRef(article: "", paragraph: paragraph, sentence: mark.sentence))
            ranges.append((range, anchor, mark.url))
        }
        ranges.sort { $0.0.lowerBound < $1.0.lowerBound }
        var out = ""
        var cursor = text.startIndex
        for (range, anchor, url) in ranges {
            out += MarkdownEscaping.escape(String(text[cursor..<range.lowerBound]))
            out += "<mark id=\"\(anchor)\">[" + MarkdownEscaping.escape(String(text[range])) + "](\(url))</mark>"
            cursor = range.upperBound
        }
        out += MarkdownEscaping.escape(String(text[cursor...]))
        return out
    }
}
