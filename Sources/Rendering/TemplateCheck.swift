import Foundation

/// What a project's own templates ask for that the pages cannot give: a template a kind of page
/// needs and the theme lacks is an error; a `{{name}}` that no value of the page has (a typo,
/// a name from another page) is a warning, since Mustache would quietly render it empty.
struct TemplateCheck {
    let theme: Theme
    let builtIn: Theme
    /// The interface words, which `{{t.key}}` names.
    let labels: Set<String>

    /// A tag's name where it stands in its template.
    struct Tag: Equatable {
        var name: String
        var line: Int
        var column: Int
    }

    /// The templates the pages need that the theme lacks, as errors.
    func missing(_ needed: Set<String>) -> [String] {
        needed.sorted().filter { theme.files["\($0).md"] == nil }.map {
            "Templates/\($0).md: error: the theme has no \($0).md, which these pages need (the default theme's is in `briefings init`'s Templates/)"
        }
    }

    /// Warnings for the names of a project's own templates that no value has. `known` holds,
    /// per template, the names its pages supply; the built-in theme's names are known too.
    func warnings(known: [String: Set<String>]) -> [String] {
        let builtInNames = Self.builtInNames(builtIn)
        let everywhere = known.values.reduce(into: builtInNames) { $0.formUnion($1) }
        var out: [String] = []
        for (path, text) in theme.files.sorted(by: { $0.key < $1.key })
        where (path.hasSuffix(".md") || path == "layout.html") && builtIn.files[path] != text {
            let template = String(path.dropLast(path.hasSuffix(".md") ? 3 : 5))
            let names = known[template].map { $0.union(builtInNames) } ?? everywhere
            for tag in Self.tags(in: text) {
                let parts = tag.name.split(separator: ".", maxSplits: 1).map(String.init)
                if parts[0] == "t" || parts[0] == "h", parts.count == 2 {
                    if !labels.contains(parts[1]) {
                        out.append("Templates/\(path):\(tag.line):\(tag.column): warning: {{\(tag.name)}}: no interface word \"\(parts[1])\" in strings/")
                    }
                } else if !names.contains(parts[0]) {
                    out.append("Templates/\(path):\(tag.line):\(tag.column): warning: {{\(tag.name)}} names no value of these pages: it renders empty")
                }
            }
        }
        return out
    }

    /// Every name the built-in theme's templates use: known good on the pages they serve.
    static func builtInNames(_ theme: Theme) -> Set<String> {
        Set(theme.files.filter { $0.key.hasSuffix(".md") || $0.key == "layout.html" }.values
            .flatMap { tags(in: $0).map { String($0.name.split(separator: ".").first ?? "") } })
    }

    /// The names the template's tags look up: `{{name}}`, `{{{name}}}`, `{{&name}}`,
    /// `{{#name}}`, `{{^name}}`, and the argument of a transform (`{{#last(events)}}`).
    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        var line = 1, column = 1
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{" {
                let (start, startLine, startColumn) = (i, line, column)
                var j = i + 2
                while j + 1 < scalars.count, !(scalars[j] == "}" && scalars[j + 1] == "}") { j += 1 }
                let inner = String(String.UnicodeScalarView(scalars[(start + 2)..<min(j, scalars.count)]))
                if let name = lookedUp(inner) { tags.append(Tag(name: name, line: startLine, column: startColumn)) }
                while i < min(j + 2, scalars.count) {
                    if scalars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
                    i += 1
                }
                continue
            }
            if scalars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
            i += 1
        }
        return tags
    }

    private static func lookedUp(_ inner: String) -> String? {
        var body = Substring(inner)
        guard let sigil = body.first else { return nil }
        if "!>/%=".contains(sigil) { return nil }
        if "#^&{".contains(sigil) { body = body.dropFirst() }
        var name = body.trimmingCharacters(in: CharacterSet(charactersIn: " }"))
        if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            name = String(name[name.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
        }
        return name.isEmpty || name == "." ? nil : name
    }

    /// The names a page's values supply, at any depth (a section's items bring their own).
    static func names(in value: Any, into names: inout Set<String>) {
        if let dictionary = value as? [String: Any] {
            for (key, nested) in dictionary {
                names.insert(key)
                self.names(in: nested, into: &names)
            }
        } else if let list = value as? [Any] {
            for item in list.prefix(3) { self.names(in: item, into: &names) }
        }
    }
}
