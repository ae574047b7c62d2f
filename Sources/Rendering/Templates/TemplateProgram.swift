/// A theme template read once into nodes whose names are already cut into their parts, so that
/// rendering a page looks each name up without parsing it again (`ThemeRenderer`).
///
/// It reads the Mustache the default theme and most themes write: text, `{{name}}`,
/// `{{{name}}}`, `{{&name}}`, sections and inverted sections, comments, partials, the content
/// type pragma, and the position transforms of a list (`{{^last()}}`). Whitespace and
/// standalone lines are handled as swift-mustache handles them. A template with anything else
/// (inheritance, set delimiters, dynamic partials, value transforms such as
/// `{{uppercased(title)}}`) is not read here (`TemplateProgram.read` returns nil), and the
/// theme is then rendered by swift-mustache alone.
struct TemplateProgram: Sendable {
    let nodes: [TemplateNode]

    /// Nil when the template uses something this reader does not take. The template must have
    /// been accepted by swift-mustache first: its syntax errors are reported from there.
    static func read(_ text: String) -> TemplateProgram? {
        var reader = TemplateReader(Array(text))
        guard let nodes = try? reader.section(TemplateReader.State()) else { return nil }
        return TemplateProgram(nodes: nodes)
    }
}

indirect enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplateName, escaped: Bool)
    case section(TemplateName, [TemplateNode], inverted: Bool)
    /// A partial by name; standalone on its line, with the whitespace before it, which its
    /// later lines take too.
    case partial(String, indentation: String?)
    case escaping(TemplateEscaping)
}

/// A tag's name: the parts of a dotted name, or a position in the list being rendered.
enum TemplateName: Sendable, Equatable {
    case path([FieldName])
    case position(ListPosition)
}

/// `first()`, `last()`, `index()`, `even()`, `odd()`: where an element stands in its list.
enum ListPosition: String, Sendable {
    case first, last, index, even, odd
}

/// How `{{name}}` escapes text: set by the pragma `{{% CONTENT_TYPE: NAME}}`.
enum TemplateEscaping: Sendable {
    case html, markdown, text
}

/// Reads a template's characters into nodes, tag by tag and line by line, deciding as
/// swift-mustache does which tags stand alone on their line (and so take their line's
/// whitespace and line break with them).
private struct TemplateReader {
    struct Unsupported: Error {}

    struct State {
        /// The open section, which `{{/name}}` must close.
        var sectionName: TemplateName?
        /// At the start of a line, whose whitespace a standalone tag removes.
        var newLine = true
    }

    private let characters: [Character]
    private var position = 0

    init(_ characters: [Character]) { self.characters = characters }

    private var atEnd: Bool { position == characters.count }
    /// The current character, or NUL at the end (which is no line break).
    private var current: Character { atEnd ? "\0" : characters[position] }

    /// What has been read of a section so far, and of the line the reader is on.
    struct Line {
        var state: State
        var nodes: [TemplateNode] = []
        /// The spaces and tabs that open the line, until a tag decides where they go.
        var whitespaceBefore = ""

        mutating func keepWhitespace() {
            if !whitespaceBefore.isEmpty { nodes.append(.text(whitespaceBefore)) }
            whitespaceBefore = ""
        }
    }

    static let openBrace: Character = "\u{7B}"
    static let closeBrace: Character = "\u{7D}"

    mutating func section(_ state: State) throws -> [TemplateNode] {
        var line = Line(state: state)
        while !atEnd {
            if line.state.newLine { line.whitespaceBefore = read(while: { $0 == " " || $0 == "\t" }) }
            let text = try readUntilTagOrLineBreak()
            if current.isNewline {
                line.nodes.append(.text(line.whitespaceBefore + text + String(current)))
                line.state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                line.nodes.append(.text(line.whitespaceBefore + text))
                line.whitespaceBefore = ""
                line.state.newLine = false
            }
            if atEnd { break }
            guard let standalone = try tag(&line) else { return line.nodes }
            line.state.newLine = standalone
        }
        guard line.state.sectionName == nil else { throw Unsupported() }
        return line.nodes
    }

    /// The tag after `{{`: whether it stood alone on its line, or nil when it closed the
    /// section being read.
    private mutating func tag(_ line: inout Line) throws -> Bool? {
        switch current {
        case "#", "^":
            return try openSection(&line)
        case "/":
            position += 1
            guard try readName() == line.state.sectionName else { throw Unsupported() }
            if !isStandalone(line.state) { line.keepWhitespace() }
            return nil
        case "!":
            position += 1
            try skipPastClosingBraces()
            return isStandalone(line.state)
        case Self.openBrace, "&":
            line.keepWhitespace()
            let tripleBrace = current == Self.openBrace
            position += 1
            let name = try readName()
            if tripleBrace {
                guard current == Self.closeBrace else { throw Unsupported() }
                position += 1
            }
            line.nodes.append(.variable(name, escaped: false))
            return false
        case ">":
            position += 1
            let name = try readPartialName()
            if !line.whitespaceBefore.isEmpty { line.nodes.append(.text(line.whitespaceBefore)) }
            let standalone = isStandalone(line.state)
            line.nodes.append(.partial(name, indentation: standalone ? line.whitespaceBefore : nil))
            line.whitespaceBefore = ""
            return standalone
        case "%":
            position += 1
            line.nodes.append(.escaping(try readContentType()))
            return isStandalone(line.state)
        case "<", "$", "=":
            throw Unsupported()
        default:
            line.keepWhitespace()
            line.nodes.append(.variable(try readName(), escaped: true))
            return false
        }
    }

    /// `{{#name}}` or `{{^name}}`, and the section it opens, read to its end.
    private mutating func openSection(_ line: inout Line) throws -> Bool {
        let inverted = current == "^"
        position += 1
        let name = try readName()
        let standalone = isStandalone(line.state)
        if !standalone { line.keepWhitespace() }
        var inner = line.state
        inner.sectionName = name
        if !standalone { inner.newLine = false }
        line.nodes.append(.section(name, try section(inner), inverted: inverted))
        return standalone
    }

    /// Text up to a line break (not taken) or up to and past `{{`.
    private mutating func readUntilTagOrLineBreak() throws -> String {
        var text = ""
        while !atEnd {
            let c = characters[position]
            if c == "\n" || c == "\r\n" { break }
            if c == Self.openBrace {
                guard position + 1 < characters.count else { throw Unsupported() }
                if characters[position + 1] == Self.openBrace {
                    position += 2
                    break
                }
            }
            text.append(c)
            position += 1
        }
        return text
    }

    /// A tag that is the only thing on its line, but for spaces and tabs: takes the rest of
    /// the line, its break included.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var end = position
        while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
        guard end < characters.count, characters[end].isNewline else { return false }
        position = end + 1
        return true
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    private static let partialNameCharacters = nameCharacters.union(["/"])

    private mutating func readName() throws -> TemplateName {
        read(while: \.isWhitespace)
        let text = read(while: { Self.nameCharacters.contains($0) })
        read(while: \.isWhitespace)
        try readClosingBraces()
        if text.hasSuffix("()"), let position = ListPosition(rawValue: String(text.dropLast(2))) {
            return .position(position)
        }
        guard !text.isEmpty, !text.contains("("), !text.contains(")"), text.first != "." else { throw Unsupported() }
        return .path(text.split(separator: ".").map { FieldName(String($0)) })
    }

    private mutating func readPartialName() throws -> String {
        read(while: \.isWhitespace)
        guard current != "*" else { throw Unsupported() }
        let name = read(while: { Self.partialNameCharacters.contains($0) })
        read(while: \.isWhitespace)
        try readClosingBraces()
        return name
    }

    /// `CONTENT_TYPE: NAME}}`.
    private mutating func readContentType() throws -> TemplateEscaping {
        read(while: \.isWhitespace)
        let variable = read(while: { Self.nameCharacters.contains($0) && $0 != "(" && $0 != ")" })
        read(while: \.isWhitespace)
        guard variable == "CONTENT_TYPE", current == ":" else { throw Unsupported() }
        position += 1
        read(while: \.isWhitespace)
        let value = read(while: { Self.nameCharacters.contains($0) && $0 != "(" && $0 != ")" })
        read(while: \.isWhitespace)
        try readClosingBraces()
        switch value {
        case "HTML": return .html
        case "MARKDOWN": return .markdown
        case "TEXT": return .text
        default: throw Unsupported()
        }
    }

    private mutating func readClosingBraces() throws {
        guard position + 1 < characters.count, characters[position] == Self.closeBrace, characters[position + 1] == Self.closeBrace else {
            throw Unsupported()
        }
        position += 2
    }

    private mutating func skipPastClosingBraces() throws {
        while position + 1 < characters.count {
            if characters[position] == Self.closeBrace, characters[position + 1] == Self.closeBrace {
                position += 2
                return
            }
            position += 1
        }
        throw Unsupported()
    }

    @discardableResult
    private mutating func read(while accepts: (Character) -> Bool) -> String {
        var text = ""
        while !atEnd, accepts(characters[position]) {
            text.append(characters[position])
            position += 1
        }
        return text
    }
}
