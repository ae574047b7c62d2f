import ArgumentParser
import Assembly
import Foundation
import Extraction
import Pipeline
import Rendering

/// `briefings events`: the extracted events, for review in a terminal.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the extracted events, after merging and editors' corrections.")

    enum EventsFormat: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @Argument(help: "The project folder, holding Content/.", completion: .directory)
    var projectDir: String = "."

    @Option(help: "Output format: \(EventsFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: EventsFormat = .table

    @Option(help: "Only events reported by this article (file name, with or without extension).")
    var article: String?

    @OptionGroup var options: OutputOptions

    @Option(help: ArgumentHelp("For each sentence of this article, the event it made or joined, or why it made none.",
                                valueName: "article"))
    var explain: String?

    func run() throws {
        if let explain { return try explainArticle(explain) }
        let result = try Terminal.assemble(projectDir, verbose: options.verbose)
        var events = result.assembly.events
        if let article {
            events = events.filter { $0.sources.contains { $0.article == article || $0.article.hasPrefix(article + ".") } }
        }
        switch format {
        case .json: print(EventsJSON.encode(events, scheduled: result.assembly.scheduled, background: result.assembly.background), terminator: "")
        case .csv: print(EventsCSV.encode(events), terminator: "")
        case .table: print(EventTable.render(events))
        }
    }

    private func explainArticle(_ name: String) throws {
        let found: SiteBuilder.ArticleExplanation?
        do {
            found = try SiteBuilder(project: URL(fileURLWithPath: projectDir)).explain(article: name)
        } catch {
            Terminal.report(error)
            throw ExitCode.failure
        }
        guard let found else {
            Terminal.error("no article named \(name) in \(projectDir)/Content/articles")
            throw ExitCode.failure
        }
        print(found.article)
        for s in found.sentences {
            print("\n¶\(s.paragraph).\(s.sentence + 1)  \(s.text)\n    → \(s.outcome)")
        }
        print("\nAcross articles:")
        for record in found.events {
            print("\n" + record.explanation.joined(separator: "\n"))
        }
    }
}
