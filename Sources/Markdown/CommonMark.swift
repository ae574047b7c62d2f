import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CommonMark to HTML, through cmark (the reference implementation).
public enum CommonMark {
    /// How much of the input's raw HTML to let through.
    public enum RawHTML: Sendable {
        /// Raw HTML in the input is replaced by a comment: for text written by people (notes).
        case omit
        /// Raw HTML passes unchanged: for the theme's own templates, whose values are escaped.
        case allow
    }

    /// Renders CommonMark to an HTML fragment.
    public static func html(_ markdown: String, rawHTML: RawHTML = .omit) -> String {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if rawHTML == .allow { options |= CMARK_OPT_UNSAFE }
        let bytes = Array(markdown.utf8)
        guard let raw = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_markdown_to_html($0.baseAddress, buffer.count, options) }
        }) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }
}
