import Model
import Foundation

/// The templates, stylesheet and interface strings a site is rendered with.
///
/// A theme is a folder: `layout.html` (the HTML page around every page), one Markdown
/// template per kind of page (`index.md`, `topic.md`, `actor.md`, ...), partials under
/// `partials/`, static files under `static/` (copied as they are), and `strings/<lang>.json`.
public struct Theme: Sendable {
    /// Theme-relative path → text.
    public var files: [String: String]

    public init(files: [String: String]) {
        self.files = files
    }

    /// The theme built into briefings (the repository's `Templates/`), embedded in the
    /// executable at build time.
    public static func builtIn() throws -> Theme {
        Theme(files: EmbeddedTheme.files)
    }

    /// Reads every file of a theme folder.
    public init(directory: URL) throws {
        var files: [String: String] = [:]
        let base = directory.resolvingSymlinksInPath().standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else {
            throw Diagnostic(file: base, message: "cannot read the theme folder")
        }
        while let relative = walker.nextObject() as? String {
            let full = base + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !(relative as NSString).lastPathComponent.hasPrefix(".") else { continue }
            guard let data = FileManager.default.contents(atPath: full),
                  let text = String(data: data, encoding: .utf8) else {
                throw Diagnostic(file: full, message: "cannot read the file as UTF-8 text")
            }
            files[relative] = text
        }
        self.files = files
    }

    /// A page's own template: a Markdown file at the theme's top level (`article.md`), not a
    /// partial.
    static func isPageTemplate(_ path: String) -> Bool {
        path.hasSuffix(".md") && !path.contains("/")
    }

    /// Whether a template includes a page template as a partial (`{{> article}}`), so that a
    /// change to one page template can change other pages.
    var pageTemplatesIncludeOneAnother: Bool {
        let names = Set(files.keys.filter(Self.isPageTemplate).map { String($0.dropLast(3)) })
        return files.values.contains { text in
            text.components(separatedBy: "{{>").dropFirst().contains { tail in
                let name = tail.prefix { $0 != "}" }.trimmingCharacters(in: .whitespaces)
                return names.contains(name)
            }
        }
    }

    func file(_ name: String) throws -> String {
        guard let text = files[name] else { throw Diagnostic(file: "Templates/\(name)", message: "the theme has no \(name)") }
        return text
    }
}
