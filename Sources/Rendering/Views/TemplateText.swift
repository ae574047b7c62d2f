import Mustache

/// A field's text as Mustache receives it.
///
/// Mustache asks a value it prints what it is, one protocol at a time (a template? a
/// lambda? an optional?) before it prints a plain `String` through `String(describing:)`.
/// A value that says at once that it renders itself (`MustacheCustomRenderable`) is printed
/// after two of those questions instead of six; on a site's pages, that is most of what
/// printing a field costs. It renders exactly what the string would, escaped or not as the
/// template says, and takes the same transforms (`{{uppercased(title)}}`).
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    var renderText: String { text }
    /// A text, even empty, opens its section (`{{#summaryLang}}`), as a string does.
    var isNull: Bool { false }
    func transform(_ name: String) -> Any? { text.transform(name) }
}

/// The interface words (`{{t.killed}}`), each given to Mustache as a `TemplateText`.
struct TemplateLabels: MustacheParent, MustacheTransformable, TemplateScope {
    let labels: [String: String]

    func datum(named name: FieldName) -> TemplateDatum? { labels[name.text].map { .text($0, wrapped: true) } }
    func child(named name: String) -> Any? { labels[name].map(TemplateText.init) }
    func transform(_ name: String) -> Any? { labels.transform(name) }
}
