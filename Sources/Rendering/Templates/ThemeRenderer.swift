import Markdown

/// Renders a theme's templates, read once into `TemplateProgram`s, with a page's typed values.
///
/// swift-mustache, which reads the theme first (and reports its errors), takes a tag's name
/// apart again at every tag it renders, then asks the runtime what each value on the way is (a
/// lambda? a parent? a sequence?): a quarter of a build's time went there. Here a name is cut
/// once, and a value says what it is through its field (`TemplateDatum`). The output is
/// swift-mustache's, byte for byte: the same lookup through the section stack, the same
/// standalone lines, indentation of partials and escaping (`ThemeRendererTests` renders the
/// default theme both ways). A theme this reader does not take is rendered by swift-mustache
/// (`PageRenderer`).
struct ThemeRenderer: Sendable {
    private let programs: [String: TemplateProgram]
    private let layout: TemplateProgram

    /// Nil when one of the theme's templates uses what `TemplateProgram` does not read.
    init?(templates: [String: String], layout: String) {
        var programs: [String: TemplateProgram] = [:]
        for (name, text) in templates {
            guard let program = TemplateProgram.read(text) else { return nil }
            programs[name] = program
        }
        guard let layout = TemplateProgram.read(layout) else { return nil }
        self.programs = programs
        self.layout = layout
    }

    /// A template by name, with its partials; nil if the theme has no such template.
    func render(_ name: String, _ scope: PageScope) -> String? {
        renderUTF8(name, scope).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The same as UTF-8 bytes, for what reads bytes (cmark): not made a string, which would
    /// check every byte again.
    func renderUTF8(_ name: String, _ scope: PageScope) -> [UInt8]? {
        guard let program = programs[name] else { return nil }
        var render = TemplateRun(programs: programs, stack: [.scope(scope)])
        var out: [UInt8] = []
        render.nodes(program.nodes, into: &out)
        return out
    }

    /// The layout, which is HTML and includes no partials (as swift-mustache renders it,
    /// without a library).
    func renderLayout(_ view: LayoutView) -> String { String(decoding: renderLayoutUTF8(view), as: UTF8.self) }

    /// The same as UTF-8 bytes: a page's file.
    func renderLayoutUTF8(_ view: LayoutView) -> [UInt8] {
        var render = TemplateRun(programs: nil, stack: [.scope(view)])
        var out: [UInt8] = []
        render.nodes(layout.nodes, into: &out)
        return out
    }
}

/// The state of one rendering: the values of the open sections, and what the nodes being
/// rendered inherit (the position in a list, a partial's indentation, the escaping).
///
/// The output is written as UTF-8 bytes, made a string only where one is asked for: a page is
/// hundreds of pieces, and appending each to a string checked the string's storage each time.
private struct TemplateRun {
    /// Nil when partials render nothing (the layout).
    let programs: [String: TemplateProgram]?
    var stack: [TemplateFrame]
    var position: (index: Int, count: Int)?
    var indentation: String?
    var escaping = TemplateEscaping.html

    init(programs: [String: TemplateProgram]?, stack: [TemplateFrame]) {
        self.programs = programs
        self.stack = stack
    }

    /// Renders nodes in order. Inside an indented partial, each node's output that follows a
    /// line break starts with the indentation; an escaping pragma lasts to the end of the
    /// nodes it is among.
    mutating func nodes(_ nodes: [TemplateNode], into out: inout [UInt8]) {
        let escaping = self.escaping
        defer { self.escaping = escaping }
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { self.node(node, into: &out) }
            return
        }
        var text: [UInt8] = []
        for node in nodes {
            var piece: [UInt8] = []
            self.node(node, into: &piece)
            if !piece.isEmpty, Self.endsWithLineFeed(text) { text.append(contentsOf: indentation.utf8) }
            text += piece
        }
        out += text
    }

    /// Whether the text's last character is "\n" ("\r\n" is one character, another one).
    private static func endsWithLineFeed(_ text: [UInt8]) -> Bool {
        text.last == 0x0A && (text.count == 1 || text[text.count - 2] != 0x0D)
    }

    private mutating func node(_ node: TemplateNode, into out: inout [UInt8]) {
        switch node {
        case .text(let text):
            out.append(contentsOf: text.utf8)
        case .variable(let name, let escaped):
            guard let datum = find(name) else { return }
            if case .markup(let bytes) = datum, !escaped { return out.append(contentsOf: bytes) }
            if escaped { escape(datum.printed, into: &out) } else { out.append(contentsOf: datum.printed.utf8) }
        case .section(let name, let children, let inverted):
            if inverted { invertedSection(find(name), children, into: &out) } else { section(find(name), children, into: &out) }
        case .partial(let name, let indentation):
            partial(name, indentation: indentation, into: &out)
        case .escaping(let escaping):
            self.escaping = escaping
        }
    }

    /// A name in the values of the open sections, innermost first; a dotted name's first part
    /// decides where it is found, and the rest is looked up from there alone.
    private func find(_ name: TemplateName) -> TemplateDatum? {
        switch name {
        case .position(let asked):
            guard let position else { return nil }
            return asked.datum(index: position.index, count: position.count)
        case .path(let parts):
            // (By index: each frame is asked in place, not copied out.)
            var level = stack.count
            while level > 0 {
                level -= 1
                guard var datum = stack[level].datum(named: parts[0]) else { continue }
                for part in parts.dropFirst() {
                    guard let child = datum.child(named: part) else { return nil }
                    datum = child
                }
                return datum
            }
            return nil
        }
    }

    private mutating func section(_ datum: TemplateDatum?, _ children: [TemplateNode], into out: inout [UInt8]) {
        switch datum {
        case nil:
            return
        case .list(let list):
            for index in 0..<list.count {
                within(.element(list, index), position: (index, list.count), children, into: &out)
            }
        case .flag(let flag):
            if flag { nodes(children, into: &out) }
        case .text(let text, let wrapped):
            within(.text(text, wrapped: wrapped), position: nil, children, into: &out)
        case .markup:
            section(datum?.asText, children, into: &out)
        case .number:
            within(.opaque, position: nil, children, into: &out)
        case .value(let value):
            within(.scope(value), position: nil, children, into: &out)
        }
    }

    private mutating func invertedSection(_ datum: TemplateDatum?, _ children: [TemplateNode], into out: inout [UInt8]) {
        switch datum {
        case nil:
            nodes(children, into: &out)
        case .list(let list):
            // (Mustache opens the empty list itself.)
            if list.count == 0 { within(.opaque, position: nil, children, into: &out) }
        case .flag(let flag):
            if !flag { nodes(children, into: &out) }
        case .text, .markup, .number, .value:
            return
        }
    }

    /// Renders nodes with one more value open, then closes it.
    private mutating func within(_ frame: TemplateFrame, position: (index: Int, count: Int)?, _ children: [TemplateNode],
                                 into out: inout [UInt8]) {
        let outer = self.position
        stack.append(frame)
        self.position = position
        nodes(children, into: &out)
        stack.removeLast()
        self.position = outer
    }

    /// A partial starts outside any list, escapes for HTML until its own pragma, and adds its
    /// indentation to the one it is in.
    private mutating func partial(_ name: String, indentation: String?, into out: inout [UInt8]) {
        guard let program = programs?[name] else { return }
        let (outerPosition, outerIndentation, outerEscaping) = (position, self.indentation, escaping)
        position = nil
        if let indentation { self.indentation = (outerIndentation ?? "") + indentation }
        escaping = .html
        nodes(program.nodes, into: &out)
        (position, self.indentation, escaping) = (outerPosition, outerIndentation, outerEscaping)
    }

    private func escape(_ text: String, into out: inout [UInt8]) {
        switch escaping {
        case .html: out.append(contentsOf: HTMLEscaping.escape(text).utf8)
        case .markdown: MarkdownEscaping.escape(text, into: &out)
        case .text: out.append(contentsOf: text.utf8)
        }
    }
}

/// swift-mustache's HTML escaping (`<`, `>`, `&`, `"`, `'`), character by character: a
/// character such as `<` with a combining mark after it is another character, and is kept.
/// (Not `Markup.escape`, which goes by scalar, writes `&apos;` and drops control characters:
/// a theme's pages must be what swift-mustache made of them.)
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
