import Foundation
import Model

/// `data/timeline.json` in Knight Lab TimelineJS's JSON format, for newsrooms to embed.
enum TimelineJS {
    struct File: Encodable {
        struct Title: Encodable { let text: Text }
        let title: Title
        let events: [Entry]
    }

    struct Text: Encodable {
        let headline: String
        let text: String
    }

    struct StartDate: Encodable {
        let year: String
        let month: String
        let day: String
    }

    struct Entry: Encodable {
        let start_date: StartDate
        let text: Text
        let group: String?
        let unique_id: String
    }

    static func encode(_ events: [Event], site: SiteConfig, topicTitles: [String: String], strings: Strings) -> String {
        let entries = events.map { event in
            let actors = event.actors.filter { $0.role == .participant }.map(\.name).joined(separator: ", ")
            var text = strings.eventType(event.type)
            if !actors.isEmpty { text += " — " + actors }
            if let sentence = event.sources.first?.sentence { text += "<br>« " + htmlEscape(sentence) + " »" }
            return Entry(start_date: StartDate(year: String(event.date.year), month: String(event.date.month), day: String(event.date.day)),
                         text: Text(headline: htmlEscape(event.summary), text: text),
                         group: event.topics.first.flatMap { topicTitles[$0] }, unique_id: event.id)
        }
        let title = File.Title(text: Text(headline: htmlEscape(site.title), text: htmlEscape(site.description)))
        guard !entries.isEmpty else { return JSONExport.encode(File(title: title, events: [])) }
        // The same bytes as encoding the whole file, list item by list item (see `JSONExport.list`).
        return "{\n  \"events\" : " + JSONExport.list(entries) + ",\n  \"title\" : "
            + JSONExport.indent(JSONExport.encode(title).dropLast(), by: 2).dropFirst(2) + "\n}\n"
    }

    /// TimelineJS shows `text` fields as HTML: content must be escaped.
    static func htmlEscape(_ text: String) -> String { XML.escape(text) }
}

/// Shared JSON settings: sorted keys, no escaped slashes, a final newline.
enum JSONExport {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// A non-empty list as `encode` writes it as the value of a top-level key — items indented
    /// by four spaces, the closing bracket by two — each item encoded on its own, on every core,
    /// so that a long list is never one tree in memory.
    static func list<T: Encodable & Sendable>(_ items: [T]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let texts = items.parallelMap { item -> String in
            indent(String(decoding: try! encoder.encode(item), as: UTF8.self), by: 4)
        }
        return "[\n" + texts.joined(separator: ",\n") + "\n  ]"
    }

    /// Every line but the empty ones (an empty list's) pushed right, as a deeper level of `encode`.
    static func indent<S: StringProtocol>(_ text: S, by width: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var lineStart = true
        for byte in text.utf8 {
            if lineStart && byte != 10 { out.append(contentsOf: repeatElement(32, count: width)) }
            out.append(byte)
            lineStart = byte == 10
        }
        return String(decoding: out, as: UTF8.self)
    }
}
