import Model

/// Reads `Content/site.yml`.
public enum SiteConfigParser {
    static let fields: Set<String> = ["title", "language", "description", "base_url", "max_article_bytes", "allow_raw_html", "maps"]

    public static func parse(path: String, text: String) throws -> SiteConfig {
        let yaml = try FrontMatter(file: path, yaml: text)
        try yaml.allowOnly(fields)
        let language = try yaml.string("language") ?? "fr"
        // Any language the theme has words for (strings/<code>.json); the code is checked here.
        guard language.count >= 2, language.count <= 3, language.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            throw Diagnostic(file: path, line: yaml.line(of: "language"),
                               message: "language must be an ISO 639-1 code such as fr or en, got \"\(language)\"")
        }
        var base = try yaml.string("base_url")
        if let b = base, b.hasSuffix("/") { base = String(b.dropLast()) }
        if let b = base, !WebAddress.isHTTP(b) {
            throw Diagnostic(file: path, line: yaml.line(of: "base_url"), column: yaml.column(of: "base_url"),
                               message: "`base_url` must be an http:// or https:// address, got \"\(b)\"")
        }
        let limit = try yaml.int("max_article_bytes") ?? SiteConfig.defaultMaxArticleBytes
        guard limit > 0 else {
            throw Diagnostic(file: path, line: yaml.line(of: "max_article_bytes"), message: "`max_article_bytes` must be a positive number of bytes")
        }
        var site = SiteConfig(title: try yaml.requiredString("title"), language: language,
                              description: try yaml.string("description") ?? "", baseURL: base,
                              maxArticleBytes: limit, allowRawHTML: try yaml.bool("allow_raw_html") ?? false)
        site.maps = try yaml.bool("maps") ?? true
        site.fieldLines = Dictionary(uniqueKeysWithValues: fields.compactMap { key in yaml.line(of: key).map { (key, $0) } })
        return site
    }
}
