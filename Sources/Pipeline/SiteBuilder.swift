import Assembly
import Extraction
import Foundation
import Lexicons
import Loading
import Model
import Rendering
import Writing

/// A whole build, `Content/` to `Site/`, as a checklist of named steps, each timed.
public struct SiteBuilder: Sendable {
    /// The folder holding `Content/` and, optionally, `Templates/`.
    public let project: URL
    /// Where the site goes; `<project>/Site` unless told otherwise.
    public let output: URL
    /// Seconds since an arbitrary origin; a parameter so tests and benchmarks can supply one.
    public let clock: @Sendable () -> Double

    public init(project: URL, output: URL? = nil, clock: @escaping @Sendable () -> Double = SiteBuilder.monotonicSeconds) {
        self.project = project.standardizedFileURL
        self.output = (output ?? project.appendingPathComponent("Site")).standardizedFileURL
        self.clock = clock
    }

    /// What a build did.
    public struct Report: Sendable {
        public var steps: [StepTiming] = []
        public var articles = 0
        public var events = 0
        public var files = 0
        public var warnings: [String] = []

        public init() {}
    }

    /// Everything up to, not including, writing: the site as values.
    public struct Result: Sendable {
        public var content: Content
        public var extractions: [Extraction]
        public var assembly: Assembly
        public var files: [SiteFile]
    }

    /// Builds and writes the site. On error nothing under `output` has changed.
    @discardableResult
    public func build() throws -> Report {
        var report = Report()
        let result = try render(into: &report)
        try step("write", &report) {
            try SiteWriter(output: output).write(result.files)
        }
        return report
    }

    /// Runs every step but writing.
    public func render(into report: inout Report) throws -> Result {
        let content = try step("load content", &report) {
            try ContentLoader(contentDirectory: project.appendingPathComponent("Content")).load()
        }
        let theme = try step("load theme", &report) { try loadTheme() }
        let lexicons = try step("load lexicons", &report) { try Lexicons.builtIn() }
        let extractions = try step("extract events", &report) {
            // The years of the dated articles help date an undated one ("vendredi 21 février").
            let years = Array(Set(content.articles.compactMap { $0.published?.year })).sorted()
            let extractor = Extractor(registry: content.actors, topics: content.topics, lexicons: lexicons,
                                      places: content.places.flatMap { [$0.name] + $0.aliases }, contextYears: years)
            return content.articles.parallelMap { extractor.extract($0) }
        }
        let dated = try step("check dates", &report) { try Self.datedArticles(content, extractions) }
        let assembly = try step("assemble", &report) {
            Assembly(content: dated, events: extractions.flatMap(\.events),
                     discovered: extractions.flatMap(\.discoveredActors))
        }
        let files = try step("render", &report) {
            try SiteRenderer(content: dated, assembly: assembly, theme: theme).render()
        }
        report.articles = content.articles.count
        report.events = assembly.events.count
        report.files = files.count
        report.warnings = extractions.flatMap { $0.warnings.map(\.description) }
        return Result(content: dated, extractions: extractions, assembly: assembly, files: files)
    }

    /// The project's `Templates/` if it has one, else the built-in theme.
    func loadTheme() throws -> Theme {
        let folder = project.appendingPathComponent("Templates")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return try Theme(directory: folder)
        }
        return try Theme.builtIn()
    }

    /// Articles with the publication date extraction inferred; an error for one still undated.
    static func datedArticles(_ content: Content, _ extractions: [Extraction]) throws -> Content {
        var content = content
        for (i, extraction) in extractions.enumerated() where content.articles[i].published == nil {
            guard let inferred = extraction.published else {
                throw ContentError(file: "Content/articles/\(content.articles[i].fileName)",
                                   message: "no publication date: start the file name with YYYY-MM-DD- or use a .md file with `date:`")
            }
            content.articles[i].published = inferred
            content.articles[i].dateOrigin = .inferred
        }
        return content
    }

    private func step<T>(_ name: String, _ report: inout Report, _ body: () throws -> T) throws -> T {
        let start = clock()
        defer { report.steps.append(StepTiming(name: name, seconds: clock() - start)) }
        do {
            return try body()
        } catch {
            throw BuildError(step: name, underlying: error)
        }
    }

    public static let monotonicSeconds: @Sendable () -> Double = {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}
