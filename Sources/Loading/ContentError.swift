/// A problem with a content file, pointing at the file and, when known, the line and column,
/// written the way compilers write them (`Content/actors/x.md:4:8: error: …`) so that
/// terminals and editors make it a link.
public struct ContentError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based; the start of the line when not known more precisely.
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line):\(column ?? 1): error: \(message)" }
        return "\(file): error: \(message)"
    }
}

/// Every content error of a build, reported together, in file order, with their count.
public struct ContentErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [ContentError]

    public init(_ errors: [ContentError]) {
        self.errors = errors.sorted { ($0.file, $0.line ?? 0, $0.column ?? 0) < ($1.file, $1.line ?? 0, $1.column ?? 0) }
    }

    public var description: String {
        (errors.map(\.description) + ["\(errors.count) error\(errors.count == 1 ? "" : "s")"]).joined(separator: "\n")
    }
}
