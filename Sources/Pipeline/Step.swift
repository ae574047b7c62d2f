import Loading
import Model

/// One named stage of a build, with how long it took.
public struct StepTiming: Sendable, Hashable {
    public var name: String
    public var seconds: Double
    /// The process's peak resident memory at the end of the step, in bytes (0 where unknown).
    public var peakMemory: Int = 0

    /// The peak resident memory so far (`VmHWM` on Linux).
    static func currentPeakMemory() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes * 1024
    }
}

/// A build that stopped: the step it stopped in, and why.
public struct BuildError: Error, Sendable, CustomStringConvertible {
    public var step: String
    public var underlying: any Error

    /// Diagnostics as they are (they name their file); any other error names its step.
    public var description: String {
        Diagnostics.of(underlying) == nil ? "\(step): \(underlying)" : "\(underlying)"
    }
}
