import Model
import Yams

/// A file split into its YAML front matter (between `---` lines) and its body, with typed,
/// line-aware accessors: a wrong type or a missing field is reported at its line.
public struct FrontMatter: Sendable {
    /// The file as named in error messages.
    public let file: String
    /// The body after the closing `---` (or the whole text when there is no front matter).
    public let body: String
    /// 1-based line of the body's first line in the file.
    public let bodyLine: Int

    /// The body as editors' Markdown: without its surrounding blank space, as pages show it,
    /// with its `[[kind:target]]` links and its `events` blocks, each at its line in the file.
    public var editorsMarkdown: (text: String, links: [NoteLink], eventsBlocks: [EventsBlock]) {
        let text = body.trimmed()
        let skipped = body.prefix { $0.isWhitespace }.filter { $0 == "\n" }.count
        return (text, NoteLink.scan(body, firstLine: bodyLine), EventsBlock.scan(text, firstLine: bodyLine + skipped))
    }
    /// Whether the file began with a front matter block.
    public let isPresent: Bool
    private let fields: [String: Field]

    private struct Field: @unchecked Sendable {
        let node: Node
        /// The field's line in the file.
        let line: Int
        /// The column its value starts at.
        let column: Int?
        /// Add to a Yams mark's line to get the file's line.
        let offset: Int
    }

    /// Splits and parses `text`. Throws a `Diagnostic` naming the line of malformed YAML.
    public init(file: String, text: String) throws {
        self.file = file
        let lines = text.lines()
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard let first = lines.first, first.trimmingSpaces() == "---" else {
            self.body = text
            self.bodyLine = 1
            self.isPresent = false
            self.fields = [:]
            return
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmingSpaces() == "---" }) else {
            throw Diagnostic(file: file, line: 1, message: "front matter opened with --- is never closed")
        }
        self.body = lines[(closing + 1)...].joined(separator: "\n")
        self.bodyLine = closing + 2
        self.isPresent = true
        self.fields = try FrontMatter.parse(lines[1..<closing].joined(separator: "\n"), file: file, firstLine: 2)
    }

    /// Reads a whole file as YAML (such as `site.yml`), with the same typed accessors.
    public init(file: String, yaml: String) throws {
        self.file = file
        self.body = ""
        self.bodyLine = 1
        self.isPresent = true
        self.fields = try FrontMatter.parse(yaml, file: file, firstLine: 1)
    }

    /// Reads a whole file holding a YAML list of mappings (such as `corrections.yml`): one
    /// value per item, with lines counted in the file.
    public static func list(file: String, yaml: String) throws -> [FrontMatter] {
        let root: Node?
        do {
            root = try compose(yaml)
        } catch let error as YamlError {
            throw contentError(error, file: file, offset: 0)
        }
        guard let root else { return [] }
        guard case .sequence(let items) = root else {
            throw Diagnostic(file: file, line: root.mark?.line ?? 1, message: "expected a list of entries, each starting with `- `")
        }
        return try items.map { try FrontMatter(file: file, node: $0, offset: 0) }
    }

    private init(file: String, node: Node, offset: Int) throws {
        self.file = file
        self.body = ""
        self.bodyLine = 1
        self.isPresent = true
        self.fields = try FrontMatter.fields(of: node, file: file, offset: offset)
    }

    /// A nested mapping (such as `set:` in a correction), with the same accessors.
    public func mapping(_ key: String) throws -> FrontMatter? {
        guard let field = fields[key] else { return nil }
        return try FrontMatter(file: file, node: field.node, offset: field.offset)
    }

    /// The line of the whole entry (its first field).
    public var line: Int { fields.values.map(\.line).min() ?? 1 }

    /// The YAML's node tree, read as UTF-8 (as Swift strings are). Left to its default, Yams
    /// reads the whole environment at every call for an override (and prints a line when it
    /// finds one): that was a quarter of the time spent reading front matter.
    private static func compose(_ yaml: String) throws -> Node? {
        try Yams.compose(yaml: yaml, .default, .default, .utf8)
    }

    /// Parses a YAML mapping whose first line is the file's line `firstLine`.
    private static func parse(_ yaml: String, file: String, firstLine: Int) throws -> [String: Field] {
        let offset = firstLine - 1  // Yams counts lines from 1 within the YAML.
        let root: Node?
        do {
            root = try compose(yaml)
        } catch let error as YamlError {
            throw contentError(error, file: file, offset: offset)
        }
        guard let root else { return [:] }
        return try fields(of: root, file: file, offset: offset)
    }

    private static func fields(of root: Node, file: String, offset: Int) throws -> [String: Field] {
        guard case .mapping(let mapping) = root else {
            throw Diagnostic(file: file, line: (root.mark?.line ?? 1) + offset,
                               message: "expected `key: value` lines")
        }
        var fields: [String: Field] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            fields[name] = Field(node: value, line: (key.mark?.line ?? value.mark?.line ?? 1) + offset,
                                 column: value.mark?.column, offset: offset)
        }
        return fields
    }

    /// An integer field.
    public func int(_ key: String) throws -> Int? {
        guard let text = try string(key) else { return nil }
        guard let value = Int(text) else {
            throw Diagnostic(file: file, line: fields[key]?.line, column: fields[key]?.column, message: "`\(key)` must be a whole number, got \"\(text)\"")
        }
        return value
    }

    /// A decimal number field.
    public func double(_ key: String) throws -> Double? {
        guard let text = try string(key) else { return nil }
        guard let value = Double(text) else {
            throw Diagnostic(file: file, line: fields[key]?.line, column: fields[key]?.column, message: "`\(key)` must be a number, got \"\(text)\"")
        }
        return value
    }

    /// A yes/no field.
    public func bool(_ key: String) throws -> Bool? {
        guard let text = try string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw Diagnostic(file: file, line: fields[key]?.line, column: fields[key]?.column, message: "`\(key)` must be true or false")
        }
    }

    /// Field names present, sorted.
    public var keys: [String] { fields.keys.sorted() }

    /// 1-based line of a field in the file (the YAML begins on the file's second line).
    public func line(of key: String) -> Int? { fields[key].map { $0.line } }

    /// The column where a field's value starts, when known.
    public func column(of key: String) -> Int? { fields[key]?.column }

    /// A text field; numbers and dates are read as their text.
    public func string(_ key: String) throws -> String? {
        guard let field = fields[key] else { return nil }
        guard case .scalar(let scalar) = field.node else {
            throw error(field, "`\(key)` must be a single value, not a list or a mapping")
        }
        if field.node.null != nil { return nil }
        return scalar.string
    }

    /// A required text field.
    public func requiredString(_ key: String) throws -> String {
        guard let value = try string(key), !value.isEmpty else {
            throw Diagnostic(file: file, line: 1, message: "missing required field `\(key)`")
        }
        return value
    }

    /// A list of texts; a single text is read as a list of one.
    public func strings(_ key: String) throws -> [String] {
        guard let field = fields[key] else { return [] }
        switch field.node {
        case .scalar:
            if field.node.null != nil { return [] }
            return [field.node.string ?? ""]
        case .sequence(let items):
            return try items.map { item in
                guard case .scalar(let scalar) = item else {
                    throw Diagnostic(file: file, line: item.mark.map { $0.line + field.offset } ?? field.line,
                                       message: "`\(key)` must be a list of texts")
                }
                return scalar.string
            }
        default:
            throw error(field, "`\(key)` must be a list of texts, not a mapping")
        }
    }

    /// A `YYYY-MM-DD` date.
    public func day(_ key: String) throws -> Day? {
        guard let text = try string(key) else { return nil }
        guard let day = Day(iso: text), text.count == 10 || text.dropFirst(10).first == "T" || text.dropFirst(10).first == " " else {
            throw Diagnostic(file: file, line: fields[key]?.line, column: fields[key]?.column, message: "`\(key)` must be a date written YYYY-MM-DD, got \"\(text)\"")
        }
        guard Day.plausibleYears.contains(day.year) else {
            throw Diagnostic(file: file, line: fields[key]?.line, column: fields[key]?.column,
                               message: "`\(key)` is \(day.iso), outside \(Day.plausibleYears.lowerBound)–\(Day.plausibleYears.upperBound)")
        }
        return day
    }

    /// Rejects fields this kind of file does not know, so that a typo does not pass silently.
    public func allowOnly(_ known: Set<String>) throws {
        for key in keys where !known.contains(key) {
            let list = known.sorted().joined(separator: ", ")
            throw Diagnostic(file: file, line: fields[key]?.line, column: fields[key]?.column,
                               message: "unknown field `\(key)` (known fields: \(list))")
        }
    }

    private func error(_ field: Field, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: field.line, message: message)
    }

    private static func contentError(_ error: YamlError, file: String, offset: Int) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return Diagnostic(file: file, line: mark.line + offset, message: "malformed YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(file: file, line: context.mark.line + offset,
                                message: "duplicated keys: \(duplicates.joined(separator: ", "))")
        default:
            return Diagnostic(file: file, line: offset + 1, message: "malformed YAML: \(error)")
        }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return s
    }
}
