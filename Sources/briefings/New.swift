import ArgumentParser
import Foundation
import Model
import Pipeline

/// `briefings new article|note|actor|topic "Title"`: a new content file, its path printed.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create an article, note, actor or topic with its front matter filled in.",
        discussion: "Articles get today's date and the site's language. An existing file is never replaced.")

    @Argument(help: "What to create: \(NewContent.ContentKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: NewContent.ContentKind

    @Argument(help: "Its title (or an actor's name).")
    var title: String

    @Option(help: "The project folder, holding Content/.", completion: .directory)
    var project: String = "."

    @OptionGroup var options: OutputOptions

    func run() throws {
        do {
            let path = try NewContent.create(kind, title: title, project: URL(fileURLWithPath: project), today: Self.today())
            options.say(path)
        } catch {
            Terminal.report(error)
            throw ExitCode.failure
        }
    }

    /// Today in the local time zone, as the editor's calendar says.
    static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(iso: "1970-01-01")!
    }
}

extension NewContent.ContentKind: ExpressibleByArgument {}
