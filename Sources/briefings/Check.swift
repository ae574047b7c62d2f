import Model
import ArgumentParser
import Foundation
import Loading
import Pipeline

/// `briefings check`: what an editor should review before publishing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review the project: content errors, discovered actors, doubtful dates, events without actor or topic, stale corrections.",
        discussion: "Exits with a non-zero status when there are errors (warnings alone pass). --format json is for editors' integrations.")

    enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The project folder, holding Content/.", completion: .directory)
    var projectDir: String = "."

    @Option(help: "Output format: \(CheckFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: CheckFormat = .text

    @OptionGroup var options: OutputOptions

    func run() throws {
        if format == .json { return try runJSON() }
        let result = try Terminal.assemble(projectDir, checkingTheme: true, verbose: options.verbose)
        let diagnostics = ProjectCheck.diagnostics(result)
        let errors = diagnostics.filter { $0.severity == .error }.count
        for diagnostic in diagnostics where !options.quiet || diagnostic.severity == .error { print(diagnostic) }
        options.say("\(errors) errors, \(diagnostics.count - errors) warnings")
        if errors > 0 { throw ExitCode.failure }
    }

    /// One JSON array of diagnostics, each with `severity`, `file`, `message` and, when known,
    /// `line`, `column` and `note`: the build's errors when it stops, else the review.
    private func runJSON() throws {
        var report = SiteBuilder.BuildReport()
        let diagnostics: [Diagnostic]
        do {
            diagnostics = ProjectCheck.diagnostics(try SiteBuilder(project: URL(fileURLWithPath: projectDir))
                .assemble(into: &report, checkingTheme: true))
        } catch let error as BuildError {
            diagnostics = Diagnostics.of(error.underlying) ?? [Diagnostic(file: projectDir, message: "\(error)")]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(diagnostics), as: UTF8.self))
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
    }
}
