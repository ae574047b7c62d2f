import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Pipeline

/// Content is text to show, never markup or code: a site built from content stuffed with
/// scripts, event handlers, `javascript:` links, a `</script>` aimed at the JSON-LD block and
/// spreadsheet formulas, then every file of the output read the way its consumer reads it.
@Suite struct HostileContentTests {
    static let script = "<script>alert(1)</script>"
    static let breakout = "\"><img src=x onerror=alert(1)>"
    static let jsonLD = "</script><script>alert(2)</script>"

    /// A YAML single-quoted scalar: nothing in it is special but the quote itself.
    static func q(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    static let files: [String: String] = [
        "Content/site.yml": "title: \(q("Veille " + script))\nlanguage: fr\ndescription: \(q(breakout))\nbase_url: https://example.org/veille\n",
        "Content/topics/idlib.md": "---\ntitle: \(q("Idlib " + script))\nsummary: \(q(breakout))\nkeywords: [Idlib, \(q(script))]\n---\nNotes <iframe src=\"https://evil.example\"></iframe> et [clic](javascript:alert(3)).\n",
        "Content/actors/vladimir-poutine.md": "---\nname: \"Vladimir Poutine\"\naliases: [Poutine, \(q(breakout))]\nkind: person\nrole: \(q(script))\ncountry: \"=HYPERLINK(\\\"http://evil\\\",\\\"x\\\")\"\n---\nProfil <script>alert(4)</script> [lien](javascript:alert(5)) <img src=x onerror=alert(6)>.\n",
        "Content/actors/recep-tayyip-erdogan.md": "---\nname: \"@SUM(1+1)\"\naliases: [Erdogan, Recep Tayyip Erdogan]\nkind: person\n---\nPrésident turc.\n",
        "Content/notes/analyse.md": "---\ntitle: \(q("Analyse " + jsonLD))\ntopics: [idlib]\n---\nUne note <script>alert(7)</script> avec <b onclick=\"alert(8)\">du HTML</b> et [un lien](javascript:alert(9)), [un autre](data:text/html,x), [et un sûr](https://example.org/).\n",
        "Content/articles/2020-02-21-appel.md": "---\ntitle: \(q("Appel " + jsonLD + " " + breakout))\ndate: 2020-02-21\nsource: \"+cmd|' /C calc'!A0\"\n---\n\nLe président russe Vladimir Poutine a discuté vendredi au téléphone avec Recep Tayyip Erdogan de la situation à Idlib \(script), a indiqué le Kremlin.\n\n=HYPERLINK(\"http://evil\",\"x\") a dit Poutine vendredi.\n",
        "Content/corrections.yml": "- article: 2020-02-21-appel.md\n  sentence: \"Le président russe Vladimir Poutine a discuté\"\n  set:\n    summary: \(q("=HYPERLINK(\"http://evil\",\"x\") -2+3 " + script))\n",
    ]

    @Test func noOutputFileCarriesTheContentAsMarkupOrCode() throws {
        let project = try TestProject(Self.files)
        defer { project.remove() }
        try project.build()
        let output = try tree(project.site)
        #expect(output.count > 20)
        for (path, data) in output.sorted(by: { $0.key < $1.key }) {
            let text = String(decoding: data, as: UTF8.self)
            switch path.split(separator: ".").last ?? "" {
            case "html": checkPage(path, text)
            case "xml": checkXML(path, data)
            case "json", "geojson": #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(path) is not valid JSON")
            case "csv": checkCSV(path, text)
            case "js": checkScript(path, text)
            default: break
            }
        }
        // The content is all there, as text.
        let article = try project.read("articles/2020-02-21-appel/index.html")
        #expect(article.contains("Appel &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(article.contains("\\u003c/script\\u003e"), "the JSON-LD block escapes </script>")
        let csv = try project.read("data/events-all.csv")
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\""), "the formula is there, as text")
        let note = try project.read("notes/analyse/index.html")
        #expect(note.contains("du HTML") && note.contains("<a href=\"https://example.org/\">et un sûr</a>"))
    }

    /// Raw HTML in editors' Markdown reaches the pages only when `site.yml` says so.
    @Test func rawHTMLInNotesOnlyWhenTheSiteAllowsIt() throws {
        var files = Self.files
        files["Content/site.yml"] = "title: Veille\nlanguage: fr\nallow_raw_html: true\n"
        let project = try TestProject(files)
        defer { project.remove() }
        try project.build()
        let note = try project.read("notes/analyse/index.html")
        #expect(note.contains("<b onclick=\"alert(8)\">du HTML</b>"))
        // The titles and the article's text are still text.
        #expect(!(try project.read("articles/2020-02-21-appel/index.html")).contains("<img"))
    }

    /// Only the theme's own scripts; no element, attribute or link made from content.
    func checkPage(_ path: String, _ html: String) {
        let opened = html.components(separatedBy: "<script").count - 1
        #expect(opened == html.components(separatedBy: "</script>").count - 1, "\(path): a script element closed early")
        for piece in html.components(separatedBy: "<script").dropFirst() {
            let ok = piece.hasPrefix(" src=\"") || piece.hasPrefix(" type=\"application/ld+json\">")
            #expect(ok, "\(path): a script not from the theme: <script\(piece.prefix(60))")
        }
        for bad in ["<img", "<iframe", "href=\"javascript", "href=\"data:", "<b onclick"] {
            #expect(!html.contains(bad), "\(path) contains \(bad)")
        }
        // No event handler on any element (as text, "onerror=" is only words).
        for name in Self.attributeNames(html) where name.hasPrefix("on") {
            Issue.record("\(path): an event handler attribute \(name)")
        }
    }

    /// The names of every attribute of every tag, read the way a browser tokenises them
    /// (quoted values skipped whole).
    static func attributeNames(_ html: String) -> [String] {
        var names: [String] = []
        let bytes = Array(html.utf8)
        var i = 0
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count, isLetter(bytes[i + 1]) else { i += 1; continue }
            i += 1
            while i < bytes.count, bytes[i] != 32, bytes[i] != 10, bytes[i] != UInt8(ascii: ">") { i += 1 }   // the tag's name
            while i < bytes.count, bytes[i] != UInt8(ascii: ">") {
                if bytes[i] == 32 || bytes[i] == 10 || bytes[i] == 9 || bytes[i] == UInt8(ascii: "/") { i += 1; continue }
                let start = i
                while i < bytes.count, ![32, 10, 9, UInt8(ascii: "="), UInt8(ascii: ">")].contains(bytes[i]) { i += 1 }
                names.append(String(decoding: bytes[start..<i], as: UTF8.self).lowercased())
                if i < bytes.count, bytes[i] == UInt8(ascii: "=") {
                    i += 1
                    if i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                        let quote = bytes[i]
                        i += 1
                        while i < bytes.count, bytes[i] != quote { i += 1 }
                        i += 1
                    } else {
                        while i < bytes.count, ![32, 10, 9, UInt8(ascii: ">")].contains(bytes[i]) { i += 1 }
                    }
                }
            }
        }
        return names
    }

    /// Feeds and the sitemap parse, and hold no element named after markup.
    func checkXML(_ path: String, _ data: Data) {
        final class Elements: NSObject, XMLParserDelegate {
            var names: Set<String> = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
                names.insert(name.lowercased())
            }
        }
        let parser = XMLParser(data: data)
        let elements = Elements()
        parser.delegate = elements
        #expect(parser.parse(), "\(path) is not well-formed XML")
        #expect(elements.names.isDisjoint(with: ["script", "img", "iframe", "b"]), "\(path): \(elements.names)")
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("type=\"html\"") || !text.contains("&lt;script"), "\(path): markup a feed reader would render")
    }

    /// No field a spreadsheet would run as a formula.
    func checkCSV(_ path: String, _ csv: String) {
        for field in Self.fields(csv) {
            if let first = field.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) {
                #expect(Double(field) != nil, "\(path): a formula: \(field)")
            }
        }
    }

    /// The search index's data: JSON inside its function call.
    func checkScript(_ path: String, _ js: String) {
        guard path.hasPrefix("search/docs/") || path.hasPrefix("search/words/") else { return }
        guard let open = js.firstIndex(of: "("), let close = js.lastIndex(of: ")") else {
            Issue.record("\(path): not a call")
            return
        }
        // The call's first argument is the shard's number or name; the data follows it.
        let arguments = js[js.index(after: open)..<close]
        guard let comma = arguments.firstIndex(of: ",") else {
            Issue.record("\(path): no data in the call")
            return
        }
        let data = Data(arguments[arguments.index(after: comma)...].utf8)
        #expect((try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil, "\(path): not data")
    }

    /// Every field of a CSV text (RFC 4180 quoting).
    static func fields(_ csv: String) -> [String] {
        var out: [String] = [], field = "", quoted = false, atStart = true
        var scalars = csv.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = scalars.next() {
                        if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && atStart {
                quoted = true
            } else if c == "," || c == "\n" || c == "\r" {
                if c != "\n" || !field.isEmpty || !atStart { out.append(field) }
                field = ""
                atStart = true
                continue
            } else {
                field.unicodeScalars.append(c)
            }
            atStart = false
        }
        if !field.isEmpty { out.append(field) }
        return out
    }
}
