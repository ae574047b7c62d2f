import ArgumentParser

/// `--quiet` and `--verbose`, the same for every command.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Print how long each step took, and the peak memory after it.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }

    /// Prints what the command reports, unless --quiet.
    func say(_ line: String) {
        if !quiet { print(line) }
    }
}
