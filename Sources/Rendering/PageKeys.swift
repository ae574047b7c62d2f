import Model

/// One page's (or data file's) key in a build, and its size.
public struct PageKey: Sendable, Equatable {
    /// 32 hexadecimal digits (`StableHash`).
    public var key: String
    /// The page's size in bytes, to tell a file edited by hand in the output since.
    public var size: Int

    public init(key: String, size: Int) {
        self.key = key
        self.size = size
    }
}

/// What each page of a build was rendered from (a hash of its template, the theme and its
/// values) and its size: kept between builds, so that a page whose key is unchanged is taken
/// from the previous site as it is instead of being rendered and written again.
public struct PageKeys: Sendable, Equatable {
    /// By the page's path in the site.
    public var byPath: [String: PageKey]

    public init(byPath: [String: PageKey] = [:]) {
        self.byPath = byPath
    }

    static let header = "briefings-pages 1"

    /// One line per page, in path order: `<key> <size> <path>`, after a header line.
    public var text: String {
        var lines = [Self.header]
        lines.reserveCapacity(byPath.count + 1)
        for (path, entry) in byPath.sorted(by: { $0.key < $1.key }) { lines.append("\(entry.key) \(entry.size) \(path)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads `text`; nil for anything but a whole, well-formed list (which is then ignored:
    /// every page is rendered).
    public init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(Self.header), lines.last == "" else { return nil }
        lines.removeFirst()
        lines.removeLast()
        var byPath: [String: PageKey] = [:]
        byPath.reserveCapacity(lines.count)
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, fields[0].utf8.count == 32, let size = Int(fields[1]), !fields[2].isEmpty else { return nil }
            byPath[String(fields[2])] = PageKey(key: String(fields[0]), size: size)
        }
        self.byPath = byPath
    }
}
