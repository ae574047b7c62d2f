/// A fenced `events` block in editors' Markdown: the events it lists, by id or by a filter,
/// so that an analysis quotes the timeline and stays current.
///
///     ```events
///     topic: idlib
///     from: 2020-02-20
///     type: military-action
///     ```
///
/// A line without `key:` is an event id. Keys: `topic`, `actor`, `type`, `from`, `to`, `limit`.
public struct EventsBlock: Hashable, Codable, Sendable {
    public var ids: [String] = []
    public var topic: String?
    public var actor: String?
    public var type: EventType?
    public var from: Day?
    public var to: Day?
    /// At most this many, the latest (20 unless said).
    public var limit = 20
    /// The line of its opening fence in the file.
    public var line: Int
    /// The lines of its text that it spans, fences included, by index from 0: what the page
    /// replaces with the events it lists.
    public var lines: ClosedRange<Int> = 0...0
    /// What could not be read: the line and the reason.
    public var problems: [Problem] = []

    public struct Problem: Hashable, Codable, Sendable {
        public var line: Int
        public var message: String
    }

    public static let keys = ["topic", "actor", "type", "from", "to", "limit"]

    /// Whether an event is one the block lists (before the limit).
    public func lists(_ event: Event) -> Bool {
        if !ids.isEmpty { return ids.contains(event.id) }
        if let topic, !event.topics.contains(topic) { return false }
        if let actor, !event.actors.contains(where: { $0.id == actor }) { return false }
        if let type, event.type != type { return false }
        if let from, event.date < from { return false }
        if let to, event.date > to { return false }
        return true
    }

    /// Every block of a Markdown text whose first line is the file's line `firstLine`.
    public static func scan(_ text: String, firstLine: Int = 1) -> [EventsBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [EventsBlock] = []
        var i = 0
        while i < lines.count {
            guard lines[i].trimmingCharacters() == "```events",
                  let close = lines[(i + 1)...].firstIndex(where: { $0.trimmingCharacters() == "```" }) else { i += 1; continue }
            var block = EventsBlock(line: firstLine + i, lines: i...close)
            for k in (i + 1)..<close { block.read(lines[k], line: firstLine + k) }
            out.append(block)
            i = close + 1
        }
        return out
    }

    private mutating func read(_ raw: Substring, line: Int) {
        let text = raw.trimmingCharacters()
        guard !text.isEmpty else { return }
        guard let colon = text.firstIndex(of: ":") else { ids.append(text); return }
        let key = text[..<colon].trimmingCharacters(), value = text[text.index(after: colon)...].trimmingCharacters()
        switch key {
        case "topic": topic = value
        case "actor": actor = value
        case "type":
            type = EventType(rawValue: value)
            if type == nil { problems.append(Problem(line: line, message: "unknown event type \"\(value)\" (one of: \(EventType.allCases.map(\.rawValue).joined(separator: ", ")))")) }
        case "from", "to":
            guard let day = Day(iso: value) else {
                problems.append(Problem(line: line, message: "`\(key)` must be a date written YYYY-MM-DD, got \"\(value)\""))
                return
            }
            if key == "from" { from = day } else { to = day }
        case "limit":
            guard let n = Int(value), n > 0 else {
                problems.append(Problem(line: line, message: "`limit` must be a whole number above 0, got \"\(value)\""))
                return
            }
            limit = n
        default:
            problems.append(Problem(line: line, message: "unknown key \"\(key)\" in an events block (one of: \(Self.keys.joined(separator: ", ")))"))
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
