import ArgumentParser
import Foundation
import Pipeline
import Preview

/// `briefings serve`: build, serve on loopback, rebuild on every change, reload the pages.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it, and rebuild and reload the pages whenever a source changes.",
        discussion: """
        Watches PROJECT_DIR's Content/, Templates/ and Lexicons/. Open pages reload by themselves \
        after each build; a failed build is shown in the terminal and over the page, while the \
        last good site goes on being served. The reload script is added to pages as they are \
        served: the files in the output folder are exactly those `briefings build` writes. \
        Ctrl-C stops the server.
        """
    )

    @Argument(help: "The project folder, holding Content/.", completion: .directory)
    var projectDir: String = "."

    @Option(name: .shortAndLong, help: "The port to listen on (0: any free port).")
    var port: Int = 1313

    @Option(help: "The address to listen on. Only this machine can connect to the default.")
    var host: String = "127.0.0.1"

    @Option(name: .shortAndLong, help: "Where to write the site (default: PROJECT_DIR/Site).", completion: .directory)
    var output: String?

    @OptionGroup var options: OutputOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let project = URL(fileURLWithPath: projectDir)
        var configured = SiteBuilder(project: project, output: output.map { URL(fileURLWithPath: $0) })
        // What was read, extracted and rendered stays in memory from one save to the next.
        configured.memory = BuildMemory()
        let builder = configured
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            Terminal.warning("serving on \(host): other machines may be able to read the site")
        }
        let preview = LivePreview(
            .init(project: builder.project, site: builder.output, host: host, port: port),
            rebuild: { [options] in await Self.build(builder, options) },
            tell: { [options] event in Self.tell(event, project: builder.project, options) }
        )
        do {
            try await preview.run()
        } catch {
            let reason = "\(error)".contains("Address already in use")
                ? "the port is in use (another `briefings serve`?): choose another with --port, or --port 0 for any free one" : "\(error)"
            Terminal.error("cannot serve on \(host):\(port): \(reason)")
            throw ExitCode.failure
        }
    }

    /// One build, off the server's threads; its warnings and errors go to the terminal.
    static func build(_ builder: SiteBuilder, _ options: OutputOptions) async -> BuildOutcome {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                do {
                    let report = try builder.build()
                    if !options.quiet { for warning in report.warnings { Terminal.warning(warning) } }
                    if options.verbose { for line in Terminal.timings(report) { options.sayNow(line) } }
                    continuation.resume(returning: .built)
                } catch {
                    Terminal.report(error)
                    continuation.resume(returning: .failed("\(error)"))
                }
            }
        }
    }

    static func tell(_ event: LivePreview.Happening, project: URL, _ options: OutputOptions) {
        switch event {
        case .listening(let url):
            options.sayNow("Serving at \(url.absoluteString) (Ctrl-C to stop)")
        case .changed(let paths):
            let names = paths.map { $0.hasPrefix(project.path + "/") ? String($0.dropFirst(project.path.count + 1)) : $0 }
            let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : "")
            options.sayNow("Changed: \(shown)")
        case .rebuilt(.built, let seconds):
            options.sayNow("Built in \(String(format: "%.0f", seconds * 1000)) ms")
        case .rebuilt(.failed, _):
            options.sayNow("Build failed: still serving the last good site")
        case .stopped:
            options.sayNow("Stopped")
        }
    }
}
