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
    /// The same templates, read once for rendering; nil for a theme that uses what
    /// `TemplateProgram` does not read, which swift-mustache then renders alone.
    let themeRenderer: ThemeRenderer?

    init(theme: Theme) throws {
        MarkdownContentType.registerOnce
        var library = MustacheLibrary()
        var templates: [String: String] = [:]
        for (path, text) in theme.files where path.hasSuffix(".md") {
            let name = String(path.dropLast(3))
            let template = MarkdownContentType.pragma + text
            templates[name] = template
            do {
                try library.register(template, named: name)
            } catch {
                throw Self.describe(error, in: path)
            }
        }
        self.library = library
        let layoutText = try theme.file("layout.html")
        do {
            self.layout = try MustacheTemplate(string: layoutText)
        } catch {
            throw Self.describe(error, in: "layout.html")
        }
        themeRenderer = ThemeRenderer(templates: templates, layout: layoutText)
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

    /// The Markdown a page template produces (before cmark).
    func markdown(_ template: String, _ scope: PageScope) throws -> String {
        guard let themeRenderer else { return try mustacheMarkdown(template, scope) }
        guard let text = themeRenderer.render(template, scope) else { throw Self.missing(template) }
        return text
    }

    /// The same, rendered by swift-mustache, with any values: what `ThemeRenderer` must match.
    func mustacheMarkdown(_ template: String, _ values: any MustacheParent) throws -> String {
        guard let text = library.render(values, withTemplate: template) else { throw Self.missing(template) }
        return text
    }

    private static func missing(_ template: String) -> Diagnostic {
        Diagnostic(file: "Templates/\(template).md", message: "the theme has no \(template).md")
    }

    /// A whole HTML page: the template's Markdown through cmark, inside the layout.
    func page(_ template: String, _ scope: PageScope, layout values: LayoutView) throws -> String {
        var values = values
        values.content = Array(CommonMark.html(try markdown(template, scope), rawHTML: .allow).utf8)
        return themeRenderer?.renderLayout(values) ?? layout.render(values)
    }

    /// The same page as its file's bytes. With the theme's templates read once, the Markdown
    /// goes to cmark and the page to its file as bytes, not checked again as strings.
    func pageUTF8(_ template: String, _ scope: PageScope, layout values: LayoutView) throws -> [UInt8] {
        guard let themeRenderer else { return Array(try page(template, scope, layout: values).utf8) }
        guard let markdown = themeRenderer.renderUTF8(template, scope) else { throw Self.missing(template) }
        var values = values
        values.content = CommonMark.htmlUTF8(markdown, rawHTML: .allow)
        return themeRenderer.renderLayoutUTF8(values)
    }

    /// The layout around some HTML, rendered by swift-mustache.
    func mustacheLayout(_ values: LayoutView) -> String { layout.render(values) }
}

/// Mustache escaping for Markdown output.
struct MarkdownContentType: MustacheContentType {
    static let pragma = "{{% CONTENT_TYPE: MARKDOWN}}"

    static let registerOnce: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()

    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
}
