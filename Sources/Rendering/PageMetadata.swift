import Foundation
import Model

/// What a page tells link previews and search engines: Open Graph tags and JSON-LD.
struct PageMetadata {
    let description: String
    let ogTitle: String
    let ogType: String
    /// The page's address, when the site's is known.
    let canonical: String?
    /// The JSON-LD object, safe inside `<script>`.
    let jsonLD: String

    /// Longest description kept, in characters.
    static let descriptionLength = 200

    /// - Parameter siteDescription: the site's description, shortened once for the pages that
    ///   have no summary of their own.
    init(job: PageJob, site: SiteConfig, siteDescription: String) {
        let description = job.summary?.isEmpty == false ? PageMetadata.shorten(job.summary!) : siteDescription
        self.description = description
        let isArticle = job.template == "article" || job.template == "note"
        let address = SiteAddress(site: site)
        let canonical = site.baseURL.map { _ in address.url(job.path) }
        var schema: [String: String] = [
            "@context": "https://schema.org",
            "@type": job.template == "article" ? "NewsArticle" : isArticle ? "Article" : job.depth == 0 ? "WebSite" : "WebPage",
            "name": job.title ?? site.title,
            "description": description,
            "inLanguage": site.language,
        ]
        if isArticle { schema["headline"] = job.title ?? site.title }
        if let day = job.published { schema["datePublished"] = day.iso }
        if let canonical { schema["url"] = canonical }
        ogTitle = job.title ?? site.title
        ogType = isArticle ? "article" : "website"
        self.canonical = canonical
        jsonLD = PageMetadata.json(schema)
    }

    /// The JSON-LD object, keys sorted, its strings safe inside `<script>`.
    static func json(_ fields: [String: String]) -> String {
        var json = PrettyJSON()
        json.scriptSafe = true
        json.beginObject()
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            json.key(key)
            json.string(value)
        }
        json.endObject()
        return String(decoding: json.bytes, as: UTF8.self) + "\n"
    }

    /// Cut at a word boundary, with an ellipsis.
    static func shorten(_ text: String) -> String {
        text.shortened(to: descriptionLength, joiningRunsOf: \.isWhitespace)
    }
}
