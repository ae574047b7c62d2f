import Assembly
import Extraction
import Model

/// Something `briefings check` reports to an editor.
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var severity: Severity
    /// The file or event concerned.
    public var subject: String
    public var message: String

    public var description: String { "\(severity.rawValue): \(subject): \(message)" }
}

/// The review an editor runs before publishing: what the extraction could not settle.
public enum ProjectCheck {
    public static func findings(_ result: SiteBuilder.Assembled) -> [Finding] {
        var findings: [Finding] = []
        for correction in result.assembly.staleCorrections {
            findings.append(Finding(severity: .error, subject: correction.origin,
                                    message: "this correction no longer applies: no event of \(correction.article ?? "?") has a sentence containing \"\(correction.sentence ?? "")\""))
        }
        for (article, extraction) in zip(result.content.articles, result.extractions) {
            let path = "Content/articles/\(article.fileName)"
            if article.dateOrigin == .inferred, let day = article.published {
                findings.append(Finding(severity: .warning, subject: path,
                                        message: "publication date inferred from the text as \(day.iso); name the file YYYY-MM-DD-... to confirm it"))
            }
            for warning in extraction.warnings {
                findings.append(Finding(severity: .warning, subject: "\(path):\(article.line(ofBlock: warning.paragraph)):1", message: warning.message))
            }
        }
        for actor in result.assembly.actors.values.sorted(by: { $0.slug < $1.slug }) where !actor.reviewed {
            let count = result.assembly.events.filter { $0.actors.contains { $0.id == actor.slug } }.count
            findings.append(Finding(severity: .warning, subject: "actors/\(actor.slug)",
                                    message: "\"\(actor.name)\" was found in the text (\(count) events) and is not in Content/actors/: add a profile, or an alias to an existing one"))
        }
        for event in result.assembly.events {
            if !event.actors.contains(where: { $0.role == .participant }) {
                findings.append(Finding(severity: .warning, subject: "event \(event.id)", message: "no actor taking part (\(event.sources.first?.article ?? "no source"))"))
            }
            if event.topics.isEmpty {
                findings.append(Finding(severity: .warning, subject: "event \(event.id)", message: "no topic: add a keyword to a topic, or correct the event"))
            }
        }
        return findings.sorted { ($0.severity, $0.subject, $0.message) < ($1.severity, $1.subject, $1.message) }
    }
}
