import Model

/// Where a site file will be reachable: absolute when `base_url` is set, else relative to
/// the site's root (feeds and sitemaps read by tools that know the file's own address).
struct SiteAddress: Sendable {
    let base: String?

    init(site: SiteConfig) {
        base = site.baseURL
    }

    /// `topics/idlib/index.html` → `https://example.org/topics/idlib/index.html` or itself.
    func url(_ path: String) -> String {
        guard let base else { return path }
        return base + "/" + path
    }

    /// A stable identifier for feed entries: the address when known, else a tag URI.
    func id(_ path: String) -> String {
        base == nil ? "tag:briefings,2020:" + path : url(path)
    }
}
