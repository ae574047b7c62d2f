import ArgumentParser
import Foundation
import Pipeline

/// `briefings check`: what an editor should review before publishing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Review the project: discovered actors, doubtful dates, events without actor or topic, stale corrections.",
        discussion: "Exits with a non-zero status when there are errors (warnings alone pass).")

    @Argument(help: "The project folder, holding Content/.", completion: .directory)
    var projectDir: String = "."

    @OptionGroup var options: OutputOptions

    func run() throws {
        let result = try Terminal.extract(projectDir, verbose: options.verbose)
        let findings = ProjectCheck.findings(result)
        let errors = findings.filter { $0.severity == .error }.count
        for finding in findings where !options.quiet || finding.severity == .error { print(finding) }
        options.say("\(errors) errors, \(findings.count - errors) warnings")
        if errors > 0 { throw ExitCode.failure }
    }
}
