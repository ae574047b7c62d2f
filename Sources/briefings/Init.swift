import ArgumentParser
import Foundation
import Pipeline

/// `briefings init DIR`: a new site to start from.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new site: Content/ with an example of each kind of file, and the default theme in Templates/.")

    @Argument(help: "The folder to create the site in.", completion: .directory)
    var directory: String

    @Option(help: "The site's language: \(ProjectInit.languages.joined(separator: ", ")).")
    var language: String = "fr"

    @Flag(help: "Content only, no copy of the theme (the built-in one is used).")
    var bare = false

    @OptionGroup var options: OutputOptions

    func run() throws {
        do {
            let written = try ProjectInit.create(at: URL(fileURLWithPath: directory), language: language, bare: bare)
            let content = written.filter { $0.hasPrefix("Content/") }
            for path in content { options.say("\(directory)/\(path)") }
            if !bare { options.say("\(directory)/Templates/ (\(written.count - content.count - 1) files of the default theme)") }
            options.say("Next: briefings build \(directory)")
        } catch {
            Terminal.report(error)
            throw ExitCode.failure
        }
    }
}
