import ArgumentParser
import Foundation
import Loading
import Pipeline

/// `briefings check`: what an editor should review before publishing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review the project: content errors, discovered actors, doubtful dates, events without actor or topic, stale corrections.",
        discussion: "Exits with a non-zero status when there are errors (warnings alone pass). --format json is for editors' integrations.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The project folder, holding Content/.", completion: .directory)
    var projectDir: String = "."

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @OptionGroup var options: OutputOptions

    func run() throws {
        if format == .json { return try runJSON() }
        let result = try Terminal.assemble(projectDir, checkingTheme: true, verbose: options.verbose)
        let findings = ProjectCheck.findings(result)
        let errors = findings.filter { $0.severity == .error }.count
        for finding in findings where !options.quiet || finding.severity == .error { print(finding) }
        options.say("\(errors) errors, \(findings.count - errors) warnings")
        if errors > 0 { throw ExitCode.failure }
    }

    /// One JSON array of problems: `severity`, `message`, and `file`/`line`/`column` for content
    /// errors or `subject` (an article, an actor, an event) for the review's findings.
    private func runJSON() throws {
        var report = SiteBuilder.Report()
        var items: [[String: Any]] = []
        do {
            let result = try SiteBuilder(project: URL(fileURLWithPath: projectDir)).assemble(into: &report, checkingTheme: true)
            items = ProjectCheck.findings(result).map { ["severity": $0.severity.rawValue, "subject": $0.subject, "message": $0.message] }
        } catch let error as BuildError {
            items = Self.contentErrors(error.underlying).map { e in
                var item: [String: Any] = ["severity": "error", "file": e.file, "message": e.message]
                if let line = e.line { item["line"] = line; item["column"] = e.column ?? 1 }
                return item
            }
        }
        let data = try JSONSerialization.data(withJSONObject: items, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        print(String(decoding: data, as: UTF8.self))
        if items.contains(where: { $0["severity"] as? String == "error" }) { throw ExitCode.failure }
    }

    static func contentErrors(_ error: any Error) -> [ContentError] {
        switch error {
        case let many as ContentErrors: return many.errors
        case let one as ContentError: return [one]
        default: return [ContentError(file: "Content", message: "\(error)")]
        }
    }
}
