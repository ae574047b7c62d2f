import Dispatch
import Synchronization
import Testing
@testable import Markdown

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

    /// Documents for the arena: empty, without a final line break, with CR LF, nested blocks,
    /// text beyond ASCII, and two large enough to need more than one block or a block of their
    /// own (one paragraph of 2 MB grows a single buffer).
    static let documents: [String] = {
        let nested = "> - a *b*\n>   1. [c](d \"t\")\n>\n>      ```\n>      code <x>\n>      ```\n\n| a | b |\n<div>\n\nx\n</div>\n"
        let paragraph = "Les forces **turques** ont frappé [Saraqeb](places/saraqeb/) à l'aube, « selon l'OSDH ». "
        return ["", "texte", "a\r\nb\r\n\r\n# T\r\n", nested, "Idlib — ½ ✓ Erdoğan\u{301}\n",
                (0..<20_000).map { "## \($0)\n\n" + paragraph + "\n\n- item \($0)\n" }.joined(),
                String(repeating: paragraph, count: 22_000)]
    }()

    /// cmark allocates from each thread's arena: the HTML is what cmark's own call gives.
    @Test func theArenaGivesWhatCmarkGives() {
        for document in Self.documents {
            for raw in [CommonMark.RawHTML.omit, .allow] {
                #expect(CommonMark.html(document, rawHTML: raw) == CommonMark.referenceHTML(document, rawHTML: raw))
                #expect(CommonMark.htmlUTF8(Array(document.utf8), rawHTML: raw) == Array(CommonMark.referenceHTML(document, rawHTML: raw).utf8))
            }
        }
        #expect(CommonMark.html(Self.documents[6]).utf8.count > 2_000_000)
    }

    /// Several threads at once, each with its arena, each document many times over.
    @Test func arenasOnSeveralThreadsDoNotMix() {
        let small = Array(Self.documents.prefix(5))
        let expected = small.map { CommonMark.referenceHTML($0) }
        let mismatches = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 64) { iteration in
            let k = iteration % small.count
            if CommonMark.html(small[k]) != expected[k] { mismatches.add(1, ordering: .relaxed) }
        }
        #expect(mismatches.load(ordering: .relaxed) == 0)
    }
}
