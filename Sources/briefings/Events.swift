import ArgumentParser
import Foundation
import Pipeline
import Rendering

/// `briefings events`: the extracted events, for review in a terminal.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the extracted events, after merging and editors' corrections.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @Argument(help: "The project folder, holding Content/.", completion: .directory)
    var projectDir: String = "."

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .table

    @Option(help: "Only events reported by this article (file name, with or without extension).")
    var article: String?

    func run() throws {
        let result = try Terminal.extract(projectDir)
        var events = result.assembly.events
        if let article {
            events = events.filter { $0.sources.contains { $0.article == article || $0.article.hasPrefix(article + ".") } }
        }
        switch format {
        case .json: print(EventsJSON.encode(events), terminator: "")
        case .csv: print(EventsCSV.encode(events), terminator: "")
        case .table: print(EventTable.render(events))
        }
    }
}
