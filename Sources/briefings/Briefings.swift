import ArgumentParser

@main
struct Briefings: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefings",
        abstract: "Builds a static site of conflict briefings from news articles.",
        subcommands: [Build.self, Init.self, New.self, Serve.self, Events.self, Check.self],
        defaultSubcommand: Build.self
    )
}
