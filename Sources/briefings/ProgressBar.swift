import Foundation
import Pipeline

/// A progress bar on one line of the terminal, redrawn at most ten times a second, wiped when
/// the build ends. Only on a terminal: a pipe or a log file gets no progress lines.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw = 0.0
    private var drawn = false

    static let width = 30
    static let interval = 0.1

    /// A bar for a command, or nil when stderr is not a terminal or the command is quiet.
    static func forTerminal(quiet: Bool) -> ProgressBar? {
        quiet || isatty(2) == 0 ? nil : ProgressBar()
    }

    func update(_ progress: BuildProgress) {
        lock.withLock {
            let now = Date().timeIntervalSince1970
            guard now - lastDraw >= Self.interval || progress.done == progress.total else { return }
            lastDraw = now
            var line = "\r\u{1B}[2K" + progress.step
            if let total = progress.total, total > 0 {
                let filled = Self.width * progress.done / total
                line += " [" + String(repeating: "#", count: filled) + String(repeating: " ", count: Self.width - filled) + "]"
                line += " \(progress.done)/\(total)"
            } else {
                line += " \(progress.done)"
            }
            FileHandle.standardError.write(Data(line.utf8))
            drawn = true
        }
    }

    /// Wipes the bar's line, so that what the command prints next starts clean.
    func finish() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            drawn = false
        }
    }
}
