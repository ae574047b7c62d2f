import ArgumentParser
import Foundation
import Pipeline

/// `briefings build`: Content/ → Site/.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site: extract events from the articles and write the pages.",
        discussion: """
        PROJECT_DIR holds Content/ and, optionally, Templates/ (without it, the built-in theme \
        is used). The site is written to PROJECT_DIR/Site unless --output names another folder. \
        A failed build leaves the previous output untouched.
        """
    )

    @Argument(help: "The project folder, holding Content/.", completion: .directory)
    var projectDir: String = "."

    @Option(name: .shortAndLong, help: "Where to write the site (default: PROJECT_DIR/Site).", completion: .directory)
    var output: String?

    @Flag(name: .shortAndLong, help: "Print how long each step took, and the peak memory after it.")
    var verbose = false

    func run() throws {
        let project = URL(fileURLWithPath: projectDir)
        let builder = SiteBuilder(project: project, output: output.map { URL(fileURLWithPath: $0) })
        let report: SiteBuilder.Report
        do {
            report = try builder.build()
        } catch {
            Terminal.error("\(error)")
            throw ExitCode.failure
        }
        for warning in report.warnings { Terminal.error("warning: \(warning)") }
        if verbose {
            for step in report.steps {
                print(step.name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", step.seconds * 1000)
                      + (step.peakMemory > 0 ? String(format: "  (peak memory %.0f MiB)", Double(step.peakMemory) / 1_048_576) : ""))
            }
        }
        let total = report.steps.map(\.seconds).reduce(0, +)
        if report.unchanged {
            print("Nothing changed since the last build: \(report.files) files in \(builder.output.path) (\(String(format: "%.0f", total * 1000)) ms)")
            return
        }
        print("Built \(report.files) files from \(report.articles) articles (\(report.events) events) into \(builder.output.path) in \(String(format: "%.0f", total * 1000)) ms")
    }
}
