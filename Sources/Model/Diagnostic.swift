/// A problem found in a project, by any stage — its content, lexicons, theme, extraction — at
/// the file and, when known, the line and column concerned. The command line alone formats
/// it: as compilers write theirs (`Content/actors/x.md:4:8: error: …`, which terminals and
/// editors make a link) or as JSON (`briefings check --format json`).
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    /// Relative to the project: `Content/articles/x.md`, `Templates/index.md`, `Lexicons/de.json`.
    public var file: String
    /// 1-based; nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based; 1, the start of the line, when not known more precisely; nil without a line.
    public var column: Int?
    public var message: String
    /// What to do about it, or what else concerns it, when there is more to say.
    public var note: String?

    public init(_ severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil, message: String,
                note: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column ?? line.map { _ in 1 }
        self.message = message
        self.note = note
    }

    public var description: String {
        let place = line.map { "\(file):\($0):\(column ?? 1)" } ?? file
        return "\(place): \(severity.rawValue): \(message)" + (note.map { "\n\(place): note: \($0)" } ?? "")
    }

    /// File, line, column order.
    public static func inFileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        (a.file, a.line ?? 0, a.column ?? 0, a.message) < (b.file, b.line ?? 0, b.column ?? 0, b.message)
    }
}

/// Every error a stage found, reported together, in file order, with their count.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public var all: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        all = diagnostics.sorted(by: Diagnostic.inFileOrder)
    }

    public var description: String {
        let errors = all.filter { $0.severity == .error }.count
        return (all.map(\.description) + ["\(errors) error\(errors == 1 ? "" : "s")"]).joined(separator: "\n")
    }

    /// The diagnostics an error carries: itself, or those it gathers; none for any other error.
    public static func of(_ error: any Error) -> [Diagnostic]? {
        switch error {
        case let many as Diagnostics: many.all
        case let one as Diagnostic: [one]
        default: nil
        }
    }
}
