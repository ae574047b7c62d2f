/// One named stage of a build, with how long it took.
public struct StepTiming: Sendable, Hashable {
    public var name: String
    public var seconds: Double
}

/// A build that stopped: the step it stopped in, and why.
public struct BuildError: Error, Sendable, CustomStringConvertible {
    public var step: String
    public var underlying: any Error

    public var description: String { "\(step): \(underlying)" }
}
