import Foundation
import Model

/// `data/events.json`: the events in the public contract's shape, byte-identical between builds.
public enum EventsJSON {
    public static func encode(_ events: [Event]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard !events.isEmpty else {
            return String(decoding: try! encoder.encode(File(events: [])), as: UTF8.self) + "\n"
        }
        // The same bytes as encoding the whole file, without its whole tree in memory.
        return "{\n  \"events\" : " + JSONExport.list(events.map(Record.init)) + "\n}\n"
    }

    struct File: Encodable {
        let events: [Record]
    }

    struct Record: Encodable {
        let event: Event
        init(_ event: Event) { self.event = event }

        enum Keys: String, CodingKey {
            case id, date, date_precision, type, summary, actors, location, topics, fatalities, quotes, sources
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(event.id, forKey: .id)
            try c.encode(event.date.iso, forKey: .date)
            try c.encode(event.datePrecision.rawValue, forKey: .date_precision)
            try c.encode(event.type.rawValue, forKey: .type)
            try c.encode(event.summary, forKey: .summary)
            try c.encode(event.actors.map(ActorRecord.init), forKey: .actors)
            try c.encode(event.location, forKey: .location)
            try c.encode(event.topics, forKey: .topics)
            try c.encode(event.fatalities, forKey: .fatalities)
            try c.encode(event.quotes.map(QuoteRecord.init), forKey: .quotes)
            try c.encode(event.sources.map(SourceRecord.init), forKey: .sources)
        }
    }

    struct ActorRecord: Encodable {
        let id: String, name: String, mention: String, role: String
        init(_ a: EventActor) { (id, name, mention, role) = (a.id, a.name, a.mention, a.role.rawValue) }
    }

    struct QuoteRecord: Encodable {
        let text: String
        let speaker: String?
        init(_ q: Quote) { (text, speaker) = (q.text, q.speaker) }
        enum Keys: String, CodingKey { case text, speaker }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(text, forKey: .text)
            try c.encode(speaker, forKey: .speaker)
        }
    }

    struct SourceRecord: Encodable {
        let article: String, paragraph: Int, sentence: String
        init(_ s: SourceRef) { (article, paragraph, sentence) = (s.article, s.paragraph, s.sentence) }
    }
}
