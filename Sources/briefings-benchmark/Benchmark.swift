import Dispatch
import Extraction
import Foundation
import Lexicons
import Loading
import Model
import Pipeline

/// Prints the extraction's throughput, single core and all cores, and a whole build's time,
/// on the sample content copied many times over.
///
///     swift run -c release briefings-benchmark [PROJECT_DIR] [--copies N] [--extraction-only | --build-only [--cache]]
///
/// `--extraction-only` stops after the single-core pass, so that an instruction count
/// (valgrind's callgrind) measures the extraction alone; `--build-only` does the whole build
/// alone, once, without the cache, so that a count measures the build. With `--cache`, the
/// build reads and writes the project's extraction cache as `briefings build` does: on a
/// project with none, the count is a first build's, the cache's writing included.
@main
struct Benchmark {
    static func main() throws {
        var arguments = Array(CommandLine.arguments.dropFirst())
        var copies = 200
        if let i = arguments.firstIndex(of: "--copies"), i + 1 < arguments.count, let n = Int(arguments[i + 1]) {
            copies = n
            arguments.removeSubrange(i...(i + 1))
        }
        let extractionOnly = arguments.contains("--extraction-only")
        let buildOnly = arguments.contains("--build-only")
        let cache = arguments.contains("--cache")
        arguments.removeAll { $0 == "--extraction-only" || $0 == "--build-only" || $0 == "--cache" }
        let project = URL(fileURLWithPath: arguments.first ?? ".")
        if buildOnly { return try buildAlone(project, useCache: cache) }
        let content = try ContentLoader(contentDirectory: project.appendingPathComponent("Content")).load()
        let extractor = SiteBuilder.extractor(content, lexicons: try LanguageData.load(project: project))
        let articles = (0..<copies).flatMap { copy in
            content.articles.map { article -> Article in
                var article = article
                article.fileName = "\(copy)-" + article.fileName
                return article
            }
        }
        let words = articles.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + wordCount($1) } }
        print("corpus: \(articles.count) articles, \(words) words (\(content.articles.count) sample articles × \(copies))")

        _ = content.articles.map(extractor.extract)  // warm-up
        let single = time { _ = articles.map(extractor.extract) }
        report("extraction, 1 core", articles.count, single)
        if extractionOnly { return }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parallel = time { _ = articles.parallelMap { extractor.extract($0) } }
        report("extraction, \(cores) cores", articles.count, parallel)

        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefings-benchmark-site")
        var builder = SiteBuilder(project: project, output: output)
        let build = time { _ = try? builder.build() }
        print(String(format: "whole build of the sample site: %.1f ms", build * 1000))
        builder = SiteBuilder(project: project, output: output)
        if let report = try? builder.build() {
            for step in report.steps { print("  \(step.name) " + String(format: "%.1f ms", step.seconds * 1000)) }
        }
        try? FileManager.default.removeItem(at: output)
    }

    /// One build of the project, with or without the extraction cache, into a temporary folder.
    static func buildAlone(_ project: URL, useCache: Bool) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("briefings-benchmark-site")
        var report = SiteBuilder.BuildReport()
        let seconds = try time { report = try SiteBuilder(project: project, output: output, useCache: useCache).build() }
        print(String(format: "whole build: %.1f ms, %d files from %d articles", seconds * 1000, report.files, report.articles))
        try? FileManager.default.removeItem(at: output)
    }

    /// Runs of characters between spaces, counted on bytes. The count is printed, not timed; but
    /// callgrind counts the whole run, and splitting the corpus into `Substring`s took more
    /// instructions than a third of the extraction it sits beside.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let isSpace = byte == UInt8(ascii: " ")
            if !isSpace && !inWord { count += 1 }
            inWord = !isSpace
        }
        return count
    }

    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func report(_ label: String, _ count: Int, _ seconds: Double) {
        print(String(format: "%@: %.0f articles/s (%d articles in %.2f s)", label, Double(count) / seconds, count, seconds))
    }
}
