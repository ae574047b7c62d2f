import ArgumentParser
import Foundation
import Pipeline

/// Where the command line writes what is not its output.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("briefings: " + message + "\n").utf8))
    }

    /// Every step of a build but writing, for the commands that only look at the events;
    /// an error is printed and ends the command with a failure status.
    static func extract(_ projectDir: String) throws -> SiteBuilder.Result {
        var report = SiteBuilder.Report()
        do {
            return try SiteBuilder(project: URL(fileURLWithPath: projectDir)).render(into: &report)
        } catch {
            self.error("\(error)")
            throw ExitCode.failure
        }
    }
}
