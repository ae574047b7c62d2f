import Model
import Foundation

/// What a project's own templates ask for that the pages cannot give: a template a kind of page
/// needs and the theme lacks is an error; a `{{name}}` that no value of the page has (a typo,
/// a name from another page) is a warning, since Mustache would quietly render it empty.
struct TemplateCheck {
    let theme: Theme
    let builtIn: Theme
    /// The interface words, which `{{t.key}}` names.
    let labels: Set<String>

    /// A tag's name where it stands in its template, and how it places its value.
    struct Tag: Equatable {
        var name: String
        var line: Int
        var column: Int
        var placement: Placement = .escaped
    }

    enum Placement: Equatable {
        /// `{{name}}`.
        case escaped
        /// `{{{name}}}` or `{{&name}}`.
        case raw
        /// `{{#name}}`, `{{^name}}`.
        case section
    }

    /// The templates the pages need that the theme lacks, as errors.
    func missing(_ needed: Set<String>) -> [Diagnostic] {
        needed.sorted().filter { theme.files["\($0).md"] == nil }.map {
            Diagnostic(file: "Templates/\($0).md",
                       message: "the theme has no \($0).md, which these pages need (the default theme's is in `briefings init`'s Templates/)")
        }
    }

    /// Warnings for the names of a project's own templates that no value has, or that place a
    /// value otherwise than its field says. `known` holds, per template, the names its pages'
    /// values supply (`TemplateValue.fields`) with their kinds; a partial, which any page may
    /// include, may use the names of every page.
    func warnings(known: [String: [String: Set<FieldKind>]]) -> [Diagnostic] {
        let everywhere = known.values.reduce(into: [String: Set<FieldKind>]()) { all, names in
            all.merge(names) { $0.union($1) }
        }
        var out: [Diagnostic] = []
        for (path, text) in theme.files.sorted(by: { $0.key < $1.key })
        where (path.hasSuffix(".md") || path == "layout.html") && builtIn.files[path] != text {
            let template = String(path.dropLast(path.hasSuffix(".md") ? 3 : 5))
            let names = known[template] ?? everywhere
            for tag in Self.tags(in: text) {
                if let warning = warning(tag, names: names) {
                    out.append(Diagnostic(.warning, file: "Templates/\(path)", line: tag.line, column: tag.column, message: warning))
                }
            }
        }
        return out
    }

    private func warning(_ tag: Tag, names: [String: Set<FieldKind>]) -> String? {
        let parts = tag.name.split(separator: ".", maxSplits: 1).map(String.init)
        if parts[0] == "t" || parts[0] == "h", parts.count == 2 {
            return labels.contains(parts[1]) ? nil : "{{\(tag.name)}}: no interface word \"\(parts[1])\" in strings/"
        }
        guard let kinds = names[parts[0]] else { return "{{\(tag.name)}} names no value of these pages: it renders empty" }
        guard parts.count == 1 else { return nil }
        if tag.placement == .raw, kinds == [.text] {
            return "{{{\(tag.name)}}} places text unescaped: write {{\(tag.name)}}, which shows it as text"
        }
        if tag.placement == .escaped, kinds == [.markup] {
            return "{{\(tag.name)}} is markup built for the page: write {{{\(tag.name)}}}, or it shows as code"
        }
        return nil
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
                if let (name, placement) = lookedUp(inner) {
                    tags.append(Tag(name: name, line: startLine, column: startColumn, placement: placement))
                }
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

    private static func lookedUp(_ inner: String) -> (String, Placement)? {
        var body = Substring(inner)
        guard let sigil = body.first else { return nil }
        if "!>/%=".contains(sigil) { return nil }
        let placement: Placement = "#^".contains(sigil) ? .section : "&{".contains(sigil) ? .raw : .escaped
        if "#^&{".contains(sigil) { body = body.dropFirst() }
        var name = body.trimmingCharacters(in: CharacterSet(charactersIn: " }"))
        if let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"), open < close {
            name = String(name[name.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
        }
        return name.isEmpty || name == "." ? nil : (name, placement)
    }
}
