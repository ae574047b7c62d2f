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

    func run() throws {
        let result = try Terminal.extract(projectDir)
        let findings = ProjectCheck.findings(result)
        for finding in findings { print(finding) }
        let errors = findings.filter { $0.severity == .error }.count
        print("\(errors) errors, \(findings.count - errors) warnings")
        if errors > 0 { throw ExitCode.failure }
    }
}
