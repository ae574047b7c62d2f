import Mustache

/// What a page template is rendered with: the page's own value, and the names every page has
/// — `t` (the interface words), `h` (the same escaped for HTML blocks), `root` (the way up to
/// the site's root) and `breadcrumbHTML`.
struct PageScope: MustacheParent, TemplateScope {
    let page: any TemplateValue
    /// Empty on the home page.
    let breadcrumbHTML: String
    let root: String
    let labels: [String: String]
    let htmlLabels: [String: String]

    func datum(named name: FieldName) -> TemplateDatum? {
        switch name.text {
        case "t": .value(TemplateLabels(labels: labels))
        case "h": .value(TemplateLabels(labels: htmlLabels))
        case "root": .text(root, wrapped: true)
        case "breadcrumbHTML": .text(breadcrumbHTML, wrapped: true)
        default: page.datum(named: name)
        }
    }

    func child(named name: String) -> Any? { datum(named: FieldName(name))?.value }

    /// The names above, with their kinds, for `TemplateCheck`.
    static let names: [String: Set<FieldKind>] = [
        "t": [.section], "h": [.section], "root": [.address], "breadcrumbHTML": [.markup],
    ]
}

/// The values of `layout.html`, around every page's HTML. The layout is HTML: `{{name}}`
/// escapes for HTML there.
struct LayoutView: TemplateValue {
    var title: String
    var siteTitle: String
    var description: String
    var language: String
    var root: String
    var section: String
    /// The page's HTML, as cmark wrote it.
    var content: [UInt8]
    var ogTitle: String
    var ogType: String
    var ogLocale: String
    var canonical: String
    var hasCanonical: Bool
    var jsonLD: String
    var labels: [String: String]

    static let fields = TemplateFields<Self>([
        .text("title", \.title), .text("siteTitle", \.siteTitle), .text("description", \.description),
        .text("language", \.language), .address("root", \.root), .text("section", \.section),
        .markup("content", \.content), .text("ogTitle", \.ogTitle), .text("ogType", \.ogType),
        .text("ogLocale", \.ogLocale), .address("canonical", \.canonical), .flag("hasCanonical", \.hasCanonical),
        .markup("jsonLD", \.jsonLD), .labels("t", \.labels),
    ])
}
