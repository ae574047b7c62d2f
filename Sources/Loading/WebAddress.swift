/// Addresses written in content fields (`url`, `base_url`): only web addresses are links.
enum WebAddress {
    /// `http://…` or `https://…` with something after the scheme; never `javascript:`, `data:`
    /// or a bare path.
    static func isHTTP(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let rest = ["http://", "https://"].first(where: lower.hasPrefix).map({ lower.dropFirst($0.count) }) else { return false }
        return !rest.isEmpty && !text.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" })
    }
}
