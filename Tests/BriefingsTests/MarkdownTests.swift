import Testing
import Markdown

@Suite struct MarkdownTests {
    @Test func rendersCommonMark() {
        #expect(CommonMark.html("# T\n\n*a* [l](u)") == "<h1>T</h1>\n<p><em>a</em> <a href=\"u\">l</a></p>\n")
    }

    @Test func omitsRawHtmlUnlessAllowed() {
        #expect(CommonMark.html("<script>x</script>").contains("raw HTML omitted"))
        #expect(CommonMark.html("<div class=\"a\">\n\nx\n\n</div>", rawHTML: .allow).contains("<div class=\"a\">"))
    }

    @Test func escapedTextShowsItsCharacters() {
        let hostile = "*bold* _it_ [x](javascript:alert(1)) <script>alert(1)</script> # not a heading `code` 1. item"
        let html = CommonMark.html(MarkdownEscaping.escape(hostile), rawHTML: .allow)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<em>"))
        #expect(!html.contains("<a "))
        #expect(!html.contains("<code>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("*bold*"))
        #expect(html.contains("[x](javascript:alert(1))"))
    }

    @Test func escapedTextCannotStartABlock() {
        let html = CommonMark.html("- " + MarkdownEscaping.escape("line\n\n# heading"), rawHTML: .allow)
        #expect(!html.contains("<h1>"))
    }
}
