// swift-tools-version:6.1
import PackageDescription

/// The pipeline, one module per stage, each depending on Model and on no later stage; Pipeline
/// runs them in order and the command line runs Pipeline. docs/ARCHITECTURE.md draws the graph
/// (a test checks it against this file).
let package = Package(
    name: "briefings",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "briefings", targets: ["briefings"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // The preview server of `briefings serve` (SwiftNIO underneath); no optional traits.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Its logging and its orderly shutdown on SIGINT/SIGTERM, which the preview uses directly.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // cmark, the CommonMark reference library, from the system (Debian: libcmark-dev).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // A small Swift face over cmark: Markdown in, HTML out; and Markdown escaping.
        .target(name: "Markdown", dependencies: ["CCmark"]),
        // The domain's value types: Article, Actor, Topic, Note, Event, Day...
        .target(name: "Model"),
        // Stage 1: reads Content/ into values (the only stage that reads content files).
        .target(name: "Loading", dependencies: ["Model", .product(name: "Yams", package: "Yams")]),
        // Language data (months, weekdays, triggers, titles...) as one JSON file per language.
        // (Embedded in the code at build time, so that a copied binary carries them: EmbedFiles.)
        .target(name: "Lexicons", dependencies: ["Model", "Extraction"], exclude: ["Data"], plugins: ["EmbedFiles"]),
        // Stage 2: a pure library, article text in, events out.
        .target(name: "Extraction", dependencies: ["Model"]),
        // Geographic data embedded at build time: the world's country outlines (Natural Earth)
        // for the maps, and GeoNames' populated places for proposing a missing place's coordinates.
        .target(name: "Geography", dependencies: ["Model"], exclude: ["Data"], plugins: ["EmbedFiles"]),
        // Stage 3: merges events across articles; briefings per topic, actor histories, timeline.
        .target(name: "Assembly", dependencies: ["Model"]),
        // Stage 4: Markdown templates (Mustache) → cmark → HTML layout; feeds and data exports.
        .target(
            name: "Rendering",
            dependencies: ["Model", "Assembly", "Markdown", "Geography", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["DefaultTheme"],
            plugins: ["EmbedFiles"]
        ),
        // Stage 5: writes the site beside the old one, then swaps it in.
        .target(name: "Writing", dependencies: ["Model"]),
        // The build as a list of named, timed steps.
        .target(name: "Pipeline", dependencies: ["Model", "Loading", "Lexicons", "Extraction", "Assembly", "Rendering", "Writing", "Geography"],
                exclude: ["Starter"], plugins: ["EmbedFiles"]),
        // `briefings serve`: the site over HTTP on loopback, rebuilt when its sources change and
        // reloaded in the browser by itself.
        .target(name: "Preview", dependencies: [
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdCore", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        ]),
        // Writes a folder's text files into a Swift source file, and the build plugin that runs it
        // for the default theme and the lexicons.
        .executableTarget(name: "embed-files"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["embed-files"]),
        // The command line: the only module that talks to the terminal.
        .executableTarget(
            name: "briefings",
            dependencies: ["Pipeline", "Preview", "Model", "Loading", "Extraction", "Assembly", "Rendering",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The readers of untrusted bytes as fuzz targets, and the program that runs them
        // (libFuzzer through scripts/fuzz, or a replay of the corpus).
        .target(name: "FuzzTargets", dependencies: ["Model", "Loading", "Lexicons", "Extraction", "Assembly", "Rendering"]),
        .executableTarget(name: "briefings-fuzz", dependencies: ["FuzzTargets"]),
        // Prints extraction throughput and build times: swift run -c release briefings-benchmark
        .executableTarget(
            name: "briefings-benchmark",
            dependencies: ["Pipeline", "Loading", "Lexicons", "Extraction", "Model"]
        ),
        .testTarget(
            name: "BriefingsTests",
            // The executable too, so that it is built before the command-line tests run it.
            dependencies: ["Markdown", "Model", "Loading", "Lexicons", "Extraction", "Assembly", "Geography", "Rendering", "Writing", "Pipeline",
                           "Preview", "FuzzTargets", "briefings", .product(name: "Mustache", package: "swift-mustache")]
        ),
    ]
)
