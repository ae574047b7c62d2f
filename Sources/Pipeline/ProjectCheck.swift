import Assembly
import Extraction
import Geography
import Model

/// The review an editor runs before publishing (`briefings check`): the build's warnings, and
/// what the extraction could not settle, each at the file and line concerned.
public enum ProjectCheck {
    public static func diagnostics(_ result: SiteBuilder.Assembled) -> [Diagnostic] {
        var out = result.warnings
        for correction in result.assembly.staleCorrections {
            out.append(Diagnostic(file: correction.file, line: correction.line, message:
                "this correction no longer applies: no event of \(correction.article ?? "?") has a sentence containing \"\(correction.sentence ?? "")\""))
        }
        for article in result.content.articles where article.dateOrigin == .inferred {
            guard let day = article.published else { continue }
            out.append(Diagnostic(.warning, file: "Content/articles/\(article.fileName)", message:
                "publication date inferred from the text as \(day.iso); name the file YYYY-MM-DD-... to confirm it"))
        }
        out += discoveredActors(result.assembly)
        out += eventsToReview(result)
        out += unlistedPlaces(result, proposals: .region)
        // Errors first, each severity in file order.
        return out.sorted { $0.severity != $1.severity ? $0.severity < $1.severity : Diagnostic.inFileOrder($0, $1) }
    }

    /// Actors found in the text that no profile names: at the profile to write.
    static func discoveredActors(_ assembly: Chronicle) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        for event in assembly.events { for id in Set(event.actors.map(\.id)) { counts[id, default: 0] += 1 } }
        return assembly.actors.values.sorted(by: { $0.slug < $1.slug }).filter { !$0.reviewed }.map { actor in
            Diagnostic(.warning, file: "Content/actors/\(actor.slug).md", message:
                "\"\(actor.name)\" was found in the text (\(counts[actor.slug] ?? 0) events) and has no profile in Content/actors/: add one, or an alias to an existing one")
        }
    }

    /// Events without an actor taking part or without a topic: at the sentence they were read from.
    static func eventsToReview(_ result: SiteBuilder.Assembled) -> [Diagnostic] {
        let articles = Dictionary(result.content.articles.map { ($0.fileName, $0) }, uniquingKeysWith: { a, _ in a })
        var out: [Diagnostic] = []
        for event in result.assembly.events {
            var problems: [String] = []
            if !event.actors.contains(where: { $0.role == .participant }) { problems.append("no actor taking part") }
            if event.topics.isEmpty { problems.append("no topic: add a keyword to a topic, or correct the event") }
            guard !problems.isEmpty else { continue }
            let (file, line) = origin(of: event, articles: articles, otherwise: "Content/corrections.yml")
            for problem in problems {
                out.append(Diagnostic(.warning, file: file, line: line, message: "event \(event.id): \(problem)"))
            }
        }
        return out
    }

    /// The file and line of the sentence an event was first read from; `otherwise` for an
    /// event no article reports (one an editor added).
    static func origin(of event: Event, articles: [String: Article], otherwise: String) -> (file: String, line: Int?) {
        guard let source = event.sources.first else { return (otherwise, nil) }
        return ("Content/articles/\(source.article)", articles[source.article].map { $0.line(ofBlock: source.paragraph) })
    }

    /// How many GeoNames candidates a missing place's note proposes.
    static let proposalsShown = 3

    /// Places events happened at that the gazetteer lacks, at the first sentence naming each,
    /// with coordinates GeoNames proposes: never drawn on a map until an editor has reviewed
    /// them and added them to `Content/places.yml`. A topic's keywords (a country, a region)
    /// are areas, not places to add.
    static func unlistedPlaces(_ result: SiteBuilder.Assembled, proposals: PlaceProposals) -> [Diagnostic] {
        let gazetteer = Gazetteer(result.content.places)
        let areas = Set(result.content.topics.flatMap(\.keywords).map { $0.folded() })
        let articles = Dictionary(result.content.articles.map { ($0.fileName, $0) }, uniquingKeysWith: { a, _ in a })
        var events: [String: [Event]] = [:]
        for event in result.assembly.events {
            guard let name = event.location, gazetteer.place(named: name) == nil, !areas.contains(name.folded()) else { continue }
            events[name, default: []].append(event)
        }
        return events.keys.sorted().map { name in
            let mine = events[name]!
            let (file, line) = origin(of: mine[0], articles: articles, otherwise: "Content/places.yml")
            let candidates = proposals.candidates(for: name).prefix(proposalsShown)
            let note = candidates.isEmpty ? "GeoNames (geonames.org, CC BY 4.0) has no populated place of that name in the region"
                : "GeoNames (geonames.org, CC BY 4.0) proposes, to review: " + candidates.map { c in
                    "- {name: \(name), lat: \(c.latitude), lon: \(c.longitude)}  # \(c.name), \(c.countryCode), population \(c.population)"
                }.joined(separator: "; ")
            return Diagnostic(.warning, file: file, line: line,
                              message: "\"\(name)\" (\(mine.count) events) is not in Content/places.yml, so no map shows it: add it there",
                              note: note)
        }
    }
}
