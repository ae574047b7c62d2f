/// A problem with a content file, pointing at the file and, when known, the line.
public struct ContentError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; nil when the problem concerns the whole file.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
