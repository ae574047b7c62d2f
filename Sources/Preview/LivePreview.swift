import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import ServiceLifecycle

/// `briefings serve`: serves the built site on loopback, watches the project's sources,
/// rebuilds when they change, and tells the open pages to reload (or shows them the error).
///
/// The build itself is not this module's business: it is handed in as `rebuild`, which builds
/// the site into `site` the usual way (a failed build leaves the previous site in place, and
/// that site goes on being served).
public struct LivePreview: Sendable {
    public struct Configuration: Sendable {
        public var project: URL
        public var site: URL
        public var host: String
        /// 0 lets the system choose a free port (the `listening` event tells which).
        public var port: Int
        /// The project's folders whose changes trigger a rebuild.
        public var watched = ["Content", "Templates", "Lexicons"]

        public init(project: URL, site: URL, host: String = "127.0.0.1", port: Int = 1313) {
            self.project = project
            self.site = site
            self.host = host
            self.port = port
        }
    }

    /// What the preview tells whoever runs it (the command line prints these).
    public enum Happening: Sendable {
        case listening(URL)
        case changed([String])
        case rebuilt(BuildOutcome, seconds: Double)
        case stopped
    }

    public let configuration: Configuration
    let rebuild: @Sendable () async -> BuildOutcome
    let tell: @Sendable (Happening) -> Void

    public init(_ configuration: Configuration, rebuild: @escaping @Sendable () async -> BuildOutcome,
                tell: @escaping @Sendable (Happening) -> Void) {
        self.configuration = configuration
        self.rebuild = rebuild
        self.tell = tell
    }

    /// Builds, then serves and rebuilds until SIGINT (Ctrl-C) or SIGTERM.
    public func run() async throws {
        Self.raiseOpenFileLimit()
        // Generations start from the clock, so that a page left open across a restart of the
        // server still sees a new number and reloads.
        let start = Int(Date().timeIntervalSince1970 * 1000)
        let hub = ReloadHub(BuildState(generation: start))
        await build(into: hub)
        let logger = Logger(label: "briefings.serve") { _ in SwiftLogNoOpLogHandler() }
        let url = configuration
        let app = Application(
            responder: PreviewResponder(folder: SiteFolder(root: configuration.site), hub: hub),
            server: .http1(configuration: Self.http),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                    availableConnectionsDelegate: MaximumAvailableConnections(Self.maximumConnections)),
            onServerRunning: { [tell] channel in
                let port = channel.localAddress?.port ?? url.port
                tell(.listening(URL(string: "http://\(Self.hostForURL(url.host)):\(port)/")!))
            },
            logger: logger
        )
        let watcher = RebuildOnChange(watcher: SourceWatcher(project: configuration.project, folders: configuration.watched),
                                      hub: hub, build: { await self.build(into: hub) }, tell: tell)
        // Stopped in reverse order: the watcher first (which ends the pages' event streams),
        // then the server, once the requests it is answering are done.
        let group = ServiceGroup(configuration: .init(services: [app, watcher], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        tell(.stopped)
    }

    /// One build, its outcome told to the terminal and to the pages.
    private func build(into hub: ReloadHub) async {
        let clock = ContinuousClock()
        let started = clock.now
        let outcome = await rebuild()
        let elapsed = clock.now - started
        tell(.rebuilt(outcome, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        var state = hub.current
        switch outcome {
        case .built:
            state.generation += 1
            state.failure = nil
        case .failed(let message):
            state.failure = message
        }
        hub.publish(state)
    }

    /// Requests are small: a page's address and a browser's headers. Anything bigger is refused
    /// before it is read whole.
    static let http = HTTP1Channel.Configuration(
        idleTimeout: .seconds(120),
        httpDecoderConfiguration: .init(maxHeaderFieldSize: 8 * 1024, maxHeaderListSize: 32 * 1024, maxHeaderFieldCount: 100)
    )

    /// More open connections than a person's browsers need; beyond it, new ones wait.
    static let maximumConnections = 2048

    /// Each connection holds a descriptor: the soft limit (often 1,024) is raised to the hard
    /// one, so that many open pages and a load test fit.
    static func raiseOpenFileLimit() {
        var limit = rlimit()
        guard getrlimit(RLIMIT_NOFILE_VALUE, &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
        limit.rlim_cur = limit.rlim_max
        _ = setrlimit(RLIMIT_NOFILE_VALUE, &limit)
    }

    #if os(Linux)
    private static let RLIMIT_NOFILE_VALUE = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let RLIMIT_NOFILE_VALUE = RLIMIT_NOFILE
    #endif

    static func hostForURL(_ host: String) -> String {
        host.contains(":") ? "[\(host)]" : host
    }
}

/// The watch-and-rebuild loop, as a service of the server's group.
struct RebuildOnChange: Service {
    let watcher: SourceWatcher
    let hub: ReloadHub
    let build: @Sendable () async -> Void
    let tell: @Sendable (LivePreview.Happening) -> Void

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                try await watcher.run { paths in
                    tell(.changed(paths))
                    await build()
                }
            }
        } catch is CancellationError {
            // Stopping, as asked.
        }
        hub.close()
    }
}
