/// `sitemap.xml` (sitemaps.org protocol) and `robots.txt`.
enum Sitemap {
    static func xml(pages: [String], address: SiteAddress) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            out += "  <url><loc>\(XML.escape(address.url(page)))</loc></url>\n"
        }
        return out + "</urlset>\n"
    }

    static func robots(address: SiteAddress) -> String {
        "User-agent: *\nAllow: /\nSitemap: \(address.url("sitemap.xml"))\n"
    }
}
