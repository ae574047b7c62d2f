import Model
import Markdown
import Mustache

/// Turns a page's values into HTML: Markdown template (Mustache) → cmark → HTML layout.
///
/// Values placed with `{{name}}` in a Markdown template are escaped for Markdown, so content
/// shows as text; `{{{name}}}` is reserved for markup the renderer built itself from escaped
/// parts. The templates themselves are trusted: their raw HTML passes through cmark.
struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    private let layout: MustacheTemplate

    init(theme: Theme) throws {
        MarkdownContentType.registerOnce
        var library = MustacheLibrary()
        for (path, text) in theme.files where path.hasSuffix(".md") {
            let name = String(path.dropLast(3))
            do {
                try library.register(MarkdownContentType.pragma + text, named: name)
            } catch {
                throw Self.describe(error, in: path)
            }
        }
        self.library = library
        do {
            self.layout = try MustacheTemplate(string: try theme.file("layout.html"))
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Self.describe(error, in: "layout.html")
        }
    }

    /// A template's syntax error where it is, in words.
    static func describe(_ error: any Error, in path: String) -> Diagnostic {
        guard let parse = error as? MustacheTemplate.ParserError else { return Diagnostic(file: "Templates/\(path)", message: "\(error)") }
        let reason = switch parse.error as? MustacheTemplate.Error {
        case .expectedSectionEnd: "a section ({{#name}} or {{^name}}) is never closed with {{/name}}"
        case .sectionCloseNameIncorrect: "{{/…}} closes a section of another name"
        case .unfinishedName: "a tag is not closed with }}"
        default: "\(parse.error)"
        }
        return Diagnostic(file: "Templates/\(path)", line: parse.context.lineNumber, column: parse.context.columnNumber, message: reason)
    }

    /// The Markdown a page template produces (before cmark), for tests and debugging.
    func markdown(_ template: String, _ values: any MustacheParent) throws -> String {
        guard let text = library.render(values, withTemplate: template) else {
            throw Diagnostic(file: "Templates/\(template).md", message: "the theme has no \(template).md")
        }
        return text
    }

    /// A whole HTML page: the template's Markdown through cmark, inside the layout.
    func page(_ template: String, _ scope: PageScope, layout values: LayoutView) throws -> String {
        var values = values
        values.content = CommonMark.html(try markdown(template, scope), rawHTML: .allow)
        return layout.render(values)
    }
}

/// Mustache escaping for Markdown output.
struct MarkdownContentType: MustacheContentType {
    static let pragma = "{{% CONTENT_TYPE: MARKDOWN}}"

    static let registerOnce: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()

    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
}
