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

    @OptionGroup var options: OutputOptions

    func run() throws {
        let project = URL(fileURLWithPath: projectDir)
        var builder = SiteBuilder(project: project, output: output.map { URL(fileURLWithPath: $0) })
        let bar = ProgressBar.forTerminal(quiet: options.quiet)
        if let bar { builder.progress = { bar.update($0) } }
        let report: SiteBuilder.BuildReport
        do {
            report = try builder.build()
            bar?.finish()
        } catch {
            bar?.finish()
            Terminal.report(error)
            throw ExitCode.failure
        }
        if !options.quiet { for warning in report.warnings { Terminal.warning(warning) } }
        if options.verbose { for line in Terminal.timings(report) { print(line) } }
        let total = report.steps.map(\.seconds).reduce(0, +)
        if report.unchanged {
            options.say("Nothing changed since the last build: \(report.files) files in \(builder.output.path) (\(String(format: "%.0f", total * 1000)) ms)")
            return
        }
        options.say("Built \(report.files) files from \(report.articles) articles (\(report.events) events) into \(builder.output.path) in \(String(format: "%.0f", total * 1000)) ms")
    }
}
