import Mustache
import Testing
@testable import Rendering

/// Fields reach Mustache as `TemplateText` and the interface words as `TemplateLabels`, so that
/// printing them asks Mustache fewer questions; a template must not see the difference.
@Suite struct TemplateTextTests {
    /// The same names, as plain strings and a plain dictionary.
    struct Plain: MustacheParent {
        let values: [String: Any]
        func child(named name: String) -> Any? { values[name] }
    }

    static let template = """
        {{a}}|{{{a}}}|{{#a}}[{{.}}]{{/a}}|{{#empty}}opens{{/empty}}|{{^empty}}closed{{/empty}}|\
        {{uppercased(a)}}|{{lowercased(a)}}|{{t.k}}|{{{t.k}}}|{{#t}}{{k}}{{/t}}|{{t.missing}}|{{^t.missing}}none{{/t.missing}}
        """

    @Test(arguments: ["<b>x</b> & *y*", "", "Kämpfe à Idlib [1]", "a_b\\c"])
    func rendersAsThePlainStringWould(text: String) throws {
        let renderer = try PageRenderer(theme: Theme(files: ["t.md": Self.template, "layout.html": "{{{content}}}"]))
        let wrapped = Plain(values: ["a": TemplateText(text), "empty": TemplateText(""),
                                     "t": TemplateLabels(labels: ["k": text + "<&>"])])
        let plain = Plain(values: ["a": text, "empty": "", "t": ["k": text + "<&>"]])
        let expected = try renderer.mustacheMarkdown("t", plain)
        #expect(try renderer.mustacheMarkdown("t", wrapped) == expected)
        // (The template prints each value: an empty result would prove nothing.)
        #expect(expected.contains("closed") == false && expected.contains("opens"))
    }
}
