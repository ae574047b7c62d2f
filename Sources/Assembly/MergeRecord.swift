import Model

/// Why one article's event was taken for one already reported by another.
public struct MergeReason: Sendable, Hashable {
    /// The participants both reports name.
    public var shared: [String]
    /// Dated a day after the first report, which is allowed only when one report's
    /// participants are all among the other's.
    public var nextDay: Bool
}

/// The reports one merged event was made of, in the order they were merged.
public struct MergeRecord: Sendable {
    /// One article's event as extracted (after editors' corrections), and why it joined; the
    /// first report has no reason.
    public struct MergedReport: Sendable {
        public var event: Event
        public var reason: MergeReason?
    }

    /// The merged event, as the site shows it.
    public internal(set) var event: Event
    /// The first report first.
    public private(set) var reports: [MergedReport]

    init(first: Event) {
        event = first
        reports = [MergedReport(event: first, reason: nil)]
    }

    mutating func add(_ report: Event, reason: MergeReason) {
        reports.append(MergedReport(event: report, reason: reason))
    }

    /// The merged event's account of itself, one line each: its reports and why they merged,
    /// then why its day, place and toll are the ones shown.
    public var explanation: [String] {
        var lines = ["event \(event.id) (\(event.type.rawValue), \(event.status.rawValue)): \(event.summary)"]
        for report in reports {
            let told = report.event
            let origin = told.sources.first.map { "\($0.article) ¶\($0.paragraph)" } ?? "an editor's addition"
            let said = [told.date.description, told.location, told.fatalities.map { "\($0) killed" }]
                .compactMap { $0 }.joined(separator: ", ")
            guard let why = report.reason else {
                lines.append("  first report: \(origin) (\(said))")
                continue
            }
            let day = why.nextDay ? "the next day, one report's participants all among the other's" : "the same day"
            lines.append("  merged: \(origin) (\(said)): same type, \(day), both name \(why.shared.joined(separator: ", "))")
        }
        lines.append("  day \(event.date): \(dayReason)")
        lines.append("  place \(event.location ?? "none"): \(placeReason)")
        lines.append("  toll \(event.fatalities.map(String.init) ?? "none"): \(tollReason)")
        return lines
    }

    private var dayReason: String {
        reports.count == 1 ? "as the report dates it" : "the first report's, the earliest"
    }

    private var placeReason: String {
        guard let place = event.location, let index = reports.firstIndex(where: { $0.event.location == place }) else {
            return event.location == nil ? "no report names a place" : "an editor's"
        }
        if index == 0 { return "the first report's" }
        let others = reports[..<index].compactMap(\.event.location)
        return others.isEmpty ? "the first report naming a place (report \(index + 1))"
            : "report \(index + 1)'s, a place of the gazetteer, more precise than \(others.joined(separator: ", "))"
    }

    private var tollReason: String {
        let reported = reports.flatMap { report in
            report.event.tolls.map { "\($0.count) (\($0.source ?? "no source named"), \(report.event.sources.first?.article ?? "an editor"))" }
        }
        if reported.isEmpty {
            return event.fatalities == nil ? "no report gives a figure" : "an editor's figure"
        }
        let rule = reported.count == 1 ? "the one figure reported"
            : "each source's highest figure (a later, fuller count), then the lowest of the sources (what all agree on)"
        return "\(rule): " + reported.joined(separator: ", ")
    }
}
