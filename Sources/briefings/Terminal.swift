import ArgumentParser
import Foundation
import Model
import Pipeline

/// Where the command line writes what is not its output.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("briefings: " + paint(message) + "\n").utf8))
    }

    /// An error as the command reports it: diagnostics as compilers write theirs
    /// (`path:line:column: error: …`), so that terminals and editors make them links, a stage's
    /// list of them followed by their count; anything else prefixed with the program's name.
    static func report(_ error: any Error) {
        let underlying = (error as? BuildError)?.underlying ?? error
        guard let diagnostics = Diagnostics.of(underlying) else { return self.error("\(error)") }
        for diagnostic in diagnostics { write(diagnostic) }
        guard underlying is Diagnostics else { return }
        let errors = diagnostics.filter { $0.severity == .error }.count
        FileHandle.standardError.write(Data("\(errors) error\(errors == 1 ? "" : "s")\n".utf8))
    }

    /// A warning, at its file and line.
    static func warning(_ diagnostic: Diagnostic) { write(diagnostic) }

    /// A warning about the command itself rather than a file.
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("briefings: " + paint("warning: " + message) + "\n").utf8))
    }

    /// One diagnostic in compiler style, its severity in colour on a terminal.
    static func write(_ diagnostic: Diagnostic) {
        var text = diagnostic.description
        if colours {
            let colour = diagnostic.severity == .error ? "31" : "33"
            let word = ": \(diagnostic.severity.rawValue): "
            if let range = text.range(of: word) {
                text.replaceSubrange(range, with: ": \u{1B}[\(colour)m\(diagnostic.severity.rawValue):\u{1B}[0m ")
            }
        }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Colour only where a person reads it: "error"/"warning" in red/yellow on a terminal,
    /// plain text in a pipe or a file (and when NO_COLOR is set).
    static let colours = isatty(2) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    static func paint(_ message: String) -> String {
        guard colours else { return message }
        if message.hasPrefix("warning: ") { return "\u{1B}[33mwarning:\u{1B}[0m" + message.dropFirst("warning:".count) }
        return "\u{1B}[31merror:\u{1B}[0m " + message
    }

    /// Every step of a build up to assembly (and the theme's check, when asked), for the
    /// commands that only look at the events; no page is rendered. An error is printed and ends the command with a failure status.
    static func assemble(_ projectDir: String, checkingTheme: Bool = false, verbose: Bool = false) throws -> SiteBuilder.Assembled {
        var steps = SiteBuilder.BuildReport()
        do {
            let result = try SiteBuilder(project: URL(fileURLWithPath: projectDir)).assemble(into: &steps, checkingTheme: checkingTheme)
            if verbose { for line in timings(steps) { FileHandle.standardError.write(Data((line + "\n").utf8)) } }
            return result
        } catch {
            Terminal.report(error)
            throw ExitCode.failure
        }
    }

    /// One line per step: its name, its time, the peak memory after it.
    static func timings(_ report: SiteBuilder.BuildReport) -> [String] {
        report.steps.map { step in
            step.name.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", step.seconds * 1000)
                + (step.peakMemory > 0 ? String(format: "  (peak memory %.0f MiB)", Double(step.peakMemory) / 1_048_576) : "")
        }
    }
}
