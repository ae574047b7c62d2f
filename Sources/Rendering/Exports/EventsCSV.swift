import Foundation
import Model

/// Events as CSV (RFC 4180): one row per event, our own columns and types.
public enum EventsCSV {
    public static let header = ["id", "date", "date_precision", "type", "summary", "actors", "targets", "reporters",
                                "location", "topics", "fatalities", "sources"]

    public static func encode(_ events: [Event]) -> String {
        var lines = [row(header)]
        for event in events {
            lines.append(row([
                event.id, event.date.iso, event.datePrecision.rawValue, event.type.rawValue, event.summary,
                event.actors.filter { $0.role == .participant }.map(\.name).joined(separator: "; "),
                event.actors.filter { $0.role == .target }.map(\.name).joined(separator: "; "),
                event.actors.filter { $0.role == .reporter }.map(\.name).joined(separator: "; "),
                event.location ?? "", event.topics.joined(separator: "; "), event.fatalities.map(String.init) ?? "",
                event.sources.map(\.article).joined(separator: "; "),
            ]))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One CSV record; fields with commas, quotes or line breaks are quoted. A text field that
    /// a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage return
    /// first) is prefixed with `'`, so that it opens as text; numbers (`-12.5`) stay numbers.
    public static func row(_ fields: [String]) -> String {
        fields.map { raw in
            let field = isFormula(raw) ? "'" + raw : raw
            // (A field with none of those bytes has none of those characters: most fields are
            // not read character by character.)
            guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
            return quotedIfNeeded(field)
        }.joined(separator: ",")
    }

    /// A field, quoted if one of its characters is a comma, a quote or a line break.
    static func quotedIfNeeded(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        // (Most fields are quoted for a comma and hold no quotation mark to double.)
        guard field.utf8.contains(0x22) else { return "\"" + field + "\"" }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func isFormula(_ field: String) -> Bool {
        guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        return Double(field) == nil
    }
}
