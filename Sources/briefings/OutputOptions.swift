import ArgumentParser
import Foundation

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

    /// Prints at once, unbuffered, for a command that runs on (`serve`): its lines are read as
    /// they come, from a terminal, a pipe or a log.
    func sayNow(_ line: String) {
        if !quiet { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
    }
}
