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
        var markdown = markdown
        return markdown.withUTF8 { html(bytes: $0, rawHTML: rawHTML) }
    }

    /// The same from Markdown's UTF-8 bytes to the HTML's: for a page, whose HTML goes into
    /// its layout and then to its file as bytes. (cmark checks its input's UTF-8 and writes
    /// valid UTF-8: the HTML is not checked again as a string would be.)
    public static func htmlUTF8(_ markdown: [UInt8], rawHTML: RawHTML = .omit) -> [UInt8] {
        markdown.withUnsafeBufferPointer { bytes in
            render(bytes, rawHTML) { raw in Array(UnsafeRawBufferPointer(start: raw, count: strlen(raw))) } ?? []
        }
    }

    private static func html(bytes: UnsafeBufferPointer<UInt8>, rawHTML: RawHTML) -> String {
        render(bytes, rawHTML) { String(cString: $0) } ?? ""
    }

    /// Parses and renders, then hands the HTML to `take` before the memory is let go of.
    private static func render<Output>(_ bytes: UnsafeBufferPointer<UInt8>, _ rawHTML: RawHTML,
                                       take: (UnsafePointer<CChar>) -> Output) -> Output? {
        let options = options(rawHTML)
        // (What `cmark_markdown_to_html` does, with the thread's arena for memory: the HTML is
        // copied out before the arena is reset.)
        let arena = CmarkArena.current
        defer { arena.reset() }
        guard let parser = cmark_parser_new_with_mem(options, CmarkArena.allocator) else { return nil }
        bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        let document = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        guard let document, let raw = cmark_render_html(document, options) else { return nil }
        return take(raw)
    }

    /// The same through cmark's one call and its own memory: what `html` must give, for the tests.
    static func referenceHTML(_ markdown: String, rawHTML: RawHTML = .omit) -> String {
        let bytes = Array(markdown.utf8)
        guard let raw = bytes.withUnsafeBufferPointer({ buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_markdown_to_html($0.baseAddress, buffer.count, options(rawHTML)) }
        }) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }

    private static func options(_ rawHTML: RawHTML) -> Int32 {
        var options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if rawHTML == .allow { options |= CMARK_OPT_UNSAFE }
        return options
    }
}
