/// `Content/site.yml`: what the site is called and in which language it speaks.
public struct SiteConfig: Hashable, Sendable {
    public var title: String
    /// `fr` or `en`.
    public var language: String
    public var description: String
    /// The address the site is published at, if known (for absolute links in feeds).
    public var baseURL: String?

    public init(title: String, language: String, description: String = "", baseURL: String? = nil) {
        self.title = title
        self.language = language
        self.description = description
        self.baseURL = baseURL
    }
}
