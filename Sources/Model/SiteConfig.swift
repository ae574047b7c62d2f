/// `Content/site.yml`: what the site is called and in which language it speaks.
public struct SiteConfig: Hashable, Sendable {
    public var title: String
    /// `fr` or `en`.
    public var language: String
    public var description: String
    /// The address the site is published at, if known (for absolute links in feeds).
    public var baseURL: String?
    /// Articles larger than this are refused (a wire dispatch is a few kilobytes; a file of
    /// many megabytes is an export or a mistake, and would take minutes to read).
    public var maxArticleBytes: Int
    /// Whether raw HTML written in editors' Markdown reaches the pages; off by default, when it
    /// is dropped and links other than http(s), mailto and relative ones are removed.
    public var allowRawHTML: Bool
    /// Whether pages show maps (`maps: false` in `site.yml` leaves them out: a site without a
    /// gazetteer, or one that would rather not draw borders).
    public var maps = true
    /// The line of each field in `site.yml`, for messages about its value.
    public var fieldLines: [String: Int] = [:]

    public static let defaultMaxArticleBytes = 2_000_000

    public init(title: String, language: String, description: String = "", baseURL: String? = nil,
                maxArticleBytes: Int = SiteConfig.defaultMaxArticleBytes, allowRawHTML: Bool = false) {
        self.title = title
        self.language = language
        self.description = description
        self.baseURL = baseURL
        self.maxArticleBytes = maxArticleBytes
        self.allowRawHTML = allowRawHTML
    }
}
