import Model
/// `sitemap.xml` (sitemaps.org protocol) and `robots.txt`.
enum Sitemap {
    /// The most addresses one sitemap may list (the sitemaps protocol's limit).
    static let limit = 50_000

    /// `sitemap.xml`, and for a site of more than `limit` pages, `sitemaps/<n>.xml` with
    /// `sitemap.xml` as their index.
    static func files(pages: [String], address: SiteAddress) -> [SiteFile] {
        let sorted = pages.sorted()
        guard sorted.count > limit else { return [SiteFile(path: "sitemap.xml", text: xml(pages: sorted, address: address))] }
        var files: [SiteFile] = []
        for start in stride(from: 0, to: sorted.count, by: limit) {
            let path = "sitemaps/\(start / limit + 1).xml"
            files.append(SiteFile(path: path, text: xml(pages: Array(sorted[start..<min(start + limit, sorted.count)]), address: address)))
        }
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for file in files { index += "  <sitemap><loc>\(Markup.escape(address.url(file.path)))</loc></sitemap>\n" }
        return files + [SiteFile(path: "sitemap.xml", text: index + "</sitemapindex>\n")]
    }

    static func xml(pages: [String], address: SiteAddress) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            out += "  <url><loc>\(Markup.escape(address.url(page)))</loc></url>\n"
        }
        return out + "</urlset>\n"
    }

    static func robots(address: SiteAddress) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(address.url("sitemap.xml"))\n"
    }
}
