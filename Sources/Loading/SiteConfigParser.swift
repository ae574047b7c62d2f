import Model

/// Reads `Content/site.yml`.
public enum SiteConfigParser {
    static let fields: Set<String> = ["title", "language", "description", "base_url"]
    /// Languages the interface speaks.
    public static let languages: Set<String> = ["fr", "en"]

    public static func parse(path: String, text: String) throws -> SiteConfig {
        let yaml = try FrontMatter(file: path, yaml: text)
        try yaml.allowOnly(fields)
        let language = try yaml.string("language") ?? "fr"
        guard languages.contains(language) else {
            throw ContentError(file: path, line: yaml.line(of: "language"),
                               message: "language must be one of \(languages.sorted().joined(separator: ", ")), got \"\(language)\"")
        }
        var base = try yaml.string("base_url")
        if let b = base, b.hasSuffix("/") { base = String(b.dropLast()) }
        return SiteConfig(title: try yaml.requiredString("title"), language: language,
                          description: try yaml.string("description") ?? "", baseURL: base)
    }
}
