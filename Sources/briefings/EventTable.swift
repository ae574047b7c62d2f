import Model

/// Events as aligned columns for a terminal: date, type, actors, topics, summary.
enum EventTable {
    static func render(_ events: [Event]) -> String {
        let rows = events.map { event in
            [event.date.iso, event.type.rawValue,
             event.actors.filter { $0.role == .participant }.map(\.name).joined(separator: ", "),
             event.topics.joined(separator: ","), event.fatalities.map { "\($0) killed" } ?? "", event.summary]
        }
        let header = ["DATE", "TYPE", "ACTORS", "TOPICS", "TOLL", "SUMMARY"]
        let widths = (0..<header.count).map { column in
            min(40, ([header] + rows).map { $0[column].count }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : fit(cell, widths[column])
            }.joined(separator: "  ")
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n\(events.count) events"
    }

    static func fit(_ text: String, _ width: Int) -> String {
        text.count > width ? String(text.prefix(width - 1)) + "…" : text + String(repeating: " ", count: width - text.count)
    }
}
